"""Whatever bytes arrive, import_json answers with a plan or an ImportFout, never a traceback."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.importing import STATUS_UIT_BESTAND
from exports.errors import ImportFout
from exports.json_exchange import export_json, import_json
from tests.exports_json.voorbeeld import als_bytes, voorbeeld_dict
from tests.strategies import plannen, referentie_catalogus

json_waarden = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda kind: (
        st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=8), kind, max_size=3)
    ),
    max_leaves=8,
)


def _paden(value: Any, pad: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else []
    )
    for key, sub in items:
        out.append((*pad, key))
        out.extend(_paden(sub, (*pad, key)))
    return out


def _uitkomst(data: bytes) -> str:
    try:
        import_json(data, referentie_catalogus())
    except ImportFout as fout:
        assert fout.bericht and str(fout)
        return "geweigerd"
    return "gelezen"


@settings(max_examples=200)
@given(st.binary(max_size=200))
def test_random_bytes_are_refused_with_an_import_error(data):
    assert _uitkomst(data) == "geweigerd"


@settings(max_examples=200)
@given(json_waarden)
def test_any_json_value_that_is_not_a_plan_is_refused(value):
    assert _uitkomst(json.dumps(value).encode()) == "geweigerd"


VOORBEELD_PADEN = _paden(voorbeeld_dict())


@settings(max_examples=300)
@given(st.sampled_from(VOORBEELD_PADEN), json_waarden)
def test_replacing_any_value_of_a_real_file_gives_a_plan_or_an_import_error(pad, waarde):
    doc = voorbeeld_dict()
    target = doc
    for deel in pad[:-1]:
        target = target[deel]
    target[pad[-1]] = waarde
    _uitkomst(als_bytes(doc))


@settings(max_examples=50)
@given(plannen(statussen=STATUS_UIT_BESTAND), st.data())
def test_cutting_an_exported_file_short_is_refused(plan, data):
    exported = export_json(plan)
    cut = data.draw(st.integers(0, len(exported) - 3))
    assert _uitkomst(exported[:cut]) == "geweigerd"


def test_numbers_are_read_as_decimal_so_a_huge_amount_number_is_a_type_error_not_a_crash():
    doc = voorbeeld_dict()
    doc["begroting"][0]["bedrag"] = Decimal("1e400")
    data = json.dumps(doc, default=str).replace('"1E+400"', "1e400").encode()
    assert _uitkomst(data) == "geweigerd"
