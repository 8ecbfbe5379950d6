"""Properties of geopol.parse on arbitrary text: total, exact spans, deterministic, round-trippable."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import geopol
from geopol.errors import GeopolError, InvalidDateError
from geopol.model import DateResolution, DateValue, Extraction, Mention, PartialDate, Quote
from geopol.schema import shipped_schema

FRAGMENTS = [
    "CSTO",
    "the Collective Security Treaty Organization",
    "SCO",
    "U.N.",
    "United Nations",
    "President ",
    "Foreign Minister ",
    "Sergei Lavrov",
    "Kassym-Jomart Tokayev",
    "S. Jaishankar",
    "Mr. ",
    "“We ",
    "reaffirm our support",
    "”",
    '"',
    "'",
    "’s",
    " said",
    " said.",
    ", the statement read.",
    "June 19-20",
    ", 2023",
    "30 November - 1 December",
    "Oct. 14",
    "yesterday",
    " on Thursday",
    "next week",
    "in 2018",
    "Bishkek",
    "Almaty",
    "Kazakhstan",
    "Russia",
    "Belarus, Armenia and Tajikistan",
    "MINSK, June 20 (Xinhua) -- ",
    "date 2023-06-21\n",
    " met in ",
    " held a meeting of foreign ministers",
    " summit",
    " member states are ",
    " made up of ",
    " Regional Center in ",
    " — ",
    " – ",
    "-",
    "(",
    ")",
    ", ",
    ". ",
    " ",
    "\n",
    "\n\n",
    "\u00ad",
    "\u200b",
    "\u00a0",
]
diplomacy_texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_texts = st.one_of(st.text(max_size=200), diplomacy_texts)
published_values = st.one_of(
    st.none(),
    st.dates(),  # the whole calendar: dates near year 1 or 9999 must not overflow
    st.dates().map(dt.date.isoformat),
)
VALIDATOR = Draft202012Validator(shipped_schema())
ARTICLE = (
    "MINSK, June 20 (Xinhua) -- Foreign ministers of the Collective Security Treaty Organization (CSTO) "
    "met in Bishkek on Thursday.\n“We reaffirm our support for the United Nations,” the statement read.\n"
    "The CSTO is made up of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan."
)


def _walk(value: object) -> Iterator[object]:
    """Every attrs instance reachable from ``value`` (through attrs fields and tuples)."""
    if isinstance(value, tuple):
        for item in value:
            yield from _walk(item)
    elif attrs.has(cls := type(value)):
        yield value
        for field in attrs.fields(cls):
            yield from _walk(getattr(value, field.name))


@settings(deadline=None)
@given(any_texts, published_values)
def test_parse_never_raises_and_spans_lie_within_the_text(text: str, published: object) -> None:
    """Any str gives an Extraction whose every span lies inside the text."""
    x = geopol.parse(text, published=published)  # type: ignore[arg-type]
    assert isinstance(x, Extraction)
    assert x.text_length == len(text)
    for span in x.spans():
        assert 0 <= span.start <= span.end <= len(text)


@settings(deadline=None)
@given(any_texts, published_values)
def test_mentions_and_quotes_are_their_surface(text: str, published: object) -> None:
    """Every Mention's and Quote's text is exactly text[span.start:span.end] of the original text."""
    x = geopol.parse(text, published=published)  # type: ignore[arg-type]
    for item in _walk(x):
        if isinstance(item, (Mention, Quote)):
            assert item.text == text[item.span.start : item.span.end]


@settings(deadline=None)
@given(any_texts, published_values)
def test_parse_is_deterministic(text: str, published: object) -> None:
    """The same input gives an equal Extraction every time."""
    first = geopol.parse(text, published=published)  # type: ignore[arg-type]
    again = geopol.parse(text, published=published)  # type: ignore[arg-type]
    assert first == again
    assert geopol.dumps(first) == geopol.dumps(again)


@settings(deadline=None)
@given(any_texts, published_values)
def test_dumps_round_trips_and_matches_the_shipped_schema(text: str, published: object) -> None:
    """loads(dumps(x)) == x, and the dumped document validates against the shipped JSON Schema."""
    x = geopol.parse(text, published=published)  # type: ignore[arg-type]
    dumped = geopol.dumps(x)
    assert geopol.loads(dumped) == x
    errors = [e.message for e in VALIDATOR.iter_errors(json.loads(dumped))]
    assert errors == []


def test_a_real_article_yields_facts() -> None:
    """A fixed article gives the CSTO, a quote and spans (so the properties above are not vacuous)."""
    x = geopol.parse(ARTICLE, published="2023-06-22")
    assert "CSTO" in {o.id for o in x.organizations}
    assert [q.text for q in x.quotes] == ["We reaffirm our support for the United Nations"]
    assert any(True for _ in x.spans())
    assert geopol.loads(geopol.dumps(x)) == x
    assert list(VALIDATOR.iter_errors(json.loads(geopol.dumps(x)))) == []


@pytest.mark.parametrize("value", [b"The CSTO met.", None, 42, ["text"]])
def test_parse_rejects_non_str_with_type_error(value: object) -> None:
    """Anything but a str raises TypeError that says a str was expected."""
    with pytest.raises(TypeError, match=r"\bstr\b"):
        geopol.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2023, 6, 21),
        dt.datetime(2023, 6, 21, 9, 30),
        "2023-06-21",
        " 2023-06-21 ",
        "2023-06-21T09:30:00",
    ],
)
def test_published_accepts_a_date_or_iso_text(published: object) -> None:
    """published= takes a date, a datetime or ISO text, and the result records it as given."""
    x = geopol.parse("The ministers met yesterday.", published=published)  # type: ignore[arg-type]
    assert x.published == DateValue(date=PartialDate.from_iso("2023-06-21"), resolution=DateResolution.GIVEN)


def test_published_none_leaves_relative_dates_unresolved() -> None:
    """Without published (and no date in the text) 'yesterday' is not guessed."""
    x = geopol.parse("The ministers met yesterday.", published=None)
    assert x.published is None
    assert all(d.resolution is DateResolution.UNRESOLVED for d in x.dates)


def test_published_resolves_relative_dates() -> None:
    """With published given, 'yesterday' resolves to the day before."""
    x = geopol.parse("The ministers met yesterday.", published=dt.date(2023, 6, 21))
    assert [d.date for d in x.dates] == [PartialDate.from_iso("2023-06-20")]


@pytest.mark.parametrize("bad", ["yesterday", "21/06/2023", "", "2023-13-01", "2023-02-30", "June 21, 2023"])
def test_bad_published_string_raises_invalid_date_error(bad: str) -> None:
    """A published string that is not an ISO date raises InvalidDateError, a GeopolError and a ValueError."""
    with pytest.raises(InvalidDateError) as info:
        geopol.parse("The ministers met.", published=bad)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeopolError)


@pytest.mark.parametrize(
    "text",
    ["date 0001-01-01\nThe CSTO met yesterday.", "date 9999-12-31\nThe CSTO will meet tomorrow."],
)
def test_parse_is_total_for_a_date_line_at_the_calendar_edge(text: str) -> None:
    """parse() is total on str: a stated date at year 1 or 9999 must not crash relative resolution."""
    assert isinstance(geopol.parse(text), Extraction)


@pytest.mark.parametrize(
    ("published", "text"),
    [(dt.date(1, 1, 1), "They met yesterday."), (dt.date(9999, 12, 31), "They will meet next year.")],
)
def test_published_at_the_calendar_edge_does_not_crash(published: dt.date, text: str) -> None:
    """An extreme but valid published date gives an Extraction or an InvalidDateError, not an overflow."""
    try:
        x = geopol.parse(text, published=published)
    except InvalidDateError:
        return
    assert isinstance(x, Extraction)
