"""Errors the knowledge-base queries raise; they live in :mod:`geopol.errors`."""

from __future__ import annotations

from geopol.errors import InvalidDateError, UnknownStateError

__all__ = ["InvalidDateError", "UnknownStateError"]
