"""The quick pre-checks of the safety pass and the scan (issue 13) say exactly what the
patterns they stand in front of say, on random XML-like bytes built from the characters
those patterns look at."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_bladnamen as B
from exports import xlsx_safety as S
from exports import xlsx_scan as SC
from exports.xlsx_cellen import LEZERS, CelFout
from exports.xlsx_layout import Kolom, Soort
from exports.xlsx_open import Blad
from exports.xlsx_open import waarde as cel_waarde
from exports.xlsx_tabel import lees_tabel

# The pieces the patterns care about, and filler; joined at random.
_STUKKEN = [
    b"<t>", b"</t>", b"<t ", b'xml:space="preserve"', b"<x:t>", b"<c ", b'r="', b"r = '",
    b"r='", b"AB", b"XFD", b"A", b"12345", b"1048576", b"9", b'"', b"'", b" ", b"\t", b"\n",
    b"\r", b">", b"<", b"e", b't="e"', b"t = 'e'", b"<v>", b"</v>", b"#N/A", b"x", b"<row ",
]
xml_achtig = st.lists(st.sampled_from(_STUKKEN), max_size=40).map(b"".join)

_VERRE_KOLOM = re.compile(rb"""r\s*=\s*["']([A-Z]{2,3})[0-9]""")
_VERRE_RIJ = re.compile(rb"""r\s*=\s*["'][A-Z]{0,3}([0-9]{5,})["']""")


def _verste_traag(xml: bytes) -> tuple[int, int]:
    kolom = rij = 0
    for m in _VERRE_KOLOM.finditer(xml):
        if S._attribuut(xml, m.start()):
            kolom = max(kolom, S._kolom_nummer(m.group(1)))
    for m in _VERRE_RIJ.finditer(xml):
        if S._attribuut(xml, m.start()):
            rij = max(rij, int(m.group(1)))
    return kolom, rij


@settings(max_examples=500, deadline=None)
@given(xml_achtig)
def test_one_pass_finds_the_farthest_column_and_row_as_the_two_patterns_did(xml: bytes):
    assert S._verste(xml) == _verste_traag(xml)


def test_the_far_reference_pass_itself_is_what_the_safety_check_uses():
    # A sheet addressing column XFD and row 1048576 is refused by its rectangle.
    xml = b'<sheetData><row r="1"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    assert S._verste(xml) == (16384, 1048576)
    assert S._controleer_blad(xml, "Blad", False) is not None


@settings(max_examples=500, deadline=None)
@given(xml_achtig, st.booleans())
def test_the_white_space_pre_check_never_hides_a_match(xml: bytes, voorvoegsel: bool):
    patroon = SC._TEKST_MET_RAND if voorvoegsel else SC._TEKST_MET_RAND_KAAL
    traag = any(b"preserve" not in (m.group(1) or b"") for m in patroon.finditer(xml))
    assert SC.heeft_ongemarkeerde_witruimte(xml, voorvoegsel) == traag


@settings(max_examples=500, deadline=None)
@given(xml_achtig)
def test_the_error_cell_pre_check_never_hides_a_match(xml: bytes):
    if SC._FOUTCEL.search(xml):
        assert SC.kan_foutcel_hebben(xml)


_WERKMAP = (
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<bookViews><sheet name="niet dit" r:id="rId9"/></bookViews>'
    b'<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/>'
    b'<sheet name="Begroting" sheetId="2" r:id="rId2"/><x><sheet name="diep" r:id="rId1"/></x>'
    b"</sheets></workbook>"
)
_RELATIES = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="t"/>'
    b'<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml" Type="t"/>'
    b'<Relationship Id="rId9" Target="worksheets/sheet9.xml" Type="t"/>'
    b"</Relationships>"
)


def test_sheet_names_come_from_the_sheets_element_only():
    assert B._bladnamen(_WERKMAP, _RELATIES) == {
        "xl/worksheets/sheet1.xml": "Plan",
        "xl/worksheets/sheet2.xml": "Begroting",
    }


def test_sheet_names_refuse_a_dtd_or_an_entity():
    dtd = b'<!DOCTYPE x [<!ENTITY e "Plan">]>'
    met_entiteit = dtd + _WERKMAP.replace(b'name="Plan"', b'name="&e;"')
    assert B._bladnamen(met_entiteit, _RELATIES) == {}
    assert B._bladnamen(_WERKMAP, b"<!DOCTYPE Relationships>" + _RELATIES) == {}
    assert B._bladnamen(b"<kapot", _RELATIES) == {}


def _algemeen(waarde: object, soort: Soort) -> tuple[object, list[str]]:
    """What the general path (cel_waarde, then the column's reader) gives, or its refusal."""
    try:
        return LEZERS[soort](cel_waarde(waarde)), []
    except CelFout as exc:
        return None, [exc.code]


_TEKSTEN = st.lists(
    st.sampled_from(["a", " ", "é", "_x", "000D_", "\r", "\n", "\x01", "\ufffe", "x"]),
    max_size=12,
).map("".join) | st.sampled_from(["", " ", "a" * 16_383, "a" * 16_384, "a" * 20_000])


@settings(max_examples=300, deadline=None)
@given(_TEKSTEN, st.sampled_from([Soort.TEKST, Soort.CODE, Soort.ID]))
def test_a_text_cell_read_inline_is_what_the_general_readers_make_of_it(tekst: str, soort):
    kolommen = (Kolom("k", "Kop", soort, verplicht=True),)
    meldingen: list = []
    tabel = lees_tabel(Blad([["Kop"], [tekst]]), "Blad", kolommen, meldingen)
    verwacht, codes = _algemeen(tekst, soort)
    if tabel.rijen:  # an empty cell makes an empty row, which is skipped either way
        assert tabel.rijen[0][1]["k"] == verwacht
        assert [m.code for m in meldingen if m.code != "VERPLICHT_LEEG"] == codes
        assert any(m.code == "VERPLICHT_LEEG" for m in meldingen) == (
            not codes and verwacht in (None, "")
        )
    else:
        assert cel_waarde(tekst) is None
