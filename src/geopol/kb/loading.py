"""Reading and checking the bundled data files.

:func:`load` reads ``states.json``, ``places.csv``, ``organizations.json`` and
``memberships.csv`` from a directory (by default the package's ``data/``
through :mod:`importlib.resources`) and returns :class:`Tables`. Anything
malformed, of an unknown vocabulary word, or pointing at an unknown code or
id raises :class:`geopol.errors.DataIntegrityError` naming the file and the
row (``memberships.csv: line 12: ...``, ``states.json: states[40] (ZZZ): ...``).
Unknown keys in the JSON files are errors too.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from typing import TYPE_CHECKING, NoReturn

import attrs

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:  # pragma: no cover - Python 3.10
        from importlib.abc import Traversable

from geopol.errors import DataIntegrityError
from geopol.kb import names
from geopol.kb.records import (
    Center,
    FormerName,
    FrozenMapping,
    Organization,
    PlaceKind,
    PlaceRecord,
    State,
)
from geopol.model import MeetingLevel, Membership, MembershipStatus, OrganizationKind, PartialDate, is_alpha3

__all__ = [
    "MEMBERSHIPS_FILE",
    "MEMBERSHIP_STATUSES",
    "ORGANIZATIONS_FILE",
    "PLACES_FILE",
    "STATES_FILE",
    "Tables",
    "bundled_data",
    "load",
]

STATES_FILE = "states.json"
ORGANIZATIONS_FILE = "organizations.json"
MEMBERSHIPS_FILE = "memberships.csv"
PLACES_FILE = "places.csv"

MEMBERSHIPS_HEADER = ("organization", "state", "status", "start", "end", "note")
PLACES_HEADER = ("name", "country", "kind", "alt_names", "ambiguous", "population", "geonameid")

# The statuses a memberships.csv row may carry ("withdrawn" is a member row's end, not a row).
MEMBERSHIP_STATUSES = frozenset(
    {
        MembershipStatus.MEMBER,
        MembershipStatus.OBSERVER,
        MembershipStatus.PARTNER,
        MembershipStatus.ASSOCIATE,
        MembershipStatus.SUSPENDED,
    }
)

_STATE_KEYS = frozenset(
    {
        "alpha3", "alpha2", "numeric", "name", "official_name", "aliases", "adjectives", "capital",
        "qid", "sovereign", "historic", "valid_from", "valid_to", "ambiguous",
    }
)  # fmt: skip
_ORG_KEYS = frozenset(
    {
        "id", "name", "acronym", "acronyms", "aliases", "former_names", "kind", "founded",
        "headquarters", "qid", "organs", "organ_levels", "ambiguous_acronyms", "centers",
    }
)  # fmt: skip
_FORMER_KEYS = frozenset({"name", "acronym", "until"})
_HQ_KEYS = frozenset({"city", "country"})
_CENTER_KEYS = frozenset({"name", "acronym", "aliases", "kind", "city", "country", "since", "until"})


@attrs.frozen(kw_only=True)
class Tables:
    """Everything the data files hold, checked and typed."""

    states: tuple[State, ...]
    organizations: tuple[Organization, ...]
    memberships: tuple[Membership, ...]
    places: tuple[PlaceRecord, ...]


def bundled_data() -> Traversable:
    """The package's own ``data/`` directory."""
    return resources.files("geopol.kb").joinpath("data")


def load(directory: Traversable | None = None) -> Tables:
    """Read and check the four data files in ``directory`` (default: :func:`bundled_data`)."""
    folder = bundled_data() if directory is None else directory
    states = _states(_json(folder, STATES_FILE, "states"))
    places = _places(_text(folder, PLACES_FILE))
    organizations = _organizations(_json(folder, ORGANIZATIONS_FILE, "organizations"), places)
    known_states = frozenset(s.alpha3 for s in states)
    known_orgs = frozenset(o.id for o in organizations)
    memberships = _memberships(_text(folder, MEMBERSHIPS_FILE), known_orgs, known_states)
    return Tables(states=states, organizations=organizations, memberships=memberships, places=places)


# --- reading ------------------------------------------------------------------------------------


def _text(folder: Traversable, filename: str) -> str:
    try:
        text: str = folder.joinpath(filename).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataIntegrityError(f"{filename}: cannot read: {exc}") from exc
    return text


def _json(folder: Traversable, filename: str, list_key: str) -> tuple[str, list[object]]:
    try:
        document = json.loads(_text(folder, filename))
    except json.JSONDecodeError as exc:
        raise DataIntegrityError(f"{filename}: not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or not isinstance(document.get(list_key), list):
        raise DataIntegrityError(f"{filename}: expected an object with a {list_key!r} list")
    extra = set(document) - {"meta", list_key}
    if extra:
        raise DataIntegrityError(f"{filename}: unknown top-level keys {sorted(extra)}")
    return filename, document[list_key]


class _Entry:
    """One JSON object of a data file, read field by field with its location kept for errors."""

    __slots__ = ("_data", "_where")

    def __init__(self, where: str, data: object, allowed: frozenset[str], required: tuple[str, ...]) -> None:
        self._where = where
        if not isinstance(data, dict):
            self.fail(f"expected an object, got {type(data).__name__}")
        self._data: Mapping[str, object] = data
        extra = set(data) - allowed
        if extra:
            self.fail(f"unknown keys {sorted(extra)}")
        for name in required:
            if data.get(name) is None:
                self.fail(f"{name!r} is required")

    @property
    def where(self) -> str:
        return self._where

    def fail(self, problem: str) -> NoReturn:
        raise DataIntegrityError(f"{self._where}: {problem}")

    def raw(self, name: str) -> object:
        return self._data.get(name)

    def text(self, name: str) -> str:
        value = self.opt_text(name)
        if value is None:
            self.fail(f"{name!r} is required")
        return value

    def opt_text(self, name: str) -> str | None:
        value = self._data.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{name!r}: expected non-empty text, got {value!r}")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self._data.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{name!r}: expected a list of non-empty texts, got {value!r}")
        return tuple(value)

    def flag(self, name: str) -> bool:
        value = self._data.get(name, False)
        if not isinstance(value, bool):
            self.fail(f"{name!r}: expected true or false, got {value!r}")
        return value

    def date(self, name: str) -> PartialDate | None:
        value = self.opt_text(name)
        return None if value is None else _date(value, self.fail, name)

    def country(self, name: str) -> str | None:
        value = self.opt_text(name)
        if value is not None and not is_alpha3(value):
            self.fail(f"{name!r}: not an ISO 3166 alpha-3 code: {value!r}")
        return value


def _date(value: str, fail: Callable[[str], NoReturn], field: str) -> PartialDate:
    try:
        return PartialDate.from_iso(value)
    except ValueError as exc:
        fail(f"{field!r}: {exc}")


# --- states.json --------------------------------------------------------------------------------


def _states(document: tuple[str, list[object]]) -> tuple[State, ...]:
    filename, items = document
    states: list[State] = []
    seen: dict[str, dict[str, str]] = {"alpha3": {}, "alpha2": {}, "numeric": {}}
    for i, item in enumerate(items):
        label = item.get("alpha3") if isinstance(item, dict) else None
        entry = _Entry(f"{filename}: states[{i}] ({label})", item, _STATE_KEYS, ("alpha3", "name"))
        alpha3 = entry.text("alpha3")
        if not is_alpha3(alpha3):
            entry.fail(f"'alpha3': not an ISO 3166 alpha-3 code: {alpha3!r}")
        alpha2 = entry.opt_text("alpha2")
        if alpha2 is not None and not (len(alpha2) == 2 and alpha2.isascii() and alpha2.isupper()):
            entry.fail(f"'alpha2': expected two capital letters, got {alpha2!r}")
        numeric = entry.opt_text("numeric")
        if numeric is not None and not (len(numeric) == 3 and numeric.isascii() and numeric.isdigit()):
            entry.fail(f"'numeric': expected three digits, got {numeric!r}")
        for field, code in (("alpha3", alpha3), ("alpha2", alpha2), ("numeric", numeric)):
            if code is not None:
                if code in seen[field]:
                    entry.fail(f"{field} {code!r} already used by {seen[field][code]}")
                seen[field][code] = alpha3
        state = State(
            alpha3=alpha3,
            alpha2=alpha2,
            numeric=numeric,
            name=entry.text("name"),
            official_name=entry.opt_text("official_name"),
            aliases=entry.texts("aliases"),
            adjectives=entry.texts("adjectives"),
            capital=entry.opt_text("capital"),
            qid=entry.opt_text("qid"),
            sovereign=entry.flag("sovereign"),
            historic=entry.flag("historic"),
            valid_from=entry.date("valid_from"),
            valid_to=entry.date("valid_to"),
            ambiguous=entry.texts("ambiguous"),
        )
        if state.valid_from and state.valid_to and state.valid_to < state.valid_from:
            entry.fail("'valid_to' is before 'valid_from'")
        states.append(state)
    return tuple(states)


# --- places.csv ---------------------------------------------------------------------------------


def _csv_rows(text: str, filename: str, header: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    """(location, cells) for every data row, after checking the header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    first = next(reader, None)
    if first is None or tuple(c.strip() for c in first) != header:
        raise DataIntegrityError(f"{filename}: line 1: expected header {','.join(header)}, got {first!r}")
    for cells in reader:
        where = f"{filename}: line {reader.line_num}"
        if not cells or all(not c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise DataIntegrityError(f"{where}: expected {len(header)} fields, got {len(cells)}: {cells!r}")
        yield where, [c.strip() for c in cells]


def _places(text: str) -> tuple[PlaceRecord, ...]:
    places: list[PlaceRecord] = []
    for where, (name, country, kind, alt_names, ambiguous, population, geonameid) in _csv_rows(
        text, PLACES_FILE, PLACES_HEADER
    ):
        if not name:
            raise DataIntegrityError(f"{where}: 'name' is empty")
        if not is_alpha3(country):
            raise DataIntegrityError(f"{where}: 'country' is not an ISO 3166 alpha-3 code: {country!r}")
        try:
            place_kind = PlaceKind(kind)
        except ValueError:
            raise DataIntegrityError(
                f"{where}: 'kind' must be one of {[k.value for k in PlaceKind]}, got {kind!r}"
            ) from None
        if ambiguous not in ("0", "1"):
            raise DataIntegrityError(f"{where}: 'ambiguous' must be 0 or 1, got {ambiguous!r}")
        places.append(
            PlaceRecord(
                name=name,
                country=country,
                kind=place_kind,
                alt_names=tuple(a.strip() for a in alt_names.split("|") if a.strip()),
                ambiguous=ambiguous == "1",
                population=_count(population, where, "population"),
                geonameid=_count(geonameid, where, "geonameid"),
            )
        )
    return tuple(places)


def _count(value: str, where: str, field: str) -> int | None:
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        raise DataIntegrityError(f"{where}: {field!r} must be a whole number or empty, got {value!r}")
    return int(value)


# --- organizations.json -------------------------------------------------------------------------


def _organizations(
    document: tuple[str, list[object]], places: tuple[PlaceRecord, ...]
) -> tuple[Organization, ...]:
    filename, items = document
    gazetteer: dict[tuple[str, str], list[PlaceRecord]] = {}
    for place in places:
        for form in (place.name, *place.alt_names):
            gazetteer.setdefault((names.key(form), place.country), []).append(place)
    orgs: list[Organization] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        label = item.get("id") if isinstance(item, dict) else None
        entry = _Entry(f"{filename}: organizations[{i}] ({label})", item, _ORG_KEYS, ("id", "name", "kind"))
        org_id = entry.text("id")
        if org_id in seen:
            entry.fail(f"duplicate id {org_id!r}")
        seen.add(org_id)
        try:
            kind = OrganizationKind(entry.raw("kind"))
        except ValueError:
            entry.fail(
                f"'kind' must be one of {[k.value for k in OrganizationKind]}, got {entry.raw('kind')!r}"
            )
        acronym = entry.opt_text("acronym")
        acronyms = entry.texts("acronyms")
        if acronym is not None:
            acronyms = (acronym, *(a for a in acronyms if a != acronym))
        organs = entry.texts("organs")
        orgs.append(
            Organization(
                id=org_id,
                name=entry.text("name"),
                kind=kind,
                acronym=acronym,
                acronyms=acronyms,
                aliases=entry.texts("aliases"),
                former_names=_former_names(entry),
                founded=entry.date("founded"),
                headquarters=_headquarters(entry, gazetteer),
                qid=entry.opt_text("qid"),
                organs=organs,
                organ_levels=_organ_levels(entry, organs),
                ambiguous_acronyms=entry.texts("ambiguous_acronyms"),
                centers=_centers(entry, org_id),
            )
        )
    return tuple(orgs)


def _list(entry: _Entry, name: str) -> list[object]:
    value = entry.raw(name)
    if value is None:
        return []
    if not isinstance(value, list):
        entry.fail(f"{name!r}: expected a list, got {type(value).__name__}")
    return value


def _former_names(entry: _Entry) -> tuple[FormerName, ...]:
    former: list[FormerName] = []
    for j, item in enumerate(_list(entry, "former_names")):
        sub = _Entry(f"{entry.where}: former_names[{j}]", item, _FORMER_KEYS, ("name",))
        former.append(
            FormerName(name=sub.text("name"), acronym=sub.opt_text("acronym"), until=sub.date("until"))
        )
    return tuple(former)


def _headquarters(
    entry: _Entry, gazetteer: Mapping[tuple[str, str], list[PlaceRecord]]
) -> PlaceRecord | None:
    """The gazetteer's record for the headquarters city (a capital first), else a bare city record."""
    value = entry.raw("headquarters")
    if value is None:
        return None
    sub = _Entry(f"{entry.where}: headquarters", value, _HQ_KEYS, ("city", "country"))
    city, country = sub.text("city"), sub.country("country")
    assert country is not None  # required above
    matches = gazetteer.get((names.key(city), country))
    if matches:
        return min(matches, key=lambda p: p.kind is not PlaceKind.CAPITAL)
    return PlaceRecord(name=city, country=country, kind=PlaceKind.CITY)


def _organ_levels(entry: _Entry, organs: tuple[str, ...]) -> FrozenMapping[str, MeetingLevel]:
    value = entry.raw("organ_levels")
    if value is None:
        return FrozenMapping()
    if not isinstance(value, dict):
        entry.fail(f"'organ_levels': expected an object, got {type(value).__name__}")
    levels: dict[str, MeetingLevel] = {}
    for organ, level in value.items():
        if organ not in organs:
            entry.fail(f"'organ_levels': {organ!r} is not one of the organs")
        try:
            levels[organ] = MeetingLevel(level)
        except ValueError:
            entry.fail(f"'organ_levels': {organ!r}: {level!r} is not a meeting level")
    return FrozenMapping(levels)


def _centers(entry: _Entry, parent: str) -> tuple[Center, ...]:
    centers: list[Center] = []
    for j, item in enumerate(_list(entry, "centers")):
        sub = _Entry(f"{entry.where}: centers[{j}]", item, _CENTER_KEYS, ("name",))
        centers.append(
            Center(
                parent=parent,
                name=sub.text("name"),
                acronym=sub.opt_text("acronym"),
                aliases=sub.texts("aliases"),
                kind=sub.opt_text("kind"),
                city=sub.opt_text("city"),
                country=sub.country("country"),
                since=sub.date("since"),
                until=sub.date("until"),
            )
        )
    return tuple(centers)


# --- memberships.csv ----------------------------------------------------------------------------


def _memberships(text: str, orgs: frozenset[str], states: frozenset[str]) -> tuple[Membership, ...]:
    rows: list[Membership] = []
    dates: dict[str, PartialDate] = {}  # the same dates recur on many rows: parse each once
    for where, (org, state, status, start, end, note) in _csv_rows(
        text, MEMBERSHIPS_FILE, MEMBERSHIPS_HEADER
    ):

        def fail(problem: str, where: str = where) -> NoReturn:
            raise DataIntegrityError(f"{where}: {problem}")

        if org not in orgs:
            fail(f"unknown organization id {org!r} (not in {ORGANIZATIONS_FILE})")
        if state not in states:
            fail(f"unknown state {state!r} (not in {STATES_FILE})")
        try:
            member_status = MembershipStatus(status)
        except ValueError:
            member_status = None
        if member_status not in MEMBERSHIP_STATUSES:
            fail(f"'status' must be one of {sorted(s.value for s in MEMBERSHIP_STATUSES)}, got {status!r}")
        assert member_status is not None
        try:
            rows.append(
                Membership(
                    organization=org,
                    state=state,
                    status=member_status,
                    start=_memo_date(dates, start, fail, "start"),
                    end=_memo_date(dates, end, fail, "end"),
                    note=note or None,
                )
            )
        except ValueError as exc:
            fail(str(exc))
    return tuple(rows)


def _memo_date(
    memo: dict[str, PartialDate], value: str, fail: Callable[[str], NoReturn], field: str
) -> PartialDate | None:
    if not value:
        return None
    parsed = memo.get(value)
    if parsed is None:
        parsed = memo[value] = _date(value, fail, field)
    return parsed
