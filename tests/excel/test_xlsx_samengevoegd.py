"""The empty <mergeCells> that spares calamine its second pass over a sheet (issue 13,
exports/xlsx_samengevoegd.py) changes nothing calamine gives: the same values, or the same
error, for every sheet the RE2 pass of xlsx_safety lets have it, well-formed or not."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from exports import xlsx_safety as S
from exports.xlsx_open import _bron
from exports.xlsx_safety import lees_bestand
from exports.xlsx_samengevoegd import LEGE_SAMENVOEGING, met_lege_samenvoeging

pytestmark = pytest.mark.skipif(S._re2_set() is None, reason="google-re2 ontbreekt")


def _bewezen(blad: bytes) -> bool:
    """What the safety pass decides for a sheet (production code)."""
    return S._soorten_en_bewijs(blad)[2]

_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _werkmap(blad: bytes) -> bytes:
    """A workbook of one sheet, ``blad`` its part, as little as calamine opens."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_STORED) as z:
        z.writestr(
            "[Content_Types].xml",
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            b"<workbook " + _NS + b" " + _R + b'><sheets><sheet name="Blad" sheetId="1" '
            b'r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        z.writestr("xl/worksheets/sheet1.xml", blad)
    return uit.getvalue()


def _calamine(blad: bytes) -> tuple[str, object]:
    """What the importer gets from calamine for the sheet: its values, or the error."""
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(_werkmap(blad)))
        try:
            return "waarden", wb.get_sheet_by_name("Blad").to_python(skip_empty_area=False)
        finally:
            wb.close()
    except Exception as exc:  # the error itself is compared
        return type(exc).__name__, str(exc)


_KOPPEN_GOED = [
    b"<worksheet " + _NS + b">",
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ' + _NS + b">",
    b"<worksheet " + _NS + b'><dimension ref="A1:C3"/><cols><col min="1" max="2"/></cols>',
    b"<worksheet " + _NS + b"><sheetViews><sheetView><pane ySplit='1'/></sheetView>"
    b"</sheetViews>",
    b"<worksheet " + _NS + b"><sheetPr></sheetData>",  # end names are not compared
]
_KOPPEN_SLECHT = [
    b"<worksheet " + _NS + b"><sheetViews>",  # an element left open
    b"<worksheet " + _NS + b"></sheetViews>",  # closes the root
    b"<worksheet " + _NS + b"><!-- <sheetData> -->",
    b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    b"<werkblad " + _NS + b">",
    b"<worksheet " + _NS + b"></worksheet><worksheet>",
    b"<worksheet " + _NS + b"><a>&x;</a>",
    b"<worksheet " + _NS + b'><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    b"<worksheet " + _NS + b"><sheetData/>",
]
_CELLEN_GOED = [
    b'<c r="A1" t="inlineStr"><is><t>a</t></is></c>',
    b'<c r="B1"><v>1.5</v></c>',
    b'<c r="C2" t="str"><f>1+1</f><v>2</v></c>',
    b"<c><v>7</v></c>",
    b"<c/>",
    b'<c r="A3" t="e"><v>#N/A</v></c>',
    b'<c r="D1" t="inlineStr"><is><r><rPr><b/></rPr><t>x</t></r><r><t>y</t></r></is></c>',
    b'<c r="E1" t="inlineStr"><is><t>&amp; &gt; &onbekend;</t></is></c>',
    b"<foo>tekst</bar>",  # end names are not compared
]
_CELLEN_SLECHT = [
    b'<c r="B2"><v>1</v>',  # never closed
    b"</c>",
    b"<!-- </sheetData> -->",
    b'<mergeCells count="1"><mergeCell ref="1A"/></mergeCells>',
    b'<c r="A1>"><v>1</v></c>',
    b"<c r='A1' t=\"s\"/ >",
    b"<sheetData>",
    b"</sheetData>",
]
_STAART_GOED = [
    b'<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5"/>',
    b'<dataValidations count="1"><dataValidation sqref="B2:B9" type="list"><formula1>'
    b"'Lijsten'!$M$2:$M$3</formula1></dataValidation></dataValidations>",
    b'<tableParts count="1"><tablePart ' + _R + b' r:id="rId1"/></tableParts>',
    b"<headerFooter><oddHeader>&amp;Ckop</oddHeader></headerFooter>",
    b"tekst",
]
_STAART_SLECHT = [
    b'<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
    b'<mergeCells count="1"><mergeCell ref="1A"/></mergeCells>',
    b"<pageMargins>",
    b"</pageMargins>",
    b"<foo/>",
    b"<!-- -- -->",
    b"<![CDATA[ </sheetData> ]]>",
    b"<pageSetup attr=x/>",
    b"</sheetData>",
]


_DATA_GOED, _DATA_SLECHT = [b"<sheetData>", b"<sheetData >"], [b"<sheetData/>", b"<sheetDataX>"]
_EINDE_GOED, _EINDE_SLECHT = [b"</worksheet>"], [b"</worksheet>\n", b"", b"</x:worksheet>"]


@st.composite
def _bladen(draw: st.DrawFn) -> bytes:
    """A sheet of good pieces, and in most of them one bad piece somewhere (a near miss)."""
    kop = draw(st.sampled_from(_KOPPEN_GOED))
    data = draw(st.sampled_from(_DATA_GOED))
    cellen = draw(st.lists(st.sampled_from(_CELLEN_GOED), max_size=5))
    staart = draw(st.lists(st.sampled_from(_STAART_GOED), max_size=4))
    einde = draw(st.sampled_from(_EINDE_GOED))
    waar = draw(st.sampled_from(["nergens", "kop", "data", "cel", "staart", "einde"]))
    if waar == "kop":
        kop = draw(st.sampled_from(_KOPPEN_SLECHT))
    elif waar == "data":
        data = draw(st.sampled_from(_DATA_SLECHT))
    elif waar == "cel":
        cellen.insert(draw(st.integers(0, len(cellen))), draw(st.sampled_from(_CELLEN_SLECHT)))
    elif waar == "staart":
        staart.insert(draw(st.integers(0, len(staart))), draw(st.sampled_from(_STAART_SLECHT)))
    elif waar == "einde":
        einde = draw(st.sampled_from(_EINDE_SLECHT))
    rijen = b"".join(b'<row r="%d">' % (i + 1) + c + b"</row>" for i, c in enumerate(cellen))
    return b"".join((kop, data, rijen, b"</sheetData>", b"".join(staart), einde))


_GOED = (
    b"<worksheet " + _NS + b"><sheetData>"
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData>'
)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_bladen())
@example(_GOED + b'<mergeCells count="1"><mergeCell ref="1A"/></mergeCells></worksheet>')
@example(_GOED + b"<foo></worksheet>")
@example(_GOED + b"<a>&onbekend;</a></worksheet>")
@example(_GOED + b"<pageMargins/></worksheet>")
def test_calamine_gives_the_same_with_and_without_the_empty_merge_cells(blad: bytes):
    bewezen = _bewezen(blad)
    event(f"bewezen: {bewezen}")
    if not bewezen:
        return
    nieuw = met_lege_samenvoeging(blad)
    assert nieuw.replace(LEGE_SAMENVOEGING, b"", 1) == blad
    assert _calamine(nieuw) == _calamine(blad)


def test_a_plain_sheet_gets_it_and_a_doubtful_one_does_not():
    goed = _GOED + b"<pageMargins/></worksheet>"
    assert _bewezen(goed)
    assert met_lege_samenvoeging(goed) == goed.replace(
        b"<sheetData>", LEGE_SAMENVOEGING + b"<sheetData>"
    )
    for twijfel in (
        _GOED + b'<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
        _GOED + b"<pageMargins></worksheet>",  # never closed
        _GOED + b"</pageMargins></worksheet>",  # closes the root: </worksheet> closes nothing
        _GOED + b"</worksheet>\n",  # anything after the root
        _GOED.replace(b"<sheetData>", b"<sheetViews><sheetData>") + b"</worksheet>",
        _GOED.replace(b"</row>", b"</c></row>") + b"</worksheet>",
        _GOED.replace(b"<worksheet ", b"<werkblad ") + b"</worksheet>",
        _GOED + b"<!-- sheetData --></worksheet>",
        _GOED.replace(b"<t>a</t>", b"<t>a</t><vertAlign/>") + b"</worksheet>",
        _GOED.replace(b'r="A1"', b'r="A1>"') + b"</worksheet>",
    ):
        assert not _bewezen(twijfel), twijfel


def test_every_sheet_of_an_export_is_read_once_by_calamine(werkmap: Path):
    bestand = lees_bestand(werkmap)
    assert not bestand.meldingen
    opgeslagen = _bron(bestand.data, None, bestand).getvalue()
    with zipfile.ZipFile(io.BytesIO(opgeslagen)) as z, zipfile.ZipFile(werkmap) as oud:
        assert z.testzip() is None  # every CRC, of the parts written in pieces too
        assert z.namelist() == oud.namelist()
        for deel in bestand.bladen:
            assert z.read(deel) == met_lege_samenvoeging(oud.read(deel))
    assert _waarden(opgeslagen) == _waarden(werkmap.read_bytes())


def _waarden(data: bytes) -> dict[str, list]:
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    try:
        return {
            n: wb.get_sheet_by_name(n).to_python(skip_empty_area=False) for n in wb.sheet_names
        }
    finally:
        wb.close()
