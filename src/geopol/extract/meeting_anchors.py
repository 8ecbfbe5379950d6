"""Meeting anchors in a sentence (trigger words and organ names) and the clauses around them."""

from __future__ import annotations

import itertools
import re

from geopol.extract.document import Document
from geopol.extract.meeting_words import SIDE_TALKS, TRIGGER, VERB_TRIGGER
from geopol.extract.spanindex import SpanIndex
from geopol.kb import KnowledgeBase

__all__ = ["Anchor", "find_anchors", "split_clauses"]

Anchor = tuple[int, int, "str | None"]  # start, end, organ name (None for a trigger word)


def find_anchors(doc: Document, kb: KnowledgeBase, s0: int, s1: int) -> list[tuple[int, int, str | None]]:
    """(start, end, organ name or None) for each meeting anchor of a sentence."""
    out: list[tuple[int, int, str | None]] = []
    organ_index = kb.organ_index()
    for n in doc.names_between(s0, s1):
        organs = n.of_kind("organ")
        if organs and any(r.level is not None for r in organ_index.get(organs[0].key, ())):
            out.append((n.start, n.end, organs[0].key))
    organ_anchors = SpanIndex(out)
    for m in TRIGGER.finditer(doc.text, s0, s1):
        if doc.in_quote(m.start(), m.end()) and VERB_TRIGGER.match(m.group()):
            continue
        if any(b + 40 > m.start() for _a, b, _o in organ_anchors.between(m.start() - 200, m.start() + 1)):
            continue  # "Council of Foreign Ministers meeting": one anchor
        out.append((m.start(), m.end(), None))
    out.sort()
    merged: list[tuple[int, int, str | None]] = []
    for a in out:
        # "the Council of the SCO convenes": the organ and its verb are one anchor.
        reach = 80 if merged and merged[-1][2] and VERB_TRIGGER.match(doc.text[a[0] : a[1]]) else 30
        gap = doc.text[merged[-1][1] : a[0]] if merged else ""
        if (
            merged
            and a[0] - merged[-1][1] <= reach
            and not re.search(r"[,;]|\b(?:and|which|while|but)\b", gap)
            and not SIDE_TALKS.search(gap)  # "met on the margins of the UN General Assembly": two things
        ):
            prev = merged[-1]
            merged[-1] = (prev[0], max(prev[1], a[1]), prev[2] or a[2])
        else:
            merged.append(a)
    return merged


def split_clauses(
    doc: Document, anchors: list[tuple[int, int, str | None]], s0: int, s1: int
) -> list[tuple[int, int]]:
    """Cut a sentence between consecutive anchors, at a clause break when there is one
    (a comma, a semicolon, "and", "which"), else at the word boundary nearest the middle."""
    if not anchors:
        return []
    cuts = []
    for (_a0, b0, _o0), (a1, _b1, _o1) in itertools.pairwise(anchors):
        gap = doc.text[b0:a1]
        brk = None
        for m in _CLAUSE_BREAK.finditer(gap):
            brk = b0 + m.start()
        if brk is None:
            mid = (b0 + a1) // 2
            inside = doc.names_overlapping(mid, mid + 1)
            if inside and inside[0].end <= a1:
                mid = inside[0].end  # never cut a name in two
            space = doc.text.find(" ", mid, a1)
            brk = space if space >= 0 else mid
        cuts.append(brk)
    starts = [s0, *cuts]
    ends = [*cuts, s1]
    return [(max(a, s0), max(b, a)) for a, b in zip(starts, ends, strict=True)]


_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|which|while|but|whereas)\s")
