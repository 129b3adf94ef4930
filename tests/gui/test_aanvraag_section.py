"""Issue 11: the editor's Jaaraanvraag section (round 2026-2029): typed text is stored."""

from __future__ import annotations

import os
import random
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from domain.demo import DEMO_2026_ID, demo_plannen_rondes
from tests.gui.typing import press, pump, settle, stored, type_keys


def _met_demo_2026(db):
    with db.unit_of_work() as uow:
        for plan in demo_plannen_rondes(db.catalogus()):
            uow.plans.add(plan)
        uow.commit()


def _open(window, db):
    _met_demo_2026(db)
    window.refresh_list()
    window.open_plan(DEMO_2026_ID)
    window.editor.show_section("aanvraag")
    pump(0.1)
    return window.editor.section("aanvraag")


def test_typing_a_reflectie_is_autosaved_and_read_back_from_storage(qtbot, window, db):
    s = _open(window, db)
    assert s.jaar_box.title() == "Aanvraag 2027"
    s.reflectie.setFocus()
    s.reflectie.selectAll()
    press(Qt.Key.Key_Delete)
    type_keys("Wat werkte: één regisseur per jongere.", random.Random(3))
    settle(window.session)
    assert stored(db, DEMO_2026_ID).reflectie == "Wat werkte: één regisseur per jongere."
    assert s.reflectie.toPlainText() == "Wat werkte: één regisseur per jongere."


def test_an_emptied_reflectie_is_an_error_shown_at_the_field_naming_the_round(
    qtbot, window, db
):
    s = _open(window, db)
    s.reflectie.setFocus()
    s.reflectie.selectAll()
    type_keys("x", random.Random(1))

    press(Qt.Key.Key_Backspace)
    settle(window.session)
    qtbot.waitUntil(lambda: "2026-2029" in s.reflectie.toolTip(), timeout=5000)
    assert "reflectie" in s.reflectie.toolTip()
    assert stored(db, DEMO_2026_ID).reflectie == ""


def test_the_year_applied_for_and_an_earlier_grant_are_stored(qtbot, window, db):
    s = _open(window, db)
    s.jaar.setFocus()
    s.jaar.setCurrentIndex(s.jaar.findData("2028"))
    s.jaar.activated.emit(s.jaar.currentIndex())
    pump(0.1)
    assert s.jaar_box.title() == "Aanvraag 2028"
    assert set(s.toegekend) == {2026, 2027}
    edit = s.toegekend[2027]
    edit.setFocus()
    type_keys("350.000,00", random.Random(2))

    press(Qt.Key.Key_Tab)
    settle(window.session)
    plan = stored(db, DEMO_2026_ID)
    assert plan.aanvraagjaar == 2028
    assert plan.eerder_toegekend[2027] == Decimal("350000.00")
    assert "de begroting van 2028" in s.gevraagd.text()


def test_screenshot_of_the_section_at_1366x768(qtbot, window, db, tmp_path):
    s = _open(window, db)
    window.resize(1366, 768)
    pump(0.3)
    doel = Path(os.environ.get("WIJKPLAN_SCREENSHOTS", tmp_path)) / "jaaraanvraag.png"
    assert window.grab().save(str(doel))
    assert s.isVisible()
