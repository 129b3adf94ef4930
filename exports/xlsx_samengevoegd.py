"""calamine reads every sheet twice; for a sheet shown to be plain, tell it that the sheet has
no merged cells, so that it reads the sheet once (issue 13).

python-calamine's ``get_sheet_by_name`` reads a sheet's cells (up to ``</sheetData>``) and then
tokenizes the whole sheet a second time, from its first byte, looking for ``<mergeCells>``
(calamine's ``merge_cells_by_sheet_name``), whose result the importer never uses: ~0.7 ms of
the ~2 ms calamine spent per workbook. That second pass stops at the first ``<mergeCells>``
start tag. :func:`met_lege_samenvoeging` puts an empty ``<mergeCells></mergeCells>`` right
before ``<sheetData``, so the second pass stops there.

Nothing else reads that element: calamine's cell reader passes over every element before
``<sheetData>`` (it looks at ``<dimension>`` only); the cells it reads are the very bytes that
:mod:`exports.xlsx_safety` and :mod:`exports.xlsx_scan` checked, and the element holds no
cell, row, text or reference.

What the second pass would have found must not be lost. calamine's XML reader (quick-xml, end
tag names not compared) fails on an end tag when no element is open, on broken syntax, and
calamine on a bad ``<mergeCell ref>``; after ``</sheetData>`` only the second pass sees the
part, and such a file is refused today. So the element goes in only when the whole part
matches :data:`EEN_PASS` (a regular grammar, checked by the RE2 pass xlsx_safety makes over
every sheet anyway, ~8 % more time there; :func:`exports.xlsx_safety._soorten_en_bewijs`):

- an optional XML declaration, then ``<worksheet …>`` and, up to ``</worksheet>`` at the very
  end, elements nested at most a few deep, each start tag closed by an end tag (quick-xml
  pairs them by count, not name: so does the grammar), text without ``<``, attributes quoted
  without ``<`` or ``>``, no comment, CDATA, processing instruction or DTD;
- before ``<sheetData>`` and after ``</sheetData>`` only elements a worksheet has there
  (:data:`_KOP_NAMEN`, :data:`_STAART_NAMEN`: never ``mergeCells`` or ``sheetData``);
- inside ``<sheetData>`` only names of at most eight letters and digits (``row``, ``c``,
  ``v``, ``is``, ``t``, ``rPr`` …: never ``sheetData`` or ``mergeCells``), so the cell reader
  stops at the one ``</sheetData>``.

Then the second pass, with or without the element, ends at ``</worksheet>`` with every element
closed and nothing to complain about. Anything else (a prefix, a comment, a rich text with
``vertAlign``, a real ``<mergeCells>``) is left as it is, and calamine reads it twice, as
before. tests/excel/test_xlsx_samengevoegd.py compares calamine's values and errors with and
without the element on generated sheets, well-formed and not.
"""

from __future__ import annotations

LEGE_SAMENVOEGING = b"<mergeCells></mergeCells>"
_START = b"<sheetData"

_WIT = rb"[ \t\r\n]"
# Attributes as quick-xml finds the end of a tag: a ">" inside quotes does not end it. Here no
# quote holds "<" or ">", and the last thing before ">" is not a bare "/" (an empty element).
_ATTRIBUTEN = rb"""(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*"""
_LAATSTE = rb"""(?:[^<>"'/]|"[^"<>]*"|'[^'<>]*')"""
_EINDE = rb"</[^<>]*>"  # quick-xml compares no end tag names (calamine turns that off)


def _start(namen: bytes) -> bytes:
    return rb"<(?:" + namen + rb")(?:" + _WIT + rb"(?:" + _ATTRIBUTEN + _LAATSTE + rb")?)?>"


def _leeg(namen: bytes) -> bytes:
    return rb"<(?:" + namen + rb")(?:" + _WIT + _ATTRIBUTEN + rb")?/>"


def _genest(namen: bytes, diepte: int, einde: bytes = _EINDE) -> bytes:
    """Text and elements named ``namen``, nested at most ``diepte`` deep, each closed."""
    inhoud = rb"(?:[^<]|" + _leeg(namen) + rb")*"
    for _ in range(diepte):
        element = _start(namen) + inhoud + einde
        inhoud = rb"(?:[^<]|" + _leeg(namen) + rb"|" + element + rb")*"
    return inhoud


# CT_Worksheet's children before and after sheetData (ECMA-376 part 1, 18.3.1.99) and theirs.
_KOP_NAMEN = (
    rb"sheetPr|tabColor|outlinePr|pageSetUpPr|dimension|sheetViews|sheetView|pane|selection|"
    rb"pivotSelection|sheetFormatPr|cols|col|sheetCalcPr"
)
_STAART_NAMEN = (
    rb"sheetProtection|protectedRanges|protectedRange|scenarios|autoFilter|sortState|"
    rb"dataConsolidate|customSheetViews|phoneticPr|conditionalFormatting|cfRule|formula|"
    rb"colorScale|dataBar|iconSet|cfvo|color|dataValidations|dataValidation|formula1|formula2|"
    rb"hyperlinks|hyperlink|printOptions|pageMargins|pageSetup|headerFooter|oddHeader|"
    rb"oddFooter|evenHeader|evenFooter|firstHeader|firstFooter|rowBreaks|colBreaks|brk|"
    rb"customProperties|cellWatches|ignoredErrors|ignoredError|smartTags|drawing|"
    rb"legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|"
    rb"tableParts|tablePart"
)
_CEL_NAAM = rb"[A-Za-z][A-Za-z0-9]{0,7}"

EEN_PASS = (
    rb"\A(?:<\?xml" + _ATTRIBUTEN + rb"\?>)?" + _WIT + rb"*"
    + _start(rb"worksheet")
    + _genest(_KOP_NAMEN, 3)
    + _start(rb"sheetData")
    + _genest(_CEL_NAAM, 6, rb"</" + _CEL_NAAM + rb">")
    + rb"</sheetData>"
    + _genest(_STAART_NAMEN, 3)
    + rb"</worksheet>\z"
)


def invoegplek(xml: bytes) -> int:
    """Where :data:`LEGE_SAMENVOEGING` goes: right before ``<sheetData``. Only for a part that
    matches :data:`EEN_PASS` (there the first ``<sheetData`` is its start tag: no ``<`` stands
    in text or attributes before it)."""
    return xml.find(_START)


def met_lege_samenvoeging(xml: bytes) -> bytes:
    """``xml`` with :data:`LEGE_SAMENVOEGING` at :func:`invoegplek` (for the tests; the
    importer writes the pieces into calamine's zip without joining them first)."""
    begin = invoegplek(xml)
    return b"".join((xml[:begin], LEGE_SAMENVOEGING, xml[begin:]))
