"""The plan repository on one database connection (inside a unit of work's transaction).

``update`` compares the plan with what is stored, row by row (by id), and writes only the rows
that differ: the GUI saves on every keystroke, and one keystroke in a plan of 2,000 budget lines
must be one UPDATE of one row, not a rewrite of the plan.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from domain.errors import OngeldigeInvoer, PlanBevroren, PlanNietGevonden
from domain.model import Plan, PlanOverzicht, Status
from domain.money import to_money
from domain.ports import Momentopname
from domain.serialize import canonical_json, content_hash, plan_from_dict
from storage import schema as s
from storage.mapping import PART_KEYS, Key, Row, part_rows, plan_from_rows, plan_row

log = logging.getLogger(__name__)


def _nu() -> datetime:
    return datetime.now(UTC)


class SqlPlanRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- reading --------------------------------------------------------------------------
    def exists(self, plan_id: str) -> bool:
        return (
            self._conn.execute(select(s.plans.c.id).where(s.plans.c.id == plan_id)).first()
            is not None
        )

    def status(self, plan_id: str) -> tuple[Status, int]:
        row = self._conn.execute(
            select(s.plans.c.status, s.plans.c.revisie).where(s.plans.c.id == plan_id)
        ).first()
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
        return plan_from_rows(p, parts)

    @staticmethod
    def _part_query(table: Table, plan_id: str) -> Any:
        order = [table.c[k] for k in PART_KEYS[table.name]]
        if "volgorde" in table.c and table.c.volgorde not in order:
            order.insert(0, table.c.volgorde)
        return select(table).where(table.c.plan_id == plan_id).order_by(*order)

    def overview(self) -> list[PlanOverzicht]:
        """All plans with their total requested: one grouped query, no plan is loaded."""
        b = s.begrotingsregels
        if self._conn.dialect.name == "sqlite":
            # SQLite keeps NUMERIC as a binary float; summing whole cents keeps the total exact.
            bedrag = func.sum(func.cast(func.round(b.c.bedrag * 100), s.Integer))
        else:
            bedrag = func.sum(b.c.bedrag)
        totalen = select(b.c.plan_id, bedrag.label("totaal")).group_by(b.c.plan_id).subquery()
        p, g = s.plans, s.gemeenten
        query = (
            select(
                p.c.id,
                p.c.gemeente_code,
                g.c.naam,
                p.c.titel,
                p.c.jaar_van,
                p.c.jaar_tot_en_met,
                p.c.status,
                p.c.revisie,
                totalen.c.totaal,
            )
            .select_from(p)
            .outerjoin(g, g.c.code == p.c.gemeente_code)
            .outerjoin(totalen, totalen.c.plan_id == p.c.id)
            .order_by(p.c.gemeente_code, p.c.titel, p.c.id)
        )
        sqlite = self._conn.dialect.name == "sqlite"
        result = []
        for r in self._conn.execute(query):
            if r.totaal is None:
                totaal = Decimal("0.00")
            elif sqlite:
                totaal = to_money(Decimal(int(r.totaal)) / 100)
            else:
                totaal = to_money(r.totaal)
            result.append(
                PlanOverzicht(
                    id=r.id,
                    gemeente_code=r.gemeente_code or "",
                    gemeente_naam=r.naam or "",
                    titel=r.titel,
                    jaar_van=r.jaar_van,
                    jaar_tot_en_met=r.jaar_tot_en_met,
                    status=Status(r.status),
                    revisie=r.revisie,
                    totaal_gevraagd=totaal,
                )
            )
        return result

    def resolve(self, prefix: str) -> str:
        wanted = prefix.strip().lower()
        if not wanted:
            raise OngeldigeInvoer("Geef een plan-id of het begin ervan.")
        escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        ids = list(
            self._conn.execute(
                select(s.plans.c.id)
                .where(s.plans.c.id.like(escaped + "%", escape="\\"))
                .order_by(s.plans.c.id)
                .limit(3)
            ).scalars()
        )
        if wanted in ids:
            return wanted
        if not ids:
            raise PlanNietGevonden(prefix, f"Er is geen plan waarvan de id begint met '{prefix}'.")
        if len(ids) > 1:
            voorbeelden = ", ".join(ids[:2]) + (", …" if len(ids) > 2 else "")
            raise OngeldigeInvoer(
                f"'{prefix}' past bij meer dan één plan ({voorbeelden}); "
                "geef meer tekens van de id."
            )
        return ids[0]

    # -- writing --------------------------------------------------------------------------
    def add(self, plan: Plan) -> None:
        row = plan_row(plan)
        parts = part_rows(plan)
        self._check_referenties(row)
        if self.exists(plan.id):
            raise OngeldigeInvoer(f"Er bestaat al een plan met id '{plan.id}'.")
        nu = _nu()
        self._conn.execute(insert(s.plans), [{**row, "aangemaakt_op": nu, "gewijzigd_op": nu}])
        # Parents before children: streefwaarden refer to indicatoren.
        for table in s.PLAN_PARTS:
            rows = [{"plan_id": plan.id, **r} for r in parts[table.name].values()]
            if rows:
                self._conn.execute(insert(table), rows)

    def _check_referenties(self, row: Row) -> None:
        """Say in Dutch which code is unknown, rather than letting a foreign key fail."""
        for kolom, table, wat in (
            ("gemeente_code", s.gemeenten, "gemeente"),
            ("ronde_code", s.rondes, "ronde"),
        ):
            code = row[kolom]
            if code is not None and (
                self._conn.execute(select(table.c.code).where(table.c.code == code)).first() is None
            ):
                raise OngeldigeInvoer(f"Onbekende {wat} '{code}'.")

    def update(self, plan: Plan) -> None:
        stored = (
            self._conn.execute(select(s.plans).where(s.plans.c.id == plan.id)).mappings().first()
        )
        if stored is None:
            raise PlanNietGevonden(plan.id)
        row = plan_row(plan)
        parts = part_rows(plan)  # before writing anything: raises on amounts that do not fit
        changed = {k: v for k, v in row.items() if stored[k] != v}
        if changed.keys() & {"gemeente_code", "ronde_code"}:
            self._check_referenties(row)
        written = 0
        for table in s.PLAN_PARTS:
            written += self._sync(table, plan.id, parts[table.name])
        if changed or written:
            changed["gewijzigd_op"] = _nu()
            self._conn.execute(update(s.plans).where(s.plans.c.id == plan.id).values(**changed))

    def _sync(self, table: Table, plan_id: str, wanted: dict[Key, Row]) -> int:
        """Make the table's rows of this plan equal ``wanted``; returns how many rows changed."""
        keys = PART_KEYS[table.name]
        columns = [c for c in table.c if c.name != "plan_id"]
        have: dict[Key, Row] = {}
        for r in self._conn.execute(select(*columns).where(table.c.plan_id == plan_id)).mappings():
            have[tuple(r[k] for k in keys)] = dict(r)
        gone = [k for k in have if k not in wanted]
        new = [r for k, r in wanted.items() if k not in have]
        diff = [r for k, r in wanted.items() if k in have and have[k] != r]
        # Children of rows that change key go first (streefwaarden of a removed indicator
        # cascade), inserts last so that parents exist.
        key_match = and_(
            table.c.plan_id == bindparam("k_plan_id"),
            *(table.c[k] == bindparam(f"k_{k}") for k in keys),
        )
        if gone:
            self._conn.execute(
                delete(table).where(key_match),
                [
                    {"k_plan_id": plan_id, **{f"k_{k}": v for k, v in zip(keys, key, strict=True)}}
                    for key in gone
                ],
            )
        if diff:
            values = [c.name for c in columns if c.name not in keys]
            self._conn.execute(
                update(table).where(key_match).values({v: bindparam(f"v_{v}") for v in values}),
                [
                    {
                        "k_plan_id": plan_id,
                        **{f"k_{k}": r[k] for k in keys},
                        **{f"v_{v}": r[v] for v in values},
                    }
                    for r in diff
                ],
            )
        if new:
            self._conn.execute(insert(table), [{"plan_id": plan_id, **r} for r in new])
        return len(gone) + len(new) + len(diff)

    def delete(self, plan_id: str) -> None:
        if not self.exists(plan_id):
            raise PlanNietGevonden(plan_id)
        try:
            # Parts go with the plan (ON DELETE CASCADE); snapshots refuse (RESTRICT).
            self._conn.execute(delete(s.plans).where(s.plans.c.id == plan_id))
        except IntegrityError as exc:
            raise PlanBevroren(
                plan_id, f"Plan '{plan_id}' heeft ingediende revisies en wordt bewaard."
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
                plan_id, f"Plan '{plan_id}' heeft geen ingediende revisie {revisie}."
            )
        return plan_from_dict(json.loads(inhoud))

    def add_snapshot(self, plan: Plan) -> None:
        t = s.snapshots
        bestaat = self._conn.execute(
            select(t.c.revisie).where(t.c.plan_id == plan.id, t.c.revisie == plan.revisie)
        ).first()
        if bestaat is not None:
            raise PlanBevroren(
                plan.id, f"Revisie {plan.revisie} van plan '{plan.id}' is al vastgelegd."
            )
        self._conn.execute(
            insert(t).values(
                plan_id=plan.id,
                revisie=plan.revisie,
                status=Status(plan.status).value,
                vastgelegd_op=_nu(),
                content_hash=content_hash(plan),
                inhoud=canonical_json(plan),
            )
        )
