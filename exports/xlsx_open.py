"""Open an imported workbook for reading its cell values, with python-calamine (issue 13).

openpyxl spent ~93 % of an import parsing XML in Python; calamine (Rust) reads the same values
~25× faster. openpyxl stays the writer. What the cell layer (:mod:`exports.xlsx_tabel`,
:mod:`exports.xlsx_cellen`) gets is unchanged: ``wb.sheetnames``, ``wb[naam].iter_rows(
values_only=True)`` giving one tuple per row from row 1 and column A, ``None`` for an empty
cell, text as it is stored in the file (OOXML ``_xHHHH_`` escapes still in it), int for a
whole number, float otherwise. Where calamine differs from openpyxl this module makes up for it:

- calamine already decodes ``_xHHHH_``; :func:`exports.xlsx_tekst.unescape` runs later, so the
  text is escaped again here (``unescape(escape(t)) == t``), else a literal "_x000D_" that a
  user typed would come out as a carriage return.
- an error cell (``#N/A``) comes out empty; the raw scan (:mod:`exports.xlsx_scan`) found its
  text, which is put back, so a refusal still names it.
- every number is a float; a whole one below 2**53 becomes an int, as openpyxl gave it (the
  messages show "1000", not "1000.0"). Amounts are taken from the float's shortest repr
  (:mod:`exports.xlsx_cellen`): exact for every amount with at most 15 significant digits,
  so for every cent amount up to 999.999.999,99.

Safety stays in front: :mod:`exports.xlsx_safety` has looked at the zip, refused DTDs and
entities in every XML part and bounded the cells a sheet may address (calamine allocates the
whole rectangle up to the farthest cell) before this runs. calamine reads the very parts it
checked: inflated there once, handed over stored (:func:`exports.xlsx_zip.opgeslagen_zip`),
each plain sheet with an empty ``<mergeCells>`` in front of its cells so that calamine reads it
once, not twice (:mod:`exports.xlsx_samengevoegd`).
calamine itself does not expand entities either (tests/excel/test_xlsx_hostile.py shows it on
the hostile corpus).
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from exports.xlsx_safety import Bestand
from exports.xlsx_samengevoegd import LEGE_SAMENVOEGING, invoegplek
from exports.xlsx_tekst import escape
from exports.xlsx_zip import opgeslagen_zip

log = logging.getLogger(__name__)

_EXACT_GEHEEL = 2**53  # every integer below this is a float exactly


def waarde(v: Any) -> Any:
    """A cell as calamine gives it → as the cell layer expects it (see the module text).
    Called only for the cells the importer reads (issue 13: not for every cell of a sheet)."""
    if v.__class__ is str:
        if not v:
            return None
        return escape(v) if ("_x" in v or "\r" in v) else v
    if v.__class__ is float and v.is_integer() and -_EXACT_GEHEEL < v < _EXACT_GEHEEL:
        return int(v)
    return v


class Blad:
    """One worksheet's values, read at once (xlsx_safety has bounded its size). ``rijen`` are
    calamine's own values (converted per cell with :func:`waarde`), error cells filled in."""

    def __init__(self, rijen: list[list[Any]], fouten: dict[str, str] | None = None) -> None:
        self.rijen = rijen
        if fouten:
            _zet_fouten(rijen, fouten)

    def reset_dimensions(self) -> None:
        """Nothing to do: calamine reads every cell, whatever <dimension> the file declares."""

    def iter_rows(self, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        if not values_only:
            raise NotImplementedError("alleen waarden")
        for rij in self.rijen:
            yield tuple(waarde(v) for v in rij)


def _zet_fouten(rijen: list[list[Any]], fouten: dict[str, str]) -> None:
    """Put an error cell's text (``#N/A``, from the raw scan) where calamine left it empty."""
    for ref, tekst in fouten.items():
        letters = ref.rstrip("0123456789")
        nr = int(ref[len(letters) :])
        kolom = 0
        for letter in letters:
            kolom = kolom * 26 + ord(letter) - 64
        if 1 <= nr <= len(rijen) and kolom - 1 < len(rijen[nr - 1]):
            rijen[nr - 1][kolom - 1] = tekst


_T_ZONDER_PRESERVE = re.compile(rb"<((?:\w+:)?t)((?:\s(?![^>]*preserve)[^>]*)?)>")


def _preserve(inhoud: bytes) -> bytes:
    return _T_ZONDER_PRESERVE.sub(rb'<\1\2 xml:space="preserve">', inhoud)


def _met_preserve(data: bytes, delen: set[str]) -> io.BytesIO:
    """The workbook with xml:space="preserve" on every <t> of ``delen``: calamine trims the
    white space around text without it, where XML (and openpyxl, Excel, LibreOffice) keep
    it; openpyxl itself writes a text of only white space without the attribute."""
    uit = io.BytesIO()
    bron = zipfile.ZipFile(io.BytesIO(data))
    with bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_STORED) as doel:
        for info in bron.infolist():
            inhoud = bron.read(info)
            if info.filename in delen:
                inhoud = _preserve(inhoud)
            doel.writestr(info.filename, inhoud)
    uit.seek(0)
    return uit


def _bron(data: bytes, witruimte: set[str] | None, bestand: Bestand | None) -> io.BytesIO:
    """What calamine opens: the parts xlsx_safety inflated and checked, stored (issue 13:
    calamine would inflate each again), or the file's bytes when that zip cannot be made.
    Each sheet shown to be plain gets the empty <mergeCells> that spares calamine its second
    pass over it (:mod:`exports.xlsx_samengevoegd`)."""
    if bestand is not None and bestand.infos and bestand.data is data:
        wit = witruimte or set()
        # A part given xml:space is no longer the part the grammar matched: read twice.
        invoegingen = {
            i: (invoegplek(bestand.inhouden[i] or b""), LEGE_SAMENVOEGING)
            for i in bestand.een_pass
            if bestand.infos[i].filename not in wit
        }
        opgeslagen = opgeslagen_zip(bestand, wit, _preserve if wit else None, invoegingen)
        if opgeslagen is not None:
            return io.BytesIO(opgeslagen)
    return _met_preserve(data, witruimte) if witruimte else io.BytesIO(data)


class Werkmap:
    """The sheets of an imported workbook, by name; close it after use."""

    def __init__(
        self,
        bron: bytes | str | os.PathLike[str],
        fouten: dict[str, dict[str, str]],
        witruimte: set[str] | None = None,
        pad: str | os.PathLike[str] | None = None,
        bestand: Bestand | None = None,
    ) -> None:
        from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

        # The bytes xlsx_safety checked are the bytes parsed (and hashed): no second read.
        if not isinstance(bron, bytes):
            pad = bron
        data = bron if isinstance(bron, bytes) else Path(bron).read_bytes()
        try:
            self._wb = CalamineWorkbook.from_filelike(_bron(data, witruimte, bestand))
        except CalamineError:
            if pad is None:
                raise
            # Guessing the format from bytes, calamine only says "Cannot detect file format";
            # opened by its .xlsx name it says what is wrong (bad XML, an undeclared entity).
            # Only on this error path, for the message; the file is refused either way.
            CalamineWorkbook.from_path(os.fspath(pad)).close()
            raise
        # Chart and macro sheets hold no plan data (openpyxl's reader skipped them too).
        self.sheetnames: list[str] = [
            m.name for m in self._wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet
        ]
        self._fouten = fouten

    def __getitem__(self, naam: str) -> Blad:
        if naam not in self.sheetnames:
            raise KeyError(naam)
        rijen = self._wb.get_sheet_by_name(naam).to_python(skip_empty_area=False)
        return Blad(rijen, self._fouten.get(naam))

    def close(self) -> None:
        self._wb.close()


def open_werkmap(
    path: bytes | str | os.PathLike[str],
    foutwaarden: dict[str, dict[str, str]] | None = None,
    witruimte: set[str] | None = None,
    pad: str | os.PathLike[str] | None = None,
    bestand: Bestand | None = None,
) -> Werkmap:
    """The workbook's values, from its bytes or its path (``foutwaarden``: sheet → cell →
    error text; ``witruimte``: parts with white space calamine would trim; both from
    :mod:`exports.xlsx_scan`; ``pad``: the file, for a clearer message when it is broken;
    ``bestand``: what :func:`exports.xlsx_safety.lees_bestand` read of those bytes, whose
    inflated parts calamine then reads without inflating them again)."""
    return Werkmap(path, foutwaarden or {}, witruimte, pad, bestand)
