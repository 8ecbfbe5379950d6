"""Find date expressions in text and resolve them against a publication date.

One compiled verbose regex finds absolute dates (``June 19-20, 2023``,
``30 November - 1 December``, ``20.05.2021``), partial ones (``April 2022``,
``in 2018``) and relative ones (``yesterday``, ``on Thursday``, ``next week``).
Resolution keeps precision and records how the value was obtained; a date
that cannot be resolved says so instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from geopol.match.date_words import MONTHS, WEEKDAYS
from geopol.model import DateResolution, PartialDate

__all__ = ["DateMatch", "ResolvedDate", "find_dates", "resolve"]


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 and m != "Sept"]
_MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt([m for m in MONTHS if m not in _FULL_MONTHS])})\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:\s?(?:st|nd|rd|th)(?![a-z]))?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"\s*(?:-|to|until|through|and)\s*"
_WEEKDAY = _alt(list(WEEKDAYS))

_PATTERN = re.compile(
    rf"""
    (?<![\w.])
    (?:
      (?P<md_range>                                     # June 19-20, 2023 / Nov 30 - Dec 1
        (?P<a_m1>{_MONTH})\s+(?P<a_d1>{_DAY}){_DASH}
        (?:(?P<a_m2>{_MONTH})\s+)?(?P<a_d2>{_DAY})
        (?:,?\s+(?P<a_y>{_YEAR}))?
      )
    | (?P<dm_range>                                     # 19-20 June 2023 / 30 November - 1 December
        (?P<b_d1>{_DAY})(?:\s+(?P<b_m1>{_MONTH}))?{_DASH}
        (?P<b_d2>{_DAY})\s+(?:of\s+)?(?P<b_m2>{_MONTH})
        (?:,?\s+(?P<b_y>{_YEAR}))?
      )
    | (?P<md>                                           # June 19, 2023 / Oct. 14
        (?P<c_m>{_MONTH})\s+(?P<c_d>{_DAY})(?![\d:])
        (?:,?\s+(?P<c_y>{_YEAR}))?
      )
    | (?P<dm>                                           # 3 December 2015 / 3rd of December
        (?P<d_d>{_DAY})\s+(?:of\s+)?(?P<d_m>{_MONTH})
        (?:,?\s+(?P<d_y>{_YEAR}))?
      )
    | (?P<my>                                           # April 2022 / December, 2015
        (?P<e_m>{_MONTH}),?\s+(?P<e_y>{_YEAR})
      )
    | (?P<dotted>                                       # 20.05.2021
        (?P<f_d>3[01]|[12]\d|0[1-9])\.(?P<f_m>1[0-2]|0[1-9])\.(?P<f_y>{_YEAR})
      )
    | (?P<iso>                                          # 2021-09-15
        (?P<g_y>{_YEAR})-(?P<g_m>1[0-2]|0[1-9])-(?P<g_d>3[01]|[12]\d|0[1-9])
      )
    | (?:in|In|since|Since|until|by|from|of|late|early|mid-)\s+   # preposition (not kept)
      (?P<month_only>(?P<h_m>{_MONTH}))(?![\w-]|\s+\d)  # in December
    | (?:in|In|since|Since|until|by|from|of|during|late|early|mid-)\s+
      (?P<year_only>{_YEAR})(?![\w-])                   # in 2018
    | (?P<relday>today|yesterday|tomorrow|Today|Yesterday|Tomorrow)
    | (?P<relweek>(?P<r_dir>last|next|this|past|coming|Last|Next|This)\s+(?P<r_unit>week|month|year))
    | (?P<weekday>(?:(?P<w_dir>last|next|this|Last|Next|This)\s+)?(?P<w_day>{_WEEKDAY})
        (?:\s+(?:and|to|through|-)\s+(?P<w_day2>{_WEEKDAY}))?)
    )
    (?![\w])
    """,
    re.VERBOSE,
)


@attrs.frozen
class DateMatch:
    """A date expression found in the text, before resolution."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None] = attrs.field(eq=False, repr=False)
    text: str


@attrs.frozen
class ResolvedDate:
    """Start and end (None for a single day) plus how they were obtained."""

    start: PartialDate | None
    end: PartialDate | None
    resolution: DateResolution


def find_dates(text: str) -> Iterator[DateMatch]:
    """Every date expression in ``text``, left to right, non-overlapping."""
    for m in _PATTERN.finditer(text):
        kind = _top_kind(m)
        start = m.start(kind)  # drops a leading preposition
        yield DateMatch(start, m.end(), kind, m.groupdict(), text[start : m.end()])


_KINDS = (
    "md_range",
    "dm_range",
    "md",
    "dm",
    "my",
    "dotted",
    "iso",
    "month_only",
    "year_only",
    "relday",
    "relweek",
    "weekday",
)


def _top_kind(m: re.Match[str]) -> str:
    for k in _KINDS:
        if m.group(k) is not None:
            return k
    return "unknown"  # pragma: no cover - the pattern has no other branch


def _month(word: str | None) -> int | None:
    return MONTHS.get(word.rstrip(".")) if word else None


def _day(word: str | None) -> int | None:
    if not word:
        return None
    return int(re.sub(r"\D", "", word))


def _safe(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def _shift_year(d: PartialDate, published: dt.date, future: bool) -> PartialDate:
    """Move a year-less day to the adjacent year when the tense says so."""
    if d.day is None or d.month is None:
        return d
    when = dt.date(d.year, d.month, d.day)
    if not future and when > published + dt.timedelta(days=30):
        return _safe(d.year - 1, d.month, d.day) or d
    if future and when < published - dt.timedelta(days=30):
        return _safe(d.year + 1, d.month, d.day) or d
    return d


def resolve(match: DateMatch, published: dt.date | None, *, future: bool = False) -> ResolvedDate:
    """Resolve ``match``; relative and year-less dates need ``published``.

    A date that would fall outside the calendar (next year after 9999) is unresolved.
    """
    try:
        return _resolve(match, published, future)
    except (OverflowError, ValueError):
        return ResolvedDate(None, None, DateResolution.UNRESOLVED)


def _resolve(match: DateMatch, published: dt.date | None, future: bool) -> ResolvedDate:
    g = match.groups
    kind = match.kind
    unresolved = ResolvedDate(None, None, DateResolution.UNRESOLVED)
    if kind in ("dotted", "iso"):
        p = "f" if kind == "dotted" else "g"
        d = _safe(int(g[f"{p}_y"] or 0), int(g[f"{p}_m"] or 0), int(g[f"{p}_d"] or 0))
        return ResolvedDate(d, None, DateResolution.STATED) if d else unresolved
    if kind == "year_only":
        return ResolvedDate(PartialDate(year=int(match.text)), None, DateResolution.STATED)
    if kind == "my":
        d = _safe(int(g["e_y"] or 0), _month(g["e_m"]), None)
        return ResolvedDate(d, None, DateResolution.STATED) if d else unresolved
    if kind in ("md_range", "dm_range", "md", "dm", "month_only"):
        return _calendar(kind, g, published, future)
    if published is None:
        return unresolved
    return _relative(kind, g, published, future)


def _calendar(kind: str, g: dict[str, str | None], published: dt.date | None, future: bool) -> ResolvedDate:
    if kind == "md_range":
        m1, d1, m2, d2, y = _month(g["a_m1"]), _day(g["a_d1"]), _month(g["a_m2"]), _day(g["a_d2"]), g["a_y"]
        m2 = m2 or m1
    elif kind == "dm_range":
        m2, d1, d2, y = _month(g["b_m2"]), _day(g["b_d1"]), _day(g["b_d2"]), g["b_y"]
        m1 = _month(g["b_m1"]) or m2
    elif kind == "md":
        m1, d1, y = _month(g["c_m"]), _day(g["c_d"]), g["c_y"]
        m2 = d2 = None
    elif kind == "dm":
        m1, d1, y = _month(g["d_m"]), _day(g["d_d"]), g["d_y"]
        m2 = d2 = None
    else:
        m1, d1, y, m2, d2 = _month(g["h_m"]), None, None, None, None
    how = DateResolution.STATED
    if y is not None:
        year = int(y)
    elif published is not None:
        year = published.year
        how = DateResolution.YEAR_FROM_PUBLISHED
    else:
        return ResolvedDate(None, None, DateResolution.UNRESOLVED)
    start = _safe(year, m1, d1)
    if start is None:
        return ResolvedDate(None, None, DateResolution.UNRESOLVED)
    if how is DateResolution.YEAR_FROM_PUBLISHED and published is not None:
        if d1 is None and m1 is not None:
            start = _shift_month(start, published, future)
        else:
            start = _shift_year(start, published, future)
    end = None
    if d2 is not None and m2 is not None:
        end_year = start.year + (1 if m2 < (m1 or m2) else 0)
        end = _safe(end_year, m2, d2)
        if end is not None and end < start:
            end = None
    return ResolvedDate(start, end, how)


def _shift_month(d: PartialDate, published: dt.date, future: bool) -> PartialDate:
    if d.month is None:
        return d
    if not future and d.month > published.month + 1:
        return PartialDate(year=d.year - 1, month=d.month)
    if future and d.month < published.month - 1:
        return PartialDate(year=d.year + 1, month=d.month)
    return d


def _relative(kind: str, g: dict[str, str | None], published: dt.date, future: bool) -> ResolvedDate:
    rel = DateResolution.RELATIVE
    if kind == "relday":
        word = (g["relday"] or "").lower()
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        return ResolvedDate(PartialDate.from_date(published + dt.timedelta(days=offset)), None, rel)
    if kind == "weekday":
        target = WEEKDAYS[g["w_day"] or "Monday"]
        direction = (g["w_dir"] or "").lower()
        delta = (target - published.weekday()) % 7
        if direction == "next" or (future and direction != "last"):
            day = published + dt.timedelta(days=delta or 7 if direction == "next" else delta)
        else:
            back = (published.weekday() - target) % 7
            if direction == "last" and back == 0:
                back = 7
            day = published - dt.timedelta(days=back)
        end = None
        if g.get("w_day2"):
            span = (WEEKDAYS[g["w_day2"] or "Monday"] - target) % 7
            end = PartialDate.from_date(day + dt.timedelta(days=span)) if span else None
        return ResolvedDate(PartialDate.from_date(day), end, rel)
    direction = (g["r_dir"] or "").lower()
    unit = g["r_unit"] or "week"
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
    if unit == "year":
        return ResolvedDate(PartialDate(year=published.year + step), None, rel)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return ResolvedDate(PartialDate(year=month_index // 12, month=month_index % 12 + 1), None, rel)
    # A week is not a calendar unit of PartialDate: keep its Monday..Sunday as a range.
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return ResolvedDate(
        PartialDate.from_date(monday), PartialDate.from_date(monday + dt.timedelta(days=6)), rel
    )
