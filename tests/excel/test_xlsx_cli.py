"""export-xlsx and import-xlsx on the command line, as separate processes."""

from __future__ import annotations

from openpyxl import load_workbook

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
from tests.cli.conftest import cli  # noqa: F401  (the fixture)
from tests.excel import vijandig as v


def test_export_then_import_into_another_database_gives_one_line_per_file(cli, tmp_path):  # noqa: F811
    bron = f"sqlite:///{tmp_path / 'bron.sqlite'}"
    doel = f"sqlite:///{tmp_path / 'doel.sqlite'}"
    assert cli("demo", db=bron).returncode == 0
    map_ = tmp_path / "uit"
    map_.mkdir()
    for plan_id, naam in ((DEMO_COMPLEET_ID, "a.xlsx"), (DEMO_CONCEPT_ID[:8], "b.xlsx")):
        done = cli("export-xlsx", plan_id, "-o", str(map_ / naam), db=bron)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(map_ / naam)

    rapport = tmp_path / "rapport.xlsx"
    done = cli("import-xlsx", str(map_), "--report", str(rapport), db=doel)
    assert done.returncode == 0, done.stderr
    regels = done.stdout.splitlines()
    assert [r.split("\t")[:2] for r in regels] == [
        ["a.xlsx", "geïmporteerd"],
        ["b.xlsx", "geïmporteerd"],
    ]
    assert len(list(load_workbook(rapport, read_only=True)["Bestanden"].values)) == 3
    assert cli("plans", db=doel).stdout.count("\n") == 2

    again = cli("import-xlsx", str(map_ / "a.xlsx"), db=doel)
    assert again.returncode == 0
    assert again.stdout.split("\t")[1] == "overgeslagen"


def test_import_exits_1_when_any_file_is_refused_and_names_the_problem(cli, tmp_path):  # noqa: F811
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    kapot = v.geen_zip(tmp_path, tmp_path)
    done = cli("import-xlsx", str(kapot), str(tmp_path / "bestaat_niet.xlsx"), db=db)
    assert done.returncode == 1
    regels = done.stdout.splitlines()
    assert (
        regels[0] == "tekst.xlsx\tgeweigerd\t1 fout\t0 waarschuwingen\tindienbaar: nee\t"
        "is geen Excel-werkmap (.xlsx): het is geen zip-bestand"
    )
    assert regels[1].startswith("bestaat_niet.xlsx\tgeweigerd\t1 fout\t")
    assert "kan niet worden gelezen" in regels[1]
    assert "0 van 2 bestanden geïmporteerd of overgeslagen, 2 geweigerd." in done.stderr


def test_export_of_an_unknown_plan_is_a_dutch_error(cli, tmp_path):  # noqa: F811
    done = cli(
        "export-xlsx",
        "ffff",
        "-o",
        str(tmp_path / "x.xlsx"),
        db=f"sqlite:///{tmp_path / 'd.sqlite'}",
    )
    assert done.returncode == 1
    assert done.stderr.startswith("wijkplan: ")
    assert not (tmp_path / "x.xlsx").exists()
