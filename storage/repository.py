"""The plan repository on one database connection (inside a unit of work's transaction).

``update`` compares the plan with what is stored, row by row (by id), and writes only the rows
that differ: the GUI saves on every keystroke, and one keystroke in a plan of 2,000 budget lines
must be one UPDATE of one row, not a rewrite of the plan.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, Table, and_, bindparam, delete, select, update
from sqlalchemy.exc import DataError, IntegrityError

from domain.errors import OngeldigeInvoer, PlanBevroren, PlanGewijzigd, PlanNietGevonden
from domain.model import Plan, PlanOverzicht, Status
from domain.ports import Momentopname
from domain.serialize import canonical_json, content_hash, plan_from_dict
from storage import schema as s
from storage.bulk_insert import schrijf, voeg_in, voeg_tupels_in
from storage.diff import Afdruk, Wijzigingen, afdruk, vergelijk, verschil
from storage.mapping import PART_KEYS, Key, Row, part_rows, plan_from_rows, plan_row
from storage.part_tupels import KOLOMMEN, part_tupels, tupels_uit_rijen
from storage.plan_lezen import plan_overzicht, zoek_plan_id
from storage.plan_lijst import STATUS_PER_WAARDE
from storage.uitvoeren import reeks
from storage.vraag import vraag_rijen

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def _nu() -> datetime:
    return datetime.now(UTC)


def _opslaanbaar(method: Callable[[SqlPlanRepository, Plan], _T]) -> Callable[..., _T]:
    """A value the database type cannot hold (PostgreSQL: a NUL character in a text, a number
    beyond 32 bits) becomes a Dutch message instead of a driver error."""

    @functools.wraps(method)
    def wrapper(self: SqlPlanRepository, plan: Plan) -> _T:
        try:
            return method(self, plan)
        except DataError as exc:
            detail = str(exc.orig or exc).strip().splitlines()[0]
            raise OngeldigeInvoer(
                f"Plan '{plan.titel or plan.id}' bevat een waarde die de database niet kan "
                "opslaan: een te groot getal of een onzichtbaar stuurteken in een tekst. "
                f"(Technisch: {detail})",
                engels=f"Plan '{plan.titel or plan.id}' holds a value the database cannot "
                "store: a number that is too large or an invisible control character in a "
                f"text. (Technical: {detail})",
            ) from exc

    return wrapper


# Built once (issue 13): a bulk import runs these for every file; building the expression
# anew each time cost more than the query.
_BESTAAT = select(s.plans.c.id).where(s.plans.c.id == bindparam("id"))
_SNAPSHOT_BESTAAT = select(s.snapshots.c.revisie).where(
    s.snapshots.c.plan_id == bindparam("id"), s.snapshots.c.revisie == bindparam("revisie")
)
_STATUS_VAN = select(s.plans.c.status, s.plans.c.revisie).where(s.plans.c.id == bindparam("id"))
# Is gemeente :g known, ronde :r, and the status and revision of plan :id (NULL where not).
# Issue 13: one statement answers what an import asks before it adds a plan (is the id new?)
# and what adding needs to know (are its codes known?).
_CONTROLE = select(
    select(s.gemeenten.c.code).where(s.gemeenten.c.code == bindparam("g")).scalar_subquery(),
    select(s.rondes.c.code).where(s.rondes.c.code == bindparam("r")).scalar_subquery(),
    select(s.plans.c.status).where(s.plans.c.id == bindparam("id")).scalar_subquery(),
    select(s.plans.c.revisie).where(s.plans.c.id == bindparam("id")).scalar_subquery(),
)


class Onthouden(Protocol):
    """Where the repository keeps fingerprints (the unit of work: published on commit).

    ``plan``: the object whose ``versie`` the write set; restored if the write rolls back.
    """

    def lookup(self, plan_id: str) -> Afdruk | None: ...

    def stage(
        self,
        plan_id: str,
        item: Afdruk | None,
        *,
        written: bool,
        plan: Plan | None = None,
        vorige: int | None = None,
    ) -> None: ...


class SqlPlanRepository:
    def __init__(
        self, conn: Connection, geheugen: Onthouden | None = None, gebruiker: str | None = None
    ) -> None:
        self._conn = conn
        self._geheugen = geheugen
        self._gebruiker = gebruiker
        # Ids of plans this transaction added that have no snapshot yet (see add_snapshot).
        self._nieuw: dict[str, bool] = {}

    def _stage(
        self, plan_id: str, item: Afdruk | None, *, written: bool, plan: Plan | None = None
    ) -> None:
        """Remember what was stored; ``plan.versie`` becomes the version just written."""
        vorige = None if plan is None else plan.versie
        if plan is not None and item is not None:
            plan.versie = item.versie
        if self._geheugen is not None:
            self._geheugen.stage(plan_id, item, written=written, plan=plan, vorige=vorige)

    def teruggedraaid(self) -> None:
        """The transaction was rolled back: what it added is gone."""
        self._nieuw.clear()

    # -- reading --------------------------------------------------------------------------
    def exists(self, plan_id: str) -> bool:
        return self._conn.execute(_BESTAAT, {"id": plan_id}).first() is not None

    def status(self, plan_id: str) -> tuple[Status, int]:
        row = self._conn.execute(_STATUS_VAN, {"id": plan_id}).first()
        if row is None:
            raise PlanNietGevonden(plan_id)
        return Status(row.status), row.revisie

    def get(self, plan_id: str) -> Plan:
        p = self._conn.execute(select(s.plans).where(s.plans.c.id == plan_id)).mappings().first()
        if p is None:
            raise PlanNietGevonden(plan_id)
        parts = {
            t.name: list(self._conn.execute(self._part_query(t, plan_id)).mappings())
            for t in s.PLAN_PARTS
        }
        plan = plan_from_rows(p, parts)
        plan.versie = p["versie"]
        self._stage(plan_id, afdruk(plan, p["versie"]), written=False)
        return plan

    @staticmethod
    def _part_query(table: Table, plan_id: str) -> Any:
        order = [table.c[k] for k in PART_KEYS[table.name]]
        if "volgorde" in table.c and table.c.volgorde not in order:
            order.insert(0, table.c.volgorde)
        return select(table).where(table.c.plan_id == plan_id).order_by(*order)

    def overview(self) -> list[PlanOverzicht]:
        """All plans with their total requested: one grouped query, no plan is loaded."""
        return plan_overzicht(self._conn)

    def resolve(self, prefix: str) -> str:
        return zoek_plan_id(self._conn, prefix)

    # -- writing --------------------------------------------------------------------------
    @_opslaanbaar
    def add(self, plan: Plan) -> None:
        row = plan_row(plan)
        parts = part_rows(plan)
        gevonden = self._controle(row, plan.id)
        self._check_referenties(row, gevonden)
        if gevonden[2] is not None:
            raise OngeldigeInvoer(
                f"Er bestaat al een plan met id '{plan.id}'.",
                engels=f"A plan with id '{plan.id}' already exists.",
            )
        self._schrijf_nieuw(plan, row, tupels_uit_rijen(parts))
        self._stage(plan.id, afdruk(plan, 1, row, parts), written=True, plan=plan)

    @_opslaanbaar
    def add_if_new(self, plan: Plan) -> tuple[Status, int] | None:
        """Add ``plan`` unless a plan with its id is stored: then nothing is written and the
        stored (status, revisie) is returned (what ``exists`` and ``status`` would say).

        For an import (issue 13): one statement asks whether the id is new and whether the
        plan's codes are known, where ``exists`` then ``add`` took two; an unknown code counts
        only for a new plan, as before. No fingerprint is kept for the in-memory diff of
        ``update``: no editor holds a plan read from a file, and a later ``update`` of it
        compares with the stored rows instead (the same writes; storage.diff)."""
        row = plan_row(plan)
        gevonden = self._controle(row, plan.id)
        if gevonden[2] is not None:
            return STATUS_PER_WAARDE[gevonden[2]], gevonden[3]
        # An amount too large is refused before an unknown code. The rows as tuples, straight
        # from the plan: no fingerprint needs the row dicts here (issue 13).
        parts = part_tupels(plan)
        self._check_referenties(row, gevonden)
        self._schrijf_nieuw(plan, row, parts)
        vorige = plan.versie
        plan.versie = 1
        if self._geheugen is not None:
            # None: what an earlier unit of work remembered of this id is forgotten on commit.
            self._geheugen.stage(plan.id, None, written=True, plan=plan, vorige=vorige)
        return None

    def _schrijf_nieuw(
        self, plan: Plan, row: Row, parts: list[tuple[Table, list[tuple[Any, ...]]]]
    ) -> None:
        nu = _nu()
        # One check for the short path for the plan's ~10 INSERTs (storage.uitvoeren).
        with reeks(self._conn):
            self._schrijf(
                s.plans,
                [
                    {
                        **row,
                        "aangemaakt_op": nu,
                        "gewijzigd_op": nu,
                        "gewijzigd_door": self._gebruiker,
                        "versie": 1,
                    }
                ],
            )
            # Parents before children (storage.schema.PLAN_PARTS' order): streefwaarden refer
            # to indicatoren.
            for table, tupels in parts:
                voeg_tupels_in(self._conn, table, plan.id, KOLOMMEN[table.name], tupels)
        self._nieuw[plan.id] = True

    def _controle(self, row: Row, plan_id: str = "") -> tuple[Any, ...]:
        """(gemeente code, ronde code, status of plan ``plan_id``, its revisie) as stored,
        None where there is none: one statement (issue 13: a bulk import pays every round
        trip per file)."""
        waarden = {"g": row["gemeente_code"], "r": row["ronde_code"], "id": plan_id}
        (rij,) = vraag_rijen(self._conn, _CONTROLE, waarden)  # a SELECT without FROM: one row
        return rij

    def _check_referenties(self, row: Row, gevonden: tuple[Any, ...] | None = None) -> None:
        """Say in Dutch which code is unknown, rather than letting a foreign key fail.
        ``gevonden``: what :meth:`_controle` said for this row (asked when not given)."""
        if gevonden is None:
            gevonden = self._controle(row)
        for (kolom, wat, what), er in zip(
            (("gemeente_code", "gemeente", "municipality"), ("ronde_code", "ronde", "round")),
            gevonden,
            strict=False,
        ):
            code = row[kolom]
            if code is not None and er is None:
                raise OngeldigeInvoer(
                    f"Onbekende {wat} '{code}'.", engels=f"Unknown {what} '{code}'."
                )

    @_opslaanbaar
    def update(self, plan: Plan) -> None:
        """Write the rows that differ from the stored plan, and raise its ``versie``.

        ``plan.versie`` is the version this copy was loaded or last saved at. If the stored
        plan has another version, somebody else saved it since: the save is refused with
        :class:`PlanGewijzigd` (who and when), never merged, unless this copy is identical to
        what is stored. ``None`` (a plan read from a file) replaces whatever is stored: the
        import rule (domain.importing) decided that the file wins.

        The comparison uses the fingerprint of the plan as this program last stored it when
        ``versie`` shows nobody wrote it since, and the database rows otherwise. The UPDATE of
        the plans row is conditional on ``versie`` and comes before any part row is written,
        in the same transaction: a writer that slipped in between is detected, not overwritten.
        """
        basis = plan.versie
        for _attempt in range(3):
            stored = self._plan_rij(plan.id)
            versie = stored["versie"]
            row = plan_row(plan)
            oud = self._geheugen.lookup(plan.id) if self._geheugen is not None else None
            if oud is not None and oud.versie == versie and basis in (None, versie):
                changes, nieuw = verschil(oud, plan)
            else:
                wanted = part_rows(plan)  # raises on amounts that do not fit, before writing
                changes = {
                    t.name: vergelijk(self._stored_rows(t, plan.id), wanted[t.name])
                    for t in s.PLAN_PARTS
                }
                nieuw = afdruk(plan, 0)
            changed = {k: v for k, v in row.items() if stored[k] != v}
            if not changed and not any(changes.values()):
                # Identical to what is stored (also when someone else stored exactly this):
                # nothing is lost by standing on the stored version.
                nieuw.versie = plan.versie = versie
                self._stage(plan.id, nieuw, written=False)
                return
            if basis is not None and basis != versie:
                raise self._gewijzigd(plan, basis, stored)
            if changed.keys() & {"gemeente_code", "ronde_code"}:
                self._check_referenties(row)
            bumped = self._conn.execute(
                update(s.plans)
                .where(s.plans.c.id == plan.id, s.plans.c.versie == versie)
                .values(
                    **changed,
                    gewijzigd_op=_nu(),
                    gewijzigd_door=self._gebruiker,
                    versie=versie + 1,
                )
            )
            if bumped.rowcount != 1:
                if basis is not None:  # another writer committed after our read (PostgreSQL)
                    raise self._gewijzigd(plan, basis, self._plan_rij(plan.id))
                log.info("plan %s is tegelijk gewijzigd; opnieuw vergeleken", plan.id)
                continue
            for table in s.PLAN_PARTS:
                self._apply(table, plan.id, changes[table.name])
            nieuw.versie = versie + 1
            self._stage(plan.id, nieuw, written=True, plan=plan)
            return
        raise OngeldigeInvoer(
            "Het plan wordt op dit moment ook door iemand anders opgeslagen; probeer het opnieuw.",
            engels="Someone else is saving the plan at this moment too; try again.",
        )

    def _plan_rij(self, plan_id: str) -> Any:
        stored = self._conn.execute(select(s.plans).where(s.plans.c.id == plan_id)).mappings()
        row = stored.first()
        if row is None:
            raise PlanNietGevonden(plan_id)
        return row

    @staticmethod
    def _gewijzigd(plan: Plan, basis: int, stored: Any) -> PlanGewijzigd:
        op = stored["gewijzigd_op"]
        if op is not None and op.tzinfo is None:  # SQLite keeps the UTC time without zone
            op = op.replace(tzinfo=UTC)
        log.info("plan %s: opslaan op basis van versie %d geweigerd", plan.id, basis)
        return PlanGewijzigd(
            plan.id,
            titel=stored["titel"],
            basis=basis,
            versie=stored["versie"],
            door=stored["gewijzigd_door"],
            op=op,
        )

    def _stored_rows(self, table: Table, plan_id: str) -> dict[Key, Row]:
        keys = PART_KEYS[table.name]
        columns = [c for c in table.c if c.name != "plan_id"]
        rows = self._conn.execute(select(*columns).where(table.c.plan_id == plan_id)).mappings()
        return {tuple(r[k] for k in keys): dict(r) for r in rows}

    def _apply(self, table: Table, plan_id: str, w: Wijzigingen) -> None:
        """Deletes, then updates, then inserts (parents exist before their children)."""
        keys = PART_KEYS[table.name]
        key_match = and_(
            table.c.plan_id == bindparam("k_plan_id"),
            *(table.c[k] == bindparam(f"k_{k}") for k in keys),
        )
        if w.weg:
            self._conn.execute(
                delete(table).where(key_match),
                [
                    {"k_plan_id": plan_id, **{f"k_{k}": v for k, v in zip(keys, key, strict=True)}}
                    for key in w.weg
                ],
            )
        if w.anders:
            values = [c.name for c in table.c if c.name != "plan_id" and c.name not in keys]
            self._conn.execute(
                update(table).where(key_match).values({v: bindparam(f"v_{v}") for v in values}),
                [
                    {
                        "k_plan_id": plan_id,
                        **{f"k_{k}": r[k] for k in keys},
                        **{f"v_{v}": r[v] for v in values},
                    }
                    for r in w.anders
                ],
            )
        self._voeg_in(table, plan_id, w.nieuw)

    def _voeg_in(self, table: Table, plan_id: str, rows: list[Row]) -> None:
        voeg_in(self._conn, table, plan_id, rows)

    def _schrijf(self, table: Table, rows: list[Row]) -> None:
        schrijf(self._conn, table, rows)

    def delete(self, plan_id: str) -> None:
        if not self.exists(plan_id):
            raise PlanNietGevonden(plan_id)
        try:
            # Parts go with the plan (ON DELETE CASCADE); snapshots refuse (RESTRICT).
            self._conn.execute(delete(s.plans).where(s.plans.c.id == plan_id))
            self._stage(plan_id, None, written=True)
        except IntegrityError as exc:
            raise PlanBevroren(
                plan_id,
                f"Plan '{plan_id}' heeft ingediende revisies en wordt bewaard.",
                engels=f"Plan '{plan_id}' has submitted revisions and is kept.",
            ) from exc

    # -- frozen revisions -----------------------------------------------------------------
    def snapshots(self, plan_id: str) -> list[Momentopname]:
        t = s.snapshots
        rows = self._conn.execute(
            select(t.c.plan_id, t.c.revisie, t.c.status, t.c.vastgelegd_op, t.c.content_hash)
            .where(t.c.plan_id == plan_id)
            .order_by(t.c.revisie)
        )
        return [
            Momentopname(r.plan_id, r.revisie, Status(r.status), r.vastgelegd_op, r.content_hash)
            for r in rows
        ]

    def snapshot(self, plan_id: str, revisie: int) -> Plan:
        t = s.snapshots
        inhoud = self._conn.execute(
            select(t.c.inhoud).where(t.c.plan_id == plan_id, t.c.revisie == revisie)
        ).scalar()
        if inhoud is None:
            raise PlanNietGevonden(
                plan_id,
                f"Plan '{plan_id}' heeft geen ingediende revisie {revisie}.",
                engels=f"Plan '{plan_id}' has no submitted revision {revisie}.",
            )
        return plan_from_dict(json.loads(inhoud))

    def add_snapshot(self, plan: Plan) -> None:
        t = s.snapshots
        # A plan this transaction added has no snapshot (a snapshot refers to its plan, and
        # none was written since): the question is not asked (issue 13: an import of a
        # submitted plan).
        if not self._nieuw.pop(plan.id, False):
            bestaat = self._conn.execute(
                _SNAPSHOT_BESTAAT, {"id": plan.id, "revisie": plan.revisie}
            ).first()
            if bestaat is not None:
                raise PlanBevroren(
                    plan.id,
                    f"Revisie {plan.revisie} van plan '{plan.id}' is al vastgelegd.",
                    engels=f"Revision {plan.revisie} of plan '{plan.id}' has already been "
                    "recorded.",
                )
        schrijf(
            self._conn,
            t,
            [
                {
                    "plan_id": plan.id,
                    "revisie": plan.revisie,
                    "status": Status(plan.status).value,
                    "vastgelegd_op": _nu(),
                    "content_hash": content_hash(plan),
                    "inhoud": canonical_json(plan),
                }
            ],
        )
