"""The big synthetic plan the benchmarks and the PDF layout tests share (domain.demo_groot)."""

from __future__ import annotations

import pytest

from domain.demo import demo_plannen
from domain.demo_groot import groot_plan
from domain.validation import valideer


@pytest.mark.parametrize(
    ("interventies", "regels", "tekstlengte"),
    [(40, 200, None), (200, 2000, None), (8, 2000, None), (50, 200, 3000)],
)
def test_a_big_plan_has_the_sizes_asked_for_and_no_finding(
    catalogus, interventies, regels, tekstlengte
):
    plan = groot_plan(catalogus, interventies=interventies, regels=regels, tekstlengte=tekstlengte)
    assert (len(plan.interventies), len(plan.begroting)) == (interventies, regels)
    # No finding at all: in particular no reference to an intervention, target group,
    # district or partner the plan does not hold, and no line outside its intervention's years.
    assert valideer(plan, catalogus) == []


def test_every_reference_points_into_the_plan(catalogus):
    plan = groot_plan(catalogus, interventies=30, regels=500)
    ivs = {i.id for i in plan.interventies}
    assert len(ivs) == 30
    assert len({r.id for r in plan.begroting}) == 500
    assert {r.interventie_id for r in plan.begroting} - {None} == ivs
    assert all(ind.interventie_ids and set(ind.interventie_ids) <= ivs for ind in plan.indicatoren)
    doelgroepen, wijken = {d.id for d in plan.doelgroepen}, {w.code for w in plan.wijken}
    partners = {p.id for p in plan.partners}
    for iv in plan.interventies:
        assert set(iv.doelgroep_ids) <= doelgroepen and set(iv.wijk_codes) <= wijken
        assert iv.lead_partner_id is None or iv.lead_partner_id in partners


def test_the_same_arguments_give_the_same_plan_and_another_seed_other_texts(catalogus):
    eerste = groot_plan(catalogus, interventies=20, regels=80, tekstlengte=500)
    assert groot_plan(catalogus, interventies=20, regels=80, tekstlengte=500) == eerste
    ander = groot_plan(catalogus, interventies=20, regels=80, tekstlengte=500, seed=8)
    assert ander.interventies[0].omschrijving != eerste.interventies[0].omschrijving
    assert [i.id for i in ander.interventies] == [i.id for i in eerste.interventies]


def test_long_texts_have_the_length_asked_for_and_intervention_names_are_numbered(catalogus):
    plan = groot_plan(catalogus, interventies=12, regels=48, tekstlengte=3000)
    assert all(2900 <= len(i.omschrijving) <= 3000 for i in plan.interventies)
    assert 2900 <= len(plan.samenvatting) <= 3000
    assert plan.interventies[11].naam.startswith("Interventie 012 ")


def test_without_interventions_only_programme_wide_lines_are_made(catalogus):
    plan = groot_plan(catalogus, interventies=0, regels=10)
    assert plan.interventies == []
    assert len(plan.begroting) == 10
    assert all(r.interventie_id is None for r in plan.begroting)
    assert all(ind.interventie_ids == [] for ind in plan.indicatoren)


def test_the_base_plan_passed_in_is_left_untouched(catalogus):
    basis = demo_plannen(catalogus)[0]
    groot_plan(catalogus, interventies=20, regels=100, tekstlengte=400, basis=basis)
    assert basis == demo_plannen(catalogus)[0]
