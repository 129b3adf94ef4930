"""A screenshot of the plan list and of every editor section, to look at (and for the README).

Set WIJKPLAN_SCREENSHOTS to a folder to keep them; otherwise they go to tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from domain.demo import DEMO_CONCEPT_ID


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
