"""Knowledge bases travel to worker processes as a few bytes and load their data once per process."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import geopol
from geopol.kb import KnowledgeBase, base, loading

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def load_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Count calls of the loader with an empty per-process cache; empty it again afterwards."""
    calls: list[object] = []
    real = loading.load

    def counting(directory: object = None) -> loading.Tables:
        calls.append(directory)
        return real(directory)  # type: ignore[arg-type]

    base._shared.cache_clear()
    monkeypatch.setattr(loading, "load", counting)
    yield calls
    base._shared.cache_clear()


def _answers(kb: KnowledgeBase) -> tuple[object, ...]:
    csto = kb.organization("CSTO")
    return (
        kb.country("U.S."),
        csto,
        kb.place("Kiev"),
        sorted(kb.members("CSTO", on="2008-01-01")),
        kb.memberships("UZB"),
    )


def test_pickle_is_small_and_answers_the_same() -> None:
    """pickle.loads(pickle.dumps(kb)) is under 10 kB, equal, shared, and answers identically."""
    kb = KnowledgeBase.from_directory(FIXTURES)
    before = _answers(kb)
    data = pickle.dumps(kb)
    assert len(data) < 10_000
    clone = pickle.loads(data)
    assert clone == kb
    assert clone is kb  # the per-process shared instance
    assert _answers(clone) == before


def test_pickle_stays_small_after_loading() -> None:
    """Loading the data does not make the pickle any larger (the data are never shipped)."""
    kb = KnowledgeBase.from_directory(FIXTURES)
    size_before = len(pickle.dumps(kb))
    kb.state_forms()
    assert len(pickle.dumps(kb)) == size_before


def test_loader_runs_once_per_process(load_calls: list[object]) -> None:
    """Many queries, views and pickle round trips read the data files once."""
    kb = KnowledgeBase.from_directory(FIXTURES)
    assert load_calls == []  # nothing read before the first query
    for _ in range(3):
        _answers(pickle.loads(pickle.dumps(kb)))
        kb.state_forms()
        kb.organ_index()
        KnowledgeBase.from_directory(str(FIXTURES))
    assert len(load_calls) == 1


def test_default_loads_bundled_data_once(load_calls: list[object]) -> None:
    """The module-level API and KnowledgeBase.default() share one load of the bundled data."""
    from geopol import kb as api

    api.country("France")
    api.organization("UN")
    api.members("UN", on="2000")
    pickle.loads(pickle.dumps(KnowledgeBase.default())).place("Paris")
    assert load_calls == [None]


_WORKER = textwrap.dedent(
    """
    import json, pickle, sys
    from geopol.kb import loading
    calls = []
    real = loading.load
    def counting(directory=None):
        calls.append(1)
        return real(directory)
    loading.load = counting
    blob = sys.stdin.buffer.read()
    answers = []
    for _ in range(50):
        kb = pickle.loads(blob)
        answers.append(sorted(kb.members("CSTO", on="2008-01-01")))
        answers.append(kb.country("Ivory Coast").alpha3)
    print(json.dumps({"calls": len(calls), "answers": answers[:2], "same": len(set(map(str, answers))) == 2}))
    """
)


def test_worker_process_loads_once() -> None:
    """A fresh process that unpickles the knowledge base 50 times reads the data once, same answers."""
    kb = KnowledgeBase.from_directory(FIXTURES)
    src = str(Path(geopol.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-c", _WORKER],
        input=pickle.dumps(kb),
        capture_output=True,
        env=env,
        check=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert report == {
        "calls": 1,
        "answers": [sorted(kb.members("CSTO", on="2008-01-01")), "CIV"],
        "same": True,
    }


def test_records_pickle_and_hash() -> None:
    """Records (with their read-only organ_levels mapping) survive pickling and are hashable."""
    kb = KnowledgeBase.from_directory(FIXTURES)
    records = (kb.organization("CSTO"), kb.country("USA"), kb.place("Kiev"), kb.memberships("UZB"))
    clone = pickle.loads(pickle.dumps(records))
    assert clone == records
    assert hash(clone) == hash(records)
    org = clone[0]
    assert org is not None
    assert dict(org.organ_levels) == dict(records[0].organ_levels)  # type: ignore[union-attr]
