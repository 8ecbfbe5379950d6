"""The analysed article every extractor reads: text layer plus matches, with offsets."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from geopol.match.dates import DateMatch
from geopol.match.gazetteer import NameMatch
from geopol.model import Evidence, Mention, Span
from geopol.text.normalize import NormalizedText
from geopol.text.quoted import QuotedRun
from geopol.text.sentences import Sentence

__all__ = ["Document"]


@attrs.frozen
class Document:
    """Normalized text, sentences, quoted runs, name and date matches of one article."""

    norm: NormalizedText
    sentences: tuple[Sentence, ...]
    quoted: tuple[QuotedRun, ...]
    names: tuple[NameMatch, ...]
    dates: tuple[DateMatch, ...]
    published: dt.date | None
    _sentence_starts: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))

    @property
    def text(self) -> str:
        """The normalized text (offsets of all matches refer to it)."""
        return self.norm.text

    def span(self, start: int, end: int) -> Span:
        """Original-text span of a normalized range."""
        return self.norm.span(start, end)

    def mention(self, start: int, end: int) -> Mention:
        """A Mention (original surface + span) of a normalized range."""
        span = self.norm.span(start, end)
        return Mention(text=span.slice(self.norm.original), span=span)

    def evidence(self, rule: str, *ranges: tuple[int, int]) -> Evidence:
        """Evidence for normalized ranges produced by ``rule``."""
        return Evidence(spans=tuple(self.norm.span(a, b) for a, b in ranges), rule=rule)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, if any."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence at or before ``offset`` (-1 before the first)."""
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    def in_quote(self, start: int, end: int) -> bool:
        """Whether the range lies inside a quoted run."""
        return any(q.inner_start <= start and end <= q.inner_end for q in self.quoted)

    def names_between(self, start: int, end: int) -> tuple[NameMatch, ...]:
        """Name matches inside ``[start, end)``."""
        return tuple(n for n in self.names if start <= n.start and n.end <= end)
