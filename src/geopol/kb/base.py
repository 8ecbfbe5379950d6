"""The :class:`KnowledgeBase`: names to records, and dated membership queries.

A knowledge base is a light handle on a data directory. Its data are read on
the first query and kept for the life of the process; :meth:`KnowledgeBase.default`
and :meth:`KnowledgeBase.from_directory` hand out one shared instance per
directory, and pickling sends only the directory, so a worker process that
unpickles many knowledge bases loads the data once.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:  # pragma: no cover - Python 3.10
        from importlib.abc import Traversable

from geopol.errors import UnknownOrganizationError
from geopol.kb import loading
from geopol.kb.exceptions import UnknownStateError
from geopol.kb.index import Index
from geopol.kb.records import (
    Center,
    Organization,
    OrganRef,
    OrgForm,
    PlaceRecord,
    State,
    StateForm,
)
from geopol.kb.validity import DateLike, as_day, covers
from geopol.model import Membership, MembershipStatus

__all__ = ["KnowledgeBase"]


class KnowledgeBase:
    """Canonical states, organizations, places and memberships.

    ``KnowledgeBase()`` reads the bundled data; ``KnowledgeBase("some/dir")``
    reads the four data files of that directory. Prefer :meth:`default` and
    :meth:`from_directory`, which share one loaded instance per process.
    """

    __slots__ = ("_directory", "_index", "_lock")

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self._directory: str | None = None if directory is None else str(Path(directory).resolve())
        self._index: Index | None = None
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The process-wide knowledge base of the bundled data."""
        return _shared(None)

    @classmethod
    def from_directory(cls, directory: str | os.PathLike[str]) -> KnowledgeBase:
        """The process-wide knowledge base of the data files in ``directory``."""
        return _shared(str(Path(directory).resolve()))

    @property
    def directory(self) -> str | None:
        """The data directory, or None for the bundled data."""
        return self._directory

    def __reduce__(self) -> tuple[Any, tuple[str | None]]:
        return (_shared, (self._directory,))

    def __dask_tokenize__(self) -> tuple[str, str | None]:
        return ("geopol.kb.KnowledgeBase", self._directory)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeBase):
            return NotImplemented
        return self._directory == other._directory

    def __hash__(self) -> int:
        return hash((KnowledgeBase, self._directory))

    def __repr__(self) -> str:
        where = "bundled data" if self._directory is None else repr(self._directory)
        return f"KnowledgeBase({where})"

    def _idx(self) -> Index:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    folder: Traversable | None = None if self._directory is None else Path(self._directory)
                    self._index = Index(loading.load(folder))
                index = self._index
        return index

    # --- names to records -------------------------------------------------------------------

    def organization(self, name: str) -> Organization | None:
        """The organization with that id, acronym (also "U.N."), name, alias or former name."""
        return self._idx().organization(name)

    def country(self, name: str) -> State | None:
        """The state with that code, name, official name, alias or adjective/demonym.

        Codes and two- or three-letter capital forms ("US", "U.S.", "UAE") match
        only when written in capitals; everything else case-insensitively.
        """
        return self._idx().country(name)

    def place(self, name: str) -> PlaceRecord | None:
        """The capital, city or venue with that name or alternative name."""
        return self._idx().place(name)

    def suggest_organizations(self, name: str, limit: int = 3) -> tuple[str, ...]:
        """Organizations whose names or acronyms resemble ``name`` ("Name (ACRONYM)")."""
        return self._idx().suggest_organizations(name, limit)

    # --- memberships ------------------------------------------------------------------------

    def members(self, organization: str | Organization, on: DateLike = None) -> frozenset[str]:
        """Alpha-3 codes of the full members on ``on`` (default today), suspended ones left out.

        Raises :class:`~geopol.errors.UnknownOrganizationError` for an unknown
        organization and :class:`~geopol.kb.InvalidDateError` for a bad date.
        """
        org = self._require_organization(organization)
        day = as_day(on)
        members: set[str] = set()
        suspended: set[str] = set()
        for row, start, end in self._idx().memberships_by_org.get(org.id, ()):
            if start <= day and (end is None or day < end):
                if row.status is MembershipStatus.MEMBER:
                    members.add(row.state)
                elif row.status is MembershipStatus.SUSPENDED:
                    suspended.add(row.state)
        return frozenset(members - suspended)

    def has_membership_data(self, organization: str | Organization) -> bool:
        """True when memberships.csv lists any row for the organization.

        ``members()`` of an organization without rows is empty because the data
        do not say, not because it has no members (IAEA, G77 … are listed this way).
        """
        org = self._require_organization(organization)
        return org.id in self._idx().memberships_by_org

    def memberships(self, state: str | State, on: DateLike = None) -> tuple[Membership, ...]:
        """Every membership row of ``state`` (any status), only those in force on ``on`` when given.

        Raises :class:`~geopol.kb.UnknownStateError` for an unknown state.
        """
        record = state if isinstance(state, State) else self.country(state)
        if record is None:
            raise UnknownStateError(f"unknown state: {state!r} (try a name, alpha-3 code or demonym)")
        rows = self._idx().memberships_by_state.get(record.alpha3, ())
        if on is None:
            return rows
        day = as_day(on)
        return tuple(row for row in rows if covers(row, day))

    def _require_organization(self, organization: str | Organization) -> Organization:
        if isinstance(organization, Organization):
            return organization
        org = self.organization(organization)
        if org is None:
            close = self.suggest_organizations(organization)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UnknownOrganizationError(f"unknown organization: {organization!r}{hint}")
        return org

    # --- whole tables -----------------------------------------------------------------------

    def states(self) -> tuple[State, ...]:
        """Every state record, in file order."""
        return self._idx().tables.states

    def organizations(self) -> tuple[Organization, ...]:
        """Every organization record, in file order."""
        return self._idx().tables.organizations

    def places(self) -> tuple[PlaceRecord, ...]:
        """Every place record, in file order."""
        return self._idx().tables.places

    def membership_rows(self) -> tuple[Membership, ...]:
        """Every row of memberships.csv, in file order."""
        return self._idx().tables.memberships

    # --- gazetteer views for the parsers ----------------------------------------------------

    def state_forms(self) -> Mapping[str, StateForm]:
        """Every state surface form as written (plus spellings without diacritics) -> StateForm."""
        return self._idx().state_forms

    def organization_forms(self) -> Mapping[str, OrgForm]:
        """Acronyms (also dotted), names, aliases, former names -> OrgForm."""
        return self._idx().organization_forms

    def place_forms(self) -> Mapping[str, PlaceRecord]:
        """Place names and alternative names (plus spellings without diacritics) -> PlaceRecord."""
        return self._idx().place_forms

    def organ_index(self) -> Mapping[str, tuple[OrganRef, ...]]:
        """Organ name ("Council of Foreign Ministers") -> the organizations having one."""
        return self._idx().organ_index

    def centers(self) -> tuple[Center, ...]:
        """Every center, office or structure of every organization."""
        return self._idx().centers


@functools.cache
def _shared(directory: str | None) -> KnowledgeBase:
    """The one knowledge base of ``directory`` in this process (the module's only cache)."""
    return KnowledgeBase(directory)
