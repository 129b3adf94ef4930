"""Issue 13: the generated (fastjsonschema) check in front of jsonschema is never looser.

A document the fast check accepts skips jsonschema, so it must be one jsonschema accepts too;
a document it refuses goes to jsonschema, whose first error gives the path and the message
(the refusal tests in test_json_refusals.py hold through that route).
"""

from __future__ import annotations

import contextlib
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import _plan_schema_snel
from exports.errors import ImportFout
from exports.json_schema import (
    _rs_check,
    _rs_geldig,
    _snel_geldig,
    _validator,
    controleer_schema,
    genereer_snelle_code,
    schema_vingerafdruk,
)
from tests.exports_json.test_json_fuzz import VOORBEELD_PADEN, json_waarden
from tests.exports_json.voorbeeld import voorbeeld_dict

decimalen = st.decimals(allow_nan=False, allow_infinity=False, places=2) | st.sampled_from(
    [Decimal("2024.0"), Decimal("1E+2"), Decimal("-0.00"), Decimal("999999999.999")]
)
teksten = st.sampled_from(
    ["GM0363\n", "2024\n", "6f0b6c1e-0000-4000-8000-000000000001\n", "12.50\n", "", "x" * 300]
)
waarden = json_waarden | decimalen | teksten


def test_the_shipped_check_was_generated_from_the_schema_file_as_it_is():
    """Failing here: the schema changed; run `python -m exports.json_schema` and commit."""
    assert schema_vingerafdruk() == _plan_schema_snel.SCHEMA_SHA256
    assert f'SCHEMA_SHA256 = "{schema_vingerafdruk()}"' in genereer_snelle_code()


def _zet(doc: dict[str, Any], pad: tuple[Any, ...], waarde: Any) -> None:
    doel: Any = doc
    for deel in pad[:-1]:
        doel = doel[deel]
    doel[pad[-1]] = waarde


@settings(max_examples=400)
@given(st.sampled_from(VOORBEELD_PADEN), waarden, st.sampled_from(VOORBEELD_PADEN), waarden)
def test_what_the_fast_check_accepts_jsonschema_accepts(pad, waarde, pad2, waarde2):
    doc = voorbeeld_dict()
    _zet(doc, pad, waarde)
    # The first change may have removed where the second would go.
    with contextlib.suppress(KeyError, IndexError, TypeError):
        _zet(doc, pad2, waarde2)
    jsonschema_geldig = _validator().is_valid(doc)
    if _snel_geldig(doc):
        assert jsonschema_geldig, (pad, waarde, pad2, waarde2)


def _heeft_decimal(waarde: Any) -> bool:
    if isinstance(waarde, Decimal):
        return True
    if isinstance(waarde, dict):
        return any(_heeft_decimal(v) for v in waarde.values())
    if isinstance(waarde, list):
        return any(_heeft_decimal(v) for v in waarde)
    return False


@settings(max_examples=400)
@given(st.sampled_from(VOORBEELD_PADEN), waarden, st.sampled_from(VOORBEELD_PADEN), waarden)
def test_what_jsonschema_rs_accepts_jsonschema_accepts(pad, waarde, pad2, waarde2):
    """import_json asks jsonschema-rs only about a document without Decimal (a file without
    fractional numbers); on those it is never looser than jsonschema."""
    doc = voorbeeld_dict()
    _zet(doc, pad, waarde)
    with contextlib.suppress(KeyError, IndexError, TypeError):
        _zet(doc, pad2, waarde2)
    if not _heeft_decimal(doc) and _rs_geldig(doc):
        assert _validator().is_valid(doc), (pad, waarde, pad2, waarde2)


def test_the_example_file_passes_the_fast_checks():
    assert _snel_geldig(voorbeeld_dict())
    assert _rs_check() is not None, "jsonschema-rs is a dependency (pyproject.toml)"
    assert _rs_geldig(voorbeeld_dict())


def test_jsonschema_rs_would_take_a_decimal_for_an_integer_so_it_is_not_asked():
    """Why import_json passes zonder_breuken only for a file without fractional numbers."""
    from exports.json_exchange import import_json
    from tests.exports_json.voorbeeld import als_bytes
    from tests.strategies import referentie_catalogus

    doc = voorbeeld_dict()
    doc["begroting"][0]["jaar"] = Decimal("2024.0")
    assert _rs_geldig(doc) and not _validator().is_valid(doc)
    data = re.sub(rb'"jaar": (\d+)', rb'"jaar": \1.0', als_bytes(voorbeeld_dict()), count=1)
    assert re.search(rb'"jaar": \d{4}\.0,', data)
    with pytest.raises(ImportFout, match="geheel getal"):
        import_json(data, referentie_catalogus())


@pytest.mark.parametrize(
    ("pad", "waarde", "verwacht"),
    [
        (("begroting", 0, "jaar"), Decimal("2024.0"), "moet een geheel getal zijn"),
        (("gemeente_code",), "GM363", "GM en vier cijfers"),
        (("begroting", 0, "bedrag"), "12.5", "twee decimalen"),
    ],
)
def test_a_refusal_still_names_the_path_in_dutch(pad, waarde, verwacht: str):
    doc = voorbeeld_dict()
    _zet(doc, pad, waarde)
    assert not _snel_geldig(doc)
    with pytest.raises(ImportFout) as fout:
        controleer_schema(doc)
    assert fout.value.pad.startswith(str(pad[0])) and verwacht in fout.value.bericht


def test_where_the_fast_check_is_stricter_jsonschema_decides():
    """Python's `$` matches before a final newline: jsonschema accepts "GM0363\\n", the
    generated check (\\Z) does not; the fallback keeps the old answer instead of refusing."""
    doc = voorbeeld_dict()
    doc["gemeente_code"] = "GM0363\n"
    assert not _snel_geldig(doc)
    assert _validator().is_valid(doc)
    controleer_schema(doc)  # no ImportFout: the schema check answers as before
    json.dumps(doc)


@pytest.mark.parametrize("escape", [b"\\ud800", b"\\uDFFF", b"\\uDbFf"])
def test_a_lone_surrogate_escape_is_still_refused_in_a_value_and_in_a_key(escape: bytes):
    """The walk over every string now runs only when the raw file holds such an escape."""
    from exports.json_exchange import import_json
    from tests.exports_json.voorbeeld import als_bytes
    from tests.strategies import referentie_catalogus

    data = als_bytes(voorbeeld_dict())
    for slecht in (
        data.replace(b'"titel": "', b'"titel": "x' + escape, 1),
        data.replace(b'"titel": "', b'"t' + escape + b'": "", "titel": "', 1),
    ):
        with pytest.raises(ImportFout, match="surrogaat"):
            import_json(slecht, referentie_catalogus())
