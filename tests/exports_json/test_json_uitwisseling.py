"""Issue 10 for the JSON exchange: a file carries a municipality's data, never the ministry's
decisions, and no value that cannot be stored (a lone surrogate, an id in capitals)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from exports.errors import ImportFout
from exports.json_exchange import import_json
from tests.exports_json.voorbeeld import als_bytes, voorbeeld_dict

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def _weigering(catalogus, doc) -> ImportFout:
    with pytest.raises(ImportFout) as caught:
        import_json(als_bytes(doc) if isinstance(doc, dict) else doc, catalogus)
    return caught.value


@pytest.mark.parametrize("status", ["in_beoordeling", "goedgekeurd", "afgewezen"])
def test_a_file_that_claims_an_assessors_decision_is_refused(catalogus, status):
    doc = {**voorbeeld_dict(), "status": status}
    fout = _weigering(catalogus, doc)
    assert fout.pad == "status"
    assert f"status '{status}' kan niet uit een bestand komen" in str(fout)


def test_ingediend_from_a_file_is_accepted(catalogus):
    assert import_json(als_bytes({**voorbeeld_dict(), "status": "ingediend"}), catalogus)


def test_a_lone_surrogate_escape_is_refused_naming_the_key_path(catalogus):
    data = als_bytes(voorbeeld_dict()).replace(b'"titel": "', b'"titel": "\\ud800', 1)
    fout = _weigering(catalogus, data)
    assert fout.pad == "titel"
    assert "surrogaat" in str(fout)


def test_a_lone_surrogate_on_the_command_line_is_a_dutch_refusal_not_a_traceback(tmp_path):
    data = als_bytes(voorbeeld_dict()).replace(b'"titel": "', b'"titel": "\\udfff', 1)
    (tmp_path / "plan.json").write_bytes(data)
    done = subprocess.run(
        [
            sys.executable,
            str(MAIN),
            "import-json",
            str(tmp_path / "plan.json"),
            "--db",
            f"sqlite:///{tmp_path / 'db.sqlite'}",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "titel" in done.stderr and "surrogaat" in done.stderr


def test_an_upper_case_plan_id_is_refused_so_it_never_becomes_an_unreachable_second_plan(
    catalogus,
):
    doc = voorbeeld_dict()
    fout = _weigering(catalogus, {**doc, "id": doc["id"].upper()})
    assert fout.pad == "id"
    assert "hoofdletters" in str(fout)
