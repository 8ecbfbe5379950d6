"""Cross-field invariants of facts, entities and the Extraction that holds them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geopol.model import (
    SCHEMA_VERSION,
    DateResolution,
    DateValue,
    Extraction,
    Meeting,
    MeetingLevel,
    MeetingStatus,
    MemberList,
    Membership,
    MembershipStatus,
    Mention,
    PartialDate,
    Person,
    Place,
    Quote,
    Span,
    Statement,
    StateMention,
    StatementKind,
)


def _day(text: str) -> DateValue:
    return DateValue(date=PartialDate.from_iso(text), resolution=DateResolution.STATED)


def _meeting(start: str | None = None, end: str | None = None) -> Meeting:
    return Meeting(
        organization="CSTO",
        level=MeetingLevel.FOREIGN_MINISTERS,
        status=MeetingStatus.HELD,
        start=_day(start) if start else None,
        end=_day(end) if end else None,
    )


def test_meeting_end_before_start_raises() -> None:
    """A meeting cannot end on a day before it starts."""
    with pytest.raises(ValueError, match="before it starts"):
        _meeting("2023-06-20", "2023-06-19")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2023-06-19", "2023-06-20"),
        ("2023-06-19", "2023-06-19"),
        ("2023-06-19", "2023-06"),  # ends some day in June
        ("2023", "2023-01"),
    ],
)
def test_meeting_dates_that_overlap_are_accepted(start: str, end: str) -> None:
    """An end is fine when some day it denotes is on or after the start's first day."""
    meeting = _meeting(start, end)
    assert meeting.end is not None
    assert meeting.end.date == PartialDate.from_iso(end)


def test_meeting_ordinal_starts_at_one() -> None:
    """An ordinal ("the 30th session") is 1 or more."""
    with pytest.raises(ValueError, match=">= 1"):
        Meeting(organization="AU", level=MeetingLevel.OTHER, status=MeetingStatus.HELD, ordinal=0)


def test_membership_end_before_start_raises() -> None:
    """A membership cannot end before it starts."""
    with pytest.raises(ValueError, match="before it starts"):
        Membership(
            organization="CSTO",
            state="ARM",
            status=MembershipStatus.MEMBER,
            start=PartialDate.from_iso("2024"),
            end=PartialDate.from_iso("2023-12"),
        )


def test_open_membership_is_accepted() -> None:
    """A membership with a start and no end is an open interval."""
    m = Membership(
        organization="CSTO", state="ARM", status=MembershipStatus.MEMBER, start=PartialDate(year=2002)
    )
    assert m.end is None


@pytest.mark.parametrize(
    "build",
    [
        lambda: StateMention(alpha3="XXX", name="Nowhere"),
        lambda: StateMention(alpha3="rus", name="Russia"),
        lambda: Membership(organization="CSTO", state="RU", status=MembershipStatus.MEMBER),
        lambda: Place(city="Minsk", country="BY"),
        lambda: Person(name="Sergei Lavrov", country="RUSSIA"),
        lambda: MemberList(organization="CSTO", states=("RUS", "ZZZ")),
        lambda: MemberList(organization="CSTO", states=(), omitted=("QQQ",)),
    ],
    ids=["unknown", "lower-case", "alpha-2", "place alpha-2", "name", "member list", "omitted"],
)
def test_invalid_alpha3_raises(build: Callable[[], object]) -> None:
    """Every code field rejects a string that is not an ISO 3166 alpha-3 code."""
    with pytest.raises(ValueError, match="alpha-3"):
        build()


def test_historic_alpha3_is_accepted() -> None:
    """Codes of former states (ISO 3166-3, e.g. SUN) are valid in member lists."""
    assert MemberList(organization="CSTO", states=("SUN", "RUS")).states == ("SUN", "RUS")


def test_schema_version_mismatch_raises() -> None:
    """An Extraction only accepts the schema_version this geopol writes."""
    assert Extraction().schema_version == SCHEMA_VERSION
    with pytest.raises(ValueError, match="schema_version"):
        Extraction(schema_version=SCHEMA_VERSION + 1)


def test_negative_text_length_raises() -> None:
    """The text length is a count of characters, never negative."""
    with pytest.raises(ValueError, match=">= 0"):
        Extraction(text_length=-1)


def test_span_beyond_text_length_raises() -> None:
    """A span anywhere in the extraction (here inside a statement's quote) must end within the text."""
    quote = Quote(text="We reaffirm", span=Span(start=90, end=101))
    statement = Statement(organization="CSTO", kind=StatementKind.DECLARATION, quotes=(quote,))
    with pytest.raises(ValueError, match="beyond the text"):
        Extraction(text_length=100, statements=(statement,))


def test_span_ending_at_text_length_is_accepted() -> None:
    """A span may end exactly at the end of the text (half-open ranges)."""
    mention = Mention(text="Belarus", span=Span(start=3, end=10))
    state = StateMention(alpha3="BLR", name="Belarus", mentions=[mention])
    extraction = Extraction(text_length=10, states=[state])
    assert list(extraction.spans()) == [Span(start=3, end=10)]
    assert isinstance(extraction.states, tuple)


def test_statement_meeting_index_out_of_range_raises() -> None:
    """A statement's ``meeting`` index must point at one of the extraction's meetings."""
    statement = Statement(organization="CSTO", kind=StatementKind.JOINT_STATEMENT, meeting=1)
    with pytest.raises(ValueError, match="meeting 1"):
        Extraction(meetings=(_meeting(),), statements=(statement,))
    ok = Extraction(meetings=(_meeting(), _meeting()), statements=(statement,))
    assert ok.statements[0].meeting == 1


def test_statement_meeting_index_is_not_negative() -> None:
    """Meeting indexes count from 0."""
    with pytest.raises(ValueError, match=">= 0"):
        Statement(organization="CSTO", kind=StatementKind.OTHER, meeting=-1)


def test_mention_text_must_match_its_span_length() -> None:
    """A mention's text is exactly as long as its span."""
    assert Mention(text="CSTO", span=Span(start=10, end=14)).text == "CSTO"
    with pytest.raises(ValueError, match="span"):
        Mention(text="CSTO", span=Span(start=10, end=13))


@pytest.mark.parametrize(
    "build",
    [
        lambda: Meeting(organization="", level=MeetingLevel.OTHER, status=MeetingStatus.HELD),
        lambda: Person(name=""),
        lambda: Membership(organization="", state="RUS", status=MembershipStatus.MEMBER),
    ],
    ids=["meeting organization", "person name", "membership organization"],
)
def test_required_names_are_not_empty(build: Callable[[], object]) -> None:
    """Organization references and person names may not be empty strings."""
    with pytest.raises(ValueError, match=r"[Ll]ength"):
        build()
