"""Read one sheet into rows, finding columns by their header text (never by position)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from exports.xlsx_cellen import CelFout, lees
from exports.xlsx_layout import MAX_RIJEN, Blad, Kolom, Soort
from exports.xlsx_meldingen import Melding, fout


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
        meldingen.append(fout(naam, "het blad is leeg: de kopregel ontbreekt"))
        return None
    index: dict[str, int] = {}
    for i, waarde in enumerate(kop):
        if isinstance(waarde, str) and waarde.strip():
            if waarde.strip() in index:
                letter = get_column_letter(i + 1)
                meldingen.append(fout(f"{naam}!{letter}1", f"kolom '{waarde}' staat er twee keer"))
            index.setdefault(waarde.strip(), i)
    return index


def lees_tabel(ws: Any, naam: str, kolommen: tuple[Kolom, ...], meldingen: list[Melding]) -> Tabel:
    """Rows of a table sheet. Derived columns are ignored, unknown columns too (a later
    format version may add some); a missing column is refused."""
    tabel = Tabel(naam)
    # The <dimension> a file declares is not trusted (rows beyond it would be dropped silently);
    # xlsx_safety has already bounded the number of rows.
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    # One pass over the sheet: the header row, then the data rows from the same parser.
    rijen = ws.iter_rows(values_only=True)
    index = _koppen(next(rijen, None), naam, meldingen)
    if index is None:
        return tabel
    gevonden: list[tuple[Kolom, int]] = []
    for kolom in kolommen:
        if kolom.afgeleid:
            continue
        if kolom.kop not in index:
            meldingen.append(fout(naam, f"de kolom '{kolom.kop}' ontbreekt"))
            continue
        gevonden.append((kolom, index[kolom.kop]))
        tabel.letters[kolom.sleutel] = get_column_letter(index[kolom.kop] + 1)
    if len(gevonden) < sum(1 for k in kolommen if not k.afgeleid):
        return tabel
    for rijnr, waarden in enumerate(rijen, start=2):
        # Empty rows are common (LibreOffice keeps formatted rows below a table): skip them.
        if all(waarden[i] is None or waarden[i] == "" for _, i in gevonden if i < len(waarden)):
            continue
        if len(tabel.rijen) >= MAX_RIJEN:
            meldingen.append(
                fout(naam, f"meer dan {MAX_RIJEN:,} rijen; dat is geen plan".replace(",", "."))
            )
            break
        rij: dict[str, Any] = {}
        for kolom, i in gevonden:
            waarde = waarden[i] if i < len(waarden) else None
            plaats = f"{naam}!{get_column_letter(i + 1)}{rijnr}"
            try:
                rij[kolom.sleutel] = lees(waarde, kolom.soort)
            except CelFout as exc:
                meldingen.append(fout(plaats, str(exc)))
                rij[kolom.sleutel] = None
                continue
            if kolom.verplicht and rij[kolom.sleutel] in (None, "", []):
                meldingen.append(fout(plaats, f"'{kolom.kop}' is leeg; dat mag niet"))
        tabel.rijen.append((rijnr, rij))
    return tabel


def lees_blad(ws: Any, blad: Blad, meldingen: list[Melding]) -> Tabel:
    return lees_tabel(ws, blad.naam, blad.kolommen, meldingen)


def lees_sleutelwaarden(
    ws: Any, naam: str, soorten: dict[str, Soort], meldingen: list[Melding]
) -> dict[str, tuple[Any, str]]:
    """A key/value sheet (Plan, Metadata): key → (value, cell of the value)."""
    kolommen = (
        Kolom("sleutel", "Sleutel", Soort.ID, verplicht=True),
        # Read raw here, then by the kind of the row's key.
        Kolom("waarde", "Waarde", Soort.RUW),
    )
    ruw = lees_tabel(ws, naam, kolommen, meldingen)
    uit: dict[str, tuple[Any, str]] = {}
    for rijnr, rij in ruw.rijen:
        sleutel = rij.get("sleutel")
        if not sleutel:
            continue
        plaats = ruw.cel(rijnr, "waarde")
        try:
            uit[sleutel] = (lees(rij.get("waarde"), soorten.get(sleutel, Soort.TEKST)), plaats)
        except CelFout as exc:
            meldingen.append(fout(plaats, f"{sleutel}: {exc}"))
    return uit
