from __future__ import annotations

from decimal import Decimal

import pytest

from domain.errors import PlanGewijzigd
from domain.model import Begrotingsregel, GekozenFactor, Wijk
from storage.database import open_database
from tests.storage.plans import volledig_plan


def _writes(statements: list[str]) -> list[str]:
    return [
        s.split()[0].upper()
        + " "
        + s.split()[2 if s.upper().startswith(("INSERT", "DELETE")) else 1]
        for s in statements
        if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def _stored(db, plan):
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()


def test_one_changed_amount_in_a_large_plan_is_one_row_update(db, count_statements):
    plan = volledig_plan(regels=2000)
    _stored(db, plan)
    plan.begroting[1234].bedrag = Decimal("4321.09")
    with db.unit_of_work() as uow, count_statements(db) as statements:
        uow.plans.update(plan)
        uow.commit()
    assert _writes(statements) == ["UPDATE plans", "UPDATE begrotingsregels"]
    # The budget UPDATE carries exactly one row's parameters.
    budget_params = [
        p
        for s, p in zip(statements, count_statements.params, strict=True)
        if s.startswith("UPDATE begrotingsregels")
    ]
    assert len(budget_params) == 1 and not isinstance(budget_params[0], list)
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_updating_an_unchanged_plan_writes_nothing(db, count_statements):
    plan = volledig_plan()
    _stored(db, plan)
    with db.unit_of_work() as uow, count_statements(db) as statements:
        uow.plans.update(plan)
        uow.commit()
    assert _writes(statements) == []


def test_a_changed_title_updates_only_the_plans_row(db, count_statements):
    plan = volledig_plan()
    _stored(db, plan)
    plan.titel = "Nieuwe titel"
    with db.unit_of_work() as uow, count_statements(db) as statements:
        uow.plans.update(plan)
        uow.commit()
    assert _writes(statements) == ["UPDATE plans"]


@pytest.fixture(params=["remembered", "from the database"])
def writer(request, db):
    """Saves through the same Database (which remembers what it stored) or a fresh one (which
    must compare with the database rows): both must leave exactly the plan behind."""
    if request.param == "remembered":
        yield db
        return
    fresh = open_database(db.url)
    yield fresh
    fresh.dispose()


def test_added_removed_and_reordered_parts_are_stored(db, writer):
    plan = volledig_plan()
    _stored(db, plan)
    plan.begroting.pop(3)
    plan.begroting.append(Begrotingsregel(jaar=2024, omschrijving="nieuw", bedrag=Decimal("5")))
    plan.interventies.reverse()
    plan.wijken.insert(0, Wijk("WK051803", "Bouwlust", "nieuw"))
    plan.probleemanalyse.beschermende_factoren.append(GekozenFactor("B02", "x"))
    plan.probleemanalyse.risicofactoren.pop(0)
    ind = plan.indicatoren[0]
    ind.streefwaarden.pop(2024)
    ind.streefwaarden[2025] = Decimal("99.99")
    plan.doelgroepen.pop()
    plan.interventies[0].factoren.append("R09")
    plan.interventies[1].doelgroep_ids.clear()
    with writer.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_removing_an_indicator_removes_its_targets(db):
    plan = volledig_plan()
    _stored(db, plan)
    plan.indicatoren.clear()
    with db.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
        assert uow.plans.get(plan.id).indicatoren == []
        n = uow.connection.exec_driver_sql("SELECT count(*) FROM streefwaarden").scalar()
    assert n == 0


def test_a_budget_line_may_point_at_a_missing_intervention(db):
    # Validation reports it; storage must not refuse the plan the user is still fixing.
    plan = volledig_plan(regels=1)
    plan.begroting[0].interventie_id = "weg"
    _stored(db, plan)
    plan.interventies.clear()
    with db.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
        assert uow.plans.get(plan.id).begroting[0].interventie_id == "weg"


def _elsewhere(db, plan) -> None:
    elsewhere = open_database(db.url, gebruiker="een ander")  # another window, own memory
    try:
        with elsewhere.unit_of_work() as uow:
            theirs = uow.plans.get(plan.id)
            theirs.begroting[0].omschrijving = "door een ander"
            theirs.indicatoren[0].streefwaarden[2023] = Decimal("1.00")
            uow.plans.update(theirs)
            uow.commit()
    finally:
        elsewhere.dispose()


def test_a_save_based_on_a_copy_older_than_a_change_made_elsewhere_is_refused(db):
    plan = volledig_plan()
    _stored(db, plan)
    _elsewhere(db, plan)
    plan.begroting[5].bedrag = Decimal("5.55")
    with db.unit_of_work() as uow, pytest.raises(PlanGewijzigd, match="door een ander"):
        uow.plans.update(plan)
    with db.unit_of_work() as uow:
        stored = uow.plans.get(plan.id)
    assert stored.begroting[0].omschrijving == "door een ander"  # nothing lost
    assert stored.begroting[5].bedrag != Decimal("5.55")  # nothing merged


def test_a_plan_from_a_file_replaces_a_change_made_elsewhere_and_is_what_remains(db):
    plan = volledig_plan()
    _stored(db, plan)
    _elsewhere(db, plan)
    plan.begroting[5].bedrag = Decimal("5.55")
    plan.versie = None  # read from a file: the import rule decided that the file wins
    with db.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan  # not a mix of both


def test_what_a_rolled_back_save_wrote_is_not_remembered(db):
    plan = volledig_plan()
    _stored(db, plan)
    plan.begroting[0].bedrag = Decimal("7.77")
    with db.unit_of_work() as uow:
        uow.plans.update(plan)  # no commit: rolled back
    with db.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id).begroting[0].bedrag == Decimal("7.77")


def test_only_changed_targets_of_an_indicator_are_written(db, count_statements):
    plan = volledig_plan()
    _stored(db, plan)
    plan.indicatoren[0].streefwaarden[2024] = Decimal("1.00")
    with db.unit_of_work() as uow, count_statements(db) as statements:
        uow.plans.update(plan)
        uow.commit()
    assert _writes(statements) == ["UPDATE plans", "UPDATE streefwaarden"]
