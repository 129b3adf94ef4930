"""The central directory read with struct (issue 13, :func:`exports.xlsx_zip.lees_map`) gives
the very ZipInfo objects zipfile gives (every field), or leaves the zip to zipfile, which
then decides; on random and on damaged zips (hypothesis)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_zip as S

_NAAM = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=12)
_ASCII_NAAM = st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=20)
_DEEL = st.tuples(
    _ASCII_NAAM | _NAAM | st.just("xl/\x00nul.xml") | st.just("xl\\sheet.xml"),
    st.binary(max_size=300),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]),
    st.tuples(st.integers(1980, 2107), st.integers(1, 12), st.integers(1, 28))
    .map(lambda d: (*d, 13, 37, 58)),
    st.sampled_from([b"", b"", b"\x99\x99\x02\x00ab", b"UT\x05\x00\x01abcd"]),
    st.sampled_from([b"", b"", b"commentaar"]),
)

_KAAL = ((1980, 1, 1, 0, 0, 0), b"", b"")  # date, no extra field, no comment


def _zip(delen: list, commentaar: bytes) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as z:
        for naam, inhoud, methode, datum, extra, opmerking in delen:
            info = zipfile.ZipInfo(naam, datum)
            info.compress_type = methode
            info.extra = extra
            info.comment = opmerking
            z.writestr(info, inhoud)
        z.comment = commentaar
    return uit.getvalue()


def _velden(info: zipfile.ZipInfo) -> dict[str, object]:
    return {veld: getattr(info, veld, "<ontbreekt>") for veld in zipfile.ZipInfo.__slots__}


def _zipfile(data: bytes) -> list[dict[str, object]] | type[BaseException]:
    try:
        return [_velden(i) for i in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    except Exception as exc:
        return type(exc)


def _map(data: bytes) -> list[dict[str, object]] | type[BaseException]:
    try:
        return [_velden(i) for i in S.lees_map(data).infolist()]
    except Exception as exc:
        return type(exc)


def _controleer(data: bytes) -> None:
    verwacht = _zipfile(data)
    snel = S._directory(data)
    if snel is not None:
        assert [_velden(i) for i in snel] == verwacht
    assert _map(data) == verwacht


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(max_examples=300, deadline=None)
@given(st.lists(_DEEL, max_size=6), st.sampled_from([b"", b"", b"zip-commentaar"]))
def test_the_directory_is_what_zipfile_reads(delen: list, commentaar: bytes):
    _controleer(_zip(delen, commentaar))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(max_examples=600, deadline=None)
@given(
    st.lists(_DEEL, min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=4),
    st.integers(0, 80),
    st.sampled_from([b"", b"", b"voorloper", b"PK\x05\x06"]),
    st.sampled_from([b"", b"", b"achter", b"\x00" * 22]),
)
def test_a_damaged_directory_is_what_zipfile_reads(
    delen: list, schade: list, afknippen: int, voor: bytes, achter: bytes
):
    goed = _zip(delen, b"")
    begin = len(voor) + zipfile.ZipFile(io.BytesIO(goed)).start_dir
    data = bytearray(voor + goed + achter)
    # Damage falls in the central directory and its end record (what is read here).
    for plek, xor in schade:
        data[begin + plek % (len(data) - begin)] ^= xor
    if afknippen % 4 == 0:
        data = data[: len(data) - afknippen // 4]
    _controleer(bytes(data))


def test_an_exported_workbook_takes_the_fast_path(werkmap: Path):
    data = werkmap.read_bytes()
    snel = S._directory(data)
    assert snel is not None and len(snel) > 10
    assert [_velden(i) for i in snel] == _zipfile(data)


def test_a_damaged_part_is_read_by_zipfile_after_all():
    data = bytearray(_zip([("xl/deel.xml", b"<a>" * 500, zipfile.ZIP_DEFLATED, *_KAAL)], b""))
    data[40] ^= 0xFF  # inside the deflate data
    kaart = S.lees_map(bytes(data))
    assert kaart._zf is None  # no ZipFile built while nothing needs one
    info = kaart.infolist()[0]
    try:
        verwacht: object = zipfile.ZipFile(io.BytesIO(bytes(data))).read("xl/deel.xml")
    except Exception as exc:
        verwacht = type(exc)
    try:
        gekregen: object = S.pak_uit(bytes(data), kaart, info)
    except Exception as exc:
        gekregen = type(exc)
    assert gekregen == verwacht
    assert kaart._zf is not None


def test_a_newer_zip_version_is_refused_as_zipfile_refuses_it():
    data = bytearray(_zip([("xl/a.xml", b"<a/>", zipfile.ZIP_STORED, *_KAAL)], b""))
    data[zipfile.ZipFile(io.BytesIO(bytes(data))).start_dir + 6] = 64  # extract version 6.4
    assert _zipfile(bytes(data)) is NotImplementedError
    _controleer(bytes(data))
