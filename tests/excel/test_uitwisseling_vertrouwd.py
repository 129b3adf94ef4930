"""Issue 10: an imported workbook carries a municipality's data, never the ministry's decisions.

Each test edits a real exported workbook the way people do (openpyxl edits, raw XML where a
spreadsheet program would write what openpyxl cannot) and imports it into a real database.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from application.importeren import importeer_bestanden
from domain.importing import ImportStatus
from domain.model import Status
from domain.serialize import content_hash
from exports import xlsx_layout as L
from exports.xlsx_meldingen import Ernst
from exports.xlsx_reader import read_workbook
from exports.xlsx_report import schrijf_rapport
from exports.xlsx_writer import export_xlsx
from storage.database import open_database

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
STATUS_CEL = f"B{[v.sleutel for v in L.PLAN_VELDEN].index('status') + 2}"


@pytest.fixture
def db(sqlite_url):
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def _bewerk(bron: Path, doel: Path, doe) -> Path:
    wb = load_workbook(bron)
    doe(wb)
    wb.save(doel)
    return doel


def _zet(bron: Path, doel: Path, blad: str, cel: str, waarde: object) -> Path:
    def doe(wb):
        wb[blad][cel].value = waarde

    return _bewerk(bron, doel, doe)


def _rauw(bron: Path, doel: Path, blad: str, cel: str, nieuw: bytes) -> Path:
    """Replace one cell element in the sheet XML: what another program could write."""
    wb = load_workbook(bron, read_only=True)
    deel = f"xl/worksheets/sheet{wb.sheetnames.index(blad) + 1}.xml"
    wb.close()
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == deel:
                data, n = re.subn(rf'<c r="{cel}"[^>]*?(/>|>.*?</c>)'.encode(), nieuw, data)
                assert n == 1
            zout.writestr(item, data)
    return doel


def _meldingen(path: Path, catalogus, ernst: Ernst | None = None) -> list[str]:
    _, _, meldingen = read_workbook(path, catalogus)
    return [str(m) for m in meldingen if ernst is None or m.ernst == ernst]


# -- defect 1: a file decides its own status ----------------------------------------------
@pytest.mark.parametrize("status", ["goedgekeurd", "in_beoordeling", "afgewezen"])
def test_a_file_that_claims_an_assessors_status_is_refused_naming_the_cell(
    db, werkmap, tmp_path, catalogus, plan, status
):
    importeer_bestanden(db, [werkmap])  # the plan is in the database as a concept
    bewerkt = _zet(werkmap, tmp_path / "besluit.xlsx", "Plan", STATUS_CEL, status)
    (uitkomst,) = importeer_bestanden(db, [bewerkt])
    assert uitkomst.status == ImportStatus.GEWEIGERD
    fouten = [str(m) for m in uitkomst.meldingen if m.ernst == Ernst.FOUT]
    assert any(
        f"Plan!{STATUS_CEL}: status '{status}' kan niet uit een bestand komen" in f for f in fouten
    )
    with db.unit_of_work() as uow:
        assert uow.plans.status(plan.id) == (Status.CONCEPT, 1)


def test_a_new_file_that_says_goedgekeurd_is_not_imported_as_approved(db, werkmap, tmp_path, plan):
    bewerkt = _zet(werkmap, tmp_path / "nieuw.xlsx", "Plan", STATUS_CEL, "goedgekeurd")
    (uitkomst,) = importeer_bestanden(db, [bewerkt])
    assert uitkomst.status == ImportStatus.GEWEIGERD
    with db.unit_of_work() as uow:
        assert not uow.plans.exists(plan.id)


def test_status_and_revision_are_covered_by_the_content_hash(plan):
    assert content_hash(replace(plan, status=Status.INGEDIEND)) != content_hash(plan)
    assert content_hash(replace(plan, revisie=2)) != content_hash(plan)


def test_a_concept_file_turned_into_ingediend_is_flagged_gewijzigd_na_export(
    werkmap, tmp_path, catalogus
):
    bewerkt = _zet(werkmap, tmp_path / "ingediend.xlsx", "Plan", STATUS_CEL, "ingediend")
    vlag = [m for m in _meldingen(bewerkt, catalogus) if "gewijzigd na export" in m]
    assert len(vlag) == 1
    assert "Plan, Status: 'concept' → 'ingediend'" in vlag[0]


# -- defect 4: blocking errors visible after import -----------------------------------------
def test_every_file_says_errors_warnings_submittable_gemeente_and_total(db, werkmap, tmp_path):
    (uitkomst,) = importeer_bestanden(db, [werkmap])
    assert uitkomst.fouten >= 1  # the sample plan asks more than the round's ceiling
    assert not uitkomst.indienbaar
    regel = uitkomst.regel()
    assert "'s-Gravenhage" in regel
    assert "gevraagd € 1.000.740.740,68" in regel
    fouten = "1 fout" if uitkomst.fouten == 1 else f"{uitkomst.fouten} fouten"
    assert f"\t{fouten}\t" in regel and "indienbaar: nee" in regel
    assert any(
        m.ernst == Ernst.PLANFOUT and "TOTAAL_BOVEN_PLAFOND" in m.bericht
        for m in uitkomst.meldingen
    )

    schrijf_rapport([uitkomst], tmp_path / "rapport.xlsx")
    ws = load_workbook(tmp_path / "rapport.xlsx")["Bestanden"]
    kop = [c.value for c in ws[1]]
    rij = dict(zip(kop, [c.value for c in ws[2]], strict=True))
    assert rij["Gemeente"] == "'s-Gravenhage"
    assert rij["Indienbaar"] == "nee"
    assert rij["Fouten"] == uitkomst.fouten >= 1
    assert Decimal(str(rij["Totaal gevraagd"])) == Decimal("1000740740.68")
    assert "Controlebevindingen" not in kop


# -- defects 5, 9, 10, 11: values never changed silently ------------------------------------
def test_an_amount_typed_as_text_is_taken_with_a_warning_naming_cell_and_value(
    werkmap, tmp_path, catalogus
):
    bewerkt = _zet(werkmap, tmp_path / "tekst.xlsx", "Begroting", "I2", "1.234,56")
    plan, _, meldingen = read_workbook(bewerkt, catalogus)
    assert plan is not None and plan.begroting[0].bedrag == Decimal("1234.56")
    assert any(
        str(m).startswith(
            "tekst.xlsx: Begroting!I2: '1.234,56' staat als tekst in de cel; "
            "overgenomen als € 1.234,56"
        )
        for m in meldingen
        if m.ernst == Ernst.WAARSCHUWING
    )


@pytest.mark.parametrize(
    ("blad", "cel", "formule"),
    [
        ("Begroting", "I2", "=100000*1.1"),
        ("Begroting", "J2", "=100*2"),
        ("Begroting", "H2", "=1+1"),
    ],
)
def test_a_formula_without_a_computed_value_is_refused_naming_the_cell(
    werkmap, tmp_path, catalogus, blad, cel, formule
):
    bewerkt = _zet(werkmap, tmp_path / "formule.xlsx", blad, cel, formule)
    fouten = _meldingen(bewerkt, catalogus, Ernst.FOUT)
    assert any(
        f"{blad}!{cel}: bevat de formule {formule} zonder berekende waarde" in f for f in fouten
    )


def test_a_formula_with_a_computed_value_is_taken_with_a_warning(werkmap, tmp_path, catalogus):
    # What Excel and LibreOffice write: the formula and its cached result.
    bewerkt = _rauw(
        werkmap,
        tmp_path / "berekend.xlsx",
        "Begroting",
        "I2",
        b'<c r="I2" s="6"><f>100000*1.1</f><v>110000.00000000001</v></c>',
    )
    bewerkt2 = _rauw(
        werkmap,
        tmp_path / "berekend2.xlsx",
        "Begroting",
        "I2",
        b'<c r="I2" s="6"><f>100000*1.1</f><v>110000</v></c>',
    )
    assert any(
        "Begroting!I2: heeft meer dan twee decimalen" in f or "Begroting!I2" in f
        for f in _meldingen(bewerkt, catalogus, Ernst.FOUT)
    )
    plan, _, meldingen = read_workbook(bewerkt2, catalogus)
    assert plan is not None and plan.begroting[0].bedrag == Decimal("110000.00")
    assert any(
        "Begroting!I2: bevat de formule =100000*1.1; de berekende waarde 110000 is overgenomen"
        in str(m)
        for m in meldingen
        if m.ernst == Ernst.WAARSCHUWING
    )


@pytest.mark.parametrize(
    ("blad", "cel", "waarde", "bericht"),
    [
        ("Begroting", "G2", 99999999999999999999, "te groot (ten hoogste 2.147.483.647)"),
        ("Begroting", "G2", 2**31, "te groot (ten hoogste 2.147.483.647)"),
        ("Interventies", "L2", 2**31, "te groot (ten hoogste 2.147.483.647)"),
        ("Doelgroepen", "D2", -(2**31) - 1, "te groot (ten hoogste 2.147.483.647)"),
    ],
)
def test_numbers_beyond_32_bits_are_refused_on_every_database_naming_the_cell(
    werkmap, tmp_path, catalogus, blad, cel, waarde, bericht
):
    bewerkt = _zet(werkmap, tmp_path / "groot.xlsx", blad, cel, waarde)
    fouten = _meldingen(bewerkt, catalogus, Ernst.FOUT)
    assert any(f"{blad}!{cel}: " in f and bericht in f for f in fouten), fouten


@pytest.mark.parametrize(
    ("cel", "xml", "bericht"),
    [
        ("I2", b'<c r="I2" s="6" t="n"><v>1_000</v></c>', "'1_000' is geen gewoon getal"),
        ("J2", b'<c r="J2" s="6"><v>1e-400</v></c>', "'1e-400' is te klein"),
        ("I2", b'<c r="I2" s="6"><v>1e400</v></c>', "'1e400' is te groot"),
        (
            "H2",
            b'<c r="H2" t="inlineStr"><is><t>' + b"x" * 40_000 + b"</t></is></c>",
            "de tekst is 40.000 tekens lang",
        ),
    ],
)
def test_literals_openpyxl_would_change_are_refused_naming_the_cell(
    werkmap, tmp_path, catalogus, cel, xml, bericht
):
    bewerkt = _rauw(werkmap, tmp_path / "rauw.xlsx", "Begroting", cel, xml)
    fouten = _meldingen(bewerkt, catalogus, Ernst.FOUT)
    assert any(f"Begroting!{cel}: " in f and bericht in f for f in fouten), fouten


def test_an_upper_case_plan_id_is_refused(werkmap, tmp_path, catalogus, plan):
    bewerkt = _zet(werkmap, tmp_path / "hoofd.xlsx", "Plan", "B2", plan.id.upper())
    fouten = _meldingen(bewerkt, catalogus, Ernst.FOUT)
    assert any("Plan!B2: het plan-id" in f and "hoofdletters" in f for f in fouten)


# -- defect 6: sorting is not editing; a change is named -------------------------------------
def _sorteer_begroting(wb) -> None:
    """Rows 2.. in reverse, as 'sort by amount, descending' does to the sample plan."""
    ws = wb["Begroting"]
    rijen = [[c.value for c in rij] for rij in ws.iter_rows(min_row=2, max_row=ws.max_row)]
    rijen = [r for r in rijen if any(v is not None for v in r)]
    rijen.sort(key=lambda r: -float(r[8]))
    for n, waarden in enumerate(rijen, start=2):
        for k, waarde in enumerate(waarden, start=1):
            cel = ws.cell(row=n, column=k)
            cel.value = waarde
            if isinstance(waarde, str):
                cel.data_type = "s"


def test_a_sorted_budget_sheet_is_not_a_change(db, plan, catalogus, tmp_path):
    ingediend = replace(plan, status=Status.INGEDIEND)
    export_xlsx(ingediend, catalogus, tmp_path / "plan.xlsx")
    importeer_bestanden(db, [tmp_path / "plan.xlsx"])
    gesorteerd = _bewerk(tmp_path / "plan.xlsx", tmp_path / "gesorteerd.xlsx", _sorteer_begroting)
    terug, _, meldingen = read_workbook(gesorteerd, catalogus)
    assert [r.id for r in terug.begroting] != [r.id for r in plan.begroting]
    assert not any("gewijzigd na export" in m.bericht for m in meldingen)
    (uitkomst,) = importeer_bestanden(db, [gesorteerd])
    assert uitkomst.status == ImportStatus.OVERGESLAGEN  # identical, not refused


def test_a_change_is_named_by_row_field_and_intervention_name_never_by_uuid(
    werkmap, tmp_path, catalogus
):
    def doe(wb):
        wb["Begroting"]["I3"].value = 1.0
        wb["Interventies"]["C3"].value = "Mentoren"

    bewerkt = _bewerk(werkmap, tmp_path / "anders.xlsx", doe)
    (vlag,) = [m for m in _meldingen(bewerkt, catalogus) if "gewijzigd na export" in m]
    assert (
        "Begroting rij 3 (regel '+31 6 1234 5678', 2024, interventie 'Straatcoaches'): "
        "Bedrag gevraagd € 246.913,56 → € 1,00" in vlag
    )
    assert "Interventies rij 3 ('Mentoren'): Naam '@Mentorprogramma' → 'Mentoren'" in vlag
    assert "gevraagd voor interventie 'Straatcoaches'" in vlag
    assert not UUID.search(vlag), vlag


# -- defect 7: unknown columns and sheets are reported by name ---------------------------------
def test_an_assessors_column_and_sheet_are_reported_by_name(werkmap, tmp_path, catalogus):
    def doe(wb):
        ws = wb["Begroting"]
        ws["L1"] = "Toelichting beoordelaar"
        ws["L2"] = "te hoog"
        wb.create_sheet("Notities")["A1"] = "gesprek 3 mei"

    bewerkt = _bewerk(werkmap, tmp_path / "notities.xlsx", doe)
    waarschuwingen = _meldingen(bewerkt, catalogus, Ernst.WAARSCHUWING)
    assert (
        "notities.xlsx: Begroting!L1: kolom 'Toelichting beoordelaar' op blad Begroting "
        "wordt niet geïmporteerd" in waarschuwingen
    )
    assert "notities.xlsx: Notities: blad 'Notities' wordt niet geïmporteerd" in waarschuwingen


def test_a_sorted_sheet_resaved_by_libreoffice_is_still_not_a_change(db, catalogus, tmp_path):
    import subprocess

    from tests.conftest import require_tool
    from tests.excel.voorbeeld import voorbeeldplan

    soffice = require_tool("soffice")
    ingediend = replace(voorbeeldplan(met_cr=False), status=Status.INGEDIEND)
    export_xlsx(ingediend, catalogus, tmp_path / "plan.xlsx")
    importeer_bestanden(db, [tmp_path / "plan.xlsx"])
    _bewerk(tmp_path / "plan.xlsx", tmp_path / "gesorteerd.xlsx", _sorteer_begroting)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(tmp_path / "gesorteerd.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (uitkomst,) = importeer_bestanden(db, [tmp_path / "lo" / "gesorteerd.xlsx"])
    assert not uitkomst.gewijzigd_na_export, [str(m) for m in uitkomst.meldingen]
    assert uitkomst.status == ImportStatus.OVERGESLAGEN


def test_the_command_lines_say_errors_warnings_submittable_gemeente_and_total(
    werkmap, plan, tmp_path
):
    import subprocess
    import sys

    main = Path(__file__).resolve().parents[2] / "main.py"
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(main), *args, "--db", db],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )

    (regel,) = run("import-xlsx", str(werkmap)).stdout.splitlines()
    velden = regel.split("\t")
    assert velden[:4] == ["plan.xlsx", "geïmporteerd", "'s-Gravenhage", f"{plan.id} r1"]
    assert velden[4] == "gevraagd € 1.000.740.740,68"
    n = int(velden[5].split()[0])
    assert n >= 1 and velden[5] == (f"{n} fouten" if n > 1 else "1 fout")
    w = int(velden[6].split()[0])
    assert velden[6] == (f"{w} waarschuwing" + ("" if w == 1 else "en"))
    assert velden[7] == "indienbaar: nee"

    run("export-json", plan.id, "-o", str(tmp_path / "plan.json"))
    ander = f"sqlite:///{tmp_path / 'ander.sqlite'}"
    done = subprocess.run(
        [sys.executable, str(main), "import-json", str(tmp_path / "plan.json"), "--db", ander],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.stdout.strip() == plan.id
    assert "'s-Gravenhage; gevraagd € 1.000.740.740,68;" in done.stderr
    assert "indienbaar: nee" in done.stderr
