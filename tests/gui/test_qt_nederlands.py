"""Qt's own dialogs in Dutch mode (issue 14): what the wheel's qtbase_nl.qm lacks comes from
resources/translations/qt_aanvulling_nl.ts. Each of its texts must reach the screen: the file
dialog's type column says "Map", not "Folder"."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

from gui.i18n import install_translators, remove_translators
from resources import resource_path


@pytest.fixture
def dutch(qapp):
    translators = install_translators(qapp, "nl")
    yield translators
    remove_translators(qapp, translators)


def _aanvulling() -> list[tuple[str, str, str | None, str]]:
    uit = []
    tree = ET.parse(resource_path("translations", "qt_aanvulling_nl.ts"))
    for ctx in tree.getroot().iter("context"):
        naam = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            uit.append(
                (
                    naam,
                    m.findtext("source") or "",
                    m.findtext("comment"),
                    m.findtext("translation") or "",
                )
            )
    return uit


def test_every_supplementary_dutch_text_is_in_effect(dutch):
    teksten = _aanvulling()
    assert len(teksten) >= 20
    for context, bron, comment, vertaling in teksten:
        assert QCoreApplication.translate(context, bron, comment) == vertaling, (context, bron)


def test_the_file_dialog_calls_a_folder_map_in_dutch_mode(qtbot, dutch, tmp_path):
    (tmp_path / "exporten").mkdir()
    dialog = QFileDialog(None, "Map kiezen", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    view = dialog.findChild(QTreeView)
    assert view is not None

    def type_van_exporten() -> str:
        index = model.index(str(tmp_path / "exporten"), 2)
        return str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")

    qtbot.waitUntil(lambda: type_van_exporten() != "")
    assert type_van_exporten() == "Map"
    koppen = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert koppen == ["Naam", "Grootte", "Type", "Datum gewijzigd"]
