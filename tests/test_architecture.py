"""The import direction between geopol's packages, and a cheap ``import geopol``.

Data flows one way (text -> matches -> extractors -> models -> JSON); no stage
reaches backwards.  The imports are read with ``ast`` from the source files, so
imports inside functions and under ``TYPE_CHECKING`` count too.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import geopol

PACKAGE_DIR = Path(geopol.__file__).parent
SRC_DIR = PACKAGE_DIR.parent

# The top-level parts of geopol ("layers") each module's imports may reach.
# None: no rule (the entry points and the glue that wires every stage together).
EVERYTHING = frozenset(
    "errors model text match kb extract pipeline cli guideline summary serialize schema strategies "
    "examples".split()
)
ALLOWED: dict[str, frozenset[str] | None] = {
    "errors": frozenset({"errors"}),
    "model": frozenset({"model", "errors"}),
    "text": frozenset({"model", "errors", "text"}),
    "match": frozenset({"model", "errors", "match", "text"}),
    "kb": frozenset({"model", "errors", "kb"}),
    "extract": EVERYTHING - {"pipeline", "cli", "guideline", "summary", "serialize", "schema"},
    "serialize": frozenset({"model", "errors", "serialize"}),
    "schema": frozenset({"model", "errors", "schema"}),
    "strategies": frozenset({"model", "errors", "strategies"}),
    "cli": None,
    "pipeline": None,
    "guideline": None,
    "summary": None,
    "examples": None,
    "__init__": None,
    "__main__": None,
}
# Known breaches of the rules above, each a strict xfail so that fixing it is noticed.
KNOWN_BREACHES: dict[str, str] = {}


def _is_command_line(module: str) -> bool:
    """Command-line modules (geopol.cli, geopol.kb.cli) sit on top of every layer."""
    return module.rpartition(".")[2] == "cli"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


MODULES = {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def geopol_imports(module: str, path: Path) -> set[str]:
    """Every ``geopol.*`` module named by an import anywhere in the file (functions, TYPE_CHECKING too)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            # "from geopol import kb" names the subpackage geopol.kb
            found.update(f"{target}.{alias.name}" for alias in node.names if target == "geopol")
    return {name for name in found if name == "geopol" or name.startswith("geopol.")}


def test_every_module_has_a_layer_rule() -> None:
    """Each top-level part of geopol has a rule (or an explicit 'no rule'); a new part needs one too."""
    assert len(MODULES) > 40
    layers = {_layer(m) for m in MODULES}
    assert layers <= set(ALLOWED), sorted(layers - set(ALLOWED))


def test_import_collector_sees_function_and_type_checking_imports() -> None:
    """The collector finds imports made inside functions and under TYPE_CHECKING, not only top-level ones."""
    assert "geopol.pipeline" in geopol_imports("geopol", MODULES["geopol"])  # under TYPE_CHECKING
    assert "geopol.pipeline" in geopol_imports("geopol.cli", MODULES["geopol.cli"])  # inside a function
    assert "geopol.extract.assemble" in geopol_imports("geopol.pipeline", MODULES["geopol.pipeline"])
    assert "geopol.kb" in geopol_imports("geopol.guideline", MODULES["geopol.guideline"])


def _cases() -> list[object]:
    cases: list[object] = []
    for module in MODULES:
        if ALLOWED.get(_layer(module)) is None or _is_command_line(module):
            continue
        marks = []
        if module in KNOWN_BREACHES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BREACHES[module]))
        cases.append(pytest.param(module, id=module, marks=marks))
    return cases


@pytest.mark.parametrize("module", _cases())
def test_imports_follow_the_data_flow(module: str) -> None:
    """A module imports only from the parts of geopol its layer may depend on."""
    allowed = ALLOWED[_layer(module)]
    assert allowed is not None
    bad = sorted(
        name
        for name in geopol_imports(module, MODULES[module])
        if name != "geopol" and _layer(name) not in allowed
    )
    assert bad == [], f"{module} imports {bad}; its layer may import only {sorted(allowed)}"


def test_root_package_imports_no_geopol_module_at_run_time() -> None:
    """geopol/__init__.py imports its public names lazily: its geopol imports are under TYPE_CHECKING."""
    tree = ast.parse(MODULES["geopol"].read_text("utf-8"))
    eager = [
        node
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and any(
            (alias.name if isinstance(node, ast.Import) else node.module or "").startswith("geopol")
            for alias in node.names
        )
    ]
    assert eager == []


_PROBE = """
import json, os, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
import {target}
root = os.path.dirname(sys.modules["geopol"].__file__)
data = [p for p in opened if p.startswith(root) and not p.endswith((".py", ".pyc"))]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("geopol", "cattrs", "dateutil"))
import geopol.schema
geopol.schema.shipped_schema()  # control: reading a data file is seen by the hook
control = any(p.endswith("extraction.schema.json") for p in opened)
print(json.dumps({{"data": data, "loaded": loaded, "control": control}}))
"""


def _probe(target: str) -> dict[str, object]:
    paths = [str(SRC_DIR), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE.format(target=target)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(proc.stdout)
    assert result["control"] is True
    return result


def test_import_geopol_is_cheap() -> None:
    """A fresh ``import geopol`` loads neither the pipeline, the knowledge base, cattrs nor dateutil."""
    loaded = _probe("geopol")["loaded"]
    assert isinstance(loaded, list)
    for heavy in ("geopol.pipeline", "geopol.kb", "geopol.kb.base", "geopol.serialize", "cattrs", "dateutil"):
        assert heavy not in loaded, heavy


@pytest.mark.parametrize("target", ["geopol", "geopol.model", "geopol.kb", "geopol.pipeline", "geopol.cli"])
def test_import_reads_no_data_file(target: str) -> None:
    """Importing geopol or its heavier modules opens no bundled data file (data loads on first use)."""
    assert _probe(target)["data"] == []
