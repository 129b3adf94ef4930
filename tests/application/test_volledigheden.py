"""The plan list's completeness, computed by the use case over stored plans."""

from __future__ import annotations

from application.database import laad_demo
from application.plannen import volledigheden
from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID


def test_every_stored_plan_gets_its_completeness(db):
    ids = [plan.id for plan, _nieuw in laad_demo(db)]
    uit = volledigheden(db, [*ids, "0000-verdwenen"])
    assert set(uit) == set(ids)  # a plan that is gone is left out, not an error
    concept, compleet = uit[DEMO_CONCEPT_ID], uit[DEMO_COMPLEET_ID]
    assert (concept.klaar, concept.fouten, concept.waarschuwingen) == (3, 4, 5)
    assert compleet.compleet


def test_stopping_ends_the_work_between_plans(db):
    ids = [plan.id for plan, _nieuw in laad_demo(db)]
    gevraagd: list[int] = []

    def gestopt() -> bool:
        gevraagd.append(1)
        return len(gevraagd) > 2

    assert len(volledigheden(db, ids, gestopt)) == 2
