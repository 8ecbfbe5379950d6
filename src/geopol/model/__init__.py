"""The domain model: frozen attrs classes for everything geopol extracts."""

from __future__ import annotations

from geopol.model.codes import is_alpha3
from geopol.model.dates import DateValue, PartialDate, Precision
from geopol.model.entities import (
    Mention,
    OrganizationMention,
    Person,
    Place,
    Quote,
    StateMention,
)
from geopol.model.extraction import SCHEMA_VERSION, Dateline, Extraction
from geopol.model.facts import Meeting, MemberList, Membership, RegionalCenter, Statement
from geopol.model.spans import Evidence, Span
from geopol.model.vocab import (
    DateResolution,
    MeetingLevel,
    MeetingStatus,
    MembershipStatus,
    OrganizationKind,
    SpeakerKind,
    StatementKind,
)

__all__ = [
    "SCHEMA_VERSION",
    "DateResolution",
    "DateValue",
    "Dateline",
    "Evidence",
    "Extraction",
    "Meeting",
    "MeetingLevel",
    "MeetingStatus",
    "MemberList",
    "Membership",
    "MembershipStatus",
    "Mention",
    "OrganizationKind",
    "OrganizationMention",
    "PartialDate",
    "Person",
    "Place",
    "Precision",
    "Quote",
    "RegionalCenter",
    "Span",
    "SpeakerKind",
    "StateMention",
    "Statement",
    "StatementKind",
    "is_alpha3",
]
