"""Dates that keep their precision (``2023``, ``2023-06``, ``2023-06-19``)."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re

import attrs

from geopol.model.spans import Evidence
from geopol.model.vocab import DateResolution

__all__ = ["DateValue", "PartialDate", "Precision"]

_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _check_year(_inst: object, _a: object, value: int) -> None:
    if not 1 <= value <= 9999:
        raise ValueError(f"year must be within 1..9999, got {value}")


@functools.total_ordering
@attrs.frozen(kw_only=True, eq=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Ordering compares the earliest day each value can denote, then precision
    (``2023`` < ``2023-01`` < ``2023-01-01``).
    """

    year: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_year])
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not isinstance(self.month, int) or not 1 <= self.month <= 12:
            raise ValueError(f"month must be within 1..12, got {self.month!r}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not isinstance(self.day, int) or not 1 <= self.day <= last:
                raise ValueError(f"day must be within 1..{last}, got {self.day!r}")

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        m = _ISO.fullmatch(text) if isinstance(text, str) else None
        if m is None:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        month = int(m["m"]) if m["m"] else None
        day = int(m["d"]) if m["d"] else None
        return cls(year=int(m["y"]), month=month, day=day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision value from a :class:`datetime.date`."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """YEAR, MONTH or DAY."""
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    def iso(self) -> str:
        """ISO 8601 text at this value's precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date:
        """The earliest day this value can denote."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this value can denote."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def _key(self) -> tuple[int, int, int, int]:
        return (self.year, self.month or 1, self.day or 1, len(self.iso()))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        return self.iso()


@attrs.frozen(kw_only=True)
class DateValue:
    """A date read from text (or given), with how it was resolved.

    ``date`` is None only when ``resolution`` is UNRESOLVED.
    """

    date: PartialDate | None
    resolution: DateResolution
    evidence: Evidence | None = None

    def __attrs_post_init__(self) -> None:
        if (self.date is None) != (self.resolution is DateResolution.UNRESOLVED):
            raise ValueError("date must be None exactly when the resolution is 'unresolved'")
