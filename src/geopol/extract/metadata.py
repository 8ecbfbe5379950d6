"""Article metadata: publication date and dateline, read from the text's head.

Forms: a leading ``date 2021-09-15`` line; ``MINSK, Oct. 14 (Xinhua) --``;
``DUSHANBE, 20.05.2021 (NIAT Khovar) -``; ``BAKU, Azerbaijan, October 16.``;
``16:33 27.06.2024``; ``Kuala Lumpur, Oct 26 (IANS)``; ``Washington:``;
``Xinhua, October 15, 2021`` (a byline date).
"""

from __future__ import annotations

import datetime as dt
import re

from geopol.extract.document import Document
from geopol.kb import KnowledgeBase
from geopol.match.dates import find_dates, resolve
from geopol.model import Dateline, DateResolution, DateValue, PartialDate, Place

__all__ = ["read_dateline", "read_published"]

_HEAD = 600
_DATE_LINE = re.compile(r"^\s*(?:date|Date|DATE|Published|Updated)\s*:?\s*(\d{4}-\d{2}-\d{2})", re.MULTILINE)
_TIMESTAMP = re.compile(r"(?<!\d)\d{1,2}:\d{2}\s+(\d{2})\.(\d{2})\.(\d{4})")
_DATELINE = re.compile(
    r"""(?m)^[ \t]*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?
    (?P<city>[A-Z][A-Za-z'.\-]+(?:[ \-][A-Z][A-Za-z'.\-]+){0,3})     # MINSK / Kuala Lumpur
    (?:,\s*(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?           # , Azerbaijan
    (?:,\s*(?P<date>[^()\n]{3,25}?))?                                  # , Oct. 14
    \s*(?:\((?P<agency>[^()\n]{2,30})\))?                              # (Xinhua)
    \s*(?:--|-|\u2013|\u2014|:|(?<=\d)\.(?=\s)|(?<=\d)[ \t]*$           # --, "October 16.", own line
       |(?<=\))[ \t]+(?=[A-Z]))                                        # "(IANS) The ..."
    """,
    re.VERBOSE,
)


def read_published(doc: Document) -> DateValue | None:
    """A full date stated in the article's head, if any (date line first)."""
    head = doc.text[:_HEAD]
    m = _DATE_LINE.search(head)
    if m is not None:
        try:
            stated = PartialDate.from_iso(m.group(1))
        except ValueError:  # "date 2021-13-45": not a date
            stated = None
        if stated is not None:
            return DateValue(
                date=stated, resolution=DateResolution.STATED, evidence=doc.evidence("date_line", m.span(1))
            )
    m2 = _TIMESTAMP.search(head)
    if m2 is not None:
        d: PartialDate | None
        try:
            d = PartialDate(year=int(m2.group(3)), month=int(m2.group(2)), day=int(m2.group(1)))
        except ValueError:
            d = None
        if d is not None:
            return DateValue(
                date=d,
                resolution=DateResolution.STATED,
                evidence=doc.evidence("timestamp", (m2.start(1), m2.end(3))),
            )
    for dm in find_dates(head):
        r = resolve(dm, None)
        if r.start is not None and r.start.day is not None and dm.kind in ("md", "dm", "dotted", "iso"):
            return DateValue(
                date=r.start,
                resolution=DateResolution.STATED,
                evidence=doc.evidence("head_date", (dm.start, dm.end)),
            )
    return None


def read_dateline(doc: Document, kb: KnowledgeBase, published: dt.date | None) -> Dateline | None:
    """The dateline's place, date and agency when the head has one."""
    head = doc.text[:_HEAD]
    for m in _DATELINE.finditer(head):
        city = m.group("city")
        rec = kb.place(city.title() if city.isupper() else city)
        if rec is None:
            continue
        state = rec.country
        if m.group("country"):
            st = kb.country(m.group("country"))
            state = st.alpha3 if st else state
        place = Place(city=rec.name, country=state, evidence=doc.evidence("dateline_city", m.span("city")))
        date = None
        if m.group("date"):
            for dm in find_dates(m.group("date")):
                r = resolve(dm, published)
                if r.start is not None:
                    how = DateResolution.DATELINE if r.resolution is DateResolution.STATED else r.resolution
                    date = DateValue(
                        date=r.start, resolution=how, evidence=doc.evidence("dateline_date", m.span("date"))
                    )
                break
        return Dateline(
            place=place, date=date, source=m.group("agency"), evidence=doc.evidence("dateline", m.span())
        )
    return None
