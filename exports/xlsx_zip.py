"""Reading the parts of a workbook's zip fast and exactly, for :mod:`exports.xlsx_safety`.

:func:`pak_uit` inflates one part straight from the file's bytes (ISA-L when installed, zlib
otherwise), checked against the size and CRC the directory declares, and falls back on
zipfile's own reader for anything it does not accept. :func:`opgeslagen_zip` writes the checked
parts back as a stored zip, so calamine does not inflate them a second time (issue 13). Split
from xlsx_safety (which decides what a file may hold) because this is how bytes are read.
Also issue 13: :func:`lees_map` reads the central directory with struct where zipfile would
read the same (zipfile otherwise), and a part already accepted in this process with the same
packed bytes, size and CRC is not inflated again (:data:`_GEZIEN`).
"""

from __future__ import annotations

import io
import logging
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from exports.xlsx_safety import Bestand

log = logging.getLogger(__name__)

ZIP_MAGIC = b"PK\x03\x04"

_FLAGS_NIET_SNEL = 0x1 | 0x20 | 0x40  # encrypted, patched data, strong encryption

# issue 13: inflating every part was the largest cost left of the safety pass (~0.8 ms per
# workbook); ISA-L (python-isal) inflates the same deflate data about twice as fast as zlib
# and computes the same CRC-32 faster. Optional: without it, zlib. A part ISA-L's output does
# not match in size and CRC is inflated by zlib after all, so zlib still decides every doubt.
try:
    from isal import isal_zlib

    _INFLATE: tuple[Any, ...] = (isal_zlib, zlib)
    _crc32 = isal_zlib.crc32
except ImportError:  # pragma: no cover - isal is a dependency; this is the fallback
    _INFLATE = (zlib,)
    _crc32 = zlib.crc32


def _inflate(bibliotheek: Any, ruw: bytes, grootte: int) -> bytes | None:
    """``ruw`` inflated by ``bibliotheek`` (zlib's interface), at most ``grootte`` + 1 bytes
    (one more shows a part longer than declared); None when it calls the data broken."""
    try:
        return bibliotheek.decompressobj(-15).decompress(ruw, grootte + 1)
    except Exception:  # zlib.error, isal's IsalError: broken deflate data
        return None


def _ruw(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The part's packed bytes, straight from the file, when its local header is what zipfile
    checks it to be (signature, the directory's name); None otherwise."""
    kop = info.header_offset
    if data[kop : kop + 4] != ZIP_MAGIC or len(data) < kop + 30:
        return None
    naam_lengte, extra_lengte = struct.unpack_from("<HH", data, kop + 26)
    lokale_naam = data[kop + 30 : kop + 30 + naam_lengte]
    # An ASCII name reads the same in UTF-8 and cp437; the ascii codec is C, cp437's Python.
    if lokale_naam.isascii():
        gelijk = lokale_naam.decode("ascii") == info.orig_filename
    else:
        codering = "utf-8" if info.flag_bits & 0x800 else "cp437"
        gelijk = lokale_naam.decode(codering, "replace") == info.orig_filename
    if not gelijk:
        return None
    begin = kop + 30 + naam_lengte + extra_lengte
    return data[begin : begin + info.compress_size]


# issue 13: zipfile reads the central directory per entry in Python and builds a ZipFile
# (~0.26 ms per workbook of 36 parts). :func:`lees_map` reads the common case, a zip with
# nothing unusual, with struct and makes the same ZipInfo objects zipfile makes (every field,
# tests/excel/test_xlsx_zip_map.py); anything else (a comment, zip64, an extra field, a name
# that is not plain ASCII, a directory that does not add up) is left to zipfile itself. Only
# on this Python's ZipInfo, whose fields that test compares; another one: always zipfile.
_CENTRAAL_LEZEN = struct.Struct("<4s4B4HL2L5H2L")  # zipfile.structCentralDir
_EINDE_LEZEN = struct.Struct("<4s4H2LH")  # zipfile.structEndArchive
_VELDEN_311 = frozenset(
    {
        *("orig_filename", "filename", "date_time", "compress_type", "_compresslevel"),
        *("comment", "extra", "create_system", "create_version", "extract_version"),
        *("reserved", "flag_bits", "volume", "internal_attr", "external_attr"),
        *("header_offset", "CRC", "compress_size", "file_size", "_raw_time"),
    }
)
_MAP_SNEL = frozenset(zipfile.ZipInfo.__slots__) == _VELDEN_311
_ZONDER_INIT = os.sep == "/"
_VOL = 0xFFFFFFFF  # a size or place that zip64 overrides
_MAX_VERSIE = 63  # zipfile.MAX_EXTRACT_VERSION: a higher one zipfile refuses


def _directory(data: bytes) -> list[zipfile.ZipInfo] | None:
    """The central directory as zipfile reads it, for the common case; None otherwise."""
    if not _MAP_SNEL or len(data) < 42 or data[-22:-18] != b"PK\x05\x06":
        return None
    _, schijf, schijf_cd, _, _, omvang, begin, commentaar = _EINDE_LEZEN.unpack_from(
        data, len(data) - 22
    )
    if schijf or schijf_cd or commentaar or omvang == _VOL or begin == _VOL:
        return None
    if data[-42:-38] == b"PK\x06\x07" or begin + omvang != len(data) - 22:  # zip64; concat
        return None
    infos: list[zipfile.ZipInfo] = []
    plek, einde = begin, begin + omvang
    nieuw = zipfile.ZipInfo
    leeg = object.__new__
    while plek < einde:
        if plek + 46 > einde:
            return None
        c = _CENTRAAL_LEZEN.unpack_from(data, plek)
        if c[0] != b"PK\x01\x02" or c[13] or c[14] or c[3] > _MAX_VERSIE:
            return None  # not a directory entry; an extra field or comment; a newer version
        if c[10] == _VOL or c[11] == _VOL or c[18] == _VOL:
            return None
        naam = data[plek + 46 : plek + 46 + c[12]]
        plek += 46 + c[12]
        if plek > einde or not naam.isascii():
            return None
        # As zipfile.ZipFile._RealGetContents: ASCII reads the same in UTF-8 and cp437.
        tekst = naam.decode("ascii")
        if _ZONDER_INIT and "\x00" not in tekst:
            # issue 13: ZipInfo.__init__ sets 17 fields that are all set again below; for a
            # name without a NUL byte (which __init__ cuts off) on a system whose separator
            # is "/" (which __init__ replaces), it would set filename to the name itself.
            x = leeg(nieuw)
            x.orig_filename = x.filename = tekst
            x._compresslevel = None  # pyright: ignore[reportAttributeAccessIssue]
        else:
            x = nieuw(tekst)
        x.extra = b""
        x.comment = b""
        (
            x.create_version,
            x.create_system,
            x.extract_version,
            x.reserved,
            x.flag_bits,
            x.compress_type,
            t,
            d,
            x.CRC,
            x.compress_size,
            x.file_size,
        ) = c[1:12]
        x.volume, x.internal_attr, x.external_attr, x.header_offset = c[15:19]
        x._raw_time = t  # pyright: ignore[reportAttributeAccessIssue]
        x.date_time = (
            (d >> 9) + 1980,
            (d >> 5) & 0xF,
            d & 0x1F,
            t >> 11,
            (t >> 5) & 0x3F,
            (t & 0x1F) * 2,
        )
        infos.append(x)
    return infos


class Map:
    """A zip's directory and, only when a part needs zipfile's own reader, a ZipFile (built
    then, not before: the fast path of :func:`pak_uit` reads from the bytes)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._zf: zipfile.ZipFile | None = None
        infos = _directory(data)
        if infos is None:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        self.infos = infos

    def infolist(self) -> list[zipfile.ZipInfo]:
        return self.infos

    def read(self, info: zipfile.ZipInfo) -> bytes:
        if self._zf is None:
            self._zf = zipfile.ZipFile(io.BytesIO(self.data))
        return self._zf.read(info)


def lees_map(data: bytes) -> Map:
    """The zip in ``data``; raises as zipfile.ZipFile does on a broken one."""
    return Map(data)


# issue 13: a bulk import reads workbooks of one exporter, whose theme, styles, tables and
# relationships are the same packed bytes in every file (25 of 36 parts per bench workbook);
# each was inflated and CRC-checked again, ~10 µs a part. The fast path below is a function of
# (method, packed bytes, declared size, CRC) alone, so a part with all four equal to one it
# accepted before gives the very same bytes: they are taken from here. The packed bytes are
# compared in full (dict key), never a digest; a part the fast path refused is never kept.
# Bounded: small parts only, and the whole memo is dropped when it holds too much.
_GEZIEN: dict[tuple[int, int, int, bytes], bytes] = {}
_GEZIEN_DEEL = 64 * 1024  # inflated bytes of one part kept at most
_GEZIEN_TOTAAL = 4 * 1024 * 1024  # inflated bytes kept in all
_gezien_omvang = 0


def _onthoud(sleutel: tuple[int, int, int, bytes], uit: bytes) -> None:
    global _gezien_omvang
    if len(uit) > _GEZIEN_DEEL:
        return
    if _gezien_omvang + len(uit) + len(sleutel[3]) > _GEZIEN_TOTAAL:
        _GEZIEN.clear()
        _gezien_omvang = 0
    _GEZIEN[sleutel] = uit
    _gezien_omvang += len(uit) + len(sleutel[3])


class _Lezer(Protocol):
    def read(self, info: zipfile.ZipInfo) -> bytes: ...


def pak_uit(data: bytes, zf: _Lezer, info: zipfile.ZipInfo) -> bytes:
    """One part inflated straight from the file's bytes (in C), stopping at the size the
    directory declares and checking that size and the CRC. Anything this fast path does not
    accept (another method, a local header that does not match, a size or CRC that is off, bad
    deflate data) goes through zipfile's own reader, which raises on a broken part. A part
    this fast path accepted before, with the same packed bytes, size and CRC, is not inflated
    again (:data:`_GEZIEN`)."""
    if (
        info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        and not info.flag_bits & _FLAGS_NIET_SNEL
    ):
        ruw = _ruw(data, info)
        if ruw is not None:
            sleutel = (info.compress_type, info.file_size, info.CRC, ruw)
            uit = _GEZIEN.get(sleutel)
            if uit is not None:
                return uit
            for bibliotheek in (None,) if info.compress_type == zipfile.ZIP_STORED else _INFLATE:
                uit = ruw if bibliotheek is None else _inflate(bibliotheek, ruw, info.file_size)
                if uit is not None and len(uit) == info.file_size and _crc32(uit) == info.CRC:
                    _onthoud(sleutel, uit)
                    return uit
    return zf.read(info)


# A zip written by :func:`opgeslagen_zip` (APPNOTE 4.3.7, 4.3.12, 4.3.16): the local and the
# central header of a part share these fields (version 2.0, flags, method, time, date, CRC,
# sizes, name length, no extra field).
_GEDEELD = struct.Struct("<5H3I2H")
_KOP_LOKAAL = b"PK\x03\x04"
_KOP_CENTRAAL = b"PK\x01\x02\x14\x00"  # made by version 2.0
_POSITIE = struct.Struct("<10xI")  # no comment, disk 0, no attributes; the local header's place
_EINDE = struct.Struct("<4s4H2IH")
_DATUM_1980 = (1 << 5) | 1  # 1 January 1980, DOS format: a valid date, none is needed
_UNICODE_PAD = struct.pack("<H", 0x7075)  # Info-ZIP Unicode Path extra field


def opgeslagen_zip(
    bestand: Bestand,
    namen: Collection[str] = (),
    bewerk: Callable[[bytes], bytes] | None = None,
    invoegingen: Mapping[int, tuple[int, bytes]] | None = None,
) -> bytes | None:
    """The workbook again as a zip of the very parts checked here, stored instead of deflated
    (issue 13: calamine inflated every part it reads a second time, ~0.5 ms per workbook;
    writing this costs a fifth of that). Same names, same order, same contents: the parts an
    XML parser may read are the bytes inflated, CRC-checked and looked at above (``bewerk``
    changes those of ``namen``; ``invoegingen`` puts bytes at a place in a part, by its index
    in ``bestand.infos``, without copying the part first),
    every other part is copied packed as it was. None when that
    cannot be shown to be the same zip for calamine (a part whose local header does not
    match; a name that a Unicode Path extra field may override; a part packed other than
    stored or deflated, which calamine's zip refuses where zipfile reads it): then calamine
    reads the file itself, as before."""
    stukken: list[bytes] = []
    centraal: list[bytes] = []
    positie = 0
    gedeeld = _GEDEELD.pack
    invoegingen = invoegingen or {}
    for index, (info, inhoud) in enumerate(zip(bestand.infos, bestand.inhouden, strict=True)):
        if info.extra and _UNICODE_PAD in info.extra:
            return None
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return None
        if inhoud is None:
            ruw = _ruw(bestand.data, info)
            if ruw is None or len(ruw) != info.compress_size:
                return None
            # Copied packed; the deflate level bits kept (encrypted parts were refused).
            vlag, methode, crc = 0x800 | info.flag_bits & 0x6, info.compress_type, info.CRC
            grootte = info.file_size
        else:
            # The CRC was checked when the part was inflated (pak_uit, or zipfile's reader):
            # only a part changed here needs its own.
            crc = info.CRC
            if bewerk is not None and info.filename in namen:
                inhoud = bewerk(inhoud)
                crc = zlib.crc32(inhoud)
            ruw = inhoud
            vlag, methode, grootte = 0x800, zipfile.ZIP_STORED, len(inhoud)
        stuk: tuple[bytes, ...] = (ruw,)
        if inhoud is not None and index in invoegingen:
            # issue 13: written in pieces, not joined first. (Tried: the CRC from the part's
            # own with crc32_combine instead of reading it again: no faster, per-call costs.)
            plek, extra = invoegingen[index]
            if not 0 <= plek <= len(inhoud):
                raise ValueError(f"invoegplek {plek} buiten {info.filename}")
            stuk = (inhoud[:plek], extra, inhoud[plek:])
            crc = _crc32(stuk[2], _crc32(extra, _crc32(stuk[0])))
            grootte = len(inhoud) + len(extra)
        gepakt = grootte if len(stuk) > 1 else len(ruw)
        # The name in UTF-8 (flag 0x800): as zipfile, and calamine's zip, decoded it.
        naam = info.orig_filename.encode("utf-8")
        velden = gedeeld(20, vlag, methode, 0, _DATUM_1980, crc, gepakt, grootte, len(naam), 0)
        stukken += (_KOP_LOKAAL, velden, naam, *stuk)
        centraal += (_KOP_CENTRAAL, velden, _POSITIE.pack(positie), naam)
        positie += 30 + len(naam) + gepakt
    aantal = len(bestand.infos)
    omvang = sum(map(len, centraal))
    einde = _EINDE.pack(b"PK\x05\x06", 0, 0, aantal, aantal, omvang, positie, 0)
    return b"".join([*stukken, *centraal, einde])
