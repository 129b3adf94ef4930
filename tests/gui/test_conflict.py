"""Two writers on one plan: the editor's stale save is refused, never merged; the coordinator
sees who saved, reloads, and sees every edit of theirs that was not stored (issue 9)."""

from __future__ import annotations

import random

from application.plannen import bewaar, open_plan
from domain.demo import DEMO_CONCEPT_ID
from tests.gui.typing import pump, stored, type_keys


def test_a_stale_save_is_refused_and_the_reload_shows_the_edits_that_were_not_stored(
    qtbot, window, demo_db
):
    window.refresh_list()
    window.open_plan(DEMO_CONCEPT_ID)
    # Another writer (a second window, another app, a colleague) stores the plan first.
    ander = open_plan(demo_db, DEMO_CONCEPT_ID)
    ander.samenvatting = "Samenvatting van de collega"
    bewaar(demo_db, ander)

    titel = window.editor.section("algemeen").titel
    titel.setFocus()
    titel.selectAll()
    type_keys("Mijn titel", random.Random(9))  # the question appears while typing
    pump(0.5)
    editor = window.editor
    assert editor.conflict.isVisible() and "intussen gewijzigd" in editor.conflict_text.text()
    assert titel.text() == "Mijn titel"  # typing went on undisturbed
    assert window.save_state.text().startswith("Niet opgeslagen")
    editor.reload_button.click()
    pump(0.2)
    assert not editor.conflict.isVisible()

    # Nothing merged, nothing of the colleague's overwritten.
    plan = stored(demo_db, DEMO_CONCEPT_ID)
    assert plan.samenvatting == "Samenvatting van de collega"
    assert plan.titel != "Mijn titel"
    # The editor shows the stored plan; the typed title is listed to re-apply.
    assert window.session.plan.samenvatting == "Samenvatting van de collega"
    table = window.differences.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"titel": "Mijn titel"}  # not the colleague's samenvatting
    assert not window.session.pending
    # Back in the editor (the list of differences stays open), typing again now stores: the
    # editor stands on the stored version.
    window.activateWindow()
    qtbot.waitActive(window)
    titel = window.editor.section("algemeen").titel
    titel.setFocus()
    pump(0.1)
    titel.selectAll()
    type_keys("Mijn titel", random.Random(9))
    qtbot.waitUntil(lambda: stored(demo_db, DEMO_CONCEPT_ID).titel == "Mijn titel", timeout=5000)
    assert stored(demo_db, DEMO_CONCEPT_ID).samenvatting == "Samenvatting van de collega"
