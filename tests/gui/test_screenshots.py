"""A screenshot of the plan list and of every editor section, to look at (and for the README).

Set WIJKPLAN_SCREENSHOTS to a folder to keep them; otherwise they go to tmp_path.
Each grab waits for the state a person sees (layouts settled, deferred totals filled), not for
a fixed time.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel, QScrollArea

from domain.demo import DEMO_CONCEPT_ID


def _settled(section) -> bool:
    """The section's scroll area shows no horizontal scroll bar."""
    return not any(a.horizontalScrollBar().isVisible() for a in section.findChildren(QScrollArea))


def _wait_for_state(qtbot, window, key: str, section) -> None:
    if key == "algemeen":
        # The IBAN message of the draft wraps inside the Contactpersoon column.
        msg = next(m for m in section.iban.parentWidget().findChildren(QLabel, "veldmelding"))
        line = msg.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: msg.isVisible() and msg.height() > 1.5 * line)
        qtbot.waitUntil(lambda: _settled(section))
        assert msg.geometry().right() <= msg.parentWidget().width()
    if key == "begroting":
        totals = section.totals
        tables = (totals.per_jaar, totals.per_categorie, totals.per_interventie)
        qtbot.waitUntil(lambda: all(t.model().rowCount() > 0 for t in tables))
        assert totals.summary.text().startswith("Gevraagd: € ")
        assert "Aandeel op erkende interventies" in totals.summary.text()
        assert totals.summary.isVisible() and totals.summary.font().weight() >= QFont.Weight.Bold
        qtbot.waitUntil(lambda: not any(t.horizontalScrollBar().isVisible() for t in tables))
        # The year column shows the whole year, not "…".
        jaar = totals.per_jaar
        assert jaar.columnWidth(0) >= jaar.fontMetrics().horizontalAdvance("2026") + 6


def test_every_section_is_rendered_at_1200_by_800(qtbot, demo_db, window, tmp_path):
    out = Path(os.environ.get("WIJKPLAN_SCREENSHOTS", tmp_path / "screenshots"))
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1200, 800)
    window.refresh_list()
    shots = [("00_planlijst", window.grab())]
    window.open_plan(DEMO_CONCEPT_ID)
    window.session.flush()
    for n, key in enumerate(window.editor.section_keys(), start=1):
        window.editor.show_section(key)
        section = window.editor.section(key)
        qtbot.waitUntil(lambda s=section: s.isVisible())
        _wait_for_state(qtbot, window, key, section)
        shots.append((f"{n:02d}_{key}", window.grab()))
    for name, pixmap in shots:
        path = out / f"{name}.png"
        assert pixmap.save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1200, 800)
        # Not a blank window: many distinct colours (text, frames, marks).
        colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
        assert len(colours) > 20, name
    assert len(list(out.glob("*.png"))) >= 9
