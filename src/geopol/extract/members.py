"""Member lists: the states a text presents as an organization's members.

Triggers after (or around) an organization mention: "made up of",
"comprising", "consisting of", "member states", "members are", "groups",
"includes", a dash or a colon after "<org> countries", a parenthetical list;
and the reverse form "A, B and C are members of X". The list is the run of
state mentions joined by commas, "and" and line breaks. Each list is checked
against the knowledge base on the publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from geopol.extract.document import Document
from geopol.extract.organizations import OrgHit
from geopol.extract.spanindex import SpanIndex
from geopol.kb import KnowledgeBase
from geopol.match.gazetteer import NameMatch
from geopol.model import MemberList, PartialDate

__all__ = ["MemberListFinding", "extract_member_lists"]

_TRIGGER = re.compile(
    r"""(?:made\s+up\s+of|comprising|comprises|comprised\s+of|consisting\s+of|consists\s+of|composed\s+of|
    (?:its\s+|the\s+|of\s+the\s+following\s+|following\s+)?[Mm]ember\s+[Ss]tates?\s*(?:are|include|:|,|\u2014|-|of)?|
    members\s+(?:are|include)|brings\s+together|bringing\s+together|groups|grouping|unites|uniting|includes|
    including|countries\s*(?:--|-|\u2013|\u2014|:)|nations\s*(?:--|-|\u2013|\u2014|:)|format\s+(?:includes|unites)|
    cooperation\s+format\s+(?:includes|unites))
    """,
    re.VERBOSE,
)
_JOIN = re.compile(
    r"^\s*(?:(?:,|and|&|;|\n|\(|\)|the|as\s+well\s+as|Republic\s+of|Kingdom\s+of|State\s+of|"
    r"Union\s+of|United\s+Republic\s+of|Federal\s+Republic\s+of|Democratic\s+Republic\s+of|"
    r"--|-|\u2013|\u2014|:)\s*)*$",
    re.IGNORECASE,
)
_REVERSE = re.compile(
    r"[\s,\-\u2013\u2014]*(?:are|were|is|all)\s+(?:all\s+)?(?:both\s+)?(?:founding\s+)?members?\s+of\s+(?:the\s+)?"
)


@attrs.frozen
class MemberListFinding:
    """A member list with its normalized range."""

    members: MemberList
    range: tuple[int, int]


def extract_member_lists(
    doc: Document, kb: KnowledgeBase, org_hits: list[OrgHit], published: dt.date | None
) -> tuple[MemberListFinding, ...]:
    """Every member enumeration of an organization."""
    states = [
        (n, n.of_kind("state")[0].key) for n in doc.names if n.of_kind("state") and not n.of_kind("org")
    ]
    state_starts = [n.start for n, _ in states]
    orgs = SpanIndex((n.start, n.end, org) for org, n in org_hits)
    out: list[MemberListFinding] = []
    text = doc.text
    for org, n in [*org_hits, *_references(doc, orgs)]:
        window_end = min(len(text), n.end + 160)
        paren = _PAREN_AFTER.match(text, n.end)
        if paren is not None:  # "The Gulf Cooperation Council (Saudi Arabia, Kuwait, ...)"
            run = _run_after(text, states, state_starts, paren.end())
            if len(run) >= 2 and text.find(")", run[-1][0].end, run[-1][0].end + 3) >= 0:
                out.append(_finding(doc, kb, org, run, published))
                continue
        tm = _TRIGGER.search(text, n.end, window_end)
        if tm is None or re.search(r"[.;!?](?:\s|$)", text[n.end : tm.start()]):
            continue
        run = _run_after(text, states, state_starts, tm.end())
        if len(run) >= 2:
            out.append(_finding(doc, kb, org, run, published))
    # "Estonia, Latvia and Lithuania are members of NATO and the European Union"
    i = 0
    while i < len(states):
        run = _run_from(text, states, i)
        i += len(run)
        if len(run) < 2:
            continue
        m = _REVERSE.match(text, run[-1][0].end)
        if m is None:
            continue
        for o_start, _o_end, org in orgs.between(m.end(), m.end() + 61):
            if not re.search(r"[.;]", text[m.end() : o_start]):
                out.append(_finding(doc, kb, org, run, published))
    out.extend(_single_state(doc, kb, orgs, states, published))
    out.extend(_anaphoric(doc, kb, orgs, states, state_starts, published))
    return _dedupe(out)


_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:\d+-(?:member|nation|country)\s+)?(?:bloc|alliance|organi[sz]ation|grouping|group|union|forum|"
    r"community|association|body|pact)\b"
)


def _references(doc: Document, orgs: SpanIndex[str]) -> list[tuple[str, NameMatch]]:
    """ "The bloc, which groups ...": a reference to the organization named last before it."""
    out = []
    for m in _REFERENCE.finditer(doc.text):
        last = orgs.last_ending_by(m.start(), max(0, m.start() - 1500))
        if last is not None:
            out.append((last[2], NameMatch(m.start(), m.end(), m.group(), ())))
    return out


def _run_after(
    text: str, states: list[tuple[NameMatch, str]], starts: list[int], at: int
) -> list[tuple[NameMatch, str]]:
    i = bisect.bisect_left(starts, at)
    if i >= len(states):
        return []
    n = states[i][0]
    if n.start - at > 40 or not _JOIN.match(text[at : n.start]):
        return []
    return _run_from(text, states, i)


def _run_from(text: str, states: list[tuple[NameMatch, str]], i: int) -> list[tuple[NameMatch, str]]:
    run = [states[i]]
    for j in range(i + 1, len(states)):
        prev = run[-1][0]
        gap = text[prev.end : states[j][0].start]
        if len(gap) > 40 or not _JOIN.match(gap):
            break
        run.append(states[j])
    return run


_LATEST = dt.date(9999, 12, 31)
_PAREN_AFTER = re.compile(r"\s*\(")
_SINGLE = re.compile(
    r"^(?:'s)?\s+(?:(?:will|would|could|may|might|cannot|can|does|did|is|was|has|had|not|never|"
    r"planning|plans|threatens|threatened|decided|to)\s+)*(?:join(?:ed|s)?|withdr[ae]w(?:s|n)?(?:\s+from)?|"
    r"leav(?:e|es|ing)|left|quit(?:s)?|exit(?:s|ed)?(?:\s+from)?|(?:is|was|remains)\s+(?:a\s+)?(?:founding\s+)?"
    r"member\s+of|rejoin(?:ed|s)?)\s+(?:from\s+)?(?:the\s+)?$"
)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:countries|states|nations|republics)\s+"
    r"(?:(?:all|both|also)\s+)?(?:joined|are\s+(?:all\s+)?members\s+of|became\s+members\s+of|belong\s+to)\s+"
)


def _single_state(
    doc: Document,
    kb: KnowledgeBase,
    orgs: SpanIndex[str],
    states: list[tuple[NameMatch, str]],
    published: dt.date | None,
) -> list[MemberListFinding]:
    """ "Armenia will not withdraw from the CSTO", "Finland joined NATO": one member."""
    out = []
    i = 0
    while i < len(states):
        run = _run_from(doc.text, states, i)  # "Burkina Faso, Mali and Niger left ECOWAS": all three
        i += len(run)
        last = run[-1][0]
        for o_start, _o_end, org in orgs.between(last.end + 1, last.end + 61):
            if _SINGLE.match(doc.text[last.end : o_start]):
                out.append(_finding(doc, kb, org, run, published))
                break
    return out


def _anaphoric(
    doc: Document,
    kb: KnowledgeBase,
    orgs: SpanIndex[str],
    states: list[tuple[NameMatch, str]],
    state_starts: list[int],
    published: dt.date | None,
) -> list[MemberListFinding]:
    """ "The three countries joined NATO and the European Union" after a list of three states."""
    out = []
    text = doc.text
    for m in _ANAPHOR.finditer(text):
        count = _COUNT[m.group(1)]
        lo = bisect.bisect_left(state_starts, m.start() - 1500)
        hi = bisect.bisect_left(state_starts, m.start())
        earlier = [(n, c) for n, c in states[lo:hi] if n.end <= m.start()]
        run: list[tuple[NameMatch, str]] = []
        for i in range(len(earlier) - 1, -1, -1):
            if i > 0 and _JOIN.match(text[earlier[i - 1][0].end : earlier[i][0].start]):
                continue  # only whole lists: "Estonia, Latvia and Lithuania", not its tail
            candidate = _run_from(text, earlier, i)
            if len({c for _, c in candidate}) == count:
                run = candidate
                break
        if not run:
            continue
        sent = doc.sentence_at(m.start())
        end = sent.end if sent else m.end() + 80
        for _o_start, _o_end, org in orgs.between(m.end(), end):
            out.append(_finding(doc, kb, org, run, published))
    return out


def _finding(
    doc: Document, kb: KnowledgeBase, org: str, run: list[tuple[NameMatch, str]], published: dt.date | None
) -> MemberListFinding:
    codes = tuple(dict.fromkeys(code for _, code in run))
    checked_on = PartialDate.from_date(published) if published else None
    not_members: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()
    checked = False
    try:
        checked = kb.has_membership_data(org)
        # Without a publication date: the latest memberships the knowledge base records, so the
        # result does not depend on the day the parser runs.
        actual = kb.members(org, on=published or _LATEST) if checked else frozenset()
    except LookupError:
        actual = frozenset()
    if actual:
        not_members = tuple(c for c in codes if c not in actual)
        omitted = tuple(sorted(actual - set(codes)))
    start, end = run[0][0].start, run[-1][0].end
    ml = MemberList(
        organization=org,
        states=codes,
        checked_on=checked_on,
        not_members=not_members,
        omitted=omitted,
        checked=checked,
        evidence=doc.evidence("member_list", (start, end)),
    )
    return MemberListFinding(ml, (start, end))


def _dedupe(found: list[MemberListFinding]) -> tuple[MemberListFinding, ...]:
    seen: set[tuple[str, tuple[int, int]]] = set()
    out: list[MemberListFinding] = []
    for f in found:
        key = (f.members.organization, f.range)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return tuple(out)
