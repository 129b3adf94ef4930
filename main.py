"""Wijkplan: the composition root and the command line.

``python main.py`` starts the desktop app; ``python main.py COMMAND`` runs a headless command
(``python main.py -h`` lists them). Nothing is created at import time, and the heavy libraries
(PySide6, openpyxl, reportlab) are imported inside the commands that need them, so that
``plans`` starts about as fast as SQLAlchemy itself.

The commands are thin: each calls a use case of :mod:`application` (the same ones the desktop
app runs) and prints its result. Errors a user can act on are printed in Dutch on stderr:
exit 1 for bad input, 2 for bad usage, never a traceback unless ``--debug``. ``--taal en`` (or
the environment variable ``WIJKPLAN_TAAL=en``) prints findings, counts and errors in English;
Dutch is the default. ``LANG``/``LANGUAGE`` are deliberately not read: most servers and CI
machines run with ``en_US`` or ``C`` whatever their users read. To add a command:
write ``cmd_x(db, args) -> int`` and register it in :func:`build_parser` with
``sub.add_parser(...).set_defaults(func=cmd_x)``.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from application.exporteren import Soort
    from application.ports import Database

log = logging.getLogger("wijkplan")

# argparse's own messages (Python 3.11+), in Dutch.
_NL = [
    (r"the following arguments are required: ", "deze argumenten ontbreken: "),
    (r"unrecognized arguments: ", "onbekende argumenten: "),
    (r"^argument ([^:]+): ", r"argument \1: "),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ongeldige keuze: \1 (kies uit \2)"),
    (r"expected one argument", "verwacht één waarde"),
    (r"expected at most one argument", "verwacht hooguit één waarde"),
    (r"expected at least one argument", "verwacht minstens één waarde"),
    (r"expected (\d+) arguments?", r"verwacht \1 waarden"),
    (r"invalid (\w+) value: (.*)", r"ongeldige waarde \2 (verwacht \1)"),
    (r"ambiguous option: (.*) could match (.*)", r"dubbelzinnige optie: \1 past bij \2"),
    (r"ignored explicit argument (.*)", r"genegeerde waarde \1"),
    (r"one of the arguments (.*) is required", r"een van de argumenten \1 is verplicht"),
    (r"not allowed with argument (.*)", r"niet toegestaan samen met \1"),
]


def vertaal(message: str) -> str:
    for pattern, dutch in _NL:
        message = re.sub(pattern, dutch, message)
    return message


class NlHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class NlArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch usage, help headings and error messages (exit 2 on bad usage)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", NlHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS, help="toon deze hulp"
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {vertaal(message)}\n")


def versie() -> str:
    """The installed distribution's version; from pyproject.toml beside this file otherwise.

    The bundle ships the distribution's metadata (packaging/wijkplan.spec), so the first
    branch answers there too; the fallback serves a checkout run without installing.
    """
    from importlib import metadata

    try:
        return metadata.version("wijkplan")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent / "pyproject.toml"
        try:
            with pyproject.open("rb") as fh:
                return str(tomllib.load(fh)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "onbekend"


class _VersieActie(argparse.Action):
    """``--version``: the version is looked up only when asked (metadata costs a few ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        print(f"wijkplan {versie()}")
        parser.exit(0)


def _top_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_VersieActie, help="toon de versie en stop")
    # For the bundle's smoke test (packaging/smoke.sh): open the window, wait for the plan
    # list, print one line and quit; with a PDF also load it in QtPdf (the preview's engine).
    parser.add_argument(
        "--smoke", nargs="?", const="", default=None, metavar="PDF", help=argparse.SUPPRESS
    )


def _common_options(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    # On subcommands the defaults are suppressed, so `--db X plans` and `plans --db X` both work.
    parser.add_argument(
        "--db",
        metavar="PAD_OF_URL",
        default=argparse.SUPPRESS if sub else None,
        help="databasebestand of SQLAlchemy-URL (standaard: de gebruikersmap van Wijkplan)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help="toon details (en bij een fout de traceback)",
    )
    parser.add_argument(
        "--taal",
        choices=("nl", "en"),
        default=argparse.SUPPRESS if sub else None,
        help="taal van bevindingen en meldingen: nl (standaard, of WIJKPLAN_TAAL) of en",
    )


def build_parser() -> NlArgumentParser:
    parser = NlArgumentParser(
        prog="wijkplan",
        description="Wijkplan: plannen en begrotingen voor de wijkgerichte aanpak. "
        "Zonder opdracht start de app.",
    )
    _common_options(parser, sub=False)
    _top_options(parser)
    sub = parser.add_subparsers(title="opdrachten", dest="command", metavar="OPDRACHT")

    def command(name: str, func: Any, help: str) -> NlArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _common_options(p, sub=True)
        p.set_defaults(func=func)
        return p

    command("demo", cmd_demo, "referentiegegevens en twee voorbeeldplannen laden")
    command("plans", cmd_plans, "alle plannen: id, gemeente, titel, status, revisie, gevraagd")
    command("check", cmd_check, "de bevindingen van een plan").add_argument(
        "plan", metavar="PLAN", help="id of uniek begin van de id"
    )
    command("submit", cmd_submit, "de huidige revisie indienen en bevriezen").add_argument(
        "plan", metavar="PLAN", help="id of uniek begin van de id"
    )
    p = command("export-json", cmd_export_json, "een plan als JSON-bestand opslaan")
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("-o", "--output", metavar="BESTAND", help="doelbestand")
    command("import-json", cmd_import_json, "een plan uit een JSON-bestand inlezen").add_argument(
        "file", metavar="BESTAND", help="het JSON-bestand"
    )
    p = command("export-xlsx", cmd_export_xlsx, "een plan als Excel-werkmap opslaan")
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("-o", "--output", metavar="BESTAND", help="doelbestand (.xlsx)")
    p = command("export-pdf", cmd_export_pdf, "een plan als PDF-samenvatting opslaan")
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("-o", "--output", metavar="BESTAND", help="doelbestand (.pdf)")
    p = command("import-xlsx", cmd_import_xlsx, "Excel-werkmappen inlezen (bestanden of mappen)")
    p.add_argument("paths", nargs="+", metavar="BESTAND_OF_MAP", help=".xlsx-bestand of map")
    p.add_argument("--report", metavar="RAPPORT", help="schrijf ook een importrapport (.xlsx)")
    _referentie_en_rondes(command)
    _beoordelingsopdrachten(command)
    return parser


def _referentie_en_rondes(command: Any) -> None:
    """Issue 11: reference data as a file (docs/referentie.md), a plan into another round."""
    p = command("reference-export", cmd_reference_export, "de referentiegegevens als JSON opslaan")
    p.add_argument(
        "-o", "--output", metavar="BESTAND", help="doelbestand (standaard: referentie.json)"
    )
    p = command(
        "reference-import",
        cmd_reference_import,
        "nieuwe referentiegegevens inlezen: toont wat er verandert en past het alleen toe met "
        "--ja; een wijziging die plannen zonder ronde, gemeente of code laat, wordt geweigerd",
    )
    p.add_argument("file", metavar="BESTAND", help="het JSON-bestand (formaat wijkplan-referentie)")
    p.add_argument(
        "--ja",
        "--yes",
        dest="ja",
        action="store_true",
        help="de getoonde wijzigingen ook toepassen (zonder deze optie verandert er niets)",
    )
    p = command(
        "carry-over",
        cmd_carry_over,
        "een plan overnemen in een andere ronde: een nieuw concept met verschoven jaren; "
        "regels die niet meer passen krijgen een notitie '[Controleren …]'",
    )
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument(
        "--ronde", required=True, metavar="RONDE", help="code van de ronde, bv. 2026-2029"
    )
    p.add_argument("--titel", metavar="TITEL", help="titel van het nieuwe plan")


_BEOORDELAAR_HULP = (
    "naam van de beoordelaar, bewaard bij elke wijziging "
    "(standaard: de omgevingsvariabele WIJKPLAN_BEOORDELAAR)"
)
_REVISIE_HULP = "ingediende revisie (standaard: de revisie in beoordeling, de nieuwste ingediende)"


def _beoordelingsopdrachten(command: Any) -> None:
    """Issue 12: the assessor's commands (overview, revisions, diff, assess, decide, allocate,
    audit). Each calls a use case of application.beoordelen."""
    p = command(
        "overview",
        cmd_overview,
        "overzicht van een ronde: per gemeente gevraagd, beoordeling, besluit en toewijzing "
        "(tab-gescheiden, met kopregel; laatste regel Totaal met het plafond)",
    )
    p.add_argument(
        "--ronde", metavar="CODE", help="rondecode (standaard: de ronde met de meeste plannen)"
    )
    command(
        "revisions", cmd_revisions, "de revisies van een plan met herkomst en besluit"
    ).add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p = command("diff", cmd_diff, "wat er veranderde tussen twee revisies van een plan")
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("oud", metavar="OUD", type=int, help="de oudere revisie")
    p.add_argument(
        "nieuw",
        metavar="NIEUW",
        type=int,
        nargs="?",
        help="de nieuwere revisie (standaard: de nieuwste)",
    )
    p = command(
        "assess",
        cmd_assess,
        "een ingediende revisie beoordelen: scores 1-5 per criterium met toelichting, advies, "
        "notities; zonder wijzigingen toont het de beoordeling",
    )
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("--beoordelaar", metavar="NAAM", help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    p.add_argument(
        "--score",
        metavar="CRITERIUM=N",
        action="append",
        default=[],
        help="score 1-5 voor een criterium (herhaalbaar; N leeg wist de score)",
    )
    p.add_argument(
        "--toelichting",
        metavar="CRITERIUM=TEKST",
        action="append",
        default=[],
        help="toelichting bij een criterium (herhaalbaar)",
    )
    p.add_argument("--advies", metavar="ADVIES", help="toekennen, deels_toekennen of afwijzen")
    p.add_argument("--advies-toelichting", metavar="TEKST", help="onderbouwing van het advies")
    p.add_argument(
        "--klaar",
        action="store_true",
        help="beoordeling afronden (alle criteria gescoord en een advies gegeven); pas dan "
        "ziet een collega die ook klaar is uw scores",
    )
    p.add_argument("--heropen", action="store_true", help="een afgeronde beoordeling heropenen")
    p.add_argument(
        "--notitie",
        metavar="PAD=TEKST",
        action="append",
        default=[],
        help="notitie bij een onderdeel, bijvoorbeeld 'begroting[0]=Te duur' of '=Over het plan' "
        "(herhaalbaar)",
    )
    p = command(
        "decide",
        cmd_decide,
        "besluit over een ingediende revisie: in_beoordeling, goedgekeurd of afgewezen "
        "(goedgekeurd en afgewezen zijn definitief)",
    )
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("status", metavar="BESLUIT", help="in_beoordeling, goedgekeurd of afgewezen")
    p.add_argument("--reden", metavar="TEKST", default="", help="reden (verplicht bij afwijzen)")
    p.add_argument("--beoordelaar", metavar="NAAM", help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    p = command(
        "allocate",
        cmd_allocate,
        "toewijzing per jaar voor een plan (standaard: het gevraagde), of met --ronde en "
        "--pro-rata een voorstel binnen het plafond van de ronde",
    )
    p.add_argument("plan", metavar="PLAN", nargs="?", help="id of uniek begin van de id")
    p.add_argument(
        "--jaar",
        metavar="JAAR=BEDRAG",
        action="append",
        default=[],
        help="toegewezen bedrag in een jaar, bijvoorbeeld 2024=1.250.000,00 (herhaalbaar; een "
        "jaar dat ontbreekt krijgt 0)",
    )
    p.add_argument(
        "--bevestig",
        action="store_true",
        help="bevestig uitdrukkelijk dat de toewijzing een plafond overschrijdt",
    )
    p.add_argument("--toelichting", metavar="TEKST", default="", help="toelichting")
    p.add_argument("--ronde", metavar="CODE", help="de ronde (met --pro-rata)")
    p.add_argument(
        "--pro-rata",
        action="store_true",
        help="toon een voorstel naar rato binnen de plafonds van de ronde",
    )
    p.add_argument(
        "--accepteer", action="store_true", help="met --pro-rata: neem het voorstel over"
    )
    p.add_argument("--beoordelaar", metavar="NAAM", help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    p = command(
        "export-overview",
        cmd_export_overview,
        "het overzicht van een ronde als Excel-werkmap (alle gemeenten: gevraagd, advies, "
        "toegewezen per jaar, scores per criterium, vlaggen)",
    )
    p.add_argument("--ronde", metavar="CODE", required=True, help="rondecode")
    p.add_argument("-o", "--output", metavar="BESTAND", required=True, help="doelbestand (.xlsx)")
    p = command(
        "export-assessment",
        cmd_export_assessment,
        "het beoordelingsrapport van een plan als PDF (kerncijfers, scores, advies, "
        "toewijzing, herkomst)",
    )
    p.add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")
    p.add_argument("-o", "--output", metavar="BESTAND", required=True, help="doelbestand (.pdf)")
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    command(
        "audit",
        cmd_audit,
        "alle wijzigingen in beoordeling, notities, besluit en toewijzing van een plan",
    ).add_argument("plan", metavar="PLAN", help="id of uniek begin van de id")


class _NotTheApp(Exception):
    """The command line is more than ``[--db X] [--debug]``: the full parser decides."""


class _AppParser(NlArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; starting the app (no command) skips the subcommand parsers.

    Building every subcommand's parser costs ~10 ms of argparse and gettext work, paid on
    every start before the window can show (bench/bench_gui_startup.py). A command line
    that names a command (a positional: the small parser refuses it), asks for help or is
    wrong in any way goes through :func:`build_parser`, so its results, usage and Dutch error
    messages are exactly the full parser's.
    """
    if "-h" not in argv and "--help" not in argv:
        app = _AppParser(prog="wijkplan")
        _common_options(app, sub=False)
        _top_options(app)
        try:
            return app.parse_args(argv, argparse.Namespace(command=None))
        except _NotTheApp:
            pass
    return build_parser().parse_args(argv)


# --- commands --------------------------------------------------------------------------------
def _one_line(text: str) -> str:
    """Tabs and line breaks would break the one-line-per-plan output."""
    return " ".join(text.split())


def _taal(args: argparse.Namespace) -> str:
    """The language of the output: --taal, else WIJKPLAN_TAAL, else Dutch."""
    import os

    from domain.taal import taal_of_nl

    return taal_of_nl(getattr(args, "taal", None) or os.environ.get("WIJKPLAN_TAAL"))


def _print_findings(bevindingen: list[Any], taal: str = "nl") -> None:
    # The severity and the path stay codes (fout/waarschuwing, iban): scripts read them.
    for b in bevindingen:
        print(f"{b.ernst}\t{b.pad}\t{_one_line(b.tekst(taal))}")


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from application.database import laad_demo

    en = _taal(args) == "en"
    for plan, nieuw in laad_demo(db):
        if en:
            wat = "added" if nieuw else "already existed"
        else:
            wat = "toegevoegd" if nieuw else "bestond al"
        print(f"{plan.id}\t{_one_line(plan.titel)}\t{wat}")
    return 0


def cmd_plans(db: Database, args: argparse.Namespace) -> int:
    from application.plannen import overzicht

    _print_plans(overzicht(db))
    return 0


def plans_vooraf(args: argparse.Namespace) -> bool:
    """Issue 13: ``plans`` on an SQLite file whose schema is current, read with sqlite3 alone
    (no SQLAlchemy, no migrations); False when the database must be opened first."""
    from application.plannen import overzicht_vooraf

    rows = overzicht_vooraf(args.db)
    if rows is not None:
        _print_plans(rows)
    return rows is not None


def _print_plans(rows: list[Any]) -> None:
    from domain.money import format_canonical

    out = sys.stdout
    for r in rows:
        # Issue 10: a seventh column only when there is something to say (gewijzigd na export,
        # dubbel plan, a newer concept beside the submitted revision shown).
        opmerkingen = "; ".join(r.opmerkingen())
        out.write(
            f"{r.id}\t{r.gemeente_code}\t{_one_line(r.titel)}\t{r.status}\t{r.revisie}\t"
            f"{format_canonical(r.totaal_gevraagd)}{chr(9) + opmerkingen if opmerkingen else ''}\n"
        )


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    from application.indienen import controleer
    from domain.taal import tel
    from domain.validation import Ernst

    taal = _taal(args)
    bevindingen = controleer(db, args.plan, als_prefix=True)
    _print_findings(bevindingen, taal)
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

    taal = _taal(args)
    try:
        plan = dien_in(db, args.plan, als_prefix=True)
    except NietIndienbaar as exc:
        _print_findings(exc.bevindingen, taal)
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
    from pathlib import Path

    from application.importeren import importeer_json_plan
    from exports.json_exchange import import_regel

    pad = Path(args.file)
    uitkomst, plan = importeer_json_plan(db, pad)  # ImportFout names the key path
    regel = import_regel(pad, uitkomst, plan, db.catalogus(), _taal(args))
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

    taal = _taal(args)
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


def cmd_reference_export(db: Database, args: argparse.Namespace) -> int:
    from application.referentie import exporteer_referentie

    print(exporteer_referentie(db, args.output or "referentie.json"))
    return 0


def cmd_reference_import(db: Database, args: argparse.Namespace) -> int:
    """The changes on stdout (one per line, changed values indented); applied only with --ja.
    Exit 1 when refused (a plan would be orphaned): the database is then unchanged."""
    from application.referentie import lees_referentie, pas_referentie_toe

    voorbeeld = lees_referentie(db, args.file)  # ImportFout names the key path
    for w in voorbeeld.wijzigingen:
        print(w.tekst())
        for v in w.velden:
            print(f"\t{v.tekst()}")
    print(f"wijkplan: {voorbeeld.samenvatting()}", file=sys.stderr)
    if voorbeeld.weigeringen:
        for reden in voorbeeld.weigeringen:
            print(f"wijkplan: geweigerd: {reden}", file=sys.stderr)
        print("wijkplan: er is niets gewijzigd.", file=sys.stderr)
        return 1
    if not voorbeeld.wijzigingen:
        return 0
    if not args.ja:
        print("wijkplan: niets toegepast; herhaal met --ja om toe te passen.", file=sys.stderr)
        return 0
    pas_referentie_toe(db, voorbeeld)
    print("wijkplan: de referentiegegevens zijn bijgewerkt.", file=sys.stderr)
    return 0


def cmd_carry_over(db: Database, args: argparse.Namespace) -> int:
    """Prints the new plan's id; the lines marked for checking on stderr."""
    from application.overnemen import neem_over

    uitkomst = neem_over(db, args.plan, args.ronde, args.titel, als_prefix=True)
    for regel in uitkomst.meldingen():
        print(f"wijkplan: {regel}", file=sys.stderr)
    print(uitkomst.plan.id)
    return 0


# --- issue 12: the assessor's commands ----------------------------------------------------
def _beoordelaar(args: argparse.Namespace) -> str:
    import os

    from domain.errors import OngeldigeInvoer

    naam = (
        getattr(args, "beoordelaar", None) or os.environ.get("WIJKPLAN_BEOORDELAAR", "")
    ).strip()
    if not naam:
        raise OngeldigeInvoer(
            "Geef de naam van de beoordelaar met --beoordelaar NAAM of in de omgevingsvariabele "
            "WIJKPLAN_BEOORDELAAR.",
            engels="Give the assessor's name with --beoordelaar NAME or in the environment "
            "variable WIJKPLAN_BEOORDELAAR.",
        )
    return naam


def _paren(waarden: list[str], optie: str) -> list[tuple[str, str]]:
    """'SLEUTEL=WAARDE' arguments; a missing '=' is bad input, named in Dutch."""
    from domain.errors import OngeldigeInvoer

    uit = []
    for w in waarden:
        sleutel, is_, waarde = w.partition("=")
        if not is_:
            raise OngeldigeInvoer(f"{optie} '{w}': verwacht SLEUTEL=WAARDE.")
        uit.append((sleutel.strip(), waarde))
    return uit


def _bedrag(tekst: str, wat: str) -> Any:
    from domain.errors import OngeldigeInvoer
    from domain.money import BedragFout, parse_bedrag, parse_canonical

    try:
        return parse_canonical(tekst)
    except BedragFout:
        try:
            return parse_bedrag(tekst)
        except BedragFout as exc:
            raise OngeldigeInvoer(f"{wat}: {exc}") from None


def _aandeel(waarde: Any) -> str:
    return "" if waarde is None else f"{waarde:.4f}"


def cmd_overview(db: Database, args: argparse.Namespace) -> int:
    """Tab-separated: a header, one line per municipality (plan), a last line 'Totaal'."""
    from decimal import Decimal

    from application.beoordelen import overzicht
    from domain.money import format_canonical as c

    o = overzicht(db, args.ronde)
    jaren = o.jaren
    kop = [
        "gemeente_code", "gemeente", "plan", "revisie", "status",
        *(f"gevraagd_{j}" for j in jaren), "gevraagd", "cofinanciering",
        "aandeel_erkend", "aandeel_gefundeerd", "euro_per_jongere", "fouten", "waarschuwingen",
        "vlaggen", "voortgang", "advies",
        *(f"toegewezen_{j}" for j in jaren), "toegewezen", "plafond",
    ]  # fmt: skip
    out = sys.stdout
    out.write("\t".join(kop) + "\n")
    for r in o.rijen:
        heeft = r.heeft_plan
        velden = [
            r.gemeente_code, _one_line(r.gemeente_naam), r.plan_id or "",
            "" if r.revisie is None else str(r.revisie), r.status,
            *(c(r.gevraagd_per_jaar[j]) if j in r.gevraagd_per_jaar else "" for j in jaren),
            c(r.gevraagd) if heeft else "", c(r.cofinanciering) if heeft else "",
            _aandeel(r.aandeel_erkend), _aandeel(r.aandeel_gefundeerd),
            "" if r.euro_per_jongere is None else c(r.euro_per_jongere),
            str(r.fouten) if heeft else "", str(r.waarschuwingen) if heeft else "",
            "; ".join(r.vlaggen()), r.voortgang.tekst if heeft else "", r.advies,
            *(c(r.toegewezen_per_jaar[j]) if j in r.toegewezen_per_jaar else "" for j in jaren),
            c(r.toegewezen) if heeft else "", "",
        ]  # fmt: skip
        out.write("\t".join(velden) + "\n")
    t = o.totaal
    plafond = "" if t.ruimte.plafond is None else c(t.ruimte.plafond)
    vlaggen = "; ".join(x.bericht for x in t.overschrijdingen)
    totaal = [
        "Totaal", "", "", "", f"{t.plannen} plannen, {t.zonder_plan} zonder plan",
        *(c(t.gevraagd_per_jaar.get(j, Decimal(0))) for j in jaren), c(t.gevraagd),
        c(t.cofinanciering), "", "", "", "", "", vlaggen, "", "",
        *(c(t.toegewezen_per_jaar.get(j, Decimal(0))) for j in jaren), c(t.toegewezen), plafond,
    ]  # fmt: skip
    out.write("\t".join(totaal) + "\n")
    return 0


def cmd_revisions(db: Database, args: argparse.Namespace) -> int:
    """One line per revision: revisie, status, ingediend op, content hash, herkomst, besluit."""
    from application.beoordelen import revisies

    for r in revisies(db, args.plan, als_prefix=True):
        op = "" if r.vastgelegd_op is None else f"{r.vastgelegd_op:%d-%m-%Y %H:%M}"
        herkomst = "; ".join(
            h.bestandsnaam + (" (gewijzigd na export)" if h.gewijzigd_na_export else "")
            for h in r.herkomst
        )
        besluit = ""
        if r.besluit is not None:
            besluit = f"{r.besluit.status.value} door {r.besluit.door}"
            if r.besluit.reden:
                besluit += f": {_one_line(r.besluit.reden)}"
        print(f"{r.revisie}\t{r.status}\t{op}\t{r.content_hash or ''}\t{herkomst}\t{besluit}")
    return 0


def cmd_diff(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import verschil

    for regel in verschil(db, args.plan, args.oud, args.nieuw, als_prefix=True).regels():
        print(regel)
    return 0


def cmd_assess(db: Database, args: argparse.Namespace) -> int:
    """Changes first (scores, comments, advice, finish/reopen, notes), then the worksheet."""
    from application.beoordelen import notitie, werkblad, wijzig_beoordeling
    from domain.beoordeling import advies_uit_tekst
    from domain.errors import OngeldigeInvoer

    naam = _beoordelaar(args)
    scores: dict[str, int | None] = {}
    for code, waarde in _paren(args.score, "--score"):
        if waarde.strip() == "":
            scores[code] = None
        elif waarde.strip().isdigit():
            scores[code] = int(waarde)
        else:
            raise OngeldigeInvoer(f"--score {code}: '{waarde}' is geen score (1 tot en met 5).")
    toelichtingen = dict(_paren(args.toelichting, "--toelichting"))
    advies = advies_uit_tekst(args.advies) if args.advies else None
    if (
        scores
        or toelichtingen
        or advies
        or args.advies_toelichting is not None
        or args.klaar
        or args.heropen
    ):
        wijzig_beoordeling(
            db,
            args.plan,
            naam,
            scores=scores,
            toelichtingen=toelichtingen,
            advies=advies,
            advies_toelichting=args.advies_toelichting,
            afronden=args.klaar,
            heropenen=args.heropen,
            revisie=args.revisie,
            als_prefix=True,
        )
    for pad, tekst in _paren(args.notitie, "--notitie"):
        notitie(db, args.plan, naam, pad, tekst, revisie=args.revisie, als_prefix=True)
    w = werkblad(db, args.plan, naam, revisie=args.revisie, als_prefix=True)
    print(f"plan\t{w.plan.id}\trevisie {w.revisie}\t{_one_line(w.plan.titel)}")
    status = w.besluit.status.value if w.besluit else w.plan.status.value
    print(f"status\t{status}")
    for b in [w.eigen, *w.anderen]:
        staat = "klaar" if b.klaar else ("bezig" if b.versie is not None else "niet begonnen")
        print(f"beoordelaar\t{b.beoordelaar}\t{staat}")
        for c in w.criteria:
            s = b.score(c.code)
            if b is w.eigen or b.scores:
                waarde = "" if s.waarde is None else str(s.waarde)
                print(f"score\t{b.beoordelaar}\t{c.code}\t{waarde}\t{_one_line(s.toelichting)}")
        if b.advies is not None:
            print(f"advies\t{b.beoordelaar}\t{b.advies.value}\t{_one_line(b.advies_toelichting)}")
    for v in w.verschillen:
        scores_tekst = ", ".join(f"{n} {s}" for n, s in v.scores)
        print(f"verschil\t{v.criterium}\t{v.verschil} punten\t{scores_tekst}")
    for n in w.notities:
        print(f"notitie\t{n.id}\t{n.pad or '(plan)'}\t{n.beoordelaar}\t{_one_line(n.tekst)}")
    return 0


def cmd_decide(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import besluit
    from domain.besluit import status_uit_tekst

    b = besluit(
        db,
        args.plan,
        status_uit_tekst(args.status),
        _beoordelaar(args),
        reden=args.reden,
        revisie=args.revisie,
        als_prefix=True,
    )
    print(f"Plan {b.plan_id} revisie {b.revisie}: {b.status.value.replace('_', ' ')}.")
    return 0


def cmd_allocate(db: Database, args: argparse.Namespace) -> int:
    """Per plan: the allocation per year and what remains of the round's ceiling. With
    --pro-rata: the proposal per plan and year (stored with --accepteer)."""
    from decimal import Decimal

    from application.beoordelen import neem_voorstel_over, pro_rata_voorstel, wijs_toe
    from domain.errors import OngeldigeInvoer
    from domain.money import format_canonical as c

    if args.pro_rata:
        if not args.ronde:
            raise OngeldigeInvoer("Geef met --ronde CODE de ronde voor het pro-ratavoorstel.")
        v = pro_rata_voorstel(db, args.ronde)
        for pid, (gemeente, rev, _gevraagd, voorstel) in sorted(
            v.plannen.items(), key=lambda x: x[1][0]
        ):
            jaren = " ".join(f"{j}={c(b)}" for j, b in sorted(voorstel.items()))
            print(f"{pid}\t{gemeente}\t{rev}\t{jaren}\t{c(sum(voorstel.values(), Decimal(0)))}")
        plafond = "geen" if v.ruimte.plafond is None else c(v.ruimte.plafond)
        print(
            f"Gevraagd {c(v.ruimte.gevraagd)}, voorstel {c(v.ruimte.toegewezen)}, plafond {plafond}"
            + ("" if v.nodig else " (geen plafond overschreden: voorstel = gevraagd)"),
            file=sys.stderr,
        )
        if args.accepteer:
            n = neem_voorstel_over(db, v, _beoordelaar(args))
            print(f"Voorstel overgenomen voor {n} plan(nen).", file=sys.stderr)
        return 0
    if not args.plan:
        raise OngeldigeInvoer("Geef een PLAN, of --ronde CODE --pro-rata.")
    per_jaar = {}
    for jaar, bedrag in _paren(args.jaar, "--jaar"):
        if not jaar.isdigit():
            raise OngeldigeInvoer(f"--jaar '{jaar}={bedrag}': '{jaar}' is geen jaar.")
        per_jaar[int(jaar)] = _bedrag(bedrag, f"--jaar {jaar}")
    if not per_jaar:
        raise OngeldigeInvoer("Geef minstens één --jaar JAAR=BEDRAG.")
    u = wijs_toe(
        db,
        args.plan,
        per_jaar,
        _beoordelaar(args),
        bevestig_overschrijding=args.bevestig,
        toelichting=args.toelichting,
        revisie=args.revisie,
        als_prefix=True,
    )
    t = u.toewijzing
    for jaar, bedrag in sorted(t.per_jaar.items()):
        print(f"{jaar}\t{c(bedrag)}")
    print(f"totaal\t{c(t.totaal)}")
    if u.ruimte.plafond is not None and u.ruimte.resterend is not None:
        print(f"resterend\t{c(u.ruimte.resterend)}\t(plafond {c(u.ruimte.plafond)})")
    for o in u.overschrijdingen:
        print(f"wijkplan: let op, bevestigd boven plafond: {o.bericht}", file=sys.stderr)
    return 0


def cmd_export_overview(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import exporteer_overzicht

    print(exporteer_overzicht(db, args.ronde, args.output))
    return 0


def cmd_export_assessment(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import exporteer_beoordeling

    print(exporteer_beoordeling(db, args.plan, args.output, revisie=args.revisie, als_prefix=True))
    return 0


def cmd_audit(db: Database, args: argparse.Namespace) -> int:
    """One line per change: when, who, revisie, onderwerp, sleutel, veld, oud, nieuw."""
    from application.beoordelen import auditlog

    for a in auditlog(db, args.plan, als_prefix=True):
        op = a.op.astimezone() if a.op.tzinfo else a.op
        velden = [
            f"{op:%d-%m-%Y %H:%M:%S}", a.door, str(a.revisie), a.onderwerp, a.sleutel, a.veld,
            "" if a.oud is None else _one_line(a.oud),
            "" if a.nieuw is None else _one_line(a.nieuw),
        ]  # fmt: skip
        print("\t".join(velden))
    return 0


def _is_database_fout(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | sqlite3.Error)


# --- the app ---------------------------------------------------------------------------------
GEEN_SCHERM = (
    "wijkplan: er is geen beeldscherm om het venster op te tonen ({reden}).\n"
    "Start Wijkplan in een grafische sessie (bureaublad), of gebruik een opdracht zonder "
    "venster, bijvoorbeeld `wijkplan plans` (`wijkplan -h` toont ze alle). Zonder scherm kan "
    "het venster ook onzichtbaar draaien met QT_QPA_PLATFORM=offscreen."
)
# What Qt's xcb plugin loads beyond a minimal desktop (README: "A bare Linux").
XCB_PAKKETTEN = (
    "libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
)


def geen_scherm() -> str | None:
    """Why Qt cannot show a window here (Dutch), or None when it can; before any QApplication.

    Without a display Qt's xcb plugin aborts the process (SIGABRT, rc 134) with advice about
    libxcb-cursor0 that is wrong when that is installed. Only Linux and the BSDs have this
    case: Windows and macOS always have their native platform.
    """
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, minimal, vnc, eglfs …: Qt needs no X or Wayland server
    if platform.startswith("wayland"):
        if not os.environ.get("WAYLAND_DISPLAY"):
            return "QT_QPA_PLATFORM is wayland maar WAYLAND_DISPLAY is niet gezet"
        return None
    if os.environ.get("WAYLAND_DISPLAY") and platform != "xcb":
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "DISPLAY en WAYLAND_DISPLAY zijn niet gezet"
    if not _x_server_antwoordt(display):
        return f"er antwoordt geen X-server op DISPLAY={display}"
    ontbreekt = _xcb_ontbreekt()
    if ontbreekt:
        return (
            f"de X11-koppeling van Qt mist een systeembibliotheek: {ontbreekt}; installeer "
            f"bijvoorbeeld `sudo apt-get install {XCB_PAKKETTEN}`"
        )
    return None


def _x_server_antwoordt(display: str) -> bool:
    """Whether an X server listens at ``display`` (":0", "unix:1", "localhost:10.0").

    A socket connect (well under a millisecond); the X protocol itself is left to Qt. A form
    this does not know counts as answering, so Qt decides.
    """
    import re
    import socket

    m = re.fullmatch(r"(?P<host>[^:/]*)(?:/unix)?:(?P<nr>\d+)(?:\.\d+)?", display)
    if m is None:
        return True
    host, nummer = m["host"], int(m["nr"])
    if host in ("", "unix"):
        pad = f"/tmp/.X11-unix/X{nummer}"
        for adres in (pad, "\0" + pad):  # the file, then Linux's abstract socket
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                try:
                    s.connect(adres)
                    return True
                except OSError:
                    continue
        return False
    try:
        socket.create_connection((host, 6000 + nummer), timeout=2).close()
        return True
    except OSError:
        return False


def _xcb_ontbreekt() -> str | None:
    """The library Qt's xcb plugin cannot load (dlopen in this process), or None.

    Loading it is what Qt would do next; the dynamic loader's message names the first missing
    library, where Qt's own abort gives generic advice.
    """
    import ctypes
    from pathlib import Path

    try:
        import PySide6
    except ImportError:
        return None  # the ImportError itself is clearer; leave it to the import in gui.app
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return str(exc).split(":")[0].strip() or str(exc)
    return None


def start_gui(db_url: str | None, smoke: str | None = None) -> int:
    reden = geen_scherm()
    if reden is not None:
        print(GEEN_SCHERM.format(reden=reden), file=sys.stderr)
        return 1
    from gui.app import run  # the gui engineer's half of the composition root

    if smoke is not None:
        return run(db_url, smoke=smoke)
    return run(db_url)


# --- entry point -----------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Pipes on Windows default to the ANSI code page; names like Yeşilgöz need UTF-8.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from storage.paths import database_url

        return start_gui(database_url(args.db) if args.db else None, args.smoke)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from domain.errors import WijkplanFout

    db = None
    taal = _taal(args)
    try:
        if args.func is cmd_plans and plans_vooraf(args):
            return 0
        from application.database import open_database
        from storage.database import WACHTTIJD_OPDRACHT

        # A command waits for another Wijkplan on the same file (a second import) to finish.
        db = open_database(args.db, wachttijd=WACHTTIJD_OPDRACHT)
        return int(args.func(db, args))
    except WijkplanFout as exc:
        if args.debug:
            log.exception("fout")
        print(f"wijkplan: {exc.tekst(taal)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"wijkplan: {'interrupted' if taal == 'en' else 'afgebroken'}.", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            log.exception("onverwachte fout")
        elif _is_database_fout(exc):  # never SQL or its parameters on the screen
            from storage.faults import vertaal
            from storage.paths import database_url

            url = db.url if db is not None else database_url(args.db)
            print(f"wijkplan: {vertaal(exc, url).tekst(taal)}", file=sys.stderr)
        elif taal == "en":
            print(
                f"wijkplan: unexpected error ({type(exc).__name__}: {exc}); "
                "use --debug for details.",
                file=sys.stderr,
            )
        else:
            print(
                f"wijkplan: onverwachte fout ({type(exc).__name__}: {exc}); "
                "gebruik --debug voor details.",
                file=sys.stderr,
            )
        return 1
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
