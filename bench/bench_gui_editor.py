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
  measured by a 5 ms QTimer heartbeat (a stall is the largest gap between two beats);
* the longest GUI-thread stall while a person types (``tests.gui.typing``'s pace: 30–120 ms
  between keys, a 450 ms pause every five keys, so autosave and the re-check land in the
  middle) into (a) the Titel field and (b) an open Begroting amount cell, whose every key is
  committed live; the floor is the same keys into a plain QLineEdit bound to nothing, in the
  same window. The three are measured in turns, ``--herhalingen`` rounds.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/bench_gui_editor.py [--herhalingen 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import median_ms, timed
from domain.demo_groot import groot_plan

HUMAN_KEYS = 30  # keys per round of typing at a person's speed


def human_typing(widget_of: Callable[[], object], keys: list[str], seed: int) -> Callable:
    """An action for ``measure_stall``: ``keys`` into ``widget_of()`` (looked up per key:
    an open cell's editor) at a person's pace; ``"\\b"`` is Backspace."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from tests.gui.helpers import type_text
    from tests.gui.typing import KEY_GAP, THINK_EVERY, THINKING

    rng = random.Random(seed)

    def action(loop) -> None:
        sent = [0]

        def key() -> None:
            if sent[0] >= len(keys):
                QTimer.singleShot(1200, loop.quit)  # the last save and re-check run too
                return
            widget = widget_of()
            if keys[sent[0]] == "\b":
                QTest.keyClick(widget, Qt.Key.Key_Backspace)
            else:
                type_text(widget, keys[sent[0]])
            sent[0] += 1
            gap = THINKING if sent[0] % THINK_EVERY == 0 else rng.uniform(*KEY_GAP)
            QTimer.singleShot(int(gap * 1000), key)

        QTimer.singleShot(50, key)

    return action


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

    def measure_stall(
        action: Callable[[QEventLoop], None], cpu: list[float] | None = None
    ) -> tuple[float, float]:
        """(seconds the action took, longest gap between two heartbeats); ``cpu`` gets the
        longest gap in the GUI thread's own CPU time (the part other processes on a busy
        machine cannot add)."""
        gaps: list[float] = []
        cpu_gaps: list[float] = [0.0]
        last = [clock.nsecsElapsed(), time.thread_time()]

        def beat() -> None:
            now, used = clock.nsecsElapsed(), time.thread_time()
            gaps.append((now - last[0]) / 1e9)
            cpu_gaps.append(used - last[1])
            last[:] = [now, used]

        heartbeat = QTimer(interval=5)
        heartbeat.timeout.connect(beat)
        loop = QEventLoop()
        start = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(0, lambda: action(loop))
        loop.exec()
        heartbeat.stop()
        if cpu is not None:
            cpu.append(max(cpu_gaps))
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
        session._saver.wait(30)
        saves_total.append(time.perf_counter() - start)  # the whole round
        saves_db.append(commits[0] - start)  # until the edit is committed
        checks.append(timed(session.recheck))
    per_save = list(written)  # the statements of the last keystroke's save

    # Typing at 8 keys/s with the event loop running; heartbeat every 5 ms. First let the
    # previous phase finish (pending saves, deferred deletes), so only typing is measured.
    session._saver.wait(30)
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

    # A person typing into (a) a form field and (b) an open Begroting amount cell (each key
    # a live commit), in turns with the floor: the same keys into a QLineEdit bound to nothing.
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    floor_edit = QLineEdit(window)
    window.statusBar().addWidget(floor_edit)
    grid = window.editor.section("begroting")
    view, model = grid.view, grid.model
    year_col = next(c for c in range(model.columnCount()) if model.line_index(0, c) is not None)
    letters = [chr(ord("a") + n % 26) for n in range(HUMAN_KEYS)]
    # 1, 12, 123, 1234, 12345, 1234, … : every state is an amount, every key is stored.
    amounts = ["1"] + [("2345" + "\b" * 4)[n % 8] for n in range(HUMAN_KEYS - 1)]

    def settle() -> None:
        session._saver.wait(30)
        for _ in range(3):
            app.processEvents()

    def floor_round(seed: int) -> float:
        floor_edit.clear()
        floor_edit.setFocus()
        return measure_stall(human_typing(lambda: floor_edit, letters, seed), cpu["vloer"])[1]

    def form_round(seed: int) -> float:
        window.editor.show_section("algemeen")
        titel.setFocus()
        titel.selectAll()
        stall = measure_stall(human_typing(lambda: titel, letters, seed), cpu["formulier"])[1]
        settle()
        return stall

    def cell_round(seed: int) -> float:
        window.editor.show_section("begroting")
        view.setFocus()
        view.setCurrentIndex(model.index(0, year_col))
        QTest.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor is not floor_edit, editor
        editor.selectAll()
        stall = measure_stall(human_typing(lambda: editor, amounts, seed), cpu["cel"])[1]
        QTest.keyClick(editor, Qt.Key.Key_Return)
        settle()
        return stall

    window.activateWindow()
    human: dict[str, list[float]] = {"vloer": [], "formulier": [], "cel": []}
    cpu: dict[str, list[float]] = {"vloer": [], "formulier": [], "cel": []}
    for n in range(args.herhalingen):
        human["vloer"].append(floor_round(n))
        human["formulier"].append(form_round(n))
        human["cel"].append(cell_round(n))
    stored_cell = session.plan.begroting[model.line_index(0, year_col)].bedrag

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
    print(
        f"typen als een mens, {args.herhalingen} rondes van {HUMAN_KEYS} toetsen, langste stilstand"
    )
    for name, what in (
        ("vloer", "los QLineEdit (vloer)"),
        ("formulier", "Titel (formulierveld)"),
        ("cel", "open Begroting-cel"),
    ):
        stalls = human[name]
        print(
            f"  {what:<24} mediaan {statistics.median(stalls) * 1000:6.1f} ms, "
            f"hoogste {max(stalls) * 1000:6.1f} ms (CPU-tijd van de GUI-thread daarin: "
            f"hoogste {max(cpu[name]) * 1000:.1f} ms)"
        )
    print(f"  (de cel bewaarde live: {stored_cell})")
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
