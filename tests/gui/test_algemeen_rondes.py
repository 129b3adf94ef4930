"""Issue 11: Algemeen offers only the rounds the plan's municipality takes part in, and only
the municipalities of the chosen round (as the new-plan dialog does)."""

from __future__ import annotations

from domain.demo import DEMO_2024_ID, DEMO_2026_ID, demo_plannen_rondes
from tests.gui.typing import pump, settle, stored


def _open(window, db, plan_id):
    with db.unit_of_work() as uow:
        for plan in demo_plannen_rondes(db.catalogus()):
            uow.plans.add(plan)
        uow.commit()
    window.refresh_list()
    window.open_plan(plan_id)
    pump(0.1)
    return window.editor.section("algemeen")


def _codes(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_2024_municipality_sees_only_its_round_and_the_round_only_its_municipalities(
    qtbot, window, db
):
    s = _open(window, db, DEMO_2024_ID)
    cat = db.catalogus()
    assert _codes(s.ronde) == ["", "2024"]  # Zwolle (GM0193) takes part in 2024 only
    assert set(_codes(s.gemeente)) == {"", *cat.ronde("2024").gemeenten}
    assert s.ronde.currentData() == "2024" and s.gemeente.currentData() == "GM0193"


def test_choosing_another_municipality_narrows_the_rounds_and_is_stored(qtbot, window, db):
    s = _open(window, db, DEMO_2026_ID)
    cat = db.catalogus()
    assert _codes(s.ronde) == ["", *(r.code for r in cat.rondes_van("GM0518"))]
    almere = s.gemeente.findData("GM0034")  # Almere: 2023 and 2026-2029
    assert almere >= 0
    s.gemeente.setCurrentIndex(almere)
    s.gemeente.activated.emit(almere)
    settle(window.session)
    assert stored(db, DEMO_2026_ID).gemeente_code == "GM0034"
    assert _codes(s.ronde) == ["", *(r.code for r in cat.rondes_van("GM0034"))]
    assert s.ronde.currentData() == "2026-2029"
