"""The JSON exchange file of one plan: ``export_json`` and ``import_json``.

The file is the plan's canonical dict (:func:`domain.serialize.plan_to_dict`) behind an
envelope ``{"format": "wijkplan-plan", "format_version": 2, ...}``; see docs/json-format.md and
resources/schemas/plan.schema.json. Export → import gives the identical plan (tested with
Hypothesis-generated plans).

Import refuses, with :class:`~exports.errors.ImportFout` naming the key path, in this order:
bytes that are not UTF-8 JSON, a file that is not a Wijkplan plan, a newer format version, a
schema violation, an unknown catalogue code, a duplicate id, an id that points nowhere. It only
reads: storing the plan is the caller's business (``domain.importing.importeer_plan``), so a
refused file leaves the database exactly as it was.
"""

from __future__ import annotations

import json
import logging
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from domain.catalogue import Catalogus
from domain.importing import ImportUitkomst
from domain.model import Plan
from domain.serialize import plan_from_dict, plan_to_dict
from exports.errors import ImportFout
from exports.json_schema import controleer_schema
from exports.verwijzingen import controleer_verwijzingen

log = logging.getLogger(__name__)

FORMAT = "wijkplan-plan"
# Bump only when keys are added (never renamed or removed); readers refuse newer versions.
FORMAT_VERSION = 2

_BOM = b"\xef\xbb\xbf"
_SURROGAAT = re.compile("[\ud800-\udfff]")
_SURROGAAT_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def export_json(plan: Plan) -> bytes:
    """The plan as UTF-8 JSON: envelope first, then the plan's keys in their fixed order,
    indented, non-ASCII kept readable ('s-Gravenhage, Súdwest-Fryslân), ending in a newline."""
    doc = {"format": FORMAT, "format_version": FORMAT_VERSION, **plan_to_dict(plan)}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def import_json(data: bytes, catalogus: Catalogus) -> Plan:
    """Read one plan file. Raises :class:`ImportFout` (pad + Dutch message) when refused."""
    doc, breuken = _lees_json_breuken(bytes(data))
    if not isinstance(doc, dict):
        raise ImportFout(
            "",
            "het bestand bevat geen Wijkplan-plan (verwacht een JSON-object {...})",
            "the file holds no Wijkplan plan (expected a JSON object {...})",
        )
    _controleer_envelop(doc)
    # Strict UTF-8 decoding cannot give a surrogate: only a \uD800–\uDFFF escape can. Walking
    # every string costs more than the schema check (issue 13), so walk only when one occurs.
    if _SURROGAAT_ESCAPE.search(data):
        _controleer_teksten(doc)
    controleer_schema(doc, zonder_breuken=not breuken)
    _controleer_bestand_regels(doc)
    plan = plan_from_dict(doc)
    controleer_verwijzingen(plan, catalogus)
    log.info("plan %s (%s, revisie %d) gelezen", plan.id, plan.gemeente_code, plan.revisie)
    return plan


class _DubbeleSleutel(Exception):
    def __init__(self, sleutel: str) -> None:
        super().__init__(sleutel)
        self.sleutel = sleutel


def _object(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would silently keep the last of two equal keys: a lost value, so refuse.
    # dict() in C first; the pairs are walked only when a key was lost (issue 13: this hook
    # runs for every record of the file).
    out = dict(paren)
    if len(out) != len(paren):
        gezien: set[str] = set()
        for sleutel, _waarde in paren:
            if sleutel in gezien:
                raise _DubbeleSleutel(sleutel)
            gezien.add(sleutel)
    return out


def _geen_constante(naam: str) -> Any:
    raise ImportFout(
        "", f"'{naam}' is geen getal dat JSON kent", f"'{naam}' is not a number JSON knows"
    )


def _lees_json(data: bytes) -> Any:
    return _lees_json_breuken(data)[0]


def _lees_json_breuken(data: bytes) -> tuple[Any, bool]:
    """The parsed document, and whether it held a number with a fraction or exponent (a
    Decimal somewhere: the fastest schema check may not judge such a document)."""
    # Notepad and Excel's "UTF-8" write a byte order mark; it carries no meaning, so skip it.
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFout(
            "",
            f"het bestand is geen UTF-8-tekst (onleesbare byte op positie {exc.start}); "
            "is het wel een Wijkplan-JSON-bestand?",
            f"the file is not UTF-8 text (unreadable byte at position {exc.start}); "
            "is it a Wijkplan JSON file at all?",
        ) from exc
    try:
        # Numbers with a fraction become Decimal, never float: a JSON number "1.0" is then
        # refused where a whole number belongs, and nothing is rounded on the way.
        breuken: list[str] = []

        def breuk(tekst: str) -> Decimal:
            breuken.append(tekst)
            return Decimal(tekst)

        doc = json.loads(
            text, parse_float=breuk, parse_constant=_geen_constante, object_pairs_hook=_object
        )
        return doc, bool(breuken)
    except ImportFout:
        raise
    except _DubbeleSleutel as exc:
        raise ImportFout(
            exc.sleutel,
            "deze sleutel komt twee keer voor in hetzelfde object",
            "this key occurs twice in the same object",
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportFout(
            "",
            f"het bestand is geen geldige JSON (fout op regel {exc.lineno}, kolom {exc.colno})",
            f"the file is not valid JSON (error on line {exc.lineno}, column {exc.colno})",
        ) from None
    except (ValueError, RecursionError) as exc:
        # int() refuses numbers of thousands of digits; deep nesting exhausts the stack.
        raise ImportFout(
            "",
            "het bestand is geen bruikbare JSON (te groot getal of te diep genest)",
            "the file is not usable JSON (a number too large or nested too deeply)",
        ) from exc


def _controleer_teksten(data: Any, pad: str = "") -> None:
    """A lone surrogate (``"\\ud800"``) is valid JSON but no text: no database, file or
    screen can hold it (issue 10, defect 12). Refused by key path, keys included."""
    if isinstance(data, str):
        if _SURROGAAT.search(data):
            raise ImportFout(
                pad,
                "bevat een ongeldig teken (een losse UTF-16-surrogaat, \\ud800…)",
                "contains an invalid character (a lone UTF-16 surrogate, \\ud800…)",
            )
    elif isinstance(data, dict):
        for sleutel, waarde in data.items():
            if _SURROGAAT.search(sleutel):
                raise ImportFout(
                    pad,
                    "een sleutel bevat een ongeldig teken (losse surrogaat)",
                    "a key contains an invalid character (lone surrogate)",
                )
            _controleer_teksten(waarde, f"{pad}.{sleutel}" if pad else sleutel)
    elif isinstance(data, list):
        for n, waarde in enumerate(data):
            _controleer_teksten(waarde, f"{pad}[{n}]")


def _controleer_bestand_regels(doc: dict[str, Any]) -> None:
    """What a file may not say (issue 10): a status only an assessor decides, and a plan id
    in capitals (``plans`` and ``export-json`` find ids in lower case: it would be a second,
    unreachable plan)."""
    from domain.importing import status_probleem
    from domain.model import Status

    probleem = status_probleem(Status(doc.get("status", "concept")))
    if probleem:
        raise ImportFout(
            "status",
            probleem,
            f"status '{doc.get('status')}' cannot come from a file: a file is 'concept' or "
            "'ingediend'; in beoordeling, goedgekeurd and afgewezen are set by the assessor "
            "in Wijkplan",
        )
    plan_id = doc["id"]
    if plan_id != plan_id.lower():
        raise ImportFout(
            "id",
            f"'{plan_id}' bevat hoofdletters; Wijkplan-ids zijn kleine letters",
            f"'{plan_id}' contains capitals; Wijkplan ids are lower case",
        )


def _controleer_envelop(doc: dict[str, Any]) -> None:
    if "format" not in doc:
        raise ImportFout(
            "format",
            "ontbreekt: dit is geen Wijkplan-planbestand",
            "missing: this is not a Wijkplan plan file",
        )
    if doc["format"] != FORMAT:
        raise ImportFout(
            "format",
            f"is {json.dumps(doc['format'], ensure_ascii=False, default=str)[:40]}, "
            f'verwacht "{FORMAT}": dit is geen Wijkplan-planbestand',
            f"is {json.dumps(doc['format'], ensure_ascii=False, default=str)[:40]}, "
            f'expected "{FORMAT}": this is not a Wijkplan plan file',
        )
    if "format_version" not in doc:
        raise ImportFout(
            "format_version",
            "ontbreekt: zonder formaatversie is het bestand niet te lezen",
            "missing: without a format version the file cannot be read",
        )
    versie = doc["format_version"]
    if type(versie) is int and versie > FORMAT_VERSION:
        raise ImportFout(
            "format_version",
            f"het bestand is gemaakt met een nieuwere versie van Wijkplan (formaatversie {versie}; "
            f"deze versie leest tot en met {FORMAT_VERSION}). Werk Wijkplan bij om het te openen.",
            f"the file was made with a newer version of Wijkplan (format version {versie}; "
            f"this version reads up to {FORMAT_VERSION}). Update Wijkplan to open it.",
        )


def import_regel(
    path: Path, uitkomst: ImportUitkomst, plan: Plan, catalogus: Catalogus, taal: str = "nl"
) -> str:
    """The one line ``import-json`` prints about a stored file, like ``import-xlsx`` does:
    result, gemeente, total requested, errors, warnings, submittable, duplicate. With
    ``taal="en"`` the labels and counts are English; the import's own remarks stay Dutch."""
    from domain.money import format_bedrag
    from domain.taal import tel
    from domain.validation import valideer

    en = taal == "en"
    bevindingen = valideer(plan, catalogus)
    fouten = sum(str(b.ernst) == "fout" for b in bevindingen)
    gemeente = catalogus.gemeente(plan.gemeente_code)
    totaal = sum((r.bedrag for r in plan.begroting), Decimal("0.00"))
    waarschuwingen = len(bevindingen) - fouten + len(uitkomst.waarschuwingen)
    delen = [
        f"{uitkomst.status.value}: {uitkomst.bericht}",
        gemeente.naam if gemeente else plan.gemeente_code,
        f"{'requested' if en else 'gevraagd'} {format_bedrag(totaal)}",
        tel(fouten, "fout", taal),
        tel(waarschuwingen, "waarschuwing", taal),
        f"submittable: {'no' if fouten else 'yes'}"
        if en
        else f"indienbaar: {'nee' if fouten else 'ja'}",
        *uitkomst.waarschuwingen,
    ]
    return "; ".join(" ".join(d.split()) for d in delen)
