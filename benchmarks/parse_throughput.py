"""Parsing throughput, reported as a ratio against a baseline pass in the same process.

usage: python benchmarks/parse_throughput.py [GOLD_DIR] [--rounds N]

Texts: the bundled seed article, plus every gold file's text in GOLD_DIR when
given (e.g. ../shared/eval/dev). The baseline is one lower-casing and one
``\\w+`` tokenizing regex pass over the same texts: the cheapest full-text work
any extractor must do. Machines here are noisy, so the ratio (parse time /
baseline time) is the figure to compare across runs, not the seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from geopol.pipeline import Parser

_WORD = re.compile(r"\w+")


def _texts(gold_dir: Path | None) -> list[str]:
    seed = resources.files("geopol.examples").joinpath("csto-cfm-bishkek-amutv.txt").read_text("utf-8")
    texts = [seed]
    if gold_dir is not None:
        for f in sorted(gold_dir.glob("*.json")):
            texts.append(json.loads(f.read_text(encoding="utf-8")).get("text") or "")
    return texts


def _baseline(texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        t.lower()
        for _ in _WORD.finditer(t):
            pass
    return time.perf_counter() - t0


def _parse(parser: Parser, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        parser.parse(t)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    texts = _texts(args.gold_dir)
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    parser = Parser()
    parser.parse("warm-up: loads the knowledge base and builds the gazetteer")
    cold = time.perf_counter() - t0
    parse_times, base_times = [], []
    for _ in range(args.rounds):
        base_times.append(_baseline(texts))
        parse_times.append(_parse(parser, texts))
    p, b = statistics.median(parse_times), statistics.median(base_times)
    print(f"{len(texts)} texts, {chars} chars, {args.rounds} rounds (medians)")
    print(f"first parser build + parse (KB load, gazetteer): {cold * 1000:.0f} ms")
    per_article = p / len(texts) * 1000
    print(f"parse:    {p * 1000:8.1f} ms  = {chars / p / 1000:8.1f} k chars/s, {per_article:.2f} ms/article")
    print(f"baseline: {b * 1000:8.1f} ms  = {chars / b / 1e6:8.1f} M chars/s (lower() + \\w+ scan)")
    print(f"ratio parse/baseline: {p / b:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
