"""The command line behaves in shell pipelines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopol

SRC = str(Path(geopol.__file__).resolve().parents[1])


def test_closed_pipe_ends_quietly() -> None:
    """ "geopol kb members UN | head -1" exits without a BrokenPipeError traceback."""
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen(
        [sys.executable, "-m", "geopol", "kb", "members", "UN"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `head -1` does
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert first.startswith(b"UN")
    assert "Traceback" not in err
    assert proc.returncode == 0
