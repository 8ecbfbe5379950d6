"""The parsing pipeline, one direction:

text -> normalize (offset map) -> sentences, quoted runs -> name and date
matches -> extractors -> typed models (an :class:`Extraction`).
"""

from __future__ import annotations

import datetime as dt
import functools

from geopol.errors import InvalidDateError
from geopol.extract.document import Document
from geopol.extract.lexicon import Lexicon, build_lexicon
from geopol.kb import KnowledgeBase
from geopol.match.dates import find_dates
from geopol.model import Extraction, PartialDate
from geopol.text.normalize import normalize
from geopol.text.quoted import find_quoted_runs
from geopol.text.sentences import split_sentences

__all__ = ["Parser", "analyse", "parse"]

PublishedLike = dt.date | PartialDate | str | None


class Parser:
    """Holds the knowledge base and gazetteer; build once per process, reuse for every article.

    Pickles by reference to its knowledge base, so sending it to a worker is cheap.
    """

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb if kb is not None else KnowledgeBase.default()
        self._lexicon: Lexicon | None = None

    def __reduce__(self) -> tuple[type[Parser], tuple[KnowledgeBase]]:
        return (Parser, (self.kb,))

    @property
    def lexicon(self) -> Lexicon:
        """The gazetteer built from the knowledge base (on first use)."""
        if self._lexicon is None:
            self._lexicon = _lexicon_for(self.kb)
        return self._lexicon

    def analyse(self, text: str, published: dt.date | None) -> Document:
        """The text layer and matches of ``text`` (stages 1-3 of the pipeline)."""
        norm = normalize(text)
        t = norm.text
        return Document(
            norm=norm,
            sentences=split_sentences(t),
            quoted=find_quoted_runs(t),
            names=tuple(self.lexicon.gazetteer.scan(t)),
            dates=tuple(find_dates(t)),
            published=published,
        )

    def parse(self, text: str, *, published: PublishedLike = None) -> Extraction:
        """Read one article. Total: any ``str`` gives an Extraction."""
        if not isinstance(text, str):
            raise TypeError(f"parse() expects the article text as str, got {type(text).__name__}")
        given = _published_date(published)
        doc = self.analyse(text, given)
        from geopol.extract.assemble import assemble

        return assemble(doc, self.kb, self.lexicon, given)


@functools.cache
def _lexicon_for(kb: KnowledgeBase) -> Lexicon:
    return build_lexicon(kb)


def _published_date(value: PublishedLike) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, PartialDate):
        if value.day is None:
            raise InvalidDateError(f"published needs a day to anchor relative dates, got {value.iso()!r}")
        return value.first_day()
    if isinstance(value, str):
        return _published_from_text(value)
    raise TypeError(f"published must be a date, PartialDate, ISO string or None, got {type(value).__name__}")


def _published_from_text(value: str) -> dt.date | None:
    """ISO text: a date (``2024-06-27``) or a timestamp (``2024-06-27T10:00:00+03:00``)."""
    text = value.strip()
    try:
        if len(text) > 10:
            from dateutil.parser import isoparse  # timestamps as feeds give them

            return isoparse(text).date()
        pd = PartialDate.from_iso(text)
    except ValueError:
        raise InvalidDateError(f"published must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    if pd.day is None:
        raise InvalidDateError(f"published needs a day to anchor relative dates (YYYY-MM-DD), got {value!r}")
    return pd.first_day()


@functools.cache
def _default_parser() -> Parser:
    return Parser()


def parse(text: str, *, published: PublishedLike = None) -> Extraction:
    """Read one article with the default parser (built once per process)."""
    return _default_parser().parse(text, published=published)


def analyse(text: str, published: PublishedLike = None) -> Document:
    """The analysed document (text layer and matches) with the default parser."""
    return _default_parser().analyse(text, _published_date(published))
