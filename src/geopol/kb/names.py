"""Name normalization: the lookup keys every knowledge-base index is built on.

Two kinds of key:

* :func:`key` folds what news text varies freely: Unicode compatibility forms,
  case, diacritics (``Türkiye`` = ``Turkiye``), curly apostrophes, hyphens
  versus spaces (``Nur-Sultan`` = ``Nur Sultan``), runs of white space, a
  leading "the" (``the Philippines`` = ``Philippines``) and the dots of a
  dotted acronym (``the U.N.`` = ``UN``).
* :func:`short_caps` recognizes the two- and three-letter capital forms
  (``US``, ``U.S.``, ``UAE``) that are only names when written in capitals;
  they are compared case-sensitively, with dots removed.

:func:`org_key` additionally folds British and American spellings of the words
that recur in organization names (``Organisation`` = ``Organization``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ascii_fold",
    "dotted",
    "key",
    "org_key",
    "short_caps",
    "undotted",
]

# Apostrophes and quotation-like marks that news text uses for "'".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})

_SEPARATORS = re.compile(
    r"""
    [\s\-\u2010-\u2015]+    # white space, ASCII hyphen, Unicode hyphens and dashes
    """,
    re.VERBOSE,
)

_LEADING_THE = re.compile(
    r"""
    ^the\s+                 # an article before a name: "the Gambia", "the U.N."
    """,
    re.VERBOSE,
)

_DOTTED = re.compile(
    r"""
    ^(?:[A-Za-z]\.\s?){2,}  # two or more single letters, each followed by a dot: "U.N.", "N. A. T. O."
    $
    |
    ^[A-Za-z](?:\.[A-Za-z])+$  # the same without the final dot: "U.S"
    """,
    re.VERBOSE,
)

_SHORT_CAPS = re.compile(
    r"""
    ^[A-Z]{2,3}$            # two or three capitals once the dots are gone: US, UK, UAE
    """,
    re.VERBOSE,
)

# British spelling -> American spelling, for words common in organization names.
_SPELLINGS = {
    "organisation": "organization",
    "organisations": "organizations",
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
    "programme": "program",
    "labour": "labor",
    "co operation": "cooperation",
}
_SPELLING_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _SPELLINGS), key=len, reverse=True)) + r")\b"
)


def ascii_fold(text: str) -> str:
    """``text`` without diacritics (``Türkiye`` -> ``Turkiye``, ``Côte`` -> ``Cote``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text: str) -> str:
    """The case-, accent-, hyphen- and article-insensitive key of a name."""
    if not text.isascii():
        text = ascii_fold(unicodedata.normalize("NFKC", text).translate(_APOSTROPHES))
    folded = text.replace("`", "'").casefold()
    bare = _LEADING_THE.sub("", _SEPARATORS.sub(" ", folded).strip())
    return undotted(bare) or bare


def org_key(text: str) -> str:
    """:func:`key` with British spellings folded to American ones."""
    return _SPELLING_WORDS.sub(lambda m: _SPELLINGS[m.group(0)], key(text))


def undotted(text: str) -> str | None:
    """``"U.N."`` -> ``"UN"``, ``"n.a.t.o."`` -> ``"nato"``; None when ``text`` is not dotted letters."""
    stripped = text.strip()
    if not _DOTTED.match(stripped):
        return None
    return stripped.replace(".", "").replace(" ", "")


def dotted(acronym: str) -> str | None:
    """``"UN"`` -> ``"U.N."``; None unless ``acronym`` is two to six capital letters."""
    if not (2 <= len(acronym) <= 6 and acronym.isascii() and acronym.isalpha() and acronym.isupper()):
        return None
    return "".join(f"{c}." for c in acronym)


def short_caps(text: str) -> str | None:
    """The dotless capitals of a two/three-letter capital form (``U.S.`` -> ``US``), else None."""
    bare = text.strip()
    letters = undotted(bare) or bare
    return letters if _SHORT_CAPS.match(letters) else None
