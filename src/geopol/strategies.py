"""Hypothesis strategies for every geopol model, for property tests of code that uses geopol.

Every value these strategies build satisfies the models' cross-field rules by
construction: spans lie within ``max_end`` (the text length), a mention's text is
as long as its span, a meeting or membership never ends before it starts, and a
statement's ``meeting`` index points at one of the extraction's meetings.
:func:`extractions` is the "everything" strategy: it draws a text length first
and builds every part inside it.

Examples are kept small (at most a few elements per tuple) so that hundreds of
them run in seconds.  Needs the optional dependency ``hypothesis``
(``pip install 'geopol[strategies]'``).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "geopol.strategies needs the optional dependency 'hypothesis'; "
        "install it with: pip install 'geopol[strategies]'"
    ) from exc

from geopol.model import (
    SCHEMA_VERSION,
    Dateline,
    DateResolution,
    DateValue,
    Evidence,
    Extraction,
    Meeting,
    MeetingLevel,
    MeetingStatus,
    MemberList,
    Membership,
    MembershipStatus,
    Mention,
    OrganizationKind,
    OrganizationMention,
    PartialDate,
    Person,
    Place,
    Quote,
    RegionalCenter,
    Span,
    SpeakerKind,
    Statement,
    StateMention,
    StatementKind,
)
from geopol.model.codes import historic_alpha3, known_alpha3

__all__ = [
    "DEFAULT_MAX_END",
    "alpha3_codes",
    "date_values",
    "datelines",
    "evidence",
    "extractions",
    "meetings",
    "member_lists",
    "memberships",
    "mentions",
    "organization_mentions",
    "partial_dates",
    "people",
    "places",
    "quotes",
    "regional_centers",
    "spans",
    "state_mentions",
    "statements",
]

T = TypeVar("T")
P = ParamSpec("P")

#: Default text length for strategies that build spans on their own.
DEFAULT_MAX_END = 60
_MAX_ITEMS = 2  # elements per tuple inside a model
_MAX_MENTION = 12  # longest mention surface form

_words = st.text(max_size=10)  # any text: exercises JSON escaping
_names = st.text(min_size=1, max_size=10)


def _memo(fn: Callable[P, T]) -> Callable[P, T]:
    """Build each strategy once per argument tuple.

    Strategies are immutable, and building one (validation, labels) costs far more
    than drawing from it; the composites below ask for the same few strategies on
    every draw.  The cast keeps the decorated function's signature for type checkers
    (``functools.lru_cache`` alone would type every argument as ``Hashable``).
    """
    return cast("Callable[P, T]", functools.wraps(fn)(functools.lru_cache(maxsize=4096)(fn)))


def _check_max_end(max_end: int) -> None:
    if isinstance(max_end, bool) or not isinstance(max_end, int) or max_end < 0:
        raise ValueError(f"max_end must be a non-negative int, got {max_end!r}")


@_memo
def _small(elements: st.SearchStrategy[T], max_size: int = _MAX_ITEMS) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(elements, max_size=max_size).map(tuple)


@_memo
def _optional(elements: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | elements


@_memo
def alpha3_codes() -> st.SearchStrategy[str]:
    """ISO 3166 alpha-3 codes the model accepts: current ones and those of former states."""
    return st.sampled_from(sorted(known_alpha3() | historic_alpha3()))


@st.composite
def _spans(draw: st.DrawFn, max_end: int, max_length: int | None) -> Span:
    start = draw(st.integers(0, max_end))
    longest = max_end - start if max_length is None else min(max_length, max_end - start)
    return Span(start=start, end=start + draw(st.integers(0, longest)))


@_memo
def spans(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Span]:
    """Spans with ``0 <= start <= end <= max_end`` (empty spans included)."""
    _check_max_end(max_end)
    return _spans(max_end, None)


@_memo
def evidence(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Evidence]:
    """Evidence: up to two spans within ``max_end`` and a non-empty rule name."""
    _check_max_end(max_end)
    return st.builds(Evidence, spans=_small(spans(max_end)), rule=_names)


@st.composite
def _partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    month = draw(_optional(st.integers(1, 12)))
    if month is None:
        return PartialDate(year=year)
    day = draw(_optional(st.integers(1, calendar.monthrange(year, month)[1])))
    return PartialDate(year=year, month=month, day=day)


@_memo
def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Valid dates at year, month or day precision (years 1-9999, leap days included)."""
    return _partial_dates()


@st.composite
def _date_values(draw: st.DrawFn, max_end: int) -> DateValue:
    resolution = draw(st.sampled_from(DateResolution))
    date = None if resolution is DateResolution.UNRESOLVED else draw(partial_dates())
    return DateValue(date=date, resolution=resolution, evidence=draw(_optional(evidence(max_end))))


@_memo
def date_values(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[DateValue]:
    """Date values; ``date`` is None exactly when the resolution is UNRESOLVED."""
    _check_max_end(max_end)
    return _date_values(max_end)


@st.composite
def _mentions(draw: st.DrawFn, max_end: int) -> Mention:
    span = draw(_spans(max_end, _MAX_MENTION))
    size = span.end - span.start
    return Mention(text=draw(st.text(min_size=size, max_size=size)), span=span)


@_memo
def mentions(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Mention]:
    """Mentions whose text is exactly as long as their span (at most 12 chars)."""
    _check_max_end(max_end)
    return _mentions(max_end)


@_memo
def organization_mentions(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[OrganizationMention]:
    """Organizations with a non-empty id, any kind, up to two mentions."""
    _check_max_end(max_end)
    return st.builds(
        OrganizationMention,
        id=_names,
        name=_words,
        acronym=_optional(_words),
        kind=st.sampled_from(OrganizationKind),
        mentions=_small(mentions(max_end)),
    )


@_memo
def state_mentions(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[StateMention]:
    """States with a valid alpha-3 code and up to two mentions."""
    _check_max_end(max_end)
    return st.builds(StateMention, alpha3=alpha3_codes(), name=_words, mentions=_small(mentions(max_end)))


@_memo
def places(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Place]:
    """Places: a city and/or a valid country code, either possibly unknown."""
    _check_max_end(max_end)
    return st.builds(
        Place,
        city=_optional(_words),
        country=_optional(alpha3_codes()),
        evidence=_optional(evidence(max_end)),
    )


@_memo
def people(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Person]:
    """People with a non-empty name, an optional role and country, up to two mentions."""
    _check_max_end(max_end)
    return st.builds(
        Person,
        name=_names,
        role=_optional(_words),
        country=_optional(alpha3_codes()),
        mentions=_small(mentions(max_end)),
        evidence=_optional(evidence(max_end)),
    )


@_memo
def quotes(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Quote]:
    """Quotes with a span within ``max_end`` and an optional speaker."""
    _check_max_end(max_end)
    return st.builds(
        Quote,
        text=_words,
        span=spans(max_end),
        speaker=_optional(_words),
        speaker_kind=_optional(st.sampled_from(SpeakerKind)),
        evidence=_optional(evidence(max_end)),
    )


@st.composite
def _memberships(draw: st.DrawFn, max_end: int) -> Membership:
    start = draw(_optional(partial_dates()))
    end = draw(_optional(partial_dates()))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Membership(
        organization=draw(_names),
        state=draw(alpha3_codes()),
        status=draw(st.sampled_from(MembershipStatus)),
        start=start,
        end=end,
        note=draw(_optional(_words)),
        evidence=draw(_optional(evidence(max_end))),
    )


@_memo
def memberships(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Membership]:
    """Memberships whose end, when both dates are known, is not before their start."""
    _check_max_end(max_end)
    return _memberships(max_end)


def _ends_before(start: DateValue | None, end: DateValue | None) -> bool:
    s = start.date if start else None
    e = end.date if end else None
    return s is not None and e is not None and e.last_day() < s.first_day()


@st.composite
def _meetings(draw: st.DrawFn, max_end: int) -> Meeting:
    start = draw(_optional(date_values(max_end)))
    end = draw(_optional(date_values(max_end)))
    if _ends_before(start, end):
        # Swapping is enough: if end lies wholly before start, start lies wholly after end.
        start, end = end, start
    return Meeting(
        organization=draw(_names),
        level=draw(st.sampled_from(MeetingLevel)),
        status=draw(st.sampled_from(MeetingStatus)),
        body=draw(_optional(_words)),
        ordinal=draw(_optional(st.integers(1, 200))),
        place=draw(_optional(places(max_end))),
        start=start,
        end=end,
        participants=draw(_small(alpha3_codes(), 3)),
        chair=draw(_optional(_words)),
        evidence=draw(_optional(evidence(max_end))),
    )


@_memo
def meetings(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Meeting]:
    """Meetings that never end before they start (compared over the days each date can denote)."""
    _check_max_end(max_end)
    return _meetings(max_end)


@_memo
def statements(max_end: int = DEFAULT_MAX_END, meeting_count: int = 0) -> st.SearchStrategy[Statement]:
    """Statements; ``meeting`` is None or an index below ``meeting_count``."""
    _check_max_end(max_end)
    if meeting_count < 0:
        raise ValueError(f"meeting_count must be >= 0, got {meeting_count!r}")
    index = st.none() | st.integers(0, meeting_count - 1) if meeting_count else st.none()
    return st.builds(
        Statement,
        organization=_names,
        kind=st.sampled_from(StatementKind),
        topic=_optional(_words),
        quotes=_small(quotes(max_end)),
        meeting=index,
        evidence=_optional(evidence(max_end)),
    )


@_memo
def regional_centers(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[RegionalCenter]:
    """Regional centers with a non-empty name and parent, and an optional place."""
    _check_max_end(max_end)
    return st.builds(
        RegionalCenter,
        name=_names,
        parent=_names,
        place=_optional(places(max_end)),
        evidence=_optional(evidence(max_end)),
    )


@_memo
def member_lists(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[MemberList]:
    """Member lists whose three code tuples hold valid alpha-3 codes."""
    _check_max_end(max_end)
    codes = _small(alpha3_codes(), 4)
    return st.builds(
        MemberList,
        organization=_names,
        states=codes,
        checked_on=_optional(partial_dates()),
        not_members=codes,
        omitted=codes,
        checked=st.booleans(),
        evidence=_optional(evidence(max_end)),
    )


@_memo
def datelines(max_end: int = DEFAULT_MAX_END) -> st.SearchStrategy[Dateline]:
    """Datelines with an optional place, date, source agency and evidence."""
    _check_max_end(max_end)
    return st.builds(
        Dateline,
        place=_optional(places(max_end)),
        date=_optional(date_values(max_end)),
        source=_optional(_words),
        evidence=_optional(evidence(max_end)),
    )


@st.composite
def _extractions(draw: st.DrawFn, max_text_length: int, max_items: int) -> Extraction:
    n = draw(st.integers(0, max_text_length))
    found = draw(_small(meetings(n), max_items))
    return Extraction(
        schema_version=SCHEMA_VERSION,
        text_length=n,
        published=draw(_optional(date_values(n))),
        dateline=draw(_optional(datelines(n))),
        organizations=draw(_small(organization_mentions(n), max_items)),
        states=draw(_small(state_mentions(n), max_items)),
        places=draw(_small(places(n), max_items)),
        people=draw(_small(people(n), max_items)),
        quotes=draw(_small(quotes(n), max_items)),
        dates=draw(_small(date_values(n), max_items)),
        meetings=found,
        statements=draw(_small(statements(n, len(found)), max_items)),
        centers=draw(_small(regional_centers(n), max_items)),
        member_lists=draw(_small(member_lists(n), max_items)),
    )


@_memo
def extractions(max_text_length: int = 200, max_items: int = 2) -> st.SearchStrategy[Extraction]:
    """Whole extractions: draws ``text_length`` first, then every part within it.

    ``max_items`` bounds each of the extraction's lists (organizations, meetings …).
    """
    _check_max_end(max_text_length)
    if max_items < 0:
        raise ValueError(f"max_items must be >= 0, got {max_items!r}")
    return _extractions(max_text_length, max_items)
