"""Paths like ``interventies[2].bereik`` address the same field as the validation findings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.model import Indicator, Interventie, Plan
from gui import plan_paths


def test_a_path_is_split_into_names_and_indexes():
    assert plan_paths.parse("interventies[2].bereik") == ("interventies", 2, "bereik")
    assert plan_paths.parse("contactpersoon.naam") == ("contactpersoon", "naam")
    assert plan_paths.join("interventies", 2, "bereik") == "interventies[2].bereik"


@pytest.mark.parametrize("bad", ["", "a..b", "a[x]", "[1]a b", "a]"])
def test_a_malformed_path_is_refused(bad):
    with pytest.raises(ValueError):
        plan_paths.parse(bad)


def test_values_are_read_and_written_through_lists_objects_and_year_dicts():
    plan = Plan(interventies=[Interventie(naam="A"), Interventie(naam="B")])
    plan.indicatoren.append(Indicator(naam="Verzuim"))
    plan_paths.set_value(plan, "interventies[1].bereik", 40)
    plan_paths.set_value(plan, "indicatoren[0].streefwaarden[2024]", Decimal("12.5"))
    assert plan.interventies[1].bereik == 40
    assert plan_paths.get(plan, "indicatoren[0].streefwaarden[2024]") == Decimal("12.5")
    plan_paths.set_value(plan, "indicatoren[0].streefwaarden[2024]", None)
    assert plan.indicatoren[0].streefwaarden == {}
    assert not plan_paths.has(plan, "interventies[5].naam")


def test_the_index_and_the_rest_of_a_list_path_are_found():
    assert plan_paths.list_index("begroting[14].bedrag", "begroting") == 14
    assert plan_paths.field_after("interventies[2].factoren[0]", "interventies") == "factoren[0]"
    assert plan_paths.field_after("indicatoren[3].interventie_ids[1]", "indicatoren") == (
        "interventie_ids[1]"
    )
    assert plan_paths.list_index("titel", "begroting") is None


def test_the_editor_reads_the_path_an_export_wrote_for_a_year_both_old_and_new_style():
    from exports.paden import pad_tekst

    plan = Plan(indicatoren=[Indicator(streefwaarden={2024: Decimal("1.00")})])
    geschreven = pad_tekst(["indicatoren", 0, "streefwaarden", "2024"])
    assert geschreven == "indicatoren[0].streefwaarden[2024]"
    assert plan_paths.get(plan, geschreven) == Decimal("1.00")
    # What exports wrote before there was one syntax still points at the same field.
    assert plan_paths.get(plan, "indicatoren[0].streefwaarden.2024") == Decimal("1.00")
