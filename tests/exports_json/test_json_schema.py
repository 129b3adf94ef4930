"""The published schema and the canonical form agree, so neither can drift from the other."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator

from domain.serialize import plan_to_dict
from domain.vorm import NIEUWE_SLEUTELS
from exports.json_exchange import export_json
from exports.json_schema import plan_schema
from resources import resource_path
from tests.exports_json.voorbeeld import voorbeeldplan


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    root = plan_schema()
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _walk(value: Any, schema: dict[str, Any], pad: str, seen: list[str]) -> None:
    """Check that every key of ``value`` is declared, and record every object's schema."""
    schema = _resolve(schema)
    if isinstance(value, dict) and "properties" in schema:
        seen.append(pad)
        assert schema.get("additionalProperties") is False, f"{pad or 'top'} accepts typos"
        # Required: every key, except those a later format version added (an older file
        # lacks them); the vorm module names them.
        assert set(schema["required"]) == set(schema["properties"]) - NIEUWE_SLEUTELS, pad
        assert set(value) == set(schema["properties"]), pad
        for key, sub in value.items():
            assert schema["properties"][key].get("description"), f"{pad}.{key} undocumented"
            _walk(sub, schema["properties"][key], f"{pad}.{key}", seen)
    elif isinstance(value, list):
        for item in value:
            _walk(item, schema["items"], f"{pad}[]", seen)


def test_the_schema_is_valid_draft_2020_12():
    schema = json.loads(resource_path("schemas", "plan.schema.json").read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_every_key_plan_to_dict_writes_is_in_the_schema_and_nothing_else_is():
    doc = json.loads(export_json(voorbeeldplan()))  # every list holds at least one entry
    seen: list[str] = []
    _walk(doc, plan_schema(), "", seen)
    assert set(seen) >= {
        "",
        ".contactpersoon",
        ".probleemanalyse",
        ".probleemanalyse.risicofactoren[]",
        ".doelgroepen[]",
        ".wijken[]",
        ".interventies[]",
        ".partners[]",
        ".indicatoren[]",
        ".begroting[]",
    }


def test_the_envelope_comes_on_top_of_exactly_the_canonical_keys():
    schema = plan_schema()
    plan_keys = set(plan_to_dict(voorbeeldplan()))
    assert set(schema["properties"]) == plan_keys | {"format", "format_version"}


def test_amounts_in_the_schema_use_the_exchange_pattern():
    bedrag = plan_schema()["$defs"]["bedrag"]
    assert bedrag["pattern"] == r"^-?[0-9]+\.[0-9]{2}$"
    validator = Draft202012Validator(bedrag)
    assert validator.is_valid("1234.50") and validator.is_valid("-0.01")
    for wrong in ("1234.5", "1.234,50", "12", "١٢.٣٤", 12.5):
        assert not validator.is_valid(wrong), wrong
