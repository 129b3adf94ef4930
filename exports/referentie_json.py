"""The reference data file: ``exporteer_referentie`` and ``lees_referentie``.

``{"formaat": "wijkplan-referentie", "versie": 1, ...}`` followed by the catalogue's lists in
their fixed order (:meth:`domain.catalogue.Catalogus.to_dict`); the contract is
``resources/schemas/referentie.schema.json`` and docs/referentie.md. Reading refuses, with an
:class:`~exports.errors.ImportFout` that names the key path (``rondes[2].kosten_tot``) in
Dutch: bytes that are not UTF-8 JSON, another kind of file, a newer version, a schema
violation, and what a schema cannot say (a duplicate code, a round naming an unknown
municipality, an end date before its start: :func:`domain.referentie.fouten_in`). It only
reads: comparing with the database and storing is the application's business.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from domain.catalogue import Catalogus
from exports.errors import ImportFout
from exports.json_exchange import _controleer_teksten, _lees_json
from exports.json_schema import _waarde, _zonder_refs, vertaal
from exports.paden import pad_tekst
from resources import load_json

log = logging.getLogger(__name__)

FORMAAT = "wijkplan-referentie"
# Bump only when keys are added (never renamed or removed); readers refuse newer versions.
VERSIE = 1
SCHEMA_PAD = ("schemas", "referentie.schema.json")


def exporteer_referentie(catalogus: Catalogus, toelichting: str = "") -> bytes:
    """The catalogue as UTF-8 JSON, indented, non-ASCII readable, ending in a newline. The
    same data gives the same bytes (no timestamp), so two exports can be compared."""
    doc: dict[str, Any] = {"formaat": FORMAAT, "versie": VERSIE}
    if toelichting:
        doc["toelichting"] = toelichting
    doc.update(catalogus.to_dict())
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def lees_referentie(data: bytes) -> Catalogus:
    """Read a reference file; :class:`ImportFout` (path + Dutch message) when refused."""
    from domain.referentie import fouten_in

    doc = _lees_json(bytes(data))
    if not isinstance(doc, dict):
        raise ImportFout(
            "",
            "het bestand bevat geen referentiegegevens (verwacht een object {...})",
            "the file holds no reference data (expected an object {...})",
        )
    _controleer_envelop(doc)
    _controleer_teksten(doc)
    fout = best_match(_validator().iter_errors(doc))
    if fout is not None:
        raise _vertaal(fout)
    try:
        catalogus = Catalogus.from_dict(doc)
    except ValueError as exc:  # a date such as 2026-02-30 passes the schema's pattern
        raise ImportFout(*_datumfout(doc)) from exc
    fouten = fouten_in(catalogus)
    if fouten:
        pad, bericht = fouten[0]
        raise ImportFout(pad, bericht, bericht)  # names and codes: the same in both languages
    log.info(
        "referentiegegevens gelezen: %d rondes, %d gemeenten",
        len(catalogus.rondes),
        len(catalogus.gemeenten),
    )
    return catalogus


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = load_json(*SCHEMA_PAD)
    return Draft202012Validator(_zonder_refs(schema, schema.get("$defs", {})))


def _controleer_envelop(doc: dict[str, Any]) -> None:
    if "formaat" not in doc:
        raise ImportFout(
            "formaat",
            "ontbreekt: dit is geen bestand met Wijkplan-referentiegegevens",
            "missing: this is not a file with Wijkplan reference data",
        )
    if doc["formaat"] != FORMAAT:
        raise ImportFout(
            "formaat",
            f'is {_waarde(doc["formaat"])}, verwacht "{FORMAAT}": dit is geen bestand met '
            "Wijkplan-referentiegegevens",
            f'is {_waarde(doc["formaat"])}, expected "{FORMAAT}": this is not a file with '
            "Wijkplan reference data",
        )
    versie = doc.get("versie")
    if versie is None:
        raise ImportFout(
            "versie",
            "ontbreekt: zonder versie is het bestand niet te lezen",
            "missing: without a version the file cannot be read",
        )
    if type(versie) is int and versie > VERSIE:
        raise ImportFout(
            "versie",
            f"het bestand is gemaakt met een nieuwere versie van Wijkplan (versie {versie}; deze "
            f"versie leest tot en met {VERSIE}). Werk Wijkplan bij om het in te lezen.",
            f"the file was made by a newer version of Wijkplan (version {versie}; this version "
            f"reads up to {VERSIE}). Update Wijkplan to read it.",
        )


def _vertaal(error: ValidationError) -> ImportFout:
    """The plan file's translations, plus the rules only this schema uses."""
    pad = list(error.absolute_path)
    schema: Any = error.schema
    value: Any = error.instance
    if error.validator == "minLength":
        return ImportFout(pad_tekst(pad), "mag niet leeg zijn", "must not be empty")
    if error.validator == "maxLength":
        return ImportFout(
            pad_tekst(pad),
            f"is te lang (hoogstens {error.validator_value} tekens)",
            f"is too long (at most {error.validator_value} characters)",
        )
    if error.validator == "anyOf":  # a date or an amount that may also be null
        datum = _is_datum(error)
        soort = "een datum als 2026-06-01" if datum else "een bedrag als 500000.00"
        kind = "a date such as 2026-06-01" if datum else "an amount such as 500000.00"
        return ImportFout(
            pad_tekst(pad),
            f"{_waarde(value)} is niet geldig: verwacht {soort} of null",
            f"{_waarde(value)} is not valid: expected {kind} or null",
        )
    if error.validator == "pattern":
        patroon = schema.get("pattern", "")
        if patroon.startswith("^[0-9]{4}-"):
            verwacht = "een datum als jjjj-mm-dd, bijvoorbeeld 2026-06-01"
            expected = "a date as yyyy-mm-dd, for example 2026-06-01"
        elif "\\." in patroon:
            verwacht = "een bedrag met een punt en twee decimalen, bijvoorbeeld 500000.00"
            expected = "an amount with a point and two decimals, for example 500000.00"
        elif patroon.startswith("^GM"):
            verwacht = "een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0363"
            expected = "a CBS municipality code: GM and four digits, for example GM0363"
        else:
            verwacht = "een code van letters, cijfers, '-' en '_' (zonder spaties)"
            expected = "a code of letters, digits, '-' and '_' (without spaces)"
        return ImportFout(
            pad_tekst(pad),
            f"{_waarde(value)} is niet geldig: verwacht {verwacht}",
            f"{_waarde(value)} is not valid: expected {expected}",
        )
    if error.validator == "const" and pad == ["versie"]:
        return ImportFout(
            "versie",
            f"moet 1 zijn, maar is {_waarde(value)}",
            f"must be 1, but is {_waarde(value)}",
        )
    return vertaal(error)


def _is_datum(error: ValidationError) -> bool:
    return any(
        "datum" in str(sub.schema) or "[0-9]{4}-" in str(sub.schema) for sub in error.context or []
    )


def _datumfout(doc: dict[str, Any]) -> tuple[str, str]:
    """The first date that is not a day of the calendar (the pattern let it through)."""
    from datetime import date

    for n, ronde in enumerate(doc.get("rondes", [])):
        for sleutel in ("kosten_vanaf", "kosten_tot", "aanvragen_vanaf", "aanvragen_tot"):
            waarde = ronde.get(sleutel)
            if isinstance(waarde, str):
                try:
                    date.fromisoformat(waarde)
                except ValueError:
                    return pad_tekst(["rondes", n, sleutel]), f"{waarde} is geen bestaande datum"
    return "", "het bestand bevat een waarde die niet te lezen is"
