"""A plan's revisions (issue 12): its history with provenance and decisions, and the
readable diff between two revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from application.beoordelingsbasis import herkomst_van
from application.plannen import plan_id as _plan_id
from domain.besluit import Besluit
from domain.model import Plan, Status
from domain.ports import UnitOfWork
from domain.revisies import RevisieVerschil

if TYPE_CHECKING:
    from application.ports import Database
    from domain.importing import Herkomst


@dataclass(frozen=True)
class Revisie:
    """One revision in a plan's history (newest last)."""

    revisie: int
    status: str  # 'ingediend', or the decision ('in_beoordeling' …); 'concept' for the draft
    vastgelegd_op: datetime | None  # when it was submitted (None: the current draft)
    content_hash: str | None
    herkomst: tuple[Herkomst, ...] = ()  # every import of this revision (empty: typed here)
    besluit: Besluit | None = None

    @property
    def concept(self) -> bool:
        return self.vastgelegd_op is None


def revisies(db: Database, plan: str, *, als_prefix: bool = False) -> list[Revisie]:
    """Every submitted revision of the plan with its provenance and decision, oldest first;
    a draft after the last submitted revision (or a plan never submitted) ends the list."""
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        status, huidige = uow.plans.status(pid)
        herkomst: dict[int, list[Herkomst]] = {}
        for regel in herkomst_van(uow, pid):
            herkomst.setdefault(regel[0], []).append(regel[1])
        uit = []
        for m in uow.plans.snapshots(pid):
            besluit = uow.beoordelingen.besluit(pid, m.revisie)
            uit.append(
                Revisie(
                    m.revisie,
                    besluit.status.value if besluit else m.status.value,
                    m.vastgelegd_op,
                    m.content_hash,
                    tuple(herkomst.get(m.revisie, ())),
                    besluit,
                )
            )
        if status == Status.CONCEPT:
            uit.append(
                Revisie(huidige, Status.CONCEPT.value, None, None, tuple(herkomst.get(huidige, ())))
            )
        return uit


def _revisie_plan(uow: UnitOfWork, pid: str, revisie: int) -> Plan:
    """A submitted revision from its snapshot, or the current draft when it is that one."""
    status, huidige = uow.plans.status(pid)
    if revisie == huidige and status == Status.CONCEPT:
        return uow.plans.get(pid)
    return uow.plans.snapshot(pid, revisie)


def verschil(
    db: Database,
    plan: str,
    oud: int,
    nieuw: int | None = None,
    *,
    als_prefix: bool = False,
) -> RevisieVerschil:
    """What changed from revision ``oud`` to revision ``nieuw`` (default: the newest,
    the draft if there is one): texts, items added/removed/changed, money per year and
    category. ``RevisieVerschil.regels()`` gives it as Dutch lines."""
    from domain.revisies import verschil_revisies

    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        _, huidige = uow.plans.status(pid)
        a = _revisie_plan(uow, pid, oud)
        b = _revisie_plan(uow, pid, huidige if nieuw is None else nieuw)
        return verschil_revisies(a, b, uow.catalogus())
