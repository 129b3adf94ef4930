"""Budget totals computed by hand on the small plan, and breakdowns that always add up.

The seed letter's "Mainports € 13 mln" whose parts sum to € 13,5 mln is the mistake these
tests guard against: every breakdown must add up to the total it breaks down.
"""

from __future__ import annotations

from decimal import Decimal

from domain.model import Begrotingsregel, Categorie, Interventie
from domain.totals import bereken_totalen
from tests.domain.planbouw import klein_plan

D = Decimal


def test_requested_cofinanced_and_total_are_the_hand_computed_sums(catalogus):
    t = bereken_totalen(klein_plan(), catalogus)
    # 100.000 + 110.000 + 50.000,50 + 30.000,25 + 9.999,25
    assert t.gevraagd == D("300000.00")
    assert t.cofinanciering == D("20000.00")
    assert t.totaal == D("320000.00")
    assert all(isinstance(v, Decimal) for v in (t.gevraagd, t.cofinanciering, t.totaal))


def test_requested_per_year_adds_up_to_the_total(catalogus):
    t = bereken_totalen(klein_plan(), catalogus)
    assert t.per_jaar == {2023: D("180000.75"), 2024: D("119999.25")}
    assert sum(t.per_jaar.values()) == t.gevraagd
    assert t.cofinanciering_per_jaar == {2023: D("0.00"), 2024: D("20000.00")}


def test_per_category_and_per_year_and_category(catalogus):
    t = bereken_totalen(klein_plan(), catalogus)
    assert t.per_categorie == {
        Categorie.PROBLEEMANALYSE: D("9999.25"),
        Categorie.PROGRAMMAONDERSTEUNING: D("30000.25"),
        Categorie.INTERVENTIE: D("260000.50"),
    }
    assert t.per_jaar_categorie[(2023, Categorie.INTERVENTIE)] == D("150000.50")
    assert t.per_jaar_categorie[(2024, Categorie.PROBLEEMANALYSE)] == D("9999.25")
    assert t.per_jaar_categorie[(2024, Categorie.PROGRAMMAONDERSTEUNING)] == D("0.00")
    assert sum(t.per_jaar_categorie.values()) == t.gevraagd


def test_per_intervention_with_none_for_programme_wide_costs(catalogus):
    t = bereken_totalen(klein_plan(), catalogus)
    assert t.per_interventie == {
        "iv-1": D("210000.00"),
        "iv-2": D("50000.50"),
        None: D("39999.50"),  # 30.000,25 + 9.999,25
    }


def test_share_on_recognised_interventions(catalogus):
    t = bereken_totalen(klein_plan(), catalogus)
    # Straatcoaches is 'goed onderbouwd' (recognised), the mentor programme is not.
    assert t.per_erkenningsniveau["goed_onderbouwd"] == D("210000.00")
    assert t.per_erkenningsniveau["niet_erkend"] == D("50000.50")
    assert t.per_erkenningsniveau["effectief_sterke"] == D("0.00")
    assert t.aandeel_erkend == D("0.7000")  # 210.000 of 300.000 requested


def test_an_intervention_without_lines_and_an_empty_plan_year_still_show_as_zero(catalogus):
    plan = klein_plan()
    plan.jaar_tot_en_met = 2025
    plan.interventies.append(Interventie(id="iv-3", naam="Nieuw"))
    t = bereken_totalen(plan, catalogus)
    assert t.per_jaar[2025] == D("0.00")
    assert t.per_interventie["iv-3"] == D("0.00")


def test_lines_outside_the_plan_or_of_a_missing_intervention_still_count(catalogus):
    """Invalid lines are findings, but the totals must still add up to what the lines say."""
    plan = klein_plan()
    plan.begroting.append(
        Begrotingsregel(interventie_id="weg", jaar=2030, bedrag=D("13.50"), omschrijving="x")
    )
    t = bereken_totalen(plan, catalogus)
    assert t.gevraagd == D("300013.50")
    assert t.per_jaar[2030] == D("13.50")
    assert t.per_interventie["weg"] == D("13.50")
    assert sum(t.per_jaar.values()) == t.gevraagd
    assert sum(t.per_interventie.values()) == t.gevraagd
    assert sum(t.per_categorie.values()) == t.gevraagd


def test_the_seed_letters_mainport_lines_add_up_to_13_5_not_the_stated_13(catalogus):
    plan = klein_plan()
    plan.begroting = [
        Begrotingsregel(
            interventie_id=None,
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            jaar=2023,
            omschrijving=naam,
            bedrag=D(bedrag),
        )
        for naam, bedrag in [
            ("Rotterdam", "5000000"),
            ("Zeeland/West-Brabant", "3000000"),
            ("Schiphol", "3000000"),
            ("Noordzeekanaalgebied", "2000000"),
            ("Bloemenveilingen", "500000"),
        ]
    ]
    t = bereken_totalen(plan, catalogus)
    assert t.gevraagd == D("13500000.00") != D("13000000.00")
    assert t.per_jaar[2023] == t.gevraagd


def test_an_empty_budget_has_zero_totals_and_zero_share(catalogus):
    plan = klein_plan()
    plan.begroting = []
    t = bereken_totalen(plan, catalogus)
    assert t.gevraagd == t.totaal == D("0.00")
    assert t.aandeel_erkend == D("0")
    assert t.per_jaar == {2023: D("0.00"), 2024: D("0.00")}


def test_the_share_stays_between_zero_and_one_with_negative_lines(catalogus):
    plan = klein_plan()
    plan.begroting[3].bedrag = D("-200000.00")  # programme-wide line made negative (a fout)
    t = bereken_totalen(plan, catalogus)
    assert D(0) <= t.aandeel_erkend <= D(1)
