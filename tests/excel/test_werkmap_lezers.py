"""Issue 10: the workbook for people who do not recalculate, and for people who print.

pandas (openpyxl underneath, no recalculation) must read every Overzicht total as a value;
LibreOffice prints every sheet at 8 pt or more, with names rather than ids. The printed PDF
is also rendered to PNG (pdftoppm) so a person can look at it: see docs/excel.md.
"""

from __future__ import annotations

import re
import statistics
import subprocess
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from domain.demo import demo_plannen
from exports import xlsx_layout as L
from exports.xlsx_writer import export_xlsx
from tests.conftest import require_tool

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def test_pandas_reads_every_overzicht_total_as_a_value(werkmap: Path, plan, catalogus):
    df = pd.read_excel(werkmap, sheet_name=L.OVERZICHT_BLAD, dtype={"Sleutel": str})
    gelezen = {
        k: Decimal(repr(v)).quantize(Decimal("0.01"))
        for k, v in zip(df["Sleutel"], df["Gevraagd"], strict=True)
    }
    assert gelezen == L.overzicht_totalen(plan, catalogus) | {
        f"gevraagd_categorie_{c.code}": L.overzicht_totalen(plan, catalogus).get(
            f"gevraagd_categorie_{c.code}", Decimal("0.00")
        )
        for c in catalogus.categorieen
    }
    assert not df["Gevraagd"].isna().any()


def test_the_overzicht_shows_names_and_prints_without_keys_or_ids(werkmap: Path, plan, catalogus):
    ws = load_workbook(werkmap)[L.OVERZICHT_BLAD]
    zichtbaar = [str(v) for rij in ws.iter_rows(values_only=True, max_col=2) for v in rij if v]
    assert not any(UUID.search(v) for v in zichtbaar)
    assert "Straatcoaches" in zichtbaar
    assert {c.label for c in catalogus.categorieen} <= set(zichtbaar)
    assert not {c.code for c in catalogus.categorieen} & set(zichtbaar)
    assert ws.print_area.endswith(f"$A$1:$C${ws.max_row}")
    assert ws.column_dimensions["E"].hidden  # the codes the formulas match


@pytest.fixture(scope="module")
def afdruk(tmp_path_factory, catalogus) -> Path:
    """The demo plan's workbook as LibreOffice prints it (all visible sheets, one PDF)."""
    soffice = require_tool("soffice")
    require_tool("pdftotext")
    map_ = tmp_path_factory.mktemp("afdruk")
    export_xlsx(demo_plannen(catalogus)[0], catalogus, map_ / "plan.xlsx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{map_ / 'profiel'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(map_),
            str(map_ / "plan.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return map_ / "plan.pdf"


def _paginas(pdf: Path) -> list[tuple[float, float, list[str], list[float]]]:
    """(width, height, words, word heights) per page, from pdftotext -bbox."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    uit = []
    for pagina in html.split("<page ")[1:]:
        b, h = (float(x) for x in re.search(r'width="([\d.]+)" height="([\d.]+)"', pagina).groups())
        woorden = re.findall(r">([^<]+)</word>", pagina)
        hoogtes = [
            float(y2) - float(y1)
            for y1, y2 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', pagina)
        ]
        uit.append((b, h, woorden, hoogtes))
    return uit


def test_every_printed_sheet_is_at_least_8_pt_and_wide_sheets_are_landscape(afdruk: Path):
    paginas = _paginas(afdruk)
    # Calibrate on the Wijken sheet, narrow enough to print at 100 % (11 pt).
    elf_pt = statistics.median(next(h for _, _, w, h in paginas if "Wijkcode" in w))
    for breedte, hoogte, woorden, hoogtes in paginas:
        assert min(hoogtes) >= elf_pt * 8 / 11 - 0.05, (woorden[:8], min(hoogtes), elf_pt)
        if "Erkenning" in woorden or "Kostensoort" in woorden:  # Interventies, Begroting
            assert breedte > hoogte, woorden[:8]
    # No 36-character id spreads over a printed table (the cover sheet names the plan's id).
    tabellen = [w for _, _, woorden, _ in paginas if "Veld" not in woorden for w in woorden]
    assert not any(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*", w) for w in tabellen)


def test_the_printed_workbook_renders_to_png_for_a_person_to_look_at(afdruk: Path):
    pdftoppm = require_tool("pdftoppm")
    subprocess.run(
        [pdftoppm, "-r", "60", "-png", str(afdruk), str(afdruk.with_suffix(""))], check=True
    )
    pngs = sorted(afdruk.parent.glob("plan-*.png"))
    assert len(pngs) == len(_paginas(afdruk))
    assert all(p.stat().st_size > 5_000 for p in pngs)  # not blank pages
