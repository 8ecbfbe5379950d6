"""Merging meeting candidates: a meeting mentioned twice is one meeting."""

from __future__ import annotations

import attrs

from geopol.extract.meeting_words import GENERIC_LEVELS
from geopol.model import DateValue, Meeting, MeetingLevel, MeetingStatus, Place

__all__ = ["Candidate", "MeetingFinding", "merge_candidates"]


@attrs.frozen
class MeetingFinding:
    """A meeting candidate with the normalized ranges it was read from."""

    meeting: Meeting
    ranges: tuple[tuple[int, int], ...]


@attrs.frozen
class Candidate:
    finding: MeetingFinding
    anaphoric: bool
    situated: bool  # the clause gave a place or a date
    indefinite: bool = False  # "an annual APEC ministerial meeting took place in 2018": a new one


def _same_date(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return True
    x, y = a.date, b.date
    return x.first_day() <= y.last_day() and y.first_day() <= x.last_day()


def merge_candidates(found: list[Candidate]) -> list[MeetingFinding]:
    out: list[MeetingFinding] = []
    groups: dict[tuple[str, MeetingStatus], list[int]] = {}
    latest_of: dict[str, int] = {}
    for cand in found:
        f = cand.finding
        m = f.meeting
        target = latest_of.get(m.organization) if cand.anaphoric else None
        anaphoric = target is not None
        if target is None and not cand.indefinite:
            for i in groups.get((m.organization, m.status), [])[-_LOOKBACK:]:
                if _compatible(out[i].meeting, m):
                    target = i
                    break
        if target is None:
            groups.setdefault((m.organization, m.status), []).append(len(out))
            latest_of[m.organization] = len(out)
            out.append(f)
        else:
            merged = _combine(out[target].meeting, m, anaphoric=anaphoric)
            out[target] = MeetingFinding(merged, out[target].ranges + f.ranges)
            latest_of[m.organization] = target
    return out


_LOOKBACK = 32  # a meeting mentioned again is looked for among the 32 latest of its organization


def _compatible(e: Meeting, m: Meeting) -> bool:
    if e.organization != m.organization or e.status != m.status:
        return False
    same_body = e.body is not None and e.body == m.body
    if not same_body and e.level != m.level and not ({e.level, m.level} & GENERIC_LEVELS):
        return False
    if not _same_date(e.start, m.start):
        return False
    ec = e.place.city if e.place else None
    mc = m.place.city if m.place else None
    return not (ec and mc and ec != mc)


def _combine(e: Meeting, m: Meeting, *, anaphoric: bool = False) -> Meeting:
    level = e.level
    if level in GENERIC_LEVELS | {MeetingLevel.OTHER} and m.level not in GENERIC_LEVELS | {
        MeetingLevel.OTHER
    }:
        level = m.level if not anaphoric else level
    return attrs.evolve(
        e,
        level=level,
        body=e.body or m.body,
        ordinal=e.ordinal or m.ordinal,
        place=_better_place(e.place, m.place),
        start=e.start if e.start and e.start.date else (m.start or e.start),
        end=e.end if e.start and e.start.date else (m.end or e.end),
        participants=tuple(dict.fromkeys(e.participants + m.participants)),
        chair=e.chair or m.chair,
    )


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.city is None and b.city is not None:
        return b
    return a
