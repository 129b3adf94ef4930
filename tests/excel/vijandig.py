"""A corpus of malformed and hostile files, generated from a good export (nothing checked in).

Each maker takes a good workbook and a folder and returns the path of a bad file; the test
says what message the importer must give.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

Maker = Callable[[Path, Path], Path]


def _herpak(goed: Path, uit: Path, vervang: dict[str, bytes]) -> Path:
    """A copy of the zip with some parts replaced (or added)."""
    with zipfile.ZipFile(goed) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = vervang.pop(item.filename, None)
            zout.writestr(item.filename, data if data is not None else zin.read(item.filename))
        for naam, data in vervang.items():
            zout.writestr(naam, data)
    return uit


def _blad_deel(goed: Path, blad: str) -> str:
    """The zip part name of a sheet, from the workbook's relationships."""
    wb = load_workbook(goed, read_only=True)
    index = wb.sheetnames.index(blad) + 1
    wb.close()
    return f"xl/worksheets/sheet{index}.xml"


def _bewerk(goed: Path, uit: Path, doe: Callable[[Workbook], None]) -> Path:
    wb = load_workbook(goed)
    doe(wb)
    wb.save(uit)
    return uit


def geen_zip(goed: Path, map_: Path) -> Path:
    p = map_ / "tekst.xlsx"
    p.write_text("Dit is geen werkmap, maar platte tekst.\n", encoding="utf-8")
    return p


def leeg_bestand(goed: Path, map_: Path) -> Path:
    p = map_ / "leeg.xlsx"
    p.write_bytes(b"")
    return p


def afgebroken(goed: Path, map_: Path) -> Path:
    p = map_ / "afgebroken.xlsx"
    p.write_bytes(goed.read_bytes()[: goed.stat().st_size // 2])
    return p


def zip_bom(goed: Path, map_: Path) -> Path:
    # 80 MB of spaces packs into ~80 KB: the ratio gives it away before anything is unpacked.
    deel = _blad_deel(goed, "Begroting")
    return _herpak(goed, map_ / "bom.xlsx", {deel: b" " * (80 * 1024 * 1024)})


def miljard_lachen(goed: Path, map_: Path) -> Path:
    lachen = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    return _herpak(goed, map_ / "lachen.xlsx", {_blad_deel(goed, "Begroting"): lachen})


def externe_entiteit(goed: Path, map_: Path) -> Path:
    with zipfile.ZipFile(goed) as z:
        workbook = z.read("xl/workbook.xml")
    kwaad = workbook.replace(
        b"?>", b'?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1
    ).replace(b'name="Plan"', b'name="&xxe;"', 1)
    return _herpak(goed, map_ / "xxe.xlsx", {"xl/workbook.xml": kwaad})


def ander_programma(goed: Path, map_: Path) -> Path:
    wb = Workbook()
    wb.active.append(["Gemeente", "Bedrag"])
    wb.active.append(["Utrecht", 12345])
    p = map_ / "ander.xlsx"
    wb.save(p)
    return p


def word_document(goed: Path, map_: Path) -> Path:
    p = map_ / "brief.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return p


def met_wachtwoord(goed: Path, map_: Path) -> Path:
    # An encrypted .xlsx is an OLE compound file holding an "EncryptionInfo" stream.
    kop = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    richting = "EncryptionInfo".encode("utf-16-le") + bytes(64)
    p = map_ / "wachtwoord.xlsx"
    p.write_bytes(kop + richting + bytes(4096))
    return p


def oud_xls(goed: Path, map_: Path) -> Path:
    p = map_ / "oud.xlsx"
    p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(8192))
    return p


def leeg_blad(goed: Path, map_: Path) -> Path:
    def doe(wb: Workbook) -> None:
        ws = wb["Begroting"]
        ws.delete_rows(1, ws.max_row)

    return _bewerk(goed, map_ / "leeg_blad.xlsx", doe)


def honderdduizend_rijen(goed: Path, map_: Path) -> Path:
    kop = "".join(
        f'<c r="{k}1" t="inlineStr"><is><t>{t}</t></is></c>'
        for k, t in zip("ABCD", ("Plan-id", "Wijkcode", "Naam", "Toelichting"), strict=True)
    )
    rijen = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>p</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>WK{r:06d}</t></is></c><c r="C{r}"><v>2023</v></c></row>'
        for r in range(2, 100_002)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        f'<row r="1">{kop}</row>{rijen}</sheetData></worksheet>'
    ).encode()
    return _herpak(goed, map_ / "groot.xlsx", {_blad_deel(goed, "Wijken"): xml})


def zet_cel(blad: str, cel: str, waarde: object, naam: str) -> Maker:
    def maker(goed: Path, map_: Path) -> Path:
        def doe(wb: Workbook) -> None:
            wb[blad][cel].value = waarde

        return _bewerk(goed, map_ / naam, doe)

    return maker


def bytes_van(path: Path) -> io.BytesIO:
    return io.BytesIO(path.read_bytes())
