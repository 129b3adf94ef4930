"""Benchmark (run by hand): process start → main window shown, against a bare PySide6 script.

Both run as fresh processes, alternately, in the same run; each child prints the wall-clock
time at which its window is shown (first event-loop turn after ``show()``) and exits. The
floor is a script that only shows an empty QMainWindow. Wijkplan starts through ``main.py``
(the real command line, ``--db`` on a database that exists, so migrations are only checked)
with its settings in a temporary folder.

    /work/venv/bin/python bench/bench_gui_startup.py [--herhalingen 7]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setWindowTitle("kaal")
w.show()
def shown():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

WIJKPLAN = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def listed(_url):
    print(time.time(), flush=True)  # the plan list is filled: the database is open
    app.quit()
def shown():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    window = next(w for w in windows if w.windowTitle().startswith("Wijkplan"))
    print(time.time(), flush=True)
    window.databaseChanged.connect(listed)
QTimer.singleShot(0, shown)  # runs on the first event-loop turn, after show()
import main
main.main(["--db", sys.argv[1]])
"""


def run(code: str, args: list[str], env: dict[str, str]) -> list[float]:
    """Seconds from process start to each time stamp the child prints."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [float(line) - start for line in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wijkplan-start-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(folder / "config"),  # never the real user's settings
        "PYTHONPATH": str(ROOT),
    }
    # An installed app has its bytecode compiled (pip does it); this machine sets
    # PYTHONDONTWRITEBYTECODE, which would make every start compile SQLAlchemy and alembic.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = str(folder / "start.sqlite")
    subprocess.run(
        [sys.executable, "main.py", "--db", db, "demo"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    run(BARE, [], env)  # warm-up: bytecode written, files in the page cache
    run(WIJKPLAN, [db], env)
    bare, shown, listed = [], [], []
    for _ in range(args.herhalingen):
        bare.append(run(BARE, [], env)[0])
        ours = run(WIJKPLAN, [db], env)
        shown.append(ours[0])
        listed.append(ours[1])
    b, s, li = (median_ms(x) for x in (bare, shown, listed))
    print(f"kale PySide6 QMainWindow            {b:7.0f} ms (mediaan van {args.herhalingen})")
    print(f"Wijkplan, hoofdvenster getoond      {s:7.0f} ms  ({s / b:.2f}x, doel ≤ 1,5x)")
    print(f"Wijkplan, planlijst gevuld (db open) {li:6.0f} ms  ({li / b:.2f}x)")


if __name__ == "__main__":
    main()
