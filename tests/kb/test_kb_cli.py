"""The ``kb`` command: readable text, JSON with --json, exit 1 and a message on stderr for unknown names."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from geopol.kb import cli

FIXTURES = Path(__file__).parent / "fixtures"
CSTO_2008 = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _main(argv: list[str]) -> int:
    """What ``geopol.cli`` does: register ``kb`` on its sub-parsers, then call ``args.func(args)``."""
    parser = argparse.ArgumentParser(prog="geopol")
    commands = parser.add_subparsers(dest="command", required=True)
    cli.add_parser(commands)
    args = parser.parse_args(argv)
    status = args.func(args)
    assert isinstance(status, int)
    return status


def test_members_text_on_real_data(capsys: pytest.CaptureFixture[str]) -> None:
    """`kb members CSTO --on 2008-01-01` prints the seven member codes."""
    assert _main(["kb", "members", "CSTO", "--on", "2008-01-01"]) == 0
    out = capsys.readouterr().out
    assert "7 members on 2008-01-01" in out
    for code in CSTO_2008:
        assert f"  {code}  " in out


def test_members_json_on_real_data(capsys: pytest.CaptureFixture[str]) -> None:
    """`--json` prints one JSON document with the organization id, the date and sorted codes."""
    assert _main(["kb", "members", "CSTO", "--on", "2008-01-01", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {
        "organization": "CSTO",
        "name": "Collective Security Treaty Organization",
        "on": "2008-01-01",
        "members": CSTO_2008,
    }


def test_unknown_organization_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown organization exits 1, nothing on stdout, a message with suggestions on stderr."""
    assert _main(["kb", "members", "CTSO"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "unknown organization: 'CTSO'" in captured.err
    assert "CSTO" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["org", "Nowhere Pact"], "unknown organization: 'Nowhere Pact'"),
        (["country", "Narnia"], "unknown state: 'Narnia'"),
        (["place", "Atlantis"], "unknown place: 'Atlantis'"),
        (["memberships", "Narnia"], "unknown state: 'Narnia'"),
        (["members", "CSTO", "--on", "June 2008"], "invalid date 'June 2008'"),
    ],
)
def test_errors_exit_1_with_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every sub-command reports unknown names and bad dates on stderr with exit status 1."""
    assert _main(["kb", "--data", str(FIXTURES), *argv]) == 1
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["org", "OAU"], ["AU  African Union", "Organization of African Unity (OAU), until 2002-07-09"]),
        (["country", "Ivory Coast"], ["CIV  Côte d'Ivoire", "capital:", "Yamoussoukro"]),
        (["place", "Nur-Sultan"], ["Astana", "KAZ  Kazakhstan", "capital"]),
        (["memberships", "UZB"], ["UZB  Uzbekistan: 2 memberships (all rows)", "1994-04-20 – 1999-04-02"]),
        (
            ["memberships", "Armenian", "--on", "2025"],
            ["in force on 2025-01-01", "suspended  since 2024-02-23"],
        ),
    ],
)
def test_text_output(argv: list[str], expected: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Each sub-command prints a readable record."""
    assert _main(["kb", "--data", str(FIXTURES), *argv]) == 0
    out = capsys.readouterr().out
    for text in expected:
        assert text in out


@pytest.mark.parametrize(
    ("argv", "key", "value"),
    [
        (["org", "U.N.", "--json"], "acronym", "UN"),
        (["country", "Türkiye", "--json"], "alpha3", "TUR"),
        (["place", "Kiev", "--json"], "country", "UKR"),
        (["memberships", "ARM", "--on", "2000", "--json"], "on", "2000-01-01"),
    ],
)
def test_json_output(argv: list[str], key: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each sub-command's --json output parses and carries the record's fields."""
    assert _main(["kb", "--data", str(FIXTURES), *argv]) == 0
    assert json.loads(capsys.readouterr().out)[key] == value


def test_corrupt_data_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A corrupt data directory exits 2 with the loader's message."""
    (tmp_path / "states.json").write_text("{}", "utf-8")
    assert _main(["kb", "--data", str(tmp_path), "country", "France"]) == 2
    assert "corrupt data file: states.json" in capsys.readouterr().err


def test_subcommand_is_required() -> None:
    """`geopol kb` alone is a usage error (argparse exits 2)."""
    with pytest.raises(SystemExit) as info:
        _main(["kb"])
    assert info.value.code == 2
