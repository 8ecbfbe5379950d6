"""The knowledge base's records: frozen, slotted, keyword-only attrs classes.

Records hold what the data files say, already checked by
:mod:`geopol.kb.loading`; they carry no validators of their own so a cold
load stays cheap. Memberships are :class:`geopol.model.Membership` values.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal, TypeVar

import attrs

from geopol.model import MeetingLevel, OrganizationKind, PartialDate

__all__ = [
    "Center",
    "FormerName",
    "FrozenMapping",
    "OrgForm",
    "OrgFormKind",
    "OrganRef",
    "Organization",
    "PlaceKind",
    "PlaceRecord",
    "State",
    "StateForm",
    "StateFormKind",
]

K = TypeVar("K")
V = TypeVar("V")

StateFormKind = Literal["name", "alias", "adjective"]
OrgFormKind = Literal["acronym", "name", "alias", "former"]


class FrozenMapping(Mapping[K, V]):
    """A read-only, hashable, picklable mapping (records are shared by every caller)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(data)

    def __getitem__(self, name: K) -> V:
        return self._data[name]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"

    def __getstate__(self) -> dict[K, V]:
        return self._data

    def __setstate__(self, state: dict[K, V]) -> None:
        self._data = state


class PlaceKind(enum.Enum):
    """What a gazetteer entry is."""

    CAPITAL = "capital"
    CITY = "city"
    VENUE = "venue"


@attrs.frozen(kw_only=True)
class PlaceRecord:
    """A capital, city or meeting venue with its state (alpha-3)."""

    name: str
    country: str
    kind: PlaceKind
    alt_names: tuple[str, ...] = ()
    ambiguous: bool = False
    population: int | None = None
    geonameid: int | None = None


@attrs.frozen(kw_only=True)
class State:
    """A state or territory keyed by ISO 3166 alpha-3 (historic ones from ISO 3166-3)."""

    alpha3: str
    alpha2: str | None
    numeric: str | None
    name: str
    official_name: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    qid: str | None = None
    sovereign: bool = False
    historic: bool = False
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    ambiguous: tuple[str, ...] = ()

    def surface_forms(self) -> Iterator[tuple[str, StateFormKind]]:
        """Every name as written in the data with its kind, official name counted as a name."""
        yield self.name, "name"
        if self.official_name:
            yield self.official_name, "name"
        for alias in self.aliases:
            yield alias, "alias"
        for adjective in self.adjectives:
            yield adjective, "adjective"


@attrs.frozen(kw_only=True)
class FormerName:
    """A name (and acronym) an organization used until ``until``."""

    name: str
    acronym: str | None = None
    until: PartialDate | None = None


@attrs.frozen(kw_only=True)
class Center:
    """A regional center, office or structure of organization ``parent`` in a city."""

    parent: str
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    city: str | None = None
    country: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None


@attrs.frozen(kw_only=True)
class Organization:
    """An intergovernmental organization or standing grouping of states.

    ``acronym`` is the usual acronym (or None); ``acronyms`` every current one,
    ``acronym`` first. ``organ_levels`` maps an organ to the level of its meetings.
    """

    id: str
    name: str
    kind: OrganizationKind
    acronym: str | None = None
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    founded: PartialDate | None = None
    headquarters: PlaceRecord | None = None
    qid: str | None = None
    organs: tuple[str, ...] = ()
    organ_levels: FrozenMapping[str, MeetingLevel] = attrs.field(factory=FrozenMapping)
    ambiguous_acronyms: tuple[str, ...] = ()
    centers: tuple[Center, ...] = ()


@attrs.frozen(kw_only=True)
class OrganRef:
    """An organ (council, commission …) of organization ``org_id`` and the level it meets at."""

    org_id: str
    organ: str
    level: MeetingLevel | None = None


@attrs.frozen(kw_only=True)
class StateForm:
    """What a state surface form denotes, for the gazetteer.

    ``ambiguous``: the form needs context (declared so in the data, or written
    the same for two states).
    """

    alpha3: str
    kind: StateFormKind
    ambiguous: bool
    sovereign: bool


@attrs.frozen(kw_only=True)
class OrgForm:
    """What an organization surface form denotes, for the gazetteer."""

    org_id: str
    kind: OrgFormKind
    ambiguous: bool
