"""Where each imported plan revision came from, and what the plan list must say about it.

Issue 10: a file edited after its export, or a second plan for the same gemeente and round,
must stay visible after the import, wherever the revision appears; and a newer *concept* never
takes the place of the submitted revision in the list and its totals. Kept apart from
``storage.repository`` (which knows how plans are stored) because this is about the exchange.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, and_, func, insert, select

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


def _nieuwste_herkomst() -> Any:
    """(plan_id, revisie, gewijzigd_na_export) of the newest import of each revision."""
    h = s.herkomst
    nieuwste = select(func.max(h.c.id).label("id")).group_by(h.c.plan_id, h.c.revisie).subquery()
    return (
        select(h.c.plan_id, h.c.revisie, h.c.gewijzigd_na_export)
        .join(nieuwste, nieuwste.c.id == h.c.id)
        .subquery()
    )


def met_herkomst(query: Select) -> Select:
    """The plan list's query with what issue 10 adds, as outer joins in the same statement
    (the list stays one query whatever the number of plans): the flag of the current
    revision's import, how many plans share gemeente and round, and, for a concept with a
    submitted revision before it, that revision (number, status, content) and its flag."""
    p, sn = s.plans, s.snapshots
    nu = _nieuwste_herkomst().alias("herkomst_nu")
    toen = _nieuwste_herkomst().alias("herkomst_ingediend")
    zelfde = (
        select(p.c.gemeente_code, p.c.ronde_code, func.count().label("aantal"))
        .group_by(p.c.gemeente_code, p.c.ronde_code)
        .subquery("zelfde")
    )
    laatste = (
        select(sn.c.plan_id, func.max(sn.c.revisie).label("revisie"))
        .group_by(sn.c.plan_id)
        .subquery("laatste")
    )
    ingediend = sn.alias("ingediend")
    return (
        query.add_columns(
            nu.c.gewijzigd_na_export,
            zelfde.c.aantal,
            ingediend.c.revisie,
            ingediend.c.status,
            ingediend.c.inhoud,
            toen.c.gewijzigd_na_export,
        )
        .outerjoin(nu, and_(nu.c.plan_id == p.c.id, nu.c.revisie == p.c.revisie))
        .outerjoin(
            zelfde,
            and_(
                zelfde.c.gemeente_code == p.c.gemeente_code, zelfde.c.ronde_code == p.c.ronde_code
            ),
        )
        # Only a concept has a submitted revision to show instead of itself.
        .outerjoin(laatste, and_(laatste.c.plan_id == p.c.id, p.c.status == Status.CONCEPT.value))
        .outerjoin(
            ingediend,
            and_(
                ingediend.c.plan_id == laatste.c.plan_id, ingediend.c.revisie == laatste.c.revisie
            ),
        )
        .outerjoin(toen, and_(toen.c.plan_id == p.c.id, toen.c.revisie == ingediend.c.revisie))
    )


def _totaal(inhoud: str) -> Decimal:
    regels = json.loads(inhoud).get("begroting", [])
    return sum((parse_canonical(r["bedrag"]) for r in regels), Decimal("0.00"))


def verrijk(rij: PlanOverzicht, extra: Sequence[Any]) -> PlanOverzicht:
    """One row of the plan list as an assessor must read it: the submitted revision (and its
    total) where a newer concept exists, the newer concept named beside it; the flags."""
    vlag_nu, aantal, revisie, status, inhoud, vlag_toen = extra
    dubbel = (aantal or 0) > 1 and rij.gemeente_code != ""
    if inhoud is not None:
        return replace(
            rij,
            status=Status(status),
            revisie=revisie,
            totaal_gevraagd=_totaal(inhoud),
            concept_revisie=rij.revisie,
            concept_gevraagd=rij.totaal_gevraagd,
            gewijzigd_na_export=bool(vlag_toen),
            dubbel=dubbel,
        )
    if vlag_nu or dubbel:
        return replace(rij, gewijzigd_na_export=bool(vlag_nu), dubbel=dubbel)
    return rij
