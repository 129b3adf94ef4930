"""The demo plans written as tables (domain.demo_bouw.uit_tabellen): how many there are, what
they add up to and whether they may be submitted stays as it was before the tables shared one
assembly, so a change to that assembly cannot quietly alter a demo plan."""

from __future__ import annotations

from decimal import Decimal

from domain.demo import demo_plannen, demo_plannen_rondes
from domain.demo_bouw import begroting
from domain.demo_denhaag import BEGROTING as BEGROTING_DEN_HAAG
from domain.demo_rotterdam import VERWACHTE_FOUTEN, VERWACHTE_WAARSCHUWINGEN
from domain.model import Categorie, Kostensoort
from domain.totals import bereken_totalen
from domain.validation import Ernst, indienbaar, valideer

# id prefix, round, interventions, budget lines, indicators, partners, asked, co-financing,
# submittable
VERWACHT = [
    ("0518c0de", "2022", 8, 48, 5, 11, "4601444.19", "295000.00", True),
    ("0599c0de", "2022", 3, 7, 1, 2, "1092972.40", "15000.00", False),
    ("2026c0de", "2026-2029", 8, 48, 5, 11, "4601444.19", "295000.00", True),
    ("2024c0de", "2024", 3, 13, 2, 5, "1231000.00", "0.00", True),
]


def _alle(catalogus):
    return demo_plannen(catalogus) + demo_plannen_rondes(catalogus)


def test_there_are_four_demo_plans_with_their_sizes_and_totals(catalogus):
    gezien = []
    for plan in _alle(catalogus):
        t = bereken_totalen(plan, catalogus)
        gezien.append(
            (
                plan.id[:8],
                plan.ronde_code,
                len(plan.interventies),
                len(plan.begroting),
                len(plan.indicatoren),
                len(plan.partners),
                str(t.gevraagd),
                str(t.cofinanciering),
                indienbaar(valideer(plan, catalogus)),
            )
        )
    assert gezien == VERWACHT


def test_the_complete_plans_have_no_finding_and_the_draft_only_its_intended_ones(catalogus):
    compleet, concept, plan_2026, plan_2024 = _alle(catalogus)
    for plan in (compleet, plan_2026, plan_2024):
        assert valideer(plan, catalogus) == [], plan.titel
    bevindingen = valideer(concept, catalogus)
    assert {b.code for b in bevindingen if b.ernst == Ernst.FOUT} == VERWACHTE_FOUTEN
    assert {b.code for b in bevindingen if b.ernst == Ernst.WAARSCHUWING} == (
        VERWACHTE_WAARSCHUWINGEN
    )


def test_every_reference_in_a_table_plan_points_at_something_the_plan_holds(catalogus):
    compleet, _, plan_2026, plan_2024 = _alle(catalogus)
    for plan in (compleet, plan_2026, plan_2024):
        ivs = {i.id for i in plan.interventies}
        groepen = {d.id for d in plan.doelgroepen}
        partners = {p.id for p in plan.partners}
        wijken = {w.code for w in plan.wijken}
        assert {r.interventie_id for r in plan.begroting} - {None} == ivs
        for iv in plan.interventies:
            assert set(iv.doelgroep_ids) <= groepen and iv.doelgroep_ids
            assert set(iv.wijk_codes) <= wijken and iv.wijk_codes
            assert iv.lead_partner_id in partners
        for ind in plan.indicatoren:
            assert set(ind.interventie_ids) <= ivs and ind.interventie_ids
            assert sorted(ind.streefwaarden) == plan.jaren


def test_a_budget_row_gives_one_line_per_year_with_co_financing_only_in_its_years():
    rijen = [
        (None, Categorie.PROGRAMMAONDERSTEUNING, Kostensoort.PERSONEEL, "Coördinator",
         {2024: "100", 2025: "110.50"}, {2025: "10"}, "Eigen middelen"),
        ("x", Categorie.INTERVENTIE, Kostensoort.OVERIG, "Materiaal", {2024: "5"}, {}, ""),
    ]  # fmt: skip
    regels = begroting("p", rijen)
    assert [(r.jaar, r.bedrag, r.cofinanciering, r.cofinanciering_bron) for r in regels] == [
        (2024, Decimal("100.00"), Decimal("0.00"), ""),
        (2025, Decimal("110.50"), Decimal("10.00"), "Eigen middelen"),
        (2024, Decimal("5.00"), Decimal("0.00"), ""),
    ]
    assert regels[0].interventie_id is None and regels[2].interventie_id is not None
    assert len({r.id for r in regels}) == 3
    # The same rows give the same ids: the demo command stays idempotent.
    assert [r.id for r in begroting("p", rijen)] == [r.id for r in regels]
    assert len(begroting("p", BEGROTING_DEN_HAAG)) == 48
