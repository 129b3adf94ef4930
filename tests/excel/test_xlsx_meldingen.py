"""Issue 14: every coded message of the Excel importer has a Dutch and an English text."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from exports.xlsx_meldingen import TEKSTEN, Ernst, fout_code
from exports.xlsx_reader import read_workbook
from tests.excel import vijandig as v

EXPORTS = Path(__file__).resolve().parents[2] / "exports"
_CODE = re.compile(r"""(?:fout_code|waarschuwing_code|melding)\([^)]*?["']([A-Z_]+)["']""")


def _velden(sjabloon: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(sjabloon) if veld}


def test_every_code_used_in_exports_has_both_texts():
    gebruikt = {
        code
        for pad in EXPORTS.glob("xlsx_*.py")
        for code in _CODE.findall(pad.read_text(encoding="utf-8"))
    }
    assert "VERBODEN_XML" in gebruikt  # the scan itself finds codes
    assert sorted(gebruikt - set(TEKSTEN)) == []


@pytest.mark.parametrize("code", sorted(TEKSTEN))
def test_both_texts_have_the_same_fields(code: str):
    nl, en = TEKSTEN[code]
    assert nl and en and nl != en
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
