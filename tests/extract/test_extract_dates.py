"""Extraction.dates: every date expression, with its precision, its span and how it was resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geopol
from geopol.model import DateResolution, DateValue, Extraction, PartialDate, Precision


def _surface(text: str, d: DateValue) -> str:
    assert d.evidence is not None
    span = d.evidence.spans[0]
    return text[span.start : span.end]


def _rows(text: str, e: Extraction) -> list[tuple[str | None, str, str]]:
    """(ISO date or None, resolution, surface form) for every date."""
    return [(d.date.iso() if d.date else None, d.resolution.value, _surface(text, d)) for d in e.dates]


def test_absolute_dates_keep_their_precision() -> None:
    """A full date, a month and year, and a year alone give DAY, MONTH and YEAR values, all stated."""
    text = "The treaty was drafted in 2023, talks began in June 2023 and it was signed on June 19, 2023."
    e = geopol.parse(text)
    assert _rows(text, e) == [
        ("2023", "stated", "2023"),
        ("2023-06", "stated", "June 2023"),
        ("2023-06-19", "stated", "June 19, 2023"),
    ]
    assert [d.date.precision for d in e.dates if d.date] == [Precision.YEAR, Precision.MONTH, Precision.DAY]


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("on 3 December 2015", "2015-12-03"),
        ("on 20.05.2021", "2021-05-20"),
        ("on 2021-06-01", "2021-06-01"),
        ("on Oct. 14, 2022", "2022-10-14"),
    ],
)
def test_day_month_dotted_and_iso_forms(phrase: str, iso: str) -> None:
    """'3 December 2015', '20.05.2021', '2021-06-01' and 'Oct. 14, 2022' are stated days."""
    text = f"The ministers met {phrase} in the capital."
    e = geopol.parse(text)
    assert [(d.date.iso() if d.date else None, d.resolution) for d in e.dates] == [
        (iso, DateResolution.STATED)
    ]


def test_preposition_is_not_part_of_the_span() -> None:
    """'in 2018' and 'since December' keep only the date words in their span."""
    text = "The bloc has met yearly since December, and its charter dates from 2018."
    e = geopol.parse(text, published="2024-03-01")
    assert [_surface(text, d) for d in e.dates] == ["December", "2018"]


def test_range_gives_its_start_with_a_span_over_the_whole_range() -> None:
    """'June 19-20, 2023' and '30 November to 1 December 2023' give their first day; the evidence
    covers the whole range."""
    text = "The ministers met on June 19-20, 2023, and again from 30 November to 1 December 2023."
    e = geopol.parse(text)
    assert _rows(text, e) == [
        ("2023-06-19", "stated", "June 19-20, 2023"),
        ("2023-11-30", "stated", "30 November to 1 December 2023"),
    ]


def test_range_end_reaches_the_meeting() -> None:
    """The end of a 'June 19-20, 2023' range is kept where a range has an end: the meeting."""
    text = "The CSTO Council of Foreign Ministers met in Minsk on June 19-20, 2023."
    meetings = geopol.to_guideline(geopol.parse(text))["meetings"]
    assert [(m["start"], m["end"]) for m in meetings] == [("2023-06-19", "2023-06-20")]


def test_range_across_the_year_end_takes_the_earlier_year() -> None:
    """'December 30 to January 2' read on 3 January 2024 starts on 2023-12-30."""
    text = "The talks ran from December 30 to January 2."
    e = geopol.parse(text, published="2024-01-03")
    assert _rows(text, e) == [("2023-12-30", "year_from_published", "December 30 to January 2")]


def test_year_less_date_takes_the_published_year() -> None:
    """'June 20' with published 2023-06-21 is 2023-06-20, resolved 'year_from_published'."""
    text = "The ministers met on June 20 in Minsk."
    e = geopol.parse(text, published="2023-06-21")
    assert _rows(text, e) == [("2023-06-20", "year_from_published", "June 20")]


def test_past_month_read_in_january_is_last_year() -> None:
    """'was held in December' read in January 2024 is December 2023 (month precision)."""
    text = "The summit was held in December, officials recalled."
    e = geopol.parse(text, published="2024-01-10")
    assert [(d.date.iso() if d.date else None) for d in e.dates] == ["2023-12"]
    assert e.dates[0].date is not None
    assert e.dates[0].date.precision is Precision.MONTH


def test_future_date_read_in_december_is_next_year() -> None:
    """'is scheduled for January 10' read on 28 December 2023 is 2024-01-10."""
    text = "The summit is scheduled for January 10, diplomats said."
    e = geopol.parse(text, published="2023-12-28")
    assert [(d.date.iso() if d.date else None) for d in e.dates] == ["2024-01-10"]


def test_relative_dates_are_anchored_to_published() -> None:
    """'yesterday', 'on Wednesday' (future tense) and 'last week' resolve against Thursday 2024-05-23."""
    text = "The ministers met yesterday. They will meet again on Wednesday. The envoys met last week."
    e = geopol.parse(text, published="2024-05-23")
    assert _rows(text, e) == [
        ("2024-05-22", "relative", "yesterday"),
        ("2024-05-29", "relative", "Wednesday"),
        ("2024-05-13", "relative", "last week"),
    ]


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("The ministers met on Wednesday.", "2024-05-22"),
        ("The ministers will meet on Wednesday.", "2024-05-29"),
        ("The ministers met on Thursday.", "2024-05-23"),
        ("The ministers met last Thursday.", "2024-05-16"),
        ("The ministers meet again next month.", "2024-06"),
        ("The ministers met last month.", "2024-04"),
        ("The ministers met tomorrow.", "2024-05-24"),
    ],
)
def test_weekday_and_unit_relatives_follow_tense_and_direction(sentence: str, iso: str) -> None:
    """A weekday is the past one in a past sentence and the coming one in a future sentence; 'last'
    and 'next' move by a whole unit; months keep month precision."""
    e = geopol.parse(sentence, published="2024-05-23")
    assert [(d.date.iso() if d.date else None, d.resolution) for d in e.dates] == [
        (iso, DateResolution.RELATIVE)
    ]


def test_relative_dates_without_published_are_unresolved() -> None:
    """Without ``published`` (and no date in the head) relative dates are 'unresolved' with date None."""
    text = "The ministers met yesterday. They will meet again on Wednesday. The envoys met last week."
    e = geopol.parse(text)
    assert _rows(text, e) == [
        (None, "unresolved", "yesterday"),
        (None, "unresolved", "Wednesday"),
        (None, "unresolved", "last week"),
    ]


def test_year_less_date_without_published_is_unresolved() -> None:
    """'June 20' with no publication date cannot be placed in a year: unresolved, date None."""
    text = "The ministers met on June 20 in Minsk."
    e = geopol.parse(text)
    assert _rows(text, e) == [(None, "unresolved", "June 20")]


def test_stated_dates_do_not_need_published() -> None:
    """A date with its year is stated whether or not ``published`` is known."""
    text = "The ministers met on June 19, 2023."
    assert _rows(text, geopol.parse(text)) == _rows(text, geopol.parse(text, published="2024-05-23"))


def test_sentence_final_period_is_not_part_of_a_date_span() -> None:
    """'on 30-31 December.' gives a span '30-31 December', without the sentence's full stop."""
    text = "The talks were held on 30-31 December."
    e = geopol.parse(text, published="2024-01-03")
    assert [_surface(text, d) for d in e.dates] == ["30-31 December"]


@given(published=st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2099, 12, 24)))
def test_yesterday_and_past_weekday_lie_just_before_published(published: dt.date) -> None:
    """For any publication date, 'yesterday' is the day before and a past 'on Monday' is the Monday
    within the seven days up to it."""
    text = "The envoys arrived yesterday. The ministers met on Monday."
    e = geopol.parse(text, published=published)
    assert [d.resolution for d in e.dates] == [DateResolution.RELATIVE, DateResolution.RELATIVE]
    yesterday, monday = (d.date for d in e.dates)
    assert yesterday == PartialDate.from_date(published - dt.timedelta(days=1))
    assert monday is not None
    day = monday.first_day()
    assert day.weekday() == 0
    assert dt.timedelta(0) <= published - day < dt.timedelta(days=7)
