"""The knowledge base: canonical states, organizations and places, and dated memberships.

Nothing is read at import time: the bundled data files load on the first
query and stay cached for the process. The functions below use
:meth:`KnowledgeBase.default`::

    >>> from geopol import kb
    >>> kb.organization("U.N.").acronym
    'UN'
    >>> kb.country("Ivory Coast").alpha3
    'CIV'
    >>> sorted(kb.members("CSTO", on="2008-01-01"))
    ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']
"""

from __future__ import annotations

from geopol.kb.base import KnowledgeBase
from geopol.kb.exceptions import InvalidDateError, UnknownStateError
from geopol.kb.records import (
    Center,
    FormerName,
    Organization,
    OrganRef,
    OrgForm,
    PlaceKind,
    PlaceRecord,
    State,
    StateForm,
)
from geopol.kb.validity import DateLike
from geopol.model import Membership

__all__ = [
    "Center",
    "DateLike",
    "FormerName",
    "InvalidDateError",
    "KnowledgeBase",
    "OrgForm",
    "OrganRef",
    "Organization",
    "PlaceKind",
    "PlaceRecord",
    "State",
    "StateForm",
    "UnknownStateError",
    "country",
    "members",
    "memberships",
    "organization",
    "place",
]


def organization(name: str) -> Organization | None:
    """The organization with that id, acronym ("UN", "U.N."), name, alias or former name, or None."""
    return KnowledgeBase.default().organization(name)


def country(name: str) -> State | None:
    """The state with that code, name, official name, alias or demonym, or None."""
    return KnowledgeBase.default().country(name)


def place(name: str) -> PlaceRecord | None:
    """The capital, city or venue with that name or alternative name, or None."""
    return KnowledgeBase.default().place(name)


def members(organization: str | Organization, on: DateLike = None) -> frozenset[str]:
    """Alpha-3 codes of the organization's full members on ``on`` (default: today)."""
    return KnowledgeBase.default().members(organization, on)


def memberships(state: str | State, on: DateLike = None) -> tuple[Membership, ...]:
    """The state's membership rows (any status), only those in force on ``on`` when given."""
    return KnowledgeBase.default().memberships(state, on)
