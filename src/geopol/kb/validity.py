"""When a membership row is in force, and how query dates are read.

A row covers day ``d`` when ``start.first_day() <= d < end.first_day()``:

* ``start`` empty: in force since the organization's founding (no lower bound);
  a partial start counts from its first day (``1994`` -> 1994-01-01);
* ``end`` empty: still in force; ``end`` is the first day the status no longer
  held (exclusive), and a partial end counts from its first day, so a row
  ending ``1999`` last covers 1998-12-31.

A query date given as a partial date (``"2008"``, ``PartialDate(year=2008)``)
stands for its first day.
"""

from __future__ import annotations

import datetime as dt

from geopol.kb.exceptions import InvalidDateError
from geopol.model import Membership, PartialDate

__all__ = ["DateLike", "as_day", "covers", "interval"]

DateLike = dt.date | PartialDate | str | None


def as_day(on: DateLike) -> dt.date:
    """The day a query refers to: ``None`` is today, partial dates their first day."""
    if on is None:
        return dt.date.today()
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    if isinstance(on, PartialDate):
        return on.first_day()
    if isinstance(on, str):
        try:
            return PartialDate.from_iso(on.strip()).first_day()
        except ValueError as exc:
            raise InvalidDateError(f"invalid date {on!r}: {exc}") from None
    raise InvalidDateError(f"expected a date, a PartialDate or ISO text, got {type(on).__name__}")


def interval(row: Membership) -> tuple[dt.date, dt.date | None]:
    """``(first day in force, first day no longer in force or None)``; no start is ``date.min``."""
    start = row.start.first_day() if row.start is not None else dt.date.min
    return start, (row.end.first_day() if row.end is not None else None)


def covers(row: Membership, day: dt.date) -> bool:
    """True when ``row`` is in force on ``day`` (see the module docstring)."""
    start, end = interval(row)
    return start <= day and (end is None or day < end)
