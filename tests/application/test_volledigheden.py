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


def _statements(db):
    """The SELECT statements the engine sends while the block runs (real engine events)."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def recorder():
        seen: list[str] = []

        def listener(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            yield seen
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)

    return recorder()


def test_a_refresh_checks_only_the_plans_written_since(db, db_url):
    """Issue 13: the list asks for the completeness on every fill; a plan is loaded and
    checked again only when it was written (here, by this program and by another one)."""
    from application.database import open_database
    from application.plannen import bewaar, open_plan

    ids = [plan.id for plan, _nieuw in laad_demo(db)]
    with _statements(db) as gezien:
        eerst = volledigheden(db, ids)
    alles = len(gezien)  # both plans loaded
    with _statements(db) as gezien:
        opnieuw = volledigheden(db, ids)
    assert opnieuw == eerst
    assert len(gezien) == 1  # the versions of all plans, one query; no plan loaded

    plan = open_plan(db, DEMO_CONCEPT_ID)
    plan.titel = ""  # an error more in Algemeen
    bewaar(db, plan)
    with _statements(db) as gezien:
        na_bewaren = volledigheden(db, ids)
    assert na_bewaren[DEMO_COMPLEET_ID] == eerst[DEMO_COMPLEET_ID]
    assert na_bewaren[DEMO_CONCEPT_ID].fouten == eerst[DEMO_CONCEPT_ID].fouten + 1
    assert 1 < len(gezien) < alles  # the versions, then the one plan written

    ander = open_database(db_url)  # another program on the same database
    try:
        plan = open_plan(ander, DEMO_COMPLEET_ID)
        plan.titel = ""
        bewaar(ander, plan)
    finally:
        ander.dispose()
    na_ander = volledigheden(db, ids)
    assert na_ander[DEMO_COMPLEET_ID].fouten == eerst[DEMO_COMPLEET_ID].fouten + 1
    assert not na_ander[DEMO_COMPLEET_ID].compleet

    db.vergeet_catalogus()  # reference data read anew: every plan checked again
    with _statements(db) as gezien:
        volledigheden(db, ids)
    assert len(gezien) > alles  # the catalogue read again, and both plans
