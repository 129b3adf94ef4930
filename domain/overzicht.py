"""A plan's status and one row of the plan list (issue 13: what the list on the first frame
needs, without the plan's dataclasses of :mod:`domain.model`, which re-exports both)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Status(StrEnum):
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    IN_BEOORDELING = "in_beoordeling"
    GOEDGEKEURD = "goedgekeurd"
    AFGEWEZEN = "afgewezen"


@dataclass(frozen=True)
class PlanOverzicht:
    """One row of the plan list: what the list and ``plans`` show, without loading a plan."""

    id: str
    gemeente_code: str
    gemeente_naam: str
    titel: str
    jaar_van: int
    jaar_tot_en_met: int
    status: Status
    revisie: int
    totaal_gevraagd: Decimal
    # Issue 10, filled by storage/herkomst.py: the revision shown was changed after its export;
    # another plan of the same gemeente and round exists; a newer concept (its revision and
    # total) beside the submitted revision shown here.
    gewijzigd_na_export: bool = False
    dubbel: bool = False
    concept_revisie: int | None = None
    concept_gevraagd: Decimal | None = None

    def opmerkingen(self, taal: str = "nl") -> list[str]:
        """What the list must say beside the figures, in Dutch (``taal="en"``: English)."""
        en = taal == "en"
        uit = []
        if self.gewijzigd_na_export:
            uit.append("changed after export" if en else "gewijzigd na export")
        if self.dubbel:
            uit.append(
                "duplicate plan for this municipality and round"
                if en
                else "dubbel plan voor deze gemeente en ronde"
            )
        if self.concept_revisie is not None:
            from domain.money import format_bedrag

            bedrag = format_bedrag(self.concept_gevraagd or Decimal("0.00"))
            if en:
                uit.append(f"newer draft r{self.concept_revisie} beside it (requested {bedrag})")
            else:
                uit.append(f"nieuwer concept r{self.concept_revisie} ernaast (gevraagd {bedrag})")
        return uit
