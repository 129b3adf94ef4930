"""Benchmark (run by hand): the assessor's round overview (issue 12), 342 plans against 15.

Each database holds N submitted copies of the Den Haag sample plan (8 interventions, 52 budget
lines) spread over the 15 municipalities of round 2022, some with an assessment, a decision
and an allocation. Measured, interleaved so that a busy moment hits every case alike:

1. in-process: ``application.beoordelen.overzicht(db, "2022")`` on 15 and on 342 plans, on a
   freshly opened database (first open: every revision parsed and checked) and again on an
   open one (frozen revisions' figures kept), re-sorting the 342 rows (what a table
   view's sort does: keys only, no database), and formatting them for the GUI's table
   (``gui.beoordeling.overview_model.tabel``: every cell's text and sort key, on the worker);
2. whole process: ``python main.py overview --ronde 2022`` on both, against the floor of
   ``python main.py plans`` on the same databases.

Growth must be no worse than linear: the per-plan cost at 342 plans is printed next to the one
at 15 (ratio ≈ 1 means linear).

    .venv/bin/python bench/bench_overview.py [--runs 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import copy
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import interleaved  # noqa: E402

PY = sys.executable
MAIN = str(ROOT / "main.py")


def maak(pad: Path, n: int) -> str:
    from application import beoordelen as b
    from application.database import open_database
    from domain.demo import DEMO_COMPLEET_ID, demo_plannen
    from domain.model import Status, new_id

    url = f"sqlite:///{pad}"
    db = open_database(url)
    try:
        catalogus = db.catalogus()
        (bron,) = [p for p in demo_plannen(catalogus) if p.id == DEMO_COMPLEET_ID]
        gemeenten = list(catalogus.ronde("2022").gemeenten)  # type: ignore[union-attr]
        ids = []
        with db.unit_of_work() as uow:
            for i in range(n):
                plan = copy.deepcopy(bron)
                plan.id = new_id()
                plan.gemeente_code = gemeenten[i % len(gemeenten)]
                for w in plan.wijken:
                    w.code = f"WK{plan.gemeente_code[2:]}{w.code[-2:]}"
                plan.titel = f"Plan {i} {plan.gemeente_code}"
                plan.status = Status.INGEDIEND
                uow.plans.add(plan)
                uow.plans.add_snapshot(plan)
                ids.append(plan.id)
            uow.commit()
        for i, pid in enumerate(ids[::5]):  # every fifth plan: assessed, some decided
            b.wijzig_beoordeling(db, pid, "Anna", scores={"wijkgericht": 1 + i % 5})
            b.wijs_toe(db, pid, {2023: Decimal("1000000.00")}, "Anna")
            if i % 2:
                b.besluit(db, pid, Status.IN_BEOORDELING, "Bert")
    finally:
        db.dispose()
    return url


def proc(*argv: str) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run(
            [PY, MAIN, *argv], check=True, stdout=subprocess.DEVNULL, env={**os.environ}
        )

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    map_ = args.keep or Path(tempfile.mkdtemp(prefix="bench_overview_"))
    map_.mkdir(parents=True, exist_ok=True)
    urls = {}
    for n in (15, 342):
        pad = map_ / f"overview_{n}.sqlite"
        if not pad.exists():
            print(f"database met {n} plannen maken …", flush=True)
            maak(pad, n)
        urls[n] = f"sqlite:///{pad}"

    from application import beoordelen as b
    from application.database import open_database
    from gui.beoordeling.overview_model import tabel

    dbs = {n: open_database(u) for n, u in urls.items()}
    overzicht_342 = b.overzicht(dbs[342], "2022")
    rijen = overzicht_342.rijen

    def herschik() -> object:
        # What a sort proxy does per click: every row's key, then the order.
        return sorted(rijen, key=lambda r: (r.toegewezen, r.gemeente_naam), reverse=True)

    def eerste(n: int) -> Callable[[], object]:
        # A freshly opened database: nothing derived is kept yet (the GUI's first open).
        def run() -> object:
            db = open_database(urls[n])
            try:
                return b.overzicht(db, "2022")
            finally:
                db.dispose()

        return run

    inproc = interleaved(
        {
            "overzicht 15 eerste keer": eerste(15),
            "overzicht 342 eerste keer": eerste(342),
            "overzicht 15": lambda: b.overzicht(dbs[15], "2022"),
            "overzicht 342": lambda: b.overzicht(dbs[342], "2022"),
            "hersorteren 342 rijen": herschik,
            "opmaak 342 rijen (GUI-tabel)": lambda: tabel(overzicht_342),
        },
        args.runs,
    )
    cli = interleaved(
        {
            "plans 15 (vloer)": proc("--db", urls[15], "plans"),
            "overview 15": proc("--db", urls[15], "overview", "--ronde", "2022"),
            "plans 342 (vloer)": proc("--db", urls[342], "plans"),
            "overview 342": proc("--db", urls[342], "overview", "--ronde", "2022"),
        },
        max(3, args.runs // 2),
    )
    for db in dbs.values():
        db.dispose()
    print("\nmedianen (ms)")
    for naam, ms in {**inproc, **cli}.items():
        print(f"  {naam:28s} {ms:9.1f}")
    for wat in ("overzicht {} eerste keer", "overzicht {}"):
        per15 = inproc[wat.format(15)] / 15
        per342 = inproc[wat.format(342)] / 342
        print(
            f"\n{wat.format('N')}: per plan {per15:.2f} ms (15) vs {per342:.2f} ms (342); "
            f"verhouding {per342 / per15:.2f} (≤1 = hooguit lineair)"
        )
    extra15 = cli["overview 15"] - cli["plans 15 (vloer)"]
    extra342 = cli["overview 342"] - cli["plans 342 (vloer)"]
    print(
        f"opdracht boven de vloer: {extra15:.0f} ms (15) vs {extra342:.0f} ms (342); "
        f"per plan {extra15 / 15:.2f} vs {extra342 / 342:.2f} ms"
    )


if __name__ == "__main__":
    main()
