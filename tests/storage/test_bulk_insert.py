"""storage.bulk_insert: part rows stored in one executemany of the compiled INSERT, plan_id
added, amounts exact; a row with other columns is refused, never stored half (SQLite and
PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.exc import StatementError

from storage import schema as s
from storage.bulk_insert import schrijf, voeg_in
from tests.storage.plans import volledig_plan


def _regels(conn, plan_id: str) -> list[tuple]:
    t = s.begrotingsregels
    rows = conn.execute(
        select(t.c.id, t.c.volgorde, t.c.omschrijving, t.c.bedrag, t.c.cofinanciering)
        .where(t.c.plan_id == plan_id)
        .order_by(t.c.volgorde)
    )
    return [(i, v, o, Decimal(str(b)).quantize(Decimal("0.01"))) for i, v, o, b, _c in rows]


def _regel(plan_id: str, n: int, **extra) -> dict:
    basis = {
        "id": f"{plan_id}-r{n}",
        "volgorde": n,
        "interventie_id": None,
        "categorie": "interventie",
        "kostensoort": "personeel",
        "jaar": 2026,
        "omschrijving": f"regel {n}",
        "bedrag": Decimal("999999999.99") if n == 0 else Decimal(n) / 100,
        "cofinanciering": Decimal("0.00"),
        "cofinanciering_bron": "",
    }
    basis.update(extra)
    return basis


def test_rows_are_stored_whole_with_the_plan_id_and_exact_amounts(db):
    plan = volledig_plan(regels=0)
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        rows = [_regel(plan.id, n) for n in range(3)]
        voeg_in(uow.connection, s.begrotingsregels, plan.id, rows)
        gelezen = _regels(uow.connection, plan.id)
    assert [r[:3] for r in gelezen] == [(f"{plan.id}-r{n}", n, f"regel {n}") for n in range(3)]
    assert [r[3] for r in gelezen] == [Decimal("999999999.99"), Decimal("0.01"), Decimal("0.02")]
    assert "plan_id" not in rows[0]  # the caller's rows are not changed


def test_a_row_with_as_many_but_other_columns_is_refused_not_misread(db):
    # The second row has as many keys as the first, one of them another column: the fast
    # path must not take it (a missing value is not stored as NULL in silence).
    plan = volledig_plan(regels=0)
    eerste = _regel(plan.id, 0)
    del eerste["cofinanciering"]
    tweede = _regel(plan.id, 1, cofinanciering=Decimal("5.00"))
    del tweede["cofinanciering_bron"]
    with db.unit_of_work() as uow:
        uow.plans.add(plan)
        with pytest.raises(StatementError, match="cofinanciering"):
            schrijf(uow.connection, s.begrotingsregels, [eerste, tweede], {"plan_id": plan.id})


_TEKST = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)
_BEDRAG = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@st.composite
def _interventies(draw) -> list[dict]:
    rijen = []
    for n in range(draw(st.integers(1, 4))):
        rij = {
            "id": f"iv{n}",
            "volgorde": n,
            "naam": draw(_TEKST),
            "omschrijving": draw(_TEKST),
            "kant": draw(st.sampled_from(["kansen", "grenzen"])),
            "pijler": draw(_TEKST),
            "erkenning": draw(_TEKST),
            "factoren": draw(st.lists(_TEKST, max_size=3)),
            "doelgroep_ids": draw(st.lists(_TEKST, max_size=2)),
            "wijk_codes": draw(st.lists(_TEKST, max_size=2)),
            "lead_partner_id": draw(st.none() | _TEKST),
            "bereik": draw(st.none() | st.integers(0, 10**6)),
            "jaar_van": draw(st.none() | st.integers(2020, 2040)),
            "jaar_tot_en_met": draw(st.none() | st.integers(2020, 2040)),
        }
        rijen.append(rij)
    return rijen


@st.composite
def _regels_st(draw) -> list[dict]:
    return [
        _regel(
            "p",
            n,
            bedrag=draw(_BEDRAG),
            cofinanciering=draw(_BEDRAG),
            omschrijving=draw(_TEKST),
            interventie_id=None,
        )
        for n in range(draw(st.integers(1, 5)))
    ]


def _gelezen(conn, table, plan_id: str) -> list[tuple]:
    kolommen = [c for c in table.c if c.name != "plan_id"]
    rows = conn.execute(select(*kolommen).where(table.c.plan_id == plan_id))
    return sorted(
        tuple(Decimal(str(v)).quantize(Decimal("0.01")) if isinstance(v, float) else v for v in r)
        for r in rows
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    tabel=st.sampled_from(["interventies", "begrotingsregels"]),
    interventies=_interventies(),
    regels=_regels_st(),
    volgorde=st.randoms(use_true_random=False),
)
def test_the_fast_path_stores_what_sqlalchemys_insert_stores(
    db, tabel, interventies, regels, volgorde
):
    """Issue 13: the compiled INSERT with its columns processed as whole columns (fixed
    values, statement order, bind processors) against ``conn.execute(insert(table), rows)``,
    rows in any key order, on the same database, read back."""
    table = s.interventies if tabel == "interventies" else s.begrotingsregels
    rijen = interventies if tabel == "interventies" else regels
    sleutels = list(rijen[0])
    volgorde.shuffle(sleutels)  # another key order: the statement's order is restored
    rijen = [{k: r[k] for k in sleutels} for r in rijen]
    snel, vol = volledig_plan(regels=0), volledig_plan(regels=0)
    snel.interventies = vol.interventies = []
    with db.unit_of_work() as uow:
        uow.plans.add(snel)
        uow.plans.add(vol)
        conn = uow.connection
        voeg_in(conn, table, snel.id, rijen)
        conn.execute(insert(table), [{"plan_id": vol.id, **r} for r in rijen])
        assert _gelezen(conn, table, snel.id) == _gelezen(conn, table, vol.id)
        assert len(_gelezen(conn, table, snel.id)) == len(rijen)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(regels=_regels_st(), tekst=_TEKST, eerst=st.booleans())
def test_fixed_values_of_any_column_land_in_their_place(db, regels, tekst, eerst):
    """Fixed values that are not the statement's first columns (the order is restored)."""
    snel, vol = volledig_plan(regels=0), volledig_plan(regels=0)
    rijen = [{k: v for k, v in r.items() if k != "omschrijving"} for r in regels]
    with db.unit_of_work() as uow:
        uow.plans.add(snel)
        uow.plans.add(vol)
        conn = uow.connection
        vast = {"omschrijving": tekst, "plan_id": snel.id}
        if eerst:
            vast = {"plan_id": snel.id, "omschrijving": tekst}
        schrijf(conn, s.begrotingsregels, rijen, vast)
        volle = [{"plan_id": vol.id, "omschrijving": tekst, **r} for r in rijen]
        conn.execute(insert(s.begrotingsregels), volle)
        t = s.begrotingsregels
        assert _gelezen(conn, t, snel.id) == _gelezen(conn, t, vol.id)
