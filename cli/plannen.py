"""The coordinator's commands: demo data, the plan list, checking, submitting, JSON/Excel/PDF
out and in. Each calls a use case of :mod:`application` and prints its result."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cli.parser import PLAN_HULP, Opdracht
from cli.uitvoer import one_line, print_findings, taal_van

if TYPE_CHECKING:
    from application.exporteren import Soort
    from application.ports import Database

_BESTAND = ("BESTAND", "FILE")


def registreer(opdracht: Opdracht) -> None:
    opdracht(
        "demo",
        cmd_demo,
        (
            "referentiegegevens en twee voorbeeldplannen laden",
            "load the reference data and the example plans",
        ),
    )
    opdracht(
        "plans",
        cmd_plans,
        (
            "alle plannen: id, gemeente, titel, status, revisie, gevraagd",
            "all plans: id, municipality, title, status, revision, requested",
        ),
    )
    opdracht(
        "check", cmd_check, ("de bevindingen van een plan", "the findings of a plan")
    ).add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    opdracht(
        "submit",
        cmd_submit,
        ("de huidige revisie indienen en bevriezen", "submit the current revision and freeze it"),
    ).add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p = opdracht(
        "export-json",
        cmd_export_json,
        ("een plan als JSON-bestand opslaan", "save a plan as a JSON file"),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument("-o", "--output", metavar=_BESTAND, help=("doelbestand", "target file"))
    opdracht(
        "import-json",
        cmd_import_json,
        ("een plan uit een JSON-bestand inlezen", "read a plan from a JSON file"),
    ).add_argument("file", metavar=_BESTAND, help=("het JSON-bestand", "the JSON file"))
    p = opdracht(
        "export-xlsx",
        cmd_export_xlsx,
        ("een plan als Excel-werkmap opslaan", "save a plan as an Excel workbook"),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "-o", "--output", metavar=_BESTAND, help=("doelbestand (.xlsx)", "target file (.xlsx)")
    )
    p = opdracht(
        "export-pdf",
        cmd_export_pdf,
        ("een plan als PDF-samenvatting opslaan", "save a plan as a PDF summary"),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "-o", "--output", metavar=_BESTAND, help=("doelbestand (.pdf)", "target file (.pdf)")
    )
    p = opdracht(
        "import-xlsx",
        cmd_import_xlsx,
        (
            "Excel-werkmappen inlezen (bestanden of mappen)",
            "read Excel workbooks (files or folders)",
        ),
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar=("BESTAND_OF_MAP", "FILE_OR_FOLDER"),
        help=(".xlsx-bestand of map", ".xlsx file or folder"),
    )
    p.add_argument(
        "--report",
        metavar=("RAPPORT", "REPORT"),
        help=("schrijf ook een importrapport (.xlsx)", "also write an import report (.xlsx)"),
    )


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from application.database import laad_demo

    en = taal_van(args) == "en"
    for plan, nieuw in laad_demo(db):
        if en:
            wat = "added" if nieuw else "already existed"
        else:
            wat = "toegevoegd" if nieuw else "bestond al"
        print(f"{plan.id}\t{one_line(plan.titel)}\t{wat}")
    return 0


def cmd_plans(db: Database, args: argparse.Namespace) -> int:
    from application.plannen import overzicht

    _print_plans(overzicht(db), taal_van(args))
    return 0


def plans_vooraf(args: argparse.Namespace) -> bool:
    """Issue 13: ``plans`` on an SQLite file whose schema is current, read with sqlite3 alone
    (no SQLAlchemy, no migrations); False when the database must be opened first."""
    from application.plannen import overzicht_vooraf

    rows = overzicht_vooraf(args.db)
    if rows is not None:
        _print_plans(rows, taal_van(args))
    return rows is not None


def _print_plans(rows: list[Any], taal: str = "nl") -> None:
    from domain.money import format_canonical

    out = sys.stdout
    for r in rows:
        # Issue 10: a seventh column only when there is something to say (gewijzigd na export,
        # dubbel plan, a newer concept beside the submitted revision shown).
        opmerkingen = "; ".join(r.opmerkingen(taal))
        out.write(
            f"{r.id}\t{r.gemeente_code}\t{one_line(r.titel)}\t{r.status}\t{r.revisie}\t"
            f"{format_canonical(r.totaal_gevraagd)}{chr(9) + opmerkingen if opmerkingen else ''}\n"
        )


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    from application.indienen import controleer
    from domain.taal import tel
    from domain.validation import Ernst

    taal = taal_van(args)
    bevindingen = controleer(db, args.plan, als_prefix=True)
    print_findings(bevindingen, taal)
    fouten = sum(b.ernst == Ernst.FOUT for b in bevindingen)
    if taal == "en":
        oordeel = "cannot be submitted." if fouten else "can be submitted."
    else:
        oordeel = "niet indienbaar." if fouten else "indienbaar."
    print(
        f"{tel(fouten, 'fout', taal)}, "
        f"{tel(len(bevindingen) - fouten, 'waarschuwing', taal)}: {oordeel}",
        file=sys.stderr,
    )
    return 1 if fouten else 0


def cmd_submit(db: Database, args: argparse.Namespace) -> int:
    from application.indienen import dien_in
    from domain.errors import NietIndienbaar

    taal = taal_van(args)
    try:
        plan = dien_in(db, args.plan, als_prefix=True)
    except NietIndienbaar as exc:
        print_findings(exc.bevindingen, taal)
        print(f"wijkplan: {exc.tekst(taal)}", file=sys.stderr)
        return 1
    if taal == "en":
        print(f"Plan {plan.id} revision {plan.revisie} has been submitted and frozen.")
    else:
        print(f"Plan {plan.id} revisie {plan.revisie} is ingediend en bevroren.")
    return 0


def cmd_export_json(db: Database, args: argparse.Namespace) -> int:
    return _export(db, args, "json")


def cmd_import_json(db: Database, args: argparse.Namespace) -> int:
    """Prints the plan id; a file the revision rule refuses (domain.importing) is exit 1."""
    from dataclasses import replace
    from pathlib import Path

    from application.importeren import importeer_json_plan
    from exports.json_exchange import import_regel

    pad = Path(args.file)
    uitkomst, plan = importeer_json_plan(db, pad)  # ImportFout names the key path
    taal = taal_van(args)
    # import_regel prints the outcome's Dutch remarks; hand it the ones in the user's language.
    getoond = replace(
        uitkomst, bericht=uitkomst.tekst(taal), waarschuwingen=uitkomst.waarschuwingen_in(taal)
    )
    regel = import_regel(pad, getoond, plan, db.catalogus(), taal)
    print(f"wijkplan: {regel}", file=sys.stderr)
    print(plan.id)
    return 0


def cmd_export_xlsx(db: Database, args: argparse.Namespace) -> int:
    return _export(db, args, "xlsx")


def cmd_export_pdf(db: Database, args: argparse.Namespace) -> int:
    return _export(db, args, "pdf")


def _export(db: Database, args: argparse.Namespace, soort: Soort) -> int:
    """Prints the file written (given with -o, or the default name in the current folder)."""
    from application.exporteren import exporteer

    print(exporteer(db, args.plan, soort, args.output, als_prefix=True))
    return 0


def cmd_import_xlsx(db: Database, args: argparse.Namespace) -> int:
    """One line per file; exit 0 when every file was imported or skipped, 1 if any refused."""
    from application.importeren import importeer_bestanden, schrijf_rapport
    from domain.importing import ImportStatus
    from domain.taal import tel

    taal = taal_van(args)
    uitkomsten = importeer_bestanden(db, args.paths)  # none found: a Dutch error
    for u in uitkomsten:
        print(u.regel(taal))
    if args.report:
        schrijf_rapport(uitkomsten, args.report)
    geweigerd = sum(u.status == ImportStatus.GEWEIGERD for u in uitkomsten)
    verwerkt, alle = len(uitkomsten) - geweigerd, tel(len(uitkomsten), "bestand", taal)
    if taal == "en":
        samenvatting = f"{verwerkt} of {alle} imported or skipped, {geweigerd} refused."
    else:
        samenvatting = f"{verwerkt} van {alle} geïmporteerd of overgeslagen, {geweigerd} geweigerd."
    print(samenvatting, file=sys.stderr)
    return 1 if geweigerd else 0
