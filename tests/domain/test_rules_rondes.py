"""Issue 11: every rule that differs per round reads the plan's round, and says so.

A plan valid in its round has no finding; the same plan in another round gets exactly that
round's findings, each naming the round and the rule.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from domain.bevinding import Ernst
from domain.model import Begrotingsregel, Categorie, Kostensoort
from domain.validation import indienbaar, valideer
from tests.domain.rondeplannen import GELDIG, geldig_in

# Codes whose failing example needs a catalogue other than resources/reference.json (the real
# closed list of 2024 holds every category the model has); test_validation counts these.
MET_EIGEN_CATALOGUS = {"REGEL_CATEGORIE_NIET_IN_RONDE"}
# What round 2026-2029 asks of every plan that it does not ask in the other rounds.
JAARAANVRAAG = {
    "REFLECTIE_ONTBREEKT",
    "VOORUITBLIK_ONTBREEKT",
    "PLAN_VAN_AANPAK_ONTBREEKT",
    "AANVRAAGJAAR_ONTBREEKT",
}


@pytest.mark.parametrize("ronde", sorted(GELDIG))
def test_a_plan_valid_in_its_round_has_no_findings(catalogus, ronde):
    assert valideer(geldig_in(ronde), catalogus) == []


@pytest.mark.parametrize(
    ("ronde", "andere", "codes"),
    [
        # Zwolle takes part in 2024 only; 2024–2025 lies inside 2022's and 2023's cost period.
        ("2024", "2022", {"GEMEENTE_NIET_IN_RONDE"}),
        ("2024", "2023", {"GEMEENTE_NIET_IN_RONDE"}),
        (
            "2024",
            "2026-2029",
            {"GEMEENTE_NIET_IN_RONDE", "JAAR_BUITEN_RONDE", "REGEL_JAAR_BUITEN_RONDE"}
            | JAARAANVRAAG,
        ),
        # 's-Gravenhage 2023–2024: not in 2024, and 2023 is before 2024's cost period.
        (
            "2022",
            "2024",
            {"GEMEENTE_NIET_IN_RONDE", "JAAR_BUITEN_RONDE", "REGEL_JAAR_BUITEN_RONDE"},
        ),
        ("2022", "2026-2029", {"JAAR_BUITEN_RONDE", "REGEL_JAAR_BUITEN_RONDE"} | JAARAANVRAAG),
        ("2026-2029", "2022", {"JAAR_BUITEN_RONDE", "REGEL_JAAR_BUITEN_RONDE"}),
        # Almere 2023–2024 takes part in 2023 and 2026-2029.
        ("2023", "2026-2029", {"JAAR_BUITEN_RONDE", "REGEL_JAAR_BUITEN_RONDE"} | JAARAANVRAAG),
    ],
)
def test_the_same_plan_in_another_round_gets_exactly_that_rounds_findings(
    catalogus, ronde, andere, codes
):
    plan = geldig_in(ronde)
    plan.ronde_code = andere
    gevonden = valideer(plan, catalogus)
    assert {b.code for b in gevonden} == codes
    naam = catalogus.ronde(andere).naam
    assert all(naam in b.bericht and f"ronde {andere}" in b.bericht for b in gevonden)


def test_600000_in_one_year_for_a_2024_municipality_names_the_500000_ceiling(catalogus):
    plan = geldig_in("2024")
    plan.begroting.append(
        Begrotingsregel(
            id="b-9",
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            kostensoort=Kostensoort.PERSONEEL,
            jaar=2025,
            omschrijving="Programmateam",
            bedrag=Decimal("480000.75"),  # 2025: 119.999,25 + 480.000,75 = 600.000,00
        )
    )
    (b,) = valideer(plan, catalogus)
    assert b.code == "JAAR_BOVEN_PLAFOND_GEMEENTE"
    assert b.pad == "begroting"
    assert b.bericht == (
        "In 2025 vraagt het plan € 600.000,00; Preventie met Gezag 2024 (flexibele aanpak) "
        "(ronde 2024) kent een plafond van € 500.000,00 per gemeente per jaar."
    )
    # Exactly at the ceiling is allowed.
    plan.begroting[-1].bedrag = Decimal("380000.75")
    assert valideer(plan, catalogus) == []


def test_the_ceiling_for_all_municipalities_together_exists_only_in_2022(catalogus):
    assert catalogus.ronde("2022").plafond == Decimal("205900000.00")
    assert [r.code for r in catalogus.rondes if r.plafond is not None] == ["2022"]
    plan = geldig_in("2026-2029")
    plan.begroting[0].bedrag = Decimal("205900000.00")
    codes = {b.code for b in valideer(plan, catalogus)}
    assert "TOTAAL_BOVEN_PLAFOND" not in codes


def test_a_category_outside_the_rounds_closed_list_is_an_error_naming_the_round(catalogus):
    r2024 = catalogus.ronde("2024")
    smal = replace(r2024, categorieen=("probleemanalyse", "interventie"))
    cat = replace(
        catalogus, rondes=tuple(smal if r.code == "2024" else r for r in catalogus.rondes)
    )
    plan = geldig_in("2024")
    (b,) = valideer(plan, cat)
    assert b.code == "REGEL_CATEGORIE_NIET_IN_RONDE"
    assert b.pad == "begroting[3].categorie"
    assert b.bericht == (
        "Begrotingsregel 4 ('Coördinator', 2024): categorie 'Programmaondersteuning en "
        "-coördinatie' wordt in Preventie met Gezag 2024 (flexibele aanpak) (ronde 2024) niet "
        "vergoed; alleen 'Probleemanalyse', 'Implementatie van interventies'."
    )
    # The real 2024 list holds all three categories: the same plan is clean there.
    assert set(r2024.categorieen) == {c.value for c in Categorie}
    assert valideer(plan, catalogus) == []


def test_the_age_range_is_the_rounds(catalogus):
    smal = replace(catalogus.ronde("2022"), leeftijd_van=12, leeftijd_tot_en_met=23)
    cat = replace(
        catalogus, rondes=tuple(smal if r.code == "2022" else r for r in catalogus.rondes)
    )
    plan = geldig_in("2022")
    assert valideer(plan, cat) == []  # 12–17 fits
    plan.doelgroepen[0].leeftijd_van = 10
    (b,) = valideer(plan, cat)
    assert b.code == "DOELGROEP_LEEFTIJD"
    assert b.bericht == (
        "Doelgroep 'Tieners': leeftijd 10 valt buiten de doelgroep van Preventie met Gezag "
        "2022 (12 tot en met 23 jaar)."
    )
    assert valideer(plan, catalogus) == []  # 8–27 in the reference data


def test_too_many_years_names_the_rounds_maximum(catalogus):
    plan = geldig_in("2022")
    plan.jaar_van, plan.jaar_tot_en_met = 2022, 2026
    berichten = [b.bericht for b in valideer(plan, catalogus) if b.code == "JAREN_TE_VEEL"]
    assert berichten == [
        "Het plan beslaat 5 jaar (2022–2026); Preventie met Gezag 2022 staat hoogstens 4 jaar "
        "toe (maximale looptijd van ronde 2022)."
    ]


def test_the_2024_round_does_not_ask_for_focus_wijken_the_others_do(catalogus):
    assert "wijken" not in catalogus.ronde("2024").onderdelen
    plan = geldig_in("2024")
    plan.wijken.clear()
    for iv in plan.interventies:
        iv.wijk_codes.clear()
    assert valideer(plan, catalogus) == []
    plan.gemeente_code, plan.ronde_code = "GM0518", "2022"
    (b,) = valideer(plan, catalogus)
    assert b.code == "WIJK_ONTBREEKT"
    assert b.bericht == (
        "Het plan noemt geen wijk; voeg minstens één focuswijk toe met haar CBS-wijkcode "
        "(Preventie met Gezag 2022 vraagt om focuswijken)."
    )


# One failing example per rule of the yearly application, on the plan valid in 2026-2029
# (2027–2028, applying for 2027): code, change, severity, path.
AANVRAAG_GEVALLEN = [
    ("REFLECTIE_ONTBREEKT", lambda p: setattr(p, "reflectie", "  "), Ernst.FOUT, "reflectie"),
    ("VOORUITBLIK_ONTBREEKT", lambda p: setattr(p, "vooruitblik", ""), Ernst.FOUT, "vooruitblik"),
    (
        "PLAN_VAN_AANPAK_ONTBREEKT",
        lambda p: setattr(p, "plan_van_aanpak", ""),
        Ernst.FOUT,
        "plan_van_aanpak",
    ),
    (
        "AANVRAAGJAAR_ONTBREEKT",
        lambda p: setattr(p, "aanvraagjaar", None),
        Ernst.FOUT,
        "aanvraagjaar",
    ),
    (
        "AANVRAAGJAAR_BUITEN_PLAN",
        lambda p: setattr(p, "aanvraagjaar", 2029),
        Ernst.FOUT,
        "aanvraagjaar",
    ),
    (
        "AANVRAAG_ZONDER_BEGROTING",
        lambda p: setattr(p, "begroting", [r for r in p.begroting if r.jaar != 2027]),
        Ernst.WAARSCHUWING,
        "aanvraagjaar",
    ),
    (
        "EERDER_TOEGEKEND_NEGATIEF",
        lambda p: setattr(p, "eerder_toegekend", {2026: Decimal("-1.00")}),
        Ernst.FOUT,
        "eerder_toegekend[2026]",
    ),
    (
        "EERDER_TOEGEKEND_NA_AANVRAAGJAAR",
        lambda p: setattr(p, "eerder_toegekend", {2027: Decimal("1.00")}),
        Ernst.WAARSCHUWING,
        "eerder_toegekend[2027]",
    ),
]


@pytest.mark.parametrize(("code", "wijziging", "ernst", "pad"), AANVRAAG_GEVALLEN)
def test_each_rule_of_the_yearly_application_has_a_failing_example(
    catalogus, code, wijziging, ernst, pad
):
    plan = geldig_in("2026-2029")
    wijziging(plan)
    gevonden = [(b.code, b.ernst, b.pad) for b in valideer(plan, catalogus)]
    # Removing 2027's lines also empties what interventions had that year: only the rule's own
    # finding counts here.
    assert (code, ernst, pad) in gevonden
    assert all(c == code or e == Ernst.WAARSCHUWING for c, e, _ in gevonden)


def test_a_2026_2029_plan_without_reflectie_cannot_be_submitted_and_the_message_names_the_round(
    catalogus,
):
    plan = geldig_in("2026-2029")
    assert indienbaar(valideer(plan, catalogus))
    plan.reflectie = ""
    (b,) = valideer(plan, catalogus)
    assert not indienbaar([b])
    assert (b.code, b.pad) == ("REFLECTIE_ONTBREEKT", "reflectie")
    assert b.bericht == (
        "Preventie met Gezag 2026–2029 vraagt een reflectie op het programma tot juni 2025; "
        "die is nog leeg (verplicht onderdeel van ronde 2026-2029)."
    )


def test_the_same_texts_are_not_asked_in_a_round_that_does_not_list_them(catalogus):
    plan = geldig_in("2022")
    assert "reflectie" not in catalogus.ronde("2022").onderdelen
    assert (plan.reflectie, plan.aanvraagjaar) == ("", None)
    assert valideer(plan, catalogus) == []


def test_the_request_of_the_year_applied_for_is_that_years_budget(catalogus):
    from domain.totals import gevraagd_in

    plan = geldig_in("2026-2029")
    assert plan.aanvraagjaar == 2027
    verwacht = sum((r.bedrag for r in plan.begroting if r.jaar == 2027), Decimal("0.00"))
    assert gevraagd_in(plan, 2027) == verwacht > 0
