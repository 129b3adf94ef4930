"""Pages rendered to PNG with pdftoppm (what a reader sees): every page has content, A4."""

from __future__ import annotations

import subprocess

from PySide6.QtGui import QImage

from tests.conftest import require_tool
from tests.pdf.conftest import paginas


def inkt(beeld: QImage) -> float:
    """Share of sampled pixels that are not white."""
    punten = [(x, y) for x in range(0, beeld.width(), 4) for y in range(0, beeld.height(), 4)]
    donker = sum(1 for x, y in punten if beeld.pixelColor(x, y).lightness() < 200)
    return donker / len(punten)


def test_every_page_renders_to_an_a4_image_with_content(klein, tmp_path):
    _, pad = klein
    tool = require_tool("pdftoppm")
    subprocess.run([tool, "-r", "30", "-png", str(pad), str(tmp_path / "p")], check=True)
    beelden = sorted(tmp_path.glob("p-*.png"))
    assert len(beelden) == paginas(pad)
    for png in beelden:
        beeld = QImage(str(png))
        assert not beeld.isNull()
        assert abs(beeld.height() / beeld.width() - 297 / 210) < 0.01
        assert inkt(beeld) > 0.01, f"{png.name} is zo goed als leeg"
    # The cover page carries the accent band at the very top.
    eerste = QImage(str(beelden[0]))
    assert (
        eerste.pixelColor(eerste.width() // 2, 1).blue()
        > eerste.pixelColor(eerste.width() // 2, 1).red()
    )
