"""The assessor's commands (issue 12) on the command line: overview, revisions, diff, assess,
decide, allocate, the overview and the assessment as files, audit. The commands that read
live in :mod:`cli.overzicht`, the ones that change something in :mod:`cli.beoordelen`."""

from __future__ import annotations

from cli.beoordelen import cmd_allocate, cmd_assess, cmd_decide
from cli.overzicht import (
    cmd_audit,
    cmd_diff,
    cmd_export_assessment,
    cmd_export_overview,
    cmd_overview,
    cmd_revisions,
)
from cli.parser import PLAN_HULP, Opdracht

_BEOORDELAAR_HULP = (
    "naam van de beoordelaar, bewaard bij elke wijziging "
    "(standaard: de omgevingsvariabele WIJKPLAN_BEOORDELAAR)",
    "name of the assessor, stored with every change "
    "(default: the environment variable WIJKPLAN_BEOORDELAAR)",
)
_REVISIE_HULP = (
    "ingediende revisie (standaard: de revisie in beoordeling, de nieuwste ingediende)",
    "submitted revision (default: the revision under assessment, the newest submitted)",
)
_NAAM = ("NAAM", "NAME")
_TEKST = ("TEKST", "TEXT")
_BESTAND = ("BESTAND", "FILE")


def registreer(opdracht: Opdracht) -> None:
    p = opdracht(
        "overview",
        cmd_overview,
        (
            "overzicht van een ronde: per gemeente gevraagd, beoordeling, besluit en toewijzing "
            "(tab-gescheiden, met kopregel; laatste regel Totaal met het plafond)",
            "overview of a round: per municipality requested, assessment, decision and "
            "allocation (tab-separated, with a header; last line Totaal with the ceiling)",
        ),
    )
    p.add_argument(
        "--ronde",
        metavar="CODE",
        help=(
            "rondecode (standaard: de ronde met de meeste plannen)",
            "round code (default: the round with the most plans)",
        ),
    )
    opdracht(
        "revisions",
        cmd_revisions,
        (
            "de revisies van een plan met herkomst en besluit",
            "the revisions of a plan with their origin and decision",
        ),
    ).add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p = opdracht(
        "diff",
        cmd_diff,
        (
            "wat er veranderde tussen twee revisies van een plan",
            "what changed between two revisions of a plan",
        ),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "oud",
        metavar=("OUD", "OLD"),
        type=int,
        help=("de oudere revisie", "the older revision"),
    )
    p.add_argument(
        "nieuw",
        metavar=("NIEUW", "NEW"),
        type=int,
        nargs="?",
        help=(
            "de nieuwere revisie (standaard: de nieuwste)",
            "the newer revision (default: the newest)",
        ),
    )
    _registreer_assess(opdracht)
    p = opdracht(
        "decide",
        cmd_decide,
        (
            "besluit over een ingediende revisie: in_beoordeling, goedgekeurd of afgewezen "
            "(goedgekeurd en afgewezen zijn definitief)",
            "decision on a submitted revision: in_beoordeling, goedgekeurd or afgewezen "
            "(goedgekeurd and afgewezen are final)",
        ),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "status",
        metavar=("BESLUIT", "DECISION"),
        help=(
            "in_beoordeling, goedgekeurd of afgewezen",
            "in_beoordeling (under assessment), goedgekeurd (approved) or afgewezen (rejected)",
        ),
    )
    p.add_argument(
        "--reden",
        metavar=_TEKST,
        default="",
        help=("reden (verplicht bij afwijzen)", "reason (required to reject)"),
    )
    p.add_argument("--beoordelaar", metavar=_NAAM, help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    _registreer_allocate(opdracht)
    p = opdracht(
        "export-overview",
        cmd_export_overview,
        (
            "het overzicht van een ronde als Excel-werkmap (alle gemeenten: gevraagd, advies, "
            "toegewezen per jaar, scores per criterium, vlaggen)",
            "the overview of a round as an Excel workbook (every municipality: requested, "
            "advice, allocated per year, scores per criterion, flags)",
        ),
    )
    p.add_argument("--ronde", metavar="CODE", required=True, help=("rondecode", "round code"))
    p.add_argument(
        "-o",
        "--output",
        metavar=_BESTAND,
        required=True,
        help=("doelbestand (.xlsx)", "target file (.xlsx)"),
    )
    p = opdracht(
        "export-assessment",
        cmd_export_assessment,
        (
            "het beoordelingsrapport van een plan als PDF (kerncijfers, scores, advies, "
            "toewijzing, herkomst)",
            "the assessment report of a plan as a PDF (key figures, scores, advice, "
            "allocation, origin)",
        ),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "-o",
        "--output",
        metavar=_BESTAND,
        required=True,
        help=("doelbestand (.pdf)", "target file (.pdf)"),
    )
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    opdracht(
        "audit",
        cmd_audit,
        (
            "alle wijzigingen in beoordeling, notities, besluit en toewijzing van een plan",
            "every change to the assessment, notes, decision and allocation of a plan",
        ),
    ).add_argument("plan", metavar="PLAN", help=PLAN_HULP)


def _registreer_assess(opdracht: Opdracht) -> None:
    p = opdracht(
        "assess",
        cmd_assess,
        (
            "een ingediende revisie beoordelen: scores 1-5 per criterium met toelichting, "
            "advies, notities; zonder wijzigingen toont het de beoordeling",
            "assess a submitted revision: scores 1-5 per criterion with an explanation, "
            "advice, notes; without changes it shows the assessment",
        ),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument("--beoordelaar", metavar=_NAAM, help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
    p.add_argument(
        "--score",
        metavar=("CRITERIUM=N", "CRITERION=N"),
        action="append",
        default=[],
        help=(
            "score 1-5 voor een criterium (herhaalbaar; N leeg wist de score)",
            "score 1-5 for a criterion (repeatable; an empty N clears the score)",
        ),
    )
    p.add_argument(
        "--toelichting",
        metavar=("CRITERIUM=TEKST", "CRITERION=TEXT"),
        action="append",
        default=[],
        help=(
            "toelichting bij een criterium (herhaalbaar)",
            "explanation of a criterion's score (repeatable)",
        ),
    )
    p.add_argument(
        "--advies",
        metavar=("ADVIES", "ADVICE"),
        help=(
            "toekennen, deels_toekennen of afwijzen",
            "toekennen (grant), deels_toekennen (grant in part) or afwijzen (reject)",
        ),
    )
    p.add_argument(
        "--advies-toelichting",
        metavar=_TEKST,
        help=("onderbouwing van het advies", "the reasons for the advice"),
    )
    p.add_argument(
        "--klaar",
        action="store_true",
        help=(
            "beoordeling afronden (alle criteria gescoord en een advies gegeven); pas dan "
            "ziet een collega die ook klaar is uw scores",
            "finish the assessment (every criterion scored and advice given); only then does "
            "a colleague who has also finished see your scores",
        ),
    )
    p.add_argument(
        "--heropen",
        action="store_true",
        help=("een afgeronde beoordeling heropenen", "reopen a finished assessment"),
    )
    p.add_argument(
        "--notitie",
        metavar=("PAD=TEKST", "PATH=TEXT"),
        action="append",
        default=[],
        help=(
            "notitie bij een onderdeel, bijvoorbeeld 'begroting[0]=Te duur' of "
            "'=Over het plan' (herhaalbaar)",
            "note on a part of the plan, for example 'begroting[0]=Too expensive' or "
            "'=About the plan' (repeatable)",
        ),
    )


def _registreer_allocate(opdracht: Opdracht) -> None:
    p = opdracht(
        "allocate",
        cmd_allocate,
        (
            "toewijzing per jaar voor een plan (standaard: het gevraagde), of met --ronde en "
            "--pro-rata een voorstel binnen het plafond van de ronde",
            "allocation per year for a plan (default: what was requested), or with --ronde "
            "and --pro-rata a proposal within the round's ceiling",
        ),
    )
    p.add_argument("plan", metavar="PLAN", nargs="?", help=PLAN_HULP)
    p.add_argument(
        "--jaar",
        metavar=("JAAR=BEDRAG", "YEAR=AMOUNT"),
        action="append",
        default=[],
        help=(
            "toegewezen bedrag in een jaar, bijvoorbeeld 2024=1.250.000,00 (herhaalbaar; een "
            "jaar dat ontbreekt krijgt 0)",
            "amount allocated in a year, for example 2024=1.250.000,00 (repeatable; a year "
            "left out gets 0)",
        ),
    )
    p.add_argument(
        "--bevestig",
        action="store_true",
        help=(
            "bevestig uitdrukkelijk dat de toewijzing een plafond overschrijdt",
            "confirm explicitly that the allocation exceeds a ceiling",
        ),
    )
    p.add_argument(
        "--toelichting",
        metavar=_TEKST,
        default="",
        help=("toelichting", "explanation"),
    )
    p.add_argument(
        "--ronde", metavar="CODE", help=("de ronde (met --pro-rata)", "the round (with --pro-rata)")
    )
    p.add_argument(
        "--pro-rata",
        action="store_true",
        help=(
            "toon een voorstel naar rato binnen de plafonds van de ronde",
            "show a pro-rata proposal within the round's ceilings",
        ),
    )
    p.add_argument(
        "--accepteer",
        action="store_true",
        help=("met --pro-rata: neem het voorstel over", "with --pro-rata: adopt the proposal"),
    )
    p.add_argument("--beoordelaar", metavar=_NAAM, help=_BEOORDELAAR_HULP)
    p.add_argument("--revisie", metavar="N", type=int, help=_REVISIE_HULP)
