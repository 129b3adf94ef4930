"""``python main.py export-pdf PLAN -o FILE`` as a separate process."""

from __future__ import annotations

from domain.demo import DEMO_COMPLEET_ID
from tests.cli.conftest import cli  # noqa: F401  (the subprocess fixture)
from tests.pdf.conftest import paginas, pdftotext


def test_export_pdf_writes_the_plan_summary_to_the_given_file(cli, sqlite_url, tmp_path):  # noqa: F811
    assert cli("demo", db=sqlite_url).returncode == 0
    doel = tmp_path / "uit" / "plan.pdf"
    doel.parent.mkdir()
    done = cli("export-pdf", DEMO_COMPLEET_ID[:8], "-o", str(doel), db=sqlite_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(doel)
    assert paginas(doel) >= 3
    tekst = pdftotext(doel)
    assert "'s-Gravenhage" in tekst and "€ 205.900.000,00" in tekst
    assert [p.name for p in doel.parent.iterdir()] == ["plan.pdf"]  # no temp files left


def test_export_pdf_to_a_folder_that_does_not_exist_is_a_dutch_error(cli, sqlite_url, tmp_path):  # noqa: F811
    cli("demo", db=sqlite_url)
    doel = tmp_path / "bestaat-niet" / "plan.pdf"
    done = cli("export-pdf", DEMO_COMPLEET_ID[:8], "-o", str(doel), db=sqlite_url)
    assert done.returncode == 1
    assert "Kan" in done.stderr and "niet schrijven" in done.stderr
    assert not doel.exists()
