"""A short, human-readable summary of an Extraction."""

from __future__ import annotations

from geopol.model import Extraction, Place

__all__ = ["summarize"]


def _place(p: Place | None) -> str:
    if p is None:
        return "place not stated"
    parts = [x for x in (p.city, p.country) if x]
    return ", ".join(parts) if parts else "place not stated"


def _org(extraction: Extraction, org_id: str) -> str:
    for o in extraction.organizations:
        if o.id == org_id:
            return o.acronym or o.name
    return org_id


def summarize(extraction: Extraction) -> str:
    """Readable lines: organizations, members, meetings, statements, centers, people, quotes, states."""
    lines: list[str] = []
    if extraction.published and extraction.published.date:
        lines.append(f"Published: {extraction.published.date} ({extraction.published.resolution.value})")
    if extraction.organizations:
        lines.append("Organizations:")
        for o in extraction.organizations:
            label = f"{o.name} ({o.acronym})" if o.acronym else o.name
            lines.append(f"  - {label}: {len(o.mentions)} mention(s)")
    for ml in extraction.member_lists:
        lines.append(f"Members of {_org(extraction, ml.organization)} listed: {', '.join(ml.states)}")
        when = f"on {ml.checked_on}" if ml.checked_on else "in its latest data"
        if ml.not_members:
            lines.append(f"  ! not members per the knowledge base {when}: {', '.join(ml.not_members)}")
        if ml.omitted:
            lines.append(f"  ! members {when} that the list leaves out: {', '.join(ml.omitted)}")
        if not ml.checked:
            lines.append("  (the knowledge base has no membership data to check it against)")
        elif not ml.not_members and not ml.omitted:
            lines.append(f"  (matches the knowledge base's members {when})")
    for m in extraction.meetings:
        when = m.start.date.iso() if m.start and m.start.date else "date not stated"
        if m.end and m.end.date:
            when += f" to {m.end.date.iso()}"
        body = f" - {m.body}" if m.body else ""
        lines.append(
            f"Meeting: {_org(extraction, m.organization)}{body} [{m.level.value}, {m.status.value}] "
            f"in {_place(m.place)}, {when}"
        )
    for s in extraction.statements:
        topic = f" on {s.topic}" if s.topic else ""
        lines.append(
            f"Statement: {_org(extraction, s.organization)} {s.kind.value}{topic}, {len(s.quotes)} quote(s)"
        )
        for q in s.quotes:
            lines.append(f"  \u201c{q.text}\u201d")
    for c in extraction.centers:
        lines.append(f"Center: {c.name} ({_org(extraction, c.parent)}) in {_place(c.place)}")
    for p in extraction.people:
        extra = ", ".join(x for x in (p.role, p.country) if x)
        lines.append(f"Person: {p.name}" + (f" ({extra})" if extra else ""))
    for q in extraction.quotes:
        text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
        lines.append(f"Quote ({q.speaker or 'speaker not stated'}): \u201c{text}\u201d")
    if extraction.states:
        lines.append("States: " + ", ".join(s.alpha3 for s in extraction.states))
    return "\n".join(lines) if lines else "(nothing extracted)"
