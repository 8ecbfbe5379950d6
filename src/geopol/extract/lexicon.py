"""Build the gazetteer from the knowledge base (once per parser)."""

from __future__ import annotations

import functools
from collections import defaultdict
from importlib import resources

from geopol.kb import KnowledgeBase
from geopol.match.gazetteer import Entry, Gazetteer

__all__ = ["Lexicon", "build_lexicon"]


class Lexicon:
    """The gazetteer plus the words that can never be part of a person's name."""

    def __init__(self, gazetteer: Gazetteer, blocked: frozenset[str]) -> None:
        self.gazetteer = gazetteer
        self.blocked = blocked


@functools.cache
def _blockers() -> tuple[str, ...]:
    text = resources.files("geopol.extract").joinpath("data/blockers.txt").read_text("utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _variants(form: str) -> set[str]:
    out = {form}
    if "'" in form:
        out.add(form.replace("'", "\u2019"))
    return out


def build_lexicon(kb: KnowledgeBase) -> Lexicon:
    """Every surface form of states, organizations, organs, centers and places."""
    forms: dict[str, list[Entry]] = defaultdict(list)
    blocked: set[str] = set()
    for surface, sf in kb.state_forms().items():
        kind = "state" if sf.sovereign else "territory"
        for v in _variants(surface):
            forms[v].append(Entry(kind, sf.alpha3, str(sf.kind), sf.ambiguous))
        if " " not in surface and not sf.ambiguous:  # "Chad Johnson", "Michael Jordan" stay names
            blocked.add(surface)
    org_forms = kb.organization_forms()
    for surface, of in org_forms.items():
        for v in _variants(surface):
            forms[v].append(Entry("org", of.org_id, str(of.kind), of.ambiguous))
        # British style writes pronounceable acronyms as words: "Nato", "Asean", "Opec".
        if str(of.kind) == "acronym" and len(surface) >= 4 and surface.isalpha() and surface.isupper():
            word = surface.capitalize()
            if word not in org_forms:
                forms[word].append(Entry("org", of.org_id, "acronym", of.ambiguous))
        if " " not in surface:
            blocked.add(surface)
    for organ, refs in kb.organ_index().items():
        parent = refs[0].org_id if len({r.org_id for r in refs}) == 1 else None
        for v in _variants(organ):
            forms[v].append(Entry("organ", organ, "organ", parent is None, parent))
    for center in kb.centers():
        for center_form in (center.name, center.acronym, *center.aliases):
            if center_form:
                surface = center_form
                for v in _variants(surface):
                    forms[v].append(Entry("center", center.name, "center", False, center.parent))
    for surface, place in kb.place_forms().items():
        for v in _variants(surface):
            forms[v].append(Entry("place", place.name, "name", place.ambiguous, place.country))
        if " " not in surface and not place.ambiguous and place.kind.value == "capital":
            blocked.add(surface)  # only capitals: "Aden Duale", "Florence Parly" are people
    for phrase in _blockers():
        if phrase not in forms:
            forms[phrase].append(Entry("blocker", phrase))
    return Lexicon(Gazetteer({k: tuple(v) for k, v in forms.items()}), frozenset(blocked))
