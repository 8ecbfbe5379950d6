"""Facts about organizations: memberships, meetings, statements, centers, member lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from geopol.model.codes import check_alpha3
from geopol.model.dates import DateValue, PartialDate
from geopol.model.entities import Place, Quote
from geopol.model.spans import Evidence, as_tuple
from geopol.model.vocab import MeetingLevel, MeetingStatus, MembershipStatus, StatementKind

__all__ = ["Meeting", "MemberList", "Membership", "RegionalCenter", "Statement"]

_opt_text = attrs.validators.optional(attrs.validators.instance_of(str))
_org: Callable[[Any, Any, str], None] = attrs.validators.min_len(1)


def _codes(_inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    for code in value:
        check_alpha3(None, attribute, code)


@attrs.frozen(kw_only=True)
class Membership:
    """A state's status in an organization over a dated interval (end exclusive of None = open)."""

    organization: str = attrs.field(validator=_org)
    state: str = attrs.field(validator=check_alpha3)
    status: MembershipStatus
    start: PartialDate | None = None
    end: PartialDate | None = None
    note: str | None = attrs.field(default=None, validator=_opt_text)
    evidence: Evidence | None = None

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"membership ends ({self.end}) before it starts ({self.start})")


@attrs.frozen(kw_only=True)
class Meeting:
    """A multilateral meeting of an organization's body or of its members' leaders/ministers."""

    organization: str = attrs.field(validator=_org)
    level: MeetingLevel
    status: MeetingStatus
    body: str | None = attrs.field(default=None, validator=_opt_text)
    ordinal: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(1))
    )
    place: Place | None = None
    start: DateValue | None = None
    end: DateValue | None = None
    participants: tuple[str, ...] = attrs.field(default=(), converter=as_tuple)
    chair: str | None = attrs.field(default=None, validator=_opt_text)
    evidence: Evidence | None = None

    def __attrs_post_init__(self) -> None:
        s = self.start.date if self.start else None
        e = self.end.date if self.end else None
        if s is not None and e is not None and e.last_day() < s.first_day():
            raise ValueError(f"meeting ends ({e}) before it starts ({s})")


@attrs.frozen(kw_only=True)
class Statement:
    """A joint statement, declaration, communiqué or resolution, with its quoted passages.

    ``meeting`` is the index of the meeting it came from in ``Extraction.meetings``.
    """

    organization: str = attrs.field(validator=_org)
    kind: StatementKind
    topic: str | None = attrs.field(default=None, validator=_opt_text)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=as_tuple)
    meeting: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    evidence: Evidence | None = None


@attrs.frozen(kw_only=True)
class RegionalCenter:
    """A center, office, structure or secretariat of an organization, tied to a place."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    parent: str = attrs.field(validator=_org)
    place: Place | None = None
    evidence: Evidence | None = None


@attrs.frozen(kw_only=True)
class MemberList:
    """The states a text presents as an organization's members, checked against the KB.

    ``not_members``: listed states the knowledge base does not hold as members on
    ``checked_on`` (None: in its latest data, for an article without a publication date);
    ``omitted``: members on that date the list leaves out. ``checked`` is False when the
    knowledge base holds no membership data for the organization (nothing was compared).
    """

    organization: str = attrs.field(validator=_org)
    states: tuple[str, ...] = attrs.field(converter=as_tuple, validator=_codes)
    checked_on: PartialDate | None = None
    not_members: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_codes)
    omitted: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=_codes)
    checked: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    evidence: Evidence | None = None
