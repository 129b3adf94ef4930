"""Look at a file before openpyxl reads anything: refuse what is not a safe Wijkplan workbook.

openpyxl opens the zip with no size limit (a 199 KB file can hold 200 MB of XML, see
NOTES.md), so the sizes and compression ratios are checked here from the zip's central
directory, which costs nothing. Each part is then inflated once (:func:`pak_uit`: zlib stops
at the declared size and the CRC is checked; anything unusual goes through zipfile, which does
the same), so a directory that lies about sizes makes the read fail instead of growing. The
file is read once (:func:`lees_bestand`); the scan, calamine and the SHA-256 use those bytes.

XML entity tricks (billion laughs, external entities): the workbook's cells are read by
python-calamine (issue 13), whose XML parser does not expand entities; all the same, every XML
part is refused here when it holds a DTD or entity declaration (OOXML packages never do), so
no parser gets to see one. The two small parts parsed here (the sheet names) go through expat
hardened the way defusedxml hardens it (:mod:`exports.xlsx_bladnamen`).

calamine keeps a sheet as one rectangle from A1 to the farthest cell it addresses: a 1 KB sheet
with a cell at XFD1048576 would need 17 billion cells. The rows and the farthest cell of every
sheet are therefore bounded here, from the raw XML, before anything parses it.

Speed (issue 13): one RE2 pass over a sheet (:func:`_soorten`, in :mod:`exports.xlsx_soorten`)
tells which of the exact checks here and in :mod:`exports.xlsx_scan` can find anything; the
others are left out, having nothing to find. The same pass tells which sheets calamine may read
once instead of twice (:attr:`Bestand.een_pass`, :mod:`exports.xlsx_samengevoegd`). calamine
then reads the parts inflated and checked here, stored in a zip written once
(:func:`opgeslagen_zip`), instead of inflating them again.
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from exports.bestandsreden import reden
from exports.xlsx_bladnamen import _bladnamen, bladnamen  # noqa: F401 (bladnamen: callers)
from exports.xlsx_meldingen import Melding, fout_code
from exports.xlsx_soorten import (  # noqa: F401 (the kinds: exports.xlsx_scan and the tests)
    ALLE,
    ANDERE_TAG,
    FORMULE,
    FOUTCEL,
    RAND_WIT,
    VERRE_REF,
    VOORVOEGSEL,
    VREEMD_GETAL,
    _re2_set,
    _soorten,
    _soorten_en_bewijs,
    met_voorvoegsel,
)
from exports.xlsx_zip import ZIP_MAGIC, Map, lees_map, pak_uit

log = logging.getLogger(__name__)

# A real plan workbook is well under 5 MB unpacked; 2,000 budget lines × 4 years stays far below.
MAX_BESTAND = 50 * 1024 * 1024
MAX_UITGEPAKT = 100 * 1024 * 1024
MAX_DEEL = 60 * 1024 * 1024
MAX_DELEN = 1000
# XML compresses 5–20×; a part packed more than 100× (and big) is a bomb, not a spreadsheet.
MAX_VERHOUDING = 100
VERHOUDING_VANAF = 1024 * 1024

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

_VERSLEUTELD = "EncryptionInfo".encode("utf-16-le")
VEREISTE_DELEN = ("[Content_Types].xml", "xl/workbook.xml")
# Row elements per sheet before openpyxl sees it: without a <dimension>, openpyxl's read-only
# mode parses a whole sheet just to size it (100,000 rows: 30 s), so count them first, in C.
MAX_RIJ_ELEMENTEN = 50_000
_RIJ = re.compile(rb"<(?:\w+:)?row[\s>/]")
# The rectangle a sheet spans (calamine allocates it whole): far more than a plan needs
# (2,000 budget lines × 14 columns is 28,000 cells), far less than a machine can hold.
MAX_KOLOMMEN = 200
MAX_CELLEN = 2_000_000
# Only references beyond column Z or row 9,999 need a closer look: C-speed, nearly no hits.
# XML allows r = 'A1' too. Starting with the literal r lets the regex engine skip ahead fast;
# a hit is an r attribute only when white space precedes it (checked in Python: hits are rare).
_VERRE_KOLOM = re.compile(rb"""r\s*=\s*["']([A-Z]{2,3})[0-9]""")
_VERRE_RIJ = re.compile(rb"""r\s*=\s*["'][A-Z]{0,3}([0-9]{5,})["']""")
# Both at once: a position where either matches (the look-ahead), its letters, all its digits
# and the quote after them (empty when none). Neither pattern's match holds a lower-case r
# after its first, so matches never overlap and finditer finds every position of both.
_VERRE_REF = re.compile(
    rb"""r\s*=\s*["'](?=[A-Z]{2,3}[0-9]|[A-Z]{0,3}[0-9]{5,}["'])([A-Z]{0,3})([0-9]*)(["']?)"""
)
_CEL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_CEL_MET_REF = re.compile(rb"""<(?:\w+:)?c\s[^>]*?(?<=\s)r\s*=\s*["']""")
_RIJ_MET_REF = re.compile(rb"""<(?:\w+:)?row\s[^>]*?(?<=\s)r\s*=\s*["']""")
_RIJ_INHOUD = re.compile(rb"<(?:\w+:)?row[\s>/].*?</(?:\w+:)?row>", re.DOTALL)
# A DTD or entity declaration (<!DOCTYPE, <!ENTITY …), in UTF-8 or UTF-16: never in OOXML.
_DECLARATIE = re.compile(rb"<!\s*[A-Za-z]|<\x00!\x00|\x00<\x00!")
def vereis_defusedxml() -> None:
    """openpyxl uses defusedxml only when it is installed, silently (NOTES.md): insist."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise RuntimeError(
            "defusedxml is niet geïnstalleerd: Excel-bestanden van buiten worden niet gelezen"
        )


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


@dataclass
class Bestand:
    """A workbook file read once: its bytes, the refusals (empty: it may be parsed), and for
    :mod:`exports.xlsx_scan` the inflated sheet and shared-string parts, so that no part is
    inflated twice (issue 13: every pass over the zip was paid again per check)."""

    data: bytes = b""
    meldingen: list[Melding] = field(default_factory=list)
    bladen: dict[str, str] = field(default_factory=dict)  # zip part → sheet name
    delen: dict[str, bytes] = field(default_factory=dict)  # sheet parts and shared strings
    met_voorvoegsel: set[str] = field(default_factory=set)  # parts of delen with x:c etc.
    # Every part in the directory's order with its bytes as inflated and checked here (None: a
    # part no XML parser reads, an image): calamine gets them stored (:func:`opgeslagen_zip`).
    infos: list[zipfile.ZipInfo] = field(default_factory=list)
    inhouden: list[bytes | None] = field(default_factory=list)
    # Per part of delen: what the exact checks may find in it (:func:`_soorten`).
    mogelijk: dict[str, frozenset[int]] = field(default_factory=dict)
    # Indices (in infos) of the sheets calamine may read in one pass (issue 13,
    # :mod:`exports.xlsx_samengevoegd`): each matched EEN_PASS in the RE2 pass.
    een_pass: set[int] = field(default_factory=set)


def controleer_bestand(path: str | os.PathLike[str]) -> list[Melding]:
    """Refusals (empty list: the file may be opened)."""
    return lees_bestand(path).meldingen


def lees_bestand(path: str | os.PathLike[str]) -> Bestand:
    """Read the file once and check it before any parser sees it; never raises."""
    p = Path(path)
    try:
        grootte = p.stat().st_size
        if grootte > MAX_BESTAND:
            return Bestand(
                meldingen=[
                    fout_code("", "TE_GROOT", grootte=_mb(grootte), maximum=_mb(MAX_BESTAND))
                ]
            )
        # Read at most MAX_BESTAND + 1 bytes: the file may have grown since stat(). Asked for
        # the size stat() gave plus one first: read(n) allocates n bytes up front, so asking
        # for MAX_BESTAND + 1 at once made every 40 KB workbook allocate 50 MB (issue 13).
        with p.open("rb") as fh:
            data = fh.read(grootte + 1)
            if len(data) > grootte:  # it grew: the rest, up to the same limit as before
                data += fh.read(MAX_BESTAND + 1 - len(data))
    except OSError as exc:
        return Bestand(meldingen=[fout_code("", "ONLEESBAAR", reden=reden(exc))])
    bestand = Bestand(data)
    bestand.meldingen = _controleer_data(data, bestand)
    return bestand


def _controleer_data(data: bytes, bestand: Bestand) -> list[Melding]:
    if not data:
        return [fout_code("", "LEEG")]
    if len(data) > MAX_BESTAND:
        return [
            fout_code("", "TE_GROOT", grootte=_mb(len(data)), maximum=_mb(MAX_BESTAND))
        ]
    kop = data[:8]
    if kop == _OLE_MAGIC:
        return [fout_code("", _ole_code(data))]
    if not kop.startswith(ZIP_MAGIC):
        return [fout_code("", "GEEN_ZIP")]
    try:
        zf = lees_map(data)  # issue 13: the directory read with struct where it can be
        meldingen = _controleer_delen(zf.infolist())
        return meldingen or _controleer_xml(data, zf, bestand)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        zlib.error,
        NotImplementedError,
    ) as exc:
        return [fout_code("", "ZIP_BESCHADIGD", reden=str(exc))]


def _ole_code(inhoud: bytes) -> str:
    # An encrypted .xlsx is an OLE container with an "EncryptionInfo" stream; so is nothing else
    # we are likely to get. The rest is an old binary .xls (or .doc).
    return "WACHTWOORD" if _VERSLEUTELD in inhoud else "OUD_XLS"


def _controleer_delen(delen: list[zipfile.ZipInfo]) -> list[Melding]:
    if len(delen) > MAX_DELEN:
        return [fout_code("", "TE_VEEL_DELEN", aantal=len(delen))]
    namen = {d.filename for d in delen}
    ontbreekt = [n for n in VEREISTE_DELEN if n not in namen]
    if ontbreekt:
        return [fout_code("", "DEEL_ONTBREEKT", delen=", ".join(ontbreekt))]
    totaal = 0
    for d in delen:
        totaal += d.file_size
        if d.flag_bits & 0x1:
            return [fout_code("", "ZIP_VERSLEUTELD")]
        if d.file_size > MAX_DEEL:
            return [fout_code("", "DEEL_TE_GROOT", deel=d.filename, grootte=_mb(d.file_size))]
        if d.file_size > VERHOUDING_VANAF and d.file_size > MAX_VERHOUDING * max(
            d.compress_size, 1
        ):
            verhouding = d.file_size // max(d.compress_size, 1)
            return [fout_code("", "ZIP_BOM", deel=d.filename, verhouding=verhouding)]
    if totaal > MAX_UITGEPAKT:
        return [fout_code("", "UITGEPAKT_TE_GROOT", grootte=_mb(totaal))]
    return []


def _kolom_nummer(letters: bytes) -> int:
    n = 0
    for b in letters:
        n = n * 26 + b - 64
    return n


def _is_blad(naam: str, bladen: dict[str, str]) -> bool:
    return naam in bladen or (naam.startswith("xl/worksheets/") and naam.endswith(".xml"))


def _te_lezen(naam: str, bladen: dict[str, str]) -> bool:
    """Parts an XML parser may see: every .xml and .rels part, and whatever a sheet points to."""
    return naam.endswith((".xml", ".rels")) or naam in bladen


def _is_gedeeld(naam: str) -> bool:
    return naam.lower().endswith("sharedstrings.xml")


def _controleer_xml(data: bytes, zf: Map, bestand: Bestand) -> list[Melding]:
    """One pass over the parts, each inflated once: no DTD or entity declaration in any part;
    per sheet the rows, columns and cells bounded. Sheets and shared strings are kept in
    ``bestand`` for the scan."""
    infos = zf.infolist()
    per_naam = {i.filename: i for i in infos}
    inhouden: list[bytes | None] = [None] * len(infos)
    # The sheet names first (workbook.xml and its relationships, after their own DTD check).
    vooraf: dict[str, bytes] = {}
    for naam in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if naam in per_naam:
            xml = pak_uit(data, zf, per_naam[naam])
            if _heeft_declaratie(xml):
                return [fout_code("", "VERBODEN_XML")]
            vooraf[naam] = xml
    namen = _bladnamen(vooraf.get("xl/workbook.xml"), vooraf.get("xl/_rels/workbook.xml.rels"))
    bestand.bladen = namen
    for index, info in enumerate(infos):
        naam = info.filename
        if not _te_lezen(naam, namen):
            continue
        xml = vooraf.get(naam) if naam in vooraf and per_naam[naam] is info else None
        if xml is None:
            xml = pak_uit(data, zf, info)
            if _heeft_declaratie(xml):
                return [fout_code("", "VERBODEN_XML")]
        inhouden[index] = xml
        if _is_blad(naam, namen):
            voorvoegsel, soorten, bewezen = _soorten_en_bewijs(xml)
            if bewezen:
                bestand.een_pass.add(index)
            melding = _controleer_blad(xml, namen.get(naam, naam), voorvoegsel, soorten)
            if melding:
                return [melding]
        elif _is_gedeeld(naam):
            voorvoegsel, soorten = _soorten(xml)
        else:
            continue
        bestand.delen[naam] = xml
        if voorvoegsel:
            bestand.met_voorvoegsel.add(naam)
        # A name twice in the zip: the scan reads the last part, with the slow patterns when
        # any part of that name had a prefix.
        bestand.mogelijk[naam] = ALLE if naam in bestand.met_voorvoegsel else soorten
    bestand.infos, bestand.inhouden = infos, inhouden
    return []


def _heeft_declaratie(xml: bytes) -> bool:
    """A DTD or entity declaration. Every one holds a "!" right after "<" (or "<\\0" in
    UTF-16); "!" is rare in a sheet, and memchr finds it, so only a "<!" is looked at closer.
    The regular expression searched from the first such "!" on finds any declaration from
    there, and none can start before it. Text full of "!" falls back to that search at once."""
    i = xml.find(b"!")
    for _ in range(_MAX_UITROEPTEKENS):
        if i < 0:
            return False
        if i > 0 and (xml[i - 1] == 0x3C or (i > 1 and xml[i - 1] == 0 and xml[i - 2] == 0x3C)):
            return _DECLARATIE.search(xml, max(0, i - 3)) is not None
        i = xml.find(b"!", i + 1)
    return i >= 0 and _DECLARATIE.search(xml, max(0, i - 3)) is not None


_MAX_UITROEPTEKENS = 1000


def _controleer_blad(
    xml: bytes, blad: str, voorvoegsel: bool = True, soorten: frozenset[int] | None = None
) -> Melding | None:
    if soorten is None or voorvoegsel or ANDERE_TAG in soorten:
        rijen, rijen_met_ref, cellen, met_ref = _tellingen(xml, voorvoegsel)
    else:
        # Every row and cell tag is '<row r="' / '<c r="' (what _tellingen's fast path counts
        # then). Each such row holds 8 bytes: a part shorter than 8 × (maximum + 1) cannot
        # hold too many, so only a longer one is counted (issue 13).
        rijen = rijen_met_ref = cellen = met_ref = 0
        if len(xml) >= 8 * (MAX_RIJ_ELEMENTEN + 1):
            rijen = rijen_met_ref = xml.count(b'<row r="')
    if rijen > MAX_RIJ_ELEMENTEN:
        return fout_code(blad, "TE_VEEL_RIJEN", maximum=_punten(MAX_RIJ_ELEMENTEN))
    if soorten is None or VERRE_REF in soorten:
        verste_kolom, verste_rij = _verste(xml)
    else:
        verste_kolom = verste_rij = 0
    breedste = _breedste_zonder_ref(xml) if cellen != met_ref else 0
    return _rechthoek(blad, rijen - rijen_met_ref, breedste, verste_rij, verste_kolom)


def _verste(xml: bytes) -> tuple[int, int]:
    """The farthest column and row any ``r`` attribute of the part names."""
    verste_kolom = verste_rij = 0
    # One pass finding where either _VERRE_KOLOM or _VERRE_RIJ matches (issue 13: two passes
    # cost twice); each hit is then taken for what that pattern would have read from it.
    for m in _VERRE_REF.finditer(xml):
        if not _attribuut(xml, m.start()):
            continue
        letters, cijfers, aanhaling = m.groups()
        if len(letters) >= 2 and cijfers:  # _VERRE_KOLOM: [A-Z]{2,3} then a digit
            verste_kolom = max(verste_kolom, _kolom_nummer(letters))
        if len(cijfers) >= 5 and aanhaling:  # _VERRE_RIJ: [A-Z]{0,3}, 5+ digits, a quote
            verste_rij = max(verste_rij, int(cijfers))
    return verste_kolom, verste_rij


def _attribuut(stuk: bytes, positie: int) -> bool:
    """The ``r`` at ``positie`` starts an attribute name (white space before it)."""
    return positie > 0 and stuk[positie - 1 : positie] in (b" ", b"\t", b"\n", b"\r")


def _tel(patroon: re.Pattern[bytes], stuk: bytes) -> int:
    return len(patroon.findall(stuk))


def _tellingen(stuk: bytes, voorvoegsel: bool = True) -> tuple[int, int, int, int]:
    """Rows, rows with r=, cells, cells with r= in ``stuk``. Excel, LibreOffice and openpyxl
    write ``<row r="…`` and ``<c r="…``: when no other start tag of a row or cell exists (one
    pass), the rows are counted with bytes.count and every cell has its reference; anything
    else takes the regular expressions (exact, slower)."""
    if not voorvoegsel and not _ANDERE_TAG.search(stuk):
        rijen = stuk.count(b'<row r="')
        return rijen, rijen, 0, 0
    return (
        len(_RIJ.findall(stuk)),
        len(_RIJ_MET_REF.findall(stuk)),
        len(_CEL.findall(stuk)),
        len(_CEL_MET_REF.findall(stuk)),
    )


# A row or cell start tag (without prefix) that is not followed by exactly ' r="'.
_ANDERE_TAG = re.compile(rb'<(?:row|c)(?:[\t\n\r>/]| (?!r="))')


def _punten(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _breedste_zonder_ref(data: bytes) -> int:
    """Most cells without a reference in one row (rare: Excel, LibreOffice and openpyxl
    always write one)."""
    return max(
        (_tel(_CEL, m.group()) - _tel(_CEL_MET_REF, m.group()) for m in _RIJ_INHOUD.finditer(data)),
        default=len(_CEL.findall(data)),
    )


def _rechthoek(
    blad: str, rijen_zonder_ref: int, breedste_zonder_ref: int, verste_rij: int, verste_kolom: int
) -> Melding | None:
    """Bound the rectangle calamine will allocate from above. ``verste_rij``/``verste_kolom``
    are 0 when no reference goes beyond row 9,999 / column Z. A cell without a reference
    goes one column right of the one before it, a row without one a row down."""
    if verste_rij > MAX_RIJ_ELEMENTEN:
        return fout_code(blad, "TE_VEEL_RIJEN", maximum=_punten(MAX_RIJ_ELEMENTEN))
    hoogte = max(verste_rij, 9_999) + rijen_zonder_ref
    breedte = max(verste_kolom, 26) + breedste_zonder_ref
    if breedte > MAX_KOLOMMEN:
        return fout_code(blad, "TE_VEEL_KOLOMMEN", maximum=MAX_KOLOMMEN)
    if hoogte * breedte > MAX_CELLEN:
        return fout_code(blad, "TE_VEEL_CELLEN", maximum=_punten(MAX_CELLEN))
    return None
