"""Publication date and dateline read from an article's head when no ``published=`` is given."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import geopol
from geopol.model import DateResolution, Extraction, PartialDate


def _span_text(text: str, start: int, end: int) -> str:
    return text[start:end]


def _published_iso(e: Extraction) -> str | None:
    if e.published is None or e.published.date is None:
        return None
    return e.published.date.iso()


def test_xinhua_dateline_gives_city_state_and_agency() -> None:
    """'MINSK, June 20 (Xinhua) --' is a dateline: city Minsk in BLR, agency Xinhua, evidence spans."""
    text = "MINSK, June 20 (Xinhua) -- Foreign ministers of the bloc gathered here to discuss the border."
    e = geopol.parse(text)
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert (e.dateline.place.city, e.dateline.place.country) == ("Minsk", "BLR")
    assert e.dateline.source == "Xinhua"
    assert e.dateline.place.evidence is not None
    city_span = e.dateline.place.evidence.spans[0]
    assert _span_text(text, city_span.start, city_span.end) == "MINSK"


def test_dateline_without_year_and_without_published_leaves_dates_open() -> None:
    """A year-less dateline date cannot be resolved alone: no published date, no dateline date."""
    text = "MINSK, June 20 (Xinhua) -- Foreign ministers of the bloc gathered here on Tuesday."
    e = geopol.parse(text)
    assert e.published is None
    assert e.dateline is not None
    assert e.dateline.date is None


def test_dateline_date_takes_its_year_from_a_given_published_date() -> None:
    """With ``published=`` the year-less dateline 'June 20' resolves to that year, marked as such."""
    text = "MINSK, June 20 (Xinhua) -- Foreign ministers of the bloc gathered here on Tuesday."
    e = geopol.parse(text, published="2023-06-21")
    assert e.dateline is not None
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2023, month=6, day=20)
    assert e.dateline.date.resolution is DateResolution.YEAR_FROM_PUBLISHED


def test_dotted_dateline_gives_published_date_and_agency() -> None:
    """'DUSHANBE, 20.05.2021 (NIAT Khovar) -': published 2021-05-20 (stated), city Dushanbe in TJK."""
    text = (
        "DUSHANBE, 20.05.2021 (NIAT Khovar) - The Tajik side hosted a working meeting of "
        "border officials from neighbouring countries."
    )
    e = geopol.parse(text)
    assert _published_iso(e) == "2021-05-20"
    assert e.published is not None
    assert e.published.resolution is DateResolution.STATED
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert (e.dateline.place.city, e.dateline.place.country) == ("Dushanbe", "TJK")
    assert e.dateline.source == "NIAT Khovar"
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2021, month=5, day=20)
    assert e.dateline.date.resolution is DateResolution.DATELINE


def test_dateline_with_city_and_country() -> None:
    """'BAKU, Azerbaijan, October 16.' is a dateline: city Baku, state AZE, no agency."""
    text = "BAKU, Azerbaijan, October 16. A delegation of senior diplomats arrived for two days of talks."
    e = geopol.parse(text)
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert (e.dateline.place.city, e.dateline.place.country) == ("Baku", "AZE")
    assert e.dateline.source is None


def test_city_and_country_dateline_resolves_its_date_against_published() -> None:
    """The 'October 16' of a 'BAKU, Azerbaijan, October 16.' dateline takes the given year."""
    text = "BAKU, Azerbaijan, October 16. A delegation of senior diplomats arrived for two days of talks."
    e = geopol.parse(text, published="2023-10-17")
    assert e.dateline is not None
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2023, month=10, day=16)


def test_time_and_dotted_date_stamp_gives_published() -> None:
    """A '16:33 27.06.2024' stamp at the head is the publication date 2024-06-27 (stated)."""
    text = "16:33 27.06.2024\n\nForeign ministers of the SCO member states gathered in Astana for talks."
    e = geopol.parse(text)
    assert _published_iso(e) == "2024-06-27"
    assert e.published is not None
    assert e.published.resolution is DateResolution.STATED
    assert e.published.evidence is not None
    assert e.published.evidence.rule == "timestamp"
    span = e.published.evidence.spans[0]
    assert _span_text(text, span.start, span.end) == "27.06.2024"


def test_leading_date_line_gives_published() -> None:
    """A leading 'date 2021-09-15' line is the publication date, with a span on the ISO text."""
    text = "date 2021-09-15\nThe foreign ministers discussed the situation in Afghanistan by video link."
    e = geopol.parse(text)
    assert _published_iso(e) == "2021-09-15"
    assert e.published is not None
    assert e.published.evidence is not None
    assert e.published.evidence.rule == "date_line"
    span = e.published.evidence.spans[0]
    assert _span_text(text, span.start, span.end) == "2021-09-15"


def test_date_line_wins_over_a_date_in_the_body() -> None:
    """The 'date' line is read first: a full date later in the head does not replace it."""
    text = "date 2021-09-15\nThe ministers recalled the meeting held on June 3, 2021, in Dushanbe."
    e = geopol.parse(text)
    assert _published_iso(e) == "2021-09-15"


def test_date_line_before_a_dateline_keeps_both() -> None:
    """A 'date' line followed by a 'MINSK, September 15 (Xinhua) --' dateline yields both facts."""
    text = "date 2021-09-15\nMINSK, September 15 (Xinhua) -- Ministers met here to sign a transit accord."
    e = geopol.parse(text)
    assert _published_iso(e) == "2021-09-15"
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert e.dateline.place.country == "BLR"
    assert e.dateline.source == "Xinhua"
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2021, month=9, day=15)


def test_ians_dateline_with_separator() -> None:
    """'Kuala Lumpur, Oct 26 (IANS) --': a two-word city in MYS, agency IANS, date from published."""
    text = "Kuala Lumpur, Oct 26 (IANS) -- Malaysia will host the ASEAN summit this week, officials said."
    e = geopol.parse(text, published="2025-10-26")
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert (e.dateline.place.city, e.dateline.place.country) == ("Kuala Lumpur", "MYS")
    assert e.dateline.source == "IANS"
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2025, month=10, day=26)


def test_ians_dateline_without_separator() -> None:
    """'Kuala Lumpur, Oct 26 (IANS) Malaysia ...' (the usual IANS form) is a dateline too."""
    text = "Kuala Lumpur, Oct 26 (IANS) Malaysia will host the ASEAN summit this week, officials said."
    e = geopol.parse(text, published="2025-10-26")
    assert e.dateline is not None
    assert e.dateline.place is not None
    assert (e.dateline.place.city, e.dateline.place.country) == ("Kuala Lumpur", "MYS")
    assert e.dateline.source == "IANS"


def test_abbreviated_month_dateline_keeps_date_and_agency() -> None:
    """'MINSK, Oct. 14 (Xinhua) --' (the module's own example) gives date Oct 14 and agency Xinhua."""
    text = "MINSK, Oct. 14 (Xinhua) -- Defence ministers of the bloc met here to review joint exercises."
    e = geopol.parse(text, published="2022-10-15")
    assert e.dateline is not None
    assert e.dateline.source == "Xinhua"
    assert e.dateline.date is not None
    assert e.dateline.date.date == PartialDate(year=2022, month=10, day=14)


@pytest.mark.parametrize(
    "published",
    [
        "2021-09-20",
        dt.date(2021, 9, 20),
        dt.datetime(2021, 9, 20, 8, 30),
        PartialDate(year=2021, month=9, day=20),
    ],
)
def test_published_argument_wins_over_the_text(published: str | dt.date | PartialDate) -> None:
    """A ``published=`` argument (str, date, datetime or PartialDate) replaces the date line: 'given'."""
    text = "date 2021-09-15\nThe foreign ministers discussed the situation in Afghanistan by video link."
    e = geopol.parse(text, published=published)
    assert e.published is not None
    assert e.published.date == PartialDate(year=2021, month=9, day=20)
    assert e.published.resolution is DateResolution.GIVEN
    assert e.published.evidence is None


def test_published_argument_anchors_relative_dates_instead_of_the_date_line() -> None:
    """'yesterday' resolves against the given date, not against the article's own date line."""
    text = "date 2021-09-15\nThe foreign ministers met yesterday by video link."
    e = geopol.parse(text, published="2021-09-20")
    relative = [d for d in e.dates if d.resolution is DateResolution.RELATIVE]
    assert [d.date for d in relative] == [PartialDate(year=2021, month=9, day=19)]


def test_date_line_anchors_relative_dates_when_no_argument_is_given() -> None:
    """Without ``published=``, the date line read from the text anchors 'yesterday'."""
    text = "date 2021-09-15\nThe foreign ministers met yesterday by video link."
    e = geopol.parse(text)
    relative = [d for d in e.dates if d.resolution is DateResolution.RELATIVE]
    assert [d.date for d in relative] == [PartialDate(year=2021, month=9, day=14)]


def test_malformed_date_line_does_not_raise() -> None:
    """'date 2021-13-45' is no date: parsing succeeds and no publication date is invented."""
    text = "date 2021-13-45\nThe meeting of the foreign ministers took place behind closed doors."
    e = geopol.parse(text)
    assert e.published is None
    assert e.text_length == len(text)


def test_no_head_date_gives_no_published() -> None:
    """An article whose head has no date and no dateline has neither."""
    e = geopol.parse("The foreign ministers met behind closed doors to discuss trade and transit.")
    assert e.published is None
    assert e.dateline is None


@given(
    year=st.integers(min_value=0, max_value=9999),
    month=st.integers(min_value=0, max_value=99),
    day=st.integers(min_value=0, max_value=99),
)
def test_any_date_line_numbers_never_raise(year: int, month: int, day: int) -> None:
    """Whatever digits a 'date' line or time stamp holds, parse() returns; a valid one is read as is."""
    stamp = f"{year:04d}-{month:02d}-{day:02d}"
    text = f"date {stamp}\n10:15 {day:02d}.{month:02d}.{year:04d}\nThe ministers met behind closed doors."
    e = geopol.parse(text)
    try:
        valid: PartialDate | None = PartialDate(year=year, month=month, day=day)
    except ValueError:
        valid = None
    if valid is not None:
        assert e.published is not None
        assert e.published.date == valid
    else:
        assert e.published is None
