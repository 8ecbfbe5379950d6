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
from geopol.extract.meeting_anchors import find_anchors, split_clauses
from geopol.extract.meeting_merge import Candidate, MeetingFinding, merge_candidates
from geopol.extract.meeting_words import (
    ANAPHORIC,
    CANCELLED,
    GENERIC_LEVELS,
    LEVEL_CUES,
    NOT_MULTILATERAL,
    PLURAL_ACTORS,
    SCHEDULED_CUES,
    SIDE_TALKS,
    TRIGGER,
    VERB_TRIGGER,
)
from geopol.extract.organizations import OrgHit
from geopol.extract.people import PersonFinding
from geopol.extract.places import PlaceHit
from geopol.extract.spanindex import SpanIndex
from geopol.kb import KnowledgeBase
from geopol.match.dates import resolve
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

_ORDINAL = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b([XVIL]{1,7})\b(?=\s+\w*\s*(?:[Ss]ummit|[Ss]ession|[Mm]eeting))"
)
_CHAIR = re.compile(r"(?:chairmanship|chaired|presided\s+over|presidency)\s+(?:of|by)\s+", re.IGNORECASE)
_HERE = re.compile(r"\bhere\b")
_VIRTUAL = re.compile(r"\b(?:videoconference|video\s+conference|virtual(?:ly)?|online|video\s+link)\b", re.I)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


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
    ctx = _Context(
        doc,
        kb,
        SpanIndex((n.start, n.end, org) for org, n in org_hits),
        SpanIndex((n.start, n.end, (city, country, n)) for city, country, n in place_hits),
        SpanIndex((a, b, p) for p in people for a, b in p.spans),
        dateline,
        published,
        main_org(org_hits),
        _article_level(doc),
        _dateline_end(doc, dateline),
    )
    found: list[Candidate] = []
    for sent in doc.sentences:
        if NOT_MULTILATERAL.search(sent.text) or CANCELLED.search(sent.text):
            continue
        anchors = find_anchors(doc, kb, sent.start, sent.end)
        bounds = split_clauses(doc, anchors, sent.start, sent.end)
        pending_organ: str | None = None
        first_of_sentence = len(found)
        for anchor, clause in zip(anchors, bounds, strict=True):
            cand = _candidate(ctx, anchor, clause, found, pending_organ)
            if cand is None:
                # "The Authority ... of ECOWAS held its 65th Ordinary Session": the organ names the
                # body of the session reported later in the same sentence.
                pending_organ = anchor[2] or pending_organ
                continue
            pending_organ = None
            found.append(cand)
        if len(found) - first_of_sentence == 1 and len(anchors) > 1:
            # One meeting in the sentence: its place and date may stand in another clause.
            found[-1] = _situate(ctx, found[-1], sent.start, sent.end)
    return _finish(ctx, merge_candidates(found))


def _situate(ctx: _Context, cand: Candidate, s0: int, s1: int) -> Candidate:
    m = cand.finding.meeting
    place, start, end = m.place, m.start, m.end
    ranges = list(cand.finding.ranges)
    if place is None:
        place, place_range = _place(ctx.doc, ctx.places, s0, s1, ctx.dateline)
        ranges += [place_range] if place_range else []
    if start is None:
        start, end, date_range = _dates(ctx.doc, s0, s1, ctx.published, s0, ctx.dateline_end)
        ranges += [date_range] if date_range else []
    if place is m.place and start is m.start:
        return cand
    meeting = attrs.evolve(m, place=place, start=start, end=end)
    situated = place is not None or (start is not None and start.date is not None)
    return Candidate(
        MeetingFinding(meeting, tuple(ranges)), cand.anaphoric and not situated, situated, cand.indefinite
    )


@attrs.frozen
class _Context:
    doc: Document
    kb: KnowledgeBase
    orgs: SpanIndex[str]
    places: SpanIndex[PlaceHit]
    people: SpanIndex[PersonFinding]
    dateline: Dateline | None
    published: dt.date | None
    main: str | None
    article_level: MeetingLevel | None
    dateline_end: int = 0


def _dateline_end(doc: Document, dateline: Dateline | None) -> int:
    """Normalized offset where the dateline ends (0 without one)."""
    if dateline is None or dateline.evidence is None or not dateline.evidence.spans:
        return 0
    return doc.norm.to_normalized(dateline.evidence.spans[-1].end)


def _article_level(doc: Document) -> MeetingLevel | None:
    """The specific level the article's lede speaks of ("Foreign ministers from ...")."""
    for sent in doc.sentences[:3]:
        level = _level(doc.text, sent.start, sent.start, sent.start, sent.end, specific_only=True)
        if level is not None:
            return level
    return None


def _candidate(
    ctx: _Context,
    anchor: tuple[int, int, str | None],
    clause: tuple[int, int],
    found: list[Candidate],
    inherited_organ: str | None = None,
) -> Candidate | None:
    doc, text = ctx.doc, ctx.doc.text
    a_start, a_end, organ = anchor
    organ = organ or inherited_organ
    c0, c1 = clause
    clause_text = text[c0:c1]
    word = text[a_start:a_end]
    refs = ctx.kb.organ_index().get(organ, ()) if organ else ()
    org = _attached_org(ctx, a_start, a_end, c0, c1)
    if org is None and refs and len({r.org_id for r in refs}) == 1 and len((organ or "").split()) > 1:
        org = refs[0].org_id  # an organ with a meeting level that only one organization has
    if org is None and refs:
        # an organ several organizations have: the one of them the sentence names
        parents = {r.org_id for r in refs}
        sent = doc.sentence_at(a_start)
        named = {o for _s, _e, o in ctx.orgs.between(sent.start, sent.end)} if sent else set()
        if len(named & parents) == 1 and not _reported_elsewhere(ctx, a_start, sent.start if sent else c0):
            org = next(iter(named & parents))
    anaphoric = bool(ANAPHORIC.search(text, max(c0, a_start - 40), min(c1, a_end + 5))) and not (
        _OF_COMPLEMENT.match(text, a_end)  # "the sixth meeting of the SCO ...": a full description
    )
    level = _level(text, a_start, a_end, c0, c1, specific_only=True) or _level(text, a_start, a_end, c0, c1)
    if organ and refs:
        organ_level = next((r.level for r in refs if r.org_id == org and r.level is not None), None)
        # a cue qualifies the organ only next to it or after it ("the PSC at the level of heads of
        # state"); "the foreign ministers approved the agenda of the Collective Security Council"
        # is about another meeting
        near = max(c0, a_start - 15)
        stated = _level(text, a_start, a_end, near, c1, specific_only=True) or _level(
            text, a_start, a_end, near, c1
        )
        if organ_level is not None and (stated is None or stated in GENERIC_LEVELS):
            level = organ_level
        elif stated is not None:
            level = stated
    place, place_range = _place(doc, ctx.places, c0, c1, ctx.dateline)
    start, end, date_range = _dates(doc, c0, c1, ctx.published, a_start, ctx.dateline_end)
    situated = place is not None or (start is not None and start.date is not None)
    if organ is None and _not_a_specific_meeting(text, word, a_start, a_end, c0):
        return None
    if (
        organ is None
        and SIDE_TALKS.search(clause_text)
        and (VERB_TRIGGER.match(word) or re.search(r"bilateral\s+$", text[max(c0, a_start - 12) : a_start]))
    ):
        return None  # "Putin met Xi on the sidelines", "a bilateral meeting"
    if organ is None and _two_states_subject(ctx, c0, a_start):
        return None  # "the foreign ministers of Armenia and Azerbaijan met": bilateral
    if organ is None:
        if VERB_TRIGGER.match(word) and not (
            PLURAL_ACTORS.search(text, c0, a_start) or PLURAL_ACTORS.search(clause_text) or org is not None
        ):
            return None  # "the minister met the secretary-general": not multilateral
        if level is None and not anaphoric and not re.search(r"[Ss]ummit", word):
            if org is None or ctx.article_level is None:
                return None
            level = (
                ctx.article_level
            )  # "met with his Quad counterparts" in an article about foreign ministers
    elif not (TRIGGER.search(clause_text) or situated):
        return None  # "the Mercosur Council may need to address the issue"
    if org is None:
        if anaphoric and level is None and organ is None:
            # "the gathering", "the meeting": a meeting already reported, or none at all
            org = found[-1].finding.meeting.organization if found else None
        elif level is not None and not _reported_elsewhere(ctx, a_start, _sentence_start(doc, a_start, c0)):
            org = found[-1].finding.meeting.organization if found else ctx.main
        if org is None:
            return None
    if (
        anaphoric
        and level is None
        and organ is None
        and not any(f.finding.meeting.organization == org for f in found)
    ):
        return None  # "addressed the gathering": no meeting of this organization reported before
    if _VIRTUAL.search(clause_text):
        place = Place(
            city=None, country=place.country if place else None, evidence=place.evidence if place else None
        )
    # "will" inside a quotation is not the tense of a meeting reported outside it (and vice versa)
    reported = clause_text if doc.in_quote(a_start, a_end) else doc.outside_quotes(c0, c1)
    status = MeetingStatus.SCHEDULED if SCHEDULED_CUES.search(reported) else MeetingStatus.HELD
    if start is not None and start.date is not None and ctx.published is not None:
        last = (end.date if end is not None and end.date is not None else start.date).last_day()
        if start.date.first_day() > ctx.published:
            status = MeetingStatus.SCHEDULED
        elif last < ctx.published or (status is MeetingStatus.SCHEDULED and start.date.day is not None):
            status = MeetingStatus.HELD  # over by publication, or under way on a stated day
        # else: the period ("in December") includes the publication date: the tense decides
    if level is None and re.search(r"[Ss]ummit", word):
        level = MeetingLevel.HEADS_OF_STATE
    ordinal = None
    om = _ORDINAL.search(text, max(c0, a_start - 30), a_end + 5)
    if om is not None:
        ordinal = int(om.group(1)) if om.group(1) else _roman(om.group(2))
    chair = _chair(doc, ctx.people, c0, c1)
    participants = tuple(
        dict.fromkeys(p.name for _a, _b, p in ctx.people.between(c0, c1) if p.role and p.name != chair)
    )
    ranges = (
        [(a_start, a_end)] + ([place_range] if place_range else []) + ([date_range] if date_range else [])
    )
    meeting = Meeting(
        organization=org,
        level=_with_article_level(level, ctx.article_level),
        status=status,
        body=organ,
        ordinal=ordinal if ordinal and ordinal < 1000 else None,
        place=place,
        start=start,
        end=end,
        participants=participants,
        chair=chair,
        evidence=doc.evidence("meeting_clause", *ranges),
    )
    # "an annual APEC ministerial meeting took place in 2018": another occurrence, never merged
    indefinite = bool(_INDEFINITE.search(text, max(c0, a_start - 40), a_start)) and _another_year(
        start, ctx.published
    )
    return Candidate(MeetingFinding(meeting, tuple(ranges)), anaphoric and not situated, situated, indefinite)


def _another_year(start: DateValue | None, published: dt.date | None) -> bool:
    if start is None or start.date is None:
        return False
    return start.date.month is None or (published is not None and start.date.year != published.year)


def _with_article_level(level: MeetingLevel | None, article: MeetingLevel | None) -> MeetingLevel:
    """ "The ministers" in an article about foreign ministers are foreign ministers."""
    ministerial = {MeetingLevel.FOREIGN_MINISTERS, MeetingLevel.DEFENCE_MINISTERS}
    if level is None:
        return article or MeetingLevel.OTHER
    if level is MeetingLevel.OTHER_MINISTERS and article in ministerial:
        return article
    return level


_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'-]+\s+){0,4}$")
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_REPORTING = re.compile(
    r"\b(?:(?:said|says|told|tells|stated|noted|added)\s+(?:\w+\s+){0,3}that|according\s+to)\b"
)
_WITH_COUNTERPARTS = re.compile(r"\s+with\s+(?:his|her|their|the|its)\s+")
_COUNTERPARTS = re.compile(
    r"\s+(?:counterparts|colleagues|partners|allies|peers|members|ministers|leaders)\b"
)


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|can|could|may|might|should|must|did|do|does|not|never|also|again|"
    r"scheduled|due|set|expected|planned|plan)\s+(?:\w+\s+)?$"
)


def _not_a_specific_meeting(text: str, word: str, a_start: int, a_end: int, c0: int) -> bool:
    """Generic mentions: "summit after summit", plural "meetings", habitual "leaders meet"."""
    if re.fullmatch(r"[Mm]eetings|[Ss]ummits|[Tt]alks", word):
        return True
    if re.search(r"\b(meeting|summit|session)\s+after\s+\1\b", text[a_start : a_end + 25], re.IGNORECASE):
        return True  # "summit after summit"
    if word in ("meet", "Meet"):
        return not _MODAL_BEFORE.search(text[max(c0, a_start - 40) : a_start])
    return False


_TWO_STATES = re.compile(
    r"\b(?:of|from)\s+(?:the\s+)?(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*$"
)


def _two_states_subject(ctx: _Context, c0: int, a_start: int) -> bool:
    """The subject names exactly two states ("ministers of Armenia and Azerbaijan")."""
    lead = ctx.doc.text[max(c0, a_start - 80) : a_start]
    m = _TWO_STATES.search(lead)
    if m is None:
        return False
    base = max(c0, a_start - 80)
    names = ctx.doc.names_between(base + m.start("a"), base + m.end("b"))
    states = {e.key for n in names for e in n.entries if e.kind == "state"}
    return len(states) == 2 and not any(n.of_kind("org") for n in names)


def _sentence_start(doc: Document, at: int, default: int) -> int:
    sent = doc.sentence_at(at)
    return sent.start if sent else default


def _reported_elsewhere(ctx: _Context, a_start: int, c0: int) -> bool:
    """An organization named before a reporting verb: the anchor belongs to what is reported
    ("the EU's Michel says that after the Peace Summit ...")."""
    before = ctx.orgs.last_ending_by(a_start, c0)
    return before is not None and bool(_REPORTING.search(ctx.doc.text, before[1], a_start))


def _attached_org(ctx: _Context, a_start: int, a_end: int, c0: int, c1: int) -> str | None:
    """The organization the anchor belongs to: named before it in the clause, or right after
    it ("the meeting of the CIS ...", "Council of the Shanghai Cooperation Organization")."""
    text = ctx.doc.text
    verb = bool(VERB_TRIGGER.match(text[a_start:a_end]))
    for n_start, n_end, org in ctx.orgs.between(a_start, c1):
        if n_start <= a_end:
            return org  # inside the anchor ("CSTO Council of Foreign Ministers")
        gap = text[a_end:n_start]
        if _WITH_COUNTERPARTS.fullmatch(gap) and _COUNTERPARTS.match(text, n_end):
            return org  # "met with his Quad counterparts"
        if verb:
            break  # "ministers of the C5+1 met on the margins of the UN ...": the subject's organization
        if len(gap) <= 45 and re.fullmatch(
            r"(?:\s+[\w'-]+){0,4}?\s+(?:of|by|among|between|for|in|within|under)\s+(?:the\s+)?"
            r"(?:[\w'-]+\s+){0,2}",
            gap,
        ):
            return org
        break
    before = ctx.orgs.last_ending_by(a_end, c0)
    if before is None or _REPORTING.search(text, before[1], a_start):
        return None  # "the EU's Michel says that after the Peace Summit ...": another subject
    return before[2]


def _level(
    text: str, a_start: int, a_end: int, c0: int, c1: int, *, specific_only: bool = False
) -> MeetingLevel | None:
    best, dist = None, 10**9
    for pattern, level in LEVEL_CUES:
        if specific_only and level in GENERIC_LEVELS:
            continue
        for m in pattern.finditer(text, c0, c1):
            d = min(abs(m.start() - a_start), abs(m.end() - a_end))
            if d < dist:
                best, dist = level, d
    return best


_HELD_IN = re.compile(
    r"\b(?:held|hold|holds|hosted|convened?|met|meet|meets|gathered|opened|took\s+place|takes\s+place|summit|"
    r"meeting|session|conference)(?:\s+[\w'-]+){0,3}\s+(?:in|at)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
)


def _place(
    doc: Document, places: SpanIndex[PlaceHit], c0: int, c1: int, dateline: Dateline | None
) -> tuple[Place | None, tuple[int, int] | None]:
    candidates = places.between(c0, c1)
    if candidates:
        # "a ceasefire in Gaza at the session ... held in Cairo": the city a meeting verb names wins
        best = max(
            enumerate(candidates),
            key=lambda ic: (bool(_HELD_IN.search(doc.text[max(c0, ic[1][0] - 50) : ic[1][0]])), -ic[0]),
        )[1]
        city, country, n = best[2]
        return (
            Place(
                city=city, country=country or None, evidence=doc.evidence("meeting_city", (n.start, n.end))
            ),
            (n.start, n.end),
        )
    hm = _HERE.search(doc.text, c0, c1)
    if hm is not None and dateline is not None and dateline.place is not None:
        return dateline.place, (hm.start(), hm.end())
    # "to meet in the Solomon Islands capital", "hosted by India": the state alone.
    for n in doc.names_between(c0, c1):
        states = n.of_kind("state")
        lead = doc.text[max(c0, n.start - 60) : n.start]
        if states and re.search(
            r"(?:\b(?:held|hold|meet|met|convene[sd]?|gather(?:ed)?|place|summit|meeting|scheduled|slated|set|"
            r"due|planned|expected)"
            r"(?:\s+[\w'-]+){0,3}\s+in\s+(?:the\s+)?|\bhosted\s+by\s+)$",
            lead,
        ):
            # A city-state or a capital written like its state ("in Luxembourg", "in Singapore").
            same_city = next((e.key for e in n.of_kind("place") if e.parent == states[0].key), None)
            evidence = doc.evidence("meeting_city" if same_city else "meeting_state", (n.start, n.end))
            return Place(city=same_city, country=states[0].key, evidence=evidence), (n.start, n.end)
    return None, None


_OTHER_EVENT = re.compile(
    r"\b(?:died|born|since|elected|appointed|took\s+office|founded|established|created|joined|became|"
    r"signed|adopted|killed|began|started|ago)\b[^,.;]{0,25}$",
    re.IGNORECASE,
)
_REPORT_DATE = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,20}?|announced|reported|stated|added|confirmed)\s+(?:on\s+)?$"
)
_YEAR_BEFORE_ANCHOR = re.compile(r"\b((?:19|20)\d\d)\b(?=(?:\s+[\w'-]+){0,5}\s*$)")


def _dates(
    doc: Document, c0: int, c1: int, published: dt.date | None, anchor: int, dateline_end: int = 0
) -> tuple[DateValue | None, DateValue | None, tuple[int, int] | None]:
    quoted = doc.in_quote(anchor, anchor + 1)
    future = bool(SCHEDULED_CUES.search(doc.text[c0:c1] if quoted else doc.outside_quotes(c0, c1)))
    for m in doc.dates_between(c0, c1):
        if m.kind == "relweek" and (m.groups.get("r_unit") or "") == "week":
            continue  # "next week" gives no day to hold a meeting on
        if dateline_end and m.start < dateline_end:
            continue  # the dateline's date is the report's, not the meeting's
        if _REPORT_DATE.search(doc.text[max(c0, m.start - 30) : m.start]):
            continue  # "the RATS said Wednesday": when it was said
        if not doc.in_quote(m.start, m.end):
            if _OTHER_EVENT.search(doc.text[max(c0, m.start - 40) : m.start]):
                continue
            r = resolve(m, published, future=future)  # the clause's tense, not the sentence's
            ev = doc.evidence(f"date_{m.kind}", (m.start, m.end))
            if r.start is None:
                return (
                    DateValue(date=None, resolution=DateResolution.UNRESOLVED, evidence=ev),
                    None,
                    (m.start, m.end),
                )
            start = DateValue(date=r.start, resolution=r.resolution, evidence=ev)
            end = DateValue(date=r.end, resolution=r.resolution, evidence=ev) if r.end else None
            return start, end, (m.start, m.end)
    ym = _YEAR_BEFORE_ANCHOR.search(doc.text, max(c0, anchor - 50), anchor)
    if ym is not None:  # "the 2027 Pacific Islands Forum leaders' meeting"
        ev = doc.evidence("date_year_before_meeting", ym.span(1))
        return (
            DateValue(date=PartialDate(year=int(ym.group(1))), resolution=DateResolution.STATED, evidence=ev),
            None,
            ym.span(1),
        )
    return None, None, None


def _chair(doc: Document, people: SpanIndex[PersonFinding], c0: int, c1: int) -> str | None:
    m = _CHAIR.search(doc.text, c0, c1)
    if m is None:
        return None
    hits = people.between(m.end(), m.end() + 61)
    return hits[0][2].name if hits else None


def _finish(ctx: _Context, meetings: list[MeetingFinding]) -> tuple[MeetingFinding, ...]:
    """Date the lede's meeting from the lede and drop unsituated past meetings."""
    out: list[MeetingFinding] = []
    for i, f in enumerate(meetings):
        m = f.meeting
        if i == 0 and (m.start is None or m.start.date is None) and m.status is MeetingStatus.HELD:
            lede = _lede_date(ctx)
            if lede is not None:
                m = attrs.evolve(m, start=lede)
        situated = m.place is not None or (m.start is not None and m.start.date is not None)
        in_lede = i == 0 and ctx.doc.sentence_index(f.ranges[0][0]) < 3
        if m.status is MeetingStatus.HELD and not situated and not in_lede:
            continue  # a past meeting is listed only with its place or date, unless the lede reports it
        out.append(MeetingFinding(m, f.ranges))
    return tuple(out)


def _lede_date(ctx: _Context) -> DateValue | None:
    doc = ctx.doc
    for sent in doc.sentences[:2]:
        for m in doc.dates_between(sent.start, sent.end):
            if not doc.in_quote(m.start, m.end):
                r = resolve_in_context(doc, m, ctx.published)
                lede_kind = m.kind in ("weekday", "relday", "md", "dm")
                if (
                    r.start is not None
                    and lede_kind
                    and (ctx.published is None or r.start.first_day() <= ctx.published)
                ):
                    return DateValue(
                        date=r.start,
                        resolution=r.resolution,
                        evidence=doc.evidence(f"date_{m.kind}", (m.start, m.end)),
                    )
    return None
