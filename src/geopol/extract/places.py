"""Places: cities resolved to their state through the knowledge base.

A city whose name the knowledge base marks ambiguous (Victoria, Kingston,
Nice …) counts only in a strong context: "in X", "at X", "X, <state>".
"""

from __future__ import annotations

import re

from geopol.extract.document import Document
from geopol.extract.spanindex import SpanIndex
from geopol.match.gazetteer import NameMatch

__all__ = ["PlaceHit", "find_place_hits"]

PlaceHit = tuple[str, str, NameMatch]  # (city, alpha-3, match)

_STRONG_BEFORE = re.compile(r"(?:\b(?:in|In|at|At|to|from|near|outside|capital,?)\s+(?:the\s+)?)$")


def find_place_hits(doc: Document, person_spans: list[tuple[int, int]]) -> list[PlaceHit]:
    """Every accepted city mention, in text order."""
    persons = SpanIndex((a, b, None) for a, b in person_spans)
    longest = max((b - a for a, b in person_spans), default=0)
    out: list[PlaceHit] = []
    text = doc.text
    for n in doc.names:
        places = n.of_kind("place")
        if not places or n.of_kind("org") or n.of_kind("blocker") or n.of_kind("center"):
            continue
        if persons.overlapping(n.start, n.end, longest):
            continue
        e = places[0]
        is_state = bool(n.of_kind("state"))
        if e.ambiguous or is_state:
            before = text[max(0, n.start - 12) : n.start]
            after = text[n.end : n.end + 40]
            strong = bool(_STRONG_BEFORE.search(before)) and not is_state
            followed_by_state = _state_after(doc, n, after)
            if not (strong or followed_by_state):
                continue
        out.append((e.key, e.parent or "", n))
    return out


def _state_after(doc: Document, n: NameMatch, after: str) -> bool:
    if not after.startswith(","):
        return False
    following = doc.names_between(n.end + 1, n.end + 4)
    return bool(following) and bool(following[0].of_kind("state"))
