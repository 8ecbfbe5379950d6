"""Organizations: one entry per organization with every mention and its span; organs fold into parents."""

from __future__ import annotations

import pytest

import geopol
from geopol.kb import KnowledgeBase
from geopol.model import Extraction


def _orgs(e: Extraction) -> dict[str, list[str]]:
    """Organization id -> surface forms of its mentions, in text order."""
    return {o.id: [m.text for m in o.mentions] for o in e.organizations}


def _assert_spans(text: str, e: Extraction) -> None:
    for o in e.organizations:
        for m in o.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_every_mention_is_collected_once_per_organization() -> None:
    """Full name, acronym and possessive of NATO give one entry with three mentions, spans exact."""
    text = (
        "The North Atlantic Treaty Organization opened its summit in Vilnius on Tuesday. "
        "NATO's secretary general said NATO would keep supporting Kyiv."
    )
    e = geopol.parse(text)
    assert [o.id for o in e.organizations] == ["NATO"]
    nato = e.organizations[0]
    assert (nato.name, nato.acronym) == ("North Atlantic Treaty Organization", "NATO")
    assert [m.text for m in nato.mentions] == ["North Atlantic Treaty Organization", "NATO", "NATO"]
    assert [m.span.start for m in nato.mentions] == sorted(m.span.start for m in nato.mentions)
    _assert_spans(text, e)


def test_possessive_mention_excludes_the_apostrophe_s() -> None:
    """In "NATO's" (straight or curly apostrophe) the mention is exactly 'NATO'."""
    text = "NATO\u2019s foreign ministers met in Brussels, and NATO's defence chiefs met a day later."
    e = geopol.parse(text)
    mentions = _orgs(e)["NATO"]
    assert mentions == ["NATO", "NATO"]
    _assert_spans(text, e)


def test_guideline_view_lists_distinct_surface_forms() -> None:
    """to_guideline() gives one organization with each distinct surface form once, in order."""
    text = (
        "The Shanghai Cooperation Organisation (SCO) met in Astana. The SCO leaders adopted a "
        "declaration, and the SCO secretariat published it."
    )
    flat = geopol.to_guideline(geopol.parse(text))
    record = KnowledgeBase.default().organization("SCO")
    assert record is not None
    assert flat["organizations"] == [
        {
            "name": record.name,
            "acronym": "SCO",
            "members": [],
            "mentions": ["Shanghai Cooperation Organisation", "SCO"],
        }
    ]


def test_dotted_acronym_is_the_united_nations() -> None:
    """'U.N.' and 'United Nations' are the same organization (UN)."""
    text = "The U.N. envoy arrived in Kabul on Monday. The United Nations said aid deliveries would resume."
    e = geopol.parse(text)
    assert _orgs(e) == {"UN": ["U.N.", "United Nations"]}
    _assert_spans(text, e)


def test_former_name_maps_to_the_current_organization() -> None:
    """'Organization of African Unity' is a former name of the African Union: one AU entry."""
    text = (
        "Leaders recalled that the Organization of African Unity was founded in Addis Ababa in 1963. "
        "The African Union replaced it in 2002."
    )
    e = geopol.parse(text)
    assert _orgs(e) == {"AU": ["Organization of African Unity", "African Union"]}


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("The Collective Security Treaty Organisation held drills in Tajikistan.", "CSTO"),
        ("The Collective Security Treaty Organization held drills in Tajikistan.", "CSTO"),
        ("The Organisation for Security and Co-operation in Europe sent observers.", "OSCE"),
        ("The Organization for Security and Cooperation in Europe sent observers.", "OSCE"),
    ],
)
def test_british_and_american_spellings(text: str, org_id: str) -> None:
    """'Organisation'/'Organization' and 'Co-operation'/'Cooperation' name the same organization."""
    e = geopol.parse(text)
    assert [o.id for o in e.organizations] == [org_id]


def test_both_spellings_in_one_text_give_one_entry() -> None:
    """Two spellings of the CSTO in one article are two mentions of one organization."""
    text = (
        "The Collective Security Treaty Organisation met in Minsk. The Collective Security "
        "Treaty Organization is led by Moscow."
    )
    e = geopol.parse(text)
    assert _orgs(e) == {
        "CSTO": ["Collective Security Treaty Organisation", "Collective Security Treaty Organization"]
    }


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("The UN Security Council will vote on the draft resolution on Friday.", "UN"),
        ("The CSTO Council of Foreign Ministers met in Minsk on Tuesday.", "CSTO"),
        ("The North Atlantic Council met in Brussels on Tuesday to discuss air defence.", "NATO"),
        ("The European Commission proposed new tariffs on steel imports.", "EU"),
        ("The Peace and Security Council met in Addis Ababa to discuss Sudan.", "AU"),
    ],
)
def test_organs_fold_into_their_parent(text: str, org_id: str) -> None:
    """An organ (Security Council, Council of Foreign Ministers, North Atlantic Council ...) counts
    as its parent organization and creates no organization of its own."""
    e = geopol.parse(text)
    assert [o.id for o in e.organizations] == [org_id]
    _assert_spans(text, e)


def test_organ_mention_surface_is_kept() -> None:
    """'the UN Security Council' is recorded as a mention of the UN under its own surface form."""
    text = "The United Nations said the UN Security Council would meet on Friday."
    e = geopol.parse(text)
    assert _orgs(e) == {"UN": ["United Nations", "UN Security Council"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Presidency said the meeting would go ahead as planned.",
        "The Commission welcomed the decision and promised to act quickly.",
        "The Council of Foreign Ministers met behind closed doors.",
    ],
)
def test_generic_organ_alone_creates_no_organization(text: str) -> None:
    """A generic organ name with no organization in the text ('the Presidency', 'the Commission')
    names no organization."""
    e = geopol.parse(text)
    assert e.organizations == ()


def test_ambiguous_acronym_in_cricket_article_is_not_the_court() -> None:
    """'the ICC' in a cricket report is not the International Criminal Court."""
    text = (
        "England beat Australia by six wickets in Melbourne on Sunday. The ICC praised the "
        "crowd, and the match referee fined both captains for slow over rates."
    )
    e = geopol.parse(text)
    assert "ICC" not in _orgs(e)
    assert all(o.name != "International Criminal Court" for o in e.organizations)


def test_ambiguous_acronym_counts_when_the_full_name_is_given() -> None:
    """'ICC' counts once the text names the International Criminal Court unambiguously."""
    text = (
        "The International Criminal Court issued an arrest warrant on Friday. The ICC said "
        "member states were obliged to cooperate."
    )
    e = geopol.parse(text)
    assert _orgs(e) == {"ICC": ["International Criminal Court", "ICC"]}


def test_quad_in_a_sentence_about_foreign_ministers_is_the_grouping() -> None:
    """'Quad' in a sentence about foreign ministers is the Quad grouping."""
    text = "The Quad foreign ministers met in Tokyo on Monday to discuss maritime security."
    e = geopol.parse(text)
    assert _orgs(e) == {"QUAD": ["Quad"]}
    assert e.organizations[0].acronym == "Quad"


def test_quad_as_an_ordinary_word_is_not_the_grouping() -> None:
    """'Quad bikes' in a sentence about a beach accident names no organization."""
    e = geopol.parse("Quad bikes were banned on the beach after an accident on Sunday.")
    assert e.organizations == ()


def test_organizations_appear_in_order_of_first_mention() -> None:
    """Several organizations are listed in the order the text first names them."""
    text = "The World Health Organization and the African Union warned of an outbreak. The WHO sent experts."
    e = geopol.parse(text)
    assert [o.id for o in e.organizations] == ["WHO", "AU"]
    assert _orgs(e)["WHO"] == ["World Health Organization", "WHO"]
