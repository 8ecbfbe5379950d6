"""Date expressions found in text and resolved against a publication date, keeping precision."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.match.dates import DateMatch, ResolvedDate, find_dates, resolve
from geopol.model import DateResolution, PartialDate, Precision

STATED = DateResolution.STATED
FROM_PUBLISHED = DateResolution.YEAR_FROM_PUBLISHED
RELATIVE = DateResolution.RELATIVE
UNRESOLVED = DateResolution.UNRESOLVED
WEDNESDAY = dt.date(2023, 6, 21)  # a Wednesday


def _d(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def _one(text: str) -> DateMatch:
    matches = list(find_dates(text))
    assert len(matches) == 1, matches
    return matches[0]


def _resolve(text: str, published: dt.date | None, *, future: bool = False) -> ResolvedDate:
    return resolve(_one(text), published, future=future)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("The summit on June 19-20, 2023 ended.", "June 19-20, 2023", "2023-06-19", "2023-06-20"),
        ("held 19-20 June 2023 in Minsk", "19-20 June 2023", "2023-06-19", "2023-06-20"),
        ("from June 19 to 21, 2023", "June 19 to 21, 2023", "2023-06-19", "2023-06-21"),
        ("on 7 th July 2024", "7 th July 2024", "2024-07-07", None),
        ("on 3rd of December 2015", "3rd of December 2015", "2015-12-03", None),
        ("Signed 20.05.2021 in Dushanbe", "20.05.2021", "2021-05-20", None),
        ("Updated 2021-09-15.", "2021-09-15", "2021-09-15", None),
        ("on June 19, 2023", "June 19, 2023", "2023-06-19", None),
    ],
)
def test_absolute_dates_are_stated(text: str, surface: str, start: str, end: str | None) -> None:
    """Dates that name their year resolve the same with or without a publication date."""
    match = _one(text)
    assert match.text == surface
    assert text[match.start : match.end] == surface
    for published in (None, WEDNESDAY):
        resolved = resolve(match, published)
        assert resolved == ResolvedDate(_d(start), _d(end) if end else None, STATED)


def test_month_and_year_has_month_precision() -> None:
    """'April 2022' is a month, not a day."""
    resolved = _resolve("in April 2022", None)
    assert resolved == ResolvedDate(_d("2022-04"), None, STATED)
    assert resolved.start is not None
    assert resolved.start.precision is Precision.MONTH


def test_year_after_preposition_has_year_precision() -> None:
    """'in 2018' is the year 2018; the preposition is not part of the match."""
    text = "founded in 2018 by"
    match = _one(text)
    assert (match.kind, match.text, match.start, match.end) == ("year_only", "2018", 11, 15)
    resolved = resolve(match, None)
    assert resolved == ResolvedDate(_d("2018"), None, STATED)
    assert resolved.start is not None
    assert resolved.start.precision is Precision.YEAR


def test_bare_number_is_not_a_year() -> None:
    """A four-digit number without a preposition (a count, an amount) is not a date."""
    assert list(find_dates("They sent 2018 tonnes of aid.")) == []


def test_cross_month_range_takes_the_year_from_published() -> None:
    """'30 November - 1 December' without a year takes the publication year and says so."""
    match = _one("met on 30 November - 1 December in Astana")
    assert match.text == "30 November - 1 December"
    resolved = resolve(match, dt.date(2023, 12, 5))
    assert resolved == ResolvedDate(_d("2023-11-30"), _d("2023-12-01"), FROM_PUBLISHED)


def test_cross_year_range_ends_in_the_next_year() -> None:
    """A range from December into January ends in the year after it starts."""
    resolved = _resolve("from 30 December - 2 January", dt.date(2024, 1, 5))
    assert resolved == ResolvedDate(_d("2023-12-30"), _d("2024-01-02"), FROM_PUBLISHED)


def test_abbreviated_month_with_period() -> None:
    """'Oct. 14' is a day in October of the publication year."""
    match = _one("on Oct. 14 the ministers")
    assert match.text == "Oct. 14"
    assert resolve(match, dt.date(2023, 10, 20)) == ResolvedDate(_d("2023-10-14"), None, FROM_PUBLISHED)


@pytest.mark.parametrize(
    ("published", "expected"),
    [(dt.date(2023, 12, 5), "2023-12"), (WEDNESDAY, "2022-12")],
)
def test_month_alone_after_preposition(published: dt.date, expected: str) -> None:
    """'in December' is a month of the publication year, or the year before when that December is ahead."""
    match = _one("The talks in December failed.")
    assert match.text == "December"
    assert resolve(match, published) == ResolvedDate(_d(expected), None, FROM_PUBLISHED)


def test_month_alone_in_future_tense_is_the_coming_one() -> None:
    """With future=True, 'in December' seen in June is the December ahead, and 'in January' next year's."""
    assert _resolve("in December", WEDNESDAY, future=True) == ResolvedDate(
        _d("2023-12"), None, FROM_PUBLISHED
    )
    assert _resolve("in January", WEDNESDAY, future=True) == ResolvedDate(_d("2024-01"), None, FROM_PUBLISHED)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("yesterday", "2023-06-20"),
        ("today", "2023-06-21"),
        ("tomorrow", "2023-06-22"),
        ("Yesterday", "2023-06-20"),
    ],
)
def test_relative_days(word: str, expected: str) -> None:
    """yesterday/today/tomorrow are one day before, on and after the publication date."""
    assert _resolve(f"The ministers met {word}", WEDNESDAY) == ResolvedDate(_d(expected), None, RELATIVE)


def test_relative_day_crosses_the_year() -> None:
    """'yesterday' on New Year's Day is the last day of the previous year."""
    assert _resolve("yesterday", dt.date(2023, 1, 1)) == ResolvedDate(_d("2022-12-31"), None, RELATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Thursday", "2023-06-15"),
        ("They met on Wednesday", "2023-06-21"),
        ("They met on Tuesday", "2023-06-20"),
        ("They met last Wednesday", "2023-06-14"),
    ],
)
def test_weekday_in_past_tense_is_on_or_before_published(text: str, expected: str) -> None:
    """A weekday is the most recent such day on or before publication ('last' excludes the day itself)."""
    match = _one(text)
    assert "on" not in match.text
    assert resolve(match, WEDNESDAY) == ResolvedDate(_d(expected), None, RELATIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will meet on Thursday", "2023-06-22"),
        ("They will meet on Wednesday", "2023-06-21"),
        ("They will meet next Wednesday", "2023-06-28"),
        ("They will meet next Monday", "2023-06-26"),
    ],
)
def test_weekday_in_future_tense_is_on_or_after_published(text: str, expected: str) -> None:
    """With future=True a weekday is the next such day on or after publication ('next' excludes the day)."""
    assert _resolve(text, WEDNESDAY, future=True) == ResolvedDate(_d(expected), None, RELATIVE)


def test_weekday_range() -> None:
    """'on Saturday and Sunday' is a two-day range ending before a Wednesday publication."""
    match = _one("talks on Saturday and Sunday")
    assert match.text == "Saturday and Sunday"
    assert resolve(match, WEDNESDAY) == ResolvedDate(_d("2023-06-17"), _d("2023-06-18"), RELATIVE)


@pytest.mark.parametrize(
    ("published", "monday", "sunday"),
    [
        (WEDNESDAY, "2023-06-26", "2023-07-02"),
        (dt.date(2023, 6, 26), "2023-07-03", "2023-07-09"),  # a Monday
        (dt.date(2023, 7, 2), "2023-07-03", "2023-07-09"),  # a Sunday
        (dt.date(2023, 12, 28), "2024-01-01", "2024-01-07"),
    ],
)
def test_next_week_is_monday_to_sunday(published: dt.date, monday: str, sunday: str) -> None:
    """'next week' is the Monday-to-Sunday range of the week after the publication date's week."""
    resolved = _resolve("next week", published)
    assert resolved == ResolvedDate(_d(monday), _d(sunday), RELATIVE)
    assert resolved.start is not None
    assert resolved.start.first_day().weekday() == 0


def test_last_week_is_the_previous_monday_to_sunday() -> None:
    """'last week' is the Monday-to-Sunday range before the publication date's week."""
    assert _resolve("last week", WEDNESDAY) == ResolvedDate(_d("2023-06-12"), _d("2023-06-18"), RELATIVE)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("last month", WEDNESDAY, "2023-05"),
        ("last month", dt.date(2023, 1, 10), "2022-12"),
        ("next month", dt.date(2023, 12, 10), "2024-01"),
        ("this year", WEDNESDAY, "2023"),
        ("last year", WEDNESDAY, "2022"),
    ],
)
def test_relative_month_and_year(text: str, published: dt.date, expected: str) -> None:
    """'last month' / 'next month' / 'this year' keep month or year precision and cross year ends."""
    assert _resolve(text, published) == ResolvedDate(_d(expected), None, RELATIVE)


def test_yearless_date_far_ahead_in_past_tense_moves_to_previous_year() -> None:
    """A year-less day more than 30 days after publication (past tense) is in the previous year."""
    assert _resolve("on Oct. 14", WEDNESDAY) == ResolvedDate(_d("2022-10-14"), None, FROM_PUBLISHED)
    assert _resolve("on July 15", WEDNESDAY) == ResolvedDate(_d("2023-07-15"), None, FROM_PUBLISHED)


def test_future_moves_an_early_date_to_the_next_year() -> None:
    """With future=True a year-less day more than 30 days before publication is in the next year."""
    assert _resolve("on January 10", WEDNESDAY, future=True) == ResolvedDate(
        _d("2024-01-10"), None, FROM_PUBLISHED
    )
    assert _resolve("on June 10", WEDNESDAY, future=True) == ResolvedDate(
        _d("2023-06-10"), None, FROM_PUBLISHED
    )


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "today",
        "tomorrow",
        "on Thursday",
        "on Saturday and Sunday",
        "next week",
        "last month",
        "this year",
        "Oct. 14",
        "12 June",
        "30 November - 1 December",
        "in December",
    ],
)
def test_without_published_relative_and_yearless_dates_are_unresolved(text: str) -> None:
    """Without a publication date nothing is guessed: the result is UNRESOLVED with no start or end."""
    assert _resolve(text, None) == ResolvedDate(None, None, UNRESOLVED)
    assert _resolve(text, None, future=True) == ResolvedDate(None, None, UNRESOLVED)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("31.02.2021", WEDNESDAY),
        ("2021-02-31", WEDNESDAY),
        ("February 30", WEDNESDAY),
        ("November 31, 2021", None),
        ("February 29", dt.date(2023, 3, 1)),
    ],
)
def test_impossible_dates_are_unresolved(text: str, published: dt.date | None) -> None:
    """A date that does not exist resolves to UNRESOLVED instead of raising."""
    assert _resolve(text, published) == ResolvedDate(None, None, UNRESOLVED)


@pytest.mark.parametrize(
    ("text", "published", "future"),
    [
        ("yesterday", dt.date(1, 1, 1), False),
        ("last year", dt.date(1, 6, 1), False),
        ("last month", dt.date(1, 1, 15), False),
        ("tomorrow", dt.date(9999, 12, 31), True),
        ("next week", dt.date(9999, 12, 31), True),
        ("next month", dt.date(9999, 12, 31), True),
        ("next year", dt.date(9999, 6, 1), True),
    ],
)
def test_dates_outside_the_calendar_are_unresolved(text: str, published: dt.date, future: bool) -> None:
    """A relative date that would fall before year 1 or after 9999 is UNRESOLVED, not an overflow."""
    assert _resolve(text, published, future=future) == ResolvedDate(None, None, UNRESOLVED)


def test_matches_are_left_to_right_with_offsets() -> None:
    """Several dates in one text come out in order, each with the offsets of its surface."""
    text = "On June 19, 2023 and again yesterday, and in 2018."
    matches = list(find_dates(text))
    assert [(m.kind, m.text) for m in matches] == [
        ("md", "June 19, 2023"),
        ("relday", "yesterday"),
        ("year_only", "2018"),
    ]
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_month_names_inside_words_are_not_dates() -> None:
    """'Mayor' and 'Marching' are not months, and 'Junes 5' is not a date."""
    assert list(find_dates("The Mayor was Marching in Junes 5 times")) == []


FRAGMENTS = [
    "June ",
    "19",
    "-",
    "20",
    ", ",
    "2023",
    " ",
    "Oct.",
    " 14",
    "in ",
    "December",
    "30 ",
    "November",
    " - ",
    "1 ",
    "yesterday",
    "on ",
    "Thursday",
    " and ",
    "Sunday",
    "next ",
    "week",
    "last ",
    "month",
    "31.02.",
    "2021",
    "20.05.",
    "2021-09-15",
    "7 th ",
    "July",
    "of ",
    "\n",
    "–",
    "Mr.",
]
date_texts = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join))
published_dates = st.none() | st.dates()  # the whole calendar, edges included


@given(date_texts)
def test_find_dates_never_raises_and_surfaces_are_exact(text: str) -> None:
    """On any text, matches are ordered, disjoint, inside the text, and text[start:end] is their text."""
    matches = list(find_dates(text))
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
    for a, b in itertools.pairwise(matches):
        assert a.end <= b.start


@given(date_texts, published_dates, st.booleans())
def test_resolve_never_raises_and_is_consistent(text: str, published: dt.date | None, future: bool) -> None:
    """Every match resolves without raising; start is None exactly when UNRESOLVED; ranges run forwards."""
    for m in find_dates(text):
        r = resolve(m, published, future=future)
        assert (r.start is None) == (r.resolution is UNRESOLVED)
        if r.end is not None:
            assert r.start is not None
            assert r.start.first_day() <= r.end.first_day()
        if published is None:
            assert r.resolution in (STATED, UNRESOLVED)
