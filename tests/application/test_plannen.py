"""The plan use cases the command line and the GUI share, each in its own unit of work."""

from __future__ import annotations

import pytest

from application import indienen, plannen
from domain.errors import NietIndienbaar, OngeldigeInvoer, PlanBevroren, PlanNietGevonden
from domain.model import Status


def test_saving_an_edit_stores_it_and_the_list_shows_it(db, plan):
    plan.titel = "Samen sterk in Den Haag Zuidwest"
    plannen.bewaar(db, plan)
    assert plannen.open_plan(db, plan.id).titel == "Samen sterk in Den Haag Zuidwest"
    (rij,) = plannen.overzicht(db)
    assert (rij.id, rij.titel, rij.status) == (plan.id, plan.titel, Status.CONCEPT)


def test_a_failed_save_stores_nothing_of_the_edit(db, plan):
    plannen.bewaar(db, plan)
    indienen.dien_in(db, plan.id)
    plan.titel = "Na het indienen"
    with pytest.raises(PlanBevroren):
        plannen.bewaar(db, plan)
    assert plannen.open_plan(db, plan.id).titel != "Na het indienen"


def test_submit_freezes_and_a_new_revision_starts_a_draft(db, plan):
    ingediend = indienen.dien_in(db, plan.id[:6], als_prefix=True)
    assert (ingediend.status, ingediend.revisie) == (Status.INGEDIEND, 1)
    with pytest.raises(PlanBevroren):
        indienen.dien_in(db, plan.id)
    volgende = indienen.nieuwe_revisie(db, plan.id)
    assert (volgende.status, volgende.revisie) == (Status.CONCEPT, 2)
    assert plannen.open_plan(db, plan.id).revisie == 2


def test_submitting_a_plan_with_errors_is_refused_with_every_finding(db):
    leeg = plannen.nieuw_plan(db, "GM0518", db.catalogus().rondes[0].code, "")
    with pytest.raises(NietIndienbaar) as fout:
        indienen.dien_in(db, leeg.id)
    # The same findings as the check, errors first (the order the command line prints them).
    gevonden = fout.value.bevindingen
    assert sorted(gevonden, key=repr) == sorted(indienen.controleer(db, leeg.id), key=repr)
    assert gevonden[0].ernst == "fout"
    assert plannen.open_plan(db, leeg.id).status == Status.CONCEPT


def test_duplicate_and_delete(db, plan):
    kopie = plannen.dupliceer(db, plan.id)
    assert kopie.id != plan.id and kopie.titel.endswith("(kopie)")
    plannen.verwijder(db, kopie.id)
    assert [r.id for r in plannen.overzicht(db)] == [plan.id]
    with pytest.raises(PlanNietGevonden):
        plannen.open_plan(db, kopie.id)


def test_opening_for_the_editor_brings_the_check_along(db, plan):
    geopend = plannen.open_en_controleer(db, plan.id)
    assert geopend.plan == plan
    assert geopend.bevindingen == indienen.controleer(db, plan.id)
    assert geopend.totalen.gevraagd == plannen.controleer_plan(plan, db.catalogus())[1].gevraagd


def test_a_prefix_that_fits_no_plan_or_several_is_a_dutch_error(db, plan):
    with pytest.raises(PlanNietGevonden, match="Er is geen plan waarvan de id begint met"):
        plannen.open_plan(db, "zzz", als_prefix=True)
    plannen.dupliceer(db, plan.id)
    with pytest.raises(OngeldigeInvoer):
        plannen.open_plan(db, "", als_prefix=True)
