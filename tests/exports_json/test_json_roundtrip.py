"""Export → import gives the identical plan, for every plan Hypothesis can think of."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from domain.importing import STATUS_UIT_BESTAND
from domain.serialize import content_hash, plan_to_dict
from exports.atomic import write_atomic
from exports.json_exchange import FORMAT, FORMAT_VERSION, export_json, import_json
from exports.json_schema import plan_schema
from tests.exports_json.voorbeeld import voorbeeldplan
from tests.strategies import plannen


@given(data=st.data())
def test_export_then_import_gives_the_identical_plan_and_content_hash(catalogus, data):
    plan = data.draw(plannen(catalogus, statussen=STATUS_UIT_BESTAND))
    terug = import_json(export_json(plan), catalogus)
    assert terug == plan
    assert content_hash(terug) == content_hash(plan)


@settings(max_examples=50)
@given(data=st.data())
def test_plans_with_every_control_character_survive_the_round_trip_too(catalogus, data):
    # JSON escapes what XML cannot hold, so the raw strategy round-trips as well.
    plan = data.draw(plannen(catalogus, xml_veilig=False, statussen=STATUS_UIT_BESTAND))
    assert import_json(export_json(plan), catalogus) == plan


@settings(max_examples=50)
@given(data=st.data())
def test_every_exported_file_is_valid_against_the_published_schema(catalogus, data):
    doc = json.loads(export_json(data.draw(plannen(catalogus, statussen=STATUS_UIT_BESTAND))))
    errors = [e.message for e in Draft202012Validator(plan_schema()).iter_errors(doc)]
    assert errors == []


@settings(max_examples=25)
@given(data=st.data())
def test_exporting_twice_gives_the_same_bytes(catalogus, data):
    plan = data.draw(plannen(catalogus, statussen=STATUS_UIT_BESTAND))
    assert export_json(plan) == export_json(import_json(export_json(plan), catalogus))


def test_the_file_is_indented_utf8_with_the_envelope_first_and_readable_names():
    data = export_json(voorbeeldplan())
    text = data.decode("utf-8")
    assert text.startswith('{\n  "format": "wijkplan-plan",\n  "format_version": 2,\n  "id": ')
    assert "Yeşilgöz" in text and "Súdwest-Fryslân" in text  # ensure_ascii=False
    assert text.endswith("}\n")
    doc = json.loads(data)
    assert list(doc)[:2] == ["format", "format_version"]
    assert list(doc)[2:] == list(plan_to_dict(voorbeeldplan()))
    assert (doc["format"], doc["format_version"]) == (FORMAT, FORMAT_VERSION)


def test_amounts_are_decimal_strings_with_two_decimals():
    doc = json.loads(export_json(voorbeeldplan()))
    assert doc["begroting"][0]["bedrag"] == "1234.50"
    assert doc["begroting"][0]["cofinanciering"] == "999999999.99"
    assert doc["indicatoren"][0]["streefwaarden"] == {"2023": "50.00", "2024": "100.00"}


def test_a_file_saved_by_notepad_with_a_byte_order_mark_is_read(catalogus):
    data = b"\xef\xbb\xbf" + export_json(voorbeeldplan())
    assert import_json(data, catalogus) == voorbeeldplan()


def test_an_exported_file_written_atomically_reads_back_as_the_same_plan(catalogus, tmp_path):
    target = tmp_path / "plan.json"
    write_atomic(target, export_json(voorbeeldplan()))
    assert import_json(target.read_bytes(), catalogus) == voorbeeldplan()


def test_both_demo_plans_survive_the_round_trip(catalogus):
    from domain.demo import demo_plannen

    for plan in demo_plannen(catalogus):
        assert import_json(export_json(plan), catalogus) == plan
