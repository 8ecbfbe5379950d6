"""The public hypothesis strategies build valid, small values within the bounds they are given."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol import strategies as gs
from geopol.model import Extraction, Meeting, Mention, Span, Statement, is_alpha3


def _walk_spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk_spans(item)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            yield from _walk_spans(getattr(value, field.name))


BOUNDED: list[Callable[[int], st.SearchStrategy[Any]]] = [
    gs.spans,
    gs.evidence,
    gs.date_values,
    gs.mentions,
    gs.organization_mentions,
    gs.state_mentions,
    gs.places,
    gs.people,
    gs.quotes,
    gs.memberships,
    gs.meetings,
    gs.statements,
    gs.regional_centers,
    gs.member_lists,
    gs.datelines,
]


@pytest.mark.parametrize("strategy", BOUNDED, ids=lambda f: f.__name__)
@given(data=st.data())
def test_every_span_lies_within_max_end(
    strategy: Callable[[int], st.SearchStrategy[Any]], data: st.DataObject
) -> None:
    """Each strategy keeps every span it builds, however deeply nested, inside ``max_end``."""
    max_end = data.draw(st.integers(0, 40), label="max_end")
    value = data.draw(strategy(max_end), label="value")
    assert all(0 <= s.start <= s.end <= max_end for s in _walk_spans(value))


@given(gs.mentions(20))
def test_mention_text_is_as_long_as_its_span(mention: Mention) -> None:
    """A generated mention's text length equals its span length."""
    assert len(mention.text) == mention.span.end - mention.span.start


@given(gs.meetings())
def test_meetings_do_not_end_before_they_start(meeting: Meeting) -> None:
    """Generated meetings end on or after the first day they start."""
    if meeting.start and meeting.end and meeting.start.date and meeting.end.date:
        assert meeting.end.date.last_day() >= meeting.start.date.first_day()


@given(st.integers(0, 3).flatmap(lambda n: st.tuples(st.just(n), gs.statements(meeting_count=n))))
def test_statement_meeting_index_is_below_meeting_count(case: tuple[int, Statement]) -> None:
    """``statements(meeting_count=n)`` only refers to meetings 0..n-1 (or to none)."""
    count, statement = case
    assert statement.meeting is None or 0 <= statement.meeting < count


@given(gs.extractions(max_text_length=50, max_items=1))
def test_extractions_respect_their_bounds(extraction: Extraction) -> None:
    """``extractions`` keeps text_length and list sizes within the given bounds."""
    assert extraction.text_length <= 50
    assert all(len(getattr(extraction, name)) <= 1 for name in ("meetings", "statements", "people"))
    assert all(span.end <= extraction.text_length for span in extraction.spans())


@given(gs.alpha3_codes())
def test_alpha3_codes_are_valid(code: str) -> None:
    """``alpha3_codes`` draws only codes the model accepts."""
    assert is_alpha3(code)


@pytest.mark.parametrize(
    "call",
    [lambda: gs.spans(-1), lambda: gs.extractions(max_items=-1), lambda: gs.statements(meeting_count=-1)],
    ids=["max_end", "max_items", "meeting_count"],
)
def test_bad_arguments_raise_at_once(call: Callable[[], object]) -> None:
    """Negative bounds are rejected when the strategy is built, not when it is drawn from."""
    with pytest.raises(ValueError, match=r">= 0|non-negative"):
        call()


def test_strategies_are_built_once_per_argument() -> None:
    """Asking twice for the same strategy returns the same (cached, immutable) object."""
    assert gs.meetings(30) is gs.meetings(30)
    assert gs.meetings(30) is not gs.meetings(31)


def test_missing_hypothesis_gives_a_clear_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without hypothesis installed, importing geopol.strategies says what to install."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "geopol.strategies")
    with pytest.raises(ImportError, match=r"geopol\[strategies\]"):
        importlib.import_module("geopol.strategies")
