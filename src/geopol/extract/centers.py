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

import re

import attrs

from geopol.extract.document import Document
from geopol.extract.organizations import OrgHit
from geopol.extract.places import PlaceHit
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


def extract_centers(
    doc: Document,
    kb: KnowledgeBase,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    dateline: Dateline | None,
    main_org: str | None,
) -> tuple[CenterFinding, ...]:
    """Centers of organizations with the places the text ties them to."""
    found: list[CenterFinding] = []
    known = {c.name: c for c in kb.centers()}
    seen: set[tuple[str, str | None]] = set()
    for n in doc.names:
        centers = n.of_kind("center")
        if not centers or centers[0].key not in known:
            continue
        rec = known[centers[0].key]
        if rec.name.endswith(("Commission", "Council", "Parliament", "Assembly")):
            continue  # organs, not centers
        place = _tied_place(doc, place_hits, n, rec, dateline)
        if place is None:
            continue
        start = _name_start(doc, org_hits, n, rec)
        _add(
            found,
            seen,
            doc,
            rec.parent,
            start,
            n.end if start == n.start else _paren_start(doc, n),
            place,
            "known_center",
        )
    for sent in doc.sentences:
        for m in _PHRASE.finditer(doc.text, sent.start, sent.end):
            _from_phrase(doc, org_hits, place_hits, m, found, seen, main_org)
    return tuple(found)


def _add(
    found: list[CenterFinding],
    seen: set[tuple[str, str | None]],
    doc: Document,
    parent: str,
    start: int,
    end: int,
    place: Place,
    rule: str,
) -> None:
    key = (parent, place.city or place.country)
    if key in seen or any(f.range[0] <= start < f.range[1] for f in found):
        return
    seen.add(key)
    name = doc.norm.surface(start, end)
    found.append(
        CenterFinding(
            RegionalCenter(name=name, parent=parent, place=place, evidence=doc.evidence(rule, (start, end))),
            (start, end),
        )
    )


def _paren_start(doc: Document, n: NameMatch) -> int:
    """End of the full name before "(ACRONYM)"."""
    i = doc.text.rfind("(", max(0, n.start - 3), n.start)
    return i if i > 0 and doc.text[i - 1] != " " else max(0, i - 1)


def _name_start(doc: Document, org_hits: list[OrgHit], n: NameMatch, rec: Center) -> int:
    """For "<Org> Coordinating Centre for ... (AHA Centre)" the full name starts at the organization."""
    if not doc.text[max(0, n.start - 2) : n.start].endswith("("):
        return n.start
    for org, o in reversed(org_hits):
        if org == rec.parent and o.end <= n.start and n.start - o.start <= 140:
            if "." not in doc.text[o.start : n.start]:
                return o.start
            break
    return n.start


def _tied_place(
    doc: Document, place_hits: list[PlaceHit], n: NameMatch, rec: Center, dateline: Dateline | None
) -> Place | None:
    after = _place_after(doc, place_hits, n.end)
    if after is not None:
        return after
    sent = doc.sentence_at(n.start)
    sent_text = sent.text if sent else ""
    city_in_text = rec.city is not None and any(city == rec.city for city, _c, _n in place_hits)
    state_after = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?in\s+(?:the\s+)?", doc.text[n.end : n.end + 25])
    if state_after is not None and city_in_text:
        return Place(city=rec.city, country=rec.country)
    if _FACILITY.search(sent_text):
        if city_in_text:
            return Place(city=rec.city, country=rec.country)
        if (
            dateline is not None
            and dateline.place is not None
            and re.search(r"\b(?:here|inaugurat\w*)\b", sent_text)
        ):
            return dateline.place
    return None


def _from_phrase(
    doc: Document,
    org_hits: list[OrgHit],
    place_hits: list[PlaceHit],
    m: re.Match[str],
    found: list[CenterFinding],
    seen: set[tuple[str, str | None]],
    main_org: str | None,
) -> None:
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
    if doc.in_quote(a, b) or any(f.range[0] <= a < f.range[1] or a <= f.range[0] < b for f in found):
        return
    place = _place_after(doc, place_hits, m.end("name"))
    if place is None:
        return
    org = _org_for(doc, org_hits, a, b) or main_org
    if org is None:
        return
    for o, n in org_hits:
        if o == org and 0 <= a - n.end <= 2:
            a = n.start
    _add(found, seen, doc, org, a, b, place, "center_phrase")


def _org_for(doc: Document, org_hits: list[OrgHit], a: int, b: int) -> str | None:
    for org, n in org_hits:
        if a <= n.start < b or 0 <= a - n.end <= 2:
            return org
    sent = doc.sentence_at(a)
    if sent is None:
        return None
    in_sentence = {org for org, n in org_hits if sent.start <= n.start < sent.end}
    if len(in_sentence) == 1:
        return next(iter(in_sentence))
    return None


def _place_after(doc: Document, place_hits: list[PlaceHit], at: int) -> Place | None:
    for city, country, n in place_hits:
        if at <= n.start <= at + 60 and re.fullmatch(
            r"(?:\s*\([^()]{1,15}\))?(?:[\s,]+(?:will|would|is|was|to|be|been|also|being|currently|now|which|that))*"
            r"(?:\s+(?:based|located|opened|established|set\s+up|headquartered|built|created|housed))?"
            r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}?(?:capital,?\s+|city\s+of\s+)?",
            doc.text[at : n.start],
        ):
            return Place(
                city=city, country=country or None, evidence=doc.evidence("center_city", (n.start, n.end))
            )
    return None
