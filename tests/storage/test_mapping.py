"""The row mapping's shortcuts (issue 13) give the rows the plain rule gives.

``storage.mapping`` skips to_money's type checks for a finite Decimal, the enum call for a
value that already is the enum, and splits each plan field's path once. Each is checked here
against the rule written out plainly (to_money, the enum call, domain.vorm.lees), over the
demo plans and over the values the shortcut does not take (ints, strings, NaN, floats).
"""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.catalogue import Catalogus
from domain.demo import demo_plannen
from domain.errors import OngeldigeInvoer
from domain.model import Categorie, Kostensoort, Plan
from domain.money import BedragFout, to_money
from domain.vorm import PLAN_VELDEN, lees
from resources import load_json
from storage import mapping
from tests.domain.test_vorm import gevuld_plan


def _plannen() -> list[Plan]:
    return [*demo_plannen(Catalogus.from_dict(load_json("reference.json"))), gevuld_plan()]


# ids by position and municipality: gevuld_plan gets a new random id per process, and
# pytest-xdist refuses test ids that differ between its workers.
@pytest.mark.parametrize(
    "plan", _plannen(), ids=lambda p: f"{p.gemeente_code}-{p.jaar_van}-{p.titel[:12]}"
)
def test_rows_equal_the_plain_rule(plan: Plan):
    plain = {v.kolom: lees(plan, v.pad) for v in PLAN_VELDEN}
    row = mapping.plan_row(plan)
    assert {k: row[k] for k in plain} == {
        **plain,
        "gemeente_code": plan.gemeente_code or None,
        "ronde_code": plan.ronde_code or None,
        "status": plan.status.value,
    }
    delen = mapping.part_rows(plan)
    regels = list(delen["begrotingsregels"].values())
    assert len(regels) == len(plan.begroting) > 0
    for r, rij in zip(plan.begroting, regels, strict=True):
        assert rij["bedrag"] == to_money(r.bedrag)
        assert str(rij["bedrag"]) == str(to_money(r.bedrag))  # same exponent: cents
        assert str(rij["cofinanciering"]) == str(to_money(r.cofinanciering))
        assert rij["categorie"] == Categorie(r.categorie).value
        assert rij["kostensoort"] == Kostensoort(r.kostensoort).value
    # Every table keyed by the tuple of its primary key columns.
    for table, rows in delen.items():
        keys = mapping.PART_KEYS[table]
        for key, rij in rows.items():
            assert key == tuple(rij[k] for k in keys)


def test_plain_enum_values_give_the_same_row():
    plan = gevuld_plan()
    als_tekst = copy.deepcopy(plan)
    for r in als_tekst.begroting:
        r.categorie = str(r.categorie.value)  # type: ignore[assignment]
        r.kostensoort = str(r.kostensoort.value)  # type: ignore[assignment]
    assert mapping.part_rows(als_tekst) == mapping.part_rows(plan)
    als_tekst.begroting[0].categorie = "onzin"  # type: ignore[assignment]
    with pytest.raises(ValueError):
        mapping.part_rows(als_tekst)


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        (Decimal("1.005"), "1.00"),  # half-even, as to_money
        (Decimal("1.015"), "1.02"),
        (Decimal("-2.5"), "-2.50"),
        (Decimal("7"), "7.00"),
        (Decimal("0E-7"), "0.00"),
        (12, "12.00"),
        ("3.456", "3.46"),
        (Decimal("999999999999.99"), "999999999999.99"),
    ],
)
def test_amount_as_to_money(waarde, verwacht):
    d = mapping._bedrag(waarde, "veld")
    assert str(d) == verwacht == str(to_money(waarde))


@pytest.mark.parametrize(
    ("waarde", "fout"),
    [
        (Decimal("NaN"), BedragFout),
        (Decimal("Infinity"), BedragFout),
        (Decimal("-Infinity"), BedragFout),
        (1.5, TypeError),
        (True, TypeError),
        (Decimal("1000000000000.00"), OngeldigeInvoer),
        (Decimal("-999999999999.995"), OngeldigeInvoer),  # rounds to -10^12
    ],
)
def test_bad_amount_refused_as_before(waarde, fout):
    with pytest.raises(fout) as info:
        mapping._bedrag(waarde, "Begrotingsregel 3")
    if fout is OngeldigeInvoer:
        assert "Begrotingsregel 3" in str(info.value)
        assert "te groot om op te slaan" in str(info.value)


def test_none_stays_none():
    assert mapping._bedrag(None, "veld") is None


_BEDRAGEN = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.builds(
        lambda m, e: Decimal(m).scaleb(e), st.integers(-(10**16), 10**16), st.integers(-8, 14)
    ),
    st.sampled_from(
        [
            Decimal("999999999999.994"),
            Decimal("999999999999.995"),
            Decimal("-999999999999.995"),
            Decimal("1E+12"),
            Decimal("-0.00"),
            Decimal("0E+20"),
            Decimal("0.005"),
        ]
    ),
)


def _volle_regel(waarde):
    """What ``_bedrag`` must do: to_money, then refuse what does not fit Numeric(14, 2)."""
    d = to_money(waarde)
    if abs(d) >= Decimal(10) ** 12:
        raise OngeldigeInvoer("Regel 7: het bedrag is te groot")
    return d


def _uitkomst(f):
    try:
        d = f()
    except Exception as exc:  # the kind of refusal is what is compared
        return type(exc).__name__
    return (str(d), d.as_tuple())


@settings(max_examples=600, deadline=None)
@given(_BEDRAGEN)
def test_amount_shortcut_follows_the_full_rule(waarde):
    """Issue 13: the fast path (quantize, one comparison of the leading digit's place) gives
    what to_money and the size check give, or the same refusal, naming the place."""
    assert _uitkomst(lambda: mapping._bedrag(waarde, "Regel {}", 7)) == _uitkomst(
        lambda: _volle_regel(waarde)
    )
    if _uitkomst(lambda: _volle_regel(waarde)) == "OngeldigeInvoer":
        with pytest.raises(OngeldigeInvoer, match=r"^Regel 7: het bedrag "):
            mapping._bedrag(waarde, "Regel {}", 7)
