"""Properties over generated plans: the check never crashes, and totals always add up."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.bevinding import eerste_index
from domain.money import NUL
from domain.regels import REGELS
from domain.totals import bereken_totalen
from domain.validation import SECTIES, sectie, valideer
from tests.strategies import plannen

# Generated plans always have consistent references (see tests/strategies.py), so these
# findings would mean a bug in the rules or in the strategy.
VERWIJZINGEN = {
    "INTERVENTIE_DOELGROEP_ONBEKEND",
    "INTERVENTIE_WIJK_ONBEKEND",
    "INTERVENTIE_PARTNER_ONBEKEND",
    "INDICATOR_INTERVENTIE_ONBEKEND",
    "REGEL_INTERVENTIE_ONBEKEND",
    "FACTOR_ONBEKEND",
    "ERKENNING_ONBEKEND",
    "PIJLER_ONBEKEND",
    "PARTNER_SOORT_ONBEKEND",
    "GEMEENTE_ONBEKEND",
}

snel = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@snel
@given(data=st.data())
def test_any_generated_plan_gets_known_codes_in_section_order(catalogus, data):
    plan = data.draw(plannen(catalogus))
    bevindingen = valideer(plan, catalogus)
    for b in bevindingen:
        assert REGELS[b.code][0] == b.ernst
        assert sectie(b.pad) in SECTIES
        assert b.bericht.strip()
    volgorde = [(SECTIES.index(sectie(b.pad)), eerste_index(b.pad)) for b in bevindingen]
    assert volgorde == sorted(volgorde)
    assert not {b.code for b in bevindingen} & VERWIJZINGEN


@snel
@given(data=st.data())
def test_every_breakdown_of_the_totals_adds_up_to_the_total(catalogus, data):
    plan = data.draw(plannen(catalogus))
    t = bereken_totalen(plan, catalogus)
    assert t.gevraagd == sum((r.bedrag for r in plan.begroting), NUL)
    assert t.totaal == t.gevraagd + t.cofinanciering
    for deel in (t.per_jaar, t.per_categorie, t.per_jaar_categorie, t.per_interventie):
        assert sum(deel.values(), NUL) == t.gevraagd
    assert sum(t.cofinanciering_per_jaar.values(), NUL) == t.cofinanciering
    op_interventies = t.gevraagd - t.per_interventie[None]
    assert sum(t.per_erkenningsniveau.values(), NUL) == op_interventies
    assert 0 <= t.aandeel_erkend <= 1
