"""Issue 14: the editor's side navigation counts errors and warnings per section, so its counts
add up to the header's ("3 van 7 onderdelen klaar · 4 fouten · 5 waarschuwingen"); before, a
section with an error showed only "✗ 1 fout" and its warning was counted nowhere in the list."""

from __future__ import annotations

import re

import pytest

from domain.demo import DEMO_CONCEPT_ID
from gui.i18n import install_translators, remove_translators
from tests.gui.helpers import edit_cell

WOORDEN = {
    "nl": {"fout": "fout", "fouten": "fout", "waarschuwing": "w", "waarschuwingen": "w"},
    "en": {"error": "fout", "errors": "fout", "warning": "w", "warnings": "w"},
}


@pytest.fixture(params=["nl", "en"])
def taal(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def _tellingen(tekst: str, taal: str) -> dict[str, int]:
    """{"fout": n, "w": n} from a text such as "✗ 1 fout · 2 waarschuwingen" (any spaces)."""
    uit = {"fout": 0, "w": 0}
    for n, woord in re.findall(r"(\d+)\s([a-z]+)", tekst):
        if woord in WOORDEN[taal]:
            uit[WOORDEN[taal][woord]] += int(n)
    return uit


def _open(window):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    return window.editor


def test_the_navigation_counts_add_up_to_the_header(qtbot, taal, demo_db, window):
    editor = _open(window)
    kop = _tellingen(editor.completeness.text(), taal)
    assert kop == {"fout": 4, "w": 5}  # the demo draft, as on the screenshots
    totaal = {"fout": 0, "w": 0}
    per_onderdeel = {}
    for row, key in enumerate(editor.section_keys()):
        item = editor.nav.item(row)
        telling = _tellingen(item.text(), taal)
        per_onderdeel[key] = telling
        # The tooltip and the accessible text hold the same counts, on one line.
        assert _tellingen(item.toolTip(), taal) == telling, key
        totaal = {k: totaal[k] + telling[k] for k in totaal}
    assert totaal == kop
    # Wijken: its error and its warning, both shown.
    assert per_onderdeel["wijken"] == {"fout": 1, "w": 1}
    wijken = editor.nav.item(editor.section_keys().index("wijken")).text()
    if taal == "en":
        assert wijken.replace("\xa0", " ") == "Neighbourhoods\n    ✗ 1 error · 1 warning"
    else:
        assert wijken.replace("\xa0", " ") == "Wijken\n    ✗ 1 fout · 1 waarschuwing"


def test_the_counts_follow_an_edit(qtbot, demo_db, window):
    editor = _open(window)
    s = editor.section("wijken")
    editor.show_section("wijken")
    # Charlois gets its reason: the section's warning goes, its error stays.
    edit_cell(s.view, 1, 2, "Veel overlast rond het station.")
    qtbot.waitUntil(
        lambda: _tellingen(editor.completeness.text(), "nl")["w"] == 4, timeout=5000
    )
    row = editor.section_keys().index("wijken")
    assert _tellingen(editor.nav.item(row).text(), "nl") == {"fout": 1, "w": 0}
    totaal = {"fout": 0, "w": 0}
    for r in range(editor.nav.count()):
        t = _tellingen(editor.nav.item(r).text(), "nl")
        totaal = {k: totaal[k] + t[k] for k in totaal}
    assert totaal == _tellingen(editor.completeness.text(), "nl")


def test_a_narrow_navigation_puts_each_count_on_its_own_line(qtbot, demo_db, window):
    editor = _open(window)
    row = editor.section_keys().index("wijken")
    item = editor.nav.item(row)
    assert item.text().count("\n") == 1  # wide enough: both counts on one line
    editor.nav.setFixedWidth(editor.nav.minimumWidth())  # 150
    qtbot.waitUntil(lambda: item.text().count("\n") == 2, timeout=2000)
    assert item.text() == "Wijken\n    ✗ 1\xa0fout\n    ⚠ 1\xa0waarschuwing"
    # Every line fits the narrow navigation; a count is never split.
    breedte = editor.nav.fontMetrics().horizontalAdvance
    assert all(breedte(regel) <= editor._nav_room() for regel in item.text().splitlines()[1:])
    editor.nav.setFixedWidth(200)
    qtbot.waitUntil(lambda: item.text().count("\n") == 1, timeout=2000)
