"""The shared plan strategy keeps its promises (the Excel and PDF tests rely on them)."""

from __future__ import annotations

import re

from hypothesis import given, settings

from domain.money import MAX_BEDRAG, NUL
from tests.strategies import plannen, referentie_catalogus

_XML_ONVEILIG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _teksten(plan) -> list[str]:
    """Every free text in the plan."""
    out = [plan.titel, plan.iban, plan.samenvatting, plan.probleemanalyse.tekst]
    out += vars(plan.contactpersoon).values()
    pa = plan.probleemanalyse
    out += [f.toelichting for f in pa.risicofactoren + pa.beschermende_factoren]
    out += [d.naam for d in plan.doelgroepen]
    out += [t for w in plan.wijken for t in (w.naam, w.toelichting)]
    out += [t for p in plan.partners for t in (p.naam, p.rol)]
    out += [t for i in plan.interventies for t in (i.naam, i.omschrijving)]
    out += [t for i in plan.indicatoren for t in (i.naam, i.eenheid, i.bron)]
    out += [t for r in plan.begroting for t in (r.omschrijving, r.cofinanciering_bron)]
    return out


@settings(max_examples=40)
@given(plannen())
def test_generated_plans_reference_only_what_exists(plan):
    cat = referentie_catalogus()
    assert cat.gemeente(plan.gemeente_code) and cat.ronde(plan.ronde_code)
    ids = [plan.id] + [x.id for x in plan.doelgroepen + plan.partners + plan.interventies]
    ids += [x.id for x in plan.indicatoren + plan.begroting]
    assert len(ids) == len(set(ids))
    interventies = {i.id for i in plan.interventies}
    wijken = {w.code for w in plan.wijken}
    assert len(wijken) == len(plan.wijken)
    for i in plan.interventies:
        assert set(i.doelgroep_ids) <= {d.id for d in plan.doelgroepen}
        assert set(i.wijk_codes) <= wijken
        assert i.lead_partner_id is None or plan.partner(i.lead_partner_id)
        assert all(cat.factor(f) for f in i.factoren)
        assert cat.erkenningsniveau(i.erkenning)
    for ind in plan.indicatoren:
        assert set(ind.interventie_ids) <= interventies
        assert set(ind.streefwaarden) <= set(plan.jaren)
    for r in plan.begroting:
        assert r.interventie_id is None or r.interventie_id in interventies
        assert r.jaar in plan.jaren
        assert NUL <= r.bedrag <= MAX_BEDRAG and r.bedrag == r.bedrag.quantize(NUL)


@settings(max_examples=40)
@given(plannen())
def test_generated_texts_hold_only_characters_xml_can_carry(plan):
    assert not any(_XML_ONVEILIG.search(t) for t in _teksten(plan))
