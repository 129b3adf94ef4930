"""Benchmark (run by hand): process start → main window shown → plan list filled, against a
bare PySide6 script.

Both run as fresh processes, alternately, in the same run; each child prints the wall-clock
time stamps it reaches and exits. The floor is a script that only shows an empty QMainWindow
(time stamp: the first event-loop turn after ``show()``). Wijkplan starts through ``main.py``
(the real command line, ``--db`` on a database of 100 plans that exists, so migrations are
only checked) with its settings in a temporary folder, and prints three time stamps:

1. the window is shown (first event-loop turn after ``show()``);
2. the plan list is filled: the table's first paint with rows in its model (issue 13's goal:
   ≤ 2× the bare window);
3. the database is open for everything else (``databaseChanged``: SQLAlchemy imported, the
   schema checked), which happens in the background after the list is shown.

    .venv/bin/python bench/bench_gui_startup.py [--herhalingen 7]
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
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
stamps = {}
def stamp(name):
    if name not in stamps:
        stamps[name] = time.time()
    if len(stamps) == 3:
        for key in ("shown", "filled", "open"):
            print(stamps[key], flush=True)
        app.quit()
class Painted(QObject):
    # The table's viewport painted while its model has rows: the plan list is on screen.
    def __init__(self, view):
        super().__init__(view)
        self.view = view
    def eventFilter(self, obj, event):
        if event.type() == event.Type.Paint and self.view.model() is not None:
            if self.view.model().rowCount() > 0:
                QTimer.singleShot(0, lambda: stamp("filled"))  # after this paint
        return False
def shown():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    window = next(w for w in windows if w.windowTitle().startswith("Wijkplan"))
    stamp("shown")
    view = window.list_page.view
    view.viewport().installEventFilter(Painted(view))
    window.databaseChanged.connect(lambda _url: stamp("open"))
    if window.db is not None:
        stamp("open")
    view.viewport().update()
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
    from bench.bench_cli import make_database

    make_database(Path(db), 100 - 6)  # with the demo's plans: 100 in the list
    run(BARE, [], env)  # warm-up: bytecode written, files in the page cache
    run(WIJKPLAN, [db], env)
    bare: list[float] = []
    shown: list[float] = []
    filled: list[float] = []
    opened: list[float] = []
    for _ in range(args.herhalingen):
        bare.append(run(BARE, [], env)[0])
        ours = run(WIJKPLAN, [db], env)
        shown.append(ours[0])
        filled.append(ours[1])
        opened.append(ours[2])
    b = median_ms(bare)
    b_min = min(bare) * 1000
    n = args.herhalingen
    print(f"mediaan en minimum van {n} beurten, om en om (ms)")
    print(f"kale PySide6 QMainWindow             {b:7.0f}  min {b_min:5.0f}")
    for naam, samples, doel in (
        ("Wijkplan, hoofdvenster getoond     ", shown, "doel ≤ 1,5x"),
        ("Wijkplan, planlijst gevuld (100)   ", filled, "doel ≤ 2x"),
        ("Wijkplan, database open (achtergr.)", opened, "geen doel"),
    ):
        m, lo = median_ms(samples), min(samples) * 1000
        print(f"{naam}  {m:7.0f}  min {lo:5.0f}  ({m / b:.2f}x, min {lo / b_min:.2f}x; {doel})")

if __name__ == "__main__":
    main()
