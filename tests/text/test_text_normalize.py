"""Normalization folds typographic variants and keeps a map back to the original offsets."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.model import Span
from geopol.text.normalize import normalize

# Characters normalization touches, mixed into generated text so deletions are common.
SPECIAL = (
    "\u2019\u2018\u02bc\u2032\u00a0\u2007\u2009\u202f\u3000"  # folded to ' or a space
    "\u2013\u2014\u2012\u2212"  # folded to -
    "\u00ad\u200b\u200c\u200d\u2060\ufeff\r"  # deleted
    "“”\"'-"  # kept
)
texts = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=60)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Russia\u2019s role", "Russia's role"),
        ("\u2018Quad\u2019", "'Quad'"),
        ("Leaders\u02bc Summit", "Leaders' Summit"),
        ("20\u00a0June", "20 June"),
        ("a\u2009b\u202fc\u2007d\u3000e", "a b c d e"),
        ("19\u201320 June", "19-20 June"),
        ("CSTO \u2014 a bloc", "CSTO - a bloc"),
        ("\u2212 5 \u2012 6", "- 5 - 6"),
    ],
)
def test_typographic_variants_are_folded(raw: str, folded: str) -> None:
    """Curly apostrophes become ', exotic spaces a plain space, dashes and minus signs '-'."""
    assert normalize(raw).text == folded


def test_curly_double_quotes_are_kept() -> None:
    """Curly double quotes survive normalization: their direction helps find quoted runs."""
    assert normalize("“We agree”").text == "“We agree”"


def test_same_length_folding_keeps_identity_offsets() -> None:
    """When only same-length replacements happen, origin is None and spans are the identity."""
    n = normalize("Russia\u2019s\u00a0role \u2013 key")
    assert n.text == "Russia's role - key"
    assert n.origin is None
    assert n.span(0, 8) == Span(start=0, end=8)
    assert n.surface(0, 8) == "Russia\u2019s"


def test_unchanged_text_is_identity() -> None:
    """Plain text is returned unchanged with origin None, and its spans are the normalized ones."""
    n = normalize("The CSTO met in Bishkek.")
    assert n.text == n.original == "The CSTO met in Bishkek."
    assert n.origin is None
    assert n.span(4, 8) == Span(start=4, end=8)
    assert n.surface(4, 8) == "CSTO"


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_invisible_characters_are_deleted(char: str) -> None:
    """Soft hyphens, zero-width characters and byte-order marks are removed from the text."""
    n = normalize(f"Taji{char}kistan")
    assert n.text == "Tajikistan"
    assert n.origin is not None


def test_carriage_returns_are_deleted() -> None:
    """Windows line ends become plain line feeds."""
    assert normalize("one\r\ntwo\r\n").text == "one\ntwo\n"


def test_span_maps_back_over_deleted_characters() -> None:
    """A normalized range maps to the original span that contains the deleted characters inside it."""
    original = "\ufeffThe Taji\u00adkistan\u200b delegation"
    n = normalize(original)
    assert n.text == "The Tajikistan delegation"
    start = n.text.index("Tajikistan")
    span = n.span(start, start + len("Tajikistan"))
    assert original[span.start : span.end] == "Taji\u00adkistan"
    assert n.surface(start, start + len("Tajikistan")) == "Taji\u00adkistan"
    # the zero-width space after the word is not swallowed by the span
    assert span.end == original.index("\u200b")


def test_span_of_first_word_skips_leading_deleted_characters() -> None:
    """A byte-order mark before the first word is not part of that word's span."""
    original = "\ufeffCSTO"
    n = normalize(original)
    assert n.span(0, 4) == Span(start=1, end=5)
    assert n.surface(0, 4) == "CSTO"


def test_empty_range_maps_to_an_empty_span_at_the_right_place() -> None:
    """An empty normalized range maps to an empty span before the next kept character."""
    original = "ab\u00adcd"
    n = normalize(original)
    assert n.span(2, 2) == Span(start=3, end=3)
    assert n.span(4, 4) == Span(start=5, end=5)


@given(texts, st.data())
def test_mapped_span_renormalizes_to_the_normalized_slice(text: str, data: st.DataObject) -> None:
    """For any text and normalized range, the mapped span lies in the original and normalizes back."""
    n = normalize(text)
    assert n.original == text
    size = len(n.text)
    start = data.draw(st.integers(0, size), label="start")
    end = data.draw(st.integers(start, size), label="end")
    span = n.span(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    assert normalize(text[span.start : span.end]).text == n.text[start:end]
    assert n.surface(start, end) == text[span.start : span.end]


@given(texts)
def test_normalization_is_idempotent_and_origin_is_increasing(text: str) -> None:
    """Normalizing twice changes nothing; the offset map is strictly increasing and ends at len(text)."""
    n = normalize(text)
    assert normalize(n.text).text == n.text
    if n.origin is None:
        assert len(n.text) == len(text)
    else:
        origin = n.origin.tolist()
        assert len(origin) == len(n.text) + 1
        assert origin[-1] == len(text)
        assert all(a < b for a, b in itertools.pairwise(origin))
