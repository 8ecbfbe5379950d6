"""Knowledge-base lookups: the first (cold) query against many warm ones, in one process.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python benchmarks/kb_lookup.py [--repeat N]

The cold figure includes reading and checking the four data files and
building the indexes; the warm ones are dictionary look-ups (``members`` also
scans one organization's rows). Compare the ratios, not the absolute times:
they depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from geopol.kb import KnowledgeBase

COUNTRIES = ("France", "U.S.", "Ivory Coast", "Kyrgyz", "Türkiye", "DPRK", "Emirati", "GBR", "Narnia")
ORGANIZATIONS = ("CSTO", "U.N.", "Organization of African Unity", "nato", "the European Union", "SCO", "OIC")
PLACES = ("Kiev", "Nur-Sultan", "Cholpon-Ata", "Brussels", "Addis Ababa", "Geneva", "Atlantis")
MEMBERS = (("CSTO", "2008-01-01"), ("NATO", "2024-04-01"), ("EU", "2019-12-31"), ("UN", "2000"), ("AU", None))


def _mean_seconds(call: Callable[[int], object], repeat: int) -> float:
    """Mean wall time of ``call(i)`` over ``repeat`` calls, best of five rounds."""
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for i in range(repeat):
            call(i)
        rounds.append((time.perf_counter() - start) / repeat)
    return min(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20_000, help="warm calls per round (default 20000)")
    args = parser.parse_args()

    kb = KnowledgeBase.default()
    start = time.perf_counter()
    kb.country("France")
    cold = time.perf_counter() - start

    start = time.perf_counter()
    kb.state_forms(), kb.organization_forms(), kb.place_forms(), kb.organ_index()
    views = time.perf_counter() - start

    warm = {
        "country": _mean_seconds(lambda i: kb.country(COUNTRIES[i % len(COUNTRIES)]), args.repeat),
        "organization": _mean_seconds(
            lambda i: kb.organization(ORGANIZATIONS[i % len(ORGANIZATIONS)]), args.repeat
        ),
        "place": _mean_seconds(lambda i: kb.place(PLACES[i % len(PLACES)]), args.repeat),
        "members": _mean_seconds(lambda i: kb.members(*MEMBERS[i % len(MEMBERS)]), args.repeat // 4),
    }
    print(
        f"data: {len(kb.states())} states, {len(kb.organizations())} organizations, "
        f"{len(kb.membership_rows())} membership rows, {len(kb.places())} places"
    )
    print(f"cold first lookup (load + index): {cold * 1e3:8.1f} ms")
    print(f"gazetteer views, first build:     {views * 1e3:8.1f} ms")
    print(f"{'warm lookup':<14}{'mean':>12}{'cold / warm':>14}")
    for kind, seconds in warm.items():
        print(f"{kind:<14}{seconds * 1e6:>9.2f} µs{cold / seconds:>14,.0f}")
    overall = statistics.mean(warm.values())
    print(f"{'all four':<14}{overall * 1e6:>9.2f} µs{cold / overall:>14,.0f}")


if __name__ == "__main__":
    main()
