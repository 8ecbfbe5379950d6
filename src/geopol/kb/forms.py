"""Gazetteer views for the parsers: every surface form, exactly as written, to what it denotes.

Keys are case-sensitive strings as they appear in the data (plus the
ASCII-folded spelling of forms with diacritics, and the dotted spelling
``U.N.`` of capital-letter acronyms); a parser builds its patterns from them.
When two records share a form the first in priority order keeps it (see
:mod:`geopol.kb.index`) and, for states and organizations, the form is marked
``ambiguous``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from geopol.kb import names
from geopol.kb.records import (
    Organization,
    OrganRef,
    OrgForm,
    OrgFormKind,
    PlaceKind,
    PlaceRecord,
    State,
    StateForm,
)

__all__ = ["organ_index", "organization_forms", "place_forms", "place_priority", "state_forms"]

_STATE_KINDS = ("name", "alias", "adjective")
_PLACE_RANK = {PlaceKind.CAPITAL: 0, PlaceKind.CITY: 1, PlaceKind.VENUE: 2}


def _with_folded(forms: Iterable[str]) -> Iterator[str]:
    """Each form, then its spelling without diacritics when that differs."""
    written = list(forms)
    yield from written
    for form in written:
        folded = names.ascii_fold(form)
        if folded != form:
            yield folded


def place_priority(place: PlaceRecord) -> tuple[int, int]:
    """Sort key putting the place a shared name most likely means first: capitals, then the larger."""
    return (_PLACE_RANK[place.kind], -(place.population or 0))


def state_forms(states: Iterable[State]) -> dict[str, StateForm]:
    """Names, official names, aliases and adjectives of every state (see module docstring)."""
    ordered = sorted(states, key=lambda s: s.historic)
    candidates: list[tuple[str, State, StateForm]] = []
    for folded in (False, True):
        for kind in _STATE_KINDS:
            for state in ordered:
                declared = set(state.ambiguous)
                for form, form_kind in state.surface_forms():
                    if form_kind != kind:
                        continue
                    surface = names.ascii_fold(form) if folded else form
                    if folded and surface == form:
                        continue
                    value = StateForm(
                        alpha3=state.alpha3,
                        kind=form_kind,
                        ambiguous=form in declared,
                        sovereign=state.sovereign,
                    )
                    candidates.append((surface, state, value))
    table: dict[str, StateForm] = {}
    for surface, state, value in candidates:
        held = table.get(surface)
        if held is None:
            table[surface] = value
        elif held.alpha3 != state.alpha3 and not held.ambiguous:
            table[surface] = attrs.evolve(held, ambiguous=True)
    return table


def _org_candidates(org: Organization) -> Iterator[tuple[str, OrgFormKind, bool]]:
    """(surface form, kind, declared ambiguous) of one organization, best kind first."""
    declared = set(org.ambiguous_acronyms)
    for acronym in org.acronyms:
        yield acronym, "acronym", acronym in declared
        dotted = names.dotted(acronym)
        if dotted is not None:
            yield dotted, "acronym", acronym in declared
    yield org.name, "name", False
    for alias in org.aliases:
        yield alias, "alias", False
    for former in org.former_names:
        yield former.name, "former", False
        if former.acronym:
            yield former.acronym, "former", former.acronym in declared
            dotted = names.dotted(former.acronym)
            if dotted is not None:
                yield dotted, "former", former.acronym in declared


_ORG_RANK: dict[OrgFormKind, int] = {"acronym": 0, "name": 1, "alias": 2, "former": 3}


def organization_forms(organizations: Iterable[Organization]) -> dict[str, OrgForm]:
    """Acronyms (also dotted), names, aliases and former names and acronyms of every organization."""
    candidates = [
        (surface, OrgForm(org_id=org.id, kind=kind, ambiguous=ambiguous))
        for org in organizations
        for surface, kind, ambiguous in _org_candidates(org)
    ]
    candidates.sort(key=lambda c: _ORG_RANK[c[1].kind])  # stable: organization order otherwise
    table: dict[str, OrgForm] = {}
    for surface, value in candidates:
        held = table.get(surface)
        if held is None:
            table[surface] = value
        elif held.org_id != value.org_id and not held.ambiguous:
            table[surface] = attrs.evolve(held, ambiguous=True)
    return table


def place_forms(places: Iterable[PlaceRecord]) -> dict[str, PlaceRecord]:
    """Names and alternative names (and their spellings without diacritics) of every place."""
    ranked = sorted(places, key=place_priority)
    table: dict[str, PlaceRecord] = {}
    for place in ranked:
        for form in _with_folded((place.name,)):
            table.setdefault(form, place)
    for place in ranked:
        for form in _with_folded(place.alt_names):
            table.setdefault(form, place)
    return table


def organ_index(organizations: Iterable[Organization]) -> dict[str, tuple[OrganRef, ...]]:
    """Organ name -> every organization that has an organ of that name, with its meeting level."""
    index: dict[str, list[OrganRef]] = {}
    for org in organizations:
        for organ in org.organs:
            index.setdefault(organ, []).append(
                OrganRef(org_id=org.id, organ=organ, level=org.organ_levels.get(organ))
            )
    return {organ: tuple(refs) for organ, refs in index.items()}
