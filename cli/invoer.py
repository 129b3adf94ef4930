"""Reading what the assessor typed on the command line: ``KEY=VALUE`` options, amounts, the
assessor's name. Bad input is a :class:`domain.errors.OngeldigeInvoer` naming the option."""

from __future__ import annotations

import argparse
from typing import Any


def beoordelaar(args: argparse.Namespace) -> str:
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


def paren(waarden: list[str], optie: str) -> list[tuple[str, str]]:
    """'SLEUTEL=WAARDE' arguments; a missing '=' is bad input, named with its option."""
    from domain.errors import OngeldigeInvoer

    uit = []
    for w in waarden:
        sleutel, is_, waarde = w.partition("=")
        if not is_:
            raise OngeldigeInvoer(
                f"{optie} '{w}': verwacht SLEUTEL=WAARDE.",
                engels=f"{optie} '{w}': expected KEY=VALUE.",
            )
        uit.append((sleutel.strip(), waarde))
    return uit


def lees_bedrag(tekst: str, wat: str) -> Any:
    from domain.errors import OngeldigeInvoer
    from domain.money import BedragFout, parse_bedrag, parse_canonical

    try:
        return parse_canonical(tekst)
    except BedragFout:
        try:
            return parse_bedrag(tekst)
        except BedragFout as exc:
            raise OngeldigeInvoer(f"{wat}: {exc}", engels=f"{wat}: {exc.tekst('en')}") from None
