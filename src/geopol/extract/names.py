"""Person-name candidates: runs of capitalized tokens, cleaned of honorifics."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from geopol.extract.role_words import HONORIFICS, NAME_PARTICLES, NAME_STOPWORDS, ROLE_HEADS, ROLE_MODIFIERS

__all__ = ["NameCandidate", "find_name_candidates"]

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u02bb"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u02bb'"
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))

# One name token: a capitalized word (with inner hyphen/apostrophe parts), or an initial.
_TOKEN = rf"""
    (?:
      [{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*   # Word, Al-Zayani, El-Sadig
    | (?:al|el|bin|ibn|ben|ould|ag)-[{_UPPER}][{_LOWER}]+         # al-Burhan
    | \u02bb?[{_UPPER}][{_LOWER}]+                                # ʻUlukalala
    | [{_UPPER}]\.(?:[{_UPPER}]\.)?                              # initials: T. / A.B.
    | [{_UPPER}](?=\s[{_UPPER}])                                 # bare initial: S Jaishankar
    | \u2018[{_UPPER}][{_LOWER}]+\u2019                          # ‘Hemedti’ nickname
    | '[{_UPPER}][{_LOWER}]+'                                    # 'Hemedti' after normalization
    )
"""
_NAME = re.compile(
    rf"""
    (?<![\w.])
    {_TOKEN}
    (?:
      \s+(?:(?:{_PARTICLES})\s+)?      # optional particle: bin, al, van ...
      {_TOKEN}
    ){{0,9}}
    (?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV|VI)(?![\w]))?  # suffix: Jr., Abdullah II
    (?![\w])
    """,
    re.VERBOSE,
)
_ORG_NOUNS = frozenset(
    """Club Council Forum Organization Organisation Union Group Committee Commission Ministry Agency Bank
    Fund Court Institute University Foundation Party Front Movement Forces Force Army Service Department
    Office Center Centre Holding Holdings Company Corporation Media News Times Post Press Network Alliance
    Association Society Council's Authority Initiative Programme Program Summit Conference Strategy""".split()
)
_ROLE_WORDS = frozenset(
    w
    for phrase in (*ROLE_HEADS, *ROLE_MODIFIERS)
    for w in (phrase, *phrase.split())
    if w not in ("head", "chief")
) | frozenset({"league"})
_HONORIFIC_SET = frozenset(HONORIFICS) | frozenset(h.rstrip(".") for h in HONORIFICS)


@attrs.frozen
class NameCandidate:
    """A possible person name at ``[start, end)`` of the normalized text."""

    start: int
    end: int
    text: str

    @property
    def tokens(self) -> list[str]:
        """The name's tokens."""
        return self.text.split()


def find_name_candidates(text: str, blocked: set[str]) -> Iterator[NameCandidate]:
    """Candidates of two or more tokens; ``blocked`` holds gazetteer words to exclude.

    Honorifics, stopwords and blocked words split a run; each remaining piece of
    at least two tokens is a candidate.
    """
    for m in _NAME.finditer(text):
        yield from _pieces(m.start(), m.group(), blocked)


_WORD = re.compile(r"\S+")


def _pieces(base: int, run: str, blocked: set[str]) -> Iterator[NameCandidate]:
    tokens = [(base + t.start(), base + t.end(), t.group()) for t in _WORD.finditer(run)]
    piece: list[tuple[int, int, str]] = []
    for tok in [*tokens, (0, 0, "")]:
        word = tok[2]
        bare = word.rstrip(",")
        if not word or _is_break(bare, blocked):
            if bare not in _ORG_NOUNS:  # "Valdai Discussion Club": part of a name of a thing
                yield from _emit(piece)
            piece = []
        else:
            piece.append(tok)
            if word.endswith(","):
                yield from _emit(piece)
                piece = []


def _is_break(word: str, blocked: set[str]) -> bool:
    return (
        word in _HONORIFIC_SET
        or word.lower() in _ROLE_WORDS  # "Secretary-General Jasem Albudaiwi", "League Secretary-General"
        or word in NAME_STOPWORDS
        or word in blocked
        or word.rstrip(".") in blocked
        or (word.endswith("'s") and word[:-2] in blocked)
    )


def _emit(piece: list[tuple[int, int, str]]) -> Iterator[NameCandidate]:
    # Particles may not start or end a name.
    while piece and piece[0][2].lower() in NAME_PARTICLES:
        piece = piece[1:]
    while piece and piece[-1][2].rstrip(",").lower() in NAME_PARTICLES:
        piece = piece[:-1]
    if len(piece) >= 2:
        start, end = piece[0][0], piece[-1][1]
        text = " ".join(t[2] for t in piece).rstrip(",")
        if text.endswith("'s"):
            text, end = text[:-2], end - 2
        yield NameCandidate(start, end - (1 if piece[-1][2].endswith(",") else 0), text)
