"""Closed vocabularies; the enum values are the words of the gold annotation guideline."""

from __future__ import annotations

import enum

__all__ = [
    "DateResolution",
    "MeetingLevel",
    "MeetingStatus",
    "MembershipStatus",
    "OrganizationKind",
    "SpeakerKind",
    "StatementKind",
]


class MeetingLevel(enum.Enum):
    """Who met: leaders, ministers of one portfolio, officials."""

    HEADS_OF_STATE = "heads_of_state"
    HEADS_OF_GOVERNMENT = "heads_of_government"
    FOREIGN_MINISTERS = "foreign_ministers"
    DEFENCE_MINISTERS = "defence_ministers"
    OTHER_MINISTERS = "other_ministers"
    JOINT_MINISTERS = "joint_ministers"
    SENIOR_OFFICIALS = "senior_officials"
    OTHER = "other"


class MeetingStatus(enum.Enum):
    """Whether a meeting was held (or is under way) or lies in the future."""

    HELD = "held"
    SCHEDULED = "scheduled"


class StatementKind(enum.Enum):
    """The kind of collective document an organization issued."""

    JOINT_STATEMENT = "joint_statement"
    DECLARATION = "declaration"
    COMMUNIQUE = "communique"
    RESOLUTION = "resolution"
    OTHER = "other"


class MembershipStatus(enum.Enum):
    """A state's standing in an organization during an interval."""

    MEMBER = "member"
    OBSERVER = "observer"
    PARTNER = "partner"
    ASSOCIATE = "associate"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"


class OrganizationKind(enum.Enum):
    """Broad class of an intergovernmental organization."""

    GLOBAL = "global"
    UN_AGENCY = "un_agency"
    SECURITY = "security"
    REGIONAL = "regional"
    ECONOMIC = "economic"
    GROUPING = "grouping"
    OTHER = "other"


class DateResolution(enum.Enum):
    """How a date was obtained."""

    STATED = "stated"
    YEAR_FROM_PUBLISHED = "year_from_published"
    RELATIVE = "relative"
    DATELINE = "dateline"
    GIVEN = "given"
    UNRESOLVED = "unresolved"


class SpeakerKind(enum.Enum):
    """What kind of source a quotation is attributed to."""

    PERSON = "person"
    DOCUMENT = "document"
    ORGANIZATION = "organization"
    GROUP = "group"
