"""Benchmark (run by hand, issue 13): the store step of a bulk import, per workbook, against
the same step of another commit, interleaved in one run.

The store step is what ``exports.xlsx_bulk.importeer_bestand`` does after reading a workbook:
a unit of work, ``domain.importing.importeer_plan`` (the revision rule, the plan's rows, the
herkomst, the duplicate check) and the commit (WAL, synchronous=FULL), into a fresh SQLite
file. The workbooks are read before the clock starts; each repetition stores every plan once,
CPU time per plan. ``--ingediend`` stores the same plans as submitted (each then also gets its
frozen snapshot), as an assessor's import of municipalities' submissions does.

Each side runs in its own process (two versions of the same modules cannot share one), the
sides alternate ``--herhalingen`` times, each process storing ``--binnen`` times; min and median
over all runs of a side.

    .venv/bin/python bench/bench_opslag.py --tegen main [--bestanden 40] [--herhalingen 7]
        [--map /tmp/bx] [--ingediend] [--db-map /dev/shm]
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

HIER = Path(__file__).resolve().parent.parent


def kind(
    root: Path, map_: Path, aantal: int, binnen: int, ingediend: bool, db_map: Path | None
) -> None:
    """In a child process with ``root``'s modules: ms CPU per plan of each repetition."""
    sys.path.insert(0, str(root))
    from domain.catalogue import Catalogus
    from domain.importing import importeer_plan
    from domain.model import Status
    from exports.herkomst import herkomst_van
    from exports.xlsx_reader import lees_werkmap
    from resources import load_json
    from storage.database import open_database

    catalogus = Catalogus.from_dict(load_json("reference.json"))
    stukken = []
    for pad in sorted(map_.glob("plan*.xlsx"))[:aantal]:
        gelezen = lees_werkmap(pad, catalogus)
        plan = gelezen.plan
        assert plan is not None, pad
        if ingediend:
            plan.status = Status.INGEDIEND
        hash_in = gelezen.metadata.get("content_hash") or None
        herkomst = herkomst_van(pad, gelezen.data, plan, hash_in, gelezen.content_hash)
        stukken.append((plan, herkomst))
    tmp = Path(tempfile.mkdtemp(prefix="bench_opslag_", dir=db_map))
    uit = []
    for n in range(binnen):
        db = open_database(f"sqlite:///{tmp / f'db{n}.sqlite'}")
        db.catalogus()
        plannen = [(copy.deepcopy(p), h) for p, h in stukken]
        begin = time.process_time()
        for plan, herkomst in plannen:
            with db.unit_of_work() as uow:
                importeer_plan(uow, plan, herkomst)
        uit.append((time.process_time() - begin) * 1000 / len(plannen))
        db.dispose()
    print(json.dumps(uit))


def uitgepakt(ref: str) -> Path:
    """The tree of commit ``ref`` of this repository, in a temporary folder."""
    doel = Path(tempfile.mkdtemp(prefix="bench_opslag_ref_"))
    data = subprocess.run(
        ["git", "-C", str(HIER), "archive", ref], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(doel, filter="data")
    return doel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tegen", default="main", help="commit to compare with (git ref)")
    parser.add_argument("--bestanden", type=int, default=40)
    parser.add_argument("--herhalingen", type=int, default=7)
    parser.add_argument("--binnen", type=int, default=3, help="repetitions per process")
    parser.add_argument("--map", type=Path, help="folder for the generated workbooks (kept)")
    parser.add_argument("--ingediend", action="store_true", help="store them as submitted")
    parser.add_argument(
        "--db-map",
        type=Path,
        help="folder for the databases; /dev/shm (no fsync cost) shows the Python part apart "
        "from the disk's commit times, which vary by a millisecond on a shared machine",
    )
    parser.add_argument("--kind", nargs=1, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    map_ = args.map or Path(tempfile.mkdtemp(prefix="bench_xlsx_"))
    if args.kind:
        kind(args.kind[0], map_, args.bestanden, args.binnen, args.ingediend, args.db_map)
        return
    sys.path.insert(0, str(HIER))
    from bench.bench_xlsx import maak_bestanden
    from domain.catalogue import Catalogus
    from resources import load_json

    map_.mkdir(parents=True, exist_ok=True)
    maak_bestanden(map_, args.bestanden, Catalogus.from_dict(load_json("reference.json")))
    kanten = {args.tegen: uitgepakt(args.tegen), "worktree": HIER}
    tijden: dict[str, list[float]] = {k: [] for k in kanten}
    for _ in range(args.herhalingen):
        for naam, root in kanten.items():
            opdracht = [sys.executable, __file__, "--kind", str(root), "--map", str(map_)]
            opdracht += ["--bestanden", str(args.bestanden), "--binnen", str(args.binnen)]
            if args.ingediend:
                opdracht.append("--ingediend")
            if args.db_map:
                opdracht += ["--db-map", str(args.db_map)]
            uit = subprocess.run(opdracht, check=True, capture_output=True, text=True).stdout
            tijden[naam] += json.loads(uit.strip().splitlines()[-1])
    soort = "submitted" if args.ingediend else "concept"
    waar = f", databases in {args.db_map}" if args.db_map else ""
    print(
        f"store step, ms CPU per workbook ({args.bestanden} {soort} plans, "
        f"{args.herhalingen}×{args.binnen} runs per side, interleaved{waar})"
    )
    for naam, t in tijden.items():
        print(f"  {naam:<24} min {min(t):6.3f}   median {statistics.median(t):6.3f}")


if __name__ == "__main__":
    main()
