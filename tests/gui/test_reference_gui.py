"""Bestand → Referentiegegevens bijwerken… and Overnemen in ronde… in the real window:
the preview dialog lists the changes, Toepassen applies, Annuleren and a refused file change
nothing; a plan carried into 2026-2029 opens with its marked line in Controle en indienen."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from application.referentie import exporteer_referentie
from domain.demo import DEMO_COMPLEET_ID

SHOTS = Path(os.environ.get("WIJKPLAN_SCREENSHOTS", "/tmp/wijkplan-shots-ref11"))


def _save(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, 300, 9)}
    assert len(colours) > 5, name  # not a blank grab
    return path


@pytest.fixture
def bestanden(demo_db, tmp_path):
    ref = exporteer_referentie(demo_db, tmp_path / "ref.json")
    doc = json.loads(ref.read_text("utf-8"))
    ronde = next(r for r in doc["rondes"] if r["code"] == "2026-2029")
    ronde["aanvragen_tot"] = "2029-11-01"
    ronde["gemeenten"].append("GM0307")
    doc["gemeenten"].append({"code": "GM0307", "naam": "Amersfoort", "focusgebieden": []})
    nieuw = tmp_path / "nieuw.json"
    nieuw.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    doc["rondes"] = [r for r in doc["rondes"] if r["code"] != "2022"]
    wees = tmp_path / "wees.json"
    wees.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return nieuw, wees


def _rows(tree) -> list[list[str]]:
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        out.append([item.text(0)])
        for j in range(item.childCount()):
            child = item.child(j)
            out.append([child.text(0), child.text(1), child.text(2)])
    return out


def test_the_preview_lists_the_changes_and_toepassen_applies_them(
    qtbot, demo_db, window, bestanden
):
    nieuw, _wees = bestanden
    acties = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Referentiegegevens &bijwerken…" in acties and "O&vernemen in ronde…" in acties
    dialog = window.reference.show_preview(str(nieuw))
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal()
    assert _rows(dialog.tree) == [
        ["ronde 2026-2029 (Preventie met Gezag 2026–2029) gewijzigd"],
        ["gemeenten", "", "+GM0307"],
        ["aanvragen_tot", "01-10-2029", "01-11-2029"],
        ["gemeente GM0307 (Amersfoort) toegevoegd"],
    ]
    assert dialog.summary.text() == "2 wijzigingen: 1 toegevoegd, 1 gewijzigd, 0 verwijderd."
    assert dialog.apply_button.isEnabled() and not dialog.refusals.isVisible()
    dialog.resize(1366, 768)
    _save(dialog, "referentie_voorbeeld")
    assert demo_db.catalogus().gemeente("GM0307") is None  # nothing applied yet

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_db.catalogus().gemeente("GM0307").naam == "Amersfoort"
    assert window.statusBar().currentMessage() == "Referentiegegevens bijgewerkt: 2 wijzigingen."
    # The new municipality can now be chosen for a new plan in 2026-2029.
    r = demo_db.catalogus().ronde("2026-2029")
    assert r.neemt_deel("GM0307")


def test_annuleren_changes_nothing(qtbot, demo_db, window, bestanden):
    nieuw, _wees = bestanden
    dialog = window.reference.show_preview(str(nieuw))
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    demo_db.vergeet_catalogus()
    assert demo_db.catalogus().gemeente("GM0307") is None


def test_a_file_that_would_orphan_plans_shows_them_and_cannot_be_applied(
    qtbot, demo_db, window, bestanden
):
    _nieuw, wees = bestanden
    dialog = window.reference.show_preview(str(wees))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.refusals.isVisible() and not dialog.apply_button.isEnabled()
    text = dialog.refusals.text()
    assert "Ronde 2022 (Preventie met Gezag 2022) wordt verwijderd, maar 2 plannen" in text
    assert f"(id {DEMO_COMPLEET_ID})" in text
    dialog.resize(1366, 768)
    _save(dialog, "referentie_geweigerd")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    demo_db.vergeet_catalogus()
    assert demo_db.catalogus().ronde("2022") is not None


def test_a_bad_file_is_a_dutch_message_not_a_dialog(qtbot, demo_db, window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.helpers import answer_next_message_box

    slecht = tmp_path / "slecht.json"
    slecht.write_text('{"formaat": "wijkplan-referentie", "versie": 1}', "utf-8")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    assert window.reference.show_preview(str(slecht)) is None
    assert seen == ["gemeenten: deze verplichte sleutel ontbreekt"]


def test_overnemen_in_ronde_from_the_context_menu_opens_the_new_plan_with_its_marks(
    qtbot, demo_db, window
):
    from application.plannen import bewaar, open_plan
    from domain.model import Begrotingsregel, Categorie
    from domain.serialize import content_hash

    oud = open_plan(demo_db, DEMO_COMPLEET_ID)
    oud.begroting.append(
        Begrotingsregel(
            categorie=Categorie.PROGRAMMAONDERSTEUNING,
            jaar=2027,
            omschrijving="Nazorg",
            bedrag=Decimal("1000.00"),
        )
    )
    bewaar(demo_db, oud)
    hash_oud = content_hash(open_plan(demo_db, DEMO_COMPLEET_ID))
    window.refresh_list(DEMO_COMPLEET_ID)
    page = window.list_page
    rect = page.view.visualRect(
        page.proxy.mapFromSource(page.model.index(page.model.row_of(DEMO_COMPLEET_ID), 0))
    )
    page._show_context_menu(rect.center())
    menu = page.context_menu
    qtbot.waitUntil(menu.isVisible)
    (actie,) = [a for a in menu.actions() if a.text() == "Overnemen in &ronde…"]
    menu.close()
    actie.trigger()
    dialog = window.reference.carry_dialog
    qtbot.waitUntil(dialog.isVisible)
    # Only the rounds 's-Gravenhage takes part in, other than the plan's own.
    assert [dialog.ronde.itemData(i) for i in range(dialog.ronde.count())] == ["2026-2029"]
    dialog.resize(1366, 768)
    _save(dialog, "overnemen_dialoog")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.session is not None)
    plan = window.session.plan
    assert plan.id != DEMO_COMPLEET_ID and plan.ronde_code == "2026-2029"
    assert plan.titel == "Preventie met Gezag Den Haag Zuidwest 2026–2029"
    controle = window.editor.section("controle")
    qtbot.waitUntil(controle.isVisible)
    rijen = [controle.list.topLevelItem(i) for i in range(controle.list.topLevelItemCount())]
    gemarkeerd = [r for r in rijen if "overgenomen uit ronde 2022" in r.text(2)]
    assert len(gemarkeerd) == 1
    assert gemarkeerd[0].text(0) == "Fout"
    assert "jaar 2030 valt buiten de looptijd 2026–2029" in gemarkeerd[0].text(2)
    assert window.statusBar().currentMessage() == (
        "Overgenomen in ronde 2026-2029; 1 regel te controleren."
    )
    window.resize(1366, 768)
    controle.list.setCurrentItem(gemarkeerd[0])
    _save(window, "overnemen_controle")
    # A double-click goes to the line's description in the Begroting.
    from PySide6.QtTest import QTest

    controle.list.scrollToItem(gemarkeerd[0])
    pos = controle.list.visualItemRect(gemarkeerd[0]).center()
    QTest.mouseClick(controle.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseDClick(controle.list.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    begroting = window.editor.section("begroting")
    assert window.editor.stack.currentWidget() is begroting
    cel = begroting.view.currentIndex()
    assert cel.data().startswith("[Controleren na overnemen uit ronde 2022: jaar 2030")
    assert cel.data().endswith("] Nazorg")
    # The old plan is untouched.
    assert content_hash(open_plan(demo_db, DEMO_COMPLEET_ID)) == hash_oud


def test_reference_data_is_updated_from_the_list_only_and_a_lone_round_is_said(
    qtbot, demo_db, window
):
    from PySide6.QtWidgets import QMessageBox

    from application.database import laad_demo
    from domain.demo import DEMO_2024_ID
    from tests.gui.helpers import answer_next_message_box

    laad_demo(demo_db)
    window.refresh_list()
    acties = window.actions_
    assert acties.update_reference.isEnabled()
    assert window.open_plan(DEMO_2024_ID)  # Zwolle: only in round 2024
    assert not acties.update_reference.isEnabled()
    assert acties.update_reference.toolTip() == "Sluit eerst het plan."
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    acties.carry_over.trigger()  # the open plan
    assert seen == ["Zwolle neemt aan geen andere ronde deel dan die van dit plan."]
    assert window.reference.carry_dialog is None
    window.show_list()
    assert acties.update_reference.isEnabled()


def test_the_reference_action_waits_for_the_database(qtbot, db, settings):
    from gui.main_window import MainWindow
    from tests.gui.conftest import close_answering_dialogs

    w = MainWindow(None, settings)  # the window shows before the database is open
    qtbot.addWidget(w, before_close_func=close_answering_dialogs)
    assert not w.actions_.update_reference.isEnabled()
    w.attach_database(db)
    assert w.actions_.update_reference.isEnabled()


def test_the_menu_asks_for_the_file_then_shows_the_preview(qtbot, demo_db, window, bestanden):
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.helpers import run_with_dialog

    nieuw, _wees = bestanden
    gezien: list[str] = []

    def kies(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        gezien.append(dialog.windowTitle())
        dialog.selectFile(str(nieuw))
        dialog.accept()

    run_with_dialog(window.actions_.update_reference.trigger, kies)
    assert gezien == ["Referentiegegevens bijwerken"]
    preview = window.reference.preview
    qtbot.waitUntil(preview.isVisible)
    assert preview.summary.text().startswith("2 wijzigingen")
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
