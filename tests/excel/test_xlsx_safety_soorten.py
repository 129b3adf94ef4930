"""One RE2 pass per sheet says which exact checks may find something (issue 13); the checks
left out would have found nothing. Hostile variants are generated from the pieces the
patterns look at: namespace prefixes, single quotes, white space in attributes, far
references, error cells, odd numbers, formulas, text with white space at its edges."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports import xlsx_safety as S
from exports import xlsx_scan as SC

_STUKKEN = [
    b"<c ", b"<c>", b"<c/>", b"<c\t", b"<c\n", b'<c r="', b"<row ", b'<row r="', b"<row>",
    b"<x:c ", b"<x:row ", b"x:t>", b":v>", b"<x:f>", b":", b" r", b"r", b"=", b" = ", b'r="',
    b"r='", b"\tr=\x0b'", b"\nr\x0c=", b"AB", b"XFD", b"A", b"Z", b"12", b"12345", b"1048576",
    b"9", b'"', b"'", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c", b">", b"<", b"/", b"e",
    b"E", b"_", b"t", b't="e"', b" t = 'e'", b"t=\"e'", b"<v>", b"</v>", b"1e-400", b"1_000",
    b"#N/A", b"<f>", b"<f ", b"<f/>", b"</f>", b"<t>", b"</t>", b"<t ", b"<t\x0b",
    b'xml:space="preserve"', b"<is>", b"x", b"\xe9", b"!",
]
xml_achtig = st.lists(st.sampled_from(_STUKKEN), max_size=60).map(b"".join)

pytestmark = pytest.mark.skipif(S._re2_set() is None, reason="google-re2 ontbreekt")


@settings(max_examples=3000, deadline=None)
@given(xml_achtig)
def test_every_kind_an_exact_pattern_finds_is_in_the_set(xml: bytes):
    voorvoegsel, soorten = S._soorten(xml)
    assert voorvoegsel == S.met_voorvoegsel(xml)
    if voorvoegsel:
        assert soorten == S.ALLE
        return
    if S._ANDERE_TAG.search(xml):
        assert S.ANDERE_TAG in soorten
    if S._verste(xml) != (0, 0):
        assert S.VERRE_REF in soorten
    if SC._FORMULE_KAAL.search(xml):
        assert S.FORMULE in soorten
    if SC._FOUTCEL.search(xml):
        assert S.FOUTCEL in soorten
    if SC._VREEMD_GETAL_KAAL.search(xml):
        assert S.VREEMD_GETAL in soorten
    if SC._TEKST_MET_RAND_KAAL.search(xml):
        assert S.RAND_WIT in soorten


def _scan(xml: bytes, voorvoegsel: bool, soorten: frozenset[int]) -> tuple:
    scan = SC.Scan()
    SC._scan_blad(xml, "Blad", scan, voorvoegsel, soorten)
    wit = S.RAND_WIT in soorten and SC.heeft_ongemarkeerde_witruimte(xml, voorvoegsel)
    return scan.formules, scan.foutwaarden, [repr(m) for m in scan.meldingen], wit


@settings(max_examples=3000, deadline=None)
@given(xml_achtig)
def test_the_checks_say_what_they_said_without_the_set(xml: bytes):
    voorvoegsel, soorten = S._soorten(xml)
    assert repr(S._controleer_blad(xml, "Blad", voorvoegsel, soorten)) == repr(
        S._controleer_blad(xml, "Blad", S.met_voorvoegsel(xml))
    )
    assert _scan(xml, voorvoegsel, soorten) == _scan(xml, voorvoegsel, S.ALLE)


def test_a_sheet_of_ours_needs_none_of_the_slow_checks(werkmap: Path):
    bestand = S.lees_bestand(werkmap)
    assert not bestand.meldingen
    bladen = {n: s for n, s in bestand.mogelijk.items() if n in bestand.bladen}
    assert bladen
    # An export of ours: every row and cell with its reference, nothing far, no prefix; most
    # sheets need no pass at all (Overzicht has formulas, texts may have white space).
    assert all(not s & {S.ANDERE_TAG, S.VERRE_REF, S.VOORVOEGSEL} for s in bladen.values())
    assert sum(not s for s in bladen.values()) > len(bladen) / 2


@pytest.mark.parametrize(
    ("xml", "soort"),
    [
        (b'<row r="1"><c r="AA1"/></row>', S.VERRE_REF),
        (b"<row r='10000'/>", S.VERRE_REF),
        (b"<c\tr='A1'/>", S.ANDERE_TAG),
        (b'<row r="1"><c s="1" r="A1"/></row>', S.ANDERE_TAG),
        (b"<c ", S.ANDERE_TAG),
        (b'<c r="A1" t="e"><v>#N/A</v></c>', S.FOUTCEL),
        (b'<c r="A1"><v>1e-400</v></c>', S.VREEMD_GETAL),
        (b'<c r="A1"><f>1+1</f><v>2</v></c>', S.FORMULE),
        (b'<c r="A1" t="inlineStr"><is><t>a </t></is></c>', S.RAND_WIT),
    ],
)
def test_each_kind_is_found(xml: bytes, soort: int):
    assert soort in S._soorten(xml)[1]


def test_without_re2_every_check_runs_with_the_same_result(
    werkmap: Path, monkeypatch: pytest.MonkeyPatch
):
    met = S.lees_bestand(werkmap)
    monkeypatch.setitem(sys.modules, "re2", None)  # as if google-re2 were not installed
    S._re2_set.cache_clear()
    try:
        zonder = S.lees_bestand(werkmap)
        assert set(zonder.mogelijk.values()) == {S.ALLE}
        assert zonder.meldingen == met.meldingen
        assert zonder.met_voorvoegsel == met.met_voorvoegsel
        a, b = SC.scan_delen(zonder), SC.scan_delen(met)
        assert (a.formules, a.foutwaarden, a.witruimte, a.meldingen) == (
            b.formules,
            b.foutwaarden,
            b.witruimte,
            b.meldingen,
        )
    finally:
        S._re2_set.cache_clear()
