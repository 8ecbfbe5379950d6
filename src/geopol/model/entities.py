"""Things named in an article: organizations, states, places, people, quotes."""

from __future__ import annotations

import attrs

from geopol.model.codes import check_alpha3
from geopol.model.spans import Evidence, Span, as_tuple
from geopol.model.vocab import OrganizationKind, SpeakerKind

__all__ = [
    "Mention",
    "OrganizationMention",
    "Person",
    "Place",
    "Quote",
    "StateMention",
]

_text = attrs.validators.instance_of(str)
_opt_text = attrs.validators.optional(attrs.validators.instance_of(str))


def _spans(_inst: object, _a: object, value: tuple[object, ...]) -> None:
    for v in value:
        if not isinstance(v, Mention):
            raise TypeError(f"expected Mention, got {type(v).__name__}")


@attrs.frozen(kw_only=True)
class Mention:
    """One occurrence in the text: its surface form and span."""

    text: str = attrs.field(validator=_text)
    span: Span

    def __attrs_post_init__(self) -> None:
        if len(self.text) != self.span.end - self.span.start:
            raise ValueError("mention text length differs from its span")


@attrs.frozen(kw_only=True)
class OrganizationMention:
    """An intergovernmental organization named in the text, with every mention."""

    id: str = attrs.field(validator=attrs.validators.min_len(1))
    name: str = attrs.field(validator=_text)
    acronym: str | None = attrs.field(default=None, validator=_opt_text)
    kind: OrganizationKind = OrganizationKind.OTHER
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=as_tuple, validator=_spans)


@attrs.frozen(kw_only=True)
class StateMention:
    """A sovereign state named in the text (by name, short form or demonym)."""

    alpha3: str = attrs.field(validator=check_alpha3)
    name: str = attrs.field(validator=_text)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=as_tuple, validator=_spans)


@attrs.frozen(kw_only=True)
class Place:
    """A city and/or state; either may be unknown."""

    city: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=check_alpha3)
    evidence: Evidence | None = None


@attrs.frozen(kw_only=True)
class Person:
    """A named person, with the role and state the text gives."""

    name: str = attrs.field(validator=attrs.validators.min_len(1))
    role: str | None = attrs.field(default=None, validator=_opt_text)
    country: str | None = attrs.field(default=None, validator=check_alpha3)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=as_tuple, validator=_spans)
    evidence: Evidence | None = None


@attrs.frozen(kw_only=True)
class Quote:
    """Words between quotation marks and who the text attributes them to."""

    text: str = attrs.field(validator=_text)
    span: Span
    speaker: str | None = attrs.field(default=None, validator=_opt_text)
    speaker_kind: SpeakerKind | None = None
    evidence: Evidence | None = None
