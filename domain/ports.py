"""What the services need from storage, as protocols, so that domain/ never imports SQLAlchemy.

``storage.database.Database.unit_of_work()`` returns an object that satisfies
:class:`UnitOfWork`; its ``plans`` attribute satisfies :class:`PlanRepository`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from domain.catalogue import Catalogus
from domain.model import Plan, PlanOverzicht, Status

if TYPE_CHECKING:
    from domain.importing import Herkomst
    from domain.referentie import PlanGebruik


@dataclass(frozen=True)
class Momentopname:
    """A frozen (submitted) revision of a plan, as listed; the plan itself via ``snapshot``."""

    plan_id: str
    revisie: int
    status: Status
    vastgelegd_op: datetime
    content_hash: str


class PlanRepository(Protocol):
    def get(self, plan_id: str) -> Plan:
        """The plan, or :class:`domain.errors.PlanNietGevonden`."""
        ...

    def exists(self, plan_id: str) -> bool: ...

    def status(self, plan_id: str) -> tuple[Status, int]:
        """(status, revisie) as stored, without loading the plan."""
        ...

    def add(self, plan: Plan) -> None: ...

    def update(self, plan: Plan) -> None:
        """Write only what differs from the stored plan (rows compared by id)."""
        ...

    def delete(self, plan_id: str) -> None: ...

    def overview(self) -> list[PlanOverzicht]: ...

    def resolve(self, prefix: str) -> str:
        """The one plan id that starts with ``prefix``."""
        ...

    def snapshots(self, plan_id: str) -> list[Momentopname]: ...

    def snapshot(self, plan_id: str, revisie: int) -> Plan: ...

    def add_snapshot(self, plan: Plan) -> None:
        """Keep ``plan`` as its revision's read-only snapshot; refuses to overwrite one."""
        ...


class HerkomstRepository(Protocol):
    """Where each stored revision came from (storage/herkomst.py); rows are only added."""

    def add(self, plan_id: str, revisie: int, herkomst: Herkomst) -> None: ...

    def laatste(self, plan_id: str, revisie: int) -> Herkomst | None:
        """How the revision as stored now came in (None: typed in the app)."""
        ...

    def zelfde_gemeente_en_ronde(
        self, gemeente_code: str, ronde_code: str, behalve: str
    ) -> list[str]:
        """Ids of other plans of this gemeente for this round."""
        ...


class ReferentieRepository(Protocol):
    """The reference data as stored (storage/reference.py), inside one unit of work."""

    def vergrendel(self) -> None:
        """No plan is written by others until the unit of work ends."""
        ...

    def lees(self) -> Catalogus: ...

    def gebruik(self) -> list[PlanGebruik]:
        """What every stored plan takes from the reference data."""
        ...

    def vervang(self, catalogus: Catalogus) -> int:
        """Store exactly ``catalogus`` (rows it lacks are deleted)."""
        ...


class UnitOfWork(Protocol):
    # Read-only for the services, so that a unit of work whose ``plans`` is a concrete
    # repository (storage's ``SqlPlanRepository``) satisfies this protocol (a plain attribute
    # would have to be exactly ``PlanRepository``: mutable attributes are invariant).
    @property
    def plans(self) -> PlanRepository: ...

    @property
    def herkomst(self) -> HerkomstRepository: ...

    @property
    def referentie(self) -> ReferentieRepository: ...

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def catalogus(self) -> Catalogus: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
