"""Opening a database: a file path, an SQLAlchemy URL, or None for the user's own file."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from domain.model import Plan

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)


def open_database(pad_of_url: str | None = None, *, wachttijd: float | None = None) -> Database:
    """Open (create, migrate, seed) the database; ``DatabaseFout`` (Dutch) when it cannot.

    ``wachttijd``: seconds a write waits for another program holding an SQLite file (default:
    storage's, for the editor). Typed as the port: the type checker proves here that
    storage's database offers it."""
    from storage.database import WACHTTIJD
    from storage.database import open_database as _open
    from storage.paths import database_url

    return _open(database_url(pad_of_url), wachttijd=WACHTTIJD if wachttijd is None else wachttijd)


def laad_demo(db: Database) -> list[tuple[Plan, bool]]:
    """Reference data and the sample plans, idempotent: (plan, True if it was added now)."""
    from domain.demo import demo_plannen, demo_plannen_rondes
    from resources import load_json

    db.vul_referentie_aan(load_json("reference.json"))
    uit: list[tuple[Plan, bool]] = []
    with db.unit_of_work() as uow:
        catalogus = uow.catalogus()
        for plan in demo_plannen(catalogus) + demo_plannen_rondes(catalogus):
            nieuw = not uow.plans.exists(plan.id)
            if nieuw:
                uow.plans.add(plan)
            uit.append((plan, nieuw))
        uow.commit()
    return uit
