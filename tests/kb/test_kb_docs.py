"""The examples in docs/knowledge-base.md and in geopol.kb's docstring print what they show."""

from __future__ import annotations

import doctest
from pathlib import Path

import geopol.kb

DOC = Path(__file__).resolve().parents[2] / "docs" / "knowledge-base.md"


def test_knowledge_base_doc_examples() -> None:
    """Every >>> example of docs/knowledge-base.md gives the output written there (real data)."""
    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 10
    assert result.failed == 0


def test_package_docstring_examples() -> None:
    """The examples in geopol.kb's module docstring hold."""
    result = doctest.testmod(geopol.kb)
    assert result.attempted >= 3
    assert result.failed == 0
