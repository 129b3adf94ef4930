"""Look at a file before openpyxl reads anything: refuse what is not a safe Wijkplan workbook.

openpyxl opens the zip with no size limit (a 199 KB file can hold 200 MB of XML, see
NOTES.md), so the sizes and compression ratios are checked here from the zip's central
directory, which costs nothing. Python's zipfile stops at the declared size and checks the
CRC, so a directory that lies about sizes makes the read fail instead of growing.

XML entity tricks (billion laughs, external entities) are stopped by defusedxml inside
openpyxl; :func:`vereis_defusedxml` makes sure it is really in use.
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
import zlib
from pathlib import Path

from defusedxml import ElementTree

from exports.bestandsreden import reden
from exports.xlsx_meldingen import Melding, fout

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
_ZIP_MAGIC = b"PK\x03\x04"
_VERSLEUTELD = "EncryptionInfo".encode("utf-16-le")
VEREISTE_DELEN = ("[Content_Types].xml", "xl/workbook.xml")
# Row elements per sheet before openpyxl sees it: without a <dimension>, openpyxl's read-only
# mode parses a whole sheet just to size it (100,000 rows: 30 s), so count them first, in C.
MAX_RIJ_ELEMENTEN = 50_000
_RIJ = re.compile(rb"<(?:\w+:)?row[\s>/]")
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def vereis_defusedxml() -> None:
    """openpyxl uses defusedxml only when it is installed, silently (NOTES.md): insist."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise RuntimeError(
            "defusedxml is niet geïnstalleerd: Excel-bestanden van buiten worden niet gelezen"
        )


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def controleer_bestand(path: str | os.PathLike[str]) -> list[Melding]:
    """Refusals (empty list: the file may be opened by openpyxl)."""
    p = Path(path)
    try:
        grootte = p.stat().st_size
        with p.open("rb") as fh:
            kop = fh.read(8)
    except OSError as exc:
        return [fout("", f"kan niet worden gelezen ({reden(exc)})")]
    if grootte == 0:
        return [fout("", "het bestand is leeg")]
    if grootte > MAX_BESTAND:
        return [
            fout("", f"het bestand is te groot ({_mb(grootte)}; ten hoogste {_mb(MAX_BESTAND)})")
        ]
    if kop == _OLE_MAGIC:
        return [fout("", _ole_bericht(p))]
    if not kop.startswith(_ZIP_MAGIC):
        return [fout("", "is geen Excel-werkmap (.xlsx): het is geen zip-bestand")]
    try:
        with zipfile.ZipFile(p) as zf:
            meldingen = _controleer_delen(zf.infolist())
            return meldingen or _tel_rijen(zf)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        return [fout("", f"is geen geldige Excel-werkmap: het zip-bestand is beschadigd ({exc})")]


def _ole_bericht(p: Path) -> str:
    # An encrypted .xlsx is an OLE container with an "EncryptionInfo" stream; so is nothing else
    # we are likely to get. The rest is an old binary .xls (or .doc).
    with p.open("rb") as fh:
        inhoud = fh.read(MAX_BESTAND)
    if _VERSLEUTELD in inhoud:
        return (
            "is beveiligd met een wachtwoord; sla de werkmap zonder wachtwoord op "
            "en importeer opnieuw"
        )
    return "is een oud Excel-bestand (.xls) of ander Office-bestand, geen .xlsx-werkmap"


def _controleer_delen(delen: list[zipfile.ZipInfo]) -> list[Melding]:
    if len(delen) > MAX_DELEN:
        return [fout("", f"de werkmap bestaat uit {len(delen)} delen; dat is geen plan")]
    namen = {d.filename for d in delen}
    ontbreekt = [n for n in VEREISTE_DELEN if n not in namen]
    if ontbreekt:
        return [
            fout(
                "",
                "is geen Excel-werkmap (.xlsx): "
                f"{', '.join(ontbreekt)} ontbreekt in het zip-bestand",
            )
        ]
    totaal = 0
    for d in delen:
        totaal += d.file_size
        if d.flag_bits & 0x1:
            return [fout("", "is versleuteld (zip met wachtwoord)")]
        if d.file_size > MAX_DEEL:
            return [fout("", f"{d.filename} is uitgepakt {_mb(d.file_size)}; te groot (zip-bom?)")]
        if d.file_size > VERHOUDING_VANAF and d.file_size > MAX_VERHOUDING * max(
            d.compress_size, 1
        ):
            return [
                fout(
                    "",
                    f"{d.filename} is {d.file_size // max(d.compress_size, 1)}× samengeperst; "
                    "dit is een zip-bom, geen werkmap",
                )
            ]
    if totaal > MAX_UITGEPAKT:
        return [fout("", f"de werkmap is uitgepakt {_mb(totaal)}; te groot (zip-bom?)")]
    return []


def bladnamen(zf: zipfile.ZipFile) -> dict[str, str]:
    """Zip part → sheet name, from workbook.xml and its relationships (small, parsed safely)."""
    try:
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # broken or hostile: openpyxl will refuse it with its own message
        return {}
    doelen = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", _NS)}
    uit = {}
    for blad in workbook.iterfind("m:sheets/m:sheet", _NS):
        doel = doelen.get(blad.get(f"{{{_NS['r']}}}id"), "")
        deel = doel.lstrip("/") if doel.startswith("/") else f"xl/{doel}"
        uit[deel] = blad.get("name", deel)
    return uit


def _tel_rijen(zf: zipfile.ZipFile) -> list[Melding]:
    namen = bladnamen(zf)
    for info in zf.infolist():
        if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
            continue
        aantal, rest = 0, b""
        with zf.open(info) as fh:
            while blok := fh.read(1 << 20):
                stuk = rest + blok
                aantal += len(_RIJ.findall(stuk))
                # Keep a tail so a tag split over two blocks is counted once, in the next one.
                rest = stuk[-16:]
                aantal -= len(_RIJ.findall(rest))
                if aantal > MAX_RIJ_ELEMENTEN:
                    blad = namen.get(info.filename, info.filename)
                    return [
                        fout(
                            blad,
                            f"meer dan {MAX_RIJ_ELEMENTEN:,} rijen; dat is geen plan".replace(
                                ",", "."
                            ),
                        )
                    ]
    return []
