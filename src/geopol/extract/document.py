"""The analysed article every extractor reads: text layer plus matches, with offsets."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from geopol.extract.spanindex import SpanIndex
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
    _name_index: SpanIndex[NameMatch] = attrs.field(init=False)
    _quote_starts: tuple[int, ...] = attrs.field(init=False)
    _flags: dict[tuple[int, int], bool] = attrs.field(init=False)
    _date_index: SpanIndex[DateMatch] = attrs.field(init=False)
    _longest: int = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "_name_index", SpanIndex((n.start, n.end, n) for n in self.names))
        object.__setattr__(self, "_quote_starts", tuple(q.inner_start for q in self.quoted))
        object.__setattr__(self, "_flags", {})
        object.__setattr__(self, "_date_index", SpanIndex((d.start, d.end, d) for d in self.dates))
        object.__setattr__(self, "_longest", max((n.end - n.start for n in self.names), default=0))

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
        """Whether the range lies inside a quoted run (runs do not overlap)."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        if i < 0:
            return False
        q = self.quoted[i]
        return q.inner_start <= start and end <= q.inner_end

    def quoted_between(self, start: int, end: int) -> tuple[QuotedRun, ...]:
        """Quoted runs overlapping ``[start, end)`` (runs do not overlap each other)."""
        i = max(0, bisect.bisect_right(self._quote_starts, start) - 1)
        j = bisect.bisect_left(self._quote_starts, end)
        return tuple(q for q in self.quoted[i:j] if q.inner_end > start)

    def outside_quotes(self, start: int, end: int) -> str:
        """``text[start:end]`` with every quoted run (marks included) blanked out, same length."""
        runs = self.quoted_between(start, end)
        if not runs:
            return self.text[start:end]
        chars = list(self.text[start:end])
        for run in runs:
            for i in range(max(run.outer_start, start), min(run.outer_end, end)):
                chars[i - start] = " "
        return "".join(chars)

    def names_between(self, start: int, end: int) -> tuple[NameMatch, ...]:
        """Name matches inside ``[start, end)``."""
        return tuple(n for _s, e, n in self._name_index.between(start, end) if e <= end)

    def names_overlapping(self, start: int, end: int) -> list[NameMatch]:
        """Name matches overlapping ``[start, end)``."""
        return [n for _s, _e, n in self._name_index.overlapping(start, end, self._longest)]

    def dates_between(self, start: int, end: int) -> list[DateMatch]:
        """Date matches starting in ``[start, end)``."""
        return [d for _s, _e, d in self._date_index.between(start, end)]

    def name_starting_at(self, start: int) -> NameMatch | None:
        """The name match that starts exactly at ``start``."""
        hits = self._name_index.between(start, start + 1)
        return hits[0][2] if hits else None

    def sentence_has(self, pattern: re.Pattern[str], offset: int) -> bool:
        """Whether the sentence at ``offset`` matches ``pattern`` (cached per sentence)."""
        i = self.sentence_index(offset)
        key = (id(pattern), i)
        hit = self._flags.get(key)
        if hit is None:
            sent = self.sentences[i] if 0 <= i < len(self.sentences) else None
            hit = bool(sent is not None and sent.start <= offset < sent.end and pattern.search(sent.text))
            self._flags[key] = hit
        return hit
