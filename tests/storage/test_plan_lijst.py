"""Issue 13: the plan list read with ``sqlite3`` only is the list the ORM path gives.

A real SQLite file with everything issue 10 flags: a submitted revision with a newer concept
imported beside it, a file edited after its export, two plans for the same gemeente and round,
a plan without budget lines, amounts in every cent; compared row for row (same columns, flags,
order) with ``application.plannen.overzicht``. And the cases where the fast read must step
aside so that ``open_database`` can create, migrate or explain.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from application.database import laad_demo
from application.importeren import importeer_bestanden
from application.plannen import nieuw_plan, overzicht
from domain.model import Status
from exports.xlsx_writer import export_xlsx
from storage import migrate
from storage.database import open_database
from storage.plan_lijst import lees_plannen, sqlite_bestand
from tests.excel.voorbeeld import voorbeeldplan


@pytest.fixture
def db(sqlite_url):
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def _vul(db, catalogus, tmp_path: Path) -> None:
    laad_demo(db)
    plan = voorbeeldplan()
    # A submitted revision, then a newer concept of it: the list shows r1 with r2 beside it.
    r1 = replace(plan, status=Status.INGEDIEND)
    export_xlsx(r1, catalogus, tmp_path / "r1.xlsx")
    r2 = replace(
        plan,
        revisie=2,
        begroting=[replace(r, bedrag=r.bedrag + Decimal("1.07")) for r in plan.begroting[:3]],
    )
    export_xlsx(r2, catalogus, tmp_path / "r2.xlsx")
    # A second plan for the same gemeente and round, edited after its export.
    tweede = replace(
        plan,
        id="0d7f3c1e-0000-4000-8000-000000000002",
        titel="Nog een plan",
        status=Status.INGEDIEND,
    )
    export_xlsx(tweede, catalogus, tmp_path / "tweede.xlsx")
    wb = load_workbook(tmp_path / "tweede.xlsx")
    wb["Begroting"]["I2"].value = 5.01
    wb.save(tmp_path / "tweede.xlsx")
    for naam in ("r1.xlsx", "r2.xlsx", "tweede.xlsx"):
        importeer_bestanden(db, [tmp_path / naam])
    nieuw_plan(db, plan.gemeente_code, plan.ronde_code, "Leeg plan zonder begroting")


def test_the_fast_read_gives_the_same_rows_as_the_orm(db, catalogus, tmp_path):
    _vul(db, catalogus, tmp_path)
    orm = overzicht(db)
    snel = lees_plannen(db.url)
    assert snel == orm
    # The database really holds what the list must flag (else the comparison proves little).
    assert any(r.concept_revisie == 2 and r.revisie == 1 for r in snel)
    assert any(r.gewijzigd_na_export for r in snel)
    assert sum(r.dubbel for r in snel) >= 3
    assert any(r.totaal_gevraagd == Decimal("0.00") for r in snel)
    assert len(snel) >= 7
    assert [r.opmerkingen() for r in snel] == [r.opmerkingen() for r in orm]
    assert all(isinstance(r.status, Status) for r in snel)


def test_a_changed_plan_is_read_anew(db, catalogus, tmp_path):
    _vul(db, catalogus, tmp_path)
    eerste = lees_plannen(db.url)
    assert eerste is not None
    with db.unit_of_work() as uow:
        plan = uow.plans.get(next(r.id for r in eerste if r.titel == "Leeg plan zonder begroting"))
    plan.titel = "Aaa eerst"
    from application.plannen import bewaar

    bewaar(db, plan)
    assert lees_plannen(db.url) == overzicht(db) != eerste


def test_an_older_schema_is_left_to_open_database(db):
    laad_demo(db)
    with sqlite3.connect(sqlite_bestand(db.url)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (migrate.REVISIONS[-2],))
    assert lees_plannen(db.url) is None
    with sqlite3.connect(sqlite_bestand(db.url)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert lees_plannen(db.url) is None


def test_a_missing_file_is_not_created(tmp_path):
    url = f"sqlite:///{tmp_path / 'map' / 'nieuw.sqlite'}"
    assert lees_plannen(url) is None
    assert lees_plannen(f"sqlite:///{tmp_path / 'nieuw.sqlite'}") is None
    assert list(tmp_path.iterdir()) == []


def test_what_is_not_a_plain_sqlite_file_goes_the_usual_way(tmp_path):
    kapot = tmp_path / "kapot.sqlite"
    kapot.write_bytes(b"geen database" * 100)
    assert lees_plannen(f"sqlite:///{kapot}") is None
    leeg = tmp_path / "leeg.sqlite"
    sqlite3.connect(leeg).close()
    assert lees_plannen(f"sqlite:///{leeg}") is None
    assert sqlite_bestand("postgresql+psycopg://u:p@host/db") is None
    assert sqlite_bestand("sqlite://") is None
    assert sqlite_bestand("sqlite:///:memory:") is None
    assert sqlite_bestand(f"sqlite:///{leeg}?mode=ro") is None
    assert sqlite_bestand(f"sqlite:///{leeg}") == leeg
