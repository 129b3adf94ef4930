"""Where each imported plan revision came from, and what the plan list must say about it.

Issue 10: a file edited after its export, or a second plan for the same gemeente and round,
must stay visible after the import, wherever the revision appears; and a newer *concept* never
takes the place of the submitted revision in the list and its totals. Kept apart from
``storage.repository`` (which knows how plans are stored) because this is about the exchange.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, bindparam, func, select

from domain.importing import Herkomst
from domain.model import Status
from storage import schema as s
from storage.bulk_insert import schrijf

# The rule for the flags is shared with the plan list read without SQLAlchemy (issue 13).
from storage.plan_lijst import verrijk
from storage.vraag import vraag_rijen

log = logging.getLogger(__name__)

__all__ = ["HerkomstRegel", "SqlHerkomstRepository", "met_herkomst", "verrijk"]


@dataclass(frozen=True)
class HerkomstRegel:
    plan_id: str
    revisie: int
    herkomst: Herkomst


# Built once (issue 13: a bulk import runs it per workbook): a statement object that is
# reused keeps its memoised cache key, so SQLAlchemy finds the compiled SQL without rebuilding
# and re-keying the expression on every call. The values are bound per execution.
_ZELFDE_GEMEENTE_EN_RONDE = (
    select(s.plans.c.id)
    .where(
        s.plans.c.gemeente_code == bindparam("gemeente_code"),
        s.plans.c.ronde_code == bindparam("ronde_code"),
        s.plans.c.id != bindparam("behalve"),
    )
    .order_by(s.plans.c.id)
)


class SqlHerkomstRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, plan_id: str, revisie: int, herkomst: Herkomst) -> None:
        h = herkomst
        # Compiled once, sent as the driver's SQL (storage.bulk_insert; issue 13).
        schrijf(
            self._conn,
            s.herkomst,
            [
                {
                    "plan_id": plan_id,
                    "revisie": revisie,
                    "bestandsnaam": h.bestandsnaam,
                    "bestand_sha256": h.bestand_sha256,
                    "hash_in_bestand": h.hash_in_bestand,
                    "hash_berekend": h.hash_berekend,
                    "gewijzigd_na_export": h.gewijzigd_na_export,
                    "ingelezen_op": h.ingelezen_op,
                    "ingelezen_door": h.ingelezen_door,
                }
            ],
        )

    def van(self, plan_id: str) -> list[HerkomstRegel]:
        """Every import of the plan, oldest first."""
        t = s.herkomst
        rows = self._conn.execute(
            select(t).where(t.c.plan_id == plan_id).order_by(t.c.revisie, t.c.id)
        ).mappings()
        return [
            HerkomstRegel(
                r["plan_id"],
                r["revisie"],
                Herkomst(
                    r["bestandsnaam"],
                    r["bestand_sha256"],
                    r["hash_in_bestand"],
                    r["hash_berekend"],
                    bool(r["gewijzigd_na_export"]),
                    r["ingelezen_op"],
                    r["ingelezen_door"],
                ),
            )
            for r in rows
        ]

    def laatste(self, plan_id: str, revisie: int) -> Herkomst | None:
        """How the revision as stored now came in (None: typed in the app)."""
        regels = [r for r in self.van(plan_id) if r.revisie == revisie]
        return regels[-1].herkomst if regels else None

    def zelfde_gemeente_en_ronde(
        self, gemeente_code: str, ronde_code: str, behalve: str
    ) -> list[str]:
        waarden = {"gemeente_code": gemeente_code, "ronde_code": ronde_code, "behalve": behalve}
        return [r[0] for r in vraag_rijen(self._conn, _ZELFDE_GEMEENTE_EN_RONDE, waarden)]


def _vlag(plan_id: Any, revisie: Any) -> Any:
    """The flag of the newest import of (plan, revisie): one probe of the herkomst index per
    plan (a joined subquery made SQLite scan all of herkomst for every plan)."""
    h = s.herkomst
    return (
        select(h.c.gewijzigd_na_export)
        .where(h.c.plan_id == plan_id, h.c.revisie == revisie)
        .order_by(h.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def met_herkomst(query: Select) -> Select:
    """The plan list's query with what issue 10 adds, in the same statement (the list stays
    one query whatever the number of plans): the flag of the current revision's import, how
    many plans share gemeente and round, and, for a concept with a submitted revision before
    it, that revision (number, status, content) and its flag. Every addition is an index
    probe per plan or one grouped pass."""
    p, sn = s.plans, s.snapshots
    zelfde = (
        select(p.c.gemeente_code, p.c.ronde_code, func.count().label("aantal"))
        .group_by(p.c.gemeente_code, p.c.ronde_code)
        .subquery("zelfde")
    )
    laatste = (
        select(func.max(sn.c.revisie)).where(sn.c.plan_id == p.c.id).correlate(p).scalar_subquery()
    )
    ingediend = sn.alias("ingediend")
    return (
        query.add_columns(
            _vlag(p.c.id, p.c.revisie),
            zelfde.c.aantal,
            ingediend.c.revisie,
            ingediend.c.status,
            ingediend.c.inhoud,
            _vlag(p.c.id, ingediend.c.revisie),
        )
        .outerjoin(
            zelfde,
            and_(
                zelfde.c.gemeente_code == p.c.gemeente_code,
                zelfde.c.ronde_code == p.c.ronde_code,
            ),
        )
        # Only a concept has a submitted revision to show instead of itself.
        .outerjoin(
            ingediend,
            and_(
                p.c.status == Status.CONCEPT.value,
                ingediend.c.plan_id == p.c.id,
                ingediend.c.revisie == laatste,
            ),
        )
    )
