"""Regional centers, offices, structures and secretariats of organizations tied to a place.

Two sources: the knowledge base's known centers found by name ("RATS", "AHA
Centre"), and the text's own wording: a phrase ending in a center noun
(centre, center, office, structure, secretariat, headquarters, depot)
followed by "in <city>". A center is reported only when the text ties it to
a place: "<center> in <city>", "(<acronym>) in <state>" with the center's
known city in that state named in the text, a facility verb ("hosting",
"inaugurated", "based") with its known city named in the text, or the
dateline city for a center inaugurated "here".
"""

from __future__ import annotations

import bisect
import re

import attrs

from geopol.extract.document import Document
from geopol.extract.organizations import OrgHit
from geopol.extract.places import PlaceHit
from geopol.extract.spanindex import SpanIndex
from geopol.kb import Center, KnowledgeBase
from geopol.match.gazetteer import NameMatch
from geopol.model import Dateline, Place, RegionalCenter

__all__ = ["CenterFinding", "extract_centers"]

_HEAD = r"(?:[Cc]ent(?:er|re)|[Oo]ffice|[Ss]tructure|[Ss]ecretariat|[Hh]eadquarters|HQ|[Dd]epot)"
_PHRASE = re.compile(
    rf"""(?<![\w])
    (?P<name>
      (?:(?:[A-Z][\w.'-]*|[a-z][\w-]*)\s+){{0,7}}?{_HEAD}
      (?:\s+(?:for|of|on)\s+(?:[A-Za-z][\w'-]*\s+){{0,5}}?[A-Za-z][\w'-]*(?=\s+(?:\([^()]{{1,15}}\)\s+)?(?:in|at|will|would|is|was|to|which|that|based|located)\b))?
    )
    (?P<tail>(?:\s+\([^()]{{1,15}}\))?(?:\s+(?:will|would|is|was|to|be|been|also|being|currently|now|which|that))*
      (?:\s+(?:based|located|opened|established|set\s+up|headquartered|built|created|housed))?\s+(?:in|at)\s+)
    """,
    re.VERBOSE,
)
_NOISE = frozenset(
    """the a an its their this that these new newly established of in and to at with by on for opens open
    opened create created creating set up launch launched inaugurate inaugurated establish establishing
    host hosts hosted hosting agreed agree will would be is was are also said says plans plan decided
    build built move moved relocate""".split()
)
_FACILITY = re.compile(
    r"\b(?:host(?:s|ed|ing)?|establish(?:ed|ing)?|open(?:s|ed|ing)?|inaugurat\w*|launch(?:ed|es|ing)?|set\s+up|"
    r"creat(?:e|ed|ing)|buil[dt]|located|based|hous(?:e|es|ed|ing)|mov(?:e|ed)|relocat\w*|premises?)\b",
    re.IGNORECASE,
)


@attrs.frozen
class CenterFinding:
    """A center with its normalized range."""

    center: RegionalCenter
    range: tuple[int, int]


class _Index:
    """Organization and city mentions by offset, and the ranges already taken by centers."""

    def __init__(self, doc: Document, org_hits: list[OrgHit], place_hits: list[PlaceHit]) -> None:
        self.doc = doc
        self.orgs = SpanIndex((n.start, n.end, org) for org, n in org_hits)
        self.places = SpanIndex((n.start, n.end, (city, country, n)) for city, country, n in place_hits)
        self.cities = {city for city, _c, _n in place_hits}
        self.found: list[CenterFinding] = []
        self._taken: list[tuple[int, int]] = []  # sorted ranges of found centers
        self._sentence_orgs: dict[int, set[str]] = {}

    def taken(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps a center already found."""
        i = bisect.bisect_left(self._taken, (a, a))
        return any(x < b and a < y for x, y in self._taken[max(0, i - 1) : i + 1])

    def add(self, finding: CenterFinding) -> None:
        self.found.append(finding)
        bisect.insort(self._taken, finding.range)

    def orgs_in_sentence(self, offset: int) -> set[str]:
        i = self.doc.sentence_index(offset)
        if i not in self._sentence_orgs:
            sent = self.doc.sentences[i] if 0 <= i < len(self.doc.sentences) else None
            found = self.orgs.between(sent.start, sent.end) if sent else ()
            self._sentence_orgs[i] = {org for _s, _e, org in found}
        return self._sentence_orgs[i]


def extract_centers(
    doc: Document,
    kb: KnowledgeBase,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    dateline: Dateline | None,
    main_org: str | None,
) -> tuple[CenterFinding, ...]:
    """Centers of organizations with the places the text ties them to."""
    ix = _Index(doc, org_hits, place_hits)
    known = {c.name: c for c in kb.centers()}
    seen: set[tuple[str, str | None]] = set()
    for n in doc.names:
        centers = n.of_kind("center")
        if not centers or centers[0].key not in known:
            continue
        rec = known[centers[0].key]
        if rec.name.endswith(("Commission", "Council", "Parliament", "Assembly")):
            continue  # organs, not centers
        place = _tied_place(ix, n, rec, dateline)
        if place is None:
            continue
        start = _name_start(ix, n, rec)
        end = n.end if start == n.start else _paren_start(doc, n)
        _add(ix, seen, rec.parent, start, end, place, "known_center")
    for sent in doc.sentences:
        for m in _PHRASE.finditer(doc.text, sent.start, sent.end):
            _from_phrase(ix, m, seen, main_org)
    return tuple(ix.found)


def _add(
    ix: _Index, seen: set[tuple[str, str | None]], parent: str, start: int, end: int, place: Place, rule: str
) -> None:
    key = (parent, place.city or place.country)
    if key in seen or ix.taken(start, max(end, start + 1)):
        return
    seen.add(key)
    doc = ix.doc
    name = doc.norm.surface(start, end)
    center = RegionalCenter(name=name, parent=parent, place=place, evidence=doc.evidence(rule, (start, end)))
    ix.add(CenterFinding(center, (start, end)))


def _paren_start(doc: Document, n: NameMatch) -> int:
    """End of the full name before "(ACRONYM)"."""
    i = doc.text.rfind("(", max(0, n.start - 3), n.start)
    return i if i > 0 and doc.text[i - 1] != " " else max(0, i - 1)


def _name_start(ix: _Index, n: NameMatch, rec: Center) -> int:
    """For "<Org> Coordinating Centre for ... (AHA Centre)" the full name starts at the organization."""
    doc = ix.doc
    if not doc.text[max(0, n.start - 2) : n.start].endswith("("):
        return n.start
    for o_start, _o_end, org in reversed(ix.orgs.between(max(0, n.start - 140), n.start)):
        if org == rec.parent:
            return o_start if "." not in doc.text[o_start : n.start] else n.start
    return n.start


def _tied_place(ix: _Index, n: NameMatch, rec: Center, dateline: Dateline | None) -> Place | None:
    doc = ix.doc
    after = _place_after(ix, n.end)
    if after is not None:
        return after
    if rec.city and rec.city in n.text:  # "the OSCE Programme Office in Dushanbe": the name says where
        return Place(
            city=rec.city, country=rec.country, evidence=doc.evidence("center_name_city", (n.start, n.end))
        )
    city_in_text = rec.city is not None and rec.city in ix.cities
    state_after = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?in\s+(?:the\s+)?", doc.text[n.end : n.end + 25])
    if state_after is not None and city_in_text:
        return Place(city=rec.city, country=rec.country)
    if doc.sentence_has(_FACILITY, n.start):
        if city_in_text:
            return Place(city=rec.city, country=rec.country)
        if dateline is not None and dateline.place is not None and doc.sentence_has(_HERE, n.start):
            return dateline.place
    return None


def _from_phrase(
    ix: _Index, m: re.Match[str], seen: set[tuple[str, str | None]], main_org: str | None
) -> None:
    doc = ix.doc
    a, b = m.span("name")
    words = list(re.finditer(r"\S+", doc.text[a:b]))
    head_index = len(words) - 1
    for i, w in enumerate(words):
        if re.fullmatch(_HEAD, w.group()):
            head_index = i
            break
    cut = 0
    for i in range(head_index):
        if words[i].group().lower() in _NOISE or words[i].group()[0].isdigit():
            cut = i + 1
    if cut >= len(words) or cut > head_index:
        return
    a += words[cut].start()
    if doc.in_quote(a, b) or ix.taken(a, b):
        return
    place = _place_after(ix, m.end("name"))
    if place is None:
        return
    org = _org_for(ix, a, b) or main_org
    if org is None:
        return
    before = ix.orgs.last_ending_by(a, max(0, a - 2))
    if before is not None and before[2] == org:
        a = before[0]
    _add(ix, seen, org, a, b, place, "center_phrase")


def _org_for(ix: _Index, a: int, b: int) -> str | None:
    inside = ix.orgs.between(max(0, a - 160), b)
    for o_start, o_end, org in inside:
        if a <= o_start < b or 0 <= a - o_end <= 2:
            return org
    in_sentence = ix.orgs_in_sentence(a)
    return next(iter(in_sentence)) if len(in_sentence) == 1 else None


_AFTER_CENTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:[\s,]+(?:will|would|is|was|to|be|been|also|being|currently|now|which|that))*"
    r"(?:\s+(?:based|located|opened|established|set\s+up|headquartered|built|created|housed))?"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}?(?:capital,?\s+|city\s+of\s+)?"
)
_HERE = re.compile(r"\b(?:here|inaugurat\w*)\b")


def _place_after(ix: _Index, at: int) -> Place | None:
    for p_start, _p_end, (city, country, _n) in ix.places.between(at, at + 61):
        if _AFTER_CENTER.fullmatch(ix.doc.text[at:p_start]):
            return Place(
                city=city, country=country or None, evidence=ix.doc.evidence("center_city", (p_start, _p_end))
            )
    return None
