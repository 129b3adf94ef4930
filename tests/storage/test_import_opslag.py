"""Storing an imported plan (issue 13, the store step), on SQLite and PostgreSQL.

``add_if_new`` answers "is the id new?" and adds the plan in the statement that checks its
codes; these tests hold it to the rule it replaces (``exists``, then ``add`` or ``status``):
the same outcome, the same refusals in the same order, the same stored rows, one statement
fewer. An import keeps no fingerprint for the editor's in-memory diff; a later ``update``
compares with the stored rows and writes the same as after ``add``.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from domain.errors import OngeldigeInvoer
from domain.importing import Herkomst, ImportStatus, importeer_plan
from domain.model import Status
from storage import schema as s
from tests.storage.plans import volledig_plan

HERKOMST = Herkomst(
    "plan.xlsx", "ab" * 32, None, "cd" * 32, False, datetime(2026, 1, 2, tzinfo=UTC), "tester"
)
GEMASKEERD = {"aangemaakt_op", "gewijzigd_op", "gewijzigd_door", "vastgelegd_op"}


def _rijen(db, plan_id: str) -> dict[str, list[tuple]]:
    """Every stored row of the plan, per table, without the moments it was written."""
    uit = {}
    with db.engine.connect() as conn:
        for t in (s.plans, *s.PLAN_PARTS):
            kolommen = [c.name for c in t.c if c.name not in GEMASKEERD]
            sleutel = "id" if t is s.plans else "plan_id"
            pk = ", ".join(c.name for c in t.primary_key.columns)
            uit[t.name] = [
                tuple(r)
                for r in conn.execute(
                    text(
                        f"SELECT {', '.join(kolommen)} FROM {t.name} "
                        f"WHERE {sleutel} = :id ORDER BY {pk}"
                    ),
                    {"id": plan_id},
                )
            ]
    return uit


def _fout(f) -> tuple[str, str] | None:
    try:
        return ("ok", repr(f()))
    except OngeldigeInvoer as exc:
        return (type(exc).__name__, str(exc))


def test_a_new_plan_is_stored_as_add_stores_it_with_one_statement_fewer(db, count_statements):
    via_add = volledig_plan()
    via_add.eerder_toegekend = {2021: Decimal("1000.10"), 2020: Decimal("0.01")}
    via_import = replace(copy.deepcopy(via_add), id="0d7f3c1e-0000-4000-8000-0000000000aa")
    with db.unit_of_work() as uow, count_statements(db) as oud:
        assert not uow.plans.exists(via_add.id)
        uow.plans.add(via_add)
        uow.commit()
    with db.unit_of_work() as uow, count_statements(db) as nieuw:
        assert uow.plans.add_if_new(via_import) is None
        uow.commit()
    a, b = _rijen(db, via_add.id), _rijen(db, via_import.id)
    # The same rows apart from the plan's own id.
    assert {t: [tuple(x for x in r if x != via_add.id) for r in rij] for t, rij in a.items()} == {
        t: [tuple(x for x in r if x != via_import.id) for r in rij] for t, rij in b.items()
    }
    assert all(a.values())
    assert len(nieuw) == len(oud) - 1
    assert [x.split()[0] for x in nieuw][:2] == ["SELECT", "INSERT"]
    assert sum(x.lstrip().upper().startswith("SELECT") for x in nieuw) == 1
    assert via_import.versie == 1  # as after add: the version just written
    # No fingerprint is kept for the import; add keeps one for the editor.
    assert db.geheugen.get(via_import.id) is None
    assert db.geheugen.get(via_add.id) is not None


def test_an_existing_plan_gives_its_status_and_nothing_is_written(db, count_statements):
    plan = volledig_plan()
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.commit()
    with db.unit_of_work() as uow:
        uow.plans.update(replace(plan, revisie=4, status=Status.INGEDIEND, versie=None))
        uow.commit()
    # Even a file whose codes are unknown and whose amount cannot be stored: an existing id
    # answers first, as when ``exists`` was asked before ``add``.
    slecht = replace(volledig_plan(gemeente="GM9999"), id=plan.id, ronde_code="1900")
    slecht.begroting[0].bedrag = Decimal("1000000000000")
    with db.unit_of_work() as uow, count_statements(db) as seen:
        assert uow.plans.add_if_new(slecht) == (Status.INGEDIEND, 4)
        assert uow.plans.status(plan.id) == (Status.INGEDIEND, 4)
    assert [x.split()[0] for x in seen] == ["SELECT", "SELECT"]
    assert slecht.versie is None


@pytest.mark.parametrize(
    ("gemeente", "ronde", "te_groot"),
    [
        ("GM9999", "2022", False),
        ("GM0518", "1900", False),
        ("GM9999", "1900", False),
        ("GM9999", "2022", True),
        ("", "2022", False),
    ],
)
def test_a_new_plan_is_refused_as_add_refuses_it(db, gemeente, ronde, te_groot):
    def maak(pid: str):
        plan = replace(volledig_plan(), id=pid, gemeente_code=gemeente, ronde_code=ronde)
        if te_groot:
            plan.begroting[3].bedrag = Decimal("-1000000000000.00")
        return plan

    with db.unit_of_work() as uow:
        via_add = _fout(lambda: uow.plans.add(maak("a")))
    with db.unit_of_work() as uow:
        via_import = _fout(lambda: uow.plans.add_if_new(maak("b")))
    assert via_add == via_import
    geweigerd = te_groot or gemeente == "GM9999" or ronde == "1900"
    assert (via_import[0] == "OngeldigeInvoer") == geweigerd


_CODES = st.sampled_from(["GM0518", "GM0363", "GM9999", ""])
_RONDES = st.sampled_from(["2022", "1900"])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    bestaat=st.booleans(),
    gemeente=_CODES,
    ronde=_RONDES,
    te_groot=st.booleans(),
    revisie=st.integers(1, 3),
)
def test_add_if_new_follows_exists_then_add_or_status(
    db, bestaat, gemeente, ronde, te_groot, revisie
):
    """The full rule it replaces, on the same database state, rolled back after each case."""
    pid = "0d7f3c1e-0000-4000-8000-0000000000bb"

    def maak():
        plan = replace(
            volledig_plan(), id=pid, gemeente_code=gemeente, ronde_code=ronde, revisie=revisie
        )
        if te_groot:
            plan.begroting[0].cofinanciering = Decimal("1000000000000")
        return plan

    def regel(uow):
        if uow.plans.exists(pid):
            return uow.plans.status(pid)
        uow.plans.add(maak())
        return None

    uitkomsten = []
    for doe in (regel, lambda uow: uow.plans.add_if_new(maak())):
        with db.unit_of_work() as uow:  # left without commit: rolled back
            if bestaat:
                uow.plans.add(replace(volledig_plan(), id=pid, revisie=2))
            uitkomst = _fout(lambda uow=uow, doe=doe: doe(uow))
            uitkomsten.append((uitkomst, _rijen_in(uow, pid)))
    assert uitkomsten[0] == uitkomsten[1]


def _rijen_in(uow, plan_id: str) -> dict[str, int]:
    """How many rows of the plan each table holds, inside the open transaction."""
    conn = uow.connection
    return {
        t.name: conn.execute(
            text(f"SELECT count(*) FROM {t.name} WHERE {'id' if t is s.plans else 'plan_id'} = :i"),
            {"i": plan_id},
        ).scalar()
        for t in (s.plans, *s.PLAN_PARTS)
    }


def test_an_imported_plan_updated_later_is_written_as_an_added_one(db):
    """No fingerprint after the import: ``update`` compares with the stored rows and writes
    exactly what it writes after ``add`` (which compares with its fingerprint)."""
    uitkomsten = []
    basis = volledig_plan()
    for n, via_import in enumerate((False, True)):
        plan = replace(copy.deepcopy(basis), id=f"0d7f3c1e-0000-4000-8000-00000000010{n}")
        with db.unit_of_work() as uow:
            if via_import:
                assert importeer_plan(uow, plan, HERKOMST).status == ImportStatus.GEIMPORTEERD
            else:
                uow.plans.add(plan)
                uow.commit()
        plan.titel = "Anders"
        plan.begroting[2].bedrag = Decimal("0.07")
        del plan.begroting[5]
        plan.indicatoren[0].streefwaarden[2030] = Decimal("12.50")
        with db.unit_of_work() as uow:
            uow.plans.update(plan)
            uow.commit()
        rijen = _rijen(db, plan.id)
        uitkomsten.append(
            {t: [tuple(x for x in r if x != plan.id) for r in rij] for t, rij in rijen.items()}
        )
        assert plan.versie == 2
    assert uitkomsten[0] == uitkomsten[1]


def test_importing_a_submitted_plan_asks_one_question_before_writing(db, count_statements):
    """A new plan has no snapshot: its own is written without asking; the snapshot, the
    herkomst and the plan are stored as before (status, hash, content)."""
    from domain.serialize import canonical_json, content_hash

    plan = replace(volledig_plan(), status=Status.INGEDIEND)
    with db.unit_of_work() as uow, count_statements(db) as seen:
        assert importeer_plan(uow, plan, HERKOMST).status == ImportStatus.GEIMPORTEERD
    soorten = [x.split()[0] + " " + x.split()[2 if x.startswith("INSERT") else 1] for x in seen]
    assert [x for x in soorten if x.startswith("SELECT")] == ["SELECT (SELECT", "SELECT plans.id"]
    assert soorten.count("INSERT snapshots") == 1 and soorten.count("INSERT herkomst") == 1
    with db.unit_of_work() as uow:
        (m,) = uow.plans.snapshots(plan.id)
        assert (m.revisie, m.status, m.content_hash) == (1, Status.INGEDIEND, content_hash(plan))
        assert canonical_json(uow.plans.snapshot(plan.id, 1)) == canonical_json(plan)
        assert uow.herkomst.laatste(plan.id, 1).hash_berekend == HERKOMST.hash_berekend


def test_a_second_snapshot_of_a_plan_added_in_the_same_transaction_is_refused(db):
    from domain.errors import PlanBevroren

    plan = replace(volledig_plan(), status=Status.INGEDIEND)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        uow.plans.add_snapshot(plan)
        with pytest.raises(PlanBevroren):
            uow.plans.add_snapshot(plan)
    ander = replace(volledig_plan(), status=Status.INGEDIEND)
    with db.unit_of_work() as uow:
        assert uow.plans.add_if_new(ander) is None
        uow.plans.add_snapshot(ander)
        uow.commit()
    with db.unit_of_work() as uow, pytest.raises(PlanBevroren):
        uow.plans.add_snapshot(ander)


def test_after_a_rollback_the_snapshot_question_is_asked_again(db):
    """Rolled back, the plan this transaction added is gone; if another program then stores
    it with its snapshot, a snapshot of it here is refused in words, not by the key."""
    from domain.errors import PlanBevroren
    from storage.database import open_database

    plan = replace(volledig_plan(), status=Status.INGEDIEND)
    ander = open_database(db.url)
    try:
        with db.unit_of_work() as uow:
            uow.plans.add(plan)
            uow.rollback()
            with ander.unit_of_work() as tweede:
                tweede.plans.add(copy.deepcopy(plan))
                tweede.plans.add_snapshot(plan)
                tweede.commit()
            with pytest.raises(PlanBevroren):
                uow.plans.add_snapshot(plan)
    finally:
        ander.dispose()
