"""The published JSON Schema of the plan file, and its errors in Dutch with exact key paths.

The schema (``resources/schemas/plan.schema.json``) is the contract for other tools; checking a
file against that very file means the documentation cannot drift from what Wijkplan accepts.
jsonschema's messages are English and name the failing *rule*; here each becomes a Dutch
sentence that names the *field* (``begroting[3].bedrag``) and says what is expected.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from exports.errors import ImportFout
from exports.paden import pad_tekst
from resources import load_json

log = logging.getLogger(__name__)

SCHEMA_PAD = ("schemas", "plan.schema.json")

_TYPEN = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "array": "een lijst [...]",
    "object": "een object {...}",
    "null": "null",
    "boolean": "true of false",
}
_TYPES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list [...]",
    "object": "an object {...}",
    "null": "null",
    "boolean": "true or false",
}


@lru_cache(maxsize=1)
def plan_schema() -> dict[str, Any]:
    """The schema as a dict (read once: it is immutable and a bulk import reads 300+ files)."""
    return load_json(*SCHEMA_PAD)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    # Local $refs inlined once: jsonschema resolves every $ref anew for every value, which made
    # a 2,000-line plan take 2.3 s instead of 1.0 s (bench/bench_json.py).
    schema = plan_schema()
    return Draft202012Validator(_zonder_refs(schema, schema.get("$defs", {})))


def _zonder_refs(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``{"$ref": "#/$defs/x", ...}`` replaced by x merged with the rest."""
    if isinstance(node, list):
        return [_zonder_refs(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        doel = _zonder_refs(defs[node["$ref"].removeprefix("#/$defs/")], defs)
        rest = {k: _zonder_refs(v, defs) for k, v in node.items() if k != "$ref"}
        return {**doel, **rest}
    return {k: _zonder_refs(v, defs) for k, v in node.items() if k != "$defs"}


def controleer_schema(doc: dict[str, Any]) -> None:
    """Raise :class:`ImportFout` for the most relevant schema violation in ``doc``, if any."""
    fout = best_match(_validator().iter_errors(doc))
    if fout is not None:
        raise vertaal(fout)


def _waarde(value: Any) -> str:
    """A short rendering of a value for a message (Decimal came from parse_float)."""
    if isinstance(value, Decimal):
        text = str(value)
    elif isinstance(value, dict):
        text = "{...}"
    elif isinstance(value, list):
        text = "[...]"
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _verwacht_patroon(error: ValidationError, taal: str = "nl") -> str:
    """What a value that fails a ``pattern`` (or its ``maxLength``) should look like."""
    patroon = error.schema.get("pattern", "") if isinstance(error.schema, dict) else ""
    en = taal == "en"
    if "[0-9]{2}$" in patroon:
        if en:
            return "an amount with a point and two decimals, for example 1234.50"
        return "een bedrag met een punt en twee decimalen, bijvoorbeeld 1234.50"
    if "{12}$" in patroon:
        if en:
            return "an id in UUID form, for example 3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f"
        return "een id in UUID-vorm, bijvoorbeeld 3f2b8c1e-5d4a-4e6b-9c7d-0a1b2c3d4e5f"
    if patroon.startswith("^GM"):
        if en:
            return "a CBS municipality code: GM and four digits, for example GM0363"
        return "een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0363"
    return f"text of the form {patroon}" if en else f"tekst van de vorm {patroon}"


def vertaal(error: ValidationError) -> ImportFout:
    """One jsonschema error → ImportFout(pad, Dutch message)."""
    pad = list(error.absolute_path)
    kind = error.validator
    # Typed by jsonschema as "anything or unset"; set for every error a validator reports.
    value: Any = error.instance
    regel: Any = error.validator_value
    schema: Any = error.schema
    if kind == "required":
        ontbrekend = next(k for k in regel if k not in value)
        return ImportFout(
            pad_tekst([*pad, ontbrekend]),
            "deze verplichte sleutel ontbreekt",
            "this required key is missing",
        )
    if kind == "additionalProperties":
        bekend = set(schema.get("properties", {}))
        extra = sorted(k for k in value if k not in bekend)[0]
        return ImportFout(
            pad_tekst([*pad, extra]),
            "onbekende sleutel: die hoort niet bij dit formaat (een tikfout?)",
            "unknown key: it does not belong to this format (a typing error?)",
        )
    if "propertyNames" in error.absolute_schema_path:
        # The failing instance is the key itself (a year in streefwaarden); the path is its
        # object, so the key is appended to name it.
        return ImportFout(
            pad_tekst([*pad, str(value)]),
            f"{_waarde(value)} is geen jaartal (bijvoorbeeld 2024)",
            f"{_waarde(value)} is not a year (for example 2024)",
        )
    if kind == "type":
        typen = regel
        lijst = [typen] if isinstance(typen, str) else typen
        verwacht = " of ".join(_TYPEN[t] for t in lijst)
        expected = " or ".join(_TYPES[t] for t in lijst)
        return ImportFout(
            pad_tekst(pad),
            f"moet {verwacht} zijn, maar is {_waarde(value)}",
            f"must be {expected}, but is {_waarde(value)}",
        )
    if kind in ("pattern", "maxLength"):
        return ImportFout(
            pad_tekst(pad),
            f"{_waarde(value)} is niet geldig: verwacht {_verwacht_patroon(error)}",
            f"{_waarde(value)} is not valid: expected {_verwacht_patroon(error, 'en')}",
        )
    if kind == "const":
        return ImportFout(
            pad_tekst(pad),
            f"moet {_waarde(error.validator_value)} zijn",
            f"must be {_waarde(error.validator_value)}",
        )
    if kind == "enum":
        keuzes = ", ".join(str(v) for v in regel)
        return ImportFout(
            pad_tekst(pad),
            f"{_waarde(value)} is geen toegestane waarde (kies uit: {keuzes})",
            f"{_waarde(value)} is not an allowed value (choose from: {keuzes})",
        )
    if kind == "minimum":
        return ImportFout(
            pad_tekst(pad),
            f"moet minstens {error.validator_value} zijn",
            f"must be at least {error.validator_value}",
        )
    if kind == "maximum":
        return ImportFout(
            pad_tekst(pad),
            f"moet hoogstens {error.validator_value} zijn",
            f"must be at most {error.validator_value}",
        )
    # A rule this table does not know yet: still Dutch, still the exact path.
    log.warning("onvertaalde schemafout %s: %s", kind, error.message)
    return ImportFout(
        pad_tekst(pad),
        f"voldoet niet aan het formaat ({kind})",
        f"does not match the format ({kind})",
    )
