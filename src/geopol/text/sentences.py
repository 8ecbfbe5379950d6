"""Split text into sentences (with offsets) by rule, in linear time."""

from __future__ import annotations

import re

import attrs

__all__ = ["Sentence", "split_sentences"]

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt st sr jr messrs rev hon amb
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx dept est
    inc corp ltd co govt gov pres sen rep fig ed eds al""".split()
)

_BOUNDARY = re.compile(
    r"""
    \n\s*\n?(?![ \t]*[a-z(])      # a line break ends a sentence, unless the line goes on in lower case
    | (?<=[.!?])                 # or a terminator ...
      (?P<close>["'\u201d\u2019)\]]*)  # ... with closing quotes or brackets
      [ \t]+                     # ... then spaces
      (?=["'\u201c\u2018(\[]?[A-Z0-9])  # ... before a capital, digit or opening quote
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\.[\"'\u201d\u2019)\]]*$")


@attrs.frozen
class Sentence:
    """A sentence: its normalized-text offsets and text."""

    start: int
    end: int
    text: str


def _is_abbreviation(chunk: str) -> bool:
    m = _LAST_WORD.search(chunk[-12:])
    if m is None:
        return False
    word = m.group(1)
    # Initials (S., U.S.) and listed abbreviations do not end sentences.
    return len(word) == 1 or word.lower() in _ABBREVIATIONS


_WRAP_WIDTH = 55  # a line at least this long that ends mid-sentence was wrapped, not ended


def _hard_wrapped(text: str, newline: int) -> bool:
    """A single line break inside a sentence of hard-wrapped text (lines of similar length
    that end without sentence punctuation)."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    if len(line) < _WRAP_WIDTH or line[-1:] in ".!?:;\"'\u201d\u2019)]" or "://" in line:
        return False
    words = line.split()
    if sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
        return False  # a headline in title case ends at its line break
    nxt = text[newline + 1 : newline + 2]
    return nxt.isalpha() or nxt in "\"'\u201c\u2018("


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``; leading/trailing white space is excluded from each."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start() + len(m.group("close") or "")
        chunk = text[start:cut]
        if "\n" not in m.group() and _is_abbreviation(chunk.rstrip()):
            continue
        if m.group().count("\n") == 1 and _hard_wrapped(text, m.start()):
            continue
        _append(out, text, start, cut)
        start = m.end()
    _append(out, text, start, len(text))
    return tuple(out)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
