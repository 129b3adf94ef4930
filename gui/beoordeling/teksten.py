"""Dutch forms of the assessor's figures and the translated labels of statuses and advice."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from domain.money import format_bedrag

GEEN = "–"  # shown where a figure does not exist (no plan, no reach)


def bedrag(value: Decimal | None) -> str:
    return GEEN if value is None else format_bedrag(value)


def procent(share: Decimal | None) -> str:
    """``Decimal('0.408')`` → ``40,8 %``; None → ``–``."""
    if share is None:
        return GEEN
    pct = (Decimal(share) * 100).quantize(Decimal("0.1"))
    return f"{pct:.1f} %".replace(".", ",")


def moment(op: datetime | None) -> str:
    """dd-mm-jjjj uu:mm in local time."""
    if op is None:
        return ""
    if op.tzinfo is not None:
        op = op.astimezone()
    return f"{op:%d-%m-%Y %H:%M}"


def status_label(status: str) -> str:
    labels = {
        "concept": QCoreApplication.translate("Beoordeling", "Concept"),
        "ingediend": QCoreApplication.translate("Beoordeling", "Ingediend"),
        "in_beoordeling": QCoreApplication.translate("Beoordeling", "In beoordeling"),
        "goedgekeurd": QCoreApplication.translate("Beoordeling", "Goedgekeurd"),
        "afgewezen": QCoreApplication.translate("Beoordeling", "Afgewezen"),
        "geen plan ontvangen": QCoreApplication.translate("Beoordeling", "Geen plan ontvangen"),
    }
    return labels.get(str(status), str(status))


STATUSSEN = (
    "ingediend",
    "in_beoordeling",
    "goedgekeurd",
    "afgewezen",
    "concept",
    "geen plan ontvangen",
)


def advies_label(advies: str) -> str:
    labels = {
        "toekennen": QCoreApplication.translate("Beoordeling", "toekennen"),
        "deels_toekennen": QCoreApplication.translate("Beoordeling", "deels toekennen"),
        "deels toekennen": QCoreApplication.translate("Beoordeling", "deels toekennen"),
        "afwijzen": QCoreApplication.translate("Beoordeling", "afwijzen"),
    }
    return " / ".join(labels.get(a.strip(), a.strip()) for a in advies.split("/") if a.strip())


def vlag_label(vlag: str) -> str:
    if vlag.startswith("nieuwer concept r"):
        return QCoreApplication.translate("Beoordeling", "nieuwer concept r%1").replace(
            "%1", vlag.removeprefix("nieuwer concept r")
        )
    labels = {
        "gewijzigd na export": QCoreApplication.translate("Beoordeling", "gewijzigd na export"),
        "dubbel plan": QCoreApplication.translate("Beoordeling", "dubbel plan"),
        "boven plafond": QCoreApplication.translate("Beoordeling", "boven plafond"),
        "boven plafond bevestigd": QCoreApplication.translate(
            "Beoordeling", "boven plafond (bevestigd)"
        ),
    }
    return labels.get(vlag, vlag)


def voortgang_label(beoordelaars: int, klaar: int) -> str:
    if beoordelaars == 0:
        return QCoreApplication.translate("Beoordeling", "niet begonnen")
    if klaar == beoordelaars:
        return (
            QCoreApplication.translate("Beoordeling", "%1 van %2 klaar")
            .replace("%1", str(klaar))
            .replace("%2", str(beoordelaars))
        )
    return (
        QCoreApplication.translate("Beoordeling", "%1 van %2 klaar, %3 bezig")
        .replace("%1", str(klaar))
        .replace("%2", str(beoordelaars))
        .replace("%3", str(beoordelaars - klaar))
    )
