"""Reference data as a Wijkplan before issue 11 stored it: 15 municipalities, round 2022 only.

Written with plain inserts of the columns the first migrations have, so that an old database
can be made without any code of this version.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Connection, Date, Integer, Numeric, String, column, insert, table

from resources import load_json

OUDE_GEMEENTEN = [
    "GM0014", "GM0080", "GM0202", "GM0344", "GM0356", "GM0363", "GM0479", "GM0518",
    "GM0599", "GM0606", "GM0758", "GM0772", "GM0855", "GM0917", "GM0995",
]  # fmt: skip


def vul_oude_referentie(conn: Connection) -> None:
    data = load_json("reference.json")
    rijen = [g for g in data["gemeenten"] if g["code"] in OUDE_GEMEENTEN]
    assert len(rijen) == 15
    gemeenten = table(
        "gemeenten",
        column("code"),
        column("naam"),
        column("focusgebieden", JSON),
        column("volgorde"),
    )
    conn.execute(
        insert(gemeenten),
        [
            {
                "code": g["code"],
                "naam": g["naam"],
                "focusgebieden": g["focusgebieden"],
                "volgorde": n,
            }
            for n, g in enumerate(rijen)
        ],
    )
    rondes = table(
        "rondes",
        column("code", String),
        column("naam", String),
        column("kosten_vanaf", Date),
        column("kosten_tot", Date),
        column("max_jaren", Integer),
        column("plafond", Numeric(14, 2)),
        column("volgorde", Integer),
    )
    conn.execute(
        insert(rondes).values(
            code="2022",
            naam="Preventie met Gezag 2022",
            kosten_vanaf=date(2022, 6, 1),
            kosten_tot=date(2026, 6, 1),
            max_jaren=4,
            plafond=Decimal("205900000.00"),
            volgorde=0,
        )
    )
    # The other reference tables did not change shape: the current code may fill them.
    from storage.reference import _rows

    for tabel, rows in _rows(data).items():
        # beoordelingscriteria: added by migration 0010 (issue 12), filled after the upgrade.
        if tabel.name in ("gemeenten", "rondes", "beoordelingscriteria") or not rows:
            continue
        conn.execute(insert(tabel), rows)


def schrijf_oud_plan(conn: Any, plan: Any, gemaakt: Any) -> None:
    """Write ``plan`` with plain inserts into an old schema: only the columns and tables it
    has (the fields added later are empty in such a plan)."""
    from sqlalchemy import insert, inspect

    from storage import schema as s
    from storage.mapping import part_rows, plan_row

    bestaand = inspect(conn)
    kolommen = {c["name"] for c in bestaand.get_columns("plans")}
    row = {k: v for k, v in plan_row(plan).items() if k in kolommen}
    conn.execute(insert(s.plans).values(**row, aangemaakt_op=gemaakt))
    for tabel in s.PLAN_PARTS:
        if not bestaand.has_table(tabel.name):
            continue
        rows = [{"plan_id": plan.id, **r} for r in part_rows(plan)[tabel.name].values()]
        if rows:
            conn.execute(insert(tabel), rows)
