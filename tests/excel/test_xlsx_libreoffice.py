"""LibreOffice as the real spreadsheet program: it opens our workbooks, recalculates the
Overzicht formulas to our totals, and a workbook it re-saved still imports exactly.

soffice starts take seconds on two shared cores: all workbooks go through one run per
conversion (module fixture), each run with its own fresh profile.
"""

from __future__ import annotations

import csv
import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from domain.catalogue import Catalogus
from domain.model import Plan
from domain.money import format_canonical
from domain.serialize import plan_to_dict
from exports import xlsx_layout as L
from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import export_xlsx
from tests.conftest import require_tool
from tests.excel.voorbeeld import centenplan, voorbeeldplan

# All sheets, UTF-8, raw values (not "as shown"), see NOTES.md.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _soffice(soffice: str, profiel: Path, doel: str, uit: Path, bestanden: list[Path]) -> None:
    uit.mkdir()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profiel}",
            "--headless",
            "--norestore",
            "--convert-to",
            doel,
            "--outdir",
            str(uit),
            *map(str, bestanden),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )


def _gegenereerd(catalogus: Catalogus, minimum: int) -> Plan:
    """A generated plan with awkward texts and big amounts: the first one drawn (derandomized,
    not shrunk, so always the same and as odd as generated plans are)."""
    from hypothesis import Phase, find, settings

    from domain.importing import STATUS_UIT_BESTAND
    from tests.strategies import plannen

    return find(
        plannen(catalogus, max_items=8, statussen=STATUS_UIT_BESTAND),
        lambda p: len(p.begroting) >= minimum and len(p.interventies) >= 2,
        settings=settings(
            database=None, derandomize=True, phases=[Phase.generate], max_examples=500
        ),
    )


def _plannen(catalogus: Catalogus) -> list[Plan]:
    from domain.demo import demo_plannen

    leeg = voorbeeldplan(met_cr=False)
    leeg.interventies, leeg.indicatoren, leeg.begroting = [], [], []
    return [
        voorbeeldplan(met_cr=False),
        leeg,
        *demo_plannen(catalogus),
        _gegenereerd(catalogus, 5),
        _gegenereerd(catalogus, 12),
        centenplan(),  # every cent after 999.999.999: exact through LibreOffice too
    ]


def _regeleinden_gelijk(plan: Plan) -> dict:
    """The plan dict with every line break as LF. LibreOffice normalises CR LF, LF CR and
    (not always) a lone CR inside a cell when it re-saves; everything else must be exact."""
    import json

    tekst = json.dumps(plan_to_dict(plan), ensure_ascii=False)
    for cr in ("\\r\\n", "\\n\\r", "\\r"):
        tekst = tekst.replace(cr, "\\n")
    return json.loads(tekst)


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory, catalogus: Catalogus) -> dict:
    soffice = require_tool("soffice")
    map_ = tmp_path_factory.mktemp("lo")
    plannen = _plannen(catalogus)
    bestanden = []
    for n, plan in enumerate(plannen):
        path = map_ / f"plan{n}.xlsx"
        export_xlsx(plan, catalogus, path)
        bestanden.append(path)
    _soffice(soffice, map_ / "profiel-csv", CSV_FILTER, map_ / "csv", bestanden)
    _soffice(soffice, map_ / "profiel-xlsx", "xlsx", map_ / "xlsx", bestanden)
    return {"plannen": plannen, "bestanden": bestanden, "map": map_}


def _csv(map_: Path, stem: str, blad: str) -> list[list[str]]:
    with (map_ / "csv" / f"{stem}-{blad}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_libreoffice_opens_every_sheet_of_every_exported_workbook(libreoffice):
    for path in libreoffice["bestanden"]:
        for blad in (*L.VERPLICHTE_BLADEN, L.OVERZICHT_BLAD, L.LIJSTEN_BLAD):
            rijen = _csv(libreoffice["map"], path.stem, blad)
            assert rijen and rijen[0], f"{path.name}: {blad} is leeg in LibreOffice"
        for blad in L.TABELLEN:
            kop = _csv(libreoffice["map"], path.stem, blad.naam)[0]
            assert kop == [k.kop for k in blad.kolommen]


def test_libreoffice_recalculates_the_overview_to_exactly_our_totals(libreoffice, catalogus):
    for plan, path in zip(libreoffice["plannen"], libreoffice["bestanden"], strict=True):
        ons = L.overzicht_totalen(plan, catalogus)
        rijen = _csv(libreoffice["map"], path.stem, L.OVERZICHT_BLAD)[1:]
        hun = {r[3]: Decimal(r[2]).quantize(Decimal("0.01")) for r in rijen}
        assert {k: format_canonical(v) for k, v in hun.items()} == {
            k: format_canonical(v) for k, v in ons.items()
        }, path.name


def test_a_workbook_resaved_by_libreoffice_still_imports_exactly(libreoffice, catalogus):
    for plan, path in zip(libreoffice["plannen"], libreoffice["bestanden"], strict=True):
        opnieuw = libreoffice["map"] / "xlsx" / path.name
        terug, _, meldingen = read_workbook(opnieuw, catalogus)
        assert [str(m) for m in meldingen if m.ernst == Ernst.FOUT] == []
        assert _regeleinden_gelijk(terug) == _regeleinden_gelijk(plan), path.name
        if "\\r" not in json.dumps(plan_to_dict(plan)):  # nothing for LibreOffice to normalise
            gemeld = (Ernst.FOUT, Ernst.WAARSCHUWING)  # plan findings are the plan's own
            assert [str(m) for m in meldingen if m.ernst in gemeld] == []
            assert terug == plan, path.name


def test_the_resaved_workbook_caches_the_same_totals_as_our_metadata(libreoffice, catalogus):
    from openpyxl import load_workbook

    for plan, path in zip(libreoffice["plannen"], libreoffice["bestanden"], strict=True):
        wb = load_workbook(libreoffice["map"] / "xlsx" / path.name, data_only=True)
        rijen = list(wb[L.OVERZICHT_BLAD].iter_rows(min_row=2, values_only=True))
        hun = {r[3]: Decimal(repr(r[2])).quantize(Decimal("0.01")) for r in rijen if r[3]}
        assert hun == L.overzicht_totalen(plan, catalogus)
