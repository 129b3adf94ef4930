"""Messages of an Excel import: Dutch, naming the file, sheet and cell; English on request.

Issue 14: a message may carry a stable ``code`` and named ``params``; its text then comes from
:data:`TEKSTEN` (``str.format`` templates in Dutch and English, the same fields in both, as in
:mod:`domain.meldingen`, filled in by the same :func:`domain.taal.render`). ``bericht`` stays
the Dutch text (exports, the bulk report and the tests read it); :meth:`Melding.tekst` gives it
in the language asked for. A message without a code is Dutch in both languages: none is left
in the importer, application/ or cli/.
``tests/excel/test_xlsx_meldingen.py`` fails on a code used in exports/ without both texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from domain.taal import Tekst, in_beide, render


class Ernst(StrEnum):
    FOUT = "fout"  # the file is refused
    WAARSCHUWING = "waarschuwing"  # imported, but someone should look
    INFO = "info"  # for the record (e.g. what the import did)
    # Findings of the plan's own validation (domain.validation): they do not stop the import
    # (a draft legitimately has them) but an error means "not submittable" (issue 10, defect 4).
    PLANFOUT = "fout in plan"
    PLANWAARSCHUWING = "waarschuwing in plan"


# code → (Dutch, English). Amounts and sizes are passed formatted (Dutch notation in both).
# A parameter may be a :class:`domain.taal.Tekst` (a text in both languages, e.g. a wrapped
# domain finding or a cell problem): the Dutch text uses its ``nl``, the English its ``en``.
# Codes in :data:`DOORGEGEVEN` only pass such a text on: the same template in both languages.
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
    "ONGELDIGE_XML": (
        "bevat ongeldige XML ({reden}): geweigerd",
        "contains invalid XML ({reden}): refused",
    ),
    "GEEN_WERKMAP": (
        "kan niet worden gelezen als Excel-werkmap ({reden})",
        "cannot be read as an Excel workbook ({reden})",
    ),
    "PLAN_ONVOLLEDIG": ("het plan is onvolledig ({reden})", "the plan is incomplete ({reden})"),
    "PLAN_ID_VERSCHILT": (
        "plan-id verschilt van de metadata ('{plan_id}')",
        "plan id differs from the metadata ('{plan_id}')",
    ),
    "GEWIJZIGD_NA_EXPORT": (
        "gewijzigd na export: {detail}",
        "changed after export: {detail}",
    ),
    "ALLEEN_TEKSTEN_GEWIJZIGD": (
        "de totalen zijn gelijk, teksten niet",
        "the totals are equal, texts are not",
    ),
    # -- passed on: a text that already comes in both languages --
    "STATUS_UIT_BESTAND": ("{probleem}", "{probleem}"),
    "PLANBEVINDING": ("{bericht} ({bevinding})", "{bericht} ({bevinding})"),
    "CEL_MET_SLEUTEL": ("{sleutel}: {probleem}", "{sleutel}: {probleem}"),
    "IMPORTUITKOMST": ("{tekst}", "{tekst}"),
    "JSON_GEWEIGERD": ("{reden}", "{reden}"),  # exports.errors.ImportFout's own text
    "NIET_OPGESLAGEN": ("{fout}", "{fout}"),  # domain.errors.OpslagFout's own text
    # -- number literals in the sheet XML (xlsx_scan) --
    "GEEN_GEWOON_GETAL": (
        "'{tekst}' is geen gewoon getal in het bestand",
        "'{tekst}' is not a plain number in the file",
    ),
    "GEEN_GETAL_XML": ("'{tekst}' is geen getal", "'{tekst}' is not a number"),
    "GETAL_TE_GROOT": ("'{tekst}' is te groot", "'{tekst}' is too large"),
    "GETAL_TE_KLEIN": (
        "'{tekst}' is te klein om als getal te bewaren (zou 0 worden)",
        "'{tekst}' is too small to store as a number (it would become 0)",
    ),
    # -- a sheet's header and rows (xlsx_tabel) --
    "KOPREGEL_ONTBREEKT": (
        "het blad is leeg: de kopregel ontbreekt",
        "the sheet is empty: the header row is missing",
    ),
    "KOLOM_DUBBEL": (
        "kolom '{kolom}' staat er twee keer",
        "column '{kolom}' appears twice",
    ),
    "KOLOM_NIET_GEIMPORTEERD": (
        "kolom '{kolom}' op blad {blad} wordt niet geïmporteerd",
        "column '{kolom}' on sheet {blad} is not imported",
    ),
    "KOLOM_ONTBREEKT": ("de kolom '{kolom}' ontbreekt", "the column '{kolom}' is missing"),
    "VERPLICHT_LEEG": (
        "'{kolom}' is leeg; dat mag niet",
        "'{kolom}' is empty; that is not allowed",
    ),
    "REGEL_NIET_GEIMPORTEERD": (
        "regel '{sleutel}' op blad {blad} wordt niet geïmporteerd",
        "row '{sleutel}' on sheet {blad} is not imported",
    ),
    "FORMULE_OVERGENOMEN": (
        "bevat de formule {formule}; de berekende waarde {waarde} is overgenomen",
        "contains the formula {formule}; its calculated value {waarde} was taken",
    ),
    "GETAL_ALS_TEKST": (
        "'{waarde}' staat als tekst in de cel; overgenomen als {genomen}. Let op: Excel "
        "en LibreOffice tellen deze cel niet mee in hun totalen (het Overzicht)",
        "'{waarde}' is stored as text in the cell; taken as {genomen}. Note: Excel "
        "and LibreOffice leave this cell out of their totals (the Overzicht sheet)",
    ),
    # -- one cell's value (xlsx_cellen.CelFout) --
    "FORMULE_ZONDER_WAARDE": (
        "bevat de formule {formule} zonder berekende waarde; typ de waarde zelf in, "
        "of open de werkmap in Excel of LibreOffice en sla hem op",
        "contains the formula {formule} without a calculated value; type the value in, "
        "or open the workbook in Excel or LibreOffice and save it",
    ),
    "TEKST_ONGELDIG_TEKEN": (
        "de tekst bevat een teken dat Excel niet kan bewaren (U+{teken} op positie {positie})",
        "the text contains a character Excel cannot store (U+{teken} at position {positie})",
    ),
    "TEKST_TE_LANG": (
        "de tekst is {lengte} tekens lang; een Excel-cel houdt er ten hoogste {maximum}",
        "the text is {lengte} characters long; an Excel cell holds at most {maximum}",
    ),
    "DATUM_GEEN_TEKST": (
        "{waarde} is een datum of tijd, verwacht werd tekst",
        "{waarde} is a date or time, text was expected",
    ),
    "GEEN_GEHEEL_GETAL": ("{waarde} is geen geheel getal", "{waarde} is not a whole number"),
    "GEHEEL_TE_GROOT": (
        "{waarde} is te groot (ten hoogste 2.147.483.647)",
        "{waarde} is too large (at most 2.147.483.647)",
    ),
    "GEEN_BEDRAG": ("{waarde} is geen bedrag", "{waarde} is not an amount"),
    "GEEN_GETAL": ("{waarde} is geen getal", "{waarde} is not a number"),
    "TE_VEEL_DECIMALEN": (
        "{waarde} heeft meer dan twee decimalen",
        "{waarde} has more than two decimals",
    ),
    "BEDRAG_TE_GROOT": (
        "{waarde} is te groot (ten hoogste 999.999.999,99)",
        "{waarde} is too large (at most 999.999.999,99)",
    ),
    # -- rows to a plan (xlsx_build) --
    "ONGELDIGE_CODE": ("'{waarde}' is geen geldige code", "'{waarde}' is not a valid code"),
    "ONGELDIGE_CODE_VOOR": (
        "'{waarde}' is geen geldige code voor {sleutel}",
        "'{waarde}' is not a valid code for {sleutel}",
    ),
    "DUBBEL_IN_RIJ": ("'{waarde}' staat ook in rij {rij}", "'{waarde}' is also in row {rij}"),
    "NIEUW_ID": (
        "nieuwe rij zonder id; id {id} toegekend",
        "new row without an id; id {id} assigned",
    ),
    "VERWIJST_NAAR_NIETS": (
        "'{waarde}' verwijst naar niets in dit plan",
        "'{waarde}' refers to nothing in this plan",
    ),
    "INDICATOR_VERSCHILT": (
        "verschilt van rij {rij} van deze indicator",
        "differs from row {rij} of this indicator",
    ),
    "INDICATOR_LEEG": (
        "'{veld}' is leeg terwijl de rij een {veld} nodig heeft",
        "'{veld}' is empty while the row needs a {veld}",
    ),
    "JAAR_DUBBEL_INDICATOR": (
        "jaar {jaar} staat twee keer bij deze indicator",
        "year {jaar} appears twice for this indicator",
    ),
    "ANDER_PLAN": (
        "hoort bij een ander plan ('{plan_id}')",
        "belongs to another plan ('{plan_id}')",
    ),
    "JAAR_DUBBEL_BLAD": (
        "jaar {jaar} staat twee keer op dit blad",
        "year {jaar} appears twice on this sheet",
    ),
}

# Codes whose template only passes on a text given in both languages (see above).
DOORGEGEVEN = frozenset(
    {
        "STATUS_UIT_BESTAND",
        "PLANBEVINDING",
        "CEL_MET_SLEUTEL",
        "IMPORTUITKOMST",
        "JSON_GEWEIGERD",
        "NIET_OPGESLAGEN",
    }
)


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
        if taal != "en" or not self.code:
            return self.bericht
        return render(TEKSTEN, self.code, self.params, taal, anders=self.bericht)

    def tweetalig(self) -> Tekst:
        """The text in both languages (to pass on inside another message)."""
        return Tekst(self.tekst("nl"), self.tekst("en"))

    def in_taal(self, taal: str = "nl") -> str:
        """File, place and text, as ``str()`` gives them, in ``taal``."""
        delen = [d for d in (self.bestand, self.plaats) if d]
        return ": ".join([*delen, self.tekst(taal)])

    def met_bestand(self, bestand: str) -> Melding:
        return replace(self, bestand=bestand)


def tekst_in_talen(code: str, **params: Any) -> Tekst:
    """The text of ``code`` in both languages (a cell problem, passed on by the caller)."""
    return in_beide(TEKSTEN, code, params)


def fout(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.FOUT, plaats, bericht)


def waarschuwing(plaats: str, bericht: str) -> Melding:
    return Melding(Ernst.WAARSCHUWING, plaats, bericht)


def melding(ernst: Ernst, plaats: str, code: str, **params: Any) -> Melding:
    """A message by its code: the Dutch text rendered now, the English one on request."""
    nl = render(TEKSTEN, code, params, "nl")
    return Melding(ernst, plaats, nl, code=code, params=params)


def fout_code(plaats: str, code: str, **params: Any) -> Melding:
    return melding(Ernst.FOUT, plaats, code, **params)


def waarschuwing_code(plaats: str, code: str, **params: Any) -> Melding:
    return melding(Ernst.WAARSCHUWING, plaats, code, **params)


def heeft_fout(meldingen: list[Melding]) -> bool:
    return any(m.ernst == Ernst.FOUT for m in meldingen)
