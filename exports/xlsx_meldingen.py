"""Messages of an Excel import: Dutch, naming the file, sheet and cell; English on request.

Issue 14: a message may carry a stable ``code`` and named ``params``; its text then comes from
:data:`TEKSTEN` (``str.format`` templates in Dutch and English, the same fields in both, as in
:mod:`domain.meldingen`). ``bericht`` stays the Dutch text (exports, the bulk report and the
tests read it); :meth:`Melding.tekst` gives it in the language asked for. A message without a
code (not converted yet) is Dutch in both languages.
``tests/excel/test_xlsx_meldingen.py`` fails on a code used in exports/ without both texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Ernst(StrEnum):
    FOUT = "fout"  # the file is refused
    WAARSCHUWING = "waarschuwing"  # imported, but someone should look
    INFO = "info"  # for the record (e.g. what the import did)
    # Findings of the plan's own validation (domain.validation): they do not stop the import
    # (a draft legitimately has them) but an error means "not submittable" (issue 10, defect 4).
    PLANFOUT = "fout in plan"
    PLANWAARSCHUWING = "waarschuwing in plan"


# code → (Dutch, English). Amounts and sizes are passed formatted (Dutch notation in both).
TEKSTEN: dict[str, tuple[str, str]] = {
    "ONLEESBAAR": (
        "kan niet worden gelezen ({reden})",
        "cannot be read ({reden})",
    ),
    "LEEG": ("het bestand is leeg", "the file is empty"),
    "TE_GROOT": (
        "het bestand is te groot ({grootte}; ten hoogste {maximum})",
        "the file is too large ({grootte}; at most {maximum})",
    ),
    "WACHTWOORD": (
        "is beveiligd met een wachtwoord; sla de werkmap zonder wachtwoord op "
        "en importeer opnieuw",
        "is protected with a password; save the workbook without a password and import again",
    ),
    "OUD_XLS": (
        "is een oud Excel-bestand (.xls) of ander Office-bestand, geen .xlsx-werkmap",
        "is an old Excel file (.xls) or another Office file, not an .xlsx workbook",
    ),
    "GEEN_ZIP": (
        "is geen Excel-werkmap (.xlsx): het is geen zip-bestand",
        "is not an Excel workbook (.xlsx): it is not a zip file",
    ),
    "ZIP_BESCHADIGD": (
        "is geen geldige Excel-werkmap: het zip-bestand is beschadigd ({reden})",
        "is not a valid Excel workbook: the zip file is damaged ({reden})",
    ),
    "TE_VEEL_DELEN": (
        "de werkmap bestaat uit {aantal} delen; dat is geen plan",
        "the workbook consists of {aantal} parts; that is not a plan",
    ),
    "DEEL_ONTBREEKT": (
        "is geen Excel-werkmap (.xlsx): {delen} ontbreekt in het zip-bestand",
        "is not an Excel workbook (.xlsx): {delen} is missing from the zip file",
    ),
    "ZIP_VERSLEUTELD": (
        "is versleuteld (zip met wachtwoord)",
        "is encrypted (zip with a password)",
    ),
    "DEEL_TE_GROOT": (
        "{deel} is uitgepakt {grootte}; te groot (zip-bom?)",
        "{deel} is {grootte} unpacked; too large (zip bomb?)",
    ),
    "ZIP_BOM": (
        "{deel} is {verhouding}× samengeperst; dit is een zip-bom, geen werkmap",
        "{deel} is compressed {verhouding}×; this is a zip bomb, not a workbook",
    ),
    "UITGEPAKT_TE_GROOT": (
        "de werkmap is uitgepakt {grootte}; te groot (zip-bom?)",
        "the workbook is {grootte} unpacked; too large (zip bomb?)",
    ),
    "VERBODEN_XML": (
        "bevat verboden XML (entiteiten of een DTD): geweigerd uit veiligheid",
        "contains forbidden XML (entities or a DTD): refused for safety",
    ),
    "TE_VEEL_RIJEN": (
        "meer dan {maximum} rijen; dat is geen plan",
        "more than {maximum} rows; that is not a plan",
    ),
    "TE_VEEL_KOLOMMEN": (
        "meer dan {maximum} kolommen; dat is geen plan",
        "more than {maximum} columns; that is not a plan",
    ),
    "TE_VEEL_CELLEN": (
        "meer dan {maximum} cellen; dat is geen plan",
        "more than {maximum} cells; that is not a plan",
    ),
    # -- the workbook's sheets and format (xlsx_reader) ----------
    "BLAD_NIET_GEIMPORTEERD": (
        "blad '{blad}' wordt niet geïmporteerd",
        "sheet '{blad}' is not imported",
    ),
    "GEEN_WIJKPLAN_BLAD": (
        "is geen Wijkplan-werkmap: het blad '{blad}' ontbreekt",
        "is not a Wijkplan workbook: the sheet '{blad}' is missing",
    ),
    "BLAD_ONTBREEKT": ("het blad ontbreekt", "the sheet is missing"),
    "REGEL_ONTBREEKT": (
        "de regel met sleutel '{sleutel}' ontbreekt",
        "the row with key '{sleutel}' is missing",
    ),
    "PLAN_ID_LEEG": ("het plan-id is leeg", "the plan id is empty"),
    "PLAN_ID_HOOFDLETTERS": (
        "het plan-id '{plan_id}' bevat hoofdletters; Wijkplan-ids zijn kleine letters",
        "the plan id '{plan_id}' contains capitals; Wijkplan ids are lower case",
    ),
    "GEEN_WIJKPLAN_FORMAT": (
        "is geen Wijkplan-werkmap (format '{format}')",
        "is not a Wijkplan workbook (format '{format}')",
    ),
    "FORMATVERSIE_ONTBREEKT": (
        "de formatversie ontbreekt of is geen getal",
        "the format version is missing or not a number",
    ),
    "FORMATVERSIE_NIEUWER": (
        "gemaakt met een nieuwere Wijkplan (formatversie {versie}; deze versie leest "
        "t/m {leest}): werk Wijkplan bij",
        "made with a newer Wijkplan (format version {versie}; this version reads up to "
        "{leest}): update Wijkplan",
    ),
    "FORMATVERSIE_ONBEKEND": (
        "onbekende formatversie {versie}",
        "unknown format version {versie}",
    ),
}


@dataclass(frozen=True)
class Melding:
    ernst: Ernst
    plaats: str  # "Begroting!E14", "Begroting", or "" for the whole file
    bericht: str  # Dutch
    bestand: str = ""
    code: str = ""  # key of TEKSTEN ("" : Dutch only, not converted yet)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return self.in_taal("nl")

    def tekst(self, taal: str = "nl") -> str:
        """The message text (without file and place) in ``taal`` ("nl" or "en")."""
        if self.code and taal == "en" and self.code in TEKSTEN:
            return TEKSTEN[self.code][1].format(**self.params)
        return self.bericht

    def in_taal(self, taal: str = "nl") -> str:
        """File, place and text, as ``str()`` gives them, in ``taal``."""
        delen = [d for d in (self.bestand, self.plaats) if d]
        return ": ".join([*delen, self.tekst(taal)])

    def met_bestand(self, bestand: str) -> Melding:
        return replace(self, bestand=bestand)


def fout(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.FOUT, plaats, bericht)


def waarschuwing(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.WAARSCHUWING, plaats, bericht)


def melding(ernst: Ernst, plaats: str, code: str, **params: Any) -> Melding:
    """A message by its code: the Dutch text rendered now, the English one on request."""
    return Melding(ernst, plaats, TEKSTEN[code][0].format(**params), code=code, params=params)


def fout_code(plaats: str, code: str, **params: Any) -> Melding:
    return melding(Ernst.FOUT, plaats, code, **params)


def waarschuwing_code(plaats: str, code: str, **params: Any) -> Melding:
    return melding(Ernst.WAARSCHUWING, plaats, code, **params)


def heeft_fout(meldingen: list[Melding]) -> bool:
    return any(m.ernst == Ernst.FOUT for m in meldingen)
