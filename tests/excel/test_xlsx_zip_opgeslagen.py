"""calamine reads the parts xlsx_safety inflated, from a stored zip written by
:func:`exports.xlsx_zip.opgeslagen_zip` (issue 13): the same zip for every reader, by
names, order and contents, and the same values in calamine."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from exports.xlsx_open import _met_preserve, _preserve, open_werkmap
from exports.xlsx_safety import lees_bestand
from exports.xlsx_zip import opgeslagen_zip

_NAMEN = st.sampled_from(
    [
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "docProps/app.xml",
        "xl/media/image1.png",
        "xl/printerSettings/printerSettings1.bin",
        "_rels/.rels",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/ëxtra é.xml",
        "xl/äbc.bin",
        "xl/worksheets/sheet1.xml",  # twice: a duplicate name
    ]
)
_INHOUD = st.binary(max_size=300) | st.sampled_from(
    [b"<a>" + b"x" * 5000 + b"</a>", b'<t xml:space="preserve"> a </t>', b"<t> b </t>"]
)


def _zip(delen: list[tuple[str, bytes, int]]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("xl/workbook.xml", b"<workbook/>", zipfile.ZIP_DEFLATED)
        for naam, inhoud, methode in delen:
            z.writestr(naam, inhoud, methode)
    return uit.getvalue()


def _delen(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.orig_filename, z.read(i)) for i in z.infolist()]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(_NAMEN, _INHOUD, st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])),
        max_size=8,
    ),
    st.booleans(),
)
def test_the_stored_zip_holds_the_same_parts_in_the_same_order(
    tmp_path_factory, delen: list[tuple[str, bytes, int]], bewerk: bool
):
    import warnings

    pad = tmp_path_factory.mktemp("z") / "w.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name
        pad.write_bytes(_zip(delen))
    bestand = lees_bestand(pad)
    if bestand.meldingen:
        return  # refused (a DTD in random bytes): nothing is opened
    namen = {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"} if bewerk else set()
    opgeslagen = opgeslagen_zip(bestand, namen, _preserve if bewerk else None)
    assert opgeslagen is not None
    verwacht = [
        (naam, _preserve(inhoud) if naam in namen else inhoud)
        for naam, inhoud in _delen(bestand.data)
    ]
    assert _delen(opgeslagen) == verwacht
    with zipfile.ZipFile(io.BytesIO(opgeslagen)) as z:
        assert z.testzip() is None
        for info, inhoud in zip(z.infolist(), bestand.inhouden, strict=True):
            # What was inflated and checked is stored; what no parser reads is copied packed.
            if inhoud is not None:
                assert info.compress_type == zipfile.ZIP_STORED
            assert info.flag_bits & 0x800


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(_NAMEN, _INHOUD, st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_bytes_put_into_parts_are_stored_with_their_size_and_crc(
    tmp_path_factory, delen: list[tuple[str, bytes, int]], data: st.DataObject
):
    """issue 13: the empty <mergeCells> goes into a sheet as it is written (invoegingen)."""
    import warnings

    pad = tmp_path_factory.mktemp("z") / "w.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name
        pad.write_bytes(_zip(delen))
    bestand = lees_bestand(pad)
    if bestand.meldingen:
        return
    gelezen = [i for i, inhoud in enumerate(bestand.inhouden) if inhoud is not None]
    gekozen = data.draw(st.lists(st.sampled_from(gelezen), unique=True) if gelezen else st.just([]))
    invoegingen = {
        i: (
            data.draw(st.integers(0, len(bestand.inhouden[i] or b""))),
            data.draw(st.binary(max_size=30)),
        )
        for i in gekozen
    }
    opgeslagen = opgeslagen_zip(bestand, (), None, invoegingen)
    assert opgeslagen is not None
    verwacht = []
    for i, (naam, inhoud) in enumerate(_delen(bestand.data)):
        if i in invoegingen:
            plek, extra = invoegingen[i]
            inhoud = inhoud[:plek] + extra + inhoud[plek:]
        verwacht.append((naam, inhoud))
    assert _delen(opgeslagen) == verwacht
    with zipfile.ZipFile(io.BytesIO(opgeslagen)) as z:
        assert z.testzip() is None  # every CRC and size


def _waarden(bron: bytes | io.BytesIO) -> dict[str, list]:
    wb = CalamineWorkbook.from_filelike(bron if isinstance(bron, io.BytesIO) else io.BytesIO(bron))
    try:
        return {
            n: wb.get_sheet_by_name(n).to_python(skip_empty_area=False) for n in wb.sheet_names
        }
    finally:
        wb.close()


def test_calamine_reads_the_same_values_from_the_stored_zip(werkmap: Path):
    bestand = lees_bestand(werkmap)
    assert not bestand.meldingen
    opgeslagen = opgeslagen_zip(bestand)
    assert opgeslagen is not None
    assert _waarden(opgeslagen) == _waarden(bestand.data)
    # and with xml:space="preserve" added where calamine would trim
    delen = set(bestand.delen)
    met = opgeslagen_zip(bestand, delen, _preserve)
    assert met is not None
    assert _waarden(met) == _waarden(_met_preserve(bestand.data, delen))


def test_the_importer_opens_the_stored_zip(werkmap: Path):
    bestand = lees_bestand(werkmap)
    wb = open_werkmap(bestand.data, {}, None, werkmap, bestand)
    try:
        assert wb.sheetnames == CalamineWorkbook.from_path(str(werkmap)).sheet_names
    finally:
        wb.close()


def _met_extra(data: bytes, naam: str, extra: bytes) -> bytes:
    """The zip with ``extra`` as the central extra field of part ``naam``."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(uit, "w") as zout:
        for info in zin.infolist():
            if info.filename == naam:
                info.extra = extra
            zout.writestr(info, zin.read(info))
    return uit.getvalue()


def test_a_unicode_path_extra_field_keeps_the_original_file(werkmap: Path, tmp_path: Path):
    # zipfile ignores it, calamine's zip may take the name from it: not the same zip then.
    extra = struct.pack("<HHB", 0x7075, 5, 1) + b"\0\0\0\0"
    pad = tmp_path / "unicode.xlsx"
    pad.write_bytes(_met_extra(werkmap.read_bytes(), "docProps/app.xml", extra))
    bestand = lees_bestand(pad)
    assert not bestand.meldingen
    assert opgeslagen_zip(bestand) is None


def test_an_unread_part_whose_local_header_lies_keeps_the_original_file(tmp_path: Path):
    data = bytearray(_zip([("xl/media/image1.png", b"\x89PNG" * 50, zipfile.ZIP_DEFLATED)]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        kop = z.getinfo("xl/media/image1.png").header_offset
    data[kop + 30] ^= 0x20  # the local name differs from the directory's
    pad = tmp_path / "kop.xlsx"
    pad.write_bytes(bytes(data))
    bestand = lees_bestand(pad)
    assert not bestand.meldingen
    assert opgeslagen_zip(bestand) is None


@pytest.mark.parametrize("methode", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_an_unread_part_is_copied_packed_as_it_was(tmp_path: Path, methode: int):
    pad = tmp_path / "beeld.xlsx"
    pad.write_bytes(_zip([("xl/media/image1.png", b"\x89PNG" * 50, methode)]))
    bestand = lees_bestand(pad)
    opgeslagen = opgeslagen_zip(bestand)
    assert opgeslagen is not None
    with zipfile.ZipFile(io.BytesIO(opgeslagen)) as z:
        assert z.getinfo("xl/media/image1.png").compress_type == methode
        assert z.read("xl/media/image1.png") == b"\x89PNG" * 50


@pytest.mark.parametrize("methode", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_part_packed_otherwise_keeps_the_original_file(werkmap: Path, tmp_path: Path, methode):
    # calamine's zip reads stored and deflated parts only: it refuses such a file, as before.
    pad = tmp_path / "anders.xlsx"
    with zipfile.ZipFile(werkmap) as zin, zipfile.ZipFile(pad, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info), methode)
    bestand = lees_bestand(pad)
    assert not bestand.meldingen
    assert opgeslagen_zip(bestand) is None
