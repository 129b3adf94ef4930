"""Issue 14: with ``--taal en`` every line the commands print is English, run as a person runs
them (separate processes on a real SQLite file with the demo data). Codes a script reads stay
as they are (statuses such as ``ingediend``/``goedgekeurd``, the result ``geweigerd``)."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

DEN_HAAG = "0518c0de-2022-4a6e-9d3b-5a1f0e2c0518"


def _geen(tekst: str, *woorden: str) -> None:
    for w in woorden:
        assert w not in tekst, f"Dutch {w!r} in English output:\n{tekst}"


@pytest.fixture
def bewerkt(cli, tmp_path):
    """A database holding Den Haag's submitted revision read from an .xlsx that was changed
    after its export (so the lists have a remark to print)."""
    bron = str(tmp_path / "bron.sqlite")
    assert cli("demo", db=bron).returncode == 0
    assert cli("submit", DEN_HAAG[:8], db=bron).returncode == 0
    assert cli("export-xlsx", DEN_HAAG[:8], "-o", "export.xlsx", db=bron).returncode == 0
    wb = load_workbook(tmp_path / "export.xlsx")
    wb["Begroting"]["I2"].value = 5.0
    wb.save(tmp_path / "bewerkt.xlsx")
    db = str(tmp_path / "b.sqlite")
    done = cli("--taal", "en", "import-xlsx", "bewerkt.xlsx", db=db)
    assert done.returncode == 0, done.stderr
    assert "requested € " in done.stdout and "submittable: yes" in done.stdout
    # The flag of the line is English too (the Dutch words only mark it in Dutch).
    assert done.stdout.rstrip("\n").endswith("\tchanged after export")
    _geen(done.stdout, "gewijzigd na export")
    assert done.stderr == "1 of 1 file imported or skipped, 0 refused.\n"
    return db


def test_plans_without_a_header_says_changed_after_export_in_english(cli, bewerkt):
    done = cli("--taal", "en", "plans", db=bewerkt)
    assert done.returncode == 0, done.stderr
    (kolommen,) = [r.split("\t") for r in done.stdout.splitlines()]
    assert kolommen[0] == DEN_HAAG and kolommen[3:5] == ["ingediend", "1"]
    assert kolommen[6] == "changed after export"
    # Dutch stays what it always was.
    assert cli("plans", db=bewerkt).stdout.split("\t")[6] == "gewijzigd na export\n"


def test_check_in_english(cli, bewerkt):
    done = cli("--taal", "en", "check", DEN_HAAG[:8], db=bewerkt)
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("can be submitted.\n")
    assert "warning" in done.stderr
    _geen(done.stderr, "indienbaar", "fout", "waarschuwing")


def test_decide_and_revisions_in_english(cli, bewerkt):
    done = cli(
        "--taal", "en", "decide", DEN_HAAG[:8], "goedgekeurd", "--beoordelaar", "Anna", db=bewerkt
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Plan {DEN_HAAG} revision 1: decision goedgekeurd.\n"
    revisies = cli("--taal", "en", "revisions", DEN_HAAG[:8], db=bewerkt)
    assert revisies.returncode == 0, revisies.stderr
    (velden,) = [r.split("\t") for r in revisies.stdout.splitlines()]
    assert velden[:2] == ["1", "goedgekeurd"]
    assert velden[4:] == ["bewerkt.xlsx (changed after export)", "goedgekeurd by Anna"]
    _geen(revisies.stdout + done.stdout, "gewijzigd na export", " door ", "revisie")
    nl = cli("revisions", DEN_HAAG[:8], db=bewerkt).stdout
    assert nl.rstrip("\n").split("\t")[4:] == [
        "bewerkt.xlsx (gewijzigd na export)",
        "goedgekeurd door Anna",
    ]


def test_allocate_and_the_pro_rata_proposal_in_english(cli, bewerkt):
    done = cli(
        "--taal", "en", "allocate", DEN_HAAG[:8], "--jaar", "2023=1.000.000,00",
        "--beoordelaar", "Anna", db=bewerkt,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    regels = done.stdout.splitlines()
    assert regels[4] == "total\t1000000.00"
    assert regels[5].startswith("remaining\t") and "\t(ceiling " in regels[5]
    _geen(done.stdout, "totaal", "resterend", "plafond")
    voorstel = cli(
        "--taal", "en", "allocate", "--ronde", "2022", "--pro-rata", "--accepteer",
        "--beoordelaar", "Anna", db=bewerkt,
    )  # fmt: skip
    assert voorstel.returncode == 0, voorstel.stderr
    assert voorstel.stderr.startswith("Requested € ") or voorstel.stderr.startswith("Requested ")
    assert "(no ceiling exceeded: proposal = requested)" in voorstel.stderr
    assert voorstel.stderr.endswith("Proposal adopted for 1 plan.\n")
    _geen(voorstel.stderr, "Gevraagd", "voorstel", "plafond", "overgenomen", "plan(nen)")


def test_a_bad_amount_is_refused_in_english(cli, bewerkt):
    done = cli(
        "--taal", "en", "allocate", DEN_HAAG[:8], "--jaar", "2023=veel",
        "--beoordelaar", "A", db=bewerkt,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("wijkplan: --jaar 2023: 'veel' is not an amount")
    _geen(done.stderr, "geen bedrag", "bijvoorbeeld")
    nl = cli("allocate", DEN_HAAG[:8], "--jaar", "2023=veel", "--beoordelaar", "A", db=bewerkt)
    assert nl.returncode == 1 and "geen bedrag" in nl.stderr


def test_import_xlsx_of_a_refused_file_in_english(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert cli("demo", db=db).returncode == 0
    (tmp_path / "kapot.xlsx").write_text("geen werkmap", encoding="utf-8")
    done = cli("--taal", "en", "import-xlsx", "kapot.xlsx", db=db)
    assert done.returncode == 1
    # The result stays the code 'geweigerd' (scripts read it); the rest is English.
    assert done.stdout.startswith("kapot.xlsx\tgeweigerd\t1 error\t0 warnings\tsubmittable: no\t")
    assert "is not an Excel workbook" in done.stdout
    assert done.stderr == "0 of 1 file imported or skipped, 1 refused.\n"
    _geen(done.stdout + done.stderr, "fout", "waarschuwing", "indienbaar", "geen Excel")


def test_import_xlsx_of_json_files_in_english(cli, tmp_path):
    """A JSON file refused by its key path, a file that vanished, and a second plan of the same
    municipality and round: each line English; the results stay the codes scripts read."""
    db = str(tmp_path / "w.sqlite")
    assert cli("demo", db=db).returncode == 0
    assert cli("export-json", "0599", "-o", "r.json", db=db).returncode == 0
    doc = json.loads((tmp_path / "r.json").read_text("utf-8"))
    doc["id"] = doc["id"][:-4] + "9999"
    (tmp_path / "tweede.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    (tmp_path / "kapot.json").write_text('{"format": "x"}', "utf-8")
    (tmp_path / "weg.json").symlink_to(tmp_path / "bestaat-niet.json")
    bestanden = ("kapot.json", "weg.json", "tweede.json")
    done = cli("--taal", "en", "import-xlsx", *bestanden, db=db)
    assert done.returncode == 1
    kapot, weg, tweede = (r.split("\t") for r in done.stdout.splitlines())
    assert kapot[1:] == [
        "geweigerd", "1 error", "0 warnings", "submittable: no",
        'format: is "x", expected "wijkplan-plan": this is not a Wijkplan plan file',
    ]  # fmt: skip
    assert weg[1:] == [
        "geweigerd", "1 error", "0 warnings", "submittable: no",
        "cannot be read (the file or folder does not exist)",
    ]  # fmt: skip
    # Read like a workbook: gemeente, total, the plan's own findings, the flag.
    assert tweede[1:3] == ["geïmporteerd", "Rotterdam"]
    assert tweede[4:] == [
        "requested € 1.092.972,40", "4 errors", "6 warnings", "submittable: no", "duplicate plan"
    ]  # fmt: skip
    assert done.stderr == "1 of 3 files imported or skipped, 2 refused.\n"
    _geen(done.stdout, "kan niet", "geen Wijkplan", "dubbel", "fout", "indienbaar")
    # Dutch as always (on a second demo database: a skipped file warns of no duplicate).
    db_nl = str(tmp_path / "nl.sqlite")
    assert cli("demo", db=db_nl).returncode == 0
    nl = cli("import-xlsx", *bestanden, db=db_nl).stdout.splitlines()
    assert nl[1].endswith("\tkan niet worden gelezen (het bestand of de map bestaat niet)")
    assert nl[2].endswith("\tindienbaar: nee\tdubbel plan")


def test_reference_import_of_a_changed_file_previews_in_english(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert cli("demo", db=db).returncode == 0
    assert cli("reference-export", "-o", "ref.json", db=db).returncode == 0
    gelijk = cli("--taal", "en", "reference-import", "ref.json", db=db)
    assert gelijk.returncode == 0 and gelijk.stdout == ""
    assert gelijk.stderr.startswith("wijkplan: No changes: ")

    doc = json.loads((tmp_path / "ref.json").read_text("utf-8"))
    doc["rondes"][3]["aanvragen_tot"] = "2029-11-01"
    (tmp_path / "nieuw.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    droog = cli("--taal", "en", "reference-import", "nieuw.json", db=db)
    assert droog.returncode == 0, droog.stderr
    assert droog.stdout.splitlines() == [
        "round 2026-2029 (Preventie met Gezag 2026–2029) changed",
        "\taanvragen_tot: 01-10-2029 → 01-11-2029",
    ]
    assert droog.stderr.splitlines() == [
        "wijkplan: 1 change: 0 added, 1 changed, 0 removed.",
        "wijkplan: nothing applied; repeat with --ja to apply.",
    ]
    _geen(droog.stdout + droog.stderr, "gewijzigd", "wijziging", "toegepast", "ronde ")
    toegepast = cli("--taal", "en", "reference-import", "nieuw.json", "--yes", db=db)
    assert toegepast.returncode == 0
    assert toegepast.stderr.endswith("wijkplan: the reference data has been updated.\n")


def test_reference_import_refusal_in_english(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert cli("demo", db=db).returncode == 0
    assert cli("reference-export", "-o", "ref.json", db=db).returncode == 0
    doc = json.loads((tmp_path / "ref.json").read_text("utf-8"))
    doc["rondes"] = [r for r in doc["rondes"] if r["code"] != "2022"]
    (tmp_path / "wees.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    done = cli("--taal", "en", "reference-import", "wees.json", db=db)
    assert done.returncode == 1
    assert "wijkplan: refused: " in done.stderr
    assert done.stderr.endswith("wijkplan: nothing has been changed.\n")
    _geen(done.stderr, "geweigerd", "niets gewijzigd")


def test_diff_in_english(cli, bewerkt):
    done = cli("--taal", "en", "diff", DEN_HAAG[:8], "1", "1", db=bewerkt)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Revision 1 → revision 1"
    assert done.stdout.splitlines()[-1].startswith("  requested total: € ")
    _geen(done.stdout, "Revisie", "gevraagd")
    nl = cli("diff", DEN_HAAG[:8], "1", "1", db=bewerkt).stdout.splitlines()
    assert nl[0] == "Revisie 1 → revisie 1" and nl[-1].startswith("  gevraagd totaal: € ")


def test_carry_over_in_english(cli, tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert cli("demo", db=db).returncode == 0
    done = cli("--taal", "en", "carry-over", DEN_HAAG[:8], "--ronde", "2026-2029", db=db)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("wijkplan: Plan carried over into round 2026-2029 as a new draft")
    _geen(done.stderr, "overgenomen in ronde", "nieuw concept", "jaren ")
    # A line that no longer fits: the reason in English (the note in the plan stays Dutch).
    rotterdam = cli("--taal", "en", "carry-over", "0599", "--ronde", "2026-2029", db=db)
    assert rotterdam.returncode == 0, rotterdam.stderr
    assert "(OVERGENOMEN_CONTROLEREN in Check and submit):" in rotterdam.stderr
    assert "  line 5 (2029): year 2029 is outside the duration 2026–2028 that round 2026-2029 " \
        "allows\n" in rotterdam.stderr
    _geen(rotterdam.stderr, "valt buiten", "Controle en indienen", "regel ")


def test_assess_and_overview_in_english(cli, bewerkt):
    done = cli("--taal", "en", "assess", DEN_HAAG[:8], "--beoordelaar", "Anna", db=bewerkt)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"plan\t{DEN_HAAG}\trevision 1\t")
    assert "beoordelaar\tAnna\tnot started\n" in done.stdout
    _geen(done.stdout, "revisie", "niet begonnen")
    # Finishing too early names the standard rubric's criteria in English.
    klaar = cli("--taal", "en", "assess", DEN_HAAG[:8], "--beoordelaar", "Anna", "--klaar",
                db=bewerkt)  # fmt: skip
    assert klaar.returncode == 1
    assert klaar.stderr.startswith(
        "wijkplan: The assessment is not finished yet: no score for Problem analysis "
        "substantiated, Neighbourhood-focused, "
    )
    _geen(klaar.stderr, "Probleemanalyse", "Wijkgericht", "Begroting realistisch")
    totaal = cli("--taal", "en", "overview", "--ronde", "2022", db=bewerkt).stdout
    kop, *rijen = (r.split("\t") for r in totaal.splitlines())
    laatste = rijen[-1]
    assert laatste[0] == "Totaal" and laatste[4].endswith(" without plan")
    _geen(laatste[4], "plannen", "zonder")
    # The progress and the flags are prose in English; status and column names stay codes.
    (den_haag,) = [r for r in rijen if r[2] == DEN_HAAG]
    assert den_haag[kop.index("status")] == "ingediend"
    assert den_haag[kop.index("voortgang")] == "not started"
    nl = cli("overview", "--ronde", "2022", db=bewerkt).stdout.splitlines()
    assert [r.split("\t")[kop.index("voortgang")] for r in nl if DEN_HAAG in r] == [
        "niet begonnen"
    ]
