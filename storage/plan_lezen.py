"""Reading plans without loading one: the plan list with its totals, and a plan id from its start.

Split from :mod:`storage.repository` (which reads and writes whole plans); both functions are
one statement each. The same list without SQLAlchemy, for a current SQLite file, is
:mod:`storage.plan_lijst`.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from sqlalchemy import Connection, func, select

from domain.errors import OngeldigeInvoer, PlanNietGevonden
from domain.money import to_money
from domain.overzicht import PlanOverzicht
from storage import schema as s
from storage.plan_lijst import STATUS_PER_WAARDE

log = logging.getLogger(__name__)

def plan_overzicht(conn: Connection) -> list[PlanOverzicht]:
    """All plans with their total requested: one grouped query, no plan is loaded."""
    b = s.begrotingsregels
    if conn.dialect.name == "sqlite":
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
    from storage.herkomst import met_herkomst, verrijk  # issue 10: flags beside the figures

    query = met_herkomst(query)  # adds columns after totaal, still one statement
    sqlite = conn.dialect.name == "sqlite"
    nul = Decimal("0.00")
    # Plain tuples and a dict lookup: this loop runs once per plan, 10,000 times on a
    # shared assessor database, so it must cost no more than writing the output line.
    return [
        verrijk(
            PlanOverzicht(
                pid,
                code or "",
                naam or "",
                titel,
                van,
                tot,
                STATUS_PER_WAARDE[status],
                revisie,
                nul
                if totaal is None
                else (Decimal(totaal).scaleb(-2) if sqlite else to_money(totaal)),
            ),
            extra,
        )
        for pid, code, naam, titel, van, tot, status, revisie, totaal, *extra in (
            conn.execute(query)
        )
    ]


def zoek_plan_id(conn: Connection, prefix: str) -> str:
    """The one plan id that starts with ``prefix`` (or is it); a clear refusal otherwise."""
    wanted = prefix.strip().lower()
    if not wanted:
        raise OngeldigeInvoer(
            "Geef een plan-id of het begin ervan.",
            engels="Give a plan id or its beginning.",
        )
    escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    ids = list(
        conn.execute(
            select(s.plans.c.id)
            .where(s.plans.c.id.like(escaped + "%", escape="\\"))
            .order_by(s.plans.c.id)
            .limit(3)
        ).scalars()
    )
    if wanted in ids:
        return wanted
    if not ids:
        raise PlanNietGevonden(
            prefix,
            f"Er is geen plan waarvan de id begint met '{prefix}'.",
            engels=f"There is no plan whose id starts with '{prefix}'.",
        )
    if len(ids) > 1:
        voorbeelden = ", ".join(ids[:2]) + (", …" if len(ids) > 2 else "")
        raise OngeldigeInvoer(
            f"'{prefix}' past bij meer dan één plan ({voorbeelden}); "
            "geef meer tekens van de id.",
            engels=f"'{prefix}' matches more than one plan ({voorbeelden}); "
            "give more characters of the id.",
        )
    return ids[0]
