"""Issue 13: imported workbooks are read by python-calamine; every safety property of the
openpyxl reader holds, and the new ones calamine needs (a bounded rectangle) are enforced
before it parses anything."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import export_xlsx
from tests.excel import vijandig as v
from tests.excel.voorbeeld import GROOTTES, centenplan

KOP = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet '
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)


def _blad(cellen: str) -> bytes:
    return (KOP + cellen + "</sheetData></worksheet>").encode()


def _fouten(meldingen) -> list[str]:
    return [str(m) for m in meldingen if m.ernst == Ernst.FOUT]


def test_every_cent_after_the_largest_amounts_comes_back_exactly(tmp_path: Path, catalogus):
    plan = centenplan()
    pad = tmp_path / "centen.xlsx"
    export_xlsx(plan, catalogus, pad)
    # The amounts are numbers in the file (a <v> without t="s"), so the number path is tested.
    with zipfile.ZipFile(pad) as z:
        blad = z.read(v._blad_deel(pad, "Begroting")).decode()
    assert re.search(r'<c r="I2"[^>]*><v>999999999(\.0+)?</v>', blad), blad[:3000]
    assert re.search(r'<c r="I401"[^>]*><v>0\.99</v>', blad)
    terug, _, meldingen = read_workbook(pad, catalogus)
    assert _fouten(meldingen) == []
    gelezen = [(r.bedrag, r.cofinanciering) for r in terug.begroting]
    assert gelezen == [(r.bedrag, r.cofinanciering) for r in plan.begroting]
    assert {b.as_tuple().exponent for b, _ in gelezen} == {-2}
    assert Decimal("999999999.99") in {b for b, _ in gelezen}
    assert {b % 1 for b, _ in gelezen} == {Decimal(c) / 100 for c in range(100)}
    assert {int(b) for b, _ in gelezen} == set(GROOTTES)


def test_calamine_itself_expands_no_entity(werkmap: Path, tmp_path: Path):
    """Defence in depth: even without xlsx_safety in front, calamine's parser refuses an
    entity a DTD declares (billion laughs) and an external one, at once, without growing."""
    import resource

    from python_calamine import CalamineWorkbook, XmlError

    voor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lachen = v.miljard_lachen(werkmap, tmp_path)
    with pytest.raises(XmlError, match="entity"):
        CalamineWorkbook.from_path(str(lachen)).get_sheet_by_name("Begroting").to_python()
    extern = v.externe_entiteit(werkmap, tmp_path)
    with pytest.raises(XmlError, match="entity"):
        CalamineWorkbook.from_path(str(extern)).sheet_names  # noqa: B018
    # A billion laughs expanded would be gigabytes; a refusal costs nothing.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - voor < 50 * 1024


@pytest.mark.parametrize(
    "deel",
    ["xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/worksheets/sheet2.xml"],
)
def test_a_dtd_in_any_xml_part_is_refused_before_any_parser_sees_it(
    werkmap: Path, tmp_path: Path, catalogus, deel: str
):
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    dtd = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    kwaad = dtd + xml if not xml.startswith(b"<?xml") else xml.replace(b"?>", b"?>" + dtd, 1)
    slecht = v._herpak(werkmap, tmp_path / "dtd.xlsx", {deel: kwaad})
    plan, _, meldingen = read_workbook(slecht, catalogus)
    assert plan is None
    assert _fouten(meldingen) == [
        "dtd.xlsx: bevat verboden XML (entiteiten of een DTD): geweigerd uit veiligheid"
    ]


def test_a_declaration_after_many_exclamation_marks_is_refused(
    werkmap: Path, tmp_path: Path, catalogus
):
    """The DTD check looks at each "!" until there are too many, then searches the rest."""
    deel = v._blad_deel(werkmap, "Wijken")
    tekst = "Let op! " * 1500
    xml = _blad(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{tekst}</t></is></c></row>')
    kwaad = xml.replace(b"</sheetData>", b'<!ENTITY a "b"></sheetData>')
    slecht = v._herpak(werkmap, tmp_path / "uitroep.xlsx", {deel: kwaad})
    _, _, meldingen = read_workbook(slecht, catalogus)
    assert "verboden XML" in " ".join(_fouten(meldingen))


def test_a_utf16_declaration_is_refused_too(werkmap: Path, tmp_path: Path, catalogus):
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><worksheet/>'.encode("utf-16-le")
    slecht = v._herpak(werkmap, tmp_path / "utf16.xlsx", {"xl/worksheets/sheet2.xml": xml})
    _, _, meldingen = read_workbook(slecht, catalogus)
    assert "verboden XML" in " ".join(_fouten(meldingen))


@pytest.mark.parametrize(
    ("cellen", "verwacht"),
    [
        # Two cells, 17 billion in between: calamine would allocate them all.
        (
            '<row r="1"><c r="A1"><v>1</v></c></row>'
            '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
            "Wijken: meer dan 50.000 rijen",
        ),
        ('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>', "200 kolommen"),
        # Legal XML spellings of the same attribute.
        ("<row r='1'><c r = 'XFD1'><v>2</v></c></row>", "200 kolommen"),
        ('<row r="1"><c s="0"\n\tr\n=\n"XFD1048576"><v>2</v></c></row>', "50.000 rijen"),
        # 40,000 rows × 150 columns is 6 million cells.
        (
            '<row r="1"><c r="A1"><v>1</v></c><c r="ET1"><v>2</v></c></row>'
            '<row r="40000"><c r="A40000"><v>1</v></c></row>',
            "Wijken: meer dan 2.000.000 cellen",
        ),
        # Cells without a reference each go one column further.
        ('<row r="1">' + "<c><v>1</v></c>" * 300 + "</row>", "Wijken: meer dan 200 kolommen"),
        # Elements with a namespace prefix: calamine reads them by local name all the same.
        (
            '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="1">'
            '<x:c r="XFD1"><x:v>2</x:v></x:c></x:row>',
            "200 kolommen",
        ),
        # A reference not first among the attributes.
        ('<row r="1"><c s="0" r="XFD1"><v>2</v></c></row>', "200 kolommen"),
    ],
    ids=["hoek", "breed", "enkel", "witruimte", "vlak", "zonder-ref", "voorvoegsel", "niet-eerst"],
)
def test_a_sheet_addressing_a_huge_rectangle_is_refused_before_parsing(
    werkmap: Path, tmp_path: Path, catalogus, cellen: str, verwacht: str
):
    deel = v._blad_deel(werkmap, "Wijken")
    slecht = v._herpak(werkmap, tmp_path / "ver.xlsx", {deel: _blad(cellen)})
    assert slecht.stat().st_size < 100_000
    plan, _, meldingen = read_workbook(slecht, catalogus)
    assert plan is None
    assert any(verwacht in f for f in _fouten(meldingen)), _fouten(meldingen)


def test_cells_without_references_in_a_normal_sheet_are_read(
    werkmap: Path, tmp_path: Path, catalogus, plan
):
    """The spec allows leaving out r=; such a sheet is read, in the right columns."""
    deel = v._blad_deel(werkmap, "Wijken")
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    zonder = re.sub(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", xml)
    assert zonder != xml
    terug, _, meldingen = read_workbook(
        v._herpak(werkmap, tmp_path / "zonder.xlsx", {deel: zonder}), catalogus
    )
    assert _fouten(meldingen) == []
    assert terug.wijken == plan.wijken


def test_an_error_cell_is_named_with_its_text_not_read_as_empty(
    werkmap: Path, tmp_path: Path, catalogus
):
    deel = v._blad_deel(werkmap, "Begroting")
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    fout = re.sub(
        rb'<c r="J3"([^>]*?)(?: t="\w+")?>.*?</c>', rb'<c r="J3" t="e"><v>#N/A</v></c>', xml
    )
    assert fout != xml
    slecht = v._herpak(werkmap, tmp_path / "fout.xlsx", {deel: fout})
    plan, _, meldingen = read_workbook(slecht, catalogus)
    assert plan is None
    assert "fout.xlsx: Begroting!J3: '#N/A' is geen bedrag" in _fouten(meldingen)


def test_escapes_in_shared_strings_stay_literal(werkmap: Path, tmp_path: Path, catalogus):
    """A shared string holding the OOXML escape of a literal "_x000D_" (as Excel and
    LibreOffice store it) and a real escaped CR: calamine decodes both; the importer must
    end with the literal text and the CR, not two CRs."""
    deel = v._blad_deel(werkmap, "Wijken")
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    gedeeld = (
        b'<?xml version="1.0" encoding="UTF-8"?><sst '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><r><t>_x005F_x000D_ letterlijk</t></r><r><t xml:space="preserve">'
        b" en _x000D_echt</t></r><rPh><t>fonetisch</t></rPh></si></sst>"
    )
    nieuw = re.sub(
        rb'(?s)<c r="D2"([^>]*?) t="inlineStr"><is>.*?</is></c>',
        rb'<c r="D2"\1 t="s"><v>0</v></c>',
        xml,
    )
    assert nieuw != xml
    with zipfile.ZipFile(werkmap) as z:
        types = z.read("[Content_Types].xml").replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        rels = z.read("xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>",
            b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
    slecht = v._herpak(
        werkmap,
        tmp_path / "gedeeld.xlsx",
        {
            deel: nieuw,
            "xl/sharedStrings.xml": gedeeld,
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
        },
    )
    terug, _, meldingen = read_workbook(slecht, catalogus)
    assert _fouten(meldingen) == []
    assert terug.wijken[0].toelichting == "_x000D_ letterlijk en \recht"


def test_reading_a_workbook_does_not_import_openpyxl(werkmap: Path):
    """openpyxl imports numpy (~220 ms): a one-file import-xlsx must not pay for it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from domain.catalogue import Catalogus\n"
        "from exports.xlsx_reader import read_workbook\n"
        "from resources import load_json\n"
        f"plan, _, m = read_workbook({str(werkmap)!r}, "
        "Catalogus.from_dict(load_json('reference.json')))\n"
        "assert plan is not None, m\n"
        "print(sorted(k for k in sys.modules if k.startswith(('openpyxl', 'numpy'))))\n"
    )
    uit = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert uit.stdout.strip() == "[]"


@pytest.mark.parametrize("tekst", ["\n", " ", "\t", "  a  ", " & ", "a\n"])
def test_white_space_around_text_is_kept_without_xml_space_preserve(
    werkmap: Path, tmp_path: Path, catalogus, tekst: str
):
    """calamine trims text of a <t> without xml:space="preserve"; XML keeps it, and openpyxl
    writes a text of only white space that way (found by the generated round trip)."""
    from xml.sax.saxutils import escape

    deel = v._blad_deel(werkmap, "Wijken")
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    nieuw = re.sub(
        rb'(?s)<c r="D2"([^>]*?) t="inlineStr"><is>.*?</is></c>',
        b'<c r="D2"\\1 t="inlineStr"><is><t>' + escape(tekst).encode() + b"</t></is></c>",
        xml,
    )
    assert nieuw != xml
    terug, _, meldingen = read_workbook(
        v._herpak(werkmap, tmp_path / "wit.xlsx", {deel: nieuw}), catalogus
    )
    assert _fouten(meldingen) == []
    assert terug.wijken[0].toelichting == tekst
