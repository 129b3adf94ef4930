"""Two writers on one plan: a save based on an older version is refused, never merged.

Each scenario: A and B load the same plan; A saves a change; B, from its older copy, saves
another change. B must get :class:`PlanGewijzigd` naming A and when, and the database must hold
exactly A's plan (SQLite and PostgreSQL, through the same code).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.errors import PlanGewijzigd
from domain.model import Begrotingsregel, Plan
from domain.services import bewaar_plan
from storage.database import open_database
from tests.storage.plans import volledig_plan


def _nieuwe_regel(p: Plan) -> None:
    p.begroting.append(Begrotingsregel(omschrijving="nieuw", bedrag=Decimal("12.00")))


# (what A does, what B does from its older copy)
SCENARIOS: dict[str, tuple[Callable[[Plan], None], Callable[[Plan], None]]] = {
    "ander veld": (
        lambda p: setattr(p, "samenvatting", "door A"),
        lambda p: setattr(p, "titel", "door B"),
    ),
    "andere begrotingsregel": (
        lambda p: setattr(p.begroting[0], "bedrag", Decimal("1.11")),
        lambda p: setattr(p.begroting[1], "bedrag", Decimal("2.22")),
    ),
    "toegevoegde regel": (_nieuwe_regel, lambda p: setattr(p, "iban", "NL91ABNA0417164300")),
    "verwijderde regel": (lambda p: p.begroting.pop(3), lambda p: p.wijken.pop(0)),
    "zelfde veld": (
        lambda p: setattr(p.contactpersoon, "naam", "A"),
        lambda p: setattr(p.contactpersoon, "naam", "B"),
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_save_from_an_older_copy_is_refused_naming_who_saved_and_nothing_is_lost(
    db_url, scenario
):
    doe_a, doe_b = SCENARIOS[scenario]
    a_db = open_database(db_url, gebruiker="Anne op pc-1")
    b_db = open_database(db_url, gebruiker="Bert op pc-2")
    try:
        eerste = volledig_plan()
        plan_id = eerste.id
        with a_db.unit_of_work() as uow:
            uow.plans.add(eerste)
            uow.commit()
        with a_db.unit_of_work() as uow:
            a = uow.plans.get(plan_id)
        with b_db.unit_of_work() as uow:
            b = uow.plans.get(plan_id)
        assert a.versie == b.versie == 1

        voor = datetime.now(UTC) - timedelta(seconds=1)
        doe_a(a)
        with a_db.unit_of_work() as uow:
            bewaar_plan(uow, a)
        assert a.versie == 2

        doe_b(b)
        with b_db.unit_of_work() as uow, pytest.raises(PlanGewijzigd) as geweigerd:
            bewaar_plan(uow, b)
        fout = geweigerd.value
        assert (fout.door, fout.versie, fout.basis, fout.plan_id) == ("Anne op pc-1", 2, 1, a.id)
        assert fout.op is not None and voor <= fout.op <= datetime.now(UTC) + timedelta(seconds=1)
        assert "Anne op pc-1" in str(fout) and "niet opgeslagen" in str(fout)
        assert b.versie == 1  # B still knows what its copy was based on

        with a_db.unit_of_work() as uow:
            opgeslagen = uow.plans.get(plan_id)
        assert opgeslagen == a  # exactly A's plan: nothing of B merged, nothing of A lost
        assert opgeslagen.versie == 2
    finally:
        a_db.dispose()
        b_db.dispose()


def test_after_reloading_the_refused_writer_saves_on_top_of_the_newer_version(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        oud = uow.plans.get(plan.id)
    plan.titel = "eerst"
    with db.unit_of_work() as uow:
        bewaar_plan(uow, plan)
    oud.samenvatting = "later"
    with db.unit_of_work() as uow, pytest.raises(PlanGewijzigd):
        bewaar_plan(uow, oud)
    with db.unit_of_work() as uow:
        opnieuw = uow.plans.get(plan.id)
    opnieuw.samenvatting = "later"  # the user applies the edit again
    with db.unit_of_work() as uow:
        bewaar_plan(uow, opnieuw)
    with db.unit_of_work() as uow:
        eind = uow.plans.get(plan.id)
    assert (eind.titel, eind.samenvatting, eind.versie) == ("eerst", "later", 3)


def test_a_stale_copy_identical_to_what_is_stored_is_no_conflict(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        oud = uow.plans.get(plan.id)
    plan.titel = "zelfde"
    with db.unit_of_work() as uow:
        bewaar_plan(uow, plan)
    oud.titel = "zelfde"  # the same edit made in two windows: nothing to lose
    with db.unit_of_work() as uow:
        bewaar_plan(uow, oud)
    assert oud.versie == 2


def test_one_copy_saved_again_and_again_stands_on_its_own_latest_version(db):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    for n in range(5):
        plan.begroting[n].bedrag = Decimal(n)
        with db.unit_of_work() as uow:
            bewaar_plan(uow, plan)
    assert plan.versie == 6


def test_a_save_that_is_rolled_back_leaves_the_copy_on_its_old_version(db):
    """A commit that fails (a full disk) must not make the next attempt look stale."""
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    plan.titel = "niet bewaard"
    with db.unit_of_work() as uow:
        uow.plans.update(plan)
        assert plan.versie == 2
        # left without commit: rolled back
    assert plan.versie == 1
    with db.unit_of_work() as uow:
        bewaar_plan(uow, plan)  # no conflict with itself
    assert plan.versie == 2


def test_submitting_checks_the_version_it_validated(db):
    """dien_in reads, validates and writes in one unit of work: the same rule holds."""
    from domain.services import nieuwe_revisie

    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        assert nieuwe_revisie(uow, plan.id).versie == 1  # a draft: returned unchanged
