"""The completeness of a plan: sections done, errors, warnings (domain/volledigheid.py)."""

from __future__ import annotations

from domain.demo import demo_plannen
from domain.model import Plan
from domain.validation import valideer
from domain.volledigheid import ONDERDELEN, onderdeel_van, volledigheid


def test_the_complete_demo_plan_has_every_section_done(catalogus):
    plan = demo_plannen(catalogus)[0]
    v = volledigheid(plan, valideer(plan, catalogus))
    assert (v.klaar, v.onderdelen, v.fouten, v.waarschuwingen) == (7, 7, 0, 0)
    assert v.compleet and v.open_onderdelen == ()


def test_the_draft_counts_its_errors_warnings_and_open_sections(catalogus):
    plan = demo_plannen(catalogus)[1]
    bevindingen = list(valideer(plan, catalogus))
    v = volledigheid(plan, bevindingen)
    assert v.fouten == sum(1 for b in bevindingen if b.ernst == "fout") == 4
    assert v.waarschuwingen == len(bevindingen) - 4 == 5
    # A fout in iban, wijken, interventies and begroting: those four are not done.
    assert v.open_onderdelen == ("algemeen", "wijken", "interventies", "begroting")
    assert v.klaar == 3 and not v.compleet


def test_an_empty_section_is_not_done_even_without_findings(catalogus):
    plan = Plan(gemeente_code="GM0599", ronde_code="2022", titel="Zuid")
    v = volledigheid(plan, [])
    # The yearly application is not asked of a 2022 plan: it does not count.
    assert v.open_onderdelen == tuple(
        k for k, _p, _h in ONDERDELEN if k not in ("algemeen", "aanvraag")
    )
    assert (v.klaar, v.fouten, v.waarschuwingen) == (1, 0, 0)


def test_a_finding_belongs_to_the_section_of_its_path():
    assert onderdeel_van("iban") == "algemeen"
    assert onderdeel_van("contactpersoon.email") == "algemeen"
    assert onderdeel_van("probleemanalyse.risicofactoren[1].toelichting") == "doelgroepen"
    assert onderdeel_van("interventies[2]") == "interventies"
    assert onderdeel_van("begroting[4].jaar") == "begroting"
    assert onderdeel_van("wijkenlijst") == "algemeen"  # a prefix of a word is no match


def test_the_yearly_application_counts_where_the_round_asks_for_it(catalogus):
    from domain.demo import demo_plannen_rondes

    plan = next(p for p in demo_plannen_rondes(catalogus) if p.ronde_code == "2026-2029")
    v = volledigheid(plan, valideer(plan, catalogus))
    assert (v.klaar, v.onderdelen) == (8, 8)
    plan.reflectie = ""
    v = volledigheid(plan, valideer(plan, catalogus))
    assert v.onderdelen == 8 and "aanvraag" in v.open_onderdelen
