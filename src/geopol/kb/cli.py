"""``geopol kb``: query the knowledge base from the command line.

The main command line calls :func:`add_parser` with its sub-parsers and then
``args.func(args)``; :func:`run` returns the exit status (0 found, 1 unknown
name or bad date, 2 corrupt data file)::

    geopol kb members CSTO --on 2008-01-01
    geopol kb org "Organization of African Unity" --json
    geopol kb country Burma
    geopol kb place Kiev
    geopol kb memberships Armenia --on 2024-06-01
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from geopol.errors import DataIntegrityError, UnknownOrganizationError
from geopol.kb.base import KnowledgeBase
from geopol.kb.exceptions import InvalidDateError, UnknownStateError
from geopol.kb.records import Organization
from geopol.kb.validity import as_day
from geopol.model import PartialDate

if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

__all__ = ["add_parser", "run"]


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    """Register the ``kb`` command (and its sub-commands) on ``subparsers``; return its parser."""
    kb = subparsers.add_parser(
        "kb",
        help="look up organizations, states, places and memberships",
        description="Query the geopol knowledge base.",
    )
    kb.add_argument("--data", metavar="DIR", help="read the data files in DIR instead of the bundled ones")
    kb.set_defaults(func=run)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--json", action="store_true", help="print JSON instead of text")
    commands = kb.add_subparsers(dest="kb_command", metavar="COMMAND", required=True)

    members = commands.add_parser("members", parents=[output], help="members of an organization on a date")
    members.add_argument("organization", help="id, acronym, name or former name")
    members.add_argument("--on", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (default: today)")

    org = commands.add_parser("org", parents=[output], help="an organization's record")
    org.add_argument("name", help="id, acronym, name, alias or former name")

    country = commands.add_parser("country", parents=[output], help="a state's record")
    country.add_argument("name", help="name, alias, demonym, or alpha-3/alpha-2/numeric code")

    place = commands.add_parser("place", parents=[output], help="a capital, city or venue")
    place.add_argument("name", help="name or alternative name")

    memberships = commands.add_parser("memberships", parents=[output], help="a state's memberships")
    memberships.add_argument("state", help="anything `kb country` accepts")
    memberships.add_argument("--on", metavar="DATE", help="only those in force on DATE")
    return kb


def run(args: argparse.Namespace) -> int:
    """Carry out one ``kb`` sub-command; return the exit status."""
    kb = KnowledgeBase.from_directory(args.data) if args.data else KnowledgeBase.default()
    try:
        return _COMMANDS[args.kb_command](kb, args)
    except (UnknownOrganizationError, UnknownStateError, InvalidDateError) as exc:
        print(f"geopol kb: {exc}", file=sys.stderr)
        return 1
    except DataIntegrityError as exc:
        print(f"geopol kb: corrupt data file: {exc}", file=sys.stderr)
        return 2


# --- sub-commands -------------------------------------------------------------------------------


def _members(kb: KnowledgeBase, args: argparse.Namespace) -> int:
    codes = kb.members(args.organization, on=args.on)
    org = kb.organization(args.organization)
    assert org is not None  # members() raised otherwise
    day = as_day(args.on).isoformat()
    if args.json:
        _emit_json({"organization": org.id, "name": org.name, "on": day, "members": sorted(codes)})
        return 0
    print(f"{_label(org)}: {len(codes)} members on {day}")
    for code in sorted(codes):
        state = kb.country(code)
        print(f"  {code}  {state.name if state else ''}".rstrip())
    return 0


def _org(kb: KnowledgeBase, args: argparse.Namespace) -> int:
    org = kb.organization(args.name)
    if org is None:
        close = kb.suggest_organizations(args.name)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownOrganizationError(f"unknown organization: {args.name!r}{hint}")
    if args.json:
        _emit_json(_to_dict(org))
        return 0
    hq = org.headquarters
    former = [f"{f.name}{f' ({f.acronym})' if f.acronym else ''}{_until(f.until)}" for f in org.former_names]
    organs = [f"{o} ({org.organ_levels[o].value})" if o in org.organ_levels else o for o in org.organs]
    centers = [f"{c.name}{_where(c.city, c.country)}" for c in org.centers]
    _emit_fields(
        _label(org),
        [
            ("kind", org.kind.value),
            ("acronyms", ", ".join(org.acronyms)),
            ("aliases", "; ".join(org.aliases)),
            ("former names", "; ".join(former)),
            ("founded", str(org.founded or "")),
            ("headquarters", f"{hq.name}, {hq.country}" if hq else ""),
            ("wikidata", org.qid or ""),
            ("organs", "; ".join(organs)),
            ("centers", "; ".join(centers)),
            ("members today", str(len(kb.members(org)))),
        ],
    )
    return 0


def _country(kb: KnowledgeBase, args: argparse.Namespace) -> int:
    state = kb.country(args.name)
    if state is None:
        raise UnknownStateError(f"unknown state: {args.name!r}")
    if args.json:
        _emit_json(_to_dict(state))
        return 0
    status = "historic" if state.historic else ("sovereign" if state.sovereign else "territory")
    valid = (
        f"{state.valid_from or '…'} – {state.valid_to or '…'}" if state.valid_from or state.valid_to else ""
    )
    _emit_fields(
        f"{state.alpha3}  {state.name}",
        [
            ("official name", state.official_name or ""),
            ("codes", " ".join(c for c in (state.alpha3, state.alpha2, state.numeric) if c)),
            ("status", status),
            ("valid", valid),
            ("capital", state.capital or ""),
            ("aliases", "; ".join(state.aliases)),
            ("adjectives", ", ".join(state.adjectives)),
            ("ambiguous forms", ", ".join(state.ambiguous)),
            ("wikidata", state.qid or ""),
        ],
    )
    return 0


def _place(kb: KnowledgeBase, args: argparse.Namespace) -> int:
    record = kb.place(args.name)
    if record is None:
        print(f"geopol kb: unknown place: {args.name!r}", file=sys.stderr)
        return 1
    if args.json:
        _emit_json(_to_dict(record))
        return 0
    state = kb.country(record.country)
    _emit_fields(
        record.name,
        [
            ("country", f"{record.country}  {state.name}" if state else record.country),
            ("kind", record.kind.value),
            ("other names", "; ".join(record.alt_names)),
            ("population", f"{record.population:,}" if record.population else ""),
            ("ambiguous", "yes" if record.ambiguous else ""),
        ],
    )
    return 0


def _memberships(kb: KnowledgeBase, args: argparse.Namespace) -> int:
    rows = kb.memberships(args.state, on=args.on)
    state = kb.country(args.state)
    assert state is not None  # memberships() raised otherwise
    day = as_day(args.on).isoformat() if args.on else None
    if args.json:
        _emit_json({"state": state.alpha3, "on": day, "memberships": [_to_dict(row) for row in rows]})
        return 0
    scope = f"in force on {day}" if day else "all rows"
    print(f"{state.alpha3}  {state.name}: {len(rows)} memberships ({scope})")
    width = max((len(row.organization) for row in rows), default=0)
    for row in rows:
        span = _span(row.start, row.end)
        note = f"  ({row.note})" if row.note else ""
        print(f"  {row.organization:<{width}}  {row.status.value:<9}  {span}{note}".rstrip())
    return 0


_COMMANDS: dict[str, Callable[[KnowledgeBase, argparse.Namespace], int]] = {
    "members": _members,
    "org": _org,
    "country": _country,
    "place": _place,
    "memberships": _memberships,
}


# --- output -------------------------------------------------------------------------------------


def _label(org: Organization) -> str:
    return f"{org.acronym}  {org.name}" if org.acronym else org.name


def _span(start: PartialDate | None, end: PartialDate | None) -> str:
    if start and end:
        return f"{start} – {end}"
    if start:
        return f"since {start}"
    return f"until {end}" if end else "undated, open"


def _until(value: object) -> str:
    return f", until {value}" if value else ""


def _where(city: str | None, country: str | None) -> str:
    parts = [p for p in (city, country) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _emit_fields(title: str, fields: Iterable[tuple[str, str]]) -> None:
    print(title)
    for name, value in fields:
        if value:
            print(f"  {name + ':':<16} {value}")


def _to_dict(record: object) -> dict[str, Any]:
    from geopol.serialize import to_dict  # the project's one converter owns the JSON shape

    return to_dict(record)


def _emit_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
