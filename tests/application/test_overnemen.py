"""Carry a stored plan into another round: a new concept is stored, the old plan and its
submitted revisions stay exactly as they were (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from application.indienen import dien_in
from application.overnemen import neem_over, rondes_om_naar_over_te_nemen
from application.plannen import open_plan, overzicht
from domain.errors import OngeldigeInvoer
from domain.serialize import content_hash
from domain.validation import valideer
from tests.application.test_referentie import stand


def test_a_submitted_2022_plan_is_carried_into_2026_2029_and_stays_untouched(db, plan):
    dien_in(db, plan.id)
    oud = open_plan(db, plan.id)
    hash_oud = content_hash(oud)
    with db.unit_of_work() as uow:
        revisies = [(m.revisie, m.content_hash) for m in uow.plans.snapshots(plan.id)]
        bevroren = uow.plans.snapshot(plan.id, 1)
    assert [r.code for r in rondes_om_naar_over_te_nemen(db, plan.id)] == ["2026-2029"]

    uit = neem_over(db, plan.id[:8], "2026-2029", als_prefix=True)

    nieuw = open_plan(db, uit.plan.id)
    assert nieuw == uit.plan
    assert (nieuw.ronde_code, nieuw.status, nieuw.revisie) == ("2026-2029", "concept", 1)
    assert (nieuw.jaar_van, nieuw.jaar_tot_en_met) == (2026, 2029)
    assert {r.jaar for r in nieuw.begroting} == {2026, 2027, 2028, 2029}
    assert [b for b in valideer(nieuw, db.catalogus()) if b.code == "OVERGENOMEN_CONTROLEREN"] == []
    # The old plan, its revisions and their snapshots are exactly as they were.
    na = open_plan(db, plan.id)
    assert content_hash(na) == hash_oud and na.status == "ingediend"
    with db.unit_of_work() as uow:
        assert [(m.revisie, m.content_hash) for m in uow.plans.snapshots(plan.id)] == revisies
        assert uow.plans.snapshot(plan.id, 1) == bevroren
    assert {r.id for r in overzicht(db)} == {plan.id, nieuw.id}


def test_a_round_the_municipality_does_not_take_part_in_is_refused_and_nothing_is_stored(
    db, plan
):
    voor = stand(db)
    with pytest.raises(OngeldigeInvoer, match="neemt niet deel aan Preventie met Gezag 2024"):
        neem_over(db, plan.id, "2024")
    with pytest.raises(OngeldigeInvoer, match="hoort al bij ronde 2022"):
        neem_over(db, plan.id, "2022")
    assert stand(db) == voor
