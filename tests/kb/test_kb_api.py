"""The public surface of geopol.kb: its names, its laziness, its import direction."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import geopol
import geopol.kb

KB_SRC = Path(geopol.kb.__file__).resolve().parent


def test_public_names() -> None:
    """__all__ is pinned and sorted; every name in it exists."""
    assert geopol.kb.__all__ == [
        "Center",
        "DateLike",
        "FormerName",
        "InvalidDateError",
        "KnowledgeBase",
        "OrgForm",
        "OrganRef",
        "Organization",
        "PlaceKind",
        "PlaceRecord",
        "State",
        "StateForm",
        "UnknownStateError",
        "country",
        "members",
        "memberships",
        "organization",
        "place",
    ]
    for name in geopol.kb.__all__:
        assert hasattr(geopol.kb, name)


_IMPORT_ONLY = textwrap.dedent(
    """
    import sys
    opened = []
    sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
    import geopol.kb, geopol.kb.cli
    data = [p for p in opened if "kb/data" in p.replace("\\\\", "/")]
    print(len(data))
    """
)


def test_import_reads_no_data() -> None:
    """Importing geopol.kb (and its CLI) opens no data file."""
    src = str(KB_SRC.parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ONLY], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    assert result.stdout.strip() == "0"


def test_kb_imports_only_model_errors_and_itself() -> None:
    """geopol.kb depends on geopol.model, geopol.errors and (for CLI JSON) geopol.serialize only."""
    allowed = {"geopol.model", "geopol.errors", "geopol.kb", "geopol.serialize"}
    for path in KB_SRC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("geopol"):
                assert any(node.module == a or node.module.startswith(a + ".") for a in allowed), (
                    path,
                    node.module,
                )
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("geopol") or alias.name.split(".")[1] in {"kb", "model"}
