"""The import dialogs with real widgets (offscreen), a real SQLite file and real workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from application.importeren import importeer_bestanden
from domain.importing import ImportStatus
from gui.excel_dialogs import ImportResultatenDialoog, ImportVoortgangDialoog
from storage.database import open_database
from tests.excel import vijandig as v


@pytest.fixture
def db(sqlite_url):
    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def bestanden(werkmap: Path, tmp_path: Path) -> list[Path]:
    kapot = v.geen_zip(werkmap, tmp_path)
    kopie = tmp_path / "kopie.xlsx"
    kopie.write_bytes(werkmap.read_bytes())
    return [werkmap, kapot, kopie]


def test_the_progress_dialog_imports_on_a_worker_thread_and_reports_every_file(
    qtbot, db, bestanden, plan
):
    dlg = ImportVoortgangDialoog(db, bestanden)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.klaar, timeout=60_000) as klaar:
        dlg.start()
    assert [u.status for u in klaar.args[0]] == [
        ImportStatus.GEIMPORTEERD,
        ImportStatus.GEWEIGERD,
        ImportStatus.OVERGESLAGEN,
    ]
    assert not dlg.isVisible()
    with db.unit_of_work() as uow:
        assert uow.plans.get(plan.id) == plan


def test_cancel_stops_the_import_between_files(qtbot, db, bestanden):
    dlg = ImportVoortgangDialoog(db, bestanden)
    qtbot.addWidget(dlg)
    # Cancel from the worker's own thread while it reads the first file: deterministic.
    dlg.werker.voortgang.connect(
        lambda n, _t, _naam: dlg.werker.stop() if n == 0 else None,
        Qt.ConnectionType.DirectConnection,
    )
    with qtbot.waitSignal(dlg.klaar, timeout=60_000) as klaar:
        dlg.start()
    assert [u.pad.name for u in klaar.args[0]] == ["plan.xlsx"]


def test_the_cancel_button_asks_the_worker_to_stop(qtbot, db, bestanden):
    dlg = ImportVoortgangDialoog(db, bestanden)
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg._annuleer, Qt.MouseButton.LeftButton)
    assert "Stoppen" in dlg._label.text()
    with qtbot.waitSignal(dlg.klaar, timeout=60_000) as klaar:
        dlg.start()
    assert klaar.args[0] == []


def test_the_results_list_every_message_and_a_double_click_opens_the_plan(
    qtbot, db, bestanden, plan, tmp_path
):
    uitkomsten = importeer_bestanden(db, bestanden)
    dlg = ImportResultatenDialoog(uitkomsten)
    qtbot.addWidget(dlg)
    dlg.show()
    boom = dlg.boom
    assert boom.topLevelItemCount() == 3
    for i, u in enumerate(uitkomsten):
        item = boom.topLevelItem(i)
        assert item.text(1) == u.status.value
        assert [item.child(k).text(7) for k in range(item.childCount())] == [
            m.bericht for m in u.meldingen
        ]
    assert "geen zip-bestand" in boom.topLevelItem(1).text(7)

    eerste = boom.topLevelItem(0)
    rect = boom.visualItemRect(eerste)
    qtbot.waitExposed(dlg)
    # A real double-click is press, release, then the double-click event on the same item.
    qtbot.mouseClick(boom.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dlg.planGeopend, timeout=5_000) as geopend:
        qtbot.mouseDClick(boom.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert geopend.args == [plan.id]

    with qtbot.assertNotEmitted(dlg.planGeopend):
        boom.itemDoubleClicked.emit(boom.topLevelItem(1), 0)  # refused: no plan to open

    dlg.bewaar_rapport(tmp_path / "rapport.xlsx")
    assert (tmp_path / "rapport.xlsx").stat().st_size > 0


def test_export_to_excel_proposes_the_default_name_and_writes_the_workbook(
    qtbot, monkeypatch, plan, catalogus, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from gui.excel_dialogs import exporteer_naar_excel

    gevraagd = []

    def kies(parent, titel, voorstel, filter_):
        gevraagd.append(voorstel)
        return str(tmp_path / "gekozen.xlsx"), filter_

    # The native file dialog cannot be driven offscreen; the choice a user makes is stubbed.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(kies))
    pad = exporteer_naar_excel(None, plan, catalogus, str(tmp_path))
    assert Path(gevraagd[0]).name == "Wijkplan_GM0518_s-Gravenhage_2023-2026_r1.xlsx"
    assert pad == tmp_path / "gekozen.xlsx"
    from exports.xlsx_reader import read_workbook

    assert read_workbook(pad, catalogus)[0] == plan


def test_the_results_show_per_file_gemeente_total_errors_warnings_and_submittable(
    qtbot, db, bestanden
):
    # Issue 10, defect 4: blocking errors are visible without opening every file.
    uitkomsten = importeer_bestanden(db, bestanden)
    dlg = ImportResultatenDialoog(uitkomsten)
    qtbot.addWidget(dlg)
    koppen = [dlg.boom.headerItem().text(k) for k in range(dlg.boom.columnCount())]
    assert koppen[2:7] == ["Gemeente", "Gevraagd", "Fouten", "Waarschuwingen", "Indienbaar"]
    eerste = dlg.boom.topLevelItem(0)
    assert eerste.text(2) == "'s-Gravenhage"
    assert eerste.text(3) == "€ 1.000.740.740,68"
    assert int(eerste.text(4)) == uitkomsten[0].fouten >= 1
    assert eerste.text(6) == "nee"
    assert dlg.boom.topLevelItem(1).text(4) == "1"  # the refused file: its one refusal
