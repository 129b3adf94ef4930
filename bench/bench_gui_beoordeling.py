"""Benchmark (run by hand): the assessor's overview in the GUI, 342 plans against 15.

A round with every municipality of the catalogue takes part; N of them sent the complete
demo plan (48 budget lines, submitted). Measured for N = 15 and N = 342, as medians of
``--herhalingen`` runs:

* open: from asking for the overview until the table shows it (read on the worker thread,
  then the model reset, column widths, footer and chart on the GUI thread);
* the part of that on the GUI thread (``OverzichtPagina.toon``);
* re-sort: one click's worth of sorting on *Gevraagd totaal* (descending, then ascending);
* the longest GUI-thread stall while the overview loads, by a 5 ms QTimer heartbeat (the
  largest gap between two beats); the issue allows 100 ms;
* the floor: the same heartbeat with nothing to do (the offscreen event loop's own jitter
  on a shared machine). Stalls are the median over runs of each run's largest gap, and the
  largest of all; a first, uncounted run warms up.

Cost must grow no worse than linearly: the ratio 342/15 of each time is printed beside the
ratio of plans (22.8).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python bench/bench_gui_beoordeling.py
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

RONDE = "BENCH"


def bouw_database(pad: Path, n: int):
    from application.database import laad_demo, open_database
    from domain.demo import DEMO_COMPLEET_ID, demo_plannen
    from domain.model import Status, new_id

    db = open_database(str(pad))
    laad_demo(db)
    # The catalogue holds the 47 municipalities of the programme; the bench adds made-up
    # ones (GM9000…) so that 342 municipalities can each send a plan.
    extra = [{"code": f"GM{9000 + i}", "naam": f"Benchgemeente {i:03d}"} for i in range(342)]
    db.vul_referentie_aan({"gemeenten": extra})
    catalogus = db.catalogus()
    gemeenten = [g.code for g in catalogus.gemeenten]
    db.vul_referentie_aan(
        {
            "rondes": [
                {
                    "code": RONDE,
                    "naam": "Bench-ronde",
                    "gemeenten": gemeenten,
                    "kosten_vanaf": "2023-01-01",
                    "kosten_tot": "2026-12-31",
                    "max_jaren": 4,
                    "plafond": "205900000.00",
                    "plafond_per_gemeente_per_jaar": "1500000.00",
                }
            ]
        }
    )
    (basis,) = [p for p in demo_plannen(catalogus) if p.id == DEMO_COMPLEET_ID]
    with db.unit_of_work() as uow:
        for code in gemeenten[:n]:
            plan = copy.deepcopy(basis)
            plan.id = new_id()
            plan.gemeente_code = code
            plan.ronde_code = RONDE
            plan.status = Status.INGEDIEND
            plan.versie = None
            uow.plans.add(plan)
            uow.plans.add_snapshot(plan)
        uow.commit()
    return db


class Hartslag:
    """The largest gap between two beats of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tik)
        self.grootste = 0.0
        self._vorige = 0.0

    def start(self) -> None:
        self.grootste = 0.0
        self._vorige = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.grootste * 1000

    def _tik(self) -> None:
        nu = time.perf_counter()
        self.grootste = max(self.grootste, nu - self._vorige)
        self._vorige = nu


def pomp_tot(voorwaarde, timeout: float = 120.0) -> None:
    app = QApplication.instance()
    eind = time.monotonic() + timeout
    while not voorwaarde():
        app.processEvents()
        time.sleep(0.001)  # releases the GIL: the worker thread runs
        assert time.monotonic() < eind


def meet(db, runs: int) -> dict[str, float]:
    from gui.beoordeling.overview_view import OverzichtPagina

    pagina = OverzichtPagina()
    pagina.resize(1366, 700)
    pagina.show()
    pagina.db = db
    hart = Hartslag()
    open_ms, toon_ms, stall_ms, sort_ms, vloer_ms = [], [], [], [], []
    origineel = pagina.toon

    def getimed(o):
        t = time.perf_counter()
        origineel(o)
        toon_ms.append((time.perf_counter() - t) * 1000)

    pagina.toon = getimed  # type: ignore[method-assign]
    for run in range(runs + 1):  # run 0 warms up (first imports, caches): not counted
        if run == 1:
            for lijst in (open_ms, toon_ms, stall_ms, sort_ms, vloer_ms):
                lijst.clear()
        hart.start()
        t = time.perf_counter()
        n = len(toon_ms)
        pagina.laad(RONDE)
        pomp_tot(lambda n=n: len(toon_ms) > n and not pagina.bezig())
        QApplication.instance().processEvents()  # the paint after the reset
        open_ms.append((time.perf_counter() - t) * 1000)
        stall_ms.append(hart.stop())
        col = pagina.model.kolom("gevraagd")
        from PySide6.QtCore import Qt

        t = time.perf_counter()
        pagina.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
        pagina.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
        QApplication.instance().processEvents()
        sort_ms.append((time.perf_counter() - t) * 1000 / 2)
        hart.start()
        eind = time.perf_counter() + 0.3
        while time.perf_counter() < eind:
            QApplication.instance().processEvents()
            time.sleep(0.001)
        vloer_ms.append(hart.stop())
    rijen = pagina.model.rowCount()
    pagina.close()
    return {
        "rijen": rijen,
        "open": statistics.median(open_ms),
        "gui": statistics.median(toon_ms),
        "sort": statistics.median(sort_ms),
        "stall": statistics.median(stall_ms),
        "stall_max": max(stall_ms),
        "vloer": statistics.median(vloer_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()
    QApplication([])
    uit = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (15, 342):
            db = bouw_database(Path(tmp) / f"b{n}.sqlite", n)
            uit[n] = meet(db, args.herhalingen)
            db.dispose()
    print(
        f"{'plans':>6}{'rows':>6}{'open ms':>10}{'GUI ms':>9}{'sort ms':>9}"
        f"{'stall med':>11}{'stall max':>11}{'floor':>7}"
    )
    for n, m in uit.items():
        print(
            f"{n:>6}{m['rijen']:>6.0f}{m['open']:>10.1f}{m['gui']:>9.1f}{m['sort']:>9.2f}"
            f"{m['stall']:>11.1f}{m['stall_max']:>11.1f}{m['vloer']:>7.1f}"
        )
    a, b = uit[15], uit[342]
    print(
        f"ratio 342/15 (plans 22.8): open {b['open'] / a['open']:.1f}, "
        f"GUI {b['gui'] / a['gui']:.1f}, sort {b['sort'] / max(a['sort'], 1e-6):.1f}"
    )


if __name__ == "__main__":
    main()
