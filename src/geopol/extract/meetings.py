"""Meetings of an organization's bodies or of its members' ministers and leaders.

Each sentence is cut into clauses around meeting anchors (trigger words such
as "meeting", "summit", "met", and organ names with a known level). A clause
gives one candidate: organization (nearest mention, else the organ's parent,
else the article's main organization for "the meeting"), level (nearest cue,
else the organ's level), body, place, dates, status (tense and dates),
ordinal and chair. Candidates that agree are merged, so a meeting mentioned
twice is one meeting. Bilateral talks, sideline meetings, courtesy calls and
cancelled meetings give nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import attrs

from geopol.extract.dates import resolve_in_context
from geopol.extract.document import Document
from geopol.extract.meeting_words import CANCELLED, LEVEL_CUES, NOT_MULTILATERAL, SCHEDULED_CUES, TRIGGER
from geopol.extract.organizations import OrgHit
from geopol.extract.people import PersonFinding
from geopol.extract.places import PlaceHit
from geopol.kb import KnowledgeBase
from geopol.model import (
    Dateline,
    DateResolution,
    DateValue,
    Meeting,
    MeetingLevel,
    MeetingStatus,
    PartialDate,
    Place,
)

__all__ = ["MeetingFinding", "extract_meetings", "main_org"]

_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b([XVIL]{1,7})\b(?=\s+\w*\s*(?:[Ss]ummit|[Ss]ession|[Mm]eeting))")
_CHAIR = re.compile(r"(?:chairmanship|chaired|presided\s+over|presidency)\s+(?:of|by)\s+", re.IGNORECASE)
_HERE = re.compile(r"\bhere\b")
_VIRTUAL = re.compile(r"\b(?:videoconference|video\s+conference|virtual(?:ly)?|online|video\s+link)\b", re.I)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@attrs.frozen
class MeetingFinding:
    """A meeting candidate with the normalized ranges it was read from."""

    meeting: Meeting
    ranges: tuple[tuple[int, int], ...]


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def main_org(org_hits: list[OrgHit]) -> str | None:
    if not org_hits:
        return None
    counts = Counter(org for org, _ in org_hits)
    first = org_hits[0][0]
    best, n = counts.most_common(1)[0]
    return first if counts[first] == n else best


def extract_meetings(
    doc: Document,
    kb: KnowledgeBase,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    people: tuple[PersonFinding, ...],
    dateline: Dateline | None,
    published: dt.date | None,
) -> tuple[MeetingFinding, ...]:
    """Every multilateral meeting the text reports, merged."""
    main = main_org(org_hits)
    found: list[MeetingFinding] = []
    first_anchor = True
    for sent in doc.sentences:
        if NOT_MULTILATERAL.search(sent.text) or CANCELLED.search(sent.text):
            continue
        anchors = _anchors(doc, sent.start, sent.end)
        if not anchors:
            continue
        bounds = _clauses(anchors, sent.start, sent.end)
        for (a_start, a_end, organ), (c_start, c_end) in zip(anchors, bounds, strict=True):
            cand = _candidate(doc, kb, org_hits, place_hits, people, dateline, published, main,
                              (a_start, a_end, organ), (c_start, c_end), (sent.start, sent.end), len(anchors) == 1,
                              first_anchor)
            first_anchor = False
            if cand is not None:
                found.append(cand)
    return _merge(found)


def _anchors(doc: Document, s0: int, s1: int) -> list[tuple[int, int, str | None]]:
    """(start, end, organ name or None) for each meeting anchor of a sentence."""
    out: list[tuple[int, int, str | None]] = []
    for n in doc.names_between(s0, s1):
        organs = n.of_kind("organ")
        if organs and not doc.in_quote(n.start, n.end):
            out.append((n.start, n.end, organs[0].key))
    for m in TRIGGER.finditer(doc.text, s0, s1):
        if doc.in_quote(m.start(), m.end()):
            continue
        if any(a <= m.start() < b + 40 and a <= m.start() for a, b, _ in out):
            continue  # "Council of Foreign Ministers meeting": one anchor
        out.append((m.start(), m.end(), None))
    out.sort()
    merged: list[tuple[int, int, str | None]] = []
    for a in out:
        if merged and a[0] - merged[-1][1] <= 30 and not re.search(r"[,;]|\b(?:and|which|while|but)\b",
                                                                   doc.text[merged[-1][1] : a[0]]):
            prev = merged[-1]
            merged[-1] = (prev[0], max(prev[1], a[1]), prev[2] or a[2])
        else:
            merged.append(a)
    return merged


def _clauses(anchors: list[tuple[int, int, str | None]], s0: int, s1: int) -> list[tuple[int, int]]:
    bounds = []
    for i, (a, _b, _o) in enumerate(anchors):
        start = s0 if i == 0 else (anchors[i - 1][1] + a) // 2
        end = s1 if i == len(anchors) - 1 else anchors[i + 1][0]
        bounds.append((start, end))
    return bounds


def _candidate(
    doc: Document,
    kb: KnowledgeBase,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    people: tuple[PersonFinding, ...],
    dateline: Dateline | None,
    published: dt.date | None,
    main: str | None,
    anchor: tuple[int, int, str | None],
    clause: tuple[int, int],
    sent: tuple[int, int],
    only: bool,
    first: bool,
) -> MeetingFinding | None:
    a_start, a_end, organ = anchor
    c0, c1 = clause
    text = doc.text
    # Organization: the mention nearest the anchor within the clause or sentence.
    org = _nearest_org(org_hits, a_start, c0 if not only else sent[0], c1 if not only else sent[1])
    refs = kb.organ_index().get(organ, ()) if organ else ()
    if org is None and refs and len({r.org_id for r in refs}) == 1:
        org = refs[0].org_id
    if org is None:
        org = main if (main and (organ or re.search(r"\b(?:the|this|its|their)\s+(?:\w+\s+){0,3}(?:meeting|summit|session)",
                                                    text[c0:c1], re.I))) else None
    if org is None:
        return None
    level = _level(text, a_start, a_end, c0, c1)
    body = organ
    if organ:
        for r in refs:
            if r.org_id == org and r.level is not None:
                level = level or r.level
                if r.level is MeetingLevel.HEADS_OF_STATE or level is None:
                    level = r.level
        if refs and not any(r.org_id == org for r in refs):
            body = organ
    # Place
    place, place_range = _place(doc, place_hits, c0, c1, dateline)
    if _VIRTUAL.search(text[c0:c1]):
        place = Place(city=None, country=place.country if place else None, evidence=place.evidence if place else None)
    # Dates
    start, end, date_range = _dates(doc, c0, c1, published)
    status = MeetingStatus.SCHEDULED if SCHEDULED_CUES.search(text[c0:c1]) else MeetingStatus.HELD
    if start is not None and start.date is not None and published is not None:
        if start.date.first_day() > published:
            status = MeetingStatus.SCHEDULED
        elif start.date.last_day() < published - dt.timedelta(days=2):
            status = MeetingStatus.HELD
    has_fact = place is not None or start is not None or organ is not None or level is not None
    if not has_fact:
        return None
    ordinal = None
    om = _ORDINAL.search(text, max(c0, a_start - 30), a_end + 5)
    if om is not None:
        ordinal = int(om.group(1)) if om.group(1) else _roman(om.group(2))
    chair = _chair(doc, people, c0, c1)
    participants = tuple(
        p.name for p in people if any(c0 <= a < c1 for a, _ in p.spans) and p.role and p.name != chair
    )
    ranges = [(a_start, a_end)] + ([place_range] if place_range else []) + ([date_range] if date_range else [])
    meeting = Meeting(
        organization=org,
        level=level or MeetingLevel.OTHER,
        status=status,
        body=body,
        ordinal=ordinal if ordinal and ordinal < 1000 else None,
        place=place,
        start=start,
        end=end,
        participants=participants,
        chair=chair,
        evidence=doc.evidence("meeting_clause", *ranges),
    )
    del first
    return MeetingFinding(meeting, tuple(ranges))


def _nearest_org(org_hits: list[OrgHit], at: int, lo: int, hi: int) -> str | None:
    best, dist = None, 10**9
    for org, n in org_hits:
        if lo <= n.start < hi:
            d = at - n.end if n.end <= at else (n.start - at) * 2
            if d < dist:
                best, dist = org, d
    return best


def _level(text: str, a_start: int, a_end: int, c0: int, c1: int) -> MeetingLevel | None:
    best, dist = None, 10**9
    for pattern, level in LEVEL_CUES:
        for m in pattern.finditer(text, c0, c1):
            d = min(abs(m.start() - a_start), abs(m.end() - a_end))
            if d < dist:
                best, dist = level, d
    return best


def _place(
    doc: Document, place_hits: list[PlaceHit], c0: int, c1: int, dateline: Dateline | None
) -> tuple[Place | None, tuple[int, int] | None]:
    for city, country, n in place_hits:
        if c0 <= n.start < c1:
            return (Place(city=city, country=country or None, evidence=doc.evidence("meeting_city", (n.start, n.end))),
                    (n.start, n.end))
    hm = _HERE.search(doc.text, c0, c1)
    if hm is not None and dateline is not None and dateline.place is not None:
        return dateline.place, (hm.start(), hm.end())
    # "in Belarus" / "in the Solomon Islands capital": the state alone.
    for n in doc.names_between(c0, c1):
        states = n.of_kind("state")
        if states and re.search(r"\b(?:in|to)\s+(?:the\s+)?$", doc.text[max(0, n.start - 8) : n.start]):
            return (Place(city=None, country=states[0].key, evidence=doc.evidence("meeting_state", (n.start, n.end))),
                    (n.start, n.end))
    return None, None


def _dates(
    doc: Document, c0: int, c1: int, published: dt.date | None
) -> tuple[DateValue | None, DateValue | None, tuple[int, int] | None]:
    for m in doc.dates:
        if c0 <= m.start < c1 and not doc.in_quote(m.start, m.end):
            r = resolve_in_context(doc, m, published)
            ev = doc.evidence(f"date_{m.kind}", (m.start, m.end))
            if r.start is None:
                return DateValue(date=None, resolution=DateResolution.UNRESOLVED, evidence=ev), None, (m.start, m.end)
            start = DateValue(date=r.start, resolution=r.resolution, evidence=ev)
            end = DateValue(date=r.end, resolution=r.resolution, evidence=ev) if r.end else None
            return start, end, (m.start, m.end)
    return None, None, None


def _chair(doc: Document, people: tuple[PersonFinding, ...], c0: int, c1: int) -> str | None:
    m = _CHAIR.search(doc.text, c0, c1)
    if m is None:
        return None
    for p in people:
        for a, _b in p.spans:
            if m.end() <= a <= m.end() + 60:
                return p.name
    return None


def _same_date(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None or a.date is None or b.date is None:
        return True
    x, y = a.date, b.date
    return x.first_day() <= y.last_day() and y.first_day() <= x.last_day()


def _merge(found: list[MeetingFinding]) -> tuple[MeetingFinding, ...]:
    out: list[MeetingFinding] = []
    for f in found:
        m = f.meeting
        target = None
        for i, g in enumerate(out):
            e = g.meeting
            if e.organization != m.organization or e.status != m.status:
                continue
            if e.level != m.level and MeetingLevel.OTHER not in (e.level, m.level):
                continue
            if not _same_date(e.start, m.start):
                continue
            ec = e.place.city if e.place else None
            mc = m.place.city if m.place else None
            if ec and mc and ec != mc:
                continue
            target = i
            break
        if target is None:
            out.append(f)
            continue
        e = out[target].meeting
        level = e.level if e.level is not MeetingLevel.OTHER else m.level
        merged = attrs.evolve(
            e,
            level=level,
            body=e.body or m.body,
            ordinal=e.ordinal or m.ordinal,
            place=_better_place(e.place, m.place),
            start=e.start if e.start and e.start.date else (m.start or e.start),
            end=e.end or m.end if not (e.start and e.start.date) or e.end else e.end,
            participants=tuple(dict.fromkeys(e.participants + m.participants)),
            chair=e.chair or m.chair,
        )
        out[target] = MeetingFinding(merged, out[target].ranges + f.ranges)
    return tuple(out)


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if b is None:
        return a
    if a.city is None and b.city is not None:
        return b
    return a


def held_or_scheduled(start: PartialDate | None, published: dt.date | None) -> MeetingStatus:
    """Status implied by a date alone."""
    if start is not None and published is not None and start.first_day() > published:
        return MeetingStatus.SCHEDULED
    return MeetingStatus.HELD
