"""storage.part_tupels: a new plan's rows as tuples straight from its records are exactly the
row dicts of storage.mapping.part_rows taken apart (issue 13): values, their classes, order,
repeated keys and the refusal of an amount too large."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.errors import OngeldigeInvoer
from domain.model import Plan
from storage.mapping import part_rows
from storage.part_tupels import KOLOMMEN, part_tupels, tupels_uit_rijen
from tests.storage.plans import volledig_plan
from tests.strategies import plannen


def _vorm(tabellen) -> list:
    """Names, values and each value's class (1 == 1.0 == True must not pass as equal)."""
    return [
        (t.name, [(r, tuple(type(v) for v in r)) for r in rijen]) for t, rijen in tabellen
    ]


def _volle_regel(plan: Plan):
    """What the full rule gives, or the refusal it raises."""
    try:
        return _vorm(tupels_uit_rijen(part_rows(plan)))
    except OngeldigeInvoer as exc:
        return ("geweigerd", str(exc), exc.tekst("en"))


def _snel(plan: Plan):
    try:
        return _vorm(part_tupels(plan))
    except OngeldigeInvoer as exc:
        return ("geweigerd", str(exc), exc.tekst("en"))


def test_columns_are_each_tables_columns_but_plan_id():
    from storage import schema as s

    for t in s.PLAN_PARTS:
        assert KOLOMMEN[t.name] == tuple(c.name for c in t.c)[1:]
        assert t.c[0].name == "plan_id"


@given(plannen(max_items=4))
def test_the_tuples_are_the_row_dicts_taken_apart(plan):
    assert _snel(plan) == _volle_regel(plan)


_GROOT = st.sampled_from(
    [Decimal("1000000000000.00"), Decimal("-1000000000000"), Decimal("999999999999.995")]
)


@given(
    plan=plannen(max_items=3),
    data=st.data(),
)
def test_the_same_amount_is_refused_first(plan, data):
    """Amounts too large in several places (indicator, target, budget line, earlier grant):
    the same one is named, in both languages."""
    for regel in plan.begroting:
        if data.draw(st.booleans()):
            regel.bedrag = data.draw(_GROOT)
        if data.draw(st.booleans()):
            regel.cofinanciering = data.draw(_GROOT)
    for ind in plan.indicatoren:
        if data.draw(st.booleans()):
            ind.nulmeting = data.draw(_GROOT)
        for jaar in list(ind.streefwaarden):
            if data.draw(st.booleans()):
                ind.streefwaarden[jaar] = data.draw(_GROOT)
    if data.draw(st.booleans()):
        plan.eerder_toegekend[2020] = data.draw(_GROOT)
    assert _snel(plan) == _volle_regel(plan)


@given(plan=plannen(max_items=4), data=st.data())
def test_a_repeated_key_keeps_the_place_of_the_first_and_the_values_of_the_last(plan, data):
    """Ids repeated within a list (a broken plan the validation refuses earlier): the rows
    the dict would have kept, in its order."""
    for lijst in (plan.doelgroepen, plan.interventies, plan.partners, plan.indicatoren,
                  plan.begroting):
        if len(lijst) >= 2 and data.draw(st.booleans()):
            i, j = data.draw(st.lists(st.integers(0, len(lijst) - 1), min_size=2, max_size=2))
            lijst[j] = copy.copy(lijst[j])
            lijst[j].id = lijst[i].id
    assert _snel(plan) == _volle_regel(plan)


def test_a_plan_with_every_part_gives_rows_in_every_table():
    plan = volledig_plan()
    tabellen = dict((t.name, r) for t, r in part_tupels(plan))
    assert all(tabellen[n] for n in KOLOMMEN if n != "eerder_toegekend"), tabellen.keys()
    assert _snel(plan) == _volle_regel(plan)


def test_an_enum_value_that_is_no_member_is_refused_as_before():
    plan = volledig_plan()
    plan.begroting[0].categorie = "geen"  # type: ignore[assignment]
    with pytest.raises(ValueError) as snel:
        part_tupels(plan)
    with pytest.raises(ValueError) as vol:
        part_rows(plan)
    assert str(snel.value) == str(vol.value)
