"""Where each imported plan revision came from, and what the plan list must say about it.

Issue 10: a file edited after its export, or a second plan for the same gemeente and round,
must stay visible after the import, wherever the revision appears; and a newer *concept* never
takes the place of the submitted revision in the list and its totals. Kept apart from
``storage.repository`` (which knows how plans are stored) because this is about the exchange.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import Connection, insert, select

from domain.importing import Herkomst
from domain.model import PlanOverzicht, Status
from domain.money import parse_canonical
from storage import schema as s

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HerkomstRegel:
    plan_id: str
    revisie: int
    herkomst: Herkomst


class SqlHerkomstRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, plan_id: str, revisie: int, herkomst: Herkomst) -> None:
        h = herkomst
        self._conn.execute(
            insert(s.herkomst).values(
                plan_id=plan_id,
                revisie=revisie,
                bestandsnaam=h.bestandsnaam,
                bestand_sha256=h.bestand_sha256,
                hash_in_bestand=h.hash_in_bestand,
                hash_berekend=h.hash_berekend,
                gewijzigd_na_export=h.gewijzigd_na_export,
                ingelezen_op=h.ingelezen_op,
                ingelezen_door=h.ingelezen_door,
            )
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
        p = s.plans
        return list(
            self._conn.execute(
                select(p.c.id)
                .where(
                    p.c.gemeente_code == gemeente_code,
                    p.c.ronde_code == ronde_code,
                    p.c.id != behalve,
                )
                .order_by(p.c.id)
            ).scalars()
        )


def _gewijzigd(conn: Connection) -> dict[tuple[str, int], bool]:
    """(plan, revisie) → flag of its newest import."""
    t = s.herkomst
    uit: dict[tuple[str, int], bool] = {}
    for plan_id, revisie, vlag in conn.execute(
        select(t.c.plan_id, t.c.revisie, t.c.gewijzigd_na_export).order_by(t.c.id)
    ):
        uit[(plan_id, revisie)] = bool(vlag)
    return uit


def _dubbel(conn: Connection) -> set[str]:
    p = s.plans
    rijen = list(conn.execute(select(p.c.id, p.c.gemeente_code, p.c.ronde_code)))
    aantal = Counter((g, r) for _, g, r in rijen)
    return {pid for pid, g, r in rijen if g is not None and aantal[(g, r)] > 1}


def _ingediend_onder_concept(conn: Connection) -> dict[str, tuple[Status, int, Decimal]]:
    """Plans whose current revision is a concept but which have a submitted one: the newest
    submitted revision (status, revisie, total requested), read from its frozen snapshot."""
    sn, p = s.snapshots, s.plans
    rijen = conn.execute(
        select(sn.c.plan_id, sn.c.revisie, sn.c.status, sn.c.inhoud)
        .join(p, p.c.id == sn.c.plan_id)
        .where(p.c.status == Status.CONCEPT.value)
        .order_by(sn.c.plan_id, sn.c.revisie)
    )
    uit: dict[str, tuple[Status, int, Decimal]] = {}
    for plan_id, revisie, status, inhoud in rijen:
        regels = json.loads(inhoud).get("begroting", [])
        totaal = sum((parse_canonical(r["bedrag"]) for r in regels), Decimal("0.00"))
        uit[plan_id] = (Status(status), revisie, totaal)
    return uit


def verrijk(conn: Connection, rows: list[PlanOverzicht]) -> list[PlanOverzicht]:
    """The plan list as an assessor must read it: the submitted revision (and its total)
    where a newer concept exists, with the newer concept named beside it; the flags."""
    gewijzigd = _gewijzigd(conn)
    dubbel = _dubbel(conn)
    ingediend = _ingediend_onder_concept(conn)
    if not (gewijzigd or dubbel or ingediend):
        return rows
    uit = []
    for r in rows:
        if r.id in ingediend:
            status, revisie, totaal = ingediend[r.id]
            r = replace(
                r,
                status=status,
                revisie=revisie,
                totaal_gevraagd=totaal,
                concept_revisie=r.revisie,
                concept_gevraagd=r.totaal_gevraagd,
            )
        vlag = gewijzigd.get((r.id, r.revisie), False)
        if vlag or r.id in dubbel:
            r = replace(r, gewijzigd_na_export=vlag, dubbel=r.id in dubbel)
        uit.append(r)
    return uit
