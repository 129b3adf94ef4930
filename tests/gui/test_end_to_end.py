"""The whole path a coordinator takes, on the real main window and a real SQLite file:
create a plan by typing, fill every section, reach zero errors, submit, and find it all in
the database through the storage layer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from domain.model import Status
from tests.gui.helpers import (
    answer_next_message_box,
    check_item,
    choose,
    edit_cell,
    run_with_dialog,
    type_text,
)

TITEL = "Preventie met Gezag in Súdwest"
CONTACT = "Dilan Yeşilgöz-Zegerius"


def create_plan_through_the_dialog(qtbot, window, gemeente: str, titel: str) -> None:
    def fill(dialog):
        choose(dialog.gemeente, gemeente)
        dialog.titel.setFocus()
        type_text(dialog.titel, titel)
        QTest.keyClick(dialog.titel, Qt.Key.Key_Return)  # the default button: Plan maken

    with qtbot.waitSignal(window.planOpened):
        run_with_dialog(window.actions_.new_plan.trigger, fill)


def wait_saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.pending, timeout=3000)


def fill_algemeen(window) -> None:
    s = window.editor.section("algemeen")
    window.editor.show_section("algemeen")
    for widget, text in (
        (s.contact_naam, CONTACT),
        (s.contact_functie, "Programmamanager"),
        (s.contact_email, "d.yesilgoz@denhaag.nl"),
        (s.contact_telefoon, "070 353 3000"),
        (s.iban, "NL91 ABNA 0417 1643 00"),
    ):
        widget.setFocus()
        type_text(widget, text)
    s.samenvatting.setFocus()
    type_text(s.samenvatting, "Kansen bieden én grenzen stellen in Zuidwest.")


def fill_wijken(window) -> None:
    s = window.editor.section("wijken")
    window.editor.show_section("wijken")
    s.add_button.click()
    edit_cell(s.view, 0, 0, "WK051844")
    edit_cell(s.view, 0, 1, "Moerwijk")
    edit_cell(s.view, 0, 2, "Veel jonge aanwas in de drugshandel.")


def fill_doelgroepen(window) -> None:
    s = window.editor.section("doelgroepen")
    window.editor.show_section("doelgroepen")
    s.add_button.click()
    edit_cell(s.groups_view, 0, 0, "Jongeren 12–17 jaar")
    s.analyse.setFocus()
    type_text(s.analyse, "Jongeren worden in Zuidwest geronseld voor koeriersdiensten.")
    risico_view = s.tables[1][0]
    risico_view.setFocus()
    risico_view.setCurrentIndex(s.risico.index(0, 0))
    QTest.keyClick(risico_view, Qt.Key.Key_Space)
    edit_cell(risico_view, 0, 3, "Broers en neven in de handel.")


def fill_partners(window) -> None:
    s = window.editor.section("partners")
    window.editor.show_section("partners")
    s.add_button.click()
    edit_cell(s.view, 0, 0, "Politie Haaglanden")
    edit_cell(s.view, 0, 1, "Politie")
    edit_cell(s.view, 0, 2, "Trekker van de straataanpak")


def fill_interventies(window) -> None:
    s = window.editor.section("interventies")
    window.editor.show_section("interventies")
    s.add_button.click()
    edit_cell(s.view, 0, 0, "Straatcoaches")
    s.omschrijving.setFocus()
    type_text(s.omschrijving, "Coaches op straat in de avonduren.")
    choose(s.kant, "Grenzen stellen")
    choose(s.pijler, "Gebiedsgerichte aanpak")
    choose(s.erkenning, "Goed onderbouwd")
    check_item(s.factoren, "(R01)")
    check_item(s.doelgroepen, "Jongeren 12–17 jaar")
    check_item(s.wijken, "WK051844")
    choose(s.lead, "Politie Haaglanden")
    s.bereik.setFocus()
    type_text(s.bereik, "120")


def fill_indicatoren(window) -> None:
    s = window.editor.section("indicatoren")
    window.editor.show_section("indicatoren")
    s.add_button.click()
    edit_cell(s.view, 0, 0, "Schoolverzuim")
    edit_cell(s.view, 0, 1, "leerlingen")
    edit_cell(s.view, 0, 2, "42,5")
    edit_cell(s.view, 0, 3, "Leerplicht Den Haag")
    for offset in range(len(window.session.plan.jaren)):
        edit_cell(s.view, 0, 4 + offset, str(40 - 5 * offset))


def fill_begroting(window) -> None:
    s = window.editor.section("begroting")
    window.editor.show_section("begroting")
    s.add_button.click()
    m = s.model
    edit_cell(s.view, 0, 0, "Straatcoaches")
    edit_cell(s.view, 0, 1, "Implementatie van interventies")
    edit_cell(s.view, 0, 3, "Twee straatcoaches")
    for year in window.session.plan.jaren:
        edit_cell(s.view, 0, m.year_column(year), "€ 60.000")


REFLECTIE = "Tot juni 2025: één wijkteam, straatcoaches en mentoren."


def fill_aanvraag(window) -> None:
    """Today (the open round is 2026-2029) a new plan is a yearly application (issue 11)."""
    s = window.editor.section("aanvraag")
    window.editor.show_section("aanvraag")
    choose(s.jaar, str(window.session.plan.jaar_van))
    for widget, text in (
        (s.reflectie, REFLECTIE),
        (s.vooruitblik, "Juli 2025 – mei 2026: voortzetten en meten."),
        (s.plan_van_aanpak, "Zorg, veiligheid en onderwijs werken vanuit één wijkagenda."),
    ):
        widget.setFocus()
        type_text(widget, text)


def test_a_coordinator_creates_fills_and_submits_a_plan_by_keyboard(qtbot, window, db):
    create_plan_through_the_dialog(qtbot, window, "'s-Gravenhage", TITEL)
    editor = window.editor
    assert editor.nav_state("algemeen") == "fout"

    fill_algemeen(window)
    fill_wijken(window)
    fill_doelgroepen(window)
    fill_partners(window)
    fill_interventies(window)
    fill_indicatoren(window)
    fill_begroting(window)
    if window.session.catalogus.ronde(window.session.plan.ronde_code).per_jaar:
        fill_aanvraag(window)

    window.session.flush()
    errors = [f for f in window.session.findings() if str(f.ernst) == "fout"]
    assert errors == []
    for key in ("algemeen", "wijken", "doelgroepen", "interventies", "partners", "begroting"):
        assert editor.nav_state(key) != "fout", key
    editor.show_section("controle")
    assert editor.controle.submit.isEnabled()

    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(window.session.readOnlyChanged):
        editor.controle.submit.click()
    assert "niet meer worden gewijzigd" in seen[0]
    assert editor.banner.isVisible()

    plan_id = window.session.plan.id
    with db.unit_of_work() as uow:
        stored = uow.plans.get(plan_id)
    assert stored.status == Status.INGEDIEND
    assert stored.titel == TITEL
    if stored.ronde_code == "2026-2029":
        assert stored.reflectie == REFLECTIE
        assert stored.aanvraagjaar == stored.jaar_van
    assert stored.gemeente_code == "GM0518"
    assert stored.contactpersoon.naam == CONTACT
    assert stored.iban.replace(" ", "") == "NL91ABNA0417164300"
    assert stored.wijken[0].code == "WK051844"
    assert stored.doelgroepen[0].naam == "Jongeren 12–17 jaar"
    assert stored.probleemanalyse.risicofactoren[0].code == "R01"
    assert stored.probleemanalyse.risicofactoren[0].toelichting == "Broers en neven in de handel."
    iv = stored.interventies[0]
    assert (iv.naam, iv.kant.value, iv.erkenning, iv.bereik) == (
        "Straatcoaches",
        "grenzen",
        "goed_onderbouwd",
        120,
    )
    assert iv.factoren == ["R01"] and iv.wijk_codes == ["WK051844"]
    assert iv.lead_partner_id == stored.partners[0].id
    assert stored.partners[0].soort == "politie"
    assert stored.indicatoren[0].nulmeting == Decimal("42.5")
    assert len(stored.begroting) == len(stored.jaren)
    assert {r.bedrag for r in stored.begroting} == {Decimal("60000.00")}
    assert all(r.interventie_id == iv.id for r in stored.begroting)
