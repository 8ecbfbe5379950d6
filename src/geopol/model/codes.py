"""ISO 3166 alpha-3 validation against the bundled code list."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

__all__ = ["check_alpha3", "historic_alpha3", "is_alpha3", "known_alpha3"]


@functools.cache
def _codes() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files("geopol.model").joinpath("alpha3.txt").read_text("utf-8")
    current: set[str] = set()
    historic: set[str] = set()
    bucket = current
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line == "[historic]":
            bucket = historic
        elif line != "[current]":
            bucket.add(line)
    return frozenset(current), frozenset(historic)


def known_alpha3() -> frozenset[str]:
    """Current ISO 3166-1 codes plus XKX (Kosovo)."""
    return _codes()[0]


def historic_alpha3() -> frozenset[str]:
    """ISO 3166-3 codes of former states (SUN, YUG, CSK …)."""
    return _codes()[1]


def is_alpha3(code: object) -> bool:
    """True for a current or historic code."""
    return isinstance(code, str) and (code in _codes()[0] or code in _codes()[1])


def check_alpha3(_inst: object, attribute: object, value: Any) -> None:
    """attrs validator: an ISO 3166 alpha-3 code (None passes).

    ``value`` is ``Any`` so that attrs' typing infers the field's own type (``str``,
    ``str | None``) rather than ``object``.
    """
    if value is not None and not is_alpha3(value):
        name = getattr(attribute, "name", "code")
        raise ValueError(f"{name}: not an ISO 3166 alpha-3 code: {value!r}")
