"""Rule-based sentence splitting with offsets into the (normalized) text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.text.sentences import split_sentences

FRAGMENTS = [
    "Mr. ",
    "U.S. ",
    "Oct. 14 ",
    "S. Jaishankar ",
    "The CSTO met",
    " in Bishkek",
    ".",
    "!",
    "?",
    " ",
    "\n",
    "\n\n",
    '"',
    "”",
    "“",
    "'",
    ")",
    "we agree",
    "They",
    "2023",
]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
)


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended. The ministers left.", ["The talks ended.", "The ministers left."]),
        ("Will they agree? Nobody knows!", ["Will they agree?", "Nobody knows!"]),
        ("They met twice. 2023 was busy.", ["They met twice.", "2023 was busy."]),
        ("No terminator at the end", ["No terminator at the end"]),
    ],
)
def test_terminators_end_sentences(text: str, expected: list[str]) -> None:
    """., ! and ? followed by space and a capital or digit end a sentence."""
    assert _texts(text) == expected


def test_lower_case_after_period_does_not_split() -> None:
    """A period followed by a lower-case word (e.g. an abbreviation like 'approx.') does not split."""
    assert _texts("It costs approx. five million. Then it ended.") == [
        "It costs approx. five million.",
        "Then it ended.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Lavrov met Mr. Wang. They spoke.", ["Mr. Lavrov met Mr. Wang.", "They spoke."]),
        ("The U.S. delegation arrived. Then it left.", ["The U.S. delegation arrived.", "Then it left."]),
        ("They met on Oct. 14 in Minsk. It went well.", ["They met on Oct. 14 in Minsk.", "It went well."]),
        (
            "External Affairs Minister S. Jaishankar spoke. Later he left.",
            ["External Affairs Minister S. Jaishankar spoke.", "Later he left."],
        ),
        ("Dr. Tedros and Gen. Milley spoke.", ["Dr. Tedros and Gen. Milley spoke."]),
    ],
)
def test_abbreviations_and_initials_do_not_split(text: str, expected: list[str]) -> None:
    """Titles, month abbreviations, and initials (one letter + period) do not end a sentence."""
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We agree." He said so.', ['"We agree."', "He said so."]),
        ("“We agree.” He said so.", ["“We agree.”", "He said so."]),
        ("He said: 'Fine.' Then he left.", ["He said: 'Fine.'", "Then he left."]),
        ("(It was agreed.) Then it ended.", ["(It was agreed.)", "Then it ended."]),
        ("They left. “We will return,” he said.", ["They left.", "“We will return,” he said."]),
    ],
)
def test_closing_quotes_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    """Closing quotes and brackets after a terminator belong to the sentence they close."""
    assert _texts(text) == expected


def test_line_breaks_split_paragraphs() -> None:
    """A line break (or blank line) ends a sentence even without a terminator."""
    assert _texts("MINSK, June 20\nThe ministers met.\n\nThey agreed") == [
        "MINSK, June 20",
        "The ministers met.",
        "They agreed",
    ]


def test_hard_wrapped_line_in_lower_case_does_not_split() -> None:
    """A line that goes on in lower case is a hard wrap inside one sentence, not a new paragraph."""
    text = "The ministers met in Bishkek and\nagreed on a joint statement. Then they left."
    assert _texts(text) == [
        "The ministers met in Bishkek and\nagreed on a joint statement.",
        "Then they left.",
    ]


def test_offsets_exclude_surrounding_white_space() -> None:
    """Each sentence's offsets point at its text, with leading and trailing white space excluded."""
    text = "  First one.   Second one.  \n"
    sentences = split_sentences(text)
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (15, 26)]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", " \t\n "])
def test_blank_text_has_no_sentences(text: str) -> None:
    """Empty or white-space-only text yields no sentences."""
    assert split_sentences(text) == ()


@given(texts)
def test_sentences_are_ordered_disjoint_and_exact(text: str) -> None:
    """Sentences are ordered, disjoint, within the text, stripped, and text[start:end] is their text."""
    sentences = split_sentences(text)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    for a, b in itertools.pairwise(sentences):
        assert a.end <= b.start


@given(texts)
def test_sentences_cover_every_non_space_character(text: str) -> None:
    """No visible character is dropped: every non-space character lies inside some sentence."""
    covered: set[int] = set()
    for s in split_sentences(text):
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
