"""Normalize article text while keeping a map back to the original offsets.

Normalization folds typographic variants that matter for matching: curly
apostrophes to ``'``, non-breaking and other exotic spaces to a plain space,
dashes to ``-``; it deletes zero-width characters and soft hyphens. Curly
double quotes are kept (their direction helps find quoted runs).
"""

from __future__ import annotations

import bisect
from array import array

import attrs

from geopol.model import Span

__all__ = ["NormalizedText", "normalize"]

_REPLACE = {
    "\u2019": "'",  # right single quotation mark / apostrophe
    "\u2018": "'",  # left single quotation mark
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2012": "-",
    "\u2212": "-",  # minus sign
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",  # byte-order mark
    "\r": "",
}
_TABLE = str.maketrans(_REPLACE)
_DELETED = frozenset(k for k, v in _REPLACE.items() if v == "")


@attrs.frozen
class NormalizedText:
    """Normalized text plus ``origin[i]``: the original offset of normalized offset ``i``."""

    text: str
    original: str
    origin: array[int] | None  # None when offsets are unchanged

    def span(self, start: int, end: int) -> Span:
        """The original-text span of the normalized range ``[start, end)``."""
        if self.origin is None:
            return Span(start=start, end=end)
        if end <= start:
            s = self.origin[start]
            return Span(start=s, end=s)
        # end maps through the last included character, so deleted characters
        # after the range are not swallowed.
        return Span(start=self.origin[start], end=self.origin[end - 1] + 1)

    def to_normalized(self, offset: int) -> int:
        """The normalized offset of an original offset (the next kept character's)."""
        if self.origin is None:
            return offset
        return bisect.bisect_left(self.origin, offset)

    def surface(self, start: int, end: int) -> str:
        """The original surface form of a normalized range."""
        return self.span(start, end).slice(self.original)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text``; linear time."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return NormalizedText(folded, text, None)
    origin = array("i")
    for i, ch in enumerate(text):
        if ch not in _DELETED:
            origin.append(i)
    origin.append(len(text))
    return NormalizedText(folded, text, origin)
