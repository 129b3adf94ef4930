"""Errors a user can act on, each with a Dutch message that says what is wrong.

The GUI shows ``str(fout)`` in a dialog and the command line prints it on stderr; neither
ever shows a traceback for a :class:`WijkplanFout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class WijkplanFout(Exception):
    """Base class: the message is Dutch and meant for the coordinator or assessor."""

    def __init__(self, bericht: str) -> None:
        super().__init__(bericht)
        self.bericht = bericht

    def __str__(self) -> str:
        return self.bericht


class PlanNietGevonden(WijkplanFout):
    def __init__(self, plan_id: str, bericht: str | None = None) -> None:
        super().__init__(bericht or f"Plan '{plan_id}' bestaat niet.")
        self.plan_id = plan_id


class PlanBevroren(WijkplanFout):
    """The plan (or this revision of it) is submitted and therefore read-only."""

    def __init__(self, plan_id: str, bericht: str | None = None) -> None:
        super().__init__(
            bericht
            or f"Plan '{plan_id}' is ingediend en kan niet meer worden gewijzigd; "
            "begin een nieuwe revisie om verder te werken."
        )
        self.plan_id = plan_id


class NietIndienbaar(WijkplanFout):
    """Submitting was refused: ``bevindingen`` holds every finding, ``fout`` ones first."""

    def __init__(self, bevindingen: Sequence[Any]) -> None:
        self.bevindingen = list(bevindingen)
        fouten = [b for b in self.bevindingen if str(getattr(b, "ernst", "")) == "fout"]
        n = len(fouten)
        super().__init__(
            f"Het plan kan niet worden ingediend: {n} {'fout moet' if n == 1 else 'fouten moeten'}"
            " eerst worden opgelost."
        )


class OngeldigeInvoer(WijkplanFout):
    """Input that cannot be used as given (an unknown code, an ambiguous id, a bad file …)."""
