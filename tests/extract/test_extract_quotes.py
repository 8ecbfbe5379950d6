"""Quotes: runs of two or more words between quotation marks, with their resolved speakers."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import Extraction, SpeakerKind

Row = tuple[str, str | None]


def _quotes(e: Extraction) -> list[Row]:
    """(quote text without closing punctuation, speaker)."""
    return [(q.text.rstrip(".,!?"), q.speaker) for q in e.quotes]


def _assert_spans(text: str, e: Extraction) -> None:
    for q in e.quotes:
        assert text[q.span.start : q.span.end] == q.text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("\u201c", "\u201d")],
    ids=["straight", "curly"],
)
def test_speaker_before_colon_with_straight_and_curly_marks(opening: str, closing: str) -> None:
    """`X said: "..."` with straight or curly marks: the words between the marks, speaker X (person)."""
    text = (
        f"Kazakh Foreign Minister Murat Nurtleu said: {opening}We are ready to work with all "
        f"partners.{closing}"
    )
    e = geopol.parse(text)
    assert _quotes(e) == [("We are ready to work with all partners", "Murat Nurtleu")]
    assert e.quotes[0].speaker_kind is SpeakerKind.PERSON
    _assert_spans(text, e)


def test_quote_split_by_attribution_gives_two_document_quotes() -> None:
    """“…,” the statement read. “…”: two quotes, both attributed to 'the statement' (a document)."""
    text = (
        "The ministers adopted a joint declaration. \u201cWe reaffirm our commitment to regional "
        "stability,\u201d the statement read. \u201cThe ministers call for restraint on all sides.\u201d"
    )
    e = geopol.parse(text)
    assert _quotes(e) == [
        ("We reaffirm our commitment to regional stability", "the statement"),
        ("The ministers call for restraint on all sides", "the statement"),
    ]
    assert [q.speaker_kind for q in e.quotes] == [SpeakerKind.DOCUMENT, SpeakerKind.DOCUMENT]
    _assert_spans(text, e)


def test_trailing_comma_is_not_part_of_the_quote() -> None:
    """In '"…," X said' the comma inside the marks belongs to the reporting sentence."""
    text = 'Kazakh Foreign Minister Murat Nurtleu arrived. "The situation remains difficult," Nurtleu said.'
    e = geopol.parse(text)
    assert [q.text for q in e.quotes] == ["The situation remains difficult"]


def test_speaker_after_quote_surname_resolves_to_full_name() -> None:
    """'"…," Nurtleu said' after 'Kazakh Foreign Minister Murat Nurtleu' gives the full name."""
    text = (
        "Kazakh Foreign Minister Murat Nurtleu arrived in Tashkent on Monday. "
        '"The situation remains difficult," Nurtleu said.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [("The situation remains difficult", "Murat Nurtleu")]
    assert e.quotes[0].speaker_kind is SpeakerKind.PERSON


def test_said_before_full_name_after_quote() -> None:
    """'"…," said Ararat Mirzoyan, Armenia's foreign minister.': speaker Ararat Mirzoyan."""
    text = '"We will not give up on diplomacy," said Ararat Mirzoyan, Armenia\'s foreign minister.'
    e = geopol.parse(text)
    assert _quotes(e) == [("We will not give up on diplomacy", "Ararat Mirzoyan")]


def test_according_to_after_the_quote() -> None:
    """'"…," according to X.': speaker X."""
    text = '"The region needs more trade links," according to Kazakh Foreign Minister Murat Nurtleu.'
    e = geopol.parse(text)
    assert _quotes(e) == [("The region needs more trade links", "Murat Nurtleu")]


def test_according_to_before_the_quote() -> None:
    """'According to Nurtleu, "…"': speaker is the person introduced earlier."""
    text = (
        "Kazakh Foreign Minister Murat Nurtleu spoke on Monday. "
        'According to Nurtleu, "the region needs more trade links."'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [("the region needs more trade links", "Murat Nurtleu")]


def test_according_to_role_and_name_before_the_quote() -> None:
    """'According to military analyst Bismillah Taban, "…"': speaker Bismillah Taban."""
    text = 'According to military analyst Bismillah Taban, "the border remains quiet for now."'
    e = geopol.parse(text)
    assert _quotes(e) == [("the border remains quiet for now", "Bismillah Taban")]


def test_told_outlet_colon_before_the_quote() -> None:
    """'Military analyst X told Amu TV: "…"': speaker X."""
    text = 'Military analyst Bismillah Taban told Amu TV: "The Taliban cannot ignore the region."'
    e = geopol.parse(text)
    assert _quotes(e) == [("The Taliban cannot ignore the region", "Bismillah Taban")]


def test_told_outlet_after_the_quote() -> None:
    """'"…," military analyst X told Amu TV.': speaker X."""
    text = '"The Taliban cannot ignore the region," military analyst Bismillah Taban told Amu TV.'
    e = geopol.parse(text)
    assert _quotes(e) == [("The Taliban cannot ignore the region", "Bismillah Taban")]


def test_pronoun_resolves_to_the_person_introduced_earlier() -> None:
    """'"…," he said' with no earlier quote: the nearest person mentioned before it."""
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan met reporters after the talks. "
        '"We discussed the border in detail," he said.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [("We discussed the border in detail", "Ararat Mirzoyan")]
    assert e.quotes[0].speaker_kind is SpeakerKind.PERSON


def test_pronoun_resolves_to_the_previous_person_speaker() -> None:
    """'he said' after a quote by Mirzoyan stays with Mirzoyan though Bayramov is named in between."""
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan spoke first. "
        '"We want peace on our borders," Mirzoyan said. '
        "Later he met Azerbaijani Foreign Minister Jeyhun Bayramov. "
        '"The talks were frank and useful," he said.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [
        ("We want peace on our borders", "Ararat Mirzoyan"),
        ("The talks were frank and useful", "Ararat Mirzoyan"),
    ]


def test_it_added_after_a_document_quote_resolves_to_the_document() -> None:
    """'"…," it added' after a quote from 'the statement' is from the statement too."""
    text = (
        "The ministers adopted a joint statement. "
        '"The parties support dialogue and restraint," the statement said. '
        '"Terrorism in all its forms must be condemned," it added.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [
        ("The parties support dialogue and restraint", "the statement"),
        ("Terrorism in all its forms must be condemned", "the statement"),
    ]
    assert [q.speaker_kind for q in e.quotes] == [SpeakerKind.DOCUMENT, SpeakerKind.DOCUMENT]


def test_role_description_resolves_to_the_person_with_that_role_and_state() -> None:
    """'the Kazakh Foreign Minister said' is Nurtleu, 'the Azerbaijani Foreign Minister' is Bayramov."""
    text = (
        "Kazakh Foreign Minister Murat Nurtleu and Azerbaijani Foreign Minister Jeyhun Bayramov "
        'met in Astana. "Our cooperation is growing every year," the Kazakh Foreign Minister said. '
        '"We made real progress," the Azerbaijani Foreign Minister said.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [
        ("Our cooperation is growing every year", "Murat Nurtleu"),
        ("We made real progress", "Jeyhun Bayramov"),
    ]
    assert [q.speaker_kind for q in e.quotes] == [SpeakerKind.PERSON, SpeakerKind.PERSON]


@pytest.mark.parametrize(
    "text",
    [
        'Officials described the plan as a "reset" of relations.',
        "Officials described the plan as a \u201creset\u201d of relations.",
        'The minister called the proposal "unacceptable," and left.',
    ],
)
def test_scare_quotes_around_one_word_are_not_quotes(text: str) -> None:
    """Quotation marks around a single word are scare quotes, not a quotation."""
    assert geopol.parse(text).quotes == ()


def test_two_word_fragment_is_a_quote() -> None:
    """A quoted fragment of two or more words that someone said is a quotation."""
    text = 'Armenian Foreign Minister Ararat Mirzoyan called the talks "useful and constructive."'
    e = geopol.parse(text)
    assert [q.text.rstrip(".") for q in e.quotes] == ["useful and constructive"]
    _assert_spans(text, e)


@pytest.mark.parametrize(
    "text",
    [
        'The agency published the "Hazard Risk Atlas" on Monday, officials said.',
        "The ministers endorsed the \u201cStrategy for the Pacific Region\u201d at the meeting.",
    ],
)
def test_title_case_title_in_quotes_is_not_a_quote(text: str) -> None:
    """A Title-Case title between quotation marks is a name of a document, not a quotation."""
    assert geopol.parse(text).quotes == ()


def test_unclosed_quote_at_the_end_is_not_a_quote() -> None:
    """A quotation cut off by the end of the text is left out; a closed one before it is kept."""
    text = (
        'Kazakh Foreign Minister Murat Nurtleu said: "We are united." '
        'He added: "We will continue our work and'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [("We are united", "Murat Nurtleu")]


def test_quotation_over_two_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    """A quotation whose first paragraph is left open gets the speaker named after its last one."""
    text = (
        "Kazakh Foreign Minister Murat Nurtleu addressed the ministers on Monday.\n\n"
        '"We have made real progress on trade and transit.\n\n'
        '"The next step is to open the new border crossing this year," Nurtleu said.'
    )
    e = geopol.parse(text)
    assert _quotes(e) == [
        ("We have made real progress on trade and transit", "Murat Nurtleu"),
        ("The next step is to open the new border crossing this year", "Murat Nurtleu"),
    ]
    _assert_spans(text, e)


def test_guideline_view_of_quotes() -> None:
    """to_guideline() lists each quote as {'speaker', 'text'} in text order."""
    text = (
        "The ministers adopted a joint statement. "
        '"The parties support dialogue and restraint," the statement said.'
    )
    flat = geopol.to_guideline(geopol.parse(text))
    assert flat["quotes"] == [
        {"speaker": "the statement", "text": "The parties support dialogue and restraint"}
    ]
