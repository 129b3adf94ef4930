"""Open a workbook with openpyxl's read-only reader, without sizing every sheet first.

openpyxl's read-only worksheet parses each sheet once just to find its declared size (for a
small sheet that is the whole sheet), and then again when its rows are read. The importer does
not trust the declared size anyway (``reset_dimensions``), so the first pass is pure cost:
about 30 % of reading a plan workbook. This subclasses two openpyxl classes to skip it; it
follows ``ExcelReader.read_worksheets``'s read-only branch (openpyxl 3.1) and falls back to
plain ``load_workbook`` should those internals ever change.
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger(__name__)


def open_werkmap(path: str | os.PathLike[str]) -> Any:
    """A read-only, values-only workbook without external links (close it after use)."""
    from openpyxl import load_workbook

    try:
        lezer = _lezer_klasse()(path, read_only=True, data_only=True, keep_links=False)
    except (ImportError, AttributeError, TypeError):  # openpyxl internals changed
        log.warning("snelle leesweg van openpyxl niet beschikbaar", exc_info=True)
        return load_workbook(path, read_only=True, data_only=True, keep_links=False)
    lezer.read()
    return lezer.wb


def _lezer_klasse() -> type:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class _OngemetenBlad(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            """Skip the sizing pass; the reader calls ``reset_dimensions`` before reading."""

    class _Lezer(ExcelReader):
        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                # Chart sheets hold no plan data; like openpyxl, skip missing parts.
                if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                    continue
                ws = _OngemetenBlad(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state  # pyright: ignore[reportAttributeAccessIssue]
                self.wb._sheets.append(ws)  # pyright: ignore[reportAttributeAccessIssue]

    return _Lezer
