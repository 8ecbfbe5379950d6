"""Lookup tables built once from the loaded :class:`~geopol.kb.loading.Tables`.

Where two records share a key the first in priority order wins:

* states: current before historic; then name, official name, alias, adjective;
  then file order. Codes are matched before names.
* organizations: id, then acronym, name, alias, former name, former acronym;
  then file order.
* places: capital, city, venue; then larger population; then file order.

The gazetteer views the parsers use (surface form -> record) are in
:mod:`geopol.kb.forms`; they are computed on first use and kept here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Mapping
from types import MappingProxyType

from geopol.kb import forms, names
from geopol.kb.loading import Tables
from geopol.kb.records import (
    Center,
    Organization,
    OrganRef,
    OrgForm,
    PlaceRecord,
    State,
    StateForm,
)
from geopol.kb.validity import interval
from geopol.model import Membership

__all__ = ["Index"]


class Index:
    """Every lookup structure of one knowledge base (read-only once built)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        states = sorted(tables.states, key=lambda s: s.historic)  # stable: file order otherwise
        self.by_alpha3: dict[str, State] = {s.alpha3: s for s in tables.states}
        self.by_alpha2: dict[str, State] = {s.alpha2: s for s in tables.states if s.alpha2}
        self.by_numeric: dict[str, State] = {s.numeric: s for s in tables.states if s.numeric}
        # Short capital forms (US, U.S., UAE) are matched case-sensitively, everything else by key.
        self.state_caps: dict[str, State] = {}
        self.state_keys: dict[str, State] = {}
        for rank in ("name", "official", "alias", "adjective"):
            for state in states:
                for form in _state_forms_of_rank(state, rank):
                    caps = names.short_caps(form)
                    if caps is not None:
                        self.state_caps.setdefault(caps, state)
                    else:
                        self.state_keys.setdefault(names.key(form), state)

        self.org_by_id: dict[str, Organization] = {o.id: o for o in tables.organizations}
        self.org_keys: dict[str, Organization] = {}
        for rank in ("id", "acronym", "name", "alias", "former", "former_acronym"):
            for org in tables.organizations:
                for form in _org_forms_of_rank(org, rank):
                    self.org_keys.setdefault(names.org_key(form), org)

        self.place_keys: dict[str, PlaceRecord] = {}
        ranked = sorted(tables.places, key=forms.place_priority)
        for place in ranked:
            self.place_keys.setdefault(names.key(place.name), place)
        for place in ranked:
            for alt in place.alt_names:
                self.place_keys.setdefault(names.key(alt), place)

        by_org: dict[str, list[Membership]] = {}
        by_state: dict[str, list[Membership]] = {}
        for row in sorted(tables.memberships, key=_row_order):
            by_org.setdefault(row.organization, []).append(row)
            by_state.setdefault(row.state, []).append(row)
        # Per organization: each row with its interval, computed once for members().
        self.memberships_by_org = {k: tuple((row, *interval(row)) for row in v) for k, v in by_org.items()}
        self.memberships_by_state = {k: tuple(v) for k, v in by_state.items()}

    # --- lookups ----------------------------------------------------------------------------

    def country(self, query: str) -> State | None:
        """A state by code, name, alias or adjective (see :func:`geopol.kb.country`)."""
        text = query.strip()
        if not text:
            return None
        caps = names.short_caps(text)
        if caps is not None:
            return self.by_alpha3.get(caps) or self.by_alpha2.get(caps) or self.state_caps.get(caps)
        if text.isascii() and text.isdigit() and len(text) <= 3:
            return self.by_numeric.get(text.zfill(3))
        return self.state_keys.get(names.key(text))

    def organization(self, query: str) -> Organization | None:
        """An organization by id, acronym, name, alias or former name."""
        text = query.strip()
        if not text:
            return None
        return self.org_by_id.get(text) or self.org_keys.get(names.org_key(text))

    def place(self, query: str) -> PlaceRecord | None:
        """A place by name or alternative name."""
        text = query.strip()
        return self.place_keys.get(names.key(text)) if text else None

    def suggest_organizations(self, query: str, limit: int = 3) -> tuple[str, ...]:
        """Up to ``limit`` organizations named like ``query``, as "Name (ACRONYM)"."""
        hits = difflib.get_close_matches(names.org_key(query), list(self.org_keys), n=limit * 3, cutoff=0.6)
        found: dict[str, None] = {}
        for hit in hits:
            org = self.org_keys[hit]
            found.setdefault(f"{org.name} ({org.acronym})" if org.acronym else org.name)
        return tuple(found)[:limit]

    # --- gazetteer views (computed on first use) --------------------------------------------

    @functools.cached_property
    def state_forms(self) -> Mapping[str, StateForm]:
        return MappingProxyType(forms.state_forms(self.tables.states))

    @functools.cached_property
    def organization_forms(self) -> Mapping[str, OrgForm]:
        return MappingProxyType(forms.organization_forms(self.tables.organizations))

    @functools.cached_property
    def place_forms(self) -> Mapping[str, PlaceRecord]:
        return MappingProxyType(forms.place_forms(self.tables.places))

    @functools.cached_property
    def centers(self) -> tuple[Center, ...]:
        return tuple(center for org in self.tables.organizations for center in org.centers)

    @functools.cached_property
    def organ_index(self) -> Mapping[str, tuple[OrganRef, ...]]:
        return MappingProxyType(forms.organ_index(self.tables.organizations))


def _state_forms_of_rank(state: State, rank: str) -> tuple[str, ...]:
    if rank == "name":
        return (state.name,)
    if rank == "official":
        return (state.official_name,) if state.official_name else ()
    return state.aliases if rank == "alias" else state.adjectives


def _org_forms_of_rank(org: Organization, rank: str) -> tuple[str, ...]:
    if rank == "id":
        return (org.id,)
    if rank == "acronym":
        return org.acronyms
    if rank == "name":
        return (org.name,)
    if rank == "alias":
        return org.aliases
    if rank == "former":
        return tuple(f.name for f in org.former_names)
    return tuple(f.acronym for f in org.former_names if f.acronym)


def _row_order(row: Membership) -> tuple[str, str, dt.date, str]:
    start = row.start.first_day() if row.start else dt.date.min
    return (row.organization, row.state, start, row.status.value)
