"""A bulk import stores its files in groups (issue 13): one transaction per group, each file on
a savepoint. Per file, the result the assessor reads must be what is stored: also when the
database fails halfway through a group, when the import is cancelled, and when it is broken
off by an error. Stored plans are read back through a second connection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

import application.importeren as importeren
from application.database import open_database
from application.importeren import importeer_bestanden
from application.ports import Database
from domain.importing import ImportStatus
from exports.xlsx_writer import export_xlsx
from storage.repository import SqlPlanRepository
from tests.storage.plans import volledig_plan


@pytest.fixture(autouse=True)
def groep_zonder_tijdslimiet(monkeypatch) -> None:
    """A group is also committed after GROEP_SECONDEN; a slow machine must not change which
    files share a group here (the time limit has its own test)."""
    monkeypatch.setattr(importeren, "GROEP_SECONDEN", 3600.0)


@pytest.fixture
def werkmappen(tmp_path, catalogus) -> list[Path]:
    """Four workbooks of four different plans (titles "Plan 1" … "Plan 4")."""
    map_ = tmp_path / "werkmappen"
    map_.mkdir()
    paden = []
    for n in range(1, 5):
        pad = map_ / f"plan{n}.xlsx"
        export_xlsx(volledig_plan(regels=30, titel=f"Plan {n}"), catalogus, pad)
        paden.append(pad)
    return paden


def _titels(db: Database) -> list[str]:
    """What another program reads: committed plans only."""
    ander = open_database(db.url)
    try:
        with ander.engine.connect() as conn:  # type: ignore[attr-defined]
            return sorted(p.titel for p in SqlPlanRepository(conn).overview())
    finally:
        ander.dispose()


def _geimporteerd(uitkomsten) -> list[str]:
    return [u.titel for u in uitkomsten if u.status == ImportStatus.GEIMPORTEERD]


def test_the_files_of_a_bulk_import_are_stored_in_one_transaction(db, werkmappen):
    commits: list[object] = []
    savepoints: list[str] = []
    event.listen(db.engine, "commit", commits.append)
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda _c, _cur, sql, *_a: sql.startswith("SAVEPOINT") and savepoints.append(sql),
    )
    uitkomsten = importeer_bestanden(db, werkmappen)
    assert _geimporteerd(uitkomsten) == ["Plan 1", "Plan 2", "Plan 3", "Plan 4"]
    assert _titels(db) == ["Plan 1", "Plan 2", "Plan 3", "Plan 4"]
    assert len(savepoints) == 4  # each file whole or not at all …
    assert len(commits) == 1  # … and one commit for the group


def test_a_group_is_committed_when_it_is_full(db, werkmappen, monkeypatch):
    monkeypatch.setattr(importeren, "GROEP_BESTANDEN", 3)
    commits: list[object] = []
    event.listen(db.engine, "commit", commits.append)
    importeer_bestanden(db, werkmappen)
    assert len(commits) == 2  # files 1–3, then file 4
    assert _titels(db) == ["Plan 1", "Plan 2", "Plan 3", "Plan 4"]


def test_a_group_is_committed_when_it_has_held_the_database_long_enough(
    db, werkmappen, monkeypatch
):
    """On SQLite a group holds the write lock: another Wijkplan that saves waits meanwhile."""
    monkeypatch.setattr(importeren, "GROEP_SECONDEN", 0.0)
    commits: list[object] = []
    event.listen(db.engine, "commit", commits.append)
    importeer_bestanden(db, werkmappen)
    assert len(commits) == 4


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "beperkt.sqlite"))
    yield database
    database.dispose()


def _paginas_na(tmp_path: Path, paden: list[Path]) -> int:
    """The pages an SQLite database needs after importing ``paden`` (in a scratch file)."""
    kladblok = open_database(str(tmp_path / "kladblok.sqlite"))
    try:
        importeer_bestanden(kladblok, paden)
        with kladblok.engine.connect() as conn:  # type: ignore[attr-defined]
            return int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    finally:
        kladblok.dispose()


def test_when_the_disk_fills_halfway_a_group_each_file_is_stored_on_its_own_and_reported_so(
    sqlite_db, werkmappen, tmp_path
):
    """The database may hold files 1 and 2 but not 3: SQLite's page limit gives the same
    SQLITE_FULL as a full disk. Without storing the group's files again, files 1 and 2 would
    be reported imported while the rolled-back group took them along."""
    grens = _paginas_na(tmp_path, werkmappen[:2]) + 2

    def beperk(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={grens}")

    event.listen(sqlite_db.engine, "connect", beperk)
    sqlite_db.engine.dispose()  # new connections get the limit
    uitkomsten = importeer_bestanden(sqlite_db, werkmappen)
    assert [u.status for u in uitkomsten] == [
        ImportStatus.GEIMPORTEERD,
        ImportStatus.GEIMPORTEERD,
        ImportStatus.GEWEIGERD,
        ImportStatus.GEWEIGERD,
    ]
    for u in uitkomsten[2:]:
        assert "de schijf is vol" in u.regel(), u.regel()
    assert _titels(sqlite_db) == ["Plan 1", "Plan 2"]  # reported = stored


def test_cancel_keeps_the_files_already_imported(db, werkmappen):
    gezien: list[int] = []
    uitkomsten = importeer_bestanden(
        db,
        werkmappen,
        voortgang=lambda n, _t, _p: gezien.append(n),
        gestopt=lambda: len(gezien) >= 2,
    )
    assert _geimporteerd(uitkomsten) == ["Plan 1", "Plan 2"]
    assert _titels(db) == ["Plan 1", "Plan 2"]


def test_an_error_that_breaks_off_the_import_stores_nothing_of_the_open_group(db, werkmappen):
    def voortgang(n: int, _totaal: int, _pad: Path) -> None:
        if n == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl+C while file 3 was next

    with pytest.raises(KeyboardInterrupt):
        importeer_bestanden(db, werkmappen, voortgang=voortgang)
    assert _titels(db) == []  # no result was given, and nothing is half stored
    # The database is free again: the same files import completely.
    assert len(_geimporteerd(importeer_bestanden(db, werkmappen))) == 4


def test_no_automatic_cycle_collection_during_a_bulk_import_only_its_own_every_few_files(
    db, werkmappen, monkeypatch
):
    """application.zonder_gc: a full collection scans the whole process; the import pauses the
    collector and collects the young cycles itself every OPRUIMEN_PER files (memory stays
    flat), and the collector is on again afterwards, also after an error."""
    import gc

    monkeypatch.setattr(importeren, "OPRUIMEN_PER", 2)
    aan: list[bool] = []
    generaties: list[int] = []  # collections while the collector is paused: the import's own

    def bij_collectie(fase: str, info: dict) -> None:
        if fase == "start" and not gc.isenabled():
            generaties.append(info["generation"])

    gc.callbacks.append(bij_collectie)
    try:
        importeer_bestanden(db, werkmappen, voortgang=lambda *_a: aan.append(gc.isenabled()))
    finally:
        gc.callbacks.remove(bij_collectie)
    assert aan[:4] == [False] * 4  # while each file is read and stored
    assert gc.isenabled()
    assert generaties == [1, 1]  # after files 2 and 4: the young generations only

    def breek(n: int, _totaal: int, _pad: Path) -> None:
        if n == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        importeer_bestanden(db, werkmappen, voortgang=breek)
    assert gc.isenabled()
