"""Errors the knowledge-base queries raise, under :class:`geopol.errors.GeopolError`.

:class:`geopol.errors.UnknownOrganizationError` (unknown organization) and
:class:`geopol.errors.DataIntegrityError` (corrupt data file) come from
:mod:`geopol.errors`; the two below are specific to knowledge-base queries.
"""

from __future__ import annotations

from geopol.errors import GeopolError

__all__ = ["InvalidDateError", "UnknownStateError"]


class UnknownStateError(GeopolError, LookupError):
    """The knowledge base has no state of that name, code, alias or demonym."""


class InvalidDateError(GeopolError, ValueError):
    """A query date is neither a date nor ISO text (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``)."""
