"""kill -9 at random moments of import, export and submit: nothing corrupt, nothing half.

After every kill: ``PRAGMA integrity_check`` is ok; every plan in the database has exactly the
parts of the plan it came from (no half plan); a submitted plan has its frozen snapshot;
every export target is absent or complete (no half file). Then nine kills aimed at the
exports' write window (as soon as their temp file appears), and at the end the same exports run
once more: no ``.NAME.xxxx.tmp`` is left beside any target.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from domain.demo import demo_plannen
from domain.model import Plan, new_id
from exports.json_exchange import export_json
from exports.xlsx_writer import export_xlsx
from storage import schema as s
from storage.database import open_database
from storage.mapping import part_rows
from tests.cli.conftest import MAIN
from tests.storage.plans import volledig_plan

KILLS = 100
MAX_POGINGEN = 260  # a run that finished before its kill does not count; bounded anyway


def _onderdelen(plan: Plan) -> dict[str, int]:
    return {t: len(rows) for t, rows in part_rows(plan).items()}


def _controleer_database(pad: Path, verwacht: dict[str, dict[str, int]]) -> None:
    con = sqlite3.connect(pad)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plannen = dict(con.execute("SELECT id, status FROM plans").fetchall())
        for table in s.PLAN_PARTS:
            telling = dict(
                con.execute(f"SELECT plan_id, count(*) FROM {table.name} GROUP BY plan_id")
            )
            for plan_id in plannen:
                assert telling.get(plan_id, 0) == verwacht[plan_id][table.name], (
                    f"half plan {plan_id}: {table.name}"
                )
        bevroren = {r[0] for r in con.execute("SELECT plan_id FROM snapshots")}
        for plan_id, status in plannen.items():
            assert (status != "concept") == (plan_id in bevroren), plan_id
    finally:
        con.close()


def _controleer_bestanden(uit: Path) -> set[str]:
    """Checks every finished file; returns the temp files kills left (removed later)."""
    tijdelijk = set()
    for p in uit.iterdir():
        if p.name.startswith("."):
            tijdelijk.add(p.name)  # a kill in the write window: the next export removes it
            continue
        data = p.read_bytes()
        if p.suffix == ".json":
            json.loads(data)
        elif p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                assert z.testzip() is None, p
        elif p.suffix == ".pdf":
            assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:], p
    return tijdelijk


@pytest.mark.slow
def test_a_hundred_kills_leave_no_corrupt_database_no_half_plan_and_no_half_file(
    tmp_path, catalogus
):
    rnd = random.Random(9)
    db = tmp_path / "wijkplan.sqlite"
    verwacht: dict[str, dict[str, int]] = {}
    groot = volledig_plan(regels=300)
    compleet = demo_plannen(catalogus)[0]
    in_map = tmp_path / "in"
    in_map.mkdir()
    database = open_database(f"sqlite:///{db}")
    try:
        with database.unit_of_work() as uow:
            uow.plans.add(groot)
            for _ in range(40):  # plans to submit, one per submit attempt
                kopie = demo_plannen(catalogus)[0]
                kopie.id = new_id()
                uow.plans.add(kopie)
                verwacht[kopie.id] = _onderdelen(kopie)
            uow.commit()
            in_te_dienen = [p.id for p in uow.plans.overview() if p.id != groot.id]
    finally:
        database.dispose()
    verwacht[groot.id] = _onderdelen(groot)
    for n in range(2):
        plan = volledig_plan(regels=100)
        export_xlsx(plan, catalogus, in_map / f"werkmap{n}.xlsx")
        verwacht[plan.id] = _onderdelen(plan)
    jsons = []
    for n in range(6):
        plan = volledig_plan(regels=300)
        pad = in_map / f"plan{n}.json"
        pad.write_bytes(export_json(plan))
        jsons.append(pad)
        verwacht[plan.id] = _onderdelen(plan)
    verwacht[compleet.id] = _onderdelen(compleet)

    uit = tmp_path / "uit"
    uit.mkdir()
    exports = {
        "export-xlsx": ["export-xlsx", groot.id, "-o", str(uit / "groot.xlsx")],
        "export-json": ["export-json", groot.id, "-o", str(uit / "groot.json")],
        "export-pdf": ["export-pdf", groot.id, "-o", str(uit / "groot.pdf")],
    }

    def opdracht(soort: str) -> list[str]:
        if soort in exports:
            return exports[soort]
        if soort == "import-xlsx":
            return ["import-xlsx", str(in_map)]
        if soort == "import-json":
            return ["import-json", str(rnd.choice(jsons))]
        return ["submit", in_te_dienen.pop() if in_te_dienen else groot.id]

    env = {**os.environ, "WIJKPLAN_DATA_DIR": str(tmp_path / "data"), "PYTHONUTF8": "1"}

    def start(args: list[str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, str(MAIN), *args, "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )

    # How long each run takes uninterrupted: the kills land anywhere inside that time.
    duur: dict[str, float] = {}
    for soort in ("import-xlsx", "import-json", *exports, "submit"):
        begin = time.monotonic()
        p = start(opdracht(soort))
        _, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr.decode()
        duur[soort] = time.monotonic() - begin

    kills = klaar = 0
    achtergelaten: set[str] = set()
    soorten = list(duur)
    for _ in range(MAX_POGINGEN):
        if kills >= KILLS:
            break
        soort = rnd.choice(soorten)
        p = start(opdracht(soort))
        time.sleep(rnd.uniform(0.05, 0.6) * duur[soort])  # the first, timed run is the slowest
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        else:
            klaar += 1
        _, stderr = p.communicate(timeout=300)
        assert b"Traceback" not in stderr, stderr.decode()
        _controleer_database(db, verwacht)
        achtergelaten |= _controleer_bestanden(uit)
    assert kills >= KILLS, f"only {kills} kills ({klaar} runs finished first)"
    print(
        f"{kills} kills, {klaar} runs finished before their kill, {len(achtergelaten)} "
        f"temp files left by kills (all removed), seconds per run {duur}"
    )

    # Kills aimed at the write window: as soon as a new temp file appears beside the target
    # (random moments rarely land there: most of a run is start-up and rendering).
    geraakt = 0
    for _ in range(3):
        for args in exports.values():
            doel = Path(args[-1])
            voor = {p.name for p in uit.iterdir()}
            p = start(args)
            while p.poll() is None:
                nieuw = [
                    e.name
                    for e in os.scandir(uit)
                    if e.name.startswith(f".{doel.name}.") and e.name not in voor
                ]
                if nieuw:
                    p.send_signal(signal.SIGKILL)
                    geraakt += 1
                    achtergelaten.update(nieuw)
                    break
                time.sleep(0.0005)
            p.wait(timeout=300)
            _controleer_bestanden(uit)
    assert geraakt > 0, "no kill landed in a write window"
    print(f"{geraakt} of 9 aimed kills landed in the write window")

    for args in exports.values():  # the next export removes what a kill left
        p = start(args)
        assert p.wait(timeout=300) == 0
    assert sorted(p.name for p in uit.iterdir()) == ["groot.json", "groot.pdf", "groot.xlsx"]
    _controleer_bestanden(uit)
    _controleer_database(db, verwacht)
