"""Statements read from invented news text: kind, topic, quoted passages, source meeting, and the
phrasings that report no collective document."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import geopol
from geopol.model import Extraction, Statement, StatementKind

_PUNCT = " .,;:!?\"'“”‘’"


def _only_statement(extraction: Extraction) -> Statement:
    assert len(extraction.statements) == 1, extraction.statements
    return extraction.statements[0]


def _words(texts: Iterable[str]) -> list[str]:
    """Quoted passages compared without leading and trailing punctuation (guideline rule 6)."""
    return [t.strip(_PUNCT) for t in texts]


@pytest.mark.parametrize(
    ("text", "published", "organization", "kind"),
    [
        (
            "ASEAN foreign ministers met in Vientiane on Friday and issued a joint statement on the "
            "situation in Myanmar.",
            "2024-07-27",
            "ASEAN",
            StatementKind.JOINT_STATEMENT,
        ),
        (
            "Leaders of the Shanghai Cooperation Organization adopted the Astana Declaration at their "
            "summit in Astana on Thursday.",
            "2024-07-05",
            "SCO",
            StatementKind.DECLARATION,
        ),
        (
            "NATO foreign ministers met in Brussels on Tuesday and issued a final communique on "
            "arms control.",
            "2024-04-04",
            "NATO",
            StatementKind.COMMUNIQUE,
        ),
        (
            "The OSCE Permanent Council adopted a resolution on the humanitarian situation, diplomats said.",
            "2024-04-04",
            "OSCE",
            StatementKind.RESOLUTION,
        ),
    ],
    ids=["joint-statement", "declaration", "communique", "resolution"],
)
def test_statement_kinds(text: str, published: str, organization: str, kind: StatementKind) -> None:
    """Each document word maps onto its kind: joint statement, declaration, communique, resolution;
    the statement belongs to the organization named in the sentence."""
    st = _only_statement(geopol.parse(text, published=published))
    assert st.organization == organization
    assert st.kind is kind


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The CSTO foreign ministers met in Minsk on Thursday and adopted a joint statement on the "
            "situation in Afghanistan.",
            "Afghanistan",
        ),
        (
            "NATO foreign ministers met in Brussels on Thursday and issued a final communique on "
            "arms control.",
            "arms control",
        ),
    ],
    ids=["situation-in", "plain-on"],
)
def test_topic(text: str, topic: str) -> None:
    """ "on the situation in Afghanistan" gives topic "Afghanistan"; "on arms control" gives
    "arms control"."""
    assert _only_statement(geopol.parse(text, published="2023-06-24")).topic == topic


def test_statement_without_topic_has_none() -> None:
    """A statement whose subject the text does not give has topic None."""
    text = (
        "Leaders of the Shanghai Cooperation Organization adopted the Astana Declaration at their "
        "summit in Astana on Thursday."
    )
    assert _only_statement(geopol.parse(text, published="2024-07-05")).topic is None


@pytest.mark.parametrize(
    "text",
    [
        "CSTO foreign ministers met in Minsk on Thursday and adopted a joint statement. "
        '"We stand for a peaceful and stable Afghanistan," the statement read. '
        '"We will strengthen the borders of our member states against any threat."',
        "CSTO foreign ministers met in Minsk on Thursday and adopted a joint statement. "
        "“We stand for a peaceful and stable Afghanistan,” the statement read. "
        "“We will strengthen the borders of our member states against any threat.”",
    ],
    ids=["straight-quotes", "curly-quotes"],
)
def test_quote_split_by_attribution_gives_two_passages(text: str) -> None:
    """A quote attributed to the statement ("…," the statement read. "…") is attached to it as two
    passages, in text order, each the words between the quotation marks."""
    extraction = geopol.parse(text, published="2023-06-24")
    st = _only_statement(extraction)
    assert _words([q.text for q in st.quotes]) == [
        "We stand for a peaceful and stable Afghanistan",
        "We will strengthen the borders of our member states against any threat",
    ]
    for q in st.quotes:
        assert text[q.span.start : q.span.end] == q.text


def test_quote_continued_after_attribution_comma() -> None:
    """ "…," the statement read, "and …" is still two passages of the statement."""
    text = (
        "CSTO foreign ministers met in Minsk on Thursday and adopted a joint statement. "
        '"We stand for a peaceful and stable Afghanistan," the statement read, '
        '"and we will strengthen our borders against any threat."'
    )
    st = _only_statement(geopol.parse(text, published="2023-06-24"))
    assert _words([q.text for q in st.quotes]) == [
        "We stand for a peaceful and stable Afghanistan",
        "and we will strengthen our borders against any threat",
    ]


def test_communique_quote_said() -> None:
    """A quote followed by "the communique said" belongs to the communique."""
    text = (
        "SCO foreign ministers met in Astana on Tuesday and signed a joint communique on regional "
        "connectivity. “Connectivity is the backbone of our shared prosperity,” the communique said."
    )
    st = _only_statement(geopol.parse(text, published="2024-05-22"))
    assert st.kind is StatementKind.COMMUNIQUE
    assert _words([q.text for q in st.quotes]) == ["Connectivity is the backbone of our shared prosperity"]


def test_statement_links_to_its_meeting() -> None:
    """`Statement.meeting` is the index of the meeting it came from: with a NATO meeting first and
    an ASEAN meeting second, the ASEAN statement points at index 1."""
    text = (
        "NATO defence ministers met in Brussels on Tuesday. Separately, ASEAN foreign ministers met in "
        "Vientiane on Friday and issued a joint statement on Myanmar."
    )
    extraction = geopol.parse(text, published="2024-07-27")
    assert [m.organization for m in extraction.meetings] == ["NATO", "ASEAN"]
    st = _only_statement(extraction)
    assert st.organization == "ASEAN"
    assert st.meeting == 1


def test_statement_without_meeting_has_no_link() -> None:
    """A resolution reported with no meeting has meeting None."""
    text = "The OSCE Permanent Council adopted a resolution on the humanitarian situation, diplomats said."
    extraction = geopol.parse(text, published="2024-04-04")
    assert extraction.meetings == ()
    assert _only_statement(extraction).meeting is None


def test_hypothetical_declaration_is_not_a_statement() -> None:
    """ "whether a joint declaration will be adopted" reports no document; the summit itself is
    still read."""
    text = (
        "Diplomats said it is unclear whether a joint declaration will be adopted at the SCO summit "
        "in Astana."
    )
    extraction = geopol.parse(text, published="2024-06-26")
    assert extraction.statements == ()
    assert [m.organization for m in extraction.meetings] == ["SCO"]


def test_presidency_statement_is_not_an_organizations_document() -> None:
    """ "The Presidency said in a statement", with no organization in the sentence, is not a
    collective document, even in an article about an EU meeting."""
    text = (
        "EU foreign ministers met in Brussels on Monday to discuss the crisis. The Presidency said in a "
        "statement that the talks had been constructive."
    )
    extraction = geopol.parse(text, published="2024-06-26")
    assert [m.organization for m in extraction.meetings] == ["EU"]
    assert extraction.statements == ()


def test_person_quote_is_not_a_statement_quote() -> None:
    """A quote a minister told reporters stays the minister's: the statement has no quotes, and the
    quote's speaker is the person."""
    text = (
        "CSTO foreign ministers met in Minsk on Thursday and adopted a joint statement. "
        '"The situation on the border is tense and it demands our attention," Russian Foreign Minister '
        "Sergei Lavrov told reporters."
    )
    extraction = geopol.parse(text, published="2023-06-24")
    assert _only_statement(extraction).quotes == ()
    assert [q.speaker for q in extraction.quotes] == ["Sergei Lavrov"]


def test_guideline_view_lists_statement_quotes() -> None:
    """The flat view gives the statement's organization label, kind, topic and quoted passages."""
    text = (
        "ASEAN foreign ministers met in Vientiane on Friday and issued a joint statement on the situation "
        "in Myanmar. “We call on all parties to cease violence immediately,” the statement read."
    )
    flat = geopol.to_guideline(geopol.parse(text, published="2024-07-27"))
    assert len(flat["statements"]) == 1
    st = flat["statements"][0]
    assert (st["organization"], st["kind"], st["topic"]) == ("ASEAN", "joint_statement", "Myanmar")
    assert _words(st["quotes"]) == ["We call on all parties to cease violence immediately"]


def test_passed_resolution_is_a_statement() -> None:
    """ "passed a resolution" reports a resolution just as "adopted a resolution" does."""
    text = (
        "The OSCE Permanent Council on Thursday passed a resolution on the humanitarian situation in Ukraine."
    )
    st = _only_statement(geopol.parse(text, published="2024-07-27"))
    assert (st.organization, st.kind) == ("OSCE", StatementKind.RESOLUTION)
