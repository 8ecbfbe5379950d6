"""Regional centers, offices, structures and secretariats of organizations tied to a place.

Two sources: the knowledge base's known centers found by name ("RATS", "AHA
Centre"), and the text's own wording: a phrase ending in a center noun
(centre, center, office, structure, secretariat, headquarters, depot) that
follows an organization mention or is followed by "in <city>".
"""

from __future__ import annotations

import re

import attrs

from geopol.extract.document import Document
from geopol.extract.organizations import OrgHit
from geopol.extract.places import PlaceHit
from geopol.kb import KnowledgeBase
from geopol.model import Place, RegionalCenter

__all__ = ["CenterFinding", "extract_centers"]

_HEAD = r"(?:[Cc]ent(?:er|re)s?|[Oo]ffices?|[Ss]tructure|[Ss]ecretariat|[Hh]eadquarters|HQ|[Dd]epot|[Bb]ase)"
# A center phrase: up to six name words, then a center noun, then an optional "for/of ..." tail.
_PHRASE = re.compile(
    rf"""(?<![\w])
    (?P<name>
      (?:(?:[A-Z][\w.'-]*|[a-z][\w-]*)\s+){{0,6}}?{_HEAD}
      (?:\s+(?:for|of|on)\s+(?:[A-Za-z][\w'-]*\s+){{0,5}}?[A-Za-z][\w'-]*(?=\s+(?:in|at|based|located)\b))?
    )
    (?P<tail>\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:(?:based|located|opened|established|set\s+up|headquartered)\s+)?(?:in|at)\s+)?
    """,
    re.VERBOSE,
)
_LEADING_NOISE = re.compile(r"^(?:(?:the|a|an|its|their|new|newly|established|of|in|and|to|at|with|by|on|for)\s+)+", re.I)


@attrs.frozen
class CenterFinding:
    """A center with its normalized range."""

    center: RegionalCenter
    range: tuple[int, int]


def extract_centers(
    doc: Document, kb: KnowledgeBase, org_hits: list[OrgHit], place_hits: list[PlaceHit]
) -> tuple[CenterFinding, ...]:
    """Centers of organizations with their places."""
    found: list[CenterFinding] = []
    known = {c.name: c for c in kb.centers()}
    seen: set[tuple[str, str | None]] = set()
    for n in doc.names:
        centers = n.of_kind("center")
        if not centers:
            continue
        rec = known.get(centers[0].key)
        if rec is None:
            continue
        place = _place_after(doc, place_hits, n.end) or (
            Place(city=rec.city, country=rec.country) if rec.city or rec.country else None
        )
        key = (rec.parent, place.city if place else None)
        if key in seen:
            continue
        seen.add(key)
        found.append(CenterFinding(
            RegionalCenter(name=n.text, parent=rec.parent, place=place,
                           evidence=doc.evidence("known_center", (n.start, n.end))),
            (n.start, n.end),
        ))
    for sent in doc.sentences:
        for m in _PHRASE.finditer(doc.text, sent.start, sent.end):
            found.extend(_from_phrase(doc, org_hits, place_hits, m, found, seen))
    return tuple(found)


def _from_phrase(
    doc: Document,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    m: re.Match[str],
    found: list[CenterFinding],
    seen: set[tuple[str, str | None]],
) -> list[CenterFinding]:
    a, b = m.span("name")
    raw = m.group("name")
    lead = _LEADING_NOISE.match(raw)
    if lead:
        a += lead.end()
    if any(f.range[0] <= a < f.range[1] or a <= f.range[0] < b for f in found):
        return []
    if doc.in_quote(a, b):
        return []
    org = None
    for o, n in org_hits:
        if a <= n.start < b or 0 <= a - n.end <= 3:
            org = o
            if n.start < a:
                a = n.start
    place = _place_after(doc, place_hits, m.end("name")) if m.group("tail") else None
    if org is None or place is None:
        return []
    key = (org, place.city)
    if key in seen:
        return []
    seen.add(key)
    name = doc.text[a:b]
    return [CenterFinding(
        RegionalCenter(name=name, parent=org, place=place, evidence=doc.evidence("center_phrase", (a, b))),
        (a, b),
    )]


def _place_after(doc: Document, place_hits: list[PlaceHit], at: int) -> Place | None:
    for city, country, n in place_hits:
        if at <= n.start <= at + 45 and re.fullmatch(r"[\s,]*(?:(?:which|that)\s+(?:is\s+|was\s+)?)?"
                                                     r"(?:(?:based|located|opened|established|set\s+up|"
                                                     r"headquartered)\s+)?(?:in|at)?\s*(?:the\s+)?",
                                                     doc.text[at : n.start]):
            return Place(city=city, country=country or None, evidence=doc.evidence("center_city", (n.start, n.end)))
    return None
