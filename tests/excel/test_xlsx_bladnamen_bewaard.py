"""Sheet names parsed once per (workbook.xml, relationships) pair in a bulk import (issue 13):
the same names as parsing every time, and nothing a caller changes leaks into the next file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from exports import xlsx_bladnamen as B


def _delen(werkmap: Path) -> tuple[bytes, bytes]:
    with zipfile.ZipFile(werkmap) as z:
        return z.read("xl/workbook.xml"), z.read("xl/_rels/workbook.xml.rels")


def test_kept_names_are_the_parsed_names_and_stay_unchanged(werkmap: Path):
    workbook, rels = _delen(werkmap)
    B._bewaarde_bladnamen.cache_clear()
    eerste = B._bladnamen(workbook, rels)
    assert eerste == B._lees_bladnamen(workbook, rels)
    assert "Plan" in eerste.values()
    eerste.clear()  # a caller's change
    tweede = B._bladnamen(bytes(workbook), bytes(rels))  # other objects, the same bytes
    assert tweede == B._lees_bladnamen(workbook, rels)
    assert B._bewaarde_bladnamen.cache_info().hits == 1


def test_large_parts_are_parsed_and_not_kept(werkmap: Path):
    workbook, rels = _delen(werkmap)
    groot = workbook.replace(b"</workbook>", b"<!-- " + b"x" * B._BEWAAR_TOT + b" --></workbook>")
    B._bewaarde_bladnamen.cache_clear()
    assert B._bladnamen(groot, rels) == B._lees_bladnamen(workbook, rels)
    assert B._bewaarde_bladnamen.cache_info().currsize == 0
