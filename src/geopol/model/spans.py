"""Where a value came from: character spans and the rule that produced it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

__all__ = ["Evidence", "Span"]


def as_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter to a tuple (a bare ``tuple`` leaves mypy's type variable unbound)."""
    return tuple(items)


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into the original article text."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def slice(self, text: str) -> str:
        """The surface form: ``text[start:end]``."""
        return text[self.start : self.end]


@attrs.frozen(kw_only=True)
class Evidence:
    """The spans a value was read from and the name of the rule that read it."""

    spans: tuple[Span, ...] = attrs.field(
        converter=as_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Span)),
    )
    rule: str = attrs.field(validator=attrs.validators.min_len(1))
