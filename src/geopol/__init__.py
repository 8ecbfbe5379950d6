"""geopol: typed facts about international diplomacy from English news text.

``import geopol`` is cheap: the parser, the knowledge base and the JSON
converter load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Extraction", "Parser", "__version__", "dumps", "loads", "parse", "to_guideline"]

__version__ = "0.1.0"

if TYPE_CHECKING:
    from geopol.guideline import to_guideline
    from geopol.model import Extraction
    from geopol.pipeline import Parser, parse
    from geopol.serialize import dumps, loads

_LAZY = {
    "Extraction": "geopol.model",
    "parse": "geopol.pipeline",
    "Parser": "geopol.pipeline",
    "to_guideline": "geopol.guideline",
    "dumps": "geopol.serialize",
    "loads": "geopol.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geopol' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
