from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from domain.errors import PlanBevroren, PlanNietGevonden
from domain.model import Status
from domain.serialize import content_hash
from tests.storage.plans import volledig_plan


@pytest.fixture
def submitted(db):
    plan = volledig_plan()
    plan.status = Status.INGEDIEND
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.plans.add_snapshot(plan)
        uow.commit()
    return plan


def test_a_snapshot_gives_back_the_plan_as_it_was_submitted(db, submitted):
    with db.unit_of_work() as uow:
        live = uow.plans.get(submitted.id)
        live.status, live.revisie, live.titel = Status.CONCEPT, 2, "later gewijzigd"
        uow.plans.update(live)
        uow.commit()
        assert uow.plans.snapshot(submitted.id, 1) == submitted
        [info] = uow.plans.snapshots(submitted.id)
    assert (info.revisie, info.status, info.content_hash) == (
        1,
        Status.INGEDIEND,
        content_hash(submitted),
    )


def test_a_revision_is_frozen_only_once(db, submitted):
    with db.unit_of_work() as uow, pytest.raises(PlanBevroren, match="al vastgelegd"):
        uow.plans.add_snapshot(submitted)


def test_the_database_itself_refuses_to_change_or_delete_a_snapshot(db, submitted):
    for sql in ("UPDATE snapshots SET inhoud = '{}'", "DELETE FROM snapshots"):
        with pytest.raises(DBAPIError, match="ingediende revisie"), db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with db.unit_of_work() as uow:
        assert uow.plans.snapshot(submitted.id, 1) == submitted


def test_a_plan_with_a_snapshot_cannot_be_deleted(db, submitted):
    with db.unit_of_work() as uow, pytest.raises(PlanBevroren):
        uow.plans.delete(submitted.id)
    with db.unit_of_work() as uow:
        assert uow.plans.exists(submitted.id)


def test_asking_for_a_revision_that_was_never_submitted_says_so(db, submitted):
    with db.unit_of_work() as uow, pytest.raises(PlanNietGevonden, match="revisie 7"):
        uow.plans.snapshot(submitted.id, 7)
