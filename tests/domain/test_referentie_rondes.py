"""Issue 11: the four rounds and the 47 municipalities of the reference data."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from domain.catalogue import Catalogus


def test_every_municipality_has_a_unique_cbs_code_and_name(catalogus):
    codes = [g.code for g in catalogus.gemeenten]
    assert all(re.fullmatch(r"GM\d{4}", c) for c in codes), codes
    assert len(codes) == len(set(codes)) == 47
    namen = [g.naam for g in catalogus.gemeenten]
    assert len(namen) == len(set(namen))


def test_every_participant_of_every_round_is_a_known_municipality(catalogus):
    for ronde in catalogus.rondes:
        assert ronde.gemeenten, ronde.code
        assert len(ronde.gemeenten) == len(set(ronde.gemeenten))
        assert all(catalogus.gemeente(c) is not None for c in ronde.gemeenten), ronde.code


def test_the_rounds_have_the_participants_the_regelingen_name(catalogus):
    deelnemers = {r.code: set(r.gemeenten) for r in catalogus.rondes}
    assert list(deelnemers) == ["2022", "2023", "2024", "2026-2029"]
    assert [len(deelnemers[c]) for c in ("2022", "2023", "2024")] == [15, 12, 20]
    assert not deelnemers["2022"] & deelnemers["2023"]
    assert not (deelnemers["2022"] | deelnemers["2023"]) & deelnemers["2024"]
    # Unconfirmed default (domain README): the 27 of 2022 and 2023.
    assert deelnemers["2026-2029"] == deelnemers["2022"] | deelnemers["2023"]
    namen = {catalogus.gemeente(c).naam for c in deelnemers["2024"]}
    assert {"Zwolle", "Den Helder", "Nissewaard", "Rijswijk"} <= namen


def test_each_round_holds_the_rules_that_differ(catalogus):
    r22, r23, r24, r26 = (catalogus.ronde(c) for c in ("2022", "2023", "2024", "2026-2029"))
    assert "Stcrt. 2022, 24113" in r22.grondslag
    assert "Stcrt. 2023, 19537" in r23.grondslag
    assert "Stcrt. 2024, 12052" in r24.grondslag
    assert "Stcrt. 2025, 31991" in r26.grondslag
    assert (r22.kosten_vanaf, r22.kosten_tot, r22.max_jaren) == (
        date(2022, 6, 1),
        date(2026, 6, 1),
        4,
    )
    assert r22.aanvragen_tot == date(2022, 10, 1)  # "vóór 1 oktober 2022"
    assert isinstance(r22.plafond, Decimal) and r22.plafond == Decimal("205900000.00")
    assert r23.eenmalig and not r22.eenmalig
    assert r24.categorieen == ("probleemanalyse", "programmaondersteuning", "interventie")
    assert not r22.categorieen and not r26.categorieen
    assert r24.plafond_per_gemeente_per_jaar == Decimal("500000.00") and r24.max_jaren == 3
    assert r26.per_jaar and not r24.per_jaar
    assert (r26.kosten_vanaf, r26.kosten_tot) == (date(2026, 6, 1), date(2029, 12, 31))
    assert {"reflectie", "vooruitblik", "plan_van_aanpak"} <= set(r26.onderdelen)
    assert all((r.leeftijd_van, r.leeftijd_tot_en_met) == (8, 27) for r in catalogus.rondes)


def test_the_reference_file_round_trips_through_the_catalogue(catalogus):
    assert Catalogus.from_dict(catalogus.to_dict()) == catalogus


def test_a_reference_file_of_an_older_wijkplan_still_reads():
    oud = {
        "rondes": [
            {
                "code": "2022",
                "naam": "Preventie met Gezag 2022",
                "kosten_vanaf": "2022-06-01",
                "kosten_tot": "2026-06-01",
                "max_jaren": 4,
                "plafond": "205900000.00",
            }
        ]
    }
    (ronde,) = Catalogus.from_dict(oud).rondes
    assert ronde.plafond == Decimal("205900000.00")
    assert ronde.neemt_deel("GM0518")  # no participant list restricts nothing
    assert (ronde.leeftijd_van, ronde.leeftijd_tot_en_met) == (8, 27)


def test_today_picks_the_round_whose_application_period_is_open(catalogus):
    assert catalogus.standaard_ronde(date(2026, 12, 2)).code == "2026-2029"
    assert catalogus.standaard_ronde(date(2022, 9, 30)).code == "2022"
    assert catalogus.standaard_ronde(date(2024, 5, 1)).code == "2024"
    # A municipality only gets a round it takes part in.
    assert catalogus.standaard_ronde(date(2026, 12, 2), "GM0193").code == "2024"  # Zwolle
    assert catalogus.standaard_ronde(date(2024, 5, 1), "GM0518").code == "2022"
    assert catalogus.standaard_ronde(date(2023, 8, 1), "GM0034").code == "2023"  # Almere
    assert [r.code for r in catalogus.rondes_van("GM0034")] == ["2023", "2026-2029"]
    assert catalogus.standaard_ronde(date(2026, 12, 2), "GM9999") is None
