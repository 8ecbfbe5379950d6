"""Integrity of the bundled data files: valid codes, consistent references, no unannounced clashes.

Where they can, these tests read the raw files (json, csv) and compare them with
pycountry, independently of the loader; the last ones go through the loaded
knowledge base.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pycountry
import pytest

from geopol.kb import KnowledgeBase, names
from geopol.model import PartialDate

DATA = resources.files("geopol.kb").joinpath("data")
MEMBERSHIP_STATUSES = {"member", "observer", "partner", "associate", "suspended"}


def _json(name: str, key: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(DATA.joinpath(name).read_text("utf-8"))[key]
    return items


def _csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(DATA.joinpath(name).read_text("utf-8"), newline="")))


@pytest.fixture(scope="module")
def states() -> list[dict[str, Any]]:
    return _json("states.json", "states")


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, Any]]:
    return _json("organizations.json", "organizations")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return _csv("memberships.csv")


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    return _csv("places.csv")


def _iso_codes() -> set[str]:
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    return current | historic | {"XKX"}


# --- states ---------------------------------------------------------------------------------------


def test_state_codes_are_iso(states: list[dict[str, Any]]) -> None:
    """Every state's alpha-3 is an ISO 3166-1 or 3166-3 code (or XKX, Kosovo)."""
    bad = [s["alpha3"] for s in states if s["alpha3"] not in _iso_codes()]
    assert bad == []


def test_every_iso_country_is_present(states: list[dict[str, Any]]) -> None:
    """All 249 ISO 3166-1 entries have a record."""
    codes = {s["alpha3"] for s in states}
    iso = {c.alpha_3 for c in pycountry.countries}
    assert len(iso) == 249
    assert sorted(iso - codes) == []


def test_alpha2_and_numeric_match_iso(states: list[dict[str, Any]]) -> None:
    """Current entries carry pycountry's alpha-2 and numeric codes; historic ones none or pycountry's."""
    mismatches: list[tuple[object, ...]] = []
    for s in states:
        iso = pycountry.countries.get(alpha_3=s["alpha3"])
        if iso is not None:
            if (s["alpha2"], s["numeric"]) != (iso.alpha_2, iso.numeric):
                mismatches.append((s["alpha3"], s["alpha2"], s["numeric"], iso.alpha_2, iso.numeric))
            continue
        old = pycountry.historic_countries.get(alpha_3=s["alpha3"])
        if old is not None:
            for field, value in (("alpha2", old.alpha_2), ("numeric", getattr(old, "numeric", None))):
                if s[field] not in (None, value):
                    mismatches.append((s["alpha3"], field, s[field], value))
    assert mismatches == []


def test_state_codes_are_unique(states: list[dict[str, Any]]) -> None:
    """No alpha-3, alpha-2 or numeric code is used twice."""
    for field in ("alpha3", "alpha2", "numeric"):
        values = [s[field] for s in states if s[field]]
        assert len(values) == len(set(values)), field


def _state_forms(states: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any], str]]:
    for s in states:
        for form in [s["name"], s["official_name"], *s["aliases"], *s["adjectives"]]:
            if form:
                caps = names.short_caps(form)
                yield (f"caps:{caps}" if caps else names.key(form)), s, form


def test_declared_ambiguous_forms_exist(states: list[dict[str, Any]]) -> None:
    """A state's "ambiguous" list names only its own surface forms."""
    stray = []
    for s in states:
        forms = {s["name"], s["official_name"], *s["aliases"], *s["adjectives"]}
        stray += [(s["alpha3"], f) for f in s["ambiguous"] if f not in forms]
    assert stray == []


def test_no_state_form_names_two_states_unless_ambiguous(states: list[dict[str, Any]]) -> None:
    """A name, alias or demonym (compared as lookups compare) denotes one state, or is declared ambiguous."""
    owners: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
    for k, s, form in _state_forms(states):
        owners[k].setdefault(s["alpha3"], (form, form in s["ambiguous"]))
    clashes = {
        k: by_state
        for k, by_state in owners.items()
        if len(by_state) > 1 and not all(ambiguous for _, ambiguous in by_state.values())
    }
    assert clashes == {}


def test_short_aliases_are_not_other_states_codes(states: list[dict[str, Any]]) -> None:
    """A two/three-capital alias ("UAE") is not another state's alpha-2/alpha-3 code (codes win)."""
    codes = {s[f]: s["alpha3"] for s in states for f in ("alpha2", "alpha3") if s[f]}
    shadowed = [
        (s["alpha3"], form)
        for k, s, form in _state_forms(states)
        if k.startswith("caps:") and codes.get(k[5:], s["alpha3"]) != s["alpha3"]
    ]
    assert shadowed == []


# --- organizations --------------------------------------------------------------------------------


def test_enough_organizations(orgs: list[dict[str, Any]]) -> None:
    """At least 80 organizations, with unique ids."""
    ids = [o["id"] for o in orgs]
    assert len(ids) >= 80
    assert len(ids) == len(set(ids))


def test_organ_levels_name_organs(orgs: list[dict[str, Any]]) -> None:
    """Every organ_levels key is one of the organization's organs."""
    stray = [
        (o["id"], organ) for o in orgs for organ in (o.get("organ_levels") or {}) if organ not in o["organs"]
    ]
    assert stray == []


def test_ambiguous_acronyms_are_acronyms(orgs: list[dict[str, Any]]) -> None:
    """ambiguous_acronyms lists only the organization's own (current or former) acronyms."""
    stray = []
    for o in orgs:
        own = {o["acronym"], *o["acronyms"], *(f.get("acronym") for f in o["former_names"])}
        stray += [(o["id"], a) for a in o["ambiguous_acronyms"] if a not in own]
    assert stray == []


def test_no_organization_form_names_two_organizations(orgs: list[dict[str, Any]]) -> None:
    """An acronym, name, alias or former name (compared as lookups compare) denotes one organization,
    unless it is an acronym every owner declares ambiguous."""
    owners: dict[str, dict[str, bool]] = defaultdict(dict)
    for o in orgs:
        declared = set(o["ambiguous_acronyms"])
        forms = [o["id"], o["acronym"], *o["acronyms"], o["name"], *o["aliases"]]
        for former in o["former_names"]:
            forms += [former["name"], former.get("acronym")]
        for form in forms:
            if form:
                owners[names.org_key(form)].setdefault(o["id"], form in declared)
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and not all(v.values())}
    assert clashes == {}


def test_country_codes_of_centers_headquarters_and_places(
    orgs: list[dict[str, Any]], places: list[dict[str, str]]
) -> None:
    """Every headquarters, center and place country is a valid alpha-3 code."""
    valid = _iso_codes()
    bad = [(o["id"], "hq", o["headquarters"]["country"]) for o in orgs if o["headquarters"]]
    bad = [b for b in bad if b[2] not in valid]
    bad += [
        (o["id"], c["name"], c["country"]) for o in orgs for c in o["centers"] if c["country"] not in valid
    ]
    bad += [(p["name"], "place", p["country"]) for p in places if p["country"] not in valid]
    assert bad == []


# --- memberships ----------------------------------------------------------------------------------


def test_membership_rows_reference_known_records(
    rows: list[dict[str, str]], orgs: list[dict[str, Any]], states: list[dict[str, Any]]
) -> None:
    """Every row names a known organization id and state, a known status, and starts before it ends."""
    org_ids = {o["id"] for o in orgs}
    codes = {s["alpha3"] for s in states}
    bad: list[tuple[object, ...]] = []
    for line, row in enumerate(rows, start=2):
        if row["organization"] not in org_ids or row["state"] not in codes:
            bad.append((line, "unknown reference", row["organization"], row["state"]))
        if row["status"] not in MEMBERSHIP_STATUSES:
            bad.append((line, "status", row["status"]))
        if (
            row["start"]
            and row["end"]
            and PartialDate.from_iso(row["end"]) < PartialDate.from_iso(row["start"])
        ):
            bad.append((line, "ends before it starts", row["start"], row["end"]))
    assert bad == []


def test_member_rows_do_not_overlap(rows: list[dict[str, str]]) -> None:
    """A state has at most one member row in force at a time in one organization."""
    spans: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        if row["status"] == "member":
            spans[row["organization"], row["state"]].append((row["start"] or "0001", row["end"] or "9999"))
    overlaps = []
    for pair, intervals in spans.items():
        ordered = sorted(intervals, key=lambda i: PartialDate.from_iso(i[0]))
        for (_, end), (start, _) in itertools.pairwise(ordered):
            if PartialDate.from_iso(start).first_day() < PartialDate.from_iso(end).first_day():
                overlaps.append((pair, end, start))
    assert overlaps == []


def test_memberships_cover_the_core_organizations(rows: list[dict[str, str]]) -> None:
    """memberships.csv has rows for the CSTO, NATO, the EU and the UN."""
    assert {"CSTO", "NATO", "EU", "UN"} <= {row["organization"] for row in rows}


# --- places and the loaded knowledge base ---------------------------------------------------------


def test_enough_places(places: list[dict[str, str]]) -> None:
    """At least 1,000 places."""
    assert len(places) >= 1000


def test_data_loads() -> None:
    """The loader accepts every file (its own checks raise DataIntegrityError naming file and row)."""
    kb = KnowledgeBase()
    assert len(kb.states()) >= 249
    assert len(kb.organizations()) >= 80
    assert len(kb.places()) >= 1000


def test_sovereign_capitals_resolve_to_their_state() -> None:
    """place(capital) of every sovereign state is a place in that state."""
    kb = KnowledgeBase.default()
    wrong = []
    for state in kb.states():
        if state.sovereign and state.capital:
            found = kb.place(state.capital)
            if found is None or found.country != state.alpha3:
                wrong.append((state.alpha3, state.capital, found and found.country))
    assert wrong == []


def test_state_forms_cover_every_surface_form() -> None:
    """state_forms() holds every name, official name, alias and adjective exactly as written."""
    kb = KnowledgeBase.default()
    forms = kb.state_forms()
    missing = [
        (s.alpha3, form) for s in kb.states() for form, _kind in s.surface_forms() if form not in forms
    ]
    assert missing == []


def test_suspensions_lie_inside_member_rows(rows: list[dict[str, str]]) -> None:
    """Every suspended row starts while a member row of the same state and organization is in force."""
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        if row["status"] == "member":
            members[row["organization"], row["state"]].append((row["start"], row["end"]))
    orphans = []
    for row in rows:
        if row["status"] != "suspended":
            continue
        day = PartialDate.from_iso(row["start"]).first_day() if row["start"] else None
        inside = any(
            (day is None or not start or PartialDate.from_iso(start).first_day() <= day)
            and (not end or (day is not None and day < PartialDate.from_iso(end).first_day()))
            for start, end in members[row["organization"], row["state"]]
        )
        if not inside:
            orphans.append((row["organization"], row["state"], row["start"]))
    assert orphans == []


def test_no_place_name_names_two_places_unless_ambiguous() -> None:
    """A place name or alternative name (compared as lookups compare) denotes one place,
    unless every place sharing it is marked ambiguous."""
    owners: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)
    for p in KnowledgeBase.default().places():
        for form in (p.name, *p.alt_names):
            owners[names.key(form)].add((p.name, p.country, p.ambiguous))
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and not all(amb for *_, amb in v)}
    assert clashes == {}
