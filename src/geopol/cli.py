"""The ``geopol`` command line: parse, demo, schema, kb."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from geopol.errors import GeopolError

__all__ = ["main"]

SEED = "csto-cfm-bishkek-amutv.txt"


def _print_extraction(text: str, published: str | None, fmt: str, banner: str = "") -> int:
    from geopol.pipeline import parse

    extraction = parse(text, published=published)
    if banner and fmt == "summary":
        print(banner)
    if fmt == "json":
        from geopol.serialize import dumps

        print(dumps(extraction, indent=2))
    elif fmt == "guideline":
        from geopol.guideline import to_guideline

        print(json.dumps(to_guideline(extraction), ensure_ascii=False, indent=2))
    else:
        from geopol.summary import summarize

        print(summarize(extraction))
    return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            print(f"geopol: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1
        except UnicodeDecodeError:
            print(f"geopol: {args.file} is not UTF-8 text", file=sys.stderr)
            return 1
    return _print_extraction(text, args.published, args.format)


def _cmd_demo(args: argparse.Namespace) -> int:
    text = resources.files("geopol.examples").joinpath(SEED).read_text("utf-8")
    banner = f"geopol demo: the bundled seed article ({SEED})\n"
    return _print_extraction(text, args.published, args.format, banner)


def _cmd_schema(_args: argparse.Namespace) -> int:
    from geopol.schema import schema_text

    print(schema_text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geopol`` command."""
    parser = argparse.ArgumentParser(prog="geopol", description="Typed facts about diplomacy from news text.")
    sub = parser.add_subparsers(dest="command", required=True)
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument(
        "--format",
        choices=("summary", "json", "guideline"),
        default="summary",
        help="summary (readable, default), json (the full Extraction) or guideline (flat facts)",
    )
    fmt.add_argument(
        "--json", dest="format", action="store_const", const="json", help="same as --format json"
    )
    fmt.add_argument("--published", help="publication date (YYYY-MM-DD) to anchor relative dates")
    p = sub.add_parser("parse", parents=[fmt], help="parse an article (a file, or - for stdin)")
    p.add_argument("file")
    p.set_defaults(func=_cmd_parse)
    d = sub.add_parser("demo", parents=[fmt], help="parse the bundled seed article")
    d.set_defaults(func=_cmd_demo)
    s = sub.add_parser("schema", help="print the JSON Schema of the Extraction JSON")
    s.set_defaults(func=_cmd_schema)
    from geopol.kb.cli import add_parser as add_kb_parser

    add_kb_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geopol`` console script."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except (GeopolError, ValueError) as exc:
        print(f"geopol: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # "geopol kb members UN | head": the reader left, which is fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
