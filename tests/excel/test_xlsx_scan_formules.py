"""The scan looks up a sheet's formulas only when that sheet is asked for (issue 13,
exports.xlsx_scan.Formules); whatever is asked, in whatever order, the answer is what the
eager scan gave."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_safety as S
from exports import xlsx_scan as SC
from tests.excel.test_xlsx_safety_soorten import xml_achtig

_FORMULE_STUKKEN = st.sampled_from(
    [
        b'<c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>',
        b'<c r="B2" t="str"><f/><v>x</v></c>',
        b"<x:c r='C3'><x:f>1+1</x:f></x:c>",
        b'<c r="D4"><f t="shared" si="0"/></c>',
        b"<f>zonder cel</f>",
    ]
)
_BLAD = st.lists(_FORMULE_STUKKEN | xml_achtig, max_size=6).map(b"".join)
_NAMEN = ["Plan", "Begroting", "Overzicht", "Metadata"]


def _eager(bladen: list[tuple[str, bytes]]) -> dict[str, dict[str, str]]:
    uit: dict[str, dict[str, str]] = {}
    for blad, xml in bladen:
        SC._zoek_formules(xml, blad, uit, S.met_voorvoegsel(xml))
    return uit


def _lui(bladen: list[tuple[str, bytes]]) -> SC.Scan:
    scan = SC.Scan()
    for blad, xml in bladen:
        voorvoegsel, soorten = S._soorten(xml) if S._re2_set() else (S.met_voorvoegsel(xml), S.ALLE)
        SC._scan_blad(xml, blad, scan, voorvoegsel, soorten)
    return scan


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_NAMEN), _BLAD), max_size=5),
    st.lists(
        st.tuples(st.sampled_from([*_NAMEN, "Onbekend"]), st.sampled_from(["get", "in", "[]"])),
        max_size=4,
    ),
    st.sampled_from(["==", "iter", "len", "items", "copy", "repr", "bool"]),
)
def test_formulas_asked_for_are_what_the_eager_scan_found(bladen, gevraagd, geheel):
    verwacht = _eager(bladen)
    formules = _lui(bladen).formules
    for blad, manier in gevraagd:  # the importer's way: one sheet at a time
        if manier == "get":
            assert formules.get(blad) == verwacht.get(blad)
        elif manier == "in":
            assert (blad in formules) == (blad in verwacht)
        elif blad in verwacht:
            assert formules[blad] == verwacht[blad]
    if geheel == "==":
        assert formules == verwacht
    elif geheel == "iter":
        assert sorted(formules) == sorted(verwacht)
    elif geheel == "len":
        assert len(formules) == len(verwacht)
    elif geheel == "items":
        assert dict(formules.items()) == verwacht
    elif geheel == "copy":
        assert formules.copy() == verwacht
    elif geheel == "repr":
        assert eval(repr(formules)) == verwacht
    else:
        assert bool(formules) == bool(verwacht)


def test_an_export_s_overzicht_formulas_are_only_looked_up_when_asked(werkmap: Path):
    bestand = S.lees_bestand(werkmap)
    scan = SC.scan_delen(bestand)
    formules = scan.formules
    assert isinstance(formules, SC.Formules)
    assert "Overzicht" in formules._later  # found by the RE2 pass, not looked up yet
    assert formules.get("Overzicht")  # and there when asked
    assert not formules._later
