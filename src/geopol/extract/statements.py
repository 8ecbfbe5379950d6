"""Statements: joint statements, declarations, communiqués and resolutions.

A statement is reported when a document word ("joint statement",
"declaration", "communique", "resolution") appears with an organization or
with the ministers or leaders of a meeting. Quotes whose speaker is that
document (``the statement read``), or whose attribution says "in a joint
statement", become its quoted passages.
"""

from __future__ import annotations

import re

import attrs

from geopol.extract.document import Document
from geopol.extract.meetings import MeetingFinding
from geopol.extract.organizations import OrgHit
from geopol.extract.quotes import QuoteFinding, to_quote
from geopol.extract.spanindex import SpanIndex
from geopol.model import Statement, StatementKind

__all__ = ["StatementFinding", "extract_statements"]

_KIND_WORDS: tuple[tuple[re.Pattern[str], StatementKind], ...] = (
    (
        re.compile(
            r"\bjoint\s+(?:press\s+)?statements?\b|\bministerial\s+statement\b|\bleaders'?\s+statement\b",
            re.I,
        ),
        StatementKind.JOINT_STATEMENT,
    ),
    (re.compile(r"\b(?:joint\s+|final\s+)?communiqu[eé]s?\b", re.I), StatementKind.COMMUNIQUE),
    (re.compile(r"\b(?:joint\s+)?declarations?\b", re.I), StatementKind.DECLARATION),
    (
        re.compile(
            r"\bresolutions?\b(?=[^.;]{0,80}\b(?:adopted|passed|approved|voted)\b)|"
            r"\b(?:adopted|passed|approved)\s+(?:a|the)\s+(?:\w+\s+){0,3}resolutions?\b",
            re.I,
        ),
        StatementKind.RESOLUTION,
    ),
    (
        re.compile(
            r"\b(?:in|issued|released)\s+a\s+statement\b|\bthe\s+statement\s+(?:said|read|added|noted)\b",
            re.I,
        ),
        StatementKind.OTHER,
    ),
)
_HYPOTHETICAL = re.compile(
    r"\b(?:whether|if|will\s+be\s+(?:adopted|issued|signed)|expected\s+to\s+(?:adopt|issue|sign)|"
    r"could|might|would\s+be|plans?\s+to\s+(?:adopt|issue|sign)|draft|proposed|planned|will\s+adopt|"
    r"to\s+be\s+adopted)\b",
    re.I,
)
_ISSUED = re.compile(
    r"\b(?:issued|adopted|approved|passed|voted|signed|released|agreed|endorsed|published|unveiled|said\s+in|read|reads|"
    r"adoption|signing|issuance|release|"
    r"stated|added|says|said|contains|according\s+to|in\s+a|in\s+the|in\s+its|in\s+their)\b",
    re.I,
)
_TOPIC = re.compile(
    r"\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:situation\s+in\s+|issue\s+of\s+|question\s+of\s+)?"
    r"(?P<topic>[^,.;:\"\u201c]{3,120}?)(?=\s*(?:[,.;:\"\u201c]|\s+(?:and|which|that|as|at|in\s+which|issued|adopted|"
    r"following|after|during)\b|$))",
    re.I,
)


@attrs.frozen
class StatementFinding:
    """A statement and the normalized range it was read from."""

    statement: Statement
    range: tuple[int, int]


def _kind_at(text: str, start: int, end: int) -> list[tuple[int, int, StatementKind]]:
    """Document words in ``[start, end)``; of overlapping ones the earliest (then the more
    specific kind) wins."""
    hits = sorted(
        (m.start(), rank, m.end(), kind)
        for rank, (pattern, kind) in enumerate(_KIND_WORDS)
        for m in pattern.finditer(text, start, end)
    )
    out: list[tuple[int, int, StatementKind]] = []
    for a, _rank, b, kind in hits:
        if out and a < out[-1][1]:
            continue
        out.append((a, b, kind))
    return out


def extract_statements(
    doc: Document,
    org_hits: list[OrgHit],
    meetings: tuple[MeetingFinding, ...],
    quotes: tuple[QuoteFinding, ...],
    main_org: str | None,
) -> tuple[StatementFinding, ...]:
    """Statements of organizations, with their quotes and source meeting."""
    found: list[StatementFinding] = []
    text = doc.text
    # Who issued a document is said outside quotation marks.
    orgs = SpanIndex((n.start, n.end, org) for org, n in org_hits if not doc.in_quote(n.start, n.end))
    meeting_ranges = SpanIndex((a, b, i) for i, mf in enumerate(meetings) for a, b in mf.ranges)
    for sent in doc.sentences:
        for a, b, kind in _kind_at(text, sent.start, sent.end):
            if doc.in_quote(a, b):
                continue
            if _HYPOTHETICAL.search(text[max(sent.start, a - 60) : min(sent.end, b + 40)]):
                continue
            if not doc.sentence_has(_ISSUED, a):
                continue
            org = _org_for(orgs, b, sent.start, sent.end)
            if org is None and kind is StatementKind.OTHER:
                continue  # "the Presidency said in a statement": not an organization's document
            if org is None:
                org = meetings[0].meeting.organization if meetings else main_org
            if org is None:
                continue
            meeting = _meeting_for(meetings, meeting_ranges, org, sent.start, sent.end)
            tm = _TOPIC.match(text, b)
            topic = tm.group("topic").strip() if tm else None
            st = Statement(
                organization=org,
                kind=kind,
                topic=topic,
                meeting=meeting,
                evidence=doc.evidence("statement_word", (a, b)),
            )
            found.append(StatementFinding(st, (a, b)))
    merged = _merge(found)
    return _attach_quotes(doc, merged, quotes)


def _org_for(orgs: SpanIndex[str], b: int, s0: int, s1: int) -> str | None:
    """The organization named before the document word in its sentence, or right after it
    ("a declaration of the B9 leaders", "a statement by NATO")."""
    before = orgs.last_ending_by(b, s0)
    if before is not None:
        return before[2]
    after = orgs.between(b, min(s1, b + 40))
    return after[0][2] if after else None


def _meeting_for(
    meetings: tuple[MeetingFinding, ...], ranges: SpanIndex[int], org: str, s0: int, s1: int
) -> int | None:
    for _a, _b, i in ranges.between(s0, s1):
        if meetings[i].meeting.organization == org:
            return i
    for i, mf in enumerate(meetings):
        if mf.meeting.organization == org and mf.meeting.status.value == "held":
            return i
    return None


def _merge(found: list[StatementFinding]) -> list[StatementFinding]:
    out: list[StatementFinding] = []
    index: dict[tuple[str, StatementKind], int] = {}
    for f in found:
        s = f.statement
        same = index.get((s.organization, s.kind))
        if same is None:
            index[(s.organization, s.kind)] = len(out)
            out.append(f)
        else:
            g = out[same].statement
            out[same] = StatementFinding(
                attrs.evolve(
                    g, topic=g.topic or s.topic, meeting=g.meeting if g.meeting is not None else s.meeting
                ),
                out[same].range,
            )
    return out


def _attach_quotes(
    doc: Document, found: list[StatementFinding], quotes: tuple[QuoteFinding, ...]
) -> tuple[StatementFinding, ...]:
    if not found:
        return ()
    attached: dict[int, list[QuoteFinding]] = {i: [] for i in range(len(found))}
    named: dict[int, bool] = {}
    for q in quotes:
        target = _statement_of_quote(doc, found, q, named)
        if target is not None:
            attached[target].append(q)
    out = []
    for i, f in enumerate(found):
        qs = tuple(to_quote(doc, q) for q in attached[i])
        out.append(StatementFinding(attrs.evolve(f.statement, quotes=qs), f.range))
    return tuple(out)


def _mentions_org(speaker: str, org: str) -> bool:
    """A group of the organization's members ("the Quad nations", "ASEAN foreign ministers"),
    not the organization itself ("NATO" said it in its own words)."""
    del org
    return bool(re.search(r"\b(?:ministers|leaders|nations|members|countries|states)\b", speaker.lower()))


_IN_DOCUMENT = re.compile(
    r"\b(?:in|of)\s+(?:a|the|their|its)\s+(?:\w+\s+){0,2}(?:statement|communiqu[eé]|declaration)\b", re.I
)


def _names_document_outside_quotes(doc: Document, at: int) -> bool:
    """The sentence says "in a statement" in its own words, not inside a quotation."""
    sent = doc.sentence_at(at)
    return sent is not None and bool(_IN_DOCUMENT.search(doc.outside_quotes(sent.start, sent.end)))


def _statement_of_quote(
    doc: Document, found: list[StatementFinding], q: QuoteFinding, named: dict[int, bool]
) -> int | None:
    speaker = q.speaker or ""
    doc_speaker = q.speaker_kind == "document"
    index = doc.sentence_index(q.start)
    if index not in named:  # once per sentence, however many quotations it holds
        named[index] = _names_document_outside_quotes(doc, q.start)
    in_statement = named[index]
    group_of_org = q.speaker_kind == "group" and any(
        _mentions_org(speaker, f.statement.organization) for f in found
    )
    if not (doc_speaker or in_statement or group_of_org):
        return None
    for i, f in enumerate(found):
        for pattern, kind in _KIND_WORDS:
            if kind == f.statement.kind and pattern.search(speaker):
                return i
    return 0
