"""The source tree is mypy --strict and ruff clean (both run as part of the test suite)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_mypy_strict_is_clean() -> None:
    """mypy --strict reports no issue in src/geopol (configuration in pyproject.toml)."""
    result = _run("mypy", "--strict", "src/geopol")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    """ruff finds nothing in src, tests and benchmarks with the project's rule selection."""
    result = _run("ruff", "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_stable() -> None:
    """The parsing code is formatted as `ruff format` would write it."""
    result = _run("ruff", "format", "--check", "src/geopol/extract", "src/geopol/text", "src/geopol/match")
    assert result.returncode == 0, result.stdout + result.stderr
