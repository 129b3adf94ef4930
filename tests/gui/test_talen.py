"""Both languages on screen: findings and catalogue labels follow the chosen language, counts
have the right number, and Qt's own dialogs speak Dutch in Dutch mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel, QWidget

from domain.bevinding import Bevinding, Ernst
from domain.demo import DEMO_CONCEPT_ID
from gui.i18n import huidige_taal, install_translators, remove_translators


@pytest.fixture
def dutch(qapp):
    translators = install_translators(qapp, "nl")
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)


def _texts(widget: QWidget) -> set[str]:
    out: set[str] = set()
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.add(w.text())
        if isinstance(w, QGroupBox) and w.title():
            out.add(w.title())
    return out


def test_a_qt_file_dialog_speaks_dutch_in_dutch_mode(qtbot, dutch):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Werkmap kiezen")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
        assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:", "Annuleren"} <= texts
        assert not texts & {"&Look in:", "Files of &type:", "File &name:", "Cancel"}


def test_the_qt_print_dialog_speaks_dutch_in_dutch_mode(qtbot, dutch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"Dubbelzijdig afdrukken", "Uit", "Binden langs de lange zijde", "Annuleren"} <= texts
    english = {"Double Sided Printing", "Off", "Long side binding", "Page &Set:", "Cancel"}
    assert not texts & english


def test_without_english_the_interface_language_is_dutch(qapp, english):
    assert huidige_taal() == "en"
    remove_translators(qapp, [])
    assert huidige_taal() == "nl"


def _findings(errors: int, warnings: int) -> list[Bevinding]:
    return [Bevinding("X", Ernst.FOUT, "titel", "x")] * errors + [
        Bevinding("Y", Ernst.WAARSCHUWING, "titel", "y")
    ] * warnings


@pytest.mark.parametrize(
    ("errors", "warnings", "nl", "en"),
    [
        (1, 3, "1 fout en 3 waarschuwingen.", "1 error and 3 warnings."),
        (2, 1, "2 fouten en 1 waarschuwing.", "2 errors and 1 warning."),
        (0, 1, "Geen fouten, 1 waarschuwing.", "No errors, 1 warning."),
        (0, 2, "Geen fouten, 2 waarschuwingen.", "No errors, 2 warnings."),
    ],
)
def test_the_check_summary_counts_in_singular_and_plural_in_both_languages(
    qtbot, qapp, window, demo_db, errors, warnings, nl, en
):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    controle = window.editor.controle
    for taal, expected in (("nl", nl), ("en", en)):
        translators = install_translators(qapp, taal)
        try:
            controle.show_findings(_findings(errors, warnings))
            assert controle.summary.text().startswith(expected), controle.summary.text()
        finally:
            remove_translators(qapp, translators)


def test_english_mode_shows_the_findings_and_labels_in_english(qtbot, english, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("controle")
    controle = editor.controle
    items = [controle.list.topLevelItem(i) for i in range(controle.list.topLevelItemCount())]
    assert len(items) > 3
    findings = window.session.findings()
    assert sorted(i.text(2) for i in items) == sorted(f.tekst("en") for f in findings)
    assert all(f.tekst("en") != f.bericht for f in findings)
    texts = {i.data(0, Qt.ItemDataRole.UserRole + 1): i.text(2) for i in items}
    assert texts["iban"].endswith(
        "is not valid: the check digits do not match the number. Check it for a typing error."
    )
    plan = window.session.plan
    assert items[0].text(0) == "Error"
    assert "error" in controle.summary.text()
    # the section list counts in English too
    nav = [editor.nav.item(i).text() for i in range(editor.nav.count())]
    assert any("error" in t or "warning" in t for t in nav), nav
    assert not any("fout" in t or "waarschuwing" in t for t in nav), nav
    # a field's own message is English
    algemeen = editor.section("algemeen")
    assert "is not valid" in algemeen.iban.toolTip()
    # catalogue labels: the budget's categories
    from domain.model import Categorie

    begroting = editor.section("begroting")
    shown = {
        begroting.model.data(begroting.model.index(r, c))
        for r in range(begroting.model.rowCount())
        for c in range(begroting.model.columnCount())
    }
    assert plan.begroting and shown & {"Problem analysis", "Implementation of interventions"}
    assert not shown & {"Probleemanalyse", "Implementatie van interventies"}
    assert Categorie.INTERVENTIE.value  # (the codes stay Dutch; only labels change)


def test_dutch_mode_keeps_the_dutch_findings(qtbot, dutch, window, demo_db):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    controle = window.editor.controle
    items = [controle.list.topLevelItem(i) for i in range(controle.list.topLevelItemCount())]
    findings = window.session.findings()
    assert sorted(i.text(2) for i in items) == sorted(f.bericht for f in findings)
    assert items[0].text(0) == "Fout"


def test_an_error_dialog_text_follows_the_interface_language(qapp):
    from domain.errors import PlanNietGevonden, WijkplanFout
    from gui.i18n import foutmelding
    from gui.worker import foutbericht

    exc = PlanNietGevonden("abc")
    assert foutmelding(exc) == "Plan 'abc' bestaat niet."
    translators = install_translators(qapp, "en")
    try:
        assert foutmelding(exc) == "Plan 'abc' does not exist."
        assert foutbericht(exc) == "Plan 'abc' does not exist."
        assert foutmelding(WijkplanFout("Alleen Nederlands.")) == "Alleen Nederlands."
        assert foutmelding(ValueError("x")) == "x"
    finally:
        remove_translators(qapp, translators)
