"""The plans in a database: the list, opening one, new, duplicate, delete, save an edit.

``plan`` arguments are exact ids; the command line, where a user may type the first characters
of an id, passes ``als_prefix=True`` (a unique prefix, resolved in the same unit of work).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# domain.model and domain.services are imported by the use cases that need them: the plan
# list at start-up needs neither (issue 13, bench/bench_gui_startup.py).
if TYPE_CHECKING:
    from collections.abc import Callable

    from application.ports import Database
    from domain.catalogue import Catalogus
    from domain.model import Plan
    from domain.overzicht import PlanOverzicht
    from domain.ports import UnitOfWork
    from domain.totals import Totalen
    from domain.validation import Bevinding
    from domain.volledigheid import Volledigheid

log = logging.getLogger(__name__)


def plan_id(uow: UnitOfWork, plan: str, *, als_prefix: bool = False) -> str:
    """The id to use: ``plan`` itself, or the one plan whose id starts with it."""
    return uow.plans.resolve(plan) if als_prefix else plan


def overzicht(db: Database) -> list[PlanOverzicht]:
    """Every plan as one row of the list (no plan is loaded)."""
    with db.unit_of_work() as uow:
        return uow.plans.overview()


def overzicht_vooraf(pad_of_url: str | None) -> list[PlanOverzicht] | None:
    """The same rows as :func:`overzicht`, read before the database is opened (issue 13): for
    an SQLite file whose schema is current, with ``sqlite3`` alone (no SQLAlchemy, no
    migrations; a few milliseconds). None for anything else: then open the database (which
    creates, migrates or explains) and call :func:`overzicht`."""
    from storage.paths import database_url
    from storage.plan_lijst import lees_plannen

    return lees_plannen(database_url(pad_of_url))


def open_plan(db: Database, plan: str, *, als_prefix: bool = False) -> Plan:
    with db.unit_of_work() as uow:
        return uow.plans.get(plan_id(uow, plan, als_prefix=als_prefix))


@dataclass(frozen=True)
class GeopendPlan:
    """A plan with its check, ready for the editor."""

    plan: Plan
    bevindingen: list[Bevinding]
    totalen: Totalen


def controleer_plan(plan: Plan, catalogus: Catalogus) -> tuple[list[Bevinding], Totalen]:
    """Findings and totals of a plan in memory (no database needed)."""
    from domain.totals import bereken_totalen
    from domain.validation import valideer

    return list(valideer(plan, catalogus)), bereken_totalen(plan, catalogus)


def open_en_controleer(db: Database, plan: str) -> GeopendPlan:
    """Load a plan and run its check (the editor opens it on a worker thread)."""
    geladen = open_plan(db, plan)
    bevindingen, totalen = controleer_plan(geladen, db.catalogus())
    return GeopendPlan(geladen, bevindingen, totalen)


def nieuw_plan(db: Database, gemeente_code: str, ronde_code: str, titel: str) -> Plan:
    from domain import services

    with db.unit_of_work() as uow:
        return services.nieuw_plan(uow, gemeente_code, ronde_code, titel)  # commits


def bewaar(db: Database, plan: Plan) -> None:
    """Store an edit: the plan's current content, in one unit of work (only what changed)."""
    from domain import services

    with db.unit_of_work() as uow:
        services.bewaar_plan(uow, plan)  # commits


def dupliceer(db: Database, plan: str) -> Plan:
    from domain import services

    with db.unit_of_work() as uow:
        return services.dupliceer_plan(uow, plan)  # commits


def verwijder(db: Database, plan: str) -> None:
    from domain import services

    with db.unit_of_work() as uow:
        services.verwijder_plan(uow, plan)  # commits


def volledigheden(
    db: Database, plan_ids: list[str], gestopt: Callable[[], bool] | None = None
) -> dict[str, Volledigheid]:
    """How complete each plan is (sections done, errors, warnings), for the plan list.

    A plan is loaded and checked in its own unit of work only when it was written since its
    figures were last made (its ``versie``, read for all plans in one query) or the reference
    data were read anew; the figures are kept with the opened database (``db.afgeleid``).
    The first fill after opening checks every plan: the GUI asks on a worker thread, and
    ``gestopt`` (asked between plans) ends it early when the app quits. A plan deleted
    meanwhile is left out."""
    from domain.errors import WijkplanFout
    from domain.validation import valideer
    from domain.volledigheid import volledigheid

    catalogus = db.catalogus()
    lees_versies = getattr(db, "plan_versies", None)  # storage's Database offers it
    versies: dict[str, Any] = lees_versies() if lees_versies is not None else {}
    uit: dict[str, Volledigheid] = {}
    for pid in plan_ids:
        if gestopt is not None and gestopt():
            break
        sleutel = ("volledigheid", pid)
        versie = versies.get(pid)
        bewaard = db.afgeleid.get(sleutel)
        if versie is not None and bewaard is not None:
            bij_versie, bij_catalogus, waarde = bewaard
            if bij_versie == versie and bij_catalogus is catalogus:
                uit[pid] = waarde
                continue
        try:
            plan = open_plan(db, pid)
        except WijkplanFout:
            log.info("plan %s niet meer te openen voor de volledigheid", pid)
            continue
        uit[pid] = volledigheid(plan, valideer(plan, catalogus))
        if versie is not None:
            # Read before the plan was loaded: a write in between makes the next check
            # differ (a newer versie), never keeps old figures.
            db.afgeleid[sleutel] = (versie, catalogus, uit[pid])
    return uit
