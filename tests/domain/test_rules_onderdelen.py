"""One failing example per rule of the interventions, partners, indicators and budget.

Each case is the smallest change to a clean plan that breaks one rule; it names the finding
code, its severity and the exact path of the field.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.model import Begrotingsregel, Categorie, Interventie, Partner
from tests.domain.planbouw import Ernst, F, W, Wijziging, controleer_geval, doe, extra_regel, zet

CASES: list[tuple[str, Wijziging, Ernst, str]] = [
    # interventies
    (
        "INTERVENTIE_ONTBREEKT",
        doe(
            zet("interventies", []),
            zet(
                "begroting",
                [
                    Begrotingsregel(
                        categorie=Categorie.PROBLEEMANALYSE,
                        omschrijving="Analyse",
                        bedrag=Decimal("1.00"),
                    )
                ],
            ),
            zet("indicatoren[0].interventie_ids", []),
        ),
        F,
        "interventies",
    ),
    ("INTERVENTIE_NAAM_ONTBREEKT", zet("interventies[1].naam", ""), F, "interventies[1].naam"),
    (
        "INTERVENTIE_OMSCHRIJVING_ONTBREEKT",
        zet("interventies[1].omschrijving", ""),
        W,
        "interventies[1].omschrijving",
    ),
    ("PIJLER_ONTBREEKT", zet("interventies[0].pijler", ""), W, "interventies[0].pijler"),
    ("PIJLER_ONBEKEND", zet("interventies[0].pijler", "repressief"), F, "interventies[0].pijler"),
    (
        "ERKENNING_ONBEKEND",
        zet("interventies[1].erkenning", "bewezen"),
        F,
        "interventies[1].erkenning",
    ),
    (
        "INTERVENTIE_ZONDER_FACTOR",
        zet("interventies[1].factoren", []),
        F,
        "interventies[1].factoren",
    ),
    (
        "FACTOR_ONBEKEND",
        zet("interventies[0].factoren", ["R05", "X1"]),
        F,
        "interventies[0].factoren[1]",
    ),
    (
        "FACTOR_NIET_IN_ANALYSE",
        zet("interventies[0].factoren", ["R05", "R01"]),
        W,
        "interventies[0].factoren[1]",
    ),
    (
        "INTERVENTIE_DOELGROEP_ONTBREEKT",
        zet("interventies[0].doelgroep_ids", []),
        W,
        "interventies[0].doelgroep_ids",
    ),
    (
        "INTERVENTIE_DOELGROEP_ONBEKEND",
        zet("interventies[0].doelgroep_ids", ["dg-1", "weg"]),
        F,
        "interventies[0].doelgroep_ids[1]",
    ),
    (
        "INTERVENTIE_WIJK_ONBEKEND",
        zet("interventies[1].wijk_codes", ["WK051899"]),
        F,
        "interventies[1].wijk_codes[0]",
    ),
    (
        "INTERVENTIE_PARTNER_ONBEKEND",
        zet("interventies[1].lead_partner_id", "p-9"),
        F,
        "interventies[1].lead_partner_id",
    ),
    ("BEREIK_ONTBREEKT", zet("interventies[0].bereik", None), W, "interventies[0].bereik"),
    ("BEREIK_NEGATIEF", zet("interventies[0].bereik", -5), F, "interventies[0].bereik"),
    (
        "INTERVENTIE_JAREN_VOLGORDE",
        zet("interventies[1].jaar_van", 2025),
        F,
        "interventies[1].jaar_tot_en_met",
    ),
    (
        "INTERVENTIE_JAAR_BUITEN_PLAN",
        zet("interventies[1].jaar_tot_en_met", 2025),
        F,
        "interventies[1].jaar_tot_en_met",
    ),
    (
        "INTERVENTIE_ZONDER_BEGROTING",
        lambda p: p.interventies.append(
            Interventie(
                naam="Straatcoaches 2",
                omschrijving="x",
                pijler="flexibel",
                factoren=["R05"],
                doelgroep_ids=["dg-1"],
                bereik=10,
            )
        ),
        W,
        "interventies[2]",
    ),
    (
        "INTERVENTIE_NAAM_DUBBEL",
        zet("interventies[1].naam", "STRAATCOACHES"),
        F,
        "interventies[1].naam",
    ),
    # partners
    (
        "PARTNER_ONTBREEKT",
        doe(
            zet("partners", []),
            zet("interventies[0].lead_partner_id", None),
            zet("interventies[1].lead_partner_id", None),
        ),
        W,
        "partners",
    ),
    ("PARTNER_NAAM_ONTBREEKT", zet("partners[1].naam", ""), F, "partners[1].naam"),
    ("PARTNER_SOORT_ONTBREEKT", zet("partners[1].soort", ""), F, "partners[1].soort"),
    ("PARTNER_SOORT_ONBEKEND", zet("partners[0].soort", "brandweer"), F, "partners[0].soort"),
    (
        "PARTNER_NAAM_DUBBEL",
        lambda p: p.partners.append(Partner(naam="Halt  den haag", soort="halt")),
        W,
        "partners[2].naam",
    ),
    # indicatoren
    ("INDICATOR_ONTBREEKT", zet("indicatoren", []), W, "indicatoren"),
    ("INDICATOR_NAAM_ONTBREEKT", zet("indicatoren[0].naam", ""), F, "indicatoren[0].naam"),
    (
        "INDICATOR_NULMETING_ONTBREEKT",
        zet("indicatoren[0].nulmeting", None),
        W,
        "indicatoren[0].nulmeting",
    ),
    ("INDICATOR_BRON_ONTBREEKT", zet("indicatoren[0].bron", ""), W, "indicatoren[0].bron"),
    (
        "STREEFWAARDE_BUITEN_PLAN",
        lambda p: p.indicatoren[0].streefwaarden.update({2025: Decimal("130")}),
        W,
        "indicatoren[0].streefwaarden[2025]",
    ),
    (
        "STREEFWAARDE_ONTBREEKT",
        lambda p: p.indicatoren[0].streefwaarden.pop(2024),
        W,
        "indicatoren[0].streefwaarden[2024]",
    ),
    (
        "INDICATOR_INTERVENTIE_ONBEKEND",
        zet("indicatoren[0].interventie_ids", ["iv-9"]),
        F,
        "indicatoren[0].interventie_ids[0]",
    ),
    (
        "INDICATOR_NAAM_DUBBEL",
        lambda p: p.indicatoren.append(
            type(p.indicatoren[0])(
                naam="Bereik straatcoaches",
                nulmeting=Decimal(1),
                bron="x",
                streefwaarden={2023: Decimal(1), 2024: Decimal(1)},
            )
        ),
        W,
        "indicatoren[1].naam",
    ),
    # begroting
    ("BEGROTING_ONTBREEKT", zet("begroting", []), F, "begroting"),
    ("TOTAAL_BOVEN_PLAFOND", extra_regel(bedrag=Decimal("205900000.00")), F, "begroting"),
    (
        "JAAR_BOVEN_PLAFOND_GEMEENTE",
        doe(zet("ronde_code", "2024"), extra_regel(bedrag=Decimal("600000.00"))),
        F,
        "begroting",
    ),
    ("REGEL_JAAR_BUITEN_RONDE", zet("begroting[3].jaar", 2027), F, "begroting[3].jaar"),
    ("REGEL_JAAR_BUITEN_PLAN", zet("begroting[3].jaar", 2025), F, "begroting[3].jaar"),
    (
        "REGEL_JAAR_BUITEN_INTERVENTIE",
        doe(zet("jaar_tot_en_met", 2025), zet("begroting[2].jaar", 2025)),
        W,
        "begroting[2].jaar",
    ),
    (
        "REGEL_INTERVENTIE_ONBEKEND",
        zet("begroting[0].interventie_id", "iv-9"),
        F,
        "begroting[0].interventie_id",
    ),
    (
        "REGEL_INTERVENTIE_ONTBREEKT",
        extra_regel(categorie=Categorie.INTERVENTIE),
        F,
        "begroting[5].interventie_id",
    ),
    (
        "REGEL_CATEGORIE_INTERVENTIE",
        zet("begroting[2].categorie", Categorie.PROBLEEMANALYSE),
        W,
        "begroting[2].categorie",
    ),
    ("BEDRAG_NEGATIEF", zet("begroting[4].bedrag", Decimal("-9999.25")), F, "begroting[4].bedrag"),
    (
        "COFINANCIERING_NEGATIEF",
        zet("begroting[1].cofinanciering", Decimal("-1.00")),
        F,
        "begroting[1].cofinanciering",
    ),
    (
        "BEDRAG_TE_HOOG",
        zet("begroting[0].bedrag", Decimal("1000000000.00")),
        F,
        "begroting[0].bedrag",
    ),
    (
        "BEDRAG_ONGEBRUIKELIJK_HOOG",
        zet("begroting[0].bedrag", Decimal("10000000.01")),
        W,
        "begroting[0].bedrag",
    ),
    ("REGEL_LEEG", zet("begroting[3].bedrag", Decimal("0.00")), W, "begroting[3].bedrag"),
    (
        "COFINANCIERING_ZONDER_BRON",
        zet("begroting[1].cofinanciering_bron", " "),
        W,
        "begroting[1].cofinanciering_bron",
    ),
    (
        "REGEL_OMSCHRIJVING_ONTBREEKT",
        zet("begroting[4].omschrijving", ""),
        W,
        "begroting[4].omschrijving",
    ),
    (
        "OVERGENOMEN_CONTROLEREN",
        zet(
            "begroting[1].omschrijving",
            "[Controleren na overnemen uit ronde 2022: jaar 2030 valt buiten de looptijd] Inhuur",
        ),
        F,
        "begroting[1].omschrijving",
    ),
    (
        "REGEL_DUBBEL",
        lambda p: p.begroting.append(
            Begrotingsregel(
                interventie_id="iv-1",
                jaar=2023,
                omschrijving="coaches  2023",
                bedrag=Decimal("100000.00"),
            )
        ),
        W,
        "begroting[5]",
    ),
]


@pytest.mark.parametrize(
    ("code", "wijziging", "ernst", "pad"), CASES, ids=[f"{c[0]}@{c[3]}" for c in CASES]
)
def test_each_rule_reports_its_code_severity_and_path(catalogus, code, wijziging, ernst, pad):
    controleer_geval(catalogus, code, wijziging, ernst, pad)
