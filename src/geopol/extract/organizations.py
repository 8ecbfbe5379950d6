"""Organizations: every mention, with organs and centers folded into their parent.

An ambiguous acronym (``ICC``, ``PIF``, ``CAN``) counts only when the text
also names the organization in a form that is not ambiguous, or uses the
acronym right before one of the organization's organs.
"""

from __future__ import annotations

import re
from collections import defaultdict

from geopol.extract.document import Document
from geopol.kb import KnowledgeBase
from geopol.match.gazetteer import NameMatch
from geopol.model import OrganizationMention

__all__ = ["OrgHit", "find_org_hits", "organization_mentions"]

OrgHit = tuple[str, NameMatch]  # (organization id, match)


def find_org_hits(doc: Document, kb: KnowledgeBase) -> list[OrgHit]:
    """(organization id, match) for every accepted organization mention, in text order."""
    clear: set[str] = set()
    for n in doc.names:
        for e in n.entries:
            if e.kind == "org" and not e.ambiguous:
                clear.add(e.key)
    hits: list[OrgHit] = []
    last_org: str | None = None
    for n in doc.names:
        org = _org_of(doc, n, clear, last_org)
        if org is not None:
            hits.append((org, n))
            last_org = org
    return hits


def _org_of(doc: Document, n: NameMatch, clear: set[str], last_org: str | None) -> str | None:
    orgs = n.of_kind("org")
    if orgs:
        e = orgs[0]
        if not e.ambiguous or e.key in clear or _before_organ(doc, n) or _diplomatic_context(doc, n):
            return e.key
        return None
    centers = n.of_kind("center")
    if centers and centers[0].parent:
        return centers[0].parent  # "RATS" is the SCO's, whatever organ shares the name
    for e in n.entries:
        if e.kind == "organ":
            if e.parent is not None and not e.ambiguous and (_distinctive(n.text) or _plain_organ(doc, n)):
                return e.parent
            if last_org is not None:
                return None  # shared organ names are attached by the meeting extractor
    return None


_GENERIC = frozenset(
    """Summit Council Meeting Commission Secretariat Assembly Committee Conference Extraordinary Ordinary
    Ministerial General Security Executive Permanent Presidency Court Parliament Troika Forum Board Bureau
    Session Heads State Government of the and Ministers Foreign Affairs Defence Defense Organ Special
    Joint Leaders Senior Officials""".split()
)


def _distinctive(organ: str) -> bool:
    """An organ named alone counts for its parent only when its name is distinctive."""
    words = organ.split()
    return len(words) >= 2 and any(w not in _GENERIC for w in words)


_CUES = re.compile(
    r"\b(?:summit|minister|ministers|ministerial|foreign|leaders|members?|countries|nations|states|meeting|"
    r"secretary|secretariat|declaration|statement|communiqu[eé]|council|chair|grouping|bloc|alliance|format|"
    r"partners|dialogue|diplomats?|envoys?|talks|said|says|chief|director|officials?|organi[sz]ation|agency|"
    r"health|peacekeep\w*|troops|mission|spokes\w+|sanctions?|international|global|regional|headquarters|"
    r"treaty|security|cooperation)\b",
    re.IGNORECASE,
)


def _diplomatic_context(doc: Document, n: NameMatch) -> bool:
    """An ambiguous acronym ("Quad", "CIS", "WHO") in a sentence about diplomacy is the organization."""
    return doc.sentence_has(_CUES, n.start)


_EVENT_WORD = re.compile(r"\b(?:Summit|Meeting|Session|Conference|Forum|Troika)\b")
_PLAIN_BEFORE = re.compile(r"(?:^|\b(?:the|The|its|a|\d+-(?:member|nation|strong)))\s+$")
_OF_STATE_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")


def _plain_organ(doc: Document, n: NameMatch) -> bool:
    """A two-word organ of one organization ("the Security Council") named on its own, not
    qualified by a state ("Russia's Security Council", "the Security Council of Kazakhstan")."""
    if len(n.text.split()) < 2 or _EVENT_WORD.search(n.text):
        return False  # "the Extraordinary Summit" is an event, not the organization
    if not _PLAIN_BEFORE.search(doc.text[max(0, n.start - 20) : n.start]):
        return False
    after = _OF_STATE_AFTER.match(doc.text[n.end : n.end + 12])
    return not (after and any(x.of_kind("state") for x in doc.names_between(n.end, n.end + 40)))


def _before_organ(doc: Document, n: NameMatch) -> bool:
    return any(o.of_kind("organ") for o in doc.names_between(n.end + 1, n.end + 3))


def organization_mentions(
    doc: Document, kb: KnowledgeBase, hits: list[OrgHit]
) -> tuple[OrganizationMention, ...]:
    """One OrganizationMention per organization, in order of first mention."""
    by_org: dict[str, list[NameMatch]] = defaultdict(list)
    for org, n in hits:
        by_org[org].append(n)
    out = []
    for org_id, matches in by_org.items():
        rec = kb.organization(org_id)
        if rec is None:
            continue
        out.append(
            OrganizationMention(
                id=rec.id,
                name=rec.name,
                acronym=rec.acronym,
                kind=rec.kind,
                mentions=tuple(doc.mention(m.start, m.end) for m in matches),
            )
        )
    return tuple(out)
