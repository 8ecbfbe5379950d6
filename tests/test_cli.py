"""The ``geopol`` command line: demo, parse (file, stdin, errors), schema, kb, and the console
script run as a real process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import geopol
from geopol.cli import SEED, main
from geopol.schema import shipped_schema

ARTICLE = "NATO leaders met in Vilnius on Tuesday and adopted a summit declaration on Ukraine."


def _seed_text() -> str:
    return resources.files("geopol.examples").joinpath(SEED).read_text("utf-8")


def test_demo_prints_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol demo` exits 0 and prints the readable summary of the seed: the CSTO, the Bishkek
    meeting, the joint statement and the center in Almaty."""
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "CSTO" in out
    assert "Meeting: CSTO [foreign_ministers, held] in Bishkek, KGZ" in out
    assert "Statement: CSTO joint_statement, 2 quote(s)" in out
    assert "Center: U.N. Regional Center (UN) in Almaty, KAZ" in out


def test_demo_json_is_loadable(capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol demo --json` prints JSON that `geopol.loads` reads back into the same Extraction that
    `geopol.parse` gives for the seed."""
    assert main(["demo", "--json"]) == 0
    loaded = geopol.loads(capsys.readouterr().out)
    assert loaded == geopol.parse(_seed_text())
    assert loaded.meetings[0].organization == "CSTO"


def test_demo_guideline_prints_flat_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol demo --format guideline` prints the flat GUIDELINE object of the seed."""
    assert main(["demo", "--format", "guideline"]) == 0
    flat = json.loads(capsys.readouterr().out)
    assert flat == geopol.to_guideline(geopol.parse(_seed_text()))
    assert flat["meetings"][0]["city"] == "Bishkek"
    assert flat["states"] == ["AFG", "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]


def test_parse_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol parse FILE --published DATE` reads a UTF-8 file and summarizes its facts, with the
    relative date resolved against the given publication date."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["parse", str(path), "--published", "2023-07-12"]) == 0
    out = capsys.readouterr().out
    assert "Published: 2023-07-12 (given)" in out
    assert "Meeting: NATO [heads_of_state, held] in Vilnius, LTU, 2023-07-11" in out


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol parse -` reads the article from standard input."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert main(["parse", "-", "--format", "guideline"]) == 0
    flat = json.loads(capsys.readouterr().out)
    assert [(m["organization"], m["city"]) for m in flat["meetings"]] == [("NATO", "Vilnius")]


def test_parse_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist: exit 1, a message naming it on stderr, nothing on stdout."""
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot read" in captured.err
    assert "missing.txt" in captured.err


def test_parse_non_utf8_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 (Latin-1 bytes): exit 1 and a message saying so."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("Réunion de l'OTAN à Bruxelles".encode("latin-1"))
    assert main(["parse", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not UTF-8" in captured.err


def test_invalid_published_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--published 2024-13-01` (month 13): exit 1 with a message that names the bad value and the
    expected form."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["parse", str(path), "--published", "2024-13-01"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2024-13-01" in captured.err
    assert "YYYY-MM-DD" in captured.err


def test_schema_prints_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol schema` prints the JSON Schema shipped with the package."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == shipped_schema()


def test_kb_members_on_date(capsys: pytest.CaptureFixture[str]) -> None:
    """`geopol kb members CSTO --on 2008-01-01` prints the seven members of that date."""
    assert main(["kb", "members", "CSTO", "--on", "2008-01-01"]) == 0
    out = capsys.readouterr().out
    codes = [line.split()[0] for line in out.splitlines()[1:] if line.strip()]
    assert codes == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def test_console_script_in_subprocess() -> None:
    """`python -m geopol demo` in a fresh process exits 0 and prints the seed's summary."""
    env = dict(os.environ)
    src = Path(geopol.__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH", "")) if p)
    result = subprocess.run(
        [sys.executable, "-m", "geopol", "demo"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Meeting: CSTO [foreign_ministers, held] in Bishkek, KGZ" in result.stdout
    assert result.stderr == ""
