"""Project an Extraction onto the gold-annotation shape of the evaluation guideline.

This is the flat, analyst-facing view (``organizations``, ``meetings``,
``statements``, ``centers``, ``people``, ``quotes``, ``states``) that
``benchmarks/predict_facts.py`` writes and ``geopol parse --guideline`` prints.
"""

from __future__ import annotations

from typing import Any

from geopol.model import Extraction, Place

__all__ = ["to_guideline"]


def _org_label(extraction: Extraction, org_id: str) -> str:
    for o in extraction.organizations:
        if o.id == org_id:
            return o.acronym or o.name
    from geopol.kb import KnowledgeBase

    rec = KnowledgeBase.default().organization(org_id)
    return (rec.acronym or rec.name) if rec else org_id


def _place(place: Place | None) -> tuple[str | None, str | None]:
    if place is None:
        return None, None
    return place.city, place.country


def to_guideline(extraction: Extraction) -> dict[str, Any]:
    """The GUIDELINE ``gold`` object for ``extraction``."""
    members: dict[str, list[str]] = {}
    for ml in extraction.member_lists:
        seen = members.setdefault(ml.organization, [])
        seen.extend(s for s in ml.states if s not in seen)
    orgs = []
    for o in extraction.organizations:
        surfaces: list[str] = []
        for m in o.mentions:
            if m.text not in surfaces:
                surfaces.append(m.text)
        orgs.append(
            {"name": o.name, "acronym": o.acronym, "members": members.get(o.id, []), "mentions": surfaces}
        )
    meetings = []
    for mt in extraction.meetings:
        city, country = _place(mt.place)
        meetings.append(
            {
                "organization": _org_label(extraction, mt.organization),
                "level": mt.level.value,
                "body": mt.body,
                "city": city,
                "country": country,
                "start": mt.start.date.iso() if mt.start and mt.start.date else None,
                "end": mt.end.date.iso() if mt.end and mt.end.date else None,
                "status": mt.status.value,
            }
        )
    statements = [
        {
            "organization": _org_label(extraction, st.organization),
            "kind": st.kind.value,
            "topic": st.topic,
            "quotes": [q.text for q in st.quotes],
        }
        for st in extraction.statements
    ]
    centers = []
    for c in extraction.centers:
        city, country = _place(c.place)
        centers.append(
            {"name": c.name, "parent": _org_label(extraction, c.parent), "city": city, "country": country}
        )
    return {
        "organizations": orgs,
        "meetings": meetings,
        "statements": statements,
        "centers": centers,
        "people": [{"name": p.name, "role": p.role, "country": p.country} for p in extraction.people],
        "quotes": [{"speaker": q.speaker, "text": q.text} for q in extraction.quotes],
        "states": sorted(s.alpha3 for s in extraction.states),
    }
