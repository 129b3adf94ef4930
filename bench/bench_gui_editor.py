"""Benchmark (run by hand): the plan editor on a big plan.

A plan with 200 interventions and 2,000 budget lines (``domain.demo_groot``: the demo plan's
lines in turn, spread over the interventions and their years) is stored in a fresh SQLite
file. Measured, as medians:

* opening it in the editor (load through the repository, check, build Algemeen, paint) and
  the first visit to Begroting (its section is built then);
* one keystroke's save until it is committed (seen by a SQLAlchemy ``commit`` event on the
  engine), and until the whole round (save, then re-check) is done; the repository writes
  only what changed, counted with ``before_cursor_execute``;
* the re-check after a keystroke (valideer + totals + every section's markers);
* the longest GUI-thread stall while the other sections are built in idle time (one per
  step) and on the first visit to Begroting (grid painted, then its totals filled);
* the longest GUI-thread stall while a user types 30 characters at 8 keys a second,
  measured by a 5 ms QTimer heartbeat (a stall is the largest gap between two beats).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/bench_gui_editor.py [--herhalingen 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import median_ms, timed
from domain.demo_groot import groot_plan


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from gui.main_window import MainWindow
    from gui.settings import Settings
    from storage.database import open_database
    from tests.gui.helpers import type_text

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="wijkplan-bench-"))
    db = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    plan = groot_plan(db.catalogus(), interventies=200, regels=2000)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    window = MainWindow(db, Settings.at(folder / "instellingen.ini"))
    window.resize(1200, 800)
    window.show()
    app.processEvents()

    # Floor: reading the same plan through the repository alone.
    def load_only() -> None:
        with db.unit_of_work() as uow:
            uow.plans.get(plan.id)

    load = [timed(load_only) for _ in range(args.herhalingen)]

    def open_and_paint() -> None:
        window.open_plan(plan.id)  # lands on Algemeen
        window.repaint()
        app.processEvents()

    def idle_prebuild() -> None:
        # What happens while the user reads Algemeen: the other sections are built.
        while any(k not in window.editor._built for k in window.editor.section_keys()):
            app.processEvents()

    def budget_and_paint() -> None:
        window.editor.show_section("begroting")  # built on first show: 500 rows, totals
        window.repaint()
        app.processEvents()

    opening, budget = [], []
    for _ in range(args.herhalingen):
        window.show_list()
        app.processEvents()
        opening.append(timed(open_and_paint))
        idle_prebuild()
        budget.append(timed(budget_and_paint))

    # Opening from the list (Enter/double-click): loaded and checked on a worker thread,
    # with a heartbeat to find the longest GUI-thread stall while it opens.
    clock = QElapsedTimer()
    clock.start()

    def measure_stall(action: Callable[[QEventLoop], None]) -> tuple[float, float]:
        gaps: list[float] = []
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e9)
            last[0] = now

        heartbeat = QTimer(interval=5)
        heartbeat.timeout.connect(beat)
        loop = QEventLoop()
        start = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(0, lambda: action(loop))
        loop.exec()
        heartbeat.stop()
        return time.perf_counter() - start, max(gaps)

    def open_async(loop: QEventLoop) -> None:
        # Quit a little after planOpened, so the gap of building and painting the editor
        # is closed by a heartbeat and counted.
        connections.append(window.planOpened.connect(lambda _id: QTimer.singleShot(30, loop.quit)))
        window.open_plan_async(plan.id)

    connections: list[object] = []

    async_open, async_stall = [], []
    for _ in range(args.herhalingen):
        window.show_list()
        for _ in range(3):
            app.processEvents()
        took, stall = measure_stall(open_async)
        window.planOpened.disconnect(connections.pop())
        async_open.append(took)
        async_stall.append(stall)

    # The other sections are built one per idle moment after opening: the longest step.
    def until_prebuilt(loop: QEventLoop) -> None:
        def poll() -> None:
            if all(k in window.editor._built for k in window.editor.section_keys()):
                loop.quit()
            else:
                QTimer.singleShot(20, poll)

        poll()

    _took, prebuild_stall = measure_stall(until_prebuilt)

    # The first visit to Begroting (built, never shown): grid and totals appear.
    def visit_budget(loop: QEventLoop) -> None:
        window.editor.show_section("begroting")
        QTimer.singleShot(50, loop.quit)

    _took, budget_stall = measure_stall(visit_budget)
    window.editor.show_section("algemeen")

    session = window.session
    titel = window.editor.section("algemeen").titel
    window.editor.show_section("algemeen")
    commits: list[float] = []
    written: list[str] = []
    event.listen(db.engine, "commit", lambda _conn: commits.append(time.perf_counter()))
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_rest: (
            written.append(sql.split(None, 2)[1])
            if sql.startswith(("UPDATE", "INSERT", "DELETE"))
            else None
        ),
    )
    saves, saves_db, saves_total, checks = [], [], [], []
    for n in range(args.herhalingen * 4):
        type_text(titel, "abcdefghij"[n % 10])
        commits.clear()
        written.clear()
        start = time.perf_counter()
        saves.append(timed(session.save_now))  # GUI thread: snapshot and hand-off
        session._saver.wait()
        saves_total.append(time.perf_counter() - start)  # the whole round
        saves_db.append(commits[0] - start)  # until the edit is committed
        checks.append(timed(session.recheck))
    per_save = list(written)  # the statements of the last keystroke's save

    # Typing at 8 keys/s with the event loop running; heartbeat every 5 ms. First let the
    # previous phase finish (pending saves, deferred deletes), so only typing is measured.
    session._saver.wait()
    for _ in range(3):
        app.processEvents()
    typed = [0]

    def type_keys(loop: QEventLoop) -> None:
        def key() -> None:
            if typed[0] >= 30:
                QTimer.singleShot(1200, loop.quit)  # let the last save and re-check run
                return
            type_text(titel, "x")
            typed[0] += 1
            QTimer.singleShot(125, key)

        QTimer.singleShot(50, key)

    _took, typing_stall = measure_stall(type_keys)

    lines = len(session.plan.begroting)
    print(f"plan: {len(session.plan.interventies)} interventies, {lines} begrotingsregels")
    print(f"lezen uit de database (vloer)      {median_ms(load):8.1f} ms")
    print(f"openen op de GUI-thread (open_plan) {median_ms(opening):7.1f} ms")
    print(
        f"openen vanuit de lijst (werkthread) {median_ms(async_open):7.1f} ms, "
        f"langste GUI-stilstand daarbij {median_ms(async_stall):.1f} ms (mediaan)"
    )
    print(f"secties vooraf bouwen, langste stap {prebuild_stall * 1000:7.1f} ms")
    print(f"naar Begroting (vooraf gebouwd)            {median_ms(budget):8.1f} ms")
    print(f"eerste keer Begroting, langste stilstand {budget_stall * 1000:6.1f} ms")
    print(f"opslaan: GUI-thread (snapshot)     {median_ms(saves):8.1f} ms")
    print(f"opslaan: tot in de database        {median_ms(saves_db):8.1f} ms")
    print(f"opslaan + hercontrole (hele ronde) {median_ms(saves_total):8.1f} ms")
    print(f"geschreven bij de laatste toets    {', '.join(per_save)}")
    print(f"hercontrole, als op de GUI-thread  {median_ms(checks):8.1f} ms (normaal: werkthread)")
    print(f"langste GUI-stilstand bij typen    {typing_stall * 1000:8.1f} ms")
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
