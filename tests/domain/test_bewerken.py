"""What follows the deletion of an intervention (domain.bewerken)."""

from __future__ import annotations

from domain.bewerken import gevolgen_verwijder_interventie
from domain.model import Begrotingsregel, Indicator, Interventie, Plan


def _plan() -> Plan:
    a, b = Interventie(naam="A"), Interventie(naam="B")
    plan = Plan(gemeente_code="GM0363", ronde_code="2022", titel="t")
    plan.interventies = [a, b]
    plan.indicatoren = [
        Indicator(naam="x", interventie_ids=[a.id, b.id]),
        Indicator(naam="y", interventie_ids=[b.id]),
        Indicator(naam="z", interventie_ids=[a.id]),
    ]
    plan.begroting = [Begrotingsregel(jaar=2023, interventie_id=a.id)]
    return plan


def test_deleting_an_intervention_unlinks_it_from_every_indicator_that_measures_it():
    plan = _plan()
    a, b = plan.interventies
    assert gevolgen_verwijder_interventie(plan, a.id) == [
        ("indicatoren[0].interventie_ids", [b.id]),
        ("indicatoren[2].interventie_ids", []),
    ]


def test_budget_lines_of_a_deleted_intervention_are_not_silently_made_programme_wide():
    plan = _plan()
    a = plan.interventies[0]
    edits = gevolgen_verwijder_interventie(plan, a.id)
    assert not [pad for pad, _ in edits if pad.startswith("begroting")]
    assert plan.indicatoren[0].interventie_ids == [a.id, plan.interventies[1].id]  # untouched


def test_an_intervention_nobody_refers_to_needs_no_further_edits():
    plan = _plan()
    plan.indicatoren = []
    assert gevolgen_verwijder_interventie(plan, plan.interventies[0].id) == []
