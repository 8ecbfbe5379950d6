"""Dated membership queries on the fixture data: intervals, suspensions, withdrawals, date forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geopol.errors import GeopolError, UnknownOrganizationError
from geopol.kb import InvalidDateError, KnowledgeBase, UnknownStateError
from geopol.model import MembershipStatus, PartialDate

FIXTURES = Path(__file__).parent / "fixtures"
SIX = frozenset({"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"})


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_directory(FIXTURES)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("1994-04-19", frozenset()),  # the day before the start
        ("1994-04-20", SIX | {"UZB"}),  # start day counts
        ("1999-04-01", SIX | {"UZB"}),  # last day before the end
        ("1999-04-02", SIX),  # end is exclusive: the day it stopped
        ("2006-08-16", SIX | {"UZB"}),  # rejoined
        ("2012-12-20", SIX),  # left again
        ("2024-02-22", SIX),
        ("2024-02-23", SIX - {"ARM"}),  # suspended row overlays the member row
    ],
)
def test_members_on_a_day(kb: KnowledgeBase, on: str, expected: frozenset[str]) -> None:
    """members(): start inclusive, end exclusive, suspended states left out."""
    assert kb.members("CSTO", on=on) == expected


def test_partial_query_dates_mean_their_first_day(kb: KnowledgeBase) -> None:
    """ "1999" and "1999-04" stand for 1999-01-01 and 1999-04-01 (UZB still a member on both)."""
    assert "UZB" in kb.members("CSTO", on="1999")
    assert "UZB" in kb.members("CSTO", on="1999-04")
    assert kb.members("CSTO", on=PartialDate(year=2013)) == kb.members("CSTO", on=dt.date(2013, 1, 1))
    assert kb.members("CSTO", on=dt.datetime(2013, 1, 1, 12, 0)) == SIX


def test_suspension_ends(kb: KnowledgeBase) -> None:
    """A suspension with an end date stops excluding the state on that day."""
    assert "SYR" not in kb.members("Arab League", on="2015-01-01")
    assert "SYR" not in kb.members("LAS", on="2023-05-06")
    assert "SYR" in kb.members("LAS", on="2023-05-07")


def test_empty_start_means_since_founding(kb: KnowledgeBase) -> None:
    """A member row without a start counts on any date (before its end)."""
    assert kb.members("AU", on="1900") == {"CIV"}


def test_members_default_is_today(kb: KnowledgeBase) -> None:
    """Without ``on`` the answer is for today."""
    assert kb.members("CSTO") == kb.members("CSTO", on=dt.date.today())


def test_observers_are_not_members(kb: KnowledgeBase) -> None:
    """Observer rows never count as members."""
    assert "SRB" not in kb.members("CSTO", on="2020")


def test_unknown_organization_suggests_names(kb: KnowledgeBase) -> None:
    """An unknown organization raises UnknownOrganizationError (a LookupError) with close names."""
    with pytest.raises(UnknownOrganizationError, match=r"'CTSO'.*did you mean Collective Security Treaty"):
        kb.members("CTSO")
    assert issubclass(UnknownOrganizationError, LookupError)


@pytest.mark.parametrize("on", ["2008-13-01", "yesterday", "08/01/2008", "2008-1-1", ""])
def test_bad_dates_raise_a_geopol_value_error(kb: KnowledgeBase, on: str) -> None:
    """Bad date text raises InvalidDateError, both a GeopolError and a ValueError."""
    with pytest.raises(InvalidDateError, match="invalid date") as info:
        kb.members("CSTO", on=on)
    assert isinstance(info.value, GeopolError)
    assert isinstance(info.value, ValueError)


def test_bad_date_type(kb: KnowledgeBase) -> None:
    """A value of the wrong type raises InvalidDateError too."""
    with pytest.raises(InvalidDateError, match="int"):
        kb.members("CSTO", on=2008)  # type: ignore[arg-type]


def test_memberships_all_rows_and_dated(kb: KnowledgeBase) -> None:
    """memberships(): every row of the state; with ``on`` only those in force, any status."""
    rows = kb.memberships("Armenia")
    assert [(r.organization, r.status) for r in rows] == [
        ("CSTO", MembershipStatus.MEMBER),
        ("CSTO", MembershipStatus.SUSPENDED),
        ("UN", MembershipStatus.MEMBER),
    ]
    assert [r.organization for r in kb.memberships("ARM", on="2000")] == ["CSTO", "UN"]
    assert len(kb.memberships("Uzbek", on="2000")) == 0
    assert kb.memberships("Serbia", on="2020")[0].status is MembershipStatus.OBSERVER
    assert kb.memberships("Georgia") == ()


def test_memberships_unknown_state(kb: KnowledgeBase) -> None:
    """An unknown state raises UnknownStateError (a GeopolError and LookupError)."""
    with pytest.raises(UnknownStateError, match="Narnia"):
        kb.memberships("Narnia")
    assert issubclass(UnknownStateError, GeopolError)
    assert issubclass(UnknownStateError, LookupError)


def test_has_membership_data(kb: KnowledgeBase) -> None:
    """has_membership_data() tells "no rows in the data" apart from "no members on that day"."""
    assert kb.has_membership_data("CSTO")
    assert kb.members("OIC", on="2020") == frozenset()
    assert not kb.has_membership_data("OIC")
    with pytest.raises(UnknownOrganizationError):
        kb.has_membership_data("Nowhere Pact")
