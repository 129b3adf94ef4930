"""Benchmark (run by hand): process start → main window shown → plan list filled, against a
bare PySide6 script.

Both run as fresh processes, alternately, in the same run; each child prints the wall-clock
time stamps it reaches and exits. The floor is a script that only shows an empty QMainWindow
(time stamp: right after its first paint pass, seen by the same kind of event filter as
Wijkplan's list and stamped by a high-priority posted event, so that work an app queues for
"after the first frame" is not counted in it). Wijkplan starts through ``main.py``
(the real command line, ``--db`` on a database of 100 plans that exists, so migrations are
only checked) with its settings in a temporary folder, and prints three time stamps:

1. the window is shown (first event-loop turn after ``show()``);
2. the plan list is filled: the table's first paint with rows in its model (issue 13's goal:
   ≤ 2× the bare window); the filter is installed on the table before ``show()`` (not on
   its viewport: asking PySide6 for ``viewport()`` costs ~30 ms the app does not spend);
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
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setWindowTitle("kaal")
# The same way of seeing the first paint as Wijkplan's (an event filter has its own cost:
# PySide6 builds the QEvent class for it), so that the ratio compares like with like.
class Painted(QObject):
    def eventFilter(self, obj, event):
        if isinstance(event, QPaintEvent):
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)  # after this paint
        return False
    def customEvent(self, event):
        shown()
w.installEventFilter(Painted(w))
w.show()
done = []
def shown():
    if not done:
        done.append(1)
        print(time.time(), time.thread_time(), flush=True)
        app.quit()
app.exec()
"""

WIJKPLAN = """
import importlib.util, sys, time
stamps = {}
def stamp(name):
    from PySide6.QtWidgets import QApplication
    if name not in stamps:
        stamps[name] = (time.time(), time.thread_time())
    if len(stamps) == 3:
        for key in ("shown", "filled", "open"):
            print(*stamps[key], flush=True)
        QApplication.instance().quit()
def install(module):
    # The hooks go in when gui.main_window is imported: this script imports no PySide6
    # before Wijkplan does (its own start-up order is part of what is measured).
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtGui import QPaintEvent
    class Painted(QObject):
        # The table painted while its model has rows: the list is on screen. On the table
        # itself, not its viewport: the viewport is painted in the same pass (one backing
        # store flush), and asking for view.viewport() makes PySide6 find the most derived
        # class of a QWidget*, which initialises every QWidget subclass (~30 ms that the
        # app itself never spends before its first frame). isinstance, not event.type():
        # that would build PySide6's QEvent.Type enum (~15 ms of the measurement's own).
        # The time stamp is a posted event of high priority (1): handled as soon as this
        # paint pass is over, before work the app queued earlier for "after the first frame"
        # (a QTimer.singleShot(0) would stamp after that work, not when the list is seen).
        def __init__(self, view):
            super().__init__(view)
            self.view = view
        def eventFilter(self, obj, event):
            if isinstance(event, QPaintEvent) and self.view.model() is not None:
                if self.view.model().rowCount() > 0:
                    QCoreApplication.postEvent(self, QEvent(QEvent.Type.User), 1)
            return False
        def customEvent(self, event):
            stamp("filled")
    def shown(window):
        stamp("shown")
        window.databaseChanged.connect(lambda _url: stamp("open"))
        if window.db is not None:
            stamp("open")
    show = module.MainWindow.show
    def show_and_stamp(window):
        # Before show(): the first paint with rows is the one measured, not a repaint.
        view = window.list_page.view
        view.installEventFilter(Painted(view))
        show(window)
        QTimer.singleShot(0, lambda: shown(window))  # the first event-loop turn after show()
    module.MainWindow.show = show_and_stamp
class Hook:
    def find_spec(self, name, path=None, target=None):
        if name != "gui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            install(module)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Hook())
import main
main.main(["--db", sys.argv[1]])
"""


def run(code: str, args: list[str], env: dict[str, str]) -> list[tuple[float, float]]:
    """Per time stamp the child prints: seconds from process start (wall clock), and the CPU
    seconds its main thread had used by then (what a loaded machine disturbs least)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    stamps = [line.split() for line in out.splitlines() if line.strip()]
    return [(float(wall) - start, float(cpu)) for wall, cpu in stamps]


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
    import sqlite3

    from bench.bench_cli import make_database

    with sqlite3.connect(db) as conn:
        demo = conn.execute("SELECT count(*) FROM plans").fetchone()[0]
    make_database(Path(db), 100 - demo)  # with the demo's plans: 100 in the list
    run(BARE, [], env)  # warm-up: bytecode written, files in the page cache
    run(WIJKPLAN, [db], env)
    bare: list[tuple[float, float]] = []
    shown: list[tuple[float, float]] = []
    filled: list[tuple[float, float]] = []
    opened: list[tuple[float, float]] = []
    for _ in range(args.herhalingen):
        bare.append(run(BARE, [], env)[0])
        ours = run(WIJKPLAN, [db], env)
        shown.append(ours[0])
        filled.append(ours[1])
        opened.append(ours[2])
    n = args.herhalingen
    print(f"mediaan en minimum van {n} beurten, om en om (ms); wandklok en CPU van de hoofdthread")
    floor = {}
    for k, soort in ((0, "wandklok"), (1, "CPU hoofdthread")):
        print(f"-- {soort}")
        b = median_ms([x[k] for x in bare])
        b_min = min(x[k] for x in bare) * 1000
        floor[k] = b
        print(f"kale PySide6 QMainWindow             {b:7.0f}  min {b_min:5.0f}")
        for naam, samples, doel in (
            ("Wijkplan, hoofdvenster getoond     ", shown, "doel ≤ 1,5x"),
            ("Wijkplan, planlijst gevuld (100)   ", filled, "doel ≤ 2x"),
            ("Wijkplan, database open (achtergr.)", opened, "geen doel"),
        ):
            m = median_ms([x[k] for x in samples])
            lo = min(x[k] for x in samples) * 1000
            print(f"{naam}  {m:7.0f}  min {lo:5.0f}  ({m / b:.2f}x, min {lo / b_min:.2f}x; {doel})")

    completeness(db, args.herhalingen)


def completeness(db: str, runs: int) -> None:
    """The list's Volledigheid column in-process: the first fill (every plan loaded and
    checked, on a worker thread in the app) against a refresh after one plan was saved."""
    from application.database import open_database
    from application.plannen import bewaar, open_plan, overzicht, volledigheden
    from bench.timing import median_call_ms

    database = open_database(db)
    try:
        ids = [r.id for r in overzicht(database)]

        def first() -> None:
            database.afgeleid.clear()
            volledigheden(database, ids)

        plan = open_plan(database, ids[0])

        def refresh() -> None:
            plan.titel = plan.titel + "."  # one plan written since the last fill
            bewaar(database, plan)
            volledigheden(database, ids)

        def save_only() -> None:
            plan.titel = plan.titel + "."
            bewaar(database, plan)

        eerste = median_call_ms(first, max(3, runs // 2))
        volledigheden(database, ids)
        ververs = median_call_ms(refresh, runs)
        bewaren = median_call_ms(save_only, runs)
    finally:
        database.dispose()
    print(f"\nVolledigheid van {len(ids)} plannen, in het proces, mediaan (ms)")
    print(f"eerste vulling (elk plan geladen en gecontroleerd)  {eerste:7.0f}")
    print(f"verversen na het bewaren van één plan (incl. dat)   {ververs:7.0f}")
    print(f"alleen dat bewaren (vloer)                          {bewaren:7.0f}")


if __name__ == "__main__":
    main()
