"""Read one sheet into rows, finding columns by their header text (never by position)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from domain.money import format_bedrag
from exports.xlsx_cellen import LEZERS, CelFout, lees
from exports.xlsx_layout import MAX_RIJEN, Blad, Kolom, Soort
from exports.xlsx_meldingen import Ernst, Melding, fout_code, waarschuwing_code
from exports.xlsx_open import waarde as cel_waarde
from exports.xlsx_rijlezer import (
    KORT,
    LEEG,
    ONGELDIG,
    TEKSTSOORT,
    ascii_drukbaar,
    rijlezer_voor,
    zonder_escape,
)

Formules = dict[str, str]  # cell reference → formula text (exports.xlsx_scan)


@lru_cache(maxsize=1024)
def get_column_letter(nummer: int) -> str:
    """1 → A, 27 → AA: openpyxl's function, without importing openpyxl (and numpy) on import,
    which cost a one-file import-xlsx ~220 ms (issue 13)."""
    letters = ""
    while nummer > 0:
        nummer, rest = divmod(nummer - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Tabel:
    naam: str
    rijen: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)  # column key → column letter

    def cel(self, rij: int, sleutel: str) -> str:
        letter = self.letters.get(sleutel)
        return f"{self.naam}!{letter}{rij}" if letter else f"{self.naam}!{rij}:{rij}"


def _koppen(
    kop: tuple[Any, ...] | None, naam: str, meldingen: list[Melding]
) -> dict[str, int] | None:
    if kop is None or all(v is None for v in kop):
        meldingen.append(fout_code(naam, "KOPREGEL_ONTBREEKT"))
        return None
    index: dict[str, int] = {}
    for i, waarde in enumerate(kop):
        if isinstance(waarde, str) and waarde.strip():
            if waarde.strip() in index:
                letter = get_column_letter(i + 1)
                meldingen.append(fout_code(f"{naam}!{letter}1", "KOLOM_DUBBEL", kolom=waarde))
            index.setdefault(waarde.strip(), i)
    return index


def _toon(waarde: Any) -> str:
    if isinstance(waarde, int | float) and not isinstance(waarde, bool):
        return str(waarde).replace(".", ",")
    return f"'{waarde}'"


def lees_cel(
    waarde: Any,
    soort: Soort,
    plaats: str,
    formule: str | None,
    meldingen: list[Melding],
) -> Any:
    """One cell by its kind, saying what a reader of the workbook would not see: a formula
    (its cached value taken, with a warning; none cached: refused) and a number typed as text
    (taken, with a warning: Excel and LibreOffice leave such a cell out of their sums)."""
    if formule is not None:
        if waarde is None:
            raise CelFout("FORMULE_ZONDER_WAARDE", formule=formule)
        meldingen.append(
            waarschuwing_code(plaats, "FORMULE_OVERGENOMEN", formule=formule, waarde=_toon(waarde))
        )
    uit = lees(waarde, soort)
    getal = soort in (Soort.BEDRAG, Soort.GETAL, Soort.GEHEEL)
    if getal and isinstance(waarde, str) and uit is not None:
        genomen = format_bedrag(uit) if soort == Soort.BEDRAG else str(uit).replace(".", ",")
        meldingen.append(
            waarschuwing_code(plaats, "GETAL_ALS_TEKST", waarde=waarde, genomen=genomen)
        )
    return uit


def _rijen(ws: Any) -> tuple[list[Any] | None, Iterator[Sequence[Any]], bool]:
    """(header row, data rows, raw): calamine's own rows when the sheet has them (each cell
    converted only when it is read, :func:`exports.xlsx_open.waarde`), else openpyxl-style rows."""
    rauw = getattr(ws, "rijen", None)
    if rauw is not None:
        kop = [cel_waarde(v) for v in rauw[0]] if rauw else None
        return kop, iter(rauw[1:]), True
    # The <dimension> a file declares is not trusted (rows beyond it would be dropped silently);
    # xlsx_safety has already bounded the number of rows.
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    rijen = ws.iter_rows(values_only=True)
    eerste = next(rijen, None)
    return (list(eerste) if eerste is not None else None), rijen, False


def lees_tabel(
    ws: Any,
    naam: str,
    kolommen: tuple[Kolom, ...],
    meldingen: list[Melding],
    formules: Formules | None = None,
    bekend: tuple[str, ...] = (),
    *,
    rijlezer: bool = True,
) -> Tabel:
    """Rows of a table sheet. Derived columns are ignored; a column the format does not know
    (an assessor's own notes, or one of a later format version) is reported by name and not
    imported; a missing column is refused. ``bekend``: more headers that are not reported.
    ``rijlezer=False``: every row cell by cell (the full rule, for the property tests)."""
    formules = formules or {}
    tabel = Tabel(naam)
    # One pass over the sheet: the header row, then the data rows.
    kop, rijen, rauw = _rijen(ws)
    opzet = _opzet_van(naam, kolommen, kop, bekend, rauw and rijlezer)
    for ernst_fout, plaats, code, params in opzet.meldingen:
        maak = fout_code if ernst_fout else waarschuwing_code
        meldingen.append(maak(plaats, code, **dict(params)))
    tabel.letters.update(opzet.letters)
    if not opzet.volledig:
        return tabel
    gevonden, indices, breed, snel = opzet.gevonden, opzet.indices, opzet.breed, opzet.snel
    omzetten = cel_waarde if rauw else _zelf
    formule_rijen = _formule_rijen(formules, opzet.letterset) if formules else frozenset()
    for rijnr, waarden in enumerate(rijen, start=2):
        rij: dict[str, Any] | None = None
        if snel is not None and len(waarden) > breed and rijnr not in formule_rijen:
            rij = snel(waarden)
            if rij is LEEG:
                continue
        elif _leeg(waarden, indices):
            continue
        if len(tabel.rijen) >= MAX_RIJEN:
            maximum = f"{MAX_RIJEN:,}".replace(",", ".")
            meldingen.append(fout_code(naam, "TE_VEEL_RIJEN", maximum=maximum))
            break
        if rij is None:
            rij = _lees_rij(naam, rijnr, waarden, gevonden, formules, omzetten, meldingen)
        tabel.rijen.append((rijnr, rij))
    return tabel


_Gevonden = tuple[Kolom, int, str, Callable[[Any], Any], bool, int]


@dataclass(frozen=True)
class _Opzet:
    """What a sheet's header row means for reading its rows: the same for every workbook of
    one format version, so made once per header (issue 13, :func:`_opzet_van`)."""

    kolommen: tuple[Kolom, ...]  # (kept alive: the cache is keyed by its id)
    # (fout?, place, code, params) of each message the header gives, in order
    meldingen: tuple[tuple[bool, str, str, tuple[tuple[str, Any], ...]], ...]
    letters: dict[str, str]  # column key → letter (copied into each Tabel)
    volledig: bool  # the header is there and every column that is read was found
    gevonden: tuple[_Gevonden, ...] = ()
    indices: tuple[int, ...] = ()
    breed: int = -1  # the farthest column read
    letterset: frozenset[str] = frozenset()
    snel: Callable[[Sequence[Any]], Any] | None = None  # the compiled row reader


_OPZETTEN: dict[tuple[Any, ...], _Opzet] = {}


def _opzet_van(
    naam: str,
    kolommen: tuple[Kolom, ...],
    kop: list[Any] | None,
    bekend: tuple[str, ...],
    snel: bool,
) -> _Opzet:
    """:func:`_opzet`, remembered per (sheet, columns, header row): the header's checks, the
    columns' letters and readers and the compiled row reader were made per sheet of every
    workbook (issue 13). The key holds the columns' id, not the columns (a frozen dataclass
    hashes in Python); the entry keeps them alive and is checked to be theirs."""
    try:
        sleutel = (naam, id(kolommen), None if kop is None else tuple(kop), bekend, snel)
        opzet = _OPZETTEN.get(sleutel)
    except TypeError:  # an unhashable header value: not remembered
        return _opzet(naam, kolommen, kop, bekend, snel)
    if opzet is None or opzet.kolommen is not kolommen:
        opzet = _opzet(naam, kolommen, kop, bekend, snel)
        if len(_OPZETTEN) >= 256:  # bounded: headers come from files
            _OPZETTEN.clear()
        _OPZETTEN[sleutel] = opzet
    return opzet


def _opzet(
    naam: str,
    kolommen: tuple[Kolom, ...],
    kop: list[Any] | None,
    bekend: tuple[str, ...],
    snel: bool,
) -> _Opzet:
    """The header row checked (missing, duplicate, unknown and absent columns, each as a
    message) and the columns that are read found by their header text."""
    meldingen: list[Melding] = []
    index = _koppen(tuple(kop) if kop is not None else None, naam, meldingen)
    letters: dict[str, str] = {}
    if index is None:
        return _Opzet(kolommen, _specs(meldingen), letters, False)
    koppen = {k.kop for k in kolommen} | set(bekend)
    for kop_tekst, i in index.items():
        if kop_tekst not in koppen:
            meldingen.append(
                waarschuwing_code(
                    f"{naam}!{get_column_letter(i + 1)}1",
                    "KOLOM_NIET_GEIMPORTEERD",
                    kolom=kop_tekst,
                    blad=naam,
                )
            )
    gevonden: list[_Gevonden] = []
    for kolom in kolommen:
        if kolom.afgeleid:
            continue
        if kolom.kop not in index:
            meldingen.append(fout_code(naam, "KOLOM_ONTBREEKT", kolom=kolom.kop))
            continue
        i = index[kolom.kop]
        letter = get_column_letter(i + 1)
        getal = kolom.soort in (Soort.BEDRAG, Soort.GETAL, Soort.GEHEEL)
        tekstsoort = TEKSTSOORT.get(kolom.soort, 0)
        gevonden.append((kolom, i, letter, LEZERS[kolom.soort], getal, tekstsoort))
        letters[kolom.sleutel] = letter
    if len(gevonden) < sum(1 for k in kolommen if not k.afgeleid):
        return _Opzet(kolommen, _specs(meldingen), letters, False)
    indices = tuple(i for _, i, _, _, _, _ in gevonden)
    return _Opzet(
        kolommen,
        _specs(meldingen),
        letters,
        True,
        tuple(gevonden),
        indices,
        max(indices, default=-1),
        frozenset(letter for _, _, letter, _, _, _ in gevonden),
        # Issue 13: calamine's rows go through one function compiled for this column layout
        # (exports.xlsx_rijlezer); a row it cannot read without a message (a formula, an
        # empty required cell, a number typed as text, a refused value) is read cell by cell.
        # (No column read: every row is empty, no reader needed.)
        rijlezer_voor(tuple((k, i) for k, i, *_ in gevonden)) if snel and gevonden else None,
    )


def _specs(
    meldingen: list[Melding],
) -> tuple[tuple[bool, str, str, tuple[tuple[str, Any], ...]], ...]:
    """Messages as data, to be made again for every sheet with this header."""
    return tuple(
        (m.ernst == Ernst.FOUT, m.plaats, m.code, tuple(m.params.items())) for m in meldingen
    )


def _leeg(waarden: Sequence[Any], indices: Sequence[int]) -> bool:
    """Empty rows are common (LibreOffice keeps formatted rows below a table): skipped."""
    n = len(waarden)
    return all(i >= n or waarden[i] is None or waarden[i] == "" for i in indices)


def _formule_rijen(formules: Formules, letters: frozenset[str]) -> frozenset[int]:
    """The rows with a formula in a column that is read (those rows are read cell by cell)."""
    rijen: set[int] = set()
    for ref in formules:
        letter = ref.rstrip("0123456789")
        if letter in letters and ref[len(letter) :].isdigit():
            rijen.add(int(ref[len(letter) :]))
    return frozenset(rijen)


def _lees_rij(
    naam: str,
    rijnr: int,
    waarden: Sequence[Any],
    gevonden: Sequence[_Gevonden],
    formules: Formules,
    omzetten: Callable[[Any], Any],
    meldingen: list[Melding],
) -> dict[str, Any]:
    """One row, cell by cell, with every message: the full rule that the compiled reader
    (:func:`exports.xlsx_rijlezer.rijlezer_voor`) follows for the common rows."""
    n = len(waarden)
    rij: dict[str, Any] = {}
    for kolom, i, letter, lezer, getal, tekstsoort in gevonden:
        v = waarden[i] if i < n else None
        formule = formules.get(f"{letter}{rijnr}") if formules else None
        if (
            tekstsoort
            and v.__class__ is str
            and v
            and formule is None
            and "_x" not in v
            and "\r" not in v
            and len(v) <= KORT
            and ONGELDIG(v) is None
        ):
            # The common text cell, inline (issue 13: four calls per cell were ~1 µs):
            # what cel_waarde and lees_tekst/_code give for it, tekst_probleem being None.
            uit = v if tekstsoort == 1 else (v.strip() or None)
            rij[kolom.sleutel] = uit
            if kolom.verplicht and uit in (None, "", []):
                meldingen.append(
                    fout_code(f"{naam}!{letter}{rijnr}", "VERPLICHT_LEEG", kolom=kolom.kop)
                )
            continue
        w = omzetten(v) if i < n else None
        try:
            if formule is None and not (getal and w.__class__ is str):
                uit = lezer(w)  # the common case: no message to write, no place needed
            else:
                uit = lees_cel(w, kolom.soort, f"{naam}!{letter}{rijnr}", formule, meldingen)
        except CelFout as exc:
            meldingen.append(fout_code(f"{naam}!{letter}{rijnr}", exc.code, **exc.params))
            rij[kolom.sleutel] = None
            continue
        rij[kolom.sleutel] = uit
        if kolom.verplicht and uit in (None, "", []):
            meldingen.append(
                fout_code(f"{naam}!{letter}{rijnr}", "VERPLICHT_LEEG", kolom=kolom.kop)
            )
    return rij


def _zelf(v: Any) -> Any:
    return v


def lees_blad(
    ws: Any, blad: Blad, meldingen: list[Melding], formules: Formules | None = None
) -> Tabel:
    return lees_tabel(ws, blad.naam, blad.kolommen, meldingen, formules)


_GETALSOORTEN = frozenset({Soort.BEDRAG, Soort.GETAL, Soort.GEHEEL})
_SLEUTELWAARDE = (  # one tuple for every key/value sheet (lees_tabel remembers its setup)
    Kolom("sleutel", "Sleutel", Soort.ID, verplicht=True),
    # Read raw here, then by the kind of the row's key.
    Kolom("waarde", "Waarde", Soort.RUW),
)


def lees_sleutelwaarden(
    ws: Any,
    naam: str,
    soorten: dict[str, Soort],
    meldingen: list[Melding],
    formules: Formules | None = None,
    bekend: tuple[str, ...] = (),
    negeer: frozenset[str] = frozenset(),
    *,
    rijlezer: bool = True,
) -> dict[str, tuple[Any, str]]:
    """A key/value sheet (Plan, Metadata): key → (value, cell of the value). With ``soorten``
    given, a key it does not name (nor ``negeer``) is reported as not imported.
    ``rijlezer=False``: every row cell by cell through lees_cel (the full rule, for tests)."""
    formules = formules or {}
    ruw = lees_tabel(ws, naam, _SLEUTELWAARDE, meldingen, {}, bekend, rijlezer=rijlezer)
    uit: dict[str, tuple[Any, str]] = {}
    letter = ruw.letters.get("waarde")
    for rijnr, rij in ruw.rijen:
        sleutel = rij.get("sleutel")
        if not sleutel:
            continue
        plaats = f"{naam}!{letter}{rijnr}" if letter else ruw.cel(rijnr, "waarde")
        if soorten and sleutel not in soorten and sleutel not in negeer:
            meldingen.append(
                waarschuwing_code(plaats, "REGEL_NIET_GEIMPORTEERD", sleutel=sleutel, blad=naam)
            )
            continue
        soort = soorten.get(sleutel, Soort.TEKST)
        waarde: Any = rij.get("waarde")
        formule = formules.get(plaats.partition("!")[2]) if formules else None
        tekstsoort = TEKSTSOORT.get(soort, 0) if rijlezer and formule is None else 0
        if (
            tekstsoort
            and waarde.__class__ is str
            and zonder_escape(waarde)
            and "\r" not in waarde
            and len(waarde) <= KORT
            and (ascii_drukbaar(waarde) or ONGELDIG(waarde) is None)
        ):
            # Issue 13: the common text value, inline: what lees_tekst (tekst_probleem being
            # None) or _code gives for it, as the compiled row reader does (property-tested).
            uit[sleutel] = (waarde if tekstsoort == 1 else (waarde.strip() or None), plaats)
            continue
        try:
            if (
                rijlezer
                and formule is None
                and not (soort in _GETALSOORTEN and isinstance(waarde, str))
            ):
                # lees_cel would write no message here (issue 13: its checks per row).
                gelezen = lees(waarde, soort)
            else:
                gelezen = lees_cel(waarde, soort, plaats, formule, meldingen)
            uit[sleutel] = (gelezen, plaats)
        except CelFout as exc:
            meldingen.append(
                fout_code(plaats, "CEL_MET_SLEUTEL", sleutel=sleutel, probleem=exc.tekst())
            )
    return uit
