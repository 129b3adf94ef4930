"""Issue 14: `export-xlsx` refusing a plan whose text a workbook cannot hold says so in the
chosen language. Such text is refused when typed in the app or read from a plan file, so the
plan is stored here through the application layer (as an older version or another tool might
have left it) and the command runs as a person runs it, in its own process."""

from __future__ import annotations

from pathlib import Path

from application.database import laad_demo, open_database
from application.plannen import bewaar, open_plan
from domain.demo import DEMO_CONCEPT_ID


def _plan_met_een_bel(pad: Path) -> str:
    db = open_database(str(pad))
    try:
        laad_demo(db)
        plan = open_plan(db, DEMO_CONCEPT_ID)
        plan.interventies[0].naam = "Straat\x07coaches"
        bewaar(db, plan)
        # Stored as it was given: the refusal below comes from the export, not from storage.
        assert open_plan(db, DEMO_CONCEPT_ID).interventies[0].naam == "Straat\x07coaches"
    finally:
        db.dispose()
    return str(pad)


def test_the_excel_export_refusal_in_english_and_in_dutch(cli, tmp_path):
    db = _plan_met_een_bel(tmp_path / "w.sqlite")
    doel = tmp_path / "plan.xlsx"

    done = cli("--taal", "en", "export-xlsx", DEMO_CONCEPT_ID, "-o", str(doel), db=db)
    assert done.returncode == 1
    assert done.stderr == (
        "wijkplan: The Excel export cannot be made: interventies[0].naam: contains a "
        "character Excel cannot store (U+0007 at position 7)\n"
    )
    assert not doel.exists()

    done = cli("export-xlsx", DEMO_CONCEPT_ID, "-o", str(doel), db=db)
    assert done.returncode == 1
    assert done.stderr == (
        "wijkplan: De Excel-export kan niet worden gemaakt: interventies[0].naam: bevat een "
        "teken dat Excel niet kan bewaren (U+0007 op positie 7)\n"
    )
    assert not doel.exists()
