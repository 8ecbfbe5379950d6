"""Role phrases ("Russian Foreign Minister", "Minister for Foreign Affairs of Kenya")."""

from __future__ import annotations

import re

from geopol.extract.role_words import ROLE_HEADS, ROLE_MODIFIERS

__all__ = ["GOVERNMENT_HEADS", "PLURAL_ROLE", "ROLE", "role_before", "singular"]


def _ci(word: str) -> str:
    """Regex for a phrase whose words may start upper- or lower-case."""
    parts = []
    for w in word.split(" "):
        first = w[0]
        head = f"[{first.upper()}{first.lower()}]" if first.isalpha() else re.escape(first)
        parts.append(head + re.escape(w[1:]))
    return r"\s+".join(parts)


_HEADS = "|".join(_ci(h) for h in sorted(ROLE_HEADS, key=len, reverse=True))
_MODS = "|".join(_ci(m) for m in sorted(ROLE_MODIFIERS, key=len, reverse=True))

# A role: modifiers, a head, and an optional portfolio ("of Foreign Affairs").
ROLE = re.compile(
    rf"""
    (?<![\w])
    (?:(?:{_MODS})[\s-]+)*
    (?:{_HEADS})
    (?:\s+(?:[Oo]f|[Ff]or)\s+(?:[Tt]he\s+)?(?:[A-Z][\w'-]*)(?:\s+(?:and\s+)?[A-Z][\w'-]*){0, 4})?
    (?![\w])
    """,
    re.VERBOSE,
)

PLURAL_ROLE = re.compile(
    r"(?<![\w])(?:[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inisters|[Pp]residents|[Pp]rime\s+[Mm]inisters"
    r"|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate"
)

# Roles that make the state named with them the person's country.
GOVERNMENT_HEADS = re.compile(
    r"minister|president|premier|secretary|chancellor|king|queen|emir|prince|sultan|ambassador"
    r"|envoy|representative|spokes|governor|commander|chief|general|deputy|head of state"
    r"|head of government|diplomat|senator|lawmaker|mayor|speaker|official|leader|director",
    re.IGNORECASE,
)


def singular(plural: str) -> str:
    """'foreign ministers' -> 'foreign minister'."""
    p = plural.lower()
    if p.startswith("heads of state"):
        return "head of state"
    return p[:-1] if p.endswith("s") else p


_TAIL = re.compile(r"^(?:\s|,|(?:of|for|to|at|in|and|the|on)\b|[A-Z][\w.'-]*|-|\u2013)*$")


def role_before(window: str) -> re.Match[str] | None:
    """The last role phrase in ``window`` whose remainder up to the window end is
    only a plausible continuation (capitalized words, 'of', 'the', commas)."""
    matches = list(ROLE.finditer(window))
    for m in reversed(matches):
        tail = window[m.end() :]
        if len(tail) > 100 or "," in tail.rstrip(" ,") or not _TAIL.match(tail):
            continue
        return m
    return None
