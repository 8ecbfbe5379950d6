"""Find quoted runs: text between matching quotation marks, within one paragraph."""

from __future__ import annotations

import bisect

import attrs

__all__ = ["QuotedRun", "find_quoted_runs"]

_DOUBLE = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033')
_OPEN_ONLY = frozenset("\u201c\u201e\u00ab")
_SINGLE = "'"
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)]-")
_BEFORE_OPEN = frozenset(" \t\n([-/:")
_MAX_SINGLE = 400


@attrs.frozen
class QuotedRun:
    """Offsets of the marks (``outer``) and of the words between them (``inner``)."""

    outer_start: int
    outer_end: int
    inner_start: int
    inner_end: int
    closed: bool = True  # False: a paragraph of a quotation that goes on in the next paragraph

    def words(self, text: str) -> int:
        """How many white-space separated words the run holds."""
        return len(text[self.inner_start : self.inner_end].split())


def find_quoted_runs(text: str) -> tuple[QuotedRun, ...]:
    """Every closed quoted run; an unclosed mark (e.g. cut off by the text's end) yields none."""
    runs: list[QuotedRun] = []
    start = 0
    n = len(text)
    closers = _single_closers(text)
    while start < n:
        end = _paragraph_end(text, start)
        open_at = _scan_paragraph(text, start, end, runs, closers)
        if open_at >= 0 and _next_paragraph_opens_quote(text, end):
            # A quotation running over several paragraphs reopens each one; close it here.
            _add(text, open_at, end, runs, closed=False)
        start = end + 1
    return tuple(runs)


def _paragraph_end(text: str, start: int) -> int:
    """The next line break that is not a hard wrap (a wrap goes on in lower case)."""
    i = start
    while True:
        end = text.find("\n", i)
        if end < 0:
            return len(text)
        nxt = end + 1
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt < len(text) and (text[nxt].islower() or text[nxt] in ",;" or _wrapped_line(text, end)):
            i = end + 1
            continue
        return end


def _wrapped_line(text: str, newline: int) -> bool:
    """A long line ending mid-sentence continues on the next line (hard-wrapped text)."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    words = line.split()
    title = sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    ends_open = line[-1:] not in ".!?:;\"'\u201d\u2019)]" and not title
    return len(line) >= 55 and ends_open and text[newline + 1 : newline + 2] != "\n"


def _next_paragraph_opens_quote(text: str, end: int) -> bool:
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    return i < len(text) and text[i] in _DOUBLE


def _scan_paragraph(text: str, start: int, end: int, runs: list[QuotedRun], closers: list[int]) -> int:
    """Add the paragraph's closed runs; return the offset of a mark left open, or -1."""
    i = start
    open_at = -1
    while i < end:
        ch = text[i]
        if ch in _DOUBLE:
            if open_at < 0:
                open_at = i
            elif ch in _OPEN_ONLY and i > 0 and text[i - 1].isspace() and ch != text[open_at]:
                open_at = i  # a fresh opening mark: the earlier one was never closed
            else:
                _add(text, open_at, i, runs)
                open_at = -1
        elif ch == _SINGLE and open_at < 0 and _opens_single(text, i, start):
            close = _close_single(closers, i + 1, min(end, i + 1 + _MAX_SINGLE))
            if close > 0:
                _add(text, i, close, runs)
                i = close
        i += 1
    return open_at


def _opens_single(text: str, i: int, para_start: int) -> bool:
    before_ok = i == para_start or text[i - 1] in _BEFORE_OPEN
    return before_ok and i + 1 < len(text) and text[i + 1].isalnum()


def _single_closers(text: str) -> list[int]:
    """Offsets of every apostrophe that can close a single-quoted run, in one pass."""
    out = []
    i = text.find(_SINGLE)
    while i >= 0:
        after = text[i + 1] if i + 1 < len(text) else "\n"
        prev = text[i - 1] if i > 0 else " "
        if not prev.isspace() and after in _AFTER_CLOSE:
            # "Leaders' Summit": a plural possessive before a capitalized word stays inside.
            possessive = prev in "sS" and after == " " and text[i + 2 : i + 3].isupper()
            if not possessive:
                out.append(i)
        i = text.find(_SINGLE, i + 1)
    return out


def _close_single(closers: list[int], lo: int, hi: int) -> int:
    """The first closing apostrophe in ``[lo, hi)``, or -1."""
    k = bisect.bisect_left(closers, lo)
    return closers[k] if k < len(closers) and closers[k] < hi else -1


def _add(text: str, open_at: int, close_at: int, runs: list[QuotedRun], *, closed: bool = True) -> None:
    inner_start, inner_end = open_at + 1, close_at
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1  # a trailing comma belongs to the reporting sentence, not the quotation
    if inner_end > inner_start:
        runs.append(QuotedRun(open_at, close_at + 1 if closed else close_at, inner_start, inner_end, closed))
