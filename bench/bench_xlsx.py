"""Benchmark (run by hand): the Excel export and the bulk import, each against its floor.

1. Export of the complete demo plan (and a plan of 2,000 budget lines, ``domain.demo_groot``)
   with our styling, tables, dropdowns and formulas, against openpyxl writing the same cell
   values unstyled (the two run interleaved).
2. Bulk import of N generated plan workbooks (one per Dutch municipality: 342) into a fresh
   SQLite file — read, check, validate, store, one savepoint per file — against what an
   assessor does by hand: ``pandas.read_excel(sheet_name=None)`` over the same files.
3. Peak memory of the bulk import for 50 and for N files, each in its own process (tracemalloc
   peak and maximum RSS): it must not grow with the number of files.
4. (issue 13) Per workbook and for all N: our import (read, check, validate, store) against
   the fastest reader, python-calamine reading every sheet of the same files, interleaved,
   CPU time, min and median of ``--herhalingen`` runs; ``read_workbook`` alone beside it.
5. (issue 13, ``--onderdelen``) Where an import's CPU time goes per workbook, by stage.

    /work/venv/bin/python bench/bench_xlsx.py [--bestanden 342] [--herhalingen 7]
        [--alleen-calamine]   (part 4 only)   [--onderdelen]   (part 5 only: per stage)
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import interleaved, interleaved_samples, median_ms, paired, regel
from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.demo_bouw import vast_id
from domain.demo_groot import groot_plan
from domain.model import Plan
from exports import xlsx_layout as L
from exports.xlsx_rows import plan_velden, tabel_rijen
from exports.xlsx_writer import render_workbook
from resources import load_json


def kaal(plan: Plan, catalogus: Catalogus) -> bytes:
    """The floor: the same cell values, openpyxl defaults, no styles/tables/validation."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for sleutel, waarde in plan_velden(plan, catalogus).items():
        ws.append([sleutel, waarde])
    rijen = tabel_rijen(plan, catalogus)
    for blad in L.TABELLEN:
        ws = wb.create_sheet(blad.naam)
        ws.append([k.kop for k in blad.kolommen])
        for rij in rijen[blad.naam]:
            ws.append(
                [
                    ", ".join(w) if isinstance(w := rij.get(k.sleutel), list) else w
                    for k in blad.kolommen
                ]
            )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def gemeente_plan(basis: Plan, n: int, catalogus: Catalogus) -> Plan:
    """Plan number n: the demo plan with its own ids (the catalogue has 15 municipalities)."""
    g = catalogus.gemeenten[n % len(catalogus.gemeenten)]
    pid = vast_id(basis.id, "bench-plan", str(n))
    ids = {i.id: vast_id(pid, "iv", i.id) for i in basis.interventies}
    return replace(
        basis,
        id=pid,
        gemeente_code=g.code,
        titel=f"Preventie met Gezag {g.naam} #{n + 1}",
        wijken=[replace(w, code=f"WK{g.cijfers}{k:02d}") for k, w in enumerate(basis.wijken)],
        interventies=[replace(i, id=ids[i.id], wijk_codes=[]) for i in basis.interventies],
        begroting=[
            replace(r, id=vast_id(pid, "r", r.id), interventie_id=ids.get(r.interventie_id))
            for r in basis.begroting
        ],
        indicatoren=[
            replace(
                ind,
                id=vast_id(pid, "ind", ind.id),
                interventie_ids=[ids[x] for x in ind.interventie_ids],
            )
            for ind in basis.indicatoren
        ],
    )


def maak_bestanden(map_: Path, aantal: int, catalogus: Catalogus) -> list[Path]:
    basis = demo_plannen(catalogus)[0]
    paden = []
    for n in range(aantal):
        pad = map_ / f"plan{n:03d}.xlsx"
        if not pad.exists():
            pad.write_bytes(render_workbook(gemeente_plan(basis, n, catalogus), catalogus))
        paden.append(pad)
    return paden


def importeer(paden: list[Path], db_pad: Path) -> list:
    from application.importeren import importeer_bestanden
    from storage.database import open_database

    db = open_database(f"sqlite:///{db_pad}")
    try:
        return importeer_bestanden(db, paden)
    finally:
        db.dispose()


def pandas_lus(paden: list[Path]) -> None:
    import pandas as pd

    for pad in paden:
        # openpyxl: what read_excel used by default when issue 13 measured it (pandas will switch
        # to calamine, then this loop would be the floor itself)
        pd.read_excel(pad, sheet_name=None, engine="openpyxl")


def geheugen_kind(map_: Path, aantal: int) -> None:
    """In a child process: import ``aantal`` files, print peak memory as JSON."""
    import resource
    import tracemalloc

    paden = sorted(map_.glob("plan*.xlsx"))[:aantal]
    with tempfile.TemporaryDirectory() as tmp:
        from storage.database import open_database

        open_database(f"sqlite:///{Path(tmp) / 'db.sqlite'}").dispose()  # imports, migrations
        tracemalloc.start()
        importeer(paden, Path(tmp) / "db.sqlite")
        _, piek = tracemalloc.get_traced_memory()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        # Linux keeps ru_maxrss across exec: a child started by a big parent reports the
        # parent's peak. VmHWM is this process's own (its memory map's) peak.
        status = Path("/proc/self/status").read_text()
        rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    print(json.dumps({"bestanden": len(paden), "tracemalloc_mb": piek / 2**20, "rss_mb": rss}))


def calamine_lus(paden: list[Path]) -> None:
    """The floor: every sheet of every file read by python-calamine, nothing else."""
    from python_calamine import CalamineWorkbook

    for pad in paden:
        wb = CalamineWorkbook.from_path(str(pad))
        for naam in wb.sheet_names:
            wb.get_sheet_by_name(naam).to_python()
        wb.close()


def tegen_calamine(paden: list[Path], herhalingen: int, catalogus: Catalogus) -> None:
    """Part 4: our import and read_workbook against calamine, per workbook and for all.

    Each import run gets a new database, migrated beforehand by a case of its own ("new
    database", timed apart, not subtracted): the import opens it as an assessor opens theirs
    (open_database on a current schema: a cheap version check), reads, checks, validates and
    stores every file, and closes it. Ratios are given as min and median of each case, and
    paired per round (bench.timing.paired), which a drifting machine disturbs least."""
    from exports.xlsx_reader import read_workbook
    from storage.database import open_database

    tmp = Path(tempfile.mkdtemp(prefix="bench_xlsx_db_"))
    teller = iter(range(10**6))
    klaar: list[Path] = []  # migrated databases, the next import's first

    def nieuwe_db() -> None:
        pad = tmp / f"db{next(teller)}.sqlite"
        open_database(f"sqlite:///{pad}").dispose()
        klaar.append(pad)

    def importeer_in_nieuwe() -> None:
        importeer(paden, klaar.pop(0))

    def lees() -> None:
        for pad in paden:
            read_workbook(pad, catalogus)

    samples = interleaved_samples(
        {
            "calamine": lambda: calamine_lus(paden),
            "lezen": lees,
            "db": nieuwe_db,  # before the import in every round (and in the warm-up)
            "importeren": importeer_in_nieuwe,
        },
        herhalingen,
    )
    stats = {k: (min(v) * 1000, median_ms(v)) for k, v in samples.items()}
    n = len(paden)
    vloer = stats["calamine"]
    print(f"\n4. {n} workbooks against python-calamine (CPU, {herhalingen} runs, interleaved)")
    print(f"{'':<44}{'min':>9}{'median':>9}      ratio min / median")
    print(regel(f"calamine, every sheet, {n} files (floor)", vloer, vloer))
    print(regel("read_workbook (read + check + validate)", stats["lezen"], vloer))
    print(regel("import (open, read, check, validate, store)", stats["importeren"], vloer))
    print(regel("  (new migrated database, not in the above)", stats["db"], vloer))
    for naam, reeks in (("read_workbook", samples["lezen"]), ("import", samples["importeren"])):
        q1, q2, q3 = paired(reeks, samples["calamine"])
        print(f"{naam} ÷ calamine paired per round: median {q2:.2f}× (quartiles {q1:.2f}–{q3:.2f})")
    per = [v / n for v in vloer]
    print(
        f"per workbook: calamine {per[1]:.1f} ms, read_workbook {stats['lezen'][1] / n:.1f} ms, "
        f"import {stats['importeren'][1] / n:.1f} ms (medians)"
    )


def onderdelen(paden: list[Path], herhalingen: int) -> None:
    """Part 5 (issue 13): where an import's CPU time goes, per workbook, by stage. Each stage
    function is wrapped with a CPU clock for this run only; the run with the smallest total
    of ``herhalingen`` is shown (a calamine sheet is read inside the table stage's caller, so
    it is its own line and not in "cells → rows")."""
    import collections
    from contextlib import ExitStack
    from unittest import mock

    from application.importeren import importeer_bestanden
    from exports import xlsx_bulk, xlsx_open, xlsx_reader
    from storage.database import open_database

    tijden: collections.Counter[str] = collections.Counter()

    def klok(label: str, f):
        def gemeten(*args, **kwargs):
            begin = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                tijden[label] += time.process_time() - begin

        return gemeten

    stadia = [
        (xlsx_reader, "lees_bestand", "safety (zip, inflate, DTD, rows)"),
        (xlsx_reader, "scan_delen", "scan (formulas, errors, numbers)"),
        (xlsx_reader, "open_werkmap", "calamine: open"),
        (xlsx_open.Werkmap, "__getitem__", "calamine: sheets"),
        (xlsx_reader, "lees_sleutelwaarden", "cells → rows (Plan, Metadata)"),
        (xlsx_reader, "lees_blad", "cells → rows (tables)"),
        (xlsx_reader, "bouw_plan_dict", "rows → plan dict"),
        (xlsx_reader, "plan_from_dict", "plan dict → Plan"),
        (xlsx_reader, "_vergelijk", "content hash (+ changed?)"),
        (xlsx_reader, "_valideer", "validation"),
        (xlsx_bulk, "herkomst_van", "file SHA-256, herkomst"),
        (xlsx_bulk, "importeer_plan", "store (unit of work, commit)"),
        (xlsx_bulk, "lees_werkmap", "(read, total)"),
    ]
    tmp = Path(tempfile.mkdtemp(prefix="bench_xlsx_delen_"))
    beste: tuple[float, dict[str, float]] | None = None
    with ExitStack() as stapel:
        for doel, naam, label in stadia:
            stapel.enter_context(mock.patch.object(doel, naam, klok(label, getattr(doel, naam))))
        for n in range(herhalingen):
            db = open_database(f"sqlite:///{tmp / f'delen{n}.sqlite'}")
            tijden.clear()
            begin = time.process_time()
            importeer_bestanden(db, paden)
            totaal = time.process_time() - begin
            db.dispose()
            if beste is None or totaal < beste[0]:
                beste = (totaal, dict(tijden))
    assert beste is not None
    totaal, per = beste
    n = len(paden)
    print(f"\n5. Where an import's CPU goes, ms per workbook ({n} files, best of {herhalingen})")
    for _, _, label in stadia:
        print(f"  {label:<38}{per.get(label, 0.0) * 1000 / n:7.2f}")
    print(f"  {'import, total':<38}{totaal * 1000 / n:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bestanden", type=int, default=342)
    parser.add_argument("--herhalingen", type=int, default=7)
    parser.add_argument("--map", type=Path, help="folder for the generated workbooks (kept)")
    parser.add_argument("--geheugen-kind", nargs=2, metavar=("MAP", "AANTAL"))
    parser.add_argument("--alleen-calamine", action="store_true", help="part 4 only")
    parser.add_argument("--onderdelen", action="store_true", help="part 5 only (per stage)")
    args = parser.parse_args()
    if args.geheugen_kind:
        geheugen_kind(Path(args.geheugen_kind[0]), int(args.geheugen_kind[1]))
        return

    catalogus = Catalogus.from_dict(load_json("reference.json"))
    if args.onderdelen:
        map_ = args.map or Path(tempfile.mkdtemp(prefix="bench_xlsx_"))
        map_.mkdir(parents=True, exist_ok=True)
        onderdelen(maak_bestanden(map_, args.bestanden, catalogus), args.herhalingen)
        return
    if args.alleen_calamine:
        map_ = args.map or Path(tempfile.mkdtemp(prefix="bench_xlsx_"))
        map_.mkdir(parents=True, exist_ok=True)
        paden = maak_bestanden(map_, args.bestanden, catalogus)
        for aantal in sorted({1, 20, len(paden)}):
            tegen_calamine(paden[:aantal], args.herhalingen, catalogus)
        return
    demo = demo_plannen(catalogus)[0]
    groot = groot_plan(catalogus, interventies=len(demo.interventies), regels=2000)
    print(f"1. Export (median of {args.herhalingen} runs)")
    print(f"{'plan':<28}{'ours':>10}{'bare openpyxl':>15}{'overhead':>10}")
    for naam, plan in (("demo (48 lines)", demo), ("2,000 budget lines", groot)):
        ms = interleaved(
            {
                "ons": lambda p=plan: render_workbook(p, catalogus),
                "vloer": lambda p=plan: kaal(p, catalogus),
            },
            args.herhalingen,
        )
        ons, vloer = ms["ons"], ms["vloer"]
        print(f"{naam:<28}{ons:>8.0f}ms{vloer:>13.0f}ms{ons / vloer:>9.2f}×")

    map_ = args.map or Path(tempfile.mkdtemp(prefix="bench_xlsx_"))
    map_.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    paden = maak_bestanden(map_, args.bestanden, catalogus)
    print(f"\n(generated {len(paden)} workbooks in {time.perf_counter() - start:.1f} s: {map_})")

    print(f"\n2. Bulk import of {len(paden)} workbooks (one run each)")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        uitkomsten = importeer(paden, Path(tmp) / "db.sqlite")
        ons = time.perf_counter() - start
    start = time.perf_counter()
    pandas_lus(paden)
    pd_tijd = time.perf_counter() - start
    statussen = {str(u.status) for u in uitkomsten}
    per = 1000 / len(paden)
    print(f"ours (read, check, validate, store): {ons:6.1f} s {ons * per:5.0f} ms/file {statussen}")
    print(f"pandas.read_excel loop (read only):  {pd_tijd:6.1f} s {pd_tijd * per:5.0f} ms/file")
    print(f"ratio ours / pandas: {ons / pd_tijd:.2f}")

    tegen_calamine(paden, args.herhalingen, catalogus)

    print("\n3. Peak memory of the bulk import, each in a fresh process")
    for aantal in (50, len(paden)):
        uit = subprocess.run(
            [sys.executable, __file__, "--geheugen-kind", str(map_), str(aantal)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        m = json.loads(uit.strip().splitlines()[-1])
        print(
            f"{m['bestanden']:>4} files: tracemalloc peak {m['tracemalloc_mb']:6.1f} MB, "
            f"max RSS {m['rss_mb']:6.1f} MB"
        )


if __name__ == "__main__":
    main()
