"""Screenshots of the assessor's overview and worksheet at 1366×768, to look at (and for the
docs). Set WIJKPLAN_SCREENSHOTS to a folder to keep them; otherwise they go to tmp_path."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage

from application import beoordelen as b
from domain.beoordeling import Advies
from domain.model import Status
from tests.gui.beoordeling_bouw import DEN_HAAG, open_werkblad, overzicht_pagina
from tests.gui.typing import pump
from tests.rubriek import CRITERIA


def _bewaar(shots, out: Path) -> None:
    for name, pixmap in shots:
        path = out / f"{name}.png"
        assert pixmap.save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
        assert len(colours) > 20, name


def test_overview_and_worksheet_are_rendered_at_1366_by_768(
    qtbot, beoordeel_db, window, settings, tmp_path
):
    out = Path(os.environ.get("WIJKPLAN_SCREENSHOTS", tmp_path / "screenshots"))
    out.mkdir(parents=True, exist_ok=True)
    db = beoordeel_db
    scores_anna = dict(zip(CRITERIA, (4, 4, 3, 4, 5, 3, 4), strict=True))
    scores_bert = dict(zip(CRITERIA, (4, 2, 3, 4, 4, 3, 3), strict=True))
    for naam, scores, advies in (
        ("Anna de Vries", scores_anna, Advies.TOEKENNEN),
        ("Bert Jansen", scores_bert, Advies.DEELS_TOEKENNEN),
    ):
        b.wijzig_beoordeling(
            db,
            DEN_HAAG,
            naam,
            scores=scores,
            toelichtingen={"wijkgericht": f"Toelichting van {naam.split()[0]}"},
            advies=advies,
            advies_toelichting="Sterk plan; begroting 2025 aan de ruime kant.",
            afronden=True,
        )
    b.besluit(db, DEN_HAAG, Status.IN_BEOORDELING, "Anna de Vries")
    b.notitie(db, DEN_HAAG, "Bert Jansen", "begroting[1]", "Waarom twee coördinatoren?")
    b.wijs_toe(
        db,
        DEN_HAAG,
        {
            2023: Decimal("1000000.00"),
            2024: Decimal("1400000.00"),
            2025: Decimal("1300000.00"),
            2026: Decimal("566190.94"),
        },
        "Anna de Vries",
    )
    settings.beoordelaar = "Bert Jansen"
    window.resize(1366, 768)
    pagina = overzicht_pagina(window, "2022")
    pump(0.2)
    shots = [("20_beoordeling_overzicht", window.grab())]
    pagina.tabs.setCurrentIndex(1)
    pump(0.2)
    shots.append(("21_beoordeling_grafiek", window.grab()))
    pagina.tabs.setCurrentIndex(0)

    venster = open_werkblad(window, DEN_HAAG)
    venster.resize(1366, 768)
    pump(0.2)
    assert venster.rubriek.collega_cellen  # Anna's scores beside Bert's
    shots.append(("22_beoordeling_werkblad", venster.grab()))
    venster.tabs.setCurrentIndex(2)
    pump(0.2)
    shots.append(("23_beoordeling_besluit_toewijzing", venster.grab()))
    venster.tabs.setCurrentIndex(4)
    pump(0.2)
    shots.append(("24_beoordeling_logboek", venster.grab()))
    _bewaar(shots, out)
