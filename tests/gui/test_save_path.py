"""The editor's autosave on a real SQLite file: one keystroke in a 2,000-line plan writes one row.

Statements are counted with SQLAlchemy engine events while the real PlanSession saves through
its worker thread (and once through ``save_sync``, the path used on close).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event

from gui.plan_session import PlanSession
from gui.plan_snapshot import plan_snapshot
from storage.database import open_database
from tests.storage.plans import volledig_plan


@contextlib.contextmanager
def _statements(db) -> Iterator[list[tuple[str, int]]]:
    """Every statement sent while the block runs, with the number of rows it carries."""
    seen: list[tuple[str, int]] = []

    def listener(conn, cursor, statement, parameters, context, executemany):
        seen.append((" ".join(statement.split()), len(parameters) if executemany else 1))

    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)


def _writes(seen: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    out = []
    for sql, rows in seen:
        words = sql.split()
        if words[0] in ("UPDATE", "INSERT", "DELETE"):
            table = words[1] if words[0] == "UPDATE" else words[2]
            out.append((words[0], table, rows))
    return out


def _budget_reads(seen: list[tuple[str, int]]) -> list[str]:
    return [sql for sql, _ in seen if sql.startswith("SELECT") and "begrotingsregels" in sql]


@pytest.fixture
def big(qapp, db):
    plan = volledig_plan(regels=2000)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:  # as the editor opens it
        geladen = uow.plans.get(plan.id)
    session = PlanSession(db, geladen)
    yield session
    session.shutdown()


def test_keystrokes_in_a_big_plan_are_saved_from_the_editor_as_one_changed_row_each(
    qtbot, db, sqlite_url, big
):
    session = big
    for n, bedrag in enumerate(("4321.09", "4321.10", "17.00")):
        with _statements(db) as seen:
            assert session.set(f"begroting[{1234 + n}].bedrag", Decimal(bedrag))
            with qtbot.waitSignal(session.saved, timeout=20_000):
                session.save_now()  # the autosave's timeout: a round on the worker thread
        # Also the second and third time, after the editor's own earlier save raised versie.
        assert _writes(seen) == [("UPDATE", "plans", 1), ("UPDATE", "begrotingsregels", 1)]
        assert _budget_reads(seen) == [], "the stored budget lines were read back"

    with _statements(db) as seen:
        session.set("begroting[7].omschrijving", "Huur buurthuis Súdwest-Fryslân")
        assert session.save_sync()  # on close, on the GUI thread
    assert _writes(seen) == [("UPDATE", "plans", 1), ("UPDATE", "begrotingsregels", 1)]
    assert _budget_reads(seen) == []

    other = open_database(sqlite_url)  # another program reading the file
    try:
        with other.unit_of_work() as uow:
            stored = uow.plans.get(session.plan.id)
    finally:
        other.dispose()
    assert [r.bedrag for r in stored.begroting[1234:1237]] == [
        Decimal("4321.09"),
        Decimal("4321.10"),
        Decimal("17.00"),
    ]
    assert stored.begroting[7].omschrijving == "Huur buurthuis Súdwest-Fryslân"
    assert stored == session.plan


def _mutable_objects(value, out: list) -> list:
    if isinstance(value, list | dict) or (
        dataclasses.is_dataclass(value) and not type(value).__dataclass_params__.frozen
    ):
        out.append(value)
    items = (
        value
        if isinstance(value, list)
        else list(value.values())
        if isinstance(value, dict)
        else list(vars(value).values())
        if dataclasses.is_dataclass(value)
        else []
    )
    for v in items:
        _mutable_objects(v, out)
    return out


def test_the_copy_for_the_save_thread_equals_the_plan_and_shares_no_mutable_object():
    plan = volledig_plan(regels=20)
    copy = plan_snapshot(plan)
    assert copy == plan
    originals = {id(o) for o in _mutable_objects(plan, [])}
    copies = _mutable_objects(copy, [])
    assert len(copies) == len(originals) > 40
    assert not [o for o in copies if id(o) in originals]

    plan.begroting[3].bedrag = Decimal("1.00")
    plan.interventies[0].factoren.append("R09")
    plan.indicatoren[0].streefwaarden[2026] = Decimal("5")
    plan.probleemanalyse.risicofactoren.pop()
    assert copy != plan
    assert copy.begroting[3].bedrag != Decimal("1.00")
    assert "R09" not in copy.interventies[0].factoren
    assert 2026 not in copy.indicatoren[0].streefwaarden


def test_the_copy_refuses_a_value_it_cannot_know_to_be_immutable():
    plan = volledig_plan(regels=2)
    plan.interventies[0].wijk_codes = {"WK051801"}  # a set: shared, it could change under us
    with pytest.raises(TypeError, match="set"):
        plan_snapshot(plan)
