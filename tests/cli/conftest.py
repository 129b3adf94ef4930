from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@pytest.fixture
def cli(tmp_path):
    """Runs ``python main.py ARGS`` as a separate process, with its own data folder."""
    env = {**os.environ, "WIJKPLAN_DATA_DIR": str(tmp_path / "data"), "PYTHONUTF8": "1"}

    def run(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, str(MAIN), *args]
        if db is not None:
            argv += ["--db", db]
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            cwd=tmp_path,
        )
        if "--debug" not in args:
            assert "Traceback" not in done.stderr, done.stderr
        return done

    return run
