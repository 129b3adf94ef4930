"""The assessor's overview of a round in the main window (issue 12): every municipality,
totals against the ceiling, sort on numbers, filter, the chart and the pro-rata proposal; on
a real SQLite file with the demo plans submitted through the application."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from application import beoordelen as b
from gui.beoordeling.overview_model import RECORD_ROLE
from tests.gui.beoordeling_bouw import (
    DEN_HAAG,
    beantwoord,
    overzicht_pagina,
    wacht,
)
from tests.gui.helpers import choose
from tests.gui.typing import press, pump, type_keys


def _kolom(pagina, sleutel):
    return pagina.model.kolom(sleutel)


def _tekst(pagina, row, sleutel):
    return pagina.proxy.index(row, _kolom(pagina, sleutel)).data()


def _gemeenten(pagina):
    return [
        pagina.proxy.index(r, 0).data(RECORD_ROLE).gemeente_naam
        for r in range(pagina.proxy.rowCount())
    ]


def _footer(pagina, row, sleutel):
    return pagina.totaal_model.index(row, _kolom(pagina, sleutel)).data()


def test_overview_lists_every_municipality_with_totals_against_the_ceiling(
    qtbot, beoordeel_db, window
):
    pagina = overzicht_pagina(window, "2022")
    assert window.stack.currentWidget() is pagina
    assert pagina.model.rowCount() == 15
    statussen = [_tekst(pagina, r, "status") for r in range(15)]
    assert statussen.count("Geen plan ontvangen") == 13
    rij = _gemeenten(pagina).index("'s-Gravenhage")
    assert _tekst(pagina, rij, "status") == "Ingediend"
    assert _tekst(pagina, rij, "revisie") == "r1"
    assert _tekst(pagina, rij, "gevraagd") == "€ 4.601.444,19"
    assert _tekst(pagina, rij, "gevraagd_2025") == "€ 1.492.978,25"
    assert _tekst(pagina, rij, "cofinanciering") == "€ 295.000,00"
    assert _tekst(pagina, rij, "erkend") == "65,5 %"
    assert _tekst(pagina, rij, "per_jongere") == "€ 814,13"
    assert _tekst(pagina, rij, "voortgang") == "niet begonnen"
    rotterdam = _gemeenten(pagina).index("Rotterdam")
    assert _tekst(pagina, rotterdam, "status") == "Concept"
    assert _tekst(pagina, rotterdam, "toegewezen") == "€ 0,00"  # a draft gets nothing
    # The footer: totals, the round's ceiling and what remains.
    assert _footer(pagina, 0, "gevraagd") == "€ 5.694.416,59"
    assert _footer(pagina, 0, "toegewezen") == "€ 4.601.444,19"
    assert _footer(pagina, 0, "status") == "13 zonder plan"
    assert _footer(pagina, 1, "gevraagd") == "€ 205.900.000,00"
    assert _footer(pagina, 2, "toegewezen") == "€ 201.298.555,81"
    assert pagina.footer.isVisible()
    assert "plafond € 205.900.000,00 (gevraagd is 2,8 % daarvan)" in pagina.samenvatting.text()
    # The chart has a bar pair for each municipality with a plan.
    assert [r[0] for r in pagina.chart.rijen()] == ["'s-Gravenhage", "Rotterdam"]


def test_sorting_by_a_requested_amount_is_numeric_not_textual(qtbot, beoordeel_db, window):
    pagina = overzicht_pagina(window, "2022")
    col = _kolom(pagina, "gevraagd_2026")  # Den Haag € 566.190,94, Rotterdam € 98.000,00
    header = pagina.view.horizontalHeader()
    pagina.view.scrollTo(pagina.proxy.index(0, col))
    pump(0.05)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == col
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    # Descending by number: 566.190,94 before 98.000,00 (as text "€ 98" would come first).
    assert _gemeenten(pagina)[:2] == ["'s-Gravenhage", "Rotterdam"]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    namen = _gemeenten(pagina)
    assert namen.index("Rotterdam") < namen.index("'s-Gravenhage")
    assert namen[-2:] == ["Rotterdam", "'s-Gravenhage"]  # the 13 without a plan sort as 0


def test_filter_on_text_and_on_status(qtbot, beoordeel_db, window):
    pagina = overzicht_pagina(window, "2022")
    pagina.filter.setFocus()
    type_keys("rotter")
    assert _gemeenten(pagina) == ["Rotterdam"]
    pagina.filter.selectAll()
    press(Qt.Key.Key_Delete)
    assert pagina.proxy.rowCount() == 15
    choose(pagina.status, "Geen plan ontvangen")
    assert pagina.proxy.rowCount() == 13
    choose(pagina.status, "Ingediend")
    assert _gemeenten(pagina) == ["'s-Gravenhage"]


def test_the_round_chooser_shows_another_round(qtbot, beoordeel_db, window):
    pagina = overzicht_pagina(window, "2026-2029")
    assert pagina.overzicht.ronde.code == "2026-2029"
    namen = [
        pagina.model.rij(r).gemeente_naam
        for r in range(pagina.model.rowCount())
        if pagina.model.rij(r).heeft_plan
    ]
    assert namen == ["'s-Gravenhage"]
    # Back to the plan list and again: the tab and the stack agree.
    window.beoordeling.tabs.setCurrentIndex(0)
    assert window.stack.currentWidget() is window.list_page
    window.beoordeling.tabs.setCurrentIndex(1)
    assert window.stack.currentWidget() is pagina


def test_an_allocation_above_the_ceiling_is_flagged_in_the_overview(qtbot, beoordeel_db, window):
    b.wijs_toe(
        beoordeel_db,
        DEN_HAAG,
        {2023: Decimal("210000000.00")},
        "Anna",
        bevestig_overschrijding=True,
    )
    pagina = overzicht_pagina(window, "2022")
    rij = _gemeenten(pagina).index("'s-Gravenhage")
    assert "boven plafond (bevestigd)" in _tekst(pagina, rij, "vlaggen")
    assert _footer(pagina, 2, "toegewezen").startswith("€ -")  # below zero: overspent
    idx = pagina.totaal_model.index(2, _kolom(pagina, "toegewezen"))
    assert idx.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert "Toegewezen boven een plafond" in pagina.samenvatting.text()


def test_the_pro_rata_proposal_is_shown_and_accepted(qtbot, db, window, settings):
    from tests.application.beoordelingsbouw import ronde_met_plannen

    ronde_met_plannen(db)  # ceiling € 500.000, three plans asking € 300.000 each
    settings.beoordelaar = "Anna"
    pagina = overzicht_pagina(window, "T1")
    assert _footer(pagina, 2, "gevraagd") == "€ -400.000,00"
    seen: list = []

    def neem_over(dialog):
        assert dialog.tabel.rowCount() == 3
        assert dialog.tabel.item(0, 3).text() == "55,6 %"
        dialog.overnemen.click()

    beantwoord(neem_over, seen)
    pagina.pro_rata.click()
    assert seen and isinstance(seen[0], QDialog)
    wacht(lambda: not pagina.bezig())
    wacht(lambda: _footer(pagina, 0, "toegewezen") == "€ 500.000,00")
    assert b.overzicht(db, "T1").totaal.toegewezen == Decimal("500000.00")
    assert _footer(pagina, 2, "toegewezen") == "€ 0,00"


def test_the_column_table_gives_every_column_its_header_format_and_alignment(qapp):
    """One table (overview_model.KOLOMMEN) describes the columns: headers follow the interface
    language, numbers are right-aligned, and there is a column per year of the round."""
    from gui.beoordeling.overview_model import RIGHT, kolommen
    from gui.i18n import install_translators, remove_translators

    nl = kolommen((2023, 2024))
    assert [k.sleutel for k in nl][7:11] == [
        "vlaggen",
        "gevraagd_2023",
        "gevraagd_2024",
        "cofinanciering",
    ]
    assert [k.kop for k in nl][:4] == ["Gemeente", "Revisie", "Status", "Gevraagd totaal"]
    assert nl[8].kop == "Gevraagd 2023"
    rechts = {k.sleutel for k in nl if k.uitlijning == RIGHT}
    assert rechts == {"revisie", "gevraagd", "toegewezen", "cofinanciering", "bevindingen"} | {
        "gevraagd_2023",
        "gevraagd_2024",
        "erkend",
        "gefundeerd",
        "per_jongere",
    }
    assert all(k.uitlijning in (None, RIGHT) for k in nl)
    translators = install_translators(qapp, "en")
    try:
        en = kolommen((2023,))
    finally:
        remove_translators(qapp, translators)
    assert [k.kop for k in en][:3] == ["Municipality", "Revision", "Status"]
    assert all(k.kop != n.kop for k, n in zip(en, nl, strict=False) if k.sleutel != "status")
