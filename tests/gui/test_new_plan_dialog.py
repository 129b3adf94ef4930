"""Issue 11: the new-plan dialog offers a municipality's own rounds and picks the open one."""

from __future__ import annotations

from datetime import date

from gui.new_plan_dialog import NewPlanDialog
from tests.gui.helpers import choose


def _rondes(dialog: NewPlanDialog) -> list[str]:
    return [dialog.ronde.itemData(i) for i in range(dialog.ronde.count())]


def test_a_municipality_sees_only_its_rounds_and_todays_open_round_is_chosen(qtbot, catalogus):
    dialog = NewPlanDialog(catalogus, vandaag=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    choose(dialog.gemeente, "'s-Gravenhage")
    assert _rondes(dialog) == ["2022", "2026-2029"]
    assert dialog.ronde.currentData() == "2026-2029"
    choose(dialog.gemeente, "Zwolle")
    assert _rondes(dialog) == ["2024"]
    dialog.titel.setText("  Zwolle flexibel  ")
    assert dialog.values() == ("GM0193", "2024", "Zwolle flexibel")


def test_on_a_day_in_2022s_application_period_the_2022_round_is_chosen(qtbot, catalogus):
    dialog = NewPlanDialog(catalogus, vandaag=date(2022, 9, 1))
    qtbot.addWidget(dialog)
    choose(dialog.gemeente, "Rotterdam")
    assert dialog.ronde.currentData() == "2022"
    choose(dialog.gemeente, "Almere")  # joined in 2023: its first round, not yet open
    assert _rondes(dialog) == ["2023", "2026-2029"]
    assert dialog.ronde.currentData() == "2023"


def test_the_municipalities_are_listed_by_name(qtbot, catalogus):
    dialog = NewPlanDialog(catalogus, vandaag=date(2026, 12, 2))
    qtbot.addWidget(dialog)
    namen = [dialog.gemeente.itemText(i) for i in range(dialog.gemeente.count())]
    assert len(namen) == 47
    assert namen[0] == "Almelo (GM0141)" and namen[-1] == "Zwolle (GM0193)"
