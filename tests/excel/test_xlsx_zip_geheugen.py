"""A part already inflated in this bulk import is not inflated again (issue 13,
:data:`exports.xlsx_zip._GEZIEN`): shown here to give exactly what zipfile's own reader gives,
also when a second file carries the same packed bytes under a directory that lies about their
size, CRC or method, and to stay bounded."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_zip as S
from exports.xlsx_safety import lees_bestand

_TEKST = st.binary(max_size=2000) | st.builds(
    lambda stuk, n: stuk * n, st.binary(min_size=1, max_size=20), st.integers(1, 3000)
)
_NAAM = "xl/deel.xml"


@pytest.fixture(autouse=True)
def _leeg_geheugen() -> Iterator[None]:
    S._GEZIEN.clear()
    S._gezien_omvang = 0
    yield
    S._GEZIEN.clear()
    S._gezien_omvang = 0


def _zip(inhoud: bytes, methode: int, niveau: int) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", methode, compresslevel=niveau) as z:
        z.writestr(_NAAM, inhoud)
    return uit.getvalue()


def _liegend(data: bytes, crc_xor: int, grootte_bij: int, methode: int | None) -> bytes:
    """``data`` with its central directory (what pak_uit trusts) telling another CRC, size or
    method for the same packed bytes; the local header keeps the truth."""
    uit = bytearray(data)
    plek = uit.rindex(b"PK\x01\x02")
    oude_methode, crc = struct.unpack_from("<H4xI", uit, plek + 10)
    (grootte,) = struct.unpack_from("<I", uit, plek + 24)
    nieuwe_methode = oude_methode if methode is None else methode
    struct.pack_into("<H", uit, plek + 10, nieuwe_methode)
    struct.pack_into("<I", uit, plek + 16, crc ^ crc_xor)
    struct.pack_into("<I", uit, plek + 24, max(0, grootte + grootte_bij))
    return bytes(uit)


def _lees(data: bytes, lezer) -> bytes | type[BaseException]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return lezer(data, z, z.getinfo(_NAAM))
    except Exception as exc:
        return type(exc)


def _zipfile(data: bytes, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return z.read(info)


@settings(max_examples=400, deadline=None)
@given(
    _TEKST,
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    st.integers(0, 9),
    st.sampled_from([0, 0, 1, 0x80000000, 0xFFFFFFFF]),
    st.sampled_from([0, 0, -1, 1, 1000]),
    st.sampled_from([None, None, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
)
def test_a_remembered_part_gives_what_zipfile_gives(
    inhoud: bytes, methode: int, niveau: int, crc_xor: int, grootte_bij: int, andere: int | None
):
    eerste = _zip(inhoud, methode, niveau)
    assert _lees(eerste, S.pak_uit) == inhoud  # now remembered
    tweede = _liegend(eerste, crc_xor, grootte_bij, andere)
    verwacht = _lees(tweede, _zipfile)
    assert _lees(tweede, S.pak_uit) == verwacht
    S._GEZIEN.clear()
    assert _lees(tweede, S.pak_uit) == verwacht  # the full rule, nothing remembered


def test_the_same_part_in_another_file_is_not_inflated_again():
    inhoud = b"<a>" + b"thema " * 500 + b"</a>"
    eerste = _zip(inhoud, zipfile.ZIP_DEFLATED, 6)
    # Another file: something before the part, so it sits elsewhere in the bytes.
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("xl/ander.xml", b"<b/>")
        z.writestr(_NAAM, inhoud)
    tweede = uit.getvalue()
    a = _lees(eerste, S.pak_uit)
    b = _lees(tweede, S.pak_uit)
    assert a == b == inhoud
    assert a is b  # taken from the memo, not inflated a second time


def test_a_refused_part_is_not_remembered():
    eerste = _zip(b"<a>" + b"x" * 3000 + b"</a>", zipfile.ZIP_DEFLATED, 6)
    assert _lees(_liegend(eerste, 1, 0, None), S.pak_uit) is zipfile.BadZipFile
    assert not S._GEZIEN


def test_the_memo_stays_bounded():
    for n in range(300):
        inhoud = str(n).encode() * 8000  # up to 24 KB each, 300 different parts
        _lees(_zip(inhoud, zipfile.ZIP_STORED, 0), S.pak_uit)
        assert S._gezien_omvang <= S._GEZIEN_TOTAAL
    groot = _zip(b"y" * (S._GEZIEN_DEEL + 1), zipfile.ZIP_DEFLATED, 6)
    S._GEZIEN.clear()
    _lees(groot, S.pak_uit)
    assert not S._GEZIEN  # a big part is not kept


def test_a_bulk_import_checks_the_same(werkmap: Path, tmp_path: Path):
    """Two files with the same theme and styles: the second is checked exactly as when read
    alone (same refusals, same parts)."""
    alleen = lees_bestand(werkmap)
    S._GEZIEN.clear()
    lees_bestand(werkmap)
    tweede = lees_bestand(werkmap)
    assert S._GEZIEN
    assert tweede.meldingen == alleen.meldingen == []
    assert tweede.inhouden == alleen.inhouden
    assert tweede.delen == alleen.delen
    assert tweede.mogelijk == alleen.mogelijk
