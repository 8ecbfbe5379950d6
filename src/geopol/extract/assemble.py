"""Run every extractor over a Document and assemble the Extraction."""

from __future__ import annotations

import datetime as dt

from geopol.extract.centers import extract_centers
from geopol.extract.dates import date_values
from geopol.extract.document import Document
from geopol.extract.lexicon import Lexicon
from geopol.extract.meetings import extract_meetings, main_org
from geopol.extract.members import extract_member_lists
from geopol.extract.metadata import read_dateline, read_published
from geopol.extract.organizations import find_org_hits, organization_mentions
from geopol.extract.people import extract_people, to_person
from geopol.extract.places import find_place_hits
from geopol.extract.quotes import extract_quotes, to_quote
from geopol.extract.statements import extract_statements
from geopol.extract.states import find_state_hits, state_mentions
from geopol.kb import KnowledgeBase
from geopol.model import DateResolution, DateValue, Extraction, PartialDate, Place

__all__ = ["assemble"]


def assemble(doc: Document, kb: KnowledgeBase, lexicon: Lexicon, given: dt.date | None) -> Extraction:
    """All facts of one article."""
    if given is not None:
        published: DateValue | None = DateValue(
            date=PartialDate.from_date(given), resolution=DateResolution.GIVEN
        )
        pub_date: dt.date | None = given
    else:
        published = read_published(doc)
        pub_date = published.date.first_day() if published and published.date else None
    dateline = read_dateline(doc, kb, pub_date)
    people = extract_people(doc, set(lexicon.blocked))
    person_spans = [s for p in people for s in p.spans]
    org_hits = find_org_hits(doc, kb)
    state_hits = find_state_hits(doc)
    place_hits = find_place_hits(doc, person_spans)
    quotes = extract_quotes(doc, people)
    meetings = extract_meetings(doc, kb, org_hits, place_hits, people, dateline, pub_date)
    statements = extract_statements(doc, org_hits, meetings, quotes, main_org(org_hits))
    centers = extract_centers(doc, kb, org_hits, place_hits, dateline, main_org(org_hits))
    member_lists = extract_member_lists(doc, kb, org_hits, pub_date)
    places = tuple(
        Place(city=city, country=country or None, evidence=doc.evidence("gazetteer_place", (n.start, n.end)))
        for city, country, n in place_hits
    )
    return Extraction(
        text_length=len(doc.norm.original),
        published=published,
        dateline=dateline,
        organizations=organization_mentions(doc, kb, org_hits),
        states=state_mentions(doc, kb, state_hits),
        places=places,
        people=tuple(to_person(doc, p) for p in people),
        quotes=tuple(to_quote(doc, q) for q in quotes),
        dates=date_values(doc, pub_date),
        meetings=tuple(m.meeting for m in meetings),
        statements=tuple(s.statement for s in statements),
        centers=tuple(c.center for c in centers),
        member_lists=tuple(m.members for m in member_lists),
    )
