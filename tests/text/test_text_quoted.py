"""Quoted runs: the words between matching quotation marks, within one paragraph."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.text.quoted import QuotedRun, find_quoted_runs

FRAGMENTS = [
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "'",
    "’",
    "We agree",
    " ",
    ",",
    ".",
    "\n",
    "\n\n",
    "Leaders' Summit",
    "s",
    "x",
]
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
)


def _inner(text: str) -> list[str]:
    return [text[r.inner_start : r.inner_end] for r in find_quoted_runs(text)]


def _outer(text: str) -> list[str]:
    return [text[r.outer_start : r.outer_end] for r in find_quoted_runs(text)]


@pytest.mark.parametrize(
    "text",
    [
        'He said "we will help Afghanistan" on Monday.',
        "He said “we will help Afghanistan” on Monday.",
        "He said „we will help Afghanistan“ on Monday.",
        "He said «we will help Afghanistan» on Monday.",
    ],
)
def test_double_quotes_straight_and_curly(text: str) -> None:
    """Straight, curly and guillemet double quotes delimit a run; inner drops the marks, outer keeps them."""
    assert _inner(text) == ["we will help Afghanistan"]
    (run,) = find_quoted_runs(text)
    assert run.closed
    assert text[run.outer_start] == text[run.inner_start - 1]
    assert _outer(text)[0][1:-1] == "we will help Afghanistan"


def test_several_runs_in_one_paragraph() -> None:
    """Each pair of marks is its own run, left to right."""
    text = "“We agree,” he said. “We will act.”"
    assert _inner(text) == ["We agree", "We will act."]


def test_single_quotes_keep_an_inner_plural_possessive() -> None:
    """A plural possessive before a capital ("Leaders' Summit") does not close a single-quoted run."""
    text = "He was 'preparing for the next Quad Leaders' Summit hosted by India' that week."
    assert _inner(text) == ["preparing for the next Quad Leaders' Summit hosted by India"]
    assert _outer(text) == ["'preparing for the next Quad Leaders' Summit hosted by India'"]


def test_single_quotes_around_a_phrase() -> None:
    """A single-quoted phrase is a run, and a contraction's apostrophe neither opens nor closes one."""
    assert _inner("It's a 'new era' for the bloc, isn't it") == ["new era"]


def test_apostrophes_alone_make_no_run() -> None:
    """Contractions and possessives (Russia's, don't) are not quotations."""
    assert find_quoted_runs("Russia's minister said they don't agree with NATO's plan.") == ()


@pytest.mark.parametrize(
    "text",
    ['The minister said "we will', "The minister said “we will", "The minister said 'we will"],
)
def test_unclosed_mark_at_the_end_yields_nothing(text: str) -> None:
    """A quotation cut off by the end of the text yields no run."""
    assert find_quoted_runs(text) == ()


def test_unclosed_mark_does_not_leak_into_the_next_paragraph() -> None:
    """An unclosed mark followed by an unquoted paragraph yields no run across the line break."""
    text = "He said “we will\nThe next paragraph “is quoted” here."
    assert _inner(text) == ["is quoted"]


def test_quotation_over_two_paragraphs() -> None:
    """A quotation reopened in the next paragraph yields one run per paragraph; the first is not closed."""
    text = "“We reaffirm our support for Afghanistan.\n“We call for more aid,” the statement read."
    runs = find_quoted_runs(text)
    assert [text[r.inner_start : r.inner_end] for r in runs] == [
        "We reaffirm our support for Afghanistan.",
        "We call for more aid",
    ]
    assert [r.closed for r in runs] == [False, True]
    first = runs[0]
    assert text[first.outer_start] == "“"
    assert first.outer_end == text.index("\n")


def test_trailing_comma_inside_the_marks_is_not_inner() -> None:
    """A comma just inside the closing mark belongs to the reporting sentence, not the quotation."""
    text = '"We will win," he said.'
    (run,) = find_quoted_runs(text)
    assert text[run.inner_start : run.inner_end] == "We will win"
    assert text[run.outer_start : run.outer_end] == '"We will win,"'


def test_white_space_inside_the_marks_is_not_inner() -> None:
    """Spaces just inside the marks are trimmed from the inner run; an all-blank quotation is no run."""
    assert _inner("“  padded words  ” and “   ”") == ["padded words"]


def test_words_counts_the_inner_words() -> None:
    """QuotedRun.words counts the white-space separated words between the marks."""
    text = "“We reaffirm our support,” he said."
    (run,) = find_quoted_runs(text)
    assert run.words(text) == 4


@given(texts)
def test_runs_are_within_the_text_ordered_and_disjoint(text: str) -> None:
    """Runs lie within the text, inner inside outer, non-empty, in order and without overlap."""
    runs = find_quoted_runs(text)
    for r in runs:
        assert isinstance(r, QuotedRun)
        assert 0 <= r.outer_start <= r.inner_start < r.inner_end <= r.outer_end <= len(text)
        inner = text[r.inner_start : r.inner_end]
        assert inner == inner.strip()
        assert not inner.endswith(",")
    for a, b in itertools.pairwise(runs):
        assert a.outer_end <= b.outer_start


@pytest.mark.parametrize(("unit", "count"), [("'x ", 0), ("“a ", 33_333)])
def test_long_adversarial_input_returns(unit: str, count: int) -> None:
    """200,000 characters of repeated opening marks are handled (a quadratic scan would not return).

    No apostrophe in "'x 'x ..." can close a run (each follows a space); curly
    marks pair up two by two, "“a “" being one run around "a".
    """
    text = unit * (200_000 // len(unit))
    runs = find_quoted_runs(text)
    assert len(runs) == count
    assert all(text[r.inner_start : r.inner_end] == "a" for r in runs)
