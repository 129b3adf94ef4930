"""Issue 11: reference data as a file (docs/referentie.md), and a plan carried over into
another round."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cli.parser import PLAN_HULP, Opdracht

if TYPE_CHECKING:
    from application.ports import Database

_BESTAND = ("BESTAND", "FILE")


def registreer(opdracht: Opdracht) -> None:
    p = opdracht(
        "reference-export",
        cmd_reference_export,
        ("de referentiegegevens als JSON opslaan", "save the reference data as JSON"),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar=_BESTAND,
        help=(
            "doelbestand (standaard: referentie.json)",
            "target file (default: referentie.json)",
        ),
    )
    p = opdracht(
        "reference-import",
        cmd_reference_import,
        (
            "nieuwe referentiegegevens inlezen: toont wat er verandert en past het alleen toe "
            "met --ja; een wijziging die plannen zonder ronde, gemeente of code laat, wordt "
            "geweigerd",
            "read new reference data: shows what changes and applies it only with --ja; a "
            "change that would leave plans without their round, municipality or code is "
            "refused",
        ),
    )
    p.add_argument(
        "file",
        metavar=_BESTAND,
        help=(
            "het JSON-bestand (formaat wijkplan-referentie)",
            "the JSON file (format wijkplan-referentie)",
        ),
    )
    p.add_argument(
        "--ja",
        "--yes",
        dest="ja",
        action="store_true",
        help=(
            "de getoonde wijzigingen ook toepassen (zonder deze optie verandert er niets)",
            "also apply the changes shown (without this option nothing changes)",
        ),
    )
    p = opdracht(
        "carry-over",
        cmd_carry_over,
        (
            "een plan overnemen in een andere ronde: een nieuw concept met verschoven jaren; "
            "regels die niet meer passen krijgen een notitie '[Controleren …]'",
            "carry a plan over into another round: a new draft with its years shifted; lines "
            "that no longer fit get a note '[Controleren …]'",
        ),
    )
    p.add_argument("plan", metavar="PLAN", help=PLAN_HULP)
    p.add_argument(
        "--ronde",
        required=True,
        metavar=("RONDE", "ROUND"),
        help=("code van de ronde, bv. 2026-2029", "code of the round, e.g. 2026-2029"),
    )
    p.add_argument(
        "--titel",
        metavar=("TITEL", "TITLE"),
        help=("titel van het nieuwe plan", "title of the new plan"),
    )


def cmd_reference_export(db: Database, args: argparse.Namespace) -> int:
    from application.referentie import exporteer_referentie

    print(exporteer_referentie(db, args.output or "referentie.json"))
    return 0


def cmd_reference_import(db: Database, args: argparse.Namespace) -> int:
    """The changes on stdout (one per line, changed values indented); applied only with --ja.
    Exit 1 when refused (a plan would be orphaned): the database is then unchanged."""
    from application.referentie import lees_referentie, pas_referentie_toe
    from cli.uitvoer import taal_van

    taal = taal_van(args)
    en = taal == "en"
    voorbeeld = lees_referentie(db, args.file)  # ImportFout names the key path
    for w in voorbeeld.wijzigingen:
        print(w.tekst(taal))
        for v in w.velden:
            # The field names and values are the reference data's own (codes, Dutch names).
            print(f"\t{v.tekst()}")
    print(f"wijkplan: {voorbeeld.samenvatting(taal)}", file=sys.stderr)
    if voorbeeld.weigeringen:
        for reden in voorbeeld.weigeringen_in(taal):
            print(f"wijkplan: {'refused' if en else 'geweigerd'}: {reden}", file=sys.stderr)
        print(
            "wijkplan: nothing has been changed." if en else "wijkplan: er is niets gewijzigd.",
            file=sys.stderr,
        )
        return 1
    if not voorbeeld.wijzigingen:
        return 0
    if not args.ja:
        print(
            "wijkplan: nothing applied; repeat with --ja to apply."
            if en
            else "wijkplan: niets toegepast; herhaal met --ja om toe te passen.",
            file=sys.stderr,
        )
        return 0
    pas_referentie_toe(db, voorbeeld)
    print(
        "wijkplan: the reference data has been updated."
        if en
        else "wijkplan: de referentiegegevens zijn bijgewerkt.",
        file=sys.stderr,
    )
    return 0


def cmd_carry_over(db: Database, args: argparse.Namespace) -> int:
    """Prints the new plan's id; the lines marked for checking on stderr."""
    from application.overnemen import neem_over
    from cli.uitvoer import taal_van

    uitkomst = neem_over(db, args.plan, args.ronde, args.titel, als_prefix=True)
    for regel in uitkomst.meldingen(taal_van(args)):
        print(f"wijkplan: {regel}", file=sys.stderr)
    print(uitkomst.plan.id)
    return 0
