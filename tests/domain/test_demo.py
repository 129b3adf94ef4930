"""The two demo plans: one submittable, one draft whose findings are known in advance."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID, demo_plannen
from domain.demo_rotterdam import VERWACHTE_FOUTEN, VERWACHTE_WAARSCHUWINGEN
from domain.model import Kant
from domain.serialize import canonical_json, content_hash, plan_from_dict, plan_to_dict
from domain.totals import bereken_totalen
from domain.validation import Ernst, indienbaar, valideer


def test_the_demo_ids_are_fixed_valid_uuids_and_the_complete_plan_comes_first(catalogus):
    compleet, concept = demo_plannen(catalogus)
    assert (compleet.id, concept.id) == (DEMO_COMPLEET_ID, DEMO_CONCEPT_ID)
    assert str(uuid.UUID(DEMO_COMPLEET_ID)) == DEMO_COMPLEET_ID
    assert str(uuid.UUID(DEMO_CONCEPT_ID)) == DEMO_CONCEPT_ID


def test_every_call_gives_equal_but_separate_plans(catalogus):
    eerste, tweede = demo_plannen(catalogus), demo_plannen(catalogus)
    assert eerste == tweede
    assert [content_hash(p) for p in eerste] == [content_hash(p) for p in tweede]
    eerste[0].begroting.clear()
    assert demo_plannen(catalogus)[0].begroting  # no shared mutable state


def test_the_complete_plan_has_no_findings_and_may_be_submitted(catalogus):
    compleet = demo_plannen(catalogus)[0]
    bevindingen = valideer(compleet, catalogus)
    assert [b for b in bevindingen if b.ernst == Ernst.FOUT] == []
    assert indienbaar(bevindingen)
    assert bevindingen == []  # not even a warning: the reference for screenshots


def test_the_complete_plan_reads_like_the_hague_wrote_it(catalogus):
    p = demo_plannen(catalogus)[0]
    assert (p.gemeente_code, p.ronde_code, p.jaar_van, p.jaar_tot_en_met) == (
        "GM0518",
        "2022",
        2023,
        2026,
    )
    tekst = canonical_json(p)
    for naam in ("Súdwest-Fryslân", "Yeşilgöz-Zegerius", "'s-Gravenhage"):
        assert naam in tekst
    assert all(re.fullmatch(r"WK0518[0-9A-Z]{2}", w.code) for w in p.wijken)
    assert {i.kant for i in p.interventies} == set(Kant)
    assert len({i.erkenning for i in p.interventies}) >= 4
    assert {"politie", "halt", "jongerenwerk", "onderwijs"} <= {x.soort for x in p.partners}
    for ind in p.indicatoren:
        assert ind.nulmeting is not None
        assert sorted(ind.streefwaarden) == p.jaren


def test_the_complete_budget_is_a_few_million_over_four_years(catalogus):
    p = demo_plannen(catalogus)[0]
    t = bereken_totalen(p, catalogus)
    assert 24 <= len(p.begroting) <= 60
    assert Decimal("2000000") < t.gevraagd < Decimal("10000000")
    assert sorted(t.per_jaar) == [2023, 2024, 2025, 2026]
    assert sum(t.per_jaar.values()) == t.gevraagd
    assert t.cofinanciering > 0
    assert Decimal("0.3") < t.aandeel_erkend < Decimal("1")


def test_the_draft_has_exactly_the_intended_findings(catalogus):
    concept = demo_plannen(catalogus)[1]
    bevindingen = valideer(concept, catalogus)
    assert concept.gemeente_code == "GM0599"
    assert {b.code for b in bevindingen if b.ernst == Ernst.FOUT} == VERWACHTE_FOUTEN
    assert {b.code for b in bevindingen if b.ernst == Ernst.WAARSCHUWING} == (
        VERWACHTE_WAARSCHUWINGEN
    )
    assert not indienbaar(bevindingen)


def test_the_demo_plans_survive_the_canonical_round_trip(catalogus):
    for plan in demo_plannen(catalogus):
        assert plan_from_dict(plan_to_dict(plan)) == plan
        assert content_hash(plan_from_dict(plan_to_dict(plan))) == content_hash(plan)


def test_inner_ids_are_unique_within_and_across_the_demo_plans(catalogus):
    ids = []
    for p in demo_plannen(catalogus):
        ids += [p.id] + [x.id for x in p.doelgroepen + p.partners]
        ids += [x.id for x in p.interventies] + [x.id for x in p.indicatoren]
        ids += [x.id for x in p.begroting]
    assert len(ids) == len(set(ids))


def test_a_catalogue_without_the_2022_round_gets_the_demo_in_its_first_round(catalogus):
    from dataclasses import replace

    later = replace(catalogus.rondes[0], code="2026", naam="Preventie met Gezag 2026")
    anders = replace(catalogus, rondes=(later,))
    assert {p.ronde_code for p in demo_plannen(anders)} == {"2026"}


def test_the_later_rounds_each_get_a_complete_demo_plan_without_findings(catalogus):
    from domain.demo import DEMO_2024_ID, DEMO_2026_ID, demo_plannen_rondes

    plan_2026, plan_2024 = demo_plannen_rondes(catalogus)
    assert (plan_2026.id, plan_2026.ronde_code, plan_2026.gemeente_code) == (
        DEMO_2026_ID,
        "2026-2029",
        "GM0518",
    )
    assert (plan_2026.jaar_van, plan_2026.jaar_tot_en_met) == (2026, 2029)
    assert (plan_2024.id, plan_2024.ronde_code, plan_2024.gemeente_code) == (
        DEMO_2024_ID,
        "2024",
        "GM0193",
    )
    for plan in (plan_2026, plan_2024):
        assert valideer(plan, catalogus) == []
        assert plan_from_dict(plan_to_dict(plan)) == plan
    # Within the 2024 ceiling of € 500.000 per municipality per year.
    per_jaar = bereken_totalen(plan_2024, catalogus).per_jaar
    assert sorted(per_jaar) == [2024, 2025, 2026]
    assert max(per_jaar.values()) <= Decimal("500000.00")
    # Fixed ids that share no prefix with the 2022 demo plans (commands take a prefix).
    oud = [p.id for p in demo_plannen(catalogus)]
    assert not any(n[:4] == o[:4] for n in (DEMO_2026_ID, DEMO_2024_ID) for o in oud)
    alle = [p.id for p in [*demo_plannen(catalogus), plan_2026, plan_2024]]
    binnen = [x.id for p in (plan_2026, plan_2024) for x in p.begroting + p.interventies]
    assert len(set(alle)) == 4 and len(set(binnen)) == len(binnen)
    assert demo_plannen_rondes(catalogus) == [plan_2026, plan_2024]  # idempotent
