"""PartialDate keeps its precision; DateValue ties a date to how it was resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from geopol.model import DateResolution, DateValue, PartialDate, Precision
from geopol.strategies import partial_dates


@pytest.mark.parametrize(
    ("text", "precision", "parts"),
    [
        ("2023", Precision.YEAR, (2023, None, None)),
        ("2023-06", Precision.MONTH, (2023, 6, None)),
        ("2023-06-19", Precision.DAY, (2023, 6, 19)),
        ("0999-01-01", Precision.DAY, (999, 1, 1)),
        ("2024-02-29", Precision.DAY, (2024, 2, 29)),
    ],
)
def test_from_iso_reads_each_precision(text: str, precision: Precision, parts: tuple[int, ...]) -> None:
    """``from_iso`` reads YYYY, YYYY-MM and YYYY-MM-DD, and ``iso`` writes the same text back."""
    date = PartialDate.from_iso(text)
    assert (date.year, date.month, date.day) == parts
    assert date.precision is precision
    assert date.iso() == text
    assert str(date) == text


@given(partial_dates())
def test_iso_round_trip(date: PartialDate) -> None:
    """Any valid PartialDate survives ``from_iso(iso())`` with its precision intact."""
    again = PartialDate.from_iso(date.iso())
    assert again == date
    assert again.precision is date.precision


@pytest.mark.parametrize(
    "text",
    [
        "2023-13",  # no 13th month
        "2023-00",  # no month 0
        "2023-02-30",  # no 30 February
        "2023-02-29",  # not a leap year
        "0000",  # no year 0
        "23",  # two-digit year
        "",  # empty
        "2023--19",  # a day without a month
        "2023-6",  # month not zero-padded
        "2023-06-19T10:00",  # a datetime, not a date
        " 2023",  # surrounding space
        "June 2023",  # not ISO
    ],
)
def test_from_iso_rejects_invalid_text(text: str) -> None:
    """Malformed or impossible ISO text raises ValueError."""
    with pytest.raises(ValueError, match=r"ISO|month|day|year"):
        PartialDate.from_iso(text)


def test_day_without_month_raises() -> None:
    """A PartialDate cannot know the day but not the month."""
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(year=2023, day=5)


def test_ordering_puts_coarser_first_on_the_same_first_day() -> None:
    """``2023 < 2023-01 < 2023-01-01``: same first day, coarser precision first."""
    year, month, day = (PartialDate.from_iso(t) for t in ("2023", "2023-01", "2023-01-01"))
    assert year < month < day
    assert sorted([day, year, month]) == [year, month, day]
    assert day > year
    assert year != month


def test_ordering_follows_the_calendar() -> None:
    """Dates order by the earliest day they denote: 2023-01-31 < 2023-02 < 2024."""
    a, b, c = (PartialDate.from_iso(t) for t in ("2023-01-31", "2023-02", "2024"))
    assert a < b < c
    assert not c < a


@given(partial_dates(), partial_dates())
def test_ordering_is_consistent_with_first_day(a: PartialDate, b: PartialDate) -> None:
    """``a < b`` implies a's first day is not after b's; exactly one of <, ==, > holds."""
    if a < b:
        assert a.first_day() <= b.first_day()
    assert [a < b, a == b, a > b].count(True) == 1


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-06-19", dt.date(2023, 6, 19), dt.date(2023, 6, 19)),
    ],
)
def test_first_and_last_day(text: str, first: dt.date, last: dt.date) -> None:
    """A partial date denotes every day from ``first_day()`` to ``last_day()``."""
    date = PartialDate.from_iso(text)
    assert (date.first_day(), date.last_day()) == (first, last)


def test_from_date_has_day_precision() -> None:
    """``from_date`` turns a datetime.date into a day-precision value."""
    date = PartialDate.from_date(dt.date(2023, 6, 19))
    assert date.iso() == "2023-06-19"
    assert date.precision is Precision.DAY


def test_date_value_unresolved_has_no_date() -> None:
    """An UNRESOLVED DateValue carries no date; any other resolution needs one."""
    assert DateValue(date=None, resolution=DateResolution.UNRESOLVED).date is None
    with pytest.raises(ValueError, match="unresolved"):
        DateValue(date=None, resolution=DateResolution.STATED)
    with pytest.raises(ValueError, match="unresolved"):
        DateValue(date=PartialDate(year=2023), resolution=DateResolution.UNRESOLVED)
