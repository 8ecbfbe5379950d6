"""Everything read from one article."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from geopol.model.dates import DateValue
from geopol.model.entities import OrganizationMention, Person, Place, Quote, StateMention
from geopol.model.facts import Meeting, MemberList, RegionalCenter, Statement
from geopol.model.spans import Evidence, Span, as_tuple

__all__ = ["SCHEMA_VERSION", "Dateline", "Extraction"]

SCHEMA_VERSION = 1


@attrs.frozen(kw_only=True)
class Dateline:
    """The article's dateline ("MINSK, June 20 (Xinhua) --"): place, date, agency."""

    place: Place | None = None
    date: DateValue | None = None
    source: str | None = None
    evidence: Evidence | None = None


def _schema_version(_inst: object, _a: object, value: int) -> None:
    if value != SCHEMA_VERSION:
        raise ValueError(f"unsupported schema_version {value!r}; this geopol reads {SCHEMA_VERSION}")


@attrs.frozen(kw_only=True)
class Extraction:
    """The typed record of one article. Spans index the original text of ``text_length`` chars."""

    schema_version: int = attrs.field(default=SCHEMA_VERSION, validator=_schema_version)
    text_length: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    published: DateValue | None = None
    dateline: Dateline | None = None
    organizations: tuple[OrganizationMention, ...] = attrs.field(default=(), converter=as_tuple)
    states: tuple[StateMention, ...] = attrs.field(default=(), converter=as_tuple)
    places: tuple[Place, ...] = attrs.field(default=(), converter=as_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=as_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=as_tuple)
    dates: tuple[DateValue, ...] = attrs.field(default=(), converter=as_tuple)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=as_tuple)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=as_tuple)
    centers: tuple[RegionalCenter, ...] = attrs.field(default=(), converter=as_tuple)
    member_lists: tuple[MemberList, ...] = attrs.field(default=(), converter=as_tuple)

    def __attrs_post_init__(self) -> None:
        for span in self.spans():
            if span.end > self.text_length:
                raise ValueError(
                    f"span {span.start}-{span.end} lies beyond the text ({self.text_length} chars)"
                )
        for st in self.statements:
            if st.meeting is not None and st.meeting >= len(self.meetings):
                raise ValueError(f"statement refers to meeting {st.meeting}, which does not exist")

    def spans(self) -> Iterator[Span]:
        """Every span anywhere in this extraction."""
        yield from _walk_spans(self)


def _walk_spans(value: object) -> Iterator[Span]:
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk_spans(item)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            yield from _walk_spans(getattr(value, field.name))
