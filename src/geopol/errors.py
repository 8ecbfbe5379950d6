"""Exceptions raised by geopol, all under :class:`GeopolError`."""

from __future__ import annotations

__all__ = [
    "DataIntegrityError",
    "GeopolError",
    "InvalidDateError",
    "SchemaError",
    "UnknownOrganizationError",
    "UnknownStateError",
]


class GeopolError(Exception):
    """Root of every error geopol raises on purpose."""


class SchemaError(GeopolError, ValueError):
    """A serialized document does not match the geopol JSON shape.

    ``errors`` holds one message per bad value, each naming its path
    (``$.meetings[0].start``); ``paths`` holds the paths alone.
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors

    @property
    def paths(self) -> tuple[str, ...]:
        """The JSON paths (``$.a.b[0]``) of the bad values."""
        return tuple(e.rsplit(" @ ", 1)[-1] for e in self.errors if " @ " in e)


class UnknownOrganizationError(GeopolError, LookupError):
    """The knowledge base has no organization of that name, acronym or id."""


class DataIntegrityError(GeopolError, RuntimeError):
    """A bundled knowledge-base data file is corrupt or inconsistent."""


class UnknownStateError(GeopolError, LookupError):
    """The knowledge base has no state of that name, code, alias or demonym."""


class InvalidDateError(GeopolError, ValueError):
    """A date argument is neither a date nor ISO text (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``)."""
