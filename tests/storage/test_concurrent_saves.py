from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import event

from storage.database import open_database
from tests.pg import temporary_database
from tests.storage.plans import volledig_plan


@pytest.fixture
def pg_url(pg_server_url):
    with temporary_database(pg_server_url) as url:
        yield url


@pytest.mark.postgres
def test_a_save_that_loses_the_race_compares_again_with_what_the_other_committed(pg_url):
    """Assessor B commits between A's read of the plan and A's write: A's write must not be
    based on the state it read, and the database must end up exactly as A's plan."""
    a_db, b_db = open_database(pg_url), open_database(pg_url)
    try:
        plan = volledig_plan()
        with a_db.unit_of_work() as uow:
            uow.plans.add(plan)
            uow.commit()

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
            assert uow.plans.get(plan.id) == plan
    finally:
        a_db.dispose()
        b_db.dispose()
