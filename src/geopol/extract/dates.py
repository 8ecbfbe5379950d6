"""Dates: every date expression resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re

from geopol.extract.document import Document
from geopol.match.dates import DateMatch, ResolvedDate, resolve
from geopol.model import DateResolution, DateValue

__all__ = ["date_values", "is_future_context", "resolve_in_context"]

_FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+(?:due|set|expected|scheduled|slated|planned)|are\s+(?:due|set|expected|"
    r"scheduled|slated|planned)|to\s+be\s+held|scheduled|slated|upcoming|next|plans?\s+to|to\s+host|"
    r"forthcoming|ahead\s+of|to\s+take\s+place|preparing)\b",
    re.IGNORECASE,
)


def is_future_context(doc: Document, offset: int) -> bool:
    """Whether the sentence around ``offset`` speaks of the future."""
    return doc.sentence_has(_FUTURE, offset)


def resolve_in_context(doc: Document, m: DateMatch, published: dt.date | None) -> ResolvedDate:
    """Resolve a date match using its sentence's tense."""
    return resolve(m, published, future=is_future_context(doc, m.start))


def date_values(doc: Document, published: dt.date | None) -> tuple[DateValue, ...]:
    """A DateValue (start of the expression) for every date match."""
    out = []
    for m in doc.dates:
        r = resolve_in_context(doc, m, published)
        how = r.resolution if r.start is not None else DateResolution.UNRESOLVED
        out.append(
            DateValue(date=r.start, resolution=how, evidence=doc.evidence(f"date_{m.kind}", (m.start, m.end)))
        )
    return tuple(out)
