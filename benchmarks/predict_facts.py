"""Run geopol over every gold file of an evaluation set and write predictions.

usage: python benchmarks/predict_facts.py GOLD_DIR OUT_DIR

For each ``GOLD_DIR/<id>.json`` it parses the file's ``text`` with its
``published`` date and writes ``OUT_DIR/<id>.json`` with the extraction
projected onto the guideline shape (under ``"gold"``), so that
``score.py GOLD_DIR OUT_DIR`` can score it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from geopol.guideline import to_guideline
from geopol.pipeline import Parser


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    parser = Parser()
    files = sorted(gold_dir.glob("*.json"))
    t0 = time.perf_counter()
    chars = 0
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        text = doc.get("text") or ""
        chars += len(text)
        extraction = parser.parse(text, published=doc.get("published"))
        out = {
            "id": doc.get("id", f.stem),
            "published": doc.get("published"),
            "gold": to_guideline(extraction),
        }
        (out_dir / f.name).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    dt = time.perf_counter() - t0
    print(f"{len(files)} articles, {chars} chars in {dt:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
