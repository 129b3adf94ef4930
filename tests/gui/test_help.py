"""Help per field: every field and table column of the editor has a Dutch and an English text
with a named source (resources/help/velden.json), shown as tooltip and in the F1 panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from domain.demo import DEMO_CONCEPT_ID
from gui import help
from resources import load_json
from tests.gui.typing import pump


def _all_sections(window):
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    return [editor.section(k) for k in editor.section_keys()]


def _field_keys(section) -> dict[str, str]:
    """help key → what it is, for every bound field and every table column of a section."""
    out = {}
    for binder in section.binders:
        for b in binder._bindings:
            path = f"{binder.help_prefix}.{b.path}" if binder.help_prefix else b.path
            out[help.key(path)] = f"{section.key}: veld {b.widget.accessibleName()}"
    for view, model, _msg in section.tables:
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            out[model.help_key(column)] = (
                f"{section.key}: kolom {header!r} van {view.accessibleName()}"
            )
    return out


def test_every_field_and_column_of_the_editor_has_a_help_text(qtbot, demo_db, window):
    known = help.keys()
    seen: dict[str, str] = {}
    for section in _all_sections(window):
        seen.update(_field_keys(section))
    assert len(seen) >= 45
    missing = {k: what for k, what in seen.items() if k not in known}
    assert not missing, f"geen hulptekst in resources/help/velden.json voor: {missing}"
    unused = known - set(seen)
    assert not unused, f"hulptekst voor een veld dat de editor niet heeft: {unused}"


def test_every_help_text_has_dutch_english_and_a_named_source():
    data = load_json("help", "velden.json")
    for key, entry in data["velden"].items():
        assert entry["nl"].strip() and entry["en"].strip(), key
        assert entry["nl"] != entry["en"], key
        assert entry["bron"] in data["bronnen"], key
    for name, bron in data["bronnen"].items():
        assert bron["nl"].strip() and bron["en"].strip(), name


def test_the_help_is_the_tooltip_of_a_field_and_of_a_column_header(qtbot, demo_db, window):
    window.open_plan(DEMO_CONCEPT_ID)
    algemeen = window.editor.section("algemeen")
    tip = algemeen.samenvatting.toolTip()
    assert "De beoordelaar leest dit eerst." in tip
    assert "Bron: Najaarsbrief" in tip
    # A field with a finding shows the finding first, then the help.
    iban = algemeen.iban.toolTip()
    assert iban.startswith("IBAN 'NL91BNGH0285170118' klopt niet")
    assert "ISO 13616" in iban
    interventies = window.editor.section("interventies")
    header_tip = interventies.model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "erkenningsniveau" in header_tip and "Erkenningscommissie" in header_tip


def test_f1_shows_the_help_of_the_focused_field_and_follows_the_focus(qtbot, demo_db, window):
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("doelgroepen")
    doelgroepen = editor.section("doelgroepen")
    doelgroepen.analyse.setFocus()
    pump(0.05)
    window.actions_.help_panel.trigger()  # F1
    panel = window.help.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.current_key == "probleemanalyse.tekst"
    assert "De probleemanalyse: wat er in de wijk speelt" in panel.text.text()
    assert "Bron: Regeling SPUK ter voorkoming van jeugdcriminaliteit 2024" in panel.text.text()

    # A table: the help of the current column.
    view = doelgroepen.tables[1][0]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 3))
    pump(0.05)
    assert panel.current_key == "probleemanalyse.risicofactoren[].toelichting"
    assert QApplication.focusWidget() is view

    editor.show_section("begroting")
    begroting = editor.section("begroting")
    begroting.view.setFocus()
    year = begroting.model.year_column(begroting.model.years[0])
    begroting.view.setCurrentIndex(begroting.model.index(0, year))
    pump(0.05)
    assert panel.current_key == "begroting[].bedrag"
    assert "verrekenen" in panel.text.text()

    window.actions_.help_panel.trigger()  # F1 again closes it
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert not window.actions_.help_panel.isChecked()


def test_help_follows_the_interface_language():
    h = help.lookup("interventies[3].erkenning", "en")
    assert h is not None and h.key == "interventies[].erkenning"
    assert "evidence level" in h.tekst and "Erkenningscommissie" in h.bron
    assert help.lookup("interventies[3].erkenning", "nl").tekst.startswith("Het erkenningsniveau")
    assert help.language() == "nl"  # no English translator installed in the tests


def test_the_open_panel_keeps_the_explained_field_in_view_on_a_laptop(qtbot, demo_db, window):
    window.resize(911, 512)  # 1366×768 at 150 %: the panel docks below the editor
    window.open_plan(DEMO_CONCEPT_ID)
    editor = window.editor
    editor.show_section("doelgroepen")
    analyse = editor.section("doelgroepen").analyse
    analyse.setFocus()
    pump(0.05)
    window.actions_.help_panel.trigger()
    qtbot.waitUntil(window.help.panel.isVisible)
    pump(0.1)
    assert window.help.panel.geometry().top() > editor.geometry().top()  # below, not beside
    seen = analyse.visibleRegion().boundingRect()
    assert seen.height() >= 3 * analyse.fontMetrics().lineSpacing(), seen
