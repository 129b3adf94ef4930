from __future__ import annotations

from decimal import Decimal

import pytest

from domain.errors import NietIndienbaar, OngeldigeInvoer, PlanBevroren
from domain.model import Status
from domain.services import (
    bewaar_plan,
    controleer,
    dien_in,
    dupliceer_plan,
    nieuw_plan,
    nieuwe_revisie,
    verwijder_plan,
)
from domain.validation import Ernst
from tests.storage.plans import volledig_plan


def _stored(db, plan):
    with db.unit_of_work() as uow:
        bewaar_plan(uow, plan)
    return plan


def test_a_new_plan_spans_the_rounds_first_years(db):
    with db.unit_of_work() as uow:
        plan = nieuw_plan(uow, "GM0518", "2022", "  Zuidwest  ")
    with db.unit_of_work() as uow:
        stored = uow.plans.get(plan.id)
    assert (stored.titel, stored.jaar_van, stored.jaar_tot_en_met) == ("Zuidwest", 2022, 2025)
    assert stored.status is Status.CONCEPT and stored.revisie == 1


def test_a_new_plan_for_an_unknown_gemeente_or_round_is_refused(db):
    with db.unit_of_work() as uow:
        with pytest.raises(OngeldigeInvoer, match="GM9999"):
            nieuw_plan(uow, "GM9999", "2022", "x")
        with pytest.raises(OngeldigeInvoer, match="ronde '1999'"):
            nieuw_plan(uow, "GM0518", "1999", "x")


def test_a_new_plan_for_a_round_the_municipality_does_not_take_part_in_is_refused(db):
    with db.unit_of_work() as uow:
        with pytest.raises(OngeldigeInvoer) as fout:
            nieuw_plan(uow, "GM0518", "2024", "x")
        assert str(fout.value) == (
            "Gemeente 's-Gravenhage (GM0518) neemt niet deel aan Preventie met Gezag 2024 "
            "(flexibele aanpak) (ronde 2024); kies een ronde van deze gemeente: 2022, 2026-2029."
        )
        assert uow.plans.overview() == []
    with db.unit_of_work() as uow:
        plan = nieuw_plan(uow, "GM0193", "2024", "Zwolle")  # Zwolle takes part in 2024
    assert (plan.jaar_van, plan.jaar_tot_en_met) == (2024, 2026)


def test_saving_stores_new_and_changed_plans(db):
    plan = _stored(db, volledig_plan())
    plan.begroting[0].bedrag = Decimal("1.23")
    _stored(db, plan)
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_a_submittable_plan_is_submitted_and_its_revision_frozen(db):
    plan = _stored(db, volledig_plan())
    with db.unit_of_work() as uow:
        assert indienbaar_volgens(controleer(uow, plan.id))
        submitted = dien_in(uow, plan.id)
    assert submitted.status is Status.INGEDIEND
    with db.unit_of_work() as uow:
        assert uow.plans.status(plan.id) == (Status.INGEDIEND, 1)
        assert uow.plans.snapshot(plan.id, 1) == submitted


def indienbaar_volgens(bevindingen) -> bool:
    return not any(b.ernst == Ernst.FOUT for b in bevindingen)


def test_a_plan_with_a_fout_is_not_submitted_and_the_findings_say_why(db):
    plan = volledig_plan()
    plan.iban = "NL00BANK0123456789"
    _stored(db, plan)
    with db.unit_of_work() as uow, pytest.raises(NietIndienbaar) as caught:
        dien_in(uow, plan.id)
    assert caught.value.bevindingen[0].ernst == Ernst.FOUT
    assert any(b.pad == "iban" for b in caught.value.bevindingen)
    assert "niet worden ingediend" in str(caught.value)
    with db.unit_of_work() as uow:
        assert uow.plans.status(plan.id) == (Status.CONCEPT, 1)
        assert uow.plans.snapshots(plan.id) == []


def test_a_submitted_plan_cannot_be_saved_nor_submitted_again(db):
    plan = _stored(db, volledig_plan())
    with db.unit_of_work() as uow:
        dien_in(uow, plan.id)
    stale = plan  # a window that still shows the draft
    stale.titel = "stiekem gewijzigd"
    with db.unit_of_work() as uow:
        with pytest.raises(PlanBevroren):
            bewaar_plan(uow, stale)
        with pytest.raises(PlanBevroren, match="al ingediend"):
            dien_in(uow, plan.id)
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id).titel != "stiekem gewijzigd"


def test_editing_a_submitted_plan_starts_the_next_revision_as_concept(db):
    plan = _stored(db, volledig_plan())
    with db.unit_of_work() as uow:
        dien_in(uow, plan.id)
        nieuw = nieuwe_revisie(uow, plan.id)
        assert (nieuw.status, nieuw.revisie) == (Status.CONCEPT, 2)
        assert nieuwe_revisie(uow, plan.id).revisie == 2  # already a draft: unchanged
    nieuw.titel = "Revisie 2"
    _stored(db, nieuw)
    with db.unit_of_work() as uow:
        dien_in(uow, plan.id)
        assert [s.revisie for s in uow.plans.snapshots(plan.id)] == [1, 2]
        assert uow.plans.snapshot(plan.id, 1).titel == plan.titel
        assert uow.plans.snapshot(plan.id, 2).titel == "Revisie 2"


def test_a_window_showing_an_old_revision_cannot_overwrite_the_new_one(db):
    plan = _stored(db, volledig_plan())
    with db.unit_of_work() as uow:
        dien_in(uow, plan.id)
        nieuwe_revisie(uow, plan.id)
    old = volledig_plan()
    old.id = plan.id  # revisie 1, concept: what a stale window holds
    with db.unit_of_work() as uow, pytest.raises(OngeldigeInvoer, match="revisie 2"):
        bewaar_plan(uow, old)


def test_a_duplicate_is_a_new_draft_with_new_ids_and_the_same_references(db):
    plan = _stored(db, volledig_plan())
    with db.unit_of_work() as uow:
        dien_in(uow, plan.id)
        kopie = dupliceer_plan(uow, plan.id)
    with db.unit_of_work() as uow:
        kopie = uow.plans.get(kopie.id)
    assert kopie.id != plan.id and kopie.status is Status.CONCEPT and kopie.revisie == 1
    assert kopie.titel.endswith("(kopie)")
    old_ids = {x.id for x in (*plan.interventies, *plan.partners, *plan.begroting)}
    assert not old_ids & {x.id for x in (*kopie.interventies, *kopie.partners, *kopie.begroting)}
    mentor = kopie.interventies[0]
    assert kopie.begroting[0].interventie_id == mentor.id
    assert mentor.lead_partner_id == kopie.partners[1].id
    assert mentor.doelgroep_ids == [kopie.doelgroepen[0].id]
    assert kopie.indicatoren[0].interventie_ids == [i.id for i in kopie.interventies]
    assert [r.bedrag for r in kopie.begroting] == [r.bedrag for r in plan.begroting]


def test_a_draft_can_be_deleted_but_a_submitted_plan_is_kept(db):
    draft = _stored(db, volledig_plan(titel="concept"))
    sent = _stored(db, volledig_plan(titel="ingediend"))
    with db.unit_of_work() as uow:
        dien_in(uow, sent.id)
        nieuwe_revisie(uow, sent.id)
        verwijder_plan(uow, draft.id)
        with pytest.raises(PlanBevroren, match="revisie 1 is ingediend"):
            verwijder_plan(uow, sent.id)
    with db.unit_of_work() as uow:
        assert [p.id for p in uow.plans.overview()] == [sent.id]
