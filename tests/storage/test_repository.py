from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from domain.errors import OngeldigeInvoer, PlanNietGevonden
from domain.model import Plan, Status
from domain.serialize import plan_to_dict
from tests.storage.plans import volledig_plan


def test_a_full_plan_comes_back_identical_after_storing(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        loaded = uow.plans.get(plan.id)
    assert loaded == plan
    assert plan_to_dict(loaded) == plan_to_dict(plan)
    assert all(type(r.bedrag) is Decimal for r in loaded.begroting)


def test_an_empty_plan_without_gemeente_can_be_stored_and_read(db):
    plan = Plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_amounts_keep_their_cents_exactly(db):
    plan = volledig_plan(regels=3)
    plan.begroting[0].bedrag = Decimal("999999999.99")
    plan.begroting[1].bedrag = Decimal("0.01")
    plan.begroting[2].bedrag = Decimal("-12.30")
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
        loaded = uow.plans.get(plan.id)
        [row] = uow.plans.overview()
    assert [r.bedrag for r in loaded.begroting] == [
        Decimal("999999999.99"),
        Decimal("0.01"),
        Decimal("-12.30"),
    ]
    assert row.totaal_gevraagd == Decimal("999999987.70")


def test_an_amount_too_large_for_the_column_is_refused_in_dutch(db):
    plan = volledig_plan(regels=1)
    plan.begroting[0].bedrag = Decimal("1000000000000")
    with db.unit_of_work() as uow, pytest.raises(OngeldigeInvoer, match="te groot"):
        uow.plans.add(plan)


def test_a_plan_for_an_unknown_gemeente_is_refused_with_the_code(db):
    with db.unit_of_work() as uow, pytest.raises(OngeldigeInvoer, match="GM9999"):
        uow.plans.add(volledig_plan(gemeente="GM9999"))


def test_adding_a_plan_twice_is_refused(db):
    plan = volledig_plan(regels=1)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        with pytest.raises(OngeldigeInvoer, match="bestaat al"):
            uow.plans.add(plan)


def test_two_plans_may_share_part_ids(db):
    plan = volledig_plan(regels=2)
    copy = dataclasses.replace(plan, id="00000000-0000-4000-8000-000000000001")
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.plans.add(copy)
        uow.commit()
        assert uow.plans.get(copy.id).begroting == plan.begroting


def test_overview_lists_every_plan_with_its_total_requested(db):
    a = volledig_plan(regels=4, gemeente="GM0363", titel="Amsterdam")
    b = volledig_plan(regels=0, gemeente="GM0599", titel="Rotterdam")
    with db.unit_of_work() as uow:
        uow.plans.add(a)
        uow.plans.add(b)
        uow.commit()
        rows = uow.plans.overview()
    assert [(r.id, r.gemeente_naam, r.titel) for r in rows] == [
        (a.id, "Amsterdam", "Amsterdam"),
        (b.id, "Rotterdam", "Rotterdam"),
    ]
    assert rows[0].totaal_gevraagd == sum(r.bedrag for r in a.begroting)
    assert rows[1].totaal_gevraagd == Decimal("0.00")
    assert rows[0].status is Status.CONCEPT and rows[0].revisie == 1


def test_overview_is_one_query_whatever_the_number_of_plans(db, count_statements):
    with db.unit_of_work() as uow:
        for n in range(5):
            uow.plans.add(volledig_plan(regels=3, titel=f"Plan {n}"))
        uow.commit()
    with db.unit_of_work() as uow, count_statements(db) as statements:
        assert len(uow.plans.overview()) == 5
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_a_plan_is_found_by_a_unique_prefix_of_its_id(db):
    a = Plan(id="abc11111-0000-4000-8000-000000000000")
    b = Plan(id="abc22222-0000-4000-8000-000000000000")
    with db.unit_of_work() as uow:
        uow.plans.add(a)
        uow.plans.add(b)
        assert uow.plans.resolve("abc1") == a.id
        assert uow.plans.resolve("ABC2") == b.id
        assert uow.plans.resolve(a.id) == a.id
        with pytest.raises(OngeldigeInvoer, match="meer dan één plan"):
            uow.plans.resolve("abc")
        with pytest.raises(PlanNietGevonden, match="begint met 'fff'"):
            uow.plans.resolve("fff")
        with pytest.raises(PlanNietGevonden):
            uow.plans.resolve("ab_")  # '_' is a character here, not a LIKE wildcard
        with pytest.raises(OngeldigeInvoer):
            uow.plans.resolve("  ")


def test_deleting_a_plan_removes_all_its_parts(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
        uow.plans.delete(plan.id)
        uow.commit()
        assert uow.plans.overview() == []
        with pytest.raises(PlanNietGevonden):
            uow.plans.get(plan.id)
        counts = [
            uow.connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("begrotingsregels", "interventies", "streefwaarden", "wijken")
        ]
    assert counts == [0, 0, 0, 0]


def test_getting_a_missing_plan_says_so_in_dutch(db):
    with db.unit_of_work() as uow, pytest.raises(PlanNietGevonden, match="bestaat niet"):
        uow.plans.get("nope")


def test_a_value_the_database_cannot_hold_is_a_dutch_error_not_a_driver_error(db):
    plan = volledig_plan(regels=1)
    # PostgreSQL refuses NUL in text and integers beyond 32 bits; SQLite stores both.
    plan.titel = "nul\x00teken"
    plan.interventies[0].bereik = 10**12
    with db.unit_of_work() as uow:
        if uow.connection.dialect.name == "sqlite":
            uow.plans.add(plan)
            assert uow.plans.get(plan.id) == plan
        else:
            with pytest.raises(OngeldigeInvoer, match="niet kan opslaan"):
                uow.plans.add(plan)
