from __future__ import annotations

import pytest

from domain.model import Plan
from storage.database import open_database


def test_changes_are_rolled_back_when_an_exception_leaves_the_unit_of_work(db):
    plan = Plan(titel="weg")
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.plans.add(plan)
        raise RuntimeError("stroomstoring")
    with db.unit_of_work() as uow:
        assert not uow.plans.exists(plan.id)


def test_changes_without_commit_are_rolled_back(db):
    plan = Plan(titel="weg")
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
    with db.unit_of_work() as uow:
        assert uow.plans.overview() == []


def test_committed_changes_survive_reopening_the_database(db):
    plan = Plan(titel="blijft")
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
        plan.titel = "na commit, niet gecommit"
        uow.plans.update(plan)
    db.dispose()
    again = open_database(db.url)
    try:
        with again.unit_of_work() as uow:
            assert uow.plans.get(plan.id).titel == "blijft"
    finally:
        again.dispose()


def test_the_catalogus_comes_from_the_database_seeded_with_the_reference_file(db, catalogus):
    with db.unit_of_work() as uow:
        assert uow.catalogus() == catalogus


def test_reference_data_edited_in_the_database_is_what_the_catalogus_shows(db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO gemeenten (code, naam, focusgebieden, volgorde) "
            "VALUES ('GM1680', 'Aa en Hunze', '[\"Haven\"]', 99)"
        )
    db.vergeet_catalogus()
    assert db.catalogus().gemeente("GM1680").naam == "Aa en Hunze"
    # Topping up from the file adds nothing that is there already, and keeps the edit.
    from resources import load_json

    assert db.vul_referentie_aan(load_json("reference.json")) == 0
    assert db.catalogus().gemeente("GM1680").focusgebieden == ("Haven",)
