"""Span and Evidence: half-open character ranges and the rule that read a value."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.model import Evidence, Span
from geopol.strategies import evidence, spans

TEXT = "MINSK, June 20 (Xinhua) -- The CSTO foreign ministers met."


def test_slice_is_the_surface_form() -> None:
    """``Span.slice(text)`` returns ``text[start:end]``, the matched surface form."""
    start = TEXT.index("CSTO")
    span = Span(start=start, end=start + 4)
    assert span.slice(TEXT) == "CSTO"
    assert span.slice(TEXT) == TEXT[span.start : span.end]


def test_empty_span_is_allowed() -> None:
    """A zero-width span (start == end) is valid and slices to the empty string."""
    assert Span(start=5, end=5).slice(TEXT) == ""


def test_end_before_start_raises() -> None:
    """A span whose end lies before its start is rejected."""
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=4)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (0, -1)])
def test_negative_offsets_raise(start: int, end: int) -> None:
    """Offsets are non-negative."""
    with pytest.raises(ValueError, match=">= 0"):
        Span(start=start, end=end)


def test_non_int_offset_raises_type_error() -> None:
    """Offsets must be ints; a float is a programmer error (TypeError)."""
    with pytest.raises(TypeError):
        Span(start=1.0, end=2)  # type: ignore[arg-type]


def test_span_is_frozen_and_keyword_only() -> None:
    """Spans are immutable values built by keyword only."""
    span = Span(start=1, end=2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[call-arg]


def test_spans_order_by_start_then_end() -> None:
    """Spans sort by start, then end (document order)."""
    a, b, c = Span(start=0, end=5), Span(start=0, end=9), Span(start=3, end=4)
    assert sorted([c, b, a]) == [a, b, c]


@given(st.integers(0, 80).flatmap(lambda n: st.tuples(st.just(n), spans(n))))
def test_span_strategy_stays_within_max_end(case: tuple[int, Span]) -> None:
    """``spans(max_end)`` builds spans with 0 <= start <= end <= max_end."""
    max_end, span = case
    assert 0 <= span.start <= span.end <= max_end
    text = "x" * max_end
    assert len(span.slice(text)) == span.end - span.start


def test_evidence_converts_lists_to_tuples() -> None:
    """Evidence stores its spans as a tuple whatever iterable it is given."""
    ev = Evidence(spans=[Span(start=0, end=5)], rule="dateline")
    assert ev.spans == (Span(start=0, end=5),)
    assert isinstance(ev.spans, tuple)


def test_evidence_needs_a_rule_name() -> None:
    """An empty rule name is rejected: every value must say which rule read it."""
    with pytest.raises(ValueError, match=r"[Ll]ength"):
        Evidence(spans=(), rule="")


def test_evidence_rejects_non_span_items() -> None:
    """Evidence spans must be Span instances, not bare tuples."""
    with pytest.raises(TypeError):
        Evidence(spans=[(0, 5)], rule="dateline")


@given(evidence(30))
def test_evidence_strategy_spans_within_bound(ev: Evidence) -> None:
    """``evidence(max_end)`` keeps every span inside the text and names a rule."""
    assert ev.rule
    assert all(span.end <= 30 for span in ev.spans)
