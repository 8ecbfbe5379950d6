"""States: names, short forms, adjectives and demonyms, without classic false positives.

A form the knowledge base marks ambiguous (Georgia, Jordan, Chad, Niger,
Turkey …) counts unless the context shows a person's name ("Chad Smith",
"Michael Jordan") or a US state ("Atlanta, Georgia").
"""

from __future__ import annotations

import re
from collections import defaultdict

from geopol.extract.document import Document
from geopol.extract.role_words import NAME_STOPWORDS
from geopol.kb import KnowledgeBase
from geopol.match.gazetteer import NameMatch
from geopol.model import StateMention

__all__ = ["find_state_hits", "state_mentions"]

_NEXT_CAP = re.compile(r"^\s[A-Z][a-z]+(?![\w'])")
_PREV_WORD = re.compile(r"([A-Z][a-z]+)\s$")
_US_STATE_CONTEXT = re.compile(
    r"^,\s*(?:U\.?S\.?|USA|United States)\b|^\s+(?:state|State|governor|Governor)\b"
)
_VERBS_AFTER = re.compile(r"^\s(?:Is|Has|Was|Will|Says|Said)\b")


def find_state_hits(doc: Document) -> list[tuple[str, NameMatch]]:
    """(alpha-3, match) for every accepted state mention, in text order."""
    hits = []
    for n in doc.names:
        if n.of_kind("org") or n.of_kind("center") or n.of_kind("blocker"):
            continue
        states = n.of_kind("state")
        if not states:
            continue
        e = states[0]
        if e.ambiguous and not _ambiguous_ok(doc, n):
            continue
        hits.append((e.key, n))
    return hits


def _city_before(doc: Document, n: NameMatch) -> bool:
    """ "Atlanta, Georgia": a city of another state before the ambiguous name."""
    prev = doc.names_between(max(0, n.start - 40), n.start)
    if prev and re.fullmatch(r",\s*", doc.text[prev[-1].end : n.start]):
        if prev[-1].of_kind("state"):
            return False  # "Burkina Faso, Guinea" is a list of states
        code = n.of_kind("state")[0].key
        return not any(e.parent == code for e in prev[-1].of_kind("place"))  # "Tbilisi, Georgia" is fine
    return bool(re.search(r"[A-Z][a-z]+,\s*$", doc.text[max(0, n.start - 25) : n.start]))


def _ambiguous_ok(doc: Document, n: NameMatch) -> bool:
    text = doc.text
    after = text[n.end : n.end + 30]
    before = text[max(0, n.start - 25) : n.start]
    if _US_STATE_CONTEXT.search(after):
        return False
    if before.rstrip().endswith(",") and _city_before(doc, n):
        return False  # "Atlanta, Georgia": a city, then the US state
    if _NEXT_CAP.match(after) and not _VERBS_AFTER.match(after):
        nxt = after.split()[0] if after.split() else ""
        # "Chad Johnson" is a person; "Indian Prime Minister", "Georgian President" are not names
        if nxt and nxt[0].isupper() and not nxt.endswith("'s") and nxt not in NAME_STOPWORDS:
            return False
    prev = _PREV_WORD.search(before)
    return prev is None or prev.group(1) in NAME_STOPWORDS  # "Michael Jordan" is a person


def state_mentions(
    doc: Document, kb: KnowledgeBase, hits: list[tuple[str, NameMatch]]
) -> tuple[StateMention, ...]:
    """One StateMention per state, in order of first mention."""
    by_state: dict[str, list[NameMatch]] = defaultdict(list)
    for code, n in hits:
        by_state[code].append(n)
    out = []
    for code, matches in by_state.items():
        rec = kb.country(code)
        out.append(
            StateMention(
                alpha3=code,
                name=rec.name if rec else code,
                mentions=tuple(doc.mention(m.start, m.end) for m in matches),
            )
        )
    return tuple(out)
