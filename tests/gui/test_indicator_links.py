"""Doelen en indicatoren: which interventions an indicator measures, on the real main window
with a real SQLite file: ticking is saved and undoable, names follow the interventions,
deleting an intervention drops its links, and Controle jumps to the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.demo import DEMO_CONCEPT_ID


def stored(db, plan_id):
    with db.unit_of_work() as uow:
        return uow.plans.get(plan_id)


def wait_saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.pending, timeout=3000)


def open_indicatoren(window):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    window.editor.show_section("indicatoren")
    return window.editor.section("indicatoren")


def labels(check_list) -> list[str]:
    return [check_list.item(i).text() for i in range(check_list.count())]


def row_of(check_list, code: str) -> int:
    return next(
        i
        for i in range(check_list.count())
        if check_list.item(i).data(Qt.ItemDataRole.UserRole) == code
    )


def test_ticking_an_intervention_for_an_indicator_is_saved_and_undo_removes_it(
    qtbot, window, demo_db
):
    section = open_indicatoren(window)
    plan = window.session.plan
    assert section.view.currentIndex().row() == 0
    assert labels(section.interventies) == [iv.naam for iv in plan.interventies]
    talent = plan.interventies[1]
    assert talent.id not in plan.indicatoren[0].interventie_ids

    lijst = section.interventies
    lijst.setFocus()
    lijst.setCurrentRow(row_of(lijst, talent.id))
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        QTest.keyClick(lijst, Qt.Key.Key_Space)  # space toggles, as in every Qt list
    assert talent.id in stored(demo_db, DEMO_CONCEPT_ID).indicatoren[0].interventie_ids

    with qtbot.waitSignal(window.session.saved, timeout=3000):
        window.actions_.undo.trigger()
    assert talent.id not in stored(demo_db, DEMO_CONCEPT_ID).indicatoren[0].interventie_ids
    assert talent.id not in lijst.checked()


def test_the_list_shows_the_current_intervention_names(qtbot, window, demo_db):
    section = open_indicatoren(window)
    window.session.set("interventies[0].naam", "Straatcoaches Zuid en Noord")
    assert labels(section.interventies)[0] == "Straatcoaches Zuid en Noord"
    # The tick survives the rename: it is the id that is linked, not the name.
    assert window.session.plan.interventies[0].id in section.interventies.checked()


def test_deleting_an_intervention_drops_its_links_and_undo_brings_both_back(qtbot, window, demo_db):
    section = open_indicatoren(window)
    plan = window.session.plan
    straat = plan.interventies[0]
    assert plan.indicatoren[0].interventie_ids == [straat.id]

    interventies = window.editor.section("interventies")
    interventies.view.setCurrentIndex(interventies.model.index(0, 0))
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        interventies.remove_button.click()
    opgeslagen = stored(demo_db, DEMO_CONCEPT_ID)
    assert straat.id not in [iv.id for iv in opgeslagen.interventies]
    assert opgeslagen.indicatoren[0].interventie_ids == []
    assert straat.naam not in labels(section.interventies)
    assert not [f for f in window.session.findings() if f.code == "INDICATOR_INTERVENTIE_ONBEKEND"]

    # One undo step restores the intervention and the indicator's link to it.
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        window.actions_.undo.trigger()
    opgeslagen = stored(demo_db, DEMO_CONCEPT_ID)
    assert opgeslagen.interventies[0].id == straat.id
    assert opgeslagen.indicatoren[0].interventie_ids == [straat.id]
    assert section.interventies.checked() == [straat.id]


def test_enter_on_an_unknown_intervention_finding_focuses_the_indicator_list(
    qtbot, window, demo_db
):
    plan = stored(demo_db, DEMO_CONCEPT_ID)
    plan.indicatoren[0].interventie_ids.append("bestaat-niet")
    with demo_db.unit_of_work() as uow:
        uow.plans.update(plan)
        uow.commit()
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("controle")
    controle = editor.controle
    pad = "indicatoren[0].interventie_ids[1]"
    items = [controle.list.topLevelItem(i) for i in range(controle.list.topLevelItemCount())]
    item = next(i for i in items if i.data(0, Qt.ItemDataRole.UserRole + 1) == pad)
    controle.list.setCurrentItem(item)
    controle.list.setFocus()
    QTest.keyClick(controle.list, Qt.Key.Key_Return)
    section = editor.section("indicatoren")
    assert editor.stack.currentWidget() is section
    assert section.view.currentIndex().row() == 0
    qtbot.waitUntil(section.interventies.hasFocus)
    assert section.interventies.property("bevinding") == "fout"


def test_screenshot_of_the_indicators_with_their_interventions(qtbot, window, demo_db, tmp_path):
    section = open_indicatoren(window)
    out = Path(tmp_path) / "indicatoren.png"
    assert section.grab().save(str(out))
    assert out.stat().st_size > 0
