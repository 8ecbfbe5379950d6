"""Check that parsing time grows linearly with text length on adversarial inputs.

usage: python benchmarks/linearity.py [--size CHARS]

Each pattern is repeated to SIZE and to 4 x SIZE characters; the script prints
the ratio of the two parse times. Linear code gives about 4; a quadratic step
shows as 10 or more. The ratio, measured in one process, is the figure to read:
absolute times on these machines are noisy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from geopol.pipeline import Parser

PATTERNS = (
    "“a ",
    "'x ",
    "A B ",
    "President ",
    "June 1-",
    "Summit ",
    "met ",
    "joint statement ",
    "CSTO meeting ",
    "NATO summit in Paris on June 1, 2001. ",
    "Council of Foreign Ministers met in Minsk. ",
    "President Joe Biden, ",
    "Sergei Lavrov and Wang Yi, Russia, China, Ivan Petrov said. ",
    "“We agree,” he said. ",
    "X Centre in Moscow, ",
    "Russia, Belarus and Armenia are members of the CSTO. ",
    "The three countries joined NATO. ",
    "Thursday and Friday ",
    "H.E. Dr. ",
    "(( ",
    "\n\n“",
)


def _time(parser: Parser, text: str) -> float:
    t0 = time.perf_counter()
    parser.parse(text, published="2024-05-01")
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=20_000)
    args = ap.parse_args(argv)
    parser = Parser()
    parser.parse("warm-up")
    worst = 0.0
    for pattern in PATTERNS:
        small = pattern * (args.size // len(pattern))
        large = pattern * (4 * args.size // len(pattern))
        t_small, t_large = _time(parser, small), _time(parser, large)
        ratio = t_large / max(t_small, 1e-9)
        worst = max(worst, ratio)
        print(f"{pattern[:34]!r:38} {t_small:7.3f} s {t_large:7.3f} s  x4 size -> x{ratio:.1f} time")
    print(f"worst ratio: {worst:.1f} (about 4 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
