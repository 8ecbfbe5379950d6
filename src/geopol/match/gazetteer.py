"""One-scan gazetteer: every known name compiled into a single prefix-tree regex.

Entries are plain data (kind, key, flags); the knowledge base supplies them.
A surface form may carry several entries (``Djibouti`` is a state and a
city); extractors choose between them from context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

import attrs

from geopol.match.trie import trie_pattern

__all__ = ["Entry", "Gazetteer", "NameMatch"]


@attrs.frozen
class Entry:
    """What a surface form can denote.

    ``kind``: ``state``, ``org``, ``place``, ``organ`` or ``center``;
    ``key``: alpha-3, organization id, place name, organ name or center name;
    ``form``: how the surface relates to the key (``name``, ``alias``,
    ``adjective``, ``acronym``, ``former`` …); ``ambiguous``: needs context.
    ``parent``: the organization id of an organ or center, if fixed.
    """

    kind: str
    key: str
    form: str = "name"
    ambiguous: bool = False
    parent: str | None = None


@attrs.frozen
class NameMatch:
    """A gazetteer hit in normalized text."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    def of_kind(self, kind: str) -> tuple[Entry, ...]:
        """The entries of one kind."""
        return tuple(e for e in self.entries if e.kind == kind)


class Gazetteer:
    """Finds every known surface form in one left-to-right scan (longest match wins)."""

    def __init__(self, forms: Mapping[str, Iterable[Entry]]) -> None:
        self._forms: dict[str, tuple[Entry, ...]] = {k: tuple(v) for k, v in forms.items() if k}
        self._pattern: re.Pattern[str] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {"forms": self._forms}

    def __setstate__(self, state: dict[str, object]) -> None:
        self._forms = state["forms"]  # type: ignore[assignment]
        self._pattern = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled scan pattern (built on first use)."""
        if self._pattern is None:
            body = trie_pattern(self._forms)
            self._pattern = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])")
        return self._pattern

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        """Entries for an exact surface form."""
        return self._forms.get(surface, ())

    def scan(self, text: str) -> Iterator[NameMatch]:
        """Every match in ``text``, left to right, non-overlapping."""
        forms = self._forms
        for m in self.pattern.finditer(text):
            surface = m.group()
            yield NameMatch(m.start(), m.end(), surface, forms[surface])
