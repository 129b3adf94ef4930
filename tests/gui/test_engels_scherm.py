"""What the English interface showed in Dutch (issue 14, seen on screenshots at 1366×768): the
user guide, the import results' status and severity, and why a typed amount is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from domain.importing import ImportStatus
from exports.xlsx_bulk import BestandUitkomst
from exports.xlsx_meldingen import Ernst, Melding
from gui.amount_edit import AmountEdit
from gui.i18n import install_translators, remove_translators
from tests.gui.helpers import type_text


@pytest.fixture(params=["nl", "en"])
def taal(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_the_user_guide_is_shown_in_the_interface_language(qtbot, taal):
    from gui.handleiding import HandleidingDialoog

    dialoog = HandleidingDialoog()
    qtbot.addWidget(dialoog)
    tekst = dialoog.browser.toPlainText()
    if taal == "en":
        assert tekst.startswith("Wijkplan user guide")
        assert "Check and submit" in tekst and "Controle en indienen" not in tekst
    else:
        assert tekst.startswith("Handleiding Wijkplan")


def test_both_guides_have_the_same_chapters_and_shortcuts():
    from gui.handleiding import guide_text

    nl, en = guide_text("nl"), guide_text("en")
    assert nl != en
    hoofdstukken = [r.split(".")[0] for r in nl.splitlines() if r.startswith("## ")]
    assert hoofdstukken == [r.split(".")[0] for r in en.splitlines() if r.startswith("## ")]
    toetsen = [
        r.split("|")[1] for r in nl.splitlines() if r.startswith("| Ctrl") or r.startswith("| F1")
    ]
    assert toetsen == [
        r.split("|")[1] for r in en.splitlines() if r.startswith("| Ctrl") or r.startswith("| F1")
    ]


def test_import_results_name_status_and_severity_in_the_interface_language(qtbot, taal):
    from gui.excel_dialogs import ImportResultatenDialoog

    uitkomsten = [
        BestandUitkomst(
            Path("kapot.xlsx"), ImportStatus.GEWEIGERD, meldingen=[Melding(Ernst.FOUT, "", "x")]
        ),
        BestandUitkomst(
            Path("dubbel.xlsx"),
            ImportStatus.GEIMPORTEERD,
            "p1",
            meldingen=[Melding(Ernst.WAARSCHUWING, "", "dubbel plan: er is al een ander plan")],
        ),
    ]
    dialoog = ImportResultatenDialoog(uitkomsten)
    qtbot.addWidget(dialoog)
    kapot, dubbel = (dialoog.boom.topLevelItem(i) for i in range(2))
    if taal == "en":
        assert (kapot.text(1), kapot.child(0).text(1)) == ("refused", "error")
        assert (dubbel.text(1), dubbel.child(0).text(1)) == ("imported", "warning")
        assert dubbel.text(7).startswith("duplicate plan; ")
    else:
        assert (kapot.text(1), kapot.child(0).text(1)) == ("geweigerd", "fout")
        assert (dubbel.text(1), dubbel.child(0).text(1)) == ("geïmporteerd", "waarschuwing")
        assert dubbel.text(7).startswith("dubbel plan; ")


def test_a_refused_amount_is_explained_in_the_interface_language(qtbot, taal):
    host = QWidget()
    edit, other = AmountEdit(host), QLineEdit(host)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    with qtbot.waitSignal(edit.inputRefused, check_params_cb=bool):
        type_text(edit, "twaalf")
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
    if taal == "en":
        assert edit.error() == "'twaalf' is not an amount (type for example 1.234,56)"
    else:
        assert edit.error() == "'twaalf' is geen bedrag (typ bijvoorbeeld 1.234,56)"


def test_the_reference_data_preview_follows_the_interface_language(qtbot, taal, tmp_path):
    import json

    from application.database import laad_demo, open_database
    from application.referentie import exporteer_referentie, lees_referentie
    from gui.reference_dialog import ReferencePreviewDialog

    db = open_database(str(tmp_path / "r.sqlite"))
    try:
        laad_demo(db)
        doc = json.loads(exporteer_referentie(db, tmp_path / "ref.json").read_text("utf-8"))
        doc["gemeenten"] = [g for g in doc["gemeenten"] if g["code"] != "GM0599"]
        for r in doc["rondes"]:
            r["gemeenten"] = [g for g in r["gemeenten"] if g != "GM0599"]
        (tmp_path / "n.json").write_text(json.dumps(doc), "utf-8")
        voorbeeld = lees_referentie(db, tmp_path / "n.json")
    finally:
        db.dispose()
    dialoog = ReferencePreviewDialog(voorbeeld)
    qtbot.addWidget(dialoog)
    regels = [dialoog.tree.topLevelItem(i).text(0) for i in range(dialoog.tree.topLevelItemCount())]
    if taal == "en":
        assert dialoog.summary.text() == "3 changes: 0 added, 2 changed, 1 removed."
        assert regels[-1] == "municipality GM0599 (Rotterdam) removed"
        assert "• Municipality GM0599 (Rotterdam) is removed, but 1 plan" in dialoog.refusals.text()
    else:
        assert dialoog.summary.text() == "3 wijzigingen: 0 toegevoegd, 2 gewijzigd, 1 verwijderd."
        assert regels[-1] == "gemeente GM0599 (Rotterdam) verwijderd"
        assert (
            "• Gemeente GM0599 (Rotterdam) wordt verwijderd, maar 1 plan" in dialoog.refusals.text()
        )


def test_a_bulk_import_of_json_files_reads_in_the_interface_language(qtbot, taal, tmp_path):
    """Issue 14: a JSON file's refusal, a vanished file and a duplicate plan, from a real
    import on a real SQLite file: the results and every message under them in English."""
    import json

    from application.database import laad_demo, open_database
    from application.exporteren import exporteer
    from application.importeren import importeer_bestanden
    from gui.excel_dialogs import ImportResultatenDialoog

    db = open_database(str(tmp_path / "r.sqlite"))
    try:
        laad_demo(db)
        doc = json.loads(exporteer(db, "0599", "json", tmp_path / "r.json", als_prefix=True)
                         .read_text("utf-8"))  # fmt: skip
        doc["id"] = doc["id"][:-4] + "9999"  # another plan of Rotterdam for the same round
        (tmp_path / "tweede.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        (tmp_path / "kapot.json").write_text('{"format": "x"}', "utf-8")
        (tmp_path / "weg.json").symlink_to(tmp_path / "bestaat-niet.json")
        paden = [tmp_path / n for n in ("kapot.json", "weg.json", "tweede.json")]
        uitkomsten = importeer_bestanden(db, paden)
    finally:
        db.dispose()
    dialoog = ImportResultatenDialoog(uitkomsten)
    qtbot.addWidget(dialoog)
    kapot, weg, tweede = (dialoog.boom.topLevelItem(i) for i in range(3))
    kinderen = [tweede.child(k).text(7) for k in range(tweede.childCount())]
    if taal == "en":
        assert kapot.text(7) == 'is "x", expected "wijkplan-plan": this is not a Wijkplan plan file'
        assert weg.text(7) == "cannot be read (the file or folder does not exist)"
        assert tweede.text(6) == "no" and tweede.text(7).startswith("duplicate plan")
        assert kinderen[0] == "new plan, revision 1 (concept)"
        assert kinderen[1].startswith("duplicate plan: there already is another plan")
        assert any(k.startswith("IBAN 'NL91BNGH0285170118' is not valid") for k in kinderen)
        for tekst in [kapot.text(7), weg.text(7), *kinderen]:
            for woord in (" is geen ", "kan niet", "dubbel", "nieuw plan", "klopt niet"):
                assert woord not in tekst, tekst
    else:
        assert kapot.text(7).endswith("dit is geen Wijkplan-planbestand"), kapot.text(7)
        assert weg.text(7) == "kan niet worden gelezen (het bestand of de map bestaat niet)"
        assert kinderen[0] == "nieuw plan, revisie 1 (concept)"
        assert tweede.text(7).startswith("dubbel plan")


def test_the_plan_list_flags_follow_the_interface_language(taal):
    """Issue 14: 'gewijzigd na export' and 'dubbel plan' beside the status were Dutch in
    the English list (the command line's 'plans' was English already)."""
    from decimal import Decimal

    from domain.model import PlanOverzicht, Status
    from gui.plan_list_model import COL_STATUS, PlansModel

    model = PlansModel()
    rij = PlanOverzicht(
        "p1", "GM0518", "'s-Gravenhage", "Plan", 2023, 2026, Status.INGEDIEND, 1,
        Decimal("1.00"), gewijzigd_na_export=True, dubbel=True,
    )  # fmt: skip
    model.set_rows([rij])
    tekst = model.data(model.index(0, COL_STATUS))
    if taal == "en":
        assert tekst == (
            "Submitted · changed after export · duplicate plan for this municipality and round"
        )
    else:
        assert tekst == (
            "Ingediend · gewijzigd na export · dubbel plan voor deze gemeente en ronde"
        )


def test_the_worksheet_names_criteria_counts_and_log_in_the_interface_language(
    qtbot, taal, beoordeel_db, window, settings
):
    """Issue 14, seen on an English grab of the worksheet: the standard rubric's criteria,
    '0 fouten, 0 waarschuwingen' and the log's subject and decision were Dutch."""
    from application import beoordelen as b
    from domain.model import Status
    from tests.gui.beoordeling_bouw import DEN_HAAG, open_werkblad

    b.besluit(beoordeel_db, DEN_HAAG, Status.IN_BEOORDELING, "Anna")
    settings.beoordelaar = "Bert"
    venster = open_werkblad(window, DEN_HAAG)
    criterium = venster.rubriek.labels["probleemanalyse"].text()
    kengetallen = venster.kengetallen.text()
    tabel = venster.logboek.tabel
    (besluit,) = [
        [tabel.item(r, c).text() for c in range(tabel.columnCount())]
        for r in range(tabel.rowCount())
    ]
    if taal == "en":
        assert criterium == "Problem analysis substantiated"
        assert kengetallen.endswith(" · 0 errors, 0 warnings")
        assert besluit[3:] == ["decision", "status", "(none)", "Under assessment"]
    else:
        assert criterium == "Probleemanalyse onderbouwd"
        assert kengetallen.endswith(" · 0 fouten, 0 waarschuwingen")
        assert besluit[3:] == ["besluit", "status", "(geen)", "In beoordeling"]
