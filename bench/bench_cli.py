"""Benchmark (run by hand): the command line's cold start and ``plans`` on many plans.

1. Cold start of ``main.py plans`` against the floor measured in the same run: a bare
   ``python -c "import sqlalchemy"`` (and ``python -c pass``), runs interleaved, medians.
2. ``plans`` on a database of 10,000 plans versus 100 (made with bulk inserts), as a whole
   process and in-process (``overview()`` alone), with the cost per plan: it must be the cost
   of one output row, not of loading a plan.
3. Saving after one keystroke in a plan of 2,000 budget lines (``bewaar_plan``) against
   adding the whole plan once.

    /work/venv/bin/python bench/bench_cli.py [--runs 11] [--keep DIR] [--pg SERVER_URL]

With ``--pg`` part 2 also runs on PostgreSQL (two throw-away databases on that server).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bench.timing import interleaved, median_call_ms  # noqa: E402
from storage import schema as s  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from storage.paths import sqlite_url  # noqa: E402

PY = sys.executable
MAIN = str(ROOT / "main.py")


def proc(*argv: str) -> Callable[[], object]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}

    def run() -> object:
        return subprocess.run([PY, *argv], check=True, stdout=subprocess.DEVNULL, env=env)

    return run


def make_database(path_or_url: Path | str, n_plans: int, lines_per_plan: int = 5) -> str:
    """``n_plans`` plans with a few budget lines each, written with executemany inserts."""
    url = path_or_url if isinstance(path_or_url, str) else sqlite_url(path_or_url)
    db = open_database(url)
    now = datetime.now(UTC)
    gemeenten = [g.code for g in db.catalogus().gemeenten]
    plans, lines = [], []
    for n in range(n_plans):
        pid = f"{n:08x}-0000-4000-8000-{n:012x}"
        plans.append(
            {
                "id": pid,
                "gemeente_code": gemeenten[n % len(gemeenten)],
                "ronde_code": "2022",
                "titel": f"Plan {n} wijkgerichte aanpak",
                "jaar_van": 2023,
                "jaar_tot_en_met": 2026,
                "status": "concept",
                "revisie": 1,
                "iban": "",
                "contact_naam": "",
                "contact_functie": "",
                "contact_email": "",
                "contact_telefoon": "",
                "samenvatting": "",
                "analyse_tekst": "",
                "aangemaakt_op": now,
                "gewijzigd_op": now,
            }
        )
        for k in range(lines_per_plan):
            lines.append(
                {
                    "plan_id": pid,
                    "id": f"{k:08x}-0000-4000-8000-{n:012x}",
                    "volgorde": k,
                    "interventie_id": None,
                    "categorie": "interventie",
                    "kostensoort": "personeel",
                    "jaar": 2023 + k % 4,
                    "omschrijving": f"Regel {k}",
                    "bedrag": Decimal(f"{1000 + k}.{n % 100:02d}"),
                    "cofinanciering": Decimal("0.00"),
                    "cofinanciering_bron": "",
                }
            )
    with db.engine.begin() as conn:
        conn.execute(insert(s.plans), plans)
        conn.execute(insert(s.begrotingsregels), lines)
    db.dispose()
    return url


def bench_keystroke(folder: Path, runs: int) -> dict[str, float]:
    from domain.demo_groot import groot_plan
    from domain.services import bewaar_plan

    db = open_database(sqlite_url(folder / "groot.sqlite"))
    # Two interventions, as the storage tests' plan this bench used before.
    plan = groot_plan(db.catalogus(), interventies=2, regels=2000)
    counter = iter(range(10**9))

    def add_whole() -> None:
        plan.id = f"ffffffff-0000-4000-8000-{next(counter):012x}"
        with db.unit_of_work() as uow:
            uow.plans.add(plan)
            uow.commit()

    result = {"add whole plan (2,000 lines)": median_call_ms(add_whole, max(3, runs // 3))}

    def keystroke() -> None:
        plan.begroting[1000].bedrag += Decimal("1")
        with db.unit_of_work() as uow:
            bewaar_plan(uow, plan)

    def load() -> None:
        with db.unit_of_work() as uow:
            uow.plans.get(plan.id)

    result["bewaar_plan after one keystroke"] = median_call_ms(keystroke, runs)
    result["get (load the plan)"] = median_call_ms(load, runs)
    db.dispose()
    return result


def output_lines(rows: list) -> Callable[[], None]:
    """The floor of ``plans``: formatting and writing the same output lines, nothing else."""
    from domain.money import format_canonical

    def write() -> None:
        with open(os.devnull, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(
                    f"{r.id}\t{r.gemeente_code}\t{r.titel}\t{r.status}\t{r.revisie}\t"
                    f"{format_canonical(r.totaal_gevraagd)}\n"
                )

    return write


def bench_plans(small: str, big: str, runs: int) -> None:
    """``plans`` on 100 vs 10,000 plans: whole processes, then ``overview()`` in-process
    against writing its output lines, each group interleaved."""
    whole = interleaved(
        {
            "main.py plans, 100 plans": proc(MAIN, "plans", "--db", small),
            "main.py plans, 10,000 plans": proc(MAIN, "plans", "--db", big),
        },
        runs,
    )
    for name, ms in whole.items():
        print(f"   {name:<34} {ms:8.1f}")
    dbs = {"100": open_database(small), "10,000": open_database(big)}
    try:
        with dbs["10,000"].unit_of_work() as uow:
            rows = uow.plans.overview()

        def overview(db: Database) -> None:
            with db.unit_of_work() as uow:
                uow.plans.overview()

        cases: dict[str, Callable[[], object]] = {
            name: (lambda db=db: overview(db)) for name, db in dbs.items()
        }
        from storage.plan_lijst import lees_plannen

        # Issue 13: what `plans` and the GUI's first frame use on an SQLite file (sqlite3 only).
        if small.startswith("sqlite:"):
            cases["sqlite3 100"] = lambda: lees_plannen(small)
            cases["sqlite3 10,000"] = lambda: lees_plannen(big)
        cases["floor"] = output_lines(rows)
        inproc = interleaved(cases, runs)
    finally:
        for db in dbs.values():
            db.dispose()
    for name in dbs:
        print(f"   overview() in-process, {name + ' plans':<13}     {inproc[name]:8.1f}")
    for name in ("100", "10,000"):
        if f"sqlite3 {name}" in inproc:
            label = f"plan_lijst (sqlite3), {name} plans"
            print(f"   {label:<37} {inproc[f'sqlite3 {name}']:8.1f}")
    print(f"   writing the {len(rows):,} output lines    {inproc['floor']:8.1f}  (floor)")
    extra = whole["main.py plans, 10,000 plans"] - whole["main.py plans, 100 plans"]
    print(f"   per extra plan (whole process)     {extra / 9900 * 1000:8.1f} µs")
    per = (inproc["10,000"] - inproc["100"]) / 9900 * 1000
    print(f"   per extra plan (overview only)     {per:8.1f} µs")


def bench_pg(server_url: str, runs: int) -> None:
    from tests.pg import temporary_database

    print(f"\n2b. plans on PostgreSQL, 100 vs 10,000 plans, median of {runs} runs (ms)")
    with temporary_database(server_url) as small, temporary_database(server_url) as big:
        make_database(small, 100)
        make_database(big, 10_000)
        bench_plans(small, big, runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--keep", type=Path, help="keep the databases in this folder")
    ap.add_argument("--pg", metavar="SERVER_URL", help="also measure part 2 on PostgreSQL")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        small = make_database(folder / "p100.sqlite", 100)
        big = make_database(folder / "p10000.sqlite", 10_000)
        made = time.perf_counter() - t
        print(f"databases made in {made:.1f} s (10,000 + 100 plans, 5 budget lines each)")

        print(f"\n1. cold start, median of {args.runs} interleaved runs (ms)")
        cold = interleaved(
            {
                "python -c pass": proc("-c", "pass"),
                "python -c 'import sqlalchemy'": proc("-c", "import sqlalchemy"),
                "main.py plans (100 plans)": proc(MAIN, "plans", "--db", small),
                "main.py --help": proc(MAIN, "--help"),
            },
            args.runs,
        )
        for name, ms in cold.items():
            print(f"   {name:<34} {ms:8.1f}")
        floor = cold["python -c 'import sqlalchemy'"]
        ratio = cold["main.py plans (100 plans)"] / floor
        print(f"   plans / import sqlalchemy          {ratio:8.2f}x  (goal ≤ 1.2x)")

        print(f"\n2. plans on 100 vs 10,000 plans, median of {args.runs} runs (ms)")
        bench_plans(small, big, args.runs)

        if args.pg:
            bench_pg(args.pg, args.runs)

        print("\n3. saving in a plan of 2,000 budget lines, median (ms)")
        for name, ms in bench_keystroke(folder, args.runs).items():
            print(f"   {name:<34} {ms:8.1f}")


if __name__ == "__main__":
    main()
