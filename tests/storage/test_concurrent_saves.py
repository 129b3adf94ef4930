from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import event

from domain.errors import PlanGewijzigd
from storage.database import open_database
from tests.pg import temporary_database
from tests.storage.plans import volledig_plan


@pytest.fixture
def pg_url(pg_server_url):
    with temporary_database(pg_server_url) as url:
        yield url


def _race(pg_url, *, uit_bestand: bool):
    """Assessor B commits between A's read of the stored plan and A's write."""
    a_db, b_db = open_database(pg_url, gebruiker="A"), open_database(pg_url, gebruiker="B")
    try:
        plan = volledig_plan()
        with a_db.unit_of_work() as uow:
            uow.plans.add(plan)
            uow.commit()
        if uit_bestand:
            plan.versie = None  # a plan read from a file: the import rule lets it replace

        def b_commits_first() -> None:
            with b_db.unit_of_work() as uow:
                theirs = uow.plans.get(plan.id)
                theirs.begroting[0].omschrijving = "door B"
                theirs.wijken[0].naam = "door B"
                uow.plans.update(theirs)
                uow.commit()

        raced = []

        def before(conn, cursor, statement, parameters, context, executemany):
            if statement.startswith("UPDATE plans") and not raced:
                raced.append(True)
                b_commits_first()

        plan.begroting[3].bedrag = Decimal("3.33")
        event.listen(a_db.engine, "before_cursor_execute", before)
        try:
            with a_db.unit_of_work() as uow:
                uow.plans.update(plan)
                uow.commit()
        finally:
            event.remove(a_db.engine, "before_cursor_execute", before)
        assert raced
        with a_db.unit_of_work() as uow:
            return plan, uow.plans.get(plan.id)
    finally:
        a_db.dispose()
        b_db.dispose()


@pytest.mark.postgres
def test_a_stale_save_that_loses_the_race_is_refused_and_the_other_writers_change_stays(pg_url):
    with pytest.raises(PlanGewijzigd) as refused:
        _race(pg_url, uit_bestand=False)
    assert refused.value.door == "B" and refused.value.versie == 2 and refused.value.basis == 1


@pytest.mark.postgres
def test_an_imported_plan_that_loses_the_race_compares_again_with_what_the_other_committed(
    pg_url,
):
    """A plan from a file replaces what is stored (the import rule decided so): its write must
    not be based on the state it read, and the database must end up exactly as the file."""
    plan, stored = _race(pg_url, uit_bestand=True)
    assert stored == plan
