"""The worksheet of one plan (issue 12), driven like an assessor: typing scores and comments,
finishing, two assessors' visibility, decisions that freeze, allocations above a ceiling,
notes, revisions, and a colleague's save in between (the conflict dialog). Everything is read
back through application.beoordelen, never through the widgets."""

from __future__ import annotations

import copy
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from application import beoordelen as b
from domain.beoordeling import Advies
from domain.model import Status
from gui.beoordeling.fouten import ConflictBox, RedenDialog
from gui.beoordeling.naam import NaamDialog, beoordelaar
from gui.beoordeling.notities import NotitieDialog
from tests.gui.beoordeling_bouw import (
    DEN_HAAG,
    beantwoord,
    geladen,
    na_actie,
    open_werkblad,
    overzicht_pagina,
    wacht,
)
from tests.gui.helpers import choose
from tests.gui.typing import press, type_keys
from tests.rubriek import CRITERIA


def _typ_score(venster, code: str, score: int) -> None:
    spin = venster.rubriek.scores[code]
    spin.setFocus()
    spin.selectAll()
    type_keys(str(score))


def _typ_in(widget, tekst: str) -> None:
    widget.setFocus()
    type_keys(tekst)


def _alles_klaar(db, naam: str, score: int, advies: Advies = Advies.TOEKENNEN):
    return b.wijzig_beoordeling(
        db,
        DEN_HAAG,
        naam,
        scores=dict.fromkeys(CRITERIA, score),
        advies=advies,
        advies_toelichting=f"advies van {naam}",
        afronden=True,
    )


def test_typed_scores_comments_and_advice_are_stored(qtbot, beoordeel_db, window, settings):
    settings.beoordelaar = "Anna de Vries"
    venster = open_werkblad(window, DEN_HAAG)
    _typ_score(venster, "wijkgericht", 4)
    _typ_in(venster.rubriek.toelichtingen["wijkgericht"], "Eén wijk, goed afgebakend")
    _typ_score(venster, "begroting", 2)
    choose(venster.rubriek.advies, "deels toekennen")
    _typ_in(venster.rubriek.advies_toelichting, "Begroting te ruim in 2025")
    assert venster.niet_opgeslagen
    na_actie(venster, venster.rubriek.opslaan.click)

    eigen = b.werkblad(beoordeel_db, DEN_HAAG, "Anna de Vries").eigen
    assert eigen.score("wijkgericht").waarde == 4
    assert eigen.score("wijkgericht").toelichting == "Eén wijk, goed afgebakend"
    assert eigen.score("begroting").waarde == 2
    assert eigen.score("probleemanalyse").waarde is None
    assert eigen.advies == Advies.DEELS_TOEKENNEN
    assert eigen.advies_toelichting == "Begroting te ruim in 2025"
    assert not eigen.klaar and eigen.versie is not None
    assert not venster.niet_opgeslagen
    # The audit log shows it, with the assessor's name from the settings.
    rijen = venster.logboek.tabel.rowCount()
    assert rijen >= 4
    door = {venster.logboek.tabel.item(r, 1).text() for r in range(rijen)}
    assert door == {"Anna de Vries"}


def test_finishing_without_every_score_is_refused_in_dutch(qtbot, beoordeel_db, window, settings):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    _typ_score(venster, "wijkgericht", 3)
    seen: list[str] = []

    def lees(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    beantwoord(lees)
    venster.rubriek.klaar.click()
    assert seen and "geen score voor" in seen[0]
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").eigen.versie is None  # nothing stored


def test_the_assessors_name_is_asked_once_and_kept_in_the_settings(
    qtbot, beoordeel_db, window, settings
):
    assert settings.beoordelaar == ""

    def vul_in(dialog):
        assert isinstance(dialog, NaamDialog)
        dialog.naam.setFocus()
        type_keys("  Bert   Jansen ")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    beantwoord(vul_in)
    venster = open_werkblad(window, DEN_HAAG)
    assert venster.naam == "Bert Jansen" and settings.beoordelaar == "Bert Jansen"
    assert beoordelaar(settings, window) == "Bert Jansen"  # no second question


def test_a_colleagues_scores_show_only_when_both_are_finished(
    qtbot, beoordeel_db, window, settings
):
    _alles_klaar(beoordeel_db, "Anna", 4)
    settings.beoordelaar = "Bert"
    venster = open_werkblad(window, DEN_HAAG)
    assert venster.rubriek.collega_cellen == {}  # Anna's scores hidden from Bert
    assert "Anna is klaar; de scores ziet u zodra u zelf ook klaar bent." in (
        venster.rubriek.collegas.text()
    )
    for code in CRITERIA:
        _typ_score(venster, code, 4 if code != "wijkgericht" else 2)
    choose(venster.rubriek.advies, "afwijzen")
    na_actie(venster, venster.rubriek.klaar.click)

    eigen = b.werkblad(beoordeel_db, DEN_HAAG, "Bert").eigen
    assert eigen.klaar and eigen.score("wijkgericht").waarde == 2
    cellen = venster.rubriek.collega_cellen
    assert cellen[("Anna", "wijkgericht")].text() == "4"
    # A difference of two points is marked; equal scores are not.
    assert venster.rubriek.labels["wijkgericht"].property("verschil") is True
    assert venster.rubriek.labels["begroting"].property("verschil") is None
    assert (
        "Op 1 criterium verschillen de scores 2 punten of meer" in venster.rubriek.collegas.text()
    )
    assert "Anna is klaar; advies: toekennen." in venster.rubriek.collegas.text()
    # Finished: read-only until reopened.
    assert venster.rubriek.scores["monitoring"].isReadOnly()
    assert venster.rubriek.heropen.isEnabled() and not venster.rubriek.opslaan.isEnabled()


def test_rejecting_asks_a_reason_and_freezes_the_worksheet(qtbot, beoordeel_db, window, settings):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    venster.tabs.setCurrentIndex(2)

    def reden(dialog):
        assert isinstance(dialog, RedenDialog)
        assert not dialog.ok.isEnabled()  # no reason, no rejection
        dialog.tekst.setFocus()
        type_keys("Geen onderbouwing van de wijkkeuze")
        dialog.ok.click()

    beantwoord(reden)
    na_actie(venster, venster.besluit.afwijzen.click)

    stored = b.werkblad(beoordeel_db, DEN_HAAG, "Anna")
    assert stored.besluit.status == Status.AFGEWEZEN
    assert stored.besluit.reden == "Geen onderbouwing van de wijkkeuze"
    assert stored.bevroren
    assert venster.banner.isVisible() and "afgewezen door Anna" in venster.banner_tekst.text()
    assert all(s.isReadOnly() for s in venster.rubriek.scores.values())
    assert not venster.rubriek.opslaan.isEnabled() and not venster.rubriek.klaar.isEnabled()
    assert all(v.isReadOnly() for v in venster.toewijzing.velden.values())
    assert not venster.toewijzing.opslaan.isEnabled()
    assert not venster.notities.toevoegen.isEnabled()
    assert not any(
        k.isEnabled()
        for k in (
            venster.besluit.in_beoordeling,
            venster.besluit.goedkeuren,
            venster.besluit.afwijzen,
        )
    )


def test_an_allocation_above_the_ceiling_needs_explicit_confirmation(
    qtbot, beoordeel_db, window, settings
):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    venster.tabs.setCurrentIndex(2)
    veld = venster.toewijzing.velden[2023]
    veld.setFocus()
    veld.selectAll()
    type_keys("210.000.000,00")
    press(Qt.Key.Key_Tab)
    # Live: what remains of the round's ceiling is negative, and said so.
    assert "Dit overschrijdt een plafond." in venster.toewijzing.ruimte.text()
    # 205.900.000 - (210.000.000 + the other years as requested, 3.486.944,19)
    assert "resterend: € -7.586.944,19." in venster.toewijzing.ruimte.text()

    seen: list[str] = []

    def weiger(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    beantwoord(weiger)
    venster.toewijzing.opslaan.click()
    assert "plafond van de ronde" in seen[0]
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").toewijzing.standaard  # nothing stored

    def bevestig(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    beantwoord(bevestig)
    na_actie(venster, venster.toewijzing.opslaan.click)
    t = b.werkblad(beoordeel_db, DEN_HAAG, "Anna").toewijzing
    assert t.per_jaar[2023] == Decimal("210000000.00")
    assert t.per_jaar[2024] == Decimal("1427775.00")  # the other years stay as requested
    assert t.boven_plafond_bevestigd
    assert "boven een plafond (uitdrukkelijk bevestigd)" in venster.toewijzing.vlag.text()


def test_a_colleagues_save_in_between_is_refused_with_who_and_when(
    qtbot, beoordeel_db, window, settings, sqlite_url
):
    from application.database import open_database

    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    # Another session (another window or computer) stores Anna's assessment meanwhile.
    ander = open_database(sqlite_url)
    try:
        b.wijzig_beoordeling(ander, DEN_HAAG, "Anna", scores={"wijkgericht": 5})
    finally:
        ander.dispose()
    _typ_score(venster, "wijkgericht", 1)
    seen: list = []

    def herlaad(box):
        assert isinstance(box, ConflictBox)
        box.herladen.click()

    beantwoord(herlaad, seen)
    na_actie(venster, venster.rubriek.opslaan.click)
    assert seen, "no conflict dialog"
    tekst = seen[0].text()
    assert "gewijzigd door Anna op " in tekst and "niet opgeslagen" in tekst
    # No lost update: the colleague's value stays, and is what the reloaded sheet shows.
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").eigen.score("wijkgericht").waarde == 5
    assert venster.rubriek.scores["wijkgericht"].value() == 5


def test_a_decision_taken_by_a_colleague_meanwhile_is_not_overwritten(
    qtbot, beoordeel_db, window, settings
):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    b.besluit(beoordeel_db, DEN_HAAG, Status.IN_BEOORDELING, "Bert")
    venster.tabs.setCurrentIndex(2)
    seen: list = []

    def ja(box):
        box.button(QMessageBox.StandardButton.Yes).click()
        beantwoord(lambda conflict: conflict.sluiten.click(), seen)

    beantwoord(ja)
    venster.besluit.goedkeuren.click()
    assert seen and isinstance(seen[0], ConflictBox)
    assert "Bert" in seen[0].text()
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").besluit.status == Status.IN_BEOORDELING


def test_notes_are_added_edited_and_removed(qtbot, beoordeel_db, window, settings):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    venster.tabs.setCurrentIndex(1)

    def nieuw(dialog):
        assert isinstance(dialog, NotitieDialog)
        choose(dialog.pad, "Begrotingsregel 2")
        dialog.tekst.setFocus()
        type_keys("Waarom twee coördinatoren?")
        dialog.accept()

    beantwoord(nieuw)
    na_actie(venster, venster.notities.toevoegen.click)
    (n,) = b.notities(beoordeel_db, DEN_HAAG)
    assert (n.pad, n.tekst, n.beoordelaar) == ("begroting[1]", "Waarom twee coördinatoren?", "Anna")
    assert venster.notities.tabel.item(0, 0).text().startswith("Begrotingsregel 2")

    venster.notities.tabel.selectRow(0)

    def wijzig(dialog):
        dialog.tekst.setFocus()
        dialog.tekst.selectAll()
        type_keys("Beantwoord")
        dialog.accept()

    beantwoord(wijzig)
    na_actie(venster, venster.notities.wijzigen.click)
    assert [x.tekst for x in b.notities(beoordeel_db, DEN_HAAG)] == ["Beantwoord"]

    venster.notities.tabel.selectRow(0)
    beantwoord(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    na_actie(venster, venster.notities.verwijderen.click)
    assert b.notities(beoordeel_db, DEN_HAAG) == []
    velden = [
        venster.logboek.tabel.item(r, 3).text() for r in range(venster.logboek.tabel.rowCount())
    ]
    assert velden.count("notitie") == 3


def test_a_new_revision_shows_the_previous_assessment_and_a_readable_diff(
    qtbot, beoordeel_db, window, settings
):
    from application.indienen import dien_in, nieuwe_revisie
    from application.plannen import bewaar

    _alles_klaar(beoordeel_db, "Anna", 3)
    concept = copy.deepcopy(nieuwe_revisie(beoordeel_db, DEN_HAAG))
    concept.titel = "Den Haag Zuidwest, herzien"
    bewaar(beoordeel_db, concept)
    dien_in(beoordeel_db, DEN_HAAG)

    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    assert venster.blad.revisie == 2
    assert venster.rubriek.scores["wijkgericht"].value() == 0  # a new assessment
    assert "r1: Anna" in [
        venster.rubriek.raster.itemAtPosition(0, c).widget().text()
        for c in range(venster.rubriek.raster.columnCount())
        if venster.rubriek.raster.itemAtPosition(0, c) is not None
    ]
    venster.tabs.setCurrentIndex(3)
    assert venster.revisies.tabel.rowCount() == 2
    venster.revisies.vergelijk.click()
    tekst = venster.revisies.verschil.toPlainText()
    assert "Revisie 1 → revisie 2" in tekst
    assert "Den Haag Zuidwest, herzien" in tekst


def test_the_overview_opens_the_worksheet_and_follows_its_saves(
    qtbot, beoordeel_db, window, settings
):
    settings.beoordelaar = "Anna"
    pagina = overzicht_pagina(window, "2022")
    pagina.selecteer(DEN_HAAG)
    pagina.openen.click()
    venster = window.beoordeling.werkbladen[DEN_HAAG]
    geladen(venster)
    venster.tabs.setCurrentIndex(2)
    na_actie(venster, venster.besluit.in_beoordeling.click)
    wacht(lambda: not pagina.bezig())
    rij = pagina.model.rij(pagina.model.row_of(DEN_HAAG))
    wacht(lambda: pagina.model.rij(pagina.model.row_of(DEN_HAAG)).status == "in_beoordeling")
    assert rij is not None


def test_the_audit_log_hides_a_colleagues_scores_until_both_are_finished(
    qtbot, beoordeel_db, window, settings
):
    _alles_klaar(beoordeel_db, "Anna", 4)
    settings.beoordelaar = "Bert"
    venster = open_werkblad(window, DEN_HAAG)
    tabel = venster.logboek.tabel
    rijen = [
        [tabel.item(r, c).text() for c in range(tabel.columnCount())]
        for r in range(tabel.rowCount())
    ]
    anna = [r for r in rijen if r[3] == "beoordeling (Anna)"]
    assert anna and all(r[6] == "(verborgen tot u beiden klaar bent)" for r in anna)
    assert not any(r[6] == "4" for r in rijen)


def test_closing_the_main_window_asks_about_a_worksheet_with_unsaved_scores(
    qtbot, beoordeel_db, window, settings
):
    """The worksheet is a child window of the main window: closing the main window would take
    typed scores with it. It asks, as the editor does; the default keeps everything open."""
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    _typ_score(venster, "wijkgericht", 4)
    _typ_in(venster.rubriek.toelichtingen["wijkgericht"], "Nog niet bewaard")
    assert venster.niet_opgeslagen

    seen: list[str] = []

    def standaard(box):
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        press(Qt.Key.Key_Return)  # the default answer

    beantwoord(standaard)
    assert not window.close()
    assert window.isVisible() and venster.isVisible()
    assert "niet zijn opgeslagen" in seen[0] and venster.windowTitle() in seen[0]
    assert venster.rubriek.toelichtingen["wijkgericht"].text() == "Nog niet bewaard"

    def weggooien(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    beantwoord(weggooien)
    assert window.close()
    wacht(lambda: not venster.isVisible())
    assert len(seen) == 2  # asked once: the worksheet's own close did not ask again
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").eigen.versie is None  # nothing stored


def test_closing_the_main_window_with_stored_worksheets_does_not_ask(
    qtbot, beoordeel_db, window, settings
):
    settings.beoordelaar = "Anna"
    venster = open_werkblad(window, DEN_HAAG)
    _typ_score(venster, "wijkgericht", 4)
    na_actie(venster, venster.rubriek.opslaan.click)
    assert not venster.niet_opgeslagen
    assert window.close()
    wacht(lambda: not venster.isVisible())
    assert b.werkblad(beoordeel_db, DEN_HAAG, "Anna").eigen.score("wijkgericht").waarde == 4
