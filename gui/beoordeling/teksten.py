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


def _t(text: str) -> str:
    return QCoreApplication.translate("Beoordeling", text)


def status_label(status: str) -> str:
    labels = {
        "concept": _t("Concept"),
        "ingediend": _t("Ingediend"),
        "in_beoordeling": _t("In beoordeling"),
        "goedgekeurd": _t("Goedgekeurd"),
        "afgewezen": _t("Afgewezen"),
        "geen plan ontvangen": _t("Geen plan ontvangen"),
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
        "toekennen": _t("toekennen"),
        "deels_toekennen": _t("deels toekennen"),
        "deels toekennen": _t("deels toekennen"),
        "afwijzen": _t("afwijzen"),
    }
    return " / ".join(labels.get(a.strip(), a.strip()) for a in advies.split("/") if a.strip())


def vlag_label(vlag: str) -> str:
    if vlag.startswith("nieuwer concept r"):
        return _t("nieuwer concept r%1").replace("%1", vlag.removeprefix("nieuwer concept r"))
    labels = {
        "gewijzigd na export": _t("gewijzigd na export"),
        "dubbel plan": _t("dubbel plan"),
        "boven plafond": _t("boven plafond"),
        "boven plafond bevestigd": _t("boven plafond (bevestigd)"),
    }
    return labels.get(vlag, vlag)


def voortgang_label(beoordelaars: int, klaar: int) -> str:
    if beoordelaars == 0:
        return _t("niet begonnen")
    if klaar == beoordelaars:
        return _t("%1 van %2 klaar").replace("%1", str(klaar)).replace("%2", str(beoordelaars))
    return (
        _t("%1 van %2 klaar, %3 bezig")
        .replace("%1", str(klaar))
        .replace("%2", str(beoordelaars))
        .replace("%3", str(beoordelaars - klaar))
    )
