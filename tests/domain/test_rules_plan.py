"""One failing example per rule of the plan's general part, analysis, target groups, wijken.

Each case is the smallest change to a clean plan that breaks one rule; it names the finding
code, its severity and the exact path of the field (the GUI and Excel import point there).
"""

from __future__ import annotations

import pytest

from domain.model import Doelgroep, GekozenFactor, Wijk
from tests.domain.planbouw import Ernst, F, W, Wijziging, controleer_geval, doe, zet

CASES: list[tuple[str, Wijziging, Ernst, str]] = [
    # algemeen
    ("GEMEENTE_ONTBREEKT", zet("gemeente_code", ""), F, "gemeente_code"),
    ("GEMEENTE_ONBEKEND", zet("gemeente_code", "GM9999"), F, "gemeente_code"),
    ("RONDE_ONTBREEKT", zet("ronde_code", " "), F, "ronde_code"),
    ("RONDE_ONBEKEND", zet("ronde_code", "2019"), F, "ronde_code"),
    ("GEMEENTE_NIET_IN_RONDE", zet("ronde_code", "2024"), F, "ronde_code"),
    ("TITEL_ONTBREEKT", zet("titel", "  "), F, "titel"),
    ("JAREN_VOLGORDE", zet("jaar_tot_en_met", 2022), F, "jaar_tot_en_met"),
    ("JAAR_BUITEN_RONDE", zet("jaar_van", 2021), F, "jaar_van"),
    (
        "JAREN_TE_VEEL",
        doe(zet("jaar_van", 2022), zet("jaar_tot_en_met", 2026)),
        F,
        "jaar_tot_en_met",
    ),
    ("IBAN_ONTBREEKT", zet("iban", ""), F, "iban"),
    ("IBAN_GEEN_NL", zet("iban", "DE89370400440532013000"), F, "iban"),
    ("IBAN_LENGTE", zet("iban", "NL91ABNA041716430"), F, "iban"),
    ("IBAN_ONGELDIG", zet("iban", "NL92ABNA0417164300"), F, "iban"),
    ("CONTACT_NAAM_ONTBREEKT", zet("contactpersoon.naam", ""), F, "contactpersoon.naam"),
    ("CONTACT_EMAIL_ONTBREEKT", zet("contactpersoon.email", ""), F, "contactpersoon.email"),
    (
        "CONTACT_EMAIL_ONGELDIG",
        zet("contactpersoon.email", "f.elamrani@denhaag,nl"),
        F,
        "contactpersoon.email",
    ),
    (
        "CONTACT_TELEFOON_ONGELDIG",
        zet("contactpersoon.telefoon", "bel de receptie"),
        W,
        "contactpersoon.telefoon",
    ),
    ("SAMENVATTING_ONTBREEKT", zet("samenvatting", ""), F, "samenvatting"),
    # probleemanalyse
    ("PROBLEEMANALYSE_ONTBREEKT", zet("probleemanalyse.tekst", ""), F, "probleemanalyse.tekst"),
    (
        "RISICOFACTOREN_ONTBREKEN",
        zet("probleemanalyse.risicofactoren", []),
        W,
        "probleemanalyse.risicofactoren",
    ),
    (
        "FACTOR_ONBEKEND",
        lambda p: p.probleemanalyse.risicofactoren.append(GekozenFactor("R99", "x")),
        F,
        "probleemanalyse.risicofactoren[1].code",
    ),
    (
        "FACTOR_VERKEERDE_SOORT",
        lambda p: p.probleemanalyse.risicofactoren.append(GekozenFactor("B01", "x")),
        F,
        "probleemanalyse.risicofactoren[1].code",
    ),
    (
        "FACTOR_DUBBEL",
        lambda p: p.probleemanalyse.beschermende_factoren.append(GekozenFactor("B02", "x")),
        W,
        "probleemanalyse.beschermende_factoren[1].code",
    ),
    (
        "FACTOR_TOELICHTING_ONTBREEKT",
        zet("probleemanalyse.risicofactoren[0].toelichting", ""),
        W,
        "probleemanalyse.risicofactoren[0].toelichting",
    ),
    # doelgroepen
    (
        "DOELGROEP_ONTBREEKT",
        doe(
            zet("doelgroepen", []),
            zet("interventies[0].doelgroep_ids", []),
            zet("interventies[1].doelgroep_ids", []),
        ),
        F,
        "doelgroepen",
    ),
    ("DOELGROEP_NAAM_ONTBREEKT", zet("doelgroepen[0].naam", ""), F, "doelgroepen[0].naam"),
    ("DOELGROEP_LEEFTIJD", zet("doelgroepen[0].leeftijd_van", 7), F, "doelgroepen[0].leeftijd_van"),
    (
        "DOELGROEP_LEEFTIJD_VOLGORDE",
        zet("doelgroepen[0].leeftijd_tot_en_met", 11),
        F,
        "doelgroepen[0].leeftijd_tot_en_met",
    ),
    (
        "DOELGROEP_NAAM_DUBBEL",
        lambda p: p.doelgroepen.append(Doelgroep(naam=" tieners ", leeftijd_van=12)),
        W,
        "doelgroepen[1].naam",
    ),
    # wijken
    (
        "WIJK_ONTBREEKT",
        doe(
            zet("wijken", []),
            zet("interventies[0].wijk_codes", []),
            zet("interventies[1].wijk_codes", []),
        ),
        F,
        "wijken",
    ),
    ("WIJK_CODE_ONTBREEKT", zet("wijken[0].code", ""), F, "wijken[0].code"),
    ("WIJK_CODE_FORMAAT", zet("wijken[0].code", "WK5184"), F, "wijken[0].code"),
    (
        "WIJK_CODE_GEMEENTE",
        lambda p: p.wijken.append(Wijk("WK059912", "Feijenoord", "x")),
        F,
        "wijken[1].code",
    ),
    ("WIJK_NAAM_ONTBREEKT", zet("wijken[0].naam", ""), F, "wijken[0].naam"),
    ("WIJK_TOELICHTING_ONTBREEKT", zet("wijken[0].toelichting", ""), W, "wijken[0].toelichting"),
    (
        "WIJK_CODE_DUBBEL",
        lambda p: p.wijken.append(Wijk("WK051844", "Bouwlust", "x")),
        F,
        "wijken[1].code",
    ),
]


@pytest.mark.parametrize(
    ("code", "wijziging", "ernst", "pad"), CASES, ids=[f"{c[0]}@{c[3]}" for c in CASES]
)
def test_each_rule_reports_its_code_severity_and_path(catalogus, code, wijziging, ernst, pad):
    controleer_geval(catalogus, code, wijziging, ernst, pad)
