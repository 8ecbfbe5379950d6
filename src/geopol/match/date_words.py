"""Vocabulary for date expressions: month and weekday names, relative words."""

from __future__ import annotations

__all__ = ["MONTHS", "RELATIVE_UNITS", "WEEKDAYS"]

MONTHS: dict[str, int] = {
    "January": 1,
    "Jan": 1,
    "February": 2,
    "Feb": 2,
    "March": 3,
    "Mar": 3,
    "April": 4,
    "Apr": 4,
    "May": 5,
    "June": 6,
    "Jun": 6,
    "July": 7,
    "Jul": 7,
    "August": 8,
    "Aug": 8,
    "September": 9,
    "Sept": 9,
    "Sep": 9,
    "October": 10,
    "Oct": 10,
    "November": 11,
    "Nov": 11,
    "December": 12,
    "Dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}

# unit -> days per step for "last/next/this <unit>"
RELATIVE_UNITS: dict[str, str] = {"week": "week", "month": "month", "year": "year"}
