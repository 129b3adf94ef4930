"""Faults below the repository become Dutch errors that name the file and the cause."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from domain.errors import OpslagFout
from domain.services import bewaar_plan
from storage.database import DatabaseFout, open_database
from tests.storage.plans import volledig_plan


def test_a_write_waits_for_another_program_that_holds_the_file_and_then_succeeds(tmp_path):
    pad = tmp_path / "gedeeld.sqlite"
    db = open_database(f"sqlite:///{pad}", wachttijd=30)
    ander = sqlite3.connect(pad, isolation_level=None, check_same_thread=False)
    try:
        ander.execute("BEGIN IMMEDIATE")  # another Wijkplan in the middle of an import
        vrij = threading.Timer(0.5, lambda: ander.execute("COMMIT"))
        vrij.start()
        plan = volledig_plan()
        with db.unit_of_work() as uow:
            bewaar_plan(uow, plan)
        vrij.join()
        with db.unit_of_work() as uow:
            assert uow.plans.get(plan.id) == plan
    finally:
        ander.close()
        db.dispose()


def test_when_waiting_is_not_enough_the_message_names_the_file_and_the_other_program(tmp_path):
    pad = tmp_path / "gedeeld.sqlite"
    db = open_database(f"sqlite:///{pad}", wachttijd=0.3)
    ander = sqlite3.connect(pad, isolation_level=None)
    try:
        ander.execute("BEGIN IMMEDIATE")
        begin = time.monotonic()
        with pytest.raises(OpslagFout) as fout, db.unit_of_work() as uow:
            bewaar_plan(uow, volledig_plan())
        assert time.monotonic() - begin >= 0.3  # it did wait
        assert fout.value.soort == OpslagFout.BEZET
        bericht = str(fout.value)
        assert str(pad) in bericht and "ander Wijkplan" in bericht
        assert "SQL" not in bericht and "locked" not in bericht
    finally:
        ander.close()
        db.dispose()
    ander_db = open_database(f"sqlite:///{pad}")
    try:
        with ander_db.unit_of_work() as uow:
            assert uow.plans.overview() == []  # nothing half stored
    finally:
        ander_db.dispose()


def test_a_database_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created(tmp_path):
    pad = tmp_path / "plannen_tikfout" / "wijkplan.sqlite"
    with pytest.raises(DatabaseFout) as fout:
        open_database(f"sqlite:///{pad}")
    assert fout.value.soort == OpslagFout.MAP_ONTBREEKT
    assert f"de map '{pad.parent}' bestaat niet" in str(fout.value)
    assert not pad.parent.exists()


def test_the_default_data_folder_is_still_created(tmp_path, monkeypatch):
    from storage.paths import DATA_DIR_ENV, DATABASE_FILE

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "nieuw" / "data"))
    db = open_database()
    db.dispose()
    assert (tmp_path / "nieuw" / "data" / DATABASE_FILE).is_file()


def test_a_file_that_is_not_a_database_is_named_as_such(tmp_path):
    pad = tmp_path / "plannen.sqlite"
    pad.write_bytes(b"dit is een spreadsheet, geen database" * 200)
    with pytest.raises(DatabaseFout) as fout:
        open_database(f"sqlite:///{pad}")
    assert fout.value.soort == OpslagFout.GEEN_DATABASE
    assert str(pad) in str(fout.value) and "geen Wijkplan-database" in str(fout.value)
    assert "Controleer het adres" not in str(fout.value)
