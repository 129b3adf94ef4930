"""storage.herkomst's statements, built once (issue 13), on SQLite and PostgreSQL: what they
store and find, one statement a call, and the same SQL text every call (bound values)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from domain.importing import Herkomst
from tests.storage.plans import volledig_plan

ANDER_ID = "0d7f3c1e-0000-4000-8000-00000000000{}"


def _herkomst(naam: str, gewijzigd: bool) -> Herkomst:
    return Herkomst(
        naam,
        "ab" * 32,
        None if gewijzigd else "cd" * 32,
        "ef" * 32,
        gewijzigd,
        datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC),
        "beoordelaar ö",
    )


def _utc(h: Herkomst | None) -> Herkomst | None:
    """SQLite hands the moment back without its zone (stored as UTC), PostgreSQL with it."""
    if h is None or h.ingelezen_op.tzinfo is not None:
        return h
    return replace(h, ingelezen_op=h.ingelezen_op.replace(tzinfo=UTC))


def test_add_van_and_zelfde_gemeente_en_ronde(db, count_statements):
    eerste = volledig_plan()
    tweede = replace(volledig_plan(), id=ANDER_ID.format(2), titel="Tweede")
    derde = replace(volledig_plan(), id=ANDER_ID.format(1), titel="Derde")
    elders = replace(volledig_plan(gemeente="GM0363"), id=ANDER_ID.format(3), titel="Elders")
    with db.unit_of_work() as uow:
        for plan in (eerste, tweede, derde, elders):
            uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow, count_statements(db) as seen:
        uow.herkomst.add(eerste.id, 1, _herkomst("a.xlsx", False))
        uow.herkomst.add(eerste.id, 1, _herkomst("b.xlsx", True))
        uow.herkomst.add(tweede.id, 3, _herkomst("c.xlsx", False))
        gevonden = [
            uow.herkomst.zelfde_gemeente_en_ronde(p.gemeente_code, p.ronde_code, p.id)
            for p in (eerste, tweede, elders)
        ]
        uow.commit()
    inserts = [s for s in seen if s.lstrip().upper().startswith("INSERT")]
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(inserts) == 3 and len(set(inserts)) == 1
    assert len(selects) == 3 and len(set(selects)) == 1
    assert gevonden == [
        sorted([tweede.id, derde.id]),
        sorted([eerste.id, derde.id]),
        [],
    ]
    with db.unit_of_work() as uow:
        regels = uow.herkomst.van(eerste.id)
        assert [r.herkomst.bestandsnaam for r in regels] == ["a.xlsx", "b.xlsx"]
        assert _utc(regels[1].herkomst) == _herkomst("b.xlsx", True)
        assert _utc(uow.herkomst.laatste(eerste.id, 1)) == _herkomst("b.xlsx", True)
        assert _utc(uow.herkomst.laatste(tweede.id, 3)) == _herkomst("c.xlsx", False)
        assert uow.herkomst.laatste(derde.id, 1) is None
        # Another round: not the same round.
        assert uow.herkomst.zelfde_gemeente_en_ronde(eerste.gemeente_code, "1999", "") == []
