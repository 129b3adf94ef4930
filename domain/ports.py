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
    from domain.auditlog import AuditRegel
    from domain.beoordeling import Beoordeling, Criterium, Notitie
    from domain.besluit import Besluit
    from domain.importing import Herkomst
    from domain.referentie import PlanGebruik
    from domain.toewijzing import Toewijzing


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

    def add_if_new(self, plan: Plan) -> tuple[Status, int] | None:
        """Add ``plan`` unless its id is stored; then write nothing and return the stored
        (status, revisie), as ``status`` would (an import: issue 13)."""
        ...

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

    @property
    def beoordelingen(self) -> BeoordelingRepository: ...

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


@dataclass(frozen=True)
class RondePlan:
    """One plan of a round as the assessor's overview reads it (issue 12), without loading
    the plan: its stored row and its newest submitted revision (content as canonical JSON)."""

    plan_id: str
    gemeente_code: str
    status: Status  # of the stored (newest) revision
    revisie: int  # the stored (newest) revision
    ingediende_revisie: int | None  # the newest submitted revision, None: never submitted
    inhoud: str | None  # that revision's canonical JSON
    gewijzigd_na_export: bool  # the flag of the newest import of the revision under assessment
    content_hash: str | None = None  # that revision's content hash (a cache key: it is frozen)


class BeoordelingRepository(Protocol):
    """Assessments, notes, decisions, allocations and their audit log (storage/beoordelingen.py).

    Every ``bewaar_*`` takes the record with its ``versie`` as read (None: new) and refuses
    with :class:`domain.errors.GelijktijdigGewijzigd` when another writer stored it since; it
    returns the record as stored (new ``versie``, ``gewijzigd_op``, ``gewijzigd_door``).
    """

    def criteria(self, ronde_code: str) -> list[Criterium]: ...

    def ronde_plannen(self, ronde_code: str) -> list[RondePlan]: ...

    def plannen_per_ronde(self) -> dict[str, int]: ...

    def beoordelingen(self, plan_id: str, revisie: int | None = None) -> list[Beoordeling]: ...

    def beoordelingen_van(self, plan_ids: list[str]) -> list[Beoordeling]: ...

    def bewaar_beoordeling(self, b: Beoordeling, door: str) -> Beoordeling: ...

    def notities(self, plan_id: str, revisie: int | None = None) -> list[Notitie]: ...

    def notitie(self, notitie_id: str) -> Notitie | None: ...

    def bewaar_notitie(self, n: Notitie, door: str) -> Notitie: ...

    def verwijder_notitie(self, n: Notitie, door: str) -> None: ...

    def besluit(self, plan_id: str, revisie: int) -> Besluit | None: ...

    def besluiten(self, plan_ids: list[str]) -> list[Besluit]: ...

    def bewaar_besluit(self, b: Besluit, door: str) -> Besluit: ...

    def toewijzing(self, plan_id: str, revisie: int) -> Toewijzing | None: ...

    def toewijzingen(self, plan_ids: list[str]) -> list[Toewijzing]: ...

    def vergrendel_ronde(self, ronde_code: str) -> None:
        """Serialise checking the round's ceilings and writing allocations (until commit)."""
        ...

    def bewaar_toewijzing(self, t: Toewijzing, door: str) -> Toewijzing: ...

    def schrijf_audit(
        self,
        plan_id: str,
        revisie: int,
        onderwerp: str,
        sleutel: str,
        wijzigingen: list[tuple[str, str | None, str | None]],
        door: str,
    ) -> None: ...

    def audit(self, plan_id: str) -> list[AuditRegel]: ...

    def zet_plan_status(self, plan_id: str, revisie: int, status: Status, door: str) -> None:
        """The plans row takes the decision's status when it is that revision."""
        ...
