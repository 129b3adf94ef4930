"""domain.referentie: the preview of new reference data and the refusals, without a database."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from domain.model import CodeLabel
from domain.referentie import PlanGebruik, fouten_in, verschillen, weigeringen


def test_changed_values_are_shown_as_a_coordinator_reads_them(catalogus):
    r24 = catalogus.ronde("2024")
    nieuw_r24 = dataclasses.replace(
        r24, plafond_per_gemeente_per_jaar=Decimal("400000.00"), per_jaar=True
    )
    nieuw = dataclasses.replace(
        catalogus,
        rondes=tuple(nieuw_r24 if r is r24 else r for r in catalogus.rondes),
        pijlers=tuple(reversed(catalogus.pijlers)),
        kostensoorten=catalogus.kostensoorten[:-1],
    )
    (ronde, pijlers, kostensoort) = verschillen(catalogus, nieuw)
    assert ronde.tekst() == "ronde 2024 (Preventie met Gezag 2024 (flexibele aanpak)) gewijzigd"
    assert [v.tekst() for v in ronde.velden] == [
        "plafond_per_gemeente_per_jaar: € 500.000,00 → € 400.000,00",
        "per_jaar: nee → ja",
    ]
    assert pijlers.tekst() == "volgorde van de pijlers gewijzigd"
    assert kostensoort.tekst() == "kostensoort overig (Overig) verwijderd"
    assert verschillen(catalogus, catalogus) == []


def test_an_unused_code_may_go_a_used_one_may_not():
    from domain.catalogue import Catalogus

    oud = Catalogus(pijlers=(CodeLabel("a", "A"), CodeLabel("b", "B")))
    nieuw = Catalogus(pijlers=(CodeLabel("a", "A"),))
    plan = PlanGebruik("p-1", "Plan", None, None, {"pijlers": frozenset({"a"})})
    assert weigeringen(oud, nieuw, [plan]) == []
    gebruikt = PlanGebruik("p-2", "Ander plan", None, None, {"pijlers": frozenset({"b"})})
    assert weigeringen(oud, nieuw, [plan, gebruikt]) == [
        "Pijler b (B) wordt verwijderd, maar 1 plan gebruikt deze nog: "
        "zonder gemeente 'Ander plan' (id p-2)."
    ]


def test_the_shipped_reference_data_has_no_faults(catalogus):
    assert fouten_in(catalogus) == []
