"""Issue 14: why a text cannot go into a workbook cell, and the Excel export's refusal that lists
those texts, in both languages (domain.tekst, domain.tekst.TEKST_MELDINGEN)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from domain.tekst import (
    MAX_CEL_TEKST,
    TEKST_MELDINGEN,
    tekst_bezwaar,
    tekst_bezwaren,
    tekst_probleem,
)

ROOT = Path(__file__).resolve().parents[2]
# The modules that build these texts: the check itself and the export's refusal.
BRONNEN = (ROOT / "domain" / "tekst.py", ROOT / "exports" / "xlsx_writer.py")


def _codes(source: str) -> set[str]:
    """Codes passed to TekstBezwaar(...) and to render(TEKST_MELDINGEN, ...)."""
    codes: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        args = node.args
        if node.func.id == "TekstBezwaar" and args:
            code = args[0]
        elif (
            node.func.id == "render"
            and len(args) > 1
            and isinstance(args[0], ast.Name)
            and args[0].id == "TEKST_MELDINGEN"
        ):
            code = args[1]
            if not isinstance(code, ast.Constant):
                continue  # TekstBezwaar.tekst renders its own code, built above
        else:
            continue
        assert isinstance(code, ast.Constant) and isinstance(code.value, str), ast.dump(code)
        codes.add(code.value)
    return codes


def _velden(template: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(template) if veld}


def test_every_code_built_has_both_texts_and_every_text_is_used():
    gebruikt: set[str] = set()
    for bron in BRONNEN:
        gebruikt |= _codes(bron.read_text("utf-8"))
    assert gebruikt == set(TEKST_MELDINGEN)
    # The scan sees a code without a text.
    assert _codes('TekstBezwaar("NIEUW", {})') == {"NIEUW"}


@pytest.mark.parametrize("code", sorted(TEKST_MELDINGEN))
def test_both_texts_use_the_same_fields_and_differ(code):
    nl, en = TEKST_MELDINGEN[code]
    assert nl.strip() and en.strip()
    assert _velden(nl) == _velden(en)
    assert nl != en


def test_a_character_xml_cannot_hold_in_both_languages():
    bezwaar = tekst_bezwaar("bel\x07")
    assert bezwaar is not None and bezwaar.code == "TEKST_ONGELDIG_TEKEN"
    assert str(bezwaar) == "bevat een teken dat Excel niet kan bewaren (U+0007 op positie 4)"
    assert bezwaar.tekst("en") == "contains a character Excel cannot store (U+0007 at position 4)"
    assert tekst_probleem("bel\x07") == str(bezwaar)


def test_a_text_too_long_for_a_cell_in_both_languages_with_their_digit_grouping():
    bezwaar = tekst_bezwaar("ë" * (MAX_CEL_TEKST + 1))
    assert bezwaar is not None and bezwaar.code == "TEKST_TE_LANG"
    assert str(bezwaar) == "is 32.768 tekens lang; een Excel-cel houdt er ten hoogste 32.767"
    assert bezwaar.tekst("en") == (
        "is 32,768 characters long; an Excel cell holds at most 32,767"
    )
    # An emoji counts two UTF-16 code units, as Excel counts.
    assert tekst_bezwaar("🏠" * (MAX_CEL_TEKST // 2)) is None
    lang = tekst_bezwaar("🏠" * (MAX_CEL_TEKST // 2 + 1))
    assert lang is not None and lang.tekst("en").startswith("is 32,768 characters long")


def test_text_a_cell_holds_has_no_objection():
    assert tekst_bezwaar("") is None
    assert tekst_bezwaar("tab\tregel\nterug\r") is None
    assert tekst_bezwaar("x" * MAX_CEL_TEKST) is None
    assert tekst_probleem("x" * MAX_CEL_TEKST) is None


def test_the_objections_of_a_plan_are_named_by_field_path():
    data = {"titel": "goed", "wijken": [{"naam": "a\x0bb"}, {"naam": "ok"}]}
    ((pad, bezwaar),) = tekst_bezwaren(data)
    assert pad == "wijken[0].naam"
    assert bezwaar.tekst("en").startswith("contains a character Excel cannot store (U+000B")
