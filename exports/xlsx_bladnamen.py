"""The sheet names of a workbook: zip part → name, from workbook.xml and its relationships.

Two small parts, parsed before calamine reads anything, by expat in C hardened the way
defusedxml hardens it, and stricter: any DTD, entity declaration or external entity is refused
(:func:`_elementen`). Split from :mod:`exports.xlsx_safety`, which calls it.
"""

from __future__ import annotations

import functools
import zipfile

_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def bladnamen(zf: zipfile.ZipFile) -> dict[str, str]:
    """Zip part → sheet name, from workbook.xml and its relationships (small, parsed safely)."""
    try:
        return _bladnamen(zf.read("xl/workbook.xml"), zf.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}


# issue 13: a bulk import reads many workbooks from one program, whose workbook.xml and its
# relationships are byte for byte the same: the names are parsed once per such pair (a pure
# function of the bytes), only for small parts so that the cache holds little.
_BEWAAR_TOT = 64 * 1024


def _bladnamen(workbook_xml: bytes | None, rels_xml: bytes | None) -> dict[str, str]:
    if workbook_xml is None or rels_xml is None:
        return {}
    if len(workbook_xml) + len(rels_xml) <= _BEWAAR_TOT:
        return dict(_bewaarde_bladnamen(workbook_xml, rels_xml))
    return _lees_bladnamen(workbook_xml, rels_xml)


@functools.lru_cache(maxsize=8)
def _bewaarde_bladnamen(workbook_xml: bytes, rels_xml: bytes) -> tuple[tuple[str, str], ...]:
    return tuple(_lees_bladnamen(workbook_xml, rels_xml).items())


def _lees_bladnamen(workbook_xml: bytes, rels_xml: bytes) -> dict[str, str]:
    try:
        # rels: <Relationship> children of the root; workbook: root/<sheets>/<sheet>.
        rels = _elementen(rels_xml, 1)
        bladen = _elementen(workbook_xml, 2)
    except Exception:  # broken or hostile: the reader will refuse it with its own message
        return {}
    relatie = f"{_NS['p']}}}Relationship"
    doelen = {a.get("Id"): a.get("Target", "") for _, naam, a in rels if naam == relatie}
    uit = {}
    r_id = f"{_NS['r']}}}id"
    binnen = False  # inside a <sheets> child of the root
    for diepte, naam, a in bladen:
        if diepte == 1:
            binnen = naam == f"{_NS['m']}}}sheets"
            continue
        if not binnen or naam != f"{_NS['m']}}}sheet":
            continue
        doel = doelen.get(a.get(r_id), "")
        deel = doel.lstrip("/") if doel.startswith("/") else f"xl/{doel}"
        uit[deel] = a.get("name", deel)
    return uit


def _weiger(*_: object) -> int:
    raise ValueError("DTD of entiteit in een werkmapdeel")


def _elementen(xml: bytes, tot: int) -> list[tuple[int, str, dict[str, str]]]:
    """(depth below the root, "namespace}name", attributes) of every element from depth 1 to
    ``tot``, in document order, parsed by expat in C (issue 13: defusedxml's parser is
    ElementTree's pure-Python one, ~0.5 ms per workbook for two small parts). Hardened as
    defusedxml does it, and stricter: any DTD, entity declaration or external entity raises."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _weiger
    parser.EntityDeclHandler = _weiger
    parser.UnparsedEntityDeclHandler = _weiger
    parser.ExternalEntityRefHandler = _weiger
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    uit: list[tuple[int, str, dict[str, str]]] = []
    diepte = -1

    def start(naam: str, attributen: dict[str, str]) -> None:
        nonlocal diepte
        diepte += 1
        if 1 <= diepte <= tot:
            uit.append((diepte, naam, attributen))

    def einde(_naam: str) -> None:
        nonlocal diepte
        diepte -= 1

    parser.StartElementHandler = start
    parser.EndElementHandler = einde
    parser.Parse(xml, True)
    return uit
