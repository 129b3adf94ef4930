"""storage.batch: units of work in one transaction, each on a savepoint (issue 13).

Real databases (an SQLite file and the PostgreSQL server); what is stored is read back through
a second, independent connection, the way another assessor's Wijkplan would see it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from domain.errors import OpslagFout
from storage.database import Database, open_database
from storage.repository import SqlPlanRepository
from tests.storage.plans import volledig_plan


@pytest.fixture
def ander(db: Database, db_url) -> Iterator[Database]:
    """Another program on the same database, opened before the batch takes the write lock."""
    database = open_database(db_url)
    yield database
    database.dispose()


def _titels(ander: Database) -> list[str]:
    """What another program sees: committed plans only."""
    # A reader (a unit of work would wait for the batch's write lock).
    with ander.engine.connect() as conn:
        return sorted(p.titel for p in SqlPlanRepository(conn).overview())


def test_units_on_savepoints_are_stored_together_at_the_batch_commit(db: Database, ander: Database):
    commits: list[object] = []
    event.listen(db.engine, "commit", commits.append)
    with db.batch() as batch:
        for titel in ("A", "B"):
            with batch.unit_of_work() as uow:
                uow.plans.add(volledig_plan(titel=titel))
                uow.commit()
        assert batch.open
        assert _titels(ander) == []  # nothing is durable before the batch's commit
        batch.commit()
        assert not batch.open
    assert _titels(ander) == ["A", "B"]
    assert len(commits) == 1  # one transaction for both


def test_a_unit_left_without_commit_or_with_an_error_is_rolled_back_to_its_savepoint(
    db: Database, ander: Database
):
    with db.batch() as batch:
        with batch.unit_of_work() as uow:
            uow.plans.add(volledig_plan(titel="blijft 1"))
            uow.commit()
        with batch.unit_of_work() as uow:
            uow.plans.add(volledig_plan(titel="zonder commit"))
        with pytest.raises(ValueError), batch.unit_of_work() as uow:
            uow.plans.add(volledig_plan(titel="met een fout"))
            raise ValueError("a bug in the caller")
        with batch.unit_of_work() as uow:
            uow.plans.add(volledig_plan(titel="blijft 2"))
            uow.commit()
        assert not batch.gebroken  # an error of the caller is not a database fault
        batch.commit()
    assert _titels(ander) == ["blijft 1", "blijft 2"]


def test_leaving_a_batch_without_commit_stores_nothing_and_releases_the_database(
    db: Database, ander: Database
):
    with db.batch() as batch, batch.unit_of_work() as uow:
        uow.plans.add(volledig_plan(titel="weg"))
        uow.commit()
    assert _titels(ander) == []
    with db.unit_of_work() as uow:  # the write lock is free again
        uow.plans.add(volledig_plan(titel="daarna"))
        uow.commit()
    assert _titels(ander) == ["daarna"]


def test_a_database_fault_inside_a_unit_breaks_the_batch_in_dutch_and_stores_nothing(
    tmp_path,
):
    """SQLite's own page limit (``max_page_count``) gives the same SQLITE_FULL as a full disk."""
    url = f"sqlite:///{tmp_path / 'klein.sqlite'}"
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            pagina_s = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

        def beperk(dbapi_conn, _record) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count={pagina_s + 40}")

        event.listen(db.engine, "connect", beperk)
        db.engine.dispose()  # new connections get the limit
        with db.batch() as batch:
            with batch.unit_of_work() as uow:
                uow.plans.add(volledig_plan(regels=2, titel="klein"))
                uow.commit()
            with pytest.raises(OpslagFout) as fout, batch.unit_of_work() as uow:
                uow.plans.add(volledig_plan(regels=3000, titel="te groot"))
            assert "de schijf is vol" in str(fout.value)
            assert batch.gebroken
            with pytest.raises(RuntimeError):  # only rollback is left
                batch.unit_of_work().__enter__()
            batch.rollback()
            assert not batch.gebroken and not batch.open
    finally:
        db.dispose()
    ander = open_database(url)
    try:
        assert _titels(ander) == []  # "klein" was in the broken batch: not stored either
    finally:
        ander.dispose()
