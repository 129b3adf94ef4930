"""Malformed and hostile files are refused with a Dutch message, never a crash or a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_safety import vereis_defusedxml
from tests.excel import vijandig as v

WEIGERINGEN = [
    (v.geen_zip, "geen zip-bestand"),
    (v.leeg_bestand, "het bestand is leeg"),
    (v.afgebroken, "beschadigd"),
    (v.zip_bom, "zip-bom"),
    (v.miljard_lachen, "verboden XML"),
    (v.externe_entiteit, "XML"),
    (v.ander_programma, "geen Wijkplan-werkmap: het blad 'Metadata' ontbreekt"),
    (v.word_document, "xl/workbook.xml ontbreekt"),
    (v.met_wachtwoord, "beveiligd met een wachtwoord"),
    (v.oud_xls, "oud Excel-bestand (.xls)"),
    (v.leeg_blad, "Begroting: het blad is leeg"),
    (v.honderdduizend_rijen, "Wijken: meer dan 50.000 rijen"),
    (v.zet_cel("Begroting", "I3", "abc", "tekst.xlsx"), "Begroting!I3: 'abc' is geen bedrag"),
    (v.zet_cel("Begroting", "I3", 1.005, "cent.xlsx"), "Begroting!I3: '1.005' heeft meer dan twee"),
    (v.zet_cel("Begroting", "I3", 1e12, "groot.xlsx"), "Begroting!I3: '1000000000000' is te groot"),
    (
        v.zet_cel("Begroting", "G2", "twee", "jaar.xlsx"),
        "Begroting!G2: 'twee' is geen geheel getal",
    ),
    (v.zet_cel("Begroting", "E2", "xyz", "code.xlsx"), "Begroting!E2: 'xyz' is geen geldige code"),
    (v.zet_cel("Begroting", "C2", "weg", "id.xlsx"), "Begroting!C2: 'weg' verwijst naar niets"),
    (
        v.zet_cel("Partners", "C2", "bel_x0007_", "bel.xlsx"),
        "Partners!C2: de tekst bevat een teken dat Excel niet kan bewaren (U+0007 op positie 4)",
    ),
    (v.zet_cel("Begroting", "G3", None, "leeg_jaar.xlsx"), "Begroting!G3: 'Jaar' is leeg"),
    (v.zet_cel("Begroting", "I1", "Bedrag", "kolom.xlsx"), "kolom 'Bedrag gevraagd' ontbreekt"),
    (v.zet_cel("Begroting", "A2", "ander", "plan.xlsx"), "Begroting!A2: hoort bij een ander plan"),
    (v.zet_cel("Interventies", "H2", "R01, X99", "factor.xlsx"), "'X99' verwijst naar niets"),
    (v.zet_cel("Metadata", "B3", "99", "versie.xlsx"), "nieuwere Wijkplan (formatversie 99"),
    (v.zet_cel("Metadata", "B2", "iets", "format.xlsx"), "geen Wijkplan-werkmap (format 'iets')"),
    (v.zet_cel("Plan", "B3", "GM9999", "gemeente.xlsx"), "Plan!B3: 'GM9999' is geen geldige code"),
]


@pytest.mark.parametrize(
    ("maker", "verwacht"),
    WEIGERINGEN,
    ids=[m.__name__ if hasattr(m, "__name__") else "cel" for m, _ in WEIGERINGEN],
)
def test_a_bad_file_is_refused_with_a_message_naming_the_problem(
    maker, verwacht: str, werkmap: Path, tmp_path: Path, catalogus
):
    slecht = maker(werkmap, tmp_path)
    plan, _, meldingen = read_workbook(slecht, catalogus)
    assert plan is None
    fouten = [str(m) for m in meldingen if m.ernst == Ernst.FOUT]
    assert any(verwacht in f for f in fouten), fouten
    assert all(f.startswith(slecht.name + ": ") for f in fouten)


def test_openpyxl_really_parses_with_defusedxml():
    vereis_defusedxml()
    from openpyxl.xml.functions import fromstring

    assert fromstring.__module__.startswith("defusedxml")


def test_a_changed_amount_is_imported_but_flagged_with_the_totals_that_differ(
    werkmap: Path, tmp_path: Path, catalogus
):
    gewijzigd = v.zet_cel("Begroting", "I2", 100, "gewijzigd.xlsx")(werkmap, tmp_path)
    plan, _, meldingen = read_workbook(gewijzigd, catalogus)
    assert plan is not None
    vlag = [m for m in meldingen if "gewijzigd na export" in m.bericht]
    assert len(vlag) == 1 and vlag[0].ernst == Ernst.WAARSCHUWING
    assert (
        "totaal_gevraagd: € 1.000.740.740,68 bij export, nu € 1.000.617.383,90" in vlag[0].bericht
    )
    assert "gevraagd_jaar_2023: € 123.456,78 bij export, nu € 100,00" in vlag[0].bericht


def test_columns_are_found_by_header_not_by_position(
    werkmap: Path, tmp_path: Path, catalogus, plan
):
    from openpyxl import load_workbook

    wb = load_workbook(werkmap)
    ws = wb["Begroting"]
    ws.move_range("I1:I6", cols=10)  # "Bedrag gevraagd" moves to column S
    ws.move_range("A1:A6", cols=20)  # "Plan-id" to column U
    ws["A1"] = "Opmerking van de beoordelaar"
    ws["A2"] = "=1+1"
    wb.save(tmp_path / "verschoven.xlsx")
    terug, _, meldingen = read_workbook(tmp_path / "verschoven.xlsx", catalogus)
    assert [str(m) for m in meldingen if m.ernst == Ernst.FOUT] == []
    assert terug == plan


def test_a_row_typed_by_an_assessor_gets_a_stable_id_and_is_flagged(
    werkmap: Path, tmp_path: Path, catalogus, plan
):
    from openpyxl import load_workbook

    wb = load_workbook(werkmap)
    ws = wb["Begroting"]
    ws.append([None, None, None, None, "probleemanalyse", "overig", 2024, "Extra", 250])
    wb.save(tmp_path / "extra.xlsx")
    eerste, _, meldingen = read_workbook(tmp_path / "extra.xlsx", catalogus)
    tweede, _, _ = read_workbook(tmp_path / "extra.xlsx", catalogus)
    nieuw = eerste.begroting[-1]
    assert (nieuw.omschrijving, nieuw.bedrag, nieuw.interventie_id) == ("Extra", 250, None)
    assert nieuw.id == tweede.begroting[-1].id
    assert eerste.begroting[:-1] == plan.begroting
    berichten = [str(m) for m in meldingen if m.ernst == Ernst.WAARSCHUWING]
    assert f"extra.xlsx: Begroting!B7: nieuwe rij zonder id; id {nieuw.id} toegekend" in berichten
    assert any(
        "gevraagd_categorie_probleemanalyse: € 0,00 bij export, nu € 250,00" in b for b in berichten
    )


def test_rows_beyond_a_wrongly_declared_sheet_size_are_still_read(
    werkmap: Path, tmp_path: Path, catalogus, plan
):
    import re
    import zipfile

    deel = v._blad_deel(werkmap, "Begroting")
    with zipfile.ZipFile(werkmap) as z:
        xml = z.read(deel)
    assert b'<dimension ref="A1:K6"' in xml
    gelogen = v._herpak(
        werkmap,
        tmp_path / "klein.xlsx",
        {deel: re.sub(rb'dimension ref="[^"]+"', b'dimension ref="A1:B2"', xml)},
    )
    terug, _, meldingen = read_workbook(gelogen, catalogus)
    assert [str(m) for m in meldingen if m.ernst == Ernst.FOUT] == []
    assert terug == plan
