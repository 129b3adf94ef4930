from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import insert, inspect, text

from storage import migrate
from storage import schema as s
from storage.database import DatabaseFout, create_wijkplan_engine, open_database
from storage.mapping import part_rows, plan_row
from tests.storage.oude_referentie import vul_oude_referentie
from tests.storage.plans import volledig_plan


def test_head_constant_names_the_newest_migration_script():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == migrate.HEAD
    assert [r.revision for r in reversed(list(scripts.walk_revisions()))] == list(migrate.REVISIONS)


def test_a_database_made_by_the_first_migration_upgrades_with_its_plan_intact(db_url):
    plan = volledig_plan(regels=30)
    made = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
    engine = create_wijkplan_engine(db_url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        vul_oude_referentie(conn)
        # Written with plain inserts of the columns 0001 has: no code of a later version.
        # Only the columns and tables 0001 has (later fields are empty in this plan).
        bestaand = inspect(conn)
        kolommen = {c["name"] for c in bestaand.get_columns("plans")}
        row = {k: v for k, v in plan_row(plan).items() if k in kolommen}
        conn.execute(insert(s.plans).values(**row, aangemaakt_op=made))
        for table in s.PLAN_PARTS:
            if not bestaand.has_table(table.name):
                continue
            rows = [{"plan_id": plan.id, **r} for r in part_rows(plan)[table.name].values()]
            if rows:
                conn.execute(insert(table), rows)
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    engine.dispose()

    db = open_database(db_url)
    try:
        with db.unit_of_work() as uow:
            assert uow.plans.get(plan.id) == plan
            stamp = uow.connection.execute(text("SELECT gewijzigd_op FROM plans")).scalar()
            version = uow.connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar() == migrate.HEAD
        assert stamp is not None
        assert db.catalogus().gemeente("GM0518") is not None
    finally:
        db.dispose()


def test_the_migrated_schema_is_exactly_the_schema_the_code_uses(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), s.metadata)
    assert diff == []


def test_a_database_of_a_newer_wijkplan_is_refused_in_dutch(db_url):
    open_database(db_url).dispose()
    engine = create_wijkplan_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseFout, match="nieuwere versie van Wijkplan"):
        open_database(db_url)


def test_an_unreachable_server_is_reported_in_dutch_without_a_driver_traceback():
    with pytest.raises(DatabaseFout, match="kan niet worden geopend"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_an_old_database_gets_the_rubric_after_the_assessment_migration(db_url):
    engine = create_wijkplan_engine(db_url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0006")
        vul_oude_referentie(conn)
    engine.dispose()
    db = open_database(db_url)
    try:
        with db.unit_of_work() as uow:
            criteria = uow.beoordelingen.criteria("2022")
        assert [c.code for c in criteria][:2] == ["probleemanalyse", "wijkgericht"]
        assert len(criteria) == 7
    finally:
        db.dispose()


def test_the_duplicate_check_of_an_import_reads_an_index_not_the_whole_plans_table(tmp_path):
    """Migration 0009 (issue 13): every imported workbook asks which other plans its gemeente
    has in the same ronde; without the index SQLite scans every plan (12 ms at 4,000 plans)."""
    from storage.herkomst import _ZELFDE_GEMEENTE_EN_RONDE

    db = open_database(f"sqlite:///{tmp_path / 'index.sqlite'}")
    try:
        with db.unit_of_work() as uow:
            sql = str(_ZELFDE_GEMEENTE_EN_RONDE.compile(uow.connection))
            plan = uow.connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, ("GM0363", "2026", "x")
            ).all()
        details = " ".join(str(r[-1]) for r in plan)
        assert "USING INDEX ix_plans_gemeente_ronde" in details, details
    finally:
        db.dispose()
