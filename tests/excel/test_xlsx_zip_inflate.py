"""Parts are inflated by ISA-L when it is installed (issue 13), by zlib otherwise; either way
:func:`exports.xlsx_zip.pak_uit` gives exactly what zipfile's own reader gives, or fails
where zipfile fails (a damaged part), and never inflates past the declared size."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_zip as S

_TEKST = st.binary(max_size=2000) | st.builds(
    lambda stuk, n: stuk * n, st.binary(min_size=1, max_size=20), st.integers(1, 3000)
)


def _zip(inhoud: bytes, niveau: int) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED, compresslevel=niveau) as z:
        z.writestr("xl/deel.xml", inhoud)
    return uit.getvalue()


def _zipfile_leest(data: bytes) -> bytes | type[BaseException]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read("xl/deel.xml")
    except Exception as exc:
        return type(exc)


def _pak_uit(data: bytes) -> bytes | type[BaseException]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return S.pak_uit(data, z, z.getinfo("xl/deel.xml"))
    except Exception as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(_TEKST, st.integers(0, 9), st.integers(0, 10_000), st.integers(0, 255))
def test_inflating_gives_what_zipfile_gives(inhoud: bytes, niveau: int, plek: int, xor: int):
    data = bytearray(_zip(inhoud, niveau))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/deel.xml")
    kop = info.header_offset + 30 + len(info.filename)
    if info.compress_size:  # damage one byte of the deflate data (xor 0: none)
        data[kop + plek % info.compress_size] ^= xor
    assert _pak_uit(bytes(data)) == _zipfile_leest(bytes(data))


def test_isal_is_used_when_installed():
    pytest.importorskip("isal")
    assert S._INFLATE[0].__name__ == "isal.isal_zlib"
    assert S._INFLATE[-1] is zlib  # zlib still decides what ISA-L's output does not match


def test_a_part_longer_than_declared_is_not_inflated_past_the_size():
    inhoud = b"<a>" + b"x" * 100_000 + b"</a>"
    gepakt = zlib.compressobj(9, zlib.DEFLATED, -15)
    ruw = gepakt.compress(inhoud) + gepakt.flush()
    for bibliotheek in S._INFLATE:
        assert S._inflate(bibliotheek, ruw, 1000) == inhoud[:1001]
