"""Two ``import-xlsx`` processes on one SQLite file (two assessors' imports, or the app open
while a bulk import runs): both finish, every file is imported by exactly one of them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from exports.xlsx_writer import export_xlsx
from storage.database import open_database
from tests.cli.conftest import MAIN
from tests.storage.plans import volledig_plan

RONDES = 20
BESTANDEN = 3


@pytest.mark.slow
def test_two_imports_on_one_file_both_finish_and_each_file_is_imported_once(tmp_path, catalogus):
    sjabloon = tmp_path / "sjabloon.sqlite"
    open_database(f"sqlite:///{sjabloon}").dispose()  # migrated and seeded once
    env = {**os.environ, "WIJKPLAN_DATA_DIR": str(tmp_path / "data"), "PYTHONUTF8": "1"}
    uitslag = {"geïmporteerd": 0, "overgeslagen": 0}
    map_ = tmp_path / "bestanden"
    map_.mkdir()
    namen = [f"plan{n}.xlsx" for n in range(BESTANDEN)]
    for naam in namen:
        export_xlsx(volledig_plan(regels=20), catalogus, map_ / naam)
    for ronde in range(RONDES):  # each round on a fresh copy of the same empty database
        db = tmp_path / f"ronde{ronde}.sqlite"
        shutil.copyfile(sjabloon, db)
        # The second goes through the files the other way round: they meet in the middle.
        volgordes = (namen, namen[::-1])
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(MAIN),
                    "import-xlsx",
                    *(str(map_ / f) for f in volgorde),
                    "--db",
                    str(db),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=tmp_path,
            )
            for volgorde in volgordes
        ]
        uit = [p.communicate(timeout=120) for p in procs]
        for p, (stdout, stderr) in zip(procs, uit, strict=True):
            assert p.returncode == 0, f"ronde {ronde}: {stdout}\n{stderr}"
            assert "Traceback" not in stderr and "onverwachte fout" not in stderr, stderr
            assert "locked" not in stderr and "SQL" not in stderr, stderr
        per_bestand: dict[str, list[str]] = {naam: [] for naam in namen}
        for stdout, _ in uit:
            for regel in stdout.splitlines():
                naam, status = regel.split("\t")[:2]
                per_bestand[naam].append(status)
        for naam, statussen in per_bestand.items():
            assert sorted(statussen) == ["geïmporteerd", "overgeslagen"], (ronde, naam, uit)
            for s in statussen:
                uitslag[s] += 1
        check = open_database(f"sqlite:///{db}")
        try:
            with check.unit_of_work() as uow:
                assert len(uow.plans.overview()) == BESTANDEN
        finally:
            check.dispose()
    assert uitslag == {"geïmporteerd": RONDES * BESTANDEN, "overgeslagen": RONDES * BESTANDEN}
