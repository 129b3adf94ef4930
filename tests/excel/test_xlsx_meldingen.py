"""Issue 14: every coded message of the Excel importer has a Dutch and an English text."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports import xlsx_layout as L
from exports.xlsx_meldingen import DOORGEGEVEN, TEKSTEN, Ernst, Melding, fout_code
from exports.xlsx_reader import read_workbook
from tests.excel import vijandig as v

ROOT = Path(__file__).resolve().parents[2]
EXPORTS = ROOT / "exports"
# The modules of the Excel importer; xlsx_meldingen itself defines the plain constructors.
MODULES = sorted(p for p in EXPORTS.glob("xlsx_*.py") if p.name != "xlsx_meldingen.py")
# Who else builds import messages: the use cases (a JSON file in a bulk import, a file that
# cannot be read, a database that refuses) and the command line.
GEBRUIKERS = sorted([*(ROOT / "application").glob("*.py"), *(ROOT / "cli").glob("*.py")])
# Calls that take a code as a literal, and where it stands (0-based argument).
_MET_CODE = {"fout_code": 1, "waarschuwing_code": 1, "melding": 2, "CelFout": 0, "fout": 1}
# Plain-text constructors: a message without a code has no English text.
_ZONDER_CODE = {"fout", "waarschuwing", "Melding"}


def _aanroepen(pad: Path) -> Iterator[tuple[ast.Call, str, bool]]:
    """(call, name, called as a method) of every call in ``pad``."""
    for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                yield node, node.func.id, False
            elif isinstance(node.func, ast.Attribute):
                yield node, node.func.attr, True


def _codes(pad: Path) -> Iterator[str]:
    for call, naam, methode in _aanroepen(pad):
        if naam == "fout" and not methode:
            continue  # the plain one: refused below
        plek = _MET_CODE.get(naam)
        if plek is not None and len(call.args) > plek:
            arg = call.args[plek]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value


def _velden(sjabloon: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(sjabloon) if veld}


def test_every_code_used_in_exports_has_both_texts():
    gebruikt = {code for pad in MODULES + GEBRUIKERS for code in _codes(pad)}
    # The scan itself finds codes: of the safety module, a cell error, the builder's own
    # fout(), and application.importeren's.
    assert {"VERBODEN_XML", "TE_VEEL_DECIMALEN", "ANDER_PLAN", "JSON_GEWEIGERD"} <= gebruikt
    assert sorted(gebruikt - set(TEKSTEN)) == []


@pytest.mark.parametrize("pad", MODULES + GEBRUIKERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_message_without_a_code_is_left_in_the_importer(pad: Path):
    """Issue 14: a plain ``fout(plaats, "...")``, ``waarschuwing(...)`` or ``Melding(...)``
    would be Dutch in English too."""
    zonder = [
        f"{pad.name}:{call.lineno} {naam}()"
        for call, naam, methode in _aanroepen(pad)
        if naam in _ZONDER_CODE and not methode
    ]
    # The builder's own b.fout(plaats, code, ...) takes a code, as a literal.
    methodes = [
        f"{pad.name}:{call.lineno} .fout()"
        for call, naam, methode in _aanroepen(pad)
        if naam == "fout" and methode
        and not (len(call.args) > 1 and isinstance(call.args[1], ast.Constant))
    ]
    assert zonder + methodes == []


def test_the_scan_finds_a_plain_message(tmp_path: Path):
    """The check above can fail: a module with the old style is caught."""
    pad = tmp_path / "xlsx_oud.py"
    pad.write_text('meldingen.append(fout(plaats, f"kolom {k} ontbreekt"))\nb.fout(p, tekst)\n')
    assert [naam for _, naam, m in _aanroepen(pad) if naam in _ZONDER_CODE and not m] == ["fout"]


@pytest.mark.parametrize("code", sorted(TEKSTEN))
def test_both_texts_have_the_same_fields(code: str):
    nl, en = TEKSTEN[code]
    assert nl and en
    # A code that only passes on a text given in both languages has one template for both.
    assert (nl == en) == (code in DOORGEGEVEN)
    assert _velden(nl) == _velden(en)


def test_a_refusal_reads_in_english_when_asked(werkmap: Path, tmp_path: Path, catalogus):
    _, _, meldingen = read_workbook(v.zip_bom(werkmap, tmp_path), catalogus)
    (melding,) = [m for m in meldingen if m.ernst == Ernst.FOUT]
    assert "zip-bom" in melding.bericht and "zip-bom" in str(melding)
    assert "zip bomb" in melding.tekst("en")
    assert melding.in_taal("en").startswith(melding.bestand + ": ")
    assert melding.tekst("nl") == melding.bericht


def test_the_dutch_text_is_rendered_at_once():
    m = fout_code("Wijken", "TE_VEEL_KOLOMMEN", maximum=200)
    assert str(m) == "Wijken: meer dan 200 kolommen; dat is geen plan"
    assert m.in_taal("en") == "Wijken: more than 200 columns; that is not a plan"


def test_the_command_line_line_shows_the_refusal_in_english(tmp_path: Path):
    from domain.importing import ImportStatus
    from exports.xlsx_bulk import BestandUitkomst

    melding = fout_code("", "GEEN_ZIP").met_bestand("tekst.xlsx")
    u = BestandUitkomst(tmp_path / "tekst.xlsx", ImportStatus.GEWEIGERD, meldingen=[melding])
    assert u.regel("en").endswith("is not an Excel workbook (.xlsx): it is not a zip file")
    assert u.regel("nl").endswith("is geen Excel-werkmap (.xlsx): het is geen zip-bestand")


# -- one English check per family, with real workbooks ---------------------------------------
def _zet(werkmap: Path, uit: Path, blad: str, cel: str, waarde: object) -> Path:
    wb = load_workbook(werkmap)
    wb[blad][cel].value = waarde
    wb.save(uit)
    return uit


def _plan_cel(sleutel: str) -> str:
    """The value cell of a key on the Plan sheet (rows in the order of PLAN_VELDEN)."""
    return f"B{[v.sleutel for v in L.PLAN_VELDEN].index(sleutel) + 2}"


def _fouten(meldingen: list[Melding]) -> list[Melding]:
    return [m for m in meldingen if m.ernst == Ernst.FOUT]


def test_a_cell_error_reads_in_english(werkmap: Path, tmp_path: Path, catalogus):
    cel = f"{L.BEGROTING.letter('bedrag')}2"
    pad = _zet(werkmap, tmp_path / "cel.xlsx", "Begroting", cel, "veel geld")
    plan, _, meldingen = read_workbook(pad, catalogus)
    assert plan is None
    (m,) = _fouten(meldingen)
    assert m.plaats == f"Begroting!{cel}" and m.code == "GEEN_BEDRAG"
    assert m.bericht == "'veel geld' is geen bedrag"  # Dutch as before issue 14
    assert m.tekst("en") == "'veel geld' is not an amount"
    assert m.in_taal("en") == f"cel.xlsx: Begroting!{cel}: 'veel geld' is not an amount"


def test_a_cell_error_on_a_key_value_sheet_passes_the_english_on(
    werkmap: Path, tmp_path: Path, catalogus
):
    pad = _zet(werkmap, tmp_path / "sleutel.xlsx", "Plan", _plan_cel("revisie"), "2,5")
    _, _, meldingen = read_workbook(pad, catalogus)
    (m,) = [m for m in _fouten(meldingen) if m.code == "CEL_MET_SLEUTEL"]
    assert m.plaats == f"Plan!{_plan_cel('revisie')}"
    assert m.bericht == "revisie: '2,5' is geen geheel getal"
    assert m.tekst("en") == "revisie: '2,5' is not a whole number"


def test_a_structure_error_reads_in_english(werkmap: Path, tmp_path: Path, catalogus):
    kolom = L.BEGROTING.letter("bedrag")
    kop = next(k.kop for k in L.BEGROTING.kolommen if k.sleutel == "bedrag")
    pad = _zet(werkmap, tmp_path / "kop.xlsx", "Begroting", f"{kolom}1", "Mijn bedrag")
    plan, _, meldingen = read_workbook(pad, catalogus)
    assert plan is None
    (m,) = _fouten(meldingen)
    assert m.bericht == f"de kolom '{kop}' ontbreekt"
    assert m.in_taal("en") == f"kop.xlsx: Begroting: the column '{kop}' is missing"
    (w,) = [w for w in meldingen if w.code == "KOLOM_NIET_GEIMPORTEERD"]
    assert w.tekst("en") == "column 'Mijn bedrag' on sheet Begroting is not imported"


def test_a_wrapped_domain_finding_reads_in_english(werkmap: Path, catalogus, plan):
    from domain.validation import valideer

    _, _, meldingen = read_workbook(werkmap, catalogus)
    (m,) = [m for m in meldingen if "TOTAAL_BOVEN_PLAFOND" in m.bericht]
    assert m.ernst == Ernst.PLANFOUT
    (b,) = [b for b in valideer(plan, catalogus) if b.code == "TOTAAL_BOVEN_PLAFOND"]
    assert m.bericht == f"{b.bericht} (TOTAAL_BOVEN_PLAFOND)"  # Dutch as before issue 14
    assert m.tekst("en") == f"{b.tekst('en')} (TOTAAL_BOVEN_PLAFOND)"
    assert b.tekst("en") != b.bericht  # the finding itself has an English text


def test_changed_after_export_reads_in_english(werkmap: Path, tmp_path: Path, catalogus):
    pad = _zet(werkmap, tmp_path / "titel.xlsx", "Plan", _plan_cel("titel"), "Een andere titel")
    _, _, meldingen = read_workbook(pad, catalogus)
    (m,) = [m for m in meldingen if m.code == "GEWIJZIGD_NA_EXPORT"]
    assert m.bericht.startswith("gewijzigd na export: Plan, ")
    assert m.tekst("en").startswith("changed after export: Plan, ")
    assert "'Een andere titel'" in m.tekst("en")


@pytest.mark.parametrize(
    ("waarde", "code"),
    [("a_x0001_b", "TEKST_ONGELDIG_TEKEN"), ("x" * 40_000, "TEKST_TE_LANG")],
)
def test_a_text_problem_keeps_the_domain_wording_in_dutch(waarde: str, code: str):
    """xlsx_cellen reads the place of a bad character from domain.tekst's Dutch text: when
    that wording changes, this fails instead of a wrong English text."""
    from domain.tekst import tekst_probleem
    from exports.xlsx_cellen import CelFout, lees_tekst
    from exports.xlsx_tekst import unescape

    with pytest.raises(CelFout) as exc:
        lees_tekst(waarde)
    assert exc.value.code == code
    assert str(exc.value) == f"de tekst {tekst_probleem(unescape(waarde))}"
    assert exc.value.tekst().en.startswith("the text ")


def test_a_removed_row_reads_as_removed_in_english(werkmap: Path, tmp_path: Path, catalogus):
    wb = load_workbook(werkmap)
    wb["Begroting"].delete_rows(2)
    wb.save(tmp_path / "rij.xlsx")
    _, _, meldingen = read_workbook(tmp_path / "rij.xlsx", catalogus)
    (m,) = [m for m in meldingen if m.code == "GEWIJZIGD_NA_EXPORT"]
    assert "Begroting: regel " in m.bericht and " verwijderd" in m.bericht
    assert "Begroting: line " in m.tekst("en") and " removed" in m.tekst("en")
    assert "verwijderd" not in m.tekst("en") and "totals: " in m.tekst("en")
