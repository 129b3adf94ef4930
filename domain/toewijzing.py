"""Allocation (issue 12): the amount granted per municipality per year, within the ceilings.

The default allocation is what was requested. A round may have a ceiling for all
municipalities together (``Ronde.plafond``) and one per municipality per year
(``Ronde.plafond_per_gemeente_per_jaar``); both come from the round's reference data. When the
requests exceed a ceiling, :func:`pro_rata` proposes amounts that fit; an allocation that
exceeds a ceiling anyway is stored only with explicit confirmation and is flagged everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal

from domain.errors import OngeldigeInvoer
from domain.model import Ronde
from domain.money import CENT, MAX_BEDRAG, NUL, format_bedrag, to_money

PerJaar = dict[int, Decimal]


@dataclass
class Toewijzing:
    """The allocation for one plan revision (one municipality), per year."""

    plan_id: str
    revisie: int
    per_jaar: PerJaar
    boven_plafond_bevestigd: bool = False
    toelichting: str = ""
    versie: int | None = field(default=None, compare=False)  # None: never stored (= requested)
    gewijzigd_op: datetime | None = field(default=None, compare=False)
    gewijzigd_door: str | None = field(default=None, compare=False)

    @property
    def totaal(self) -> Decimal:
        return sum(self.per_jaar.values(), NUL)

    @property
    def standaard(self) -> bool:
        """Not set by anyone: the requested amounts."""
        return self.versie is None

    def als_waarden(self) -> dict[str, str]:
        uit = {f"jaar.{j}": f"{b:.2f}" for j, b in sorted(self.per_jaar.items())}
        uit["boven_plafond_bevestigd"] = "ja" if self.boven_plafond_bevestigd else "nee"
        uit["toelichting"] = self.toelichting
        return uit


def controleer_bedragen(per_jaar: Mapping[int, Decimal], jaren: list[int] | None = None) -> PerJaar:
    """Amounts as cents, none negative or absurd; years of the plan only (when given)."""
    uit: PerJaar = {}
    for jaar, bedrag in sorted(per_jaar.items()):
        b = to_money(bedrag)
        if b < 0:
            raise OngeldigeInvoer(
                f"Toegewezen bedrag voor {jaar} is negatief ({format_bedrag(b)}).",
                engels=f"Allocated amount for {jaar} is negative ({format_bedrag(b)}).",
            )
        if b > MAX_BEDRAG:
            raise OngeldigeInvoer(
                f"Toegewezen bedrag voor {jaar} is te hoog ({format_bedrag(b)}).",
                engels=f"Allocated amount for {jaar} is too high ({format_bedrag(b)}).",
            )
        if jaren is not None and jaar not in jaren:
            raise OngeldigeInvoer(
                f"{jaar} is geen jaar van dit plan ({jaren[0]}–{jaren[-1]}); er kan niets in "
                "worden toegewezen."
                if jaren
                else f"{jaar} is geen jaar van dit plan.",
                engels=f"{jaar} is not a year of this plan ({jaren[0]}–{jaren[-1]}); nothing "
                "can be allocated to it."
                if jaren
                else f"{jaar} is not a year of this plan.",
            )
        uit[jaar] = b
    return uit


@dataclass(frozen=True)
class Overschrijding:
    """One ceiling exceeded: of the whole round (``gemeente_code`` None) or of one
    municipality in one year."""

    plafond: Decimal
    bedrag: Decimal
    gemeente_code: str | None = None
    jaar: int | None = None

    @property
    def teveel(self) -> Decimal:
        return self.bedrag - self.plafond

    @property
    def bericht(self) -> str:
        """In Dutch (exports, the log); :meth:`tekst` in the user's language."""
        return self.tekst("nl")

    def tekst(self, taal: str = "nl") -> str:
        # Amounts stay in Dutch notation in both languages, as everywhere in the app.
        bedrag, plafond = format_bedrag(self.bedrag), format_bedrag(self.plafond)
        if self.gemeente_code is None:
            if taal == "en":
                return (
                    f"together {bedrag}, above the round's ceiling ({plafond}) by "
                    f"{format_bedrag(self.teveel)}"
                )
            return f"samen {bedrag} boven het plafond van de ronde ({plafond}) met " + (
                format_bedrag(self.teveel)
            )
        if taal == "en":
            return (
                f"{self.gemeente_code} in {self.jaar}: {bedrag}, above the ceiling per "
                f"municipality per year ({plafond})"
            )
        return (
            f"{self.gemeente_code} in {self.jaar}: {bedrag} boven het plafond per gemeente per "
            f"jaar ({plafond})"
        )


def overschrijdingen(
    ronde: Ronde, per_gemeente: Mapping[str, Mapping[int, Decimal]]
) -> list[Overschrijding]:
    """Every ceiling of ``ronde`` that the amounts (gemeente → year → amount) exceed."""
    uit: list[Overschrijding] = []
    kap = ronde.plafond_per_gemeente_per_jaar
    if kap is not None:
        for gemeente, jaren in sorted(per_gemeente.items()):
            for jaar, bedrag in sorted(jaren.items()):
                if bedrag > kap:
                    uit.append(Overschrijding(kap, bedrag, gemeente, jaar))
    if ronde.plafond is not None:
        totaal = sum((b for jaren in per_gemeente.values() for b in jaren.values()), NUL)
        if totaal > ronde.plafond:
            uit.insert(0, Overschrijding(ronde.plafond, totaal))
    return uit


@dataclass(frozen=True)
class Ruimte:
    """The round's ceiling, what is allocated and what remains (None: no ceiling)."""

    plafond: Decimal | None
    toegewezen: Decimal
    gevraagd: Decimal

    @property
    def resterend(self) -> Decimal | None:
        return None if self.plafond is None else self.plafond - self.toegewezen

    @property
    def aandeel_gevraagd(self) -> Decimal | None:
        """Requested as a share of the ceiling (0.408 for 40,8 %)."""
        if not self.plafond:
            return None
        return (self.gevraagd / self.plafond).quantize(Decimal("0.0001"))


def pro_rata(ronde: Ronde, gevraagd: Mapping[str, Mapping[int, Decimal]]) -> dict[str, PerJaar]:
    """A proposal that fits the round's ceilings: first each municipality-year is capped at
    the ceiling per municipality per year, then, when the total still exceeds the ceiling of
    the round, every amount is scaled by the same factor. Cents are rounded down and the cents
    left over go to the largest remainders (ties: key, then year), so the proposal adds up to
    the ceiling exactly. Keys are the caller's (plan ids or gemeente codes)."""
    kap = ronde.plafond_per_gemeente_per_jaar
    basis: dict[tuple[str, int], Decimal] = {}
    for sleutel, jaren in gevraagd.items():
        for jaar, bedrag in jaren.items():
            b = max(to_money(bedrag), NUL)
            basis[(sleutel, jaar)] = min(b, kap) if kap is not None else b
    totaal = sum(basis.values(), NUL)
    plafond = ronde.plafond
    if plafond is not None and totaal > plafond and totaal > 0:
        exact = {k: b * plafond / totaal for k, b in basis.items()}
        omlaag = {k: v.quantize(CENT, rounding=ROUND_FLOOR) for k, v in exact.items()}
        over = int(((plafond - sum(omlaag.values(), NUL)) / CENT).to_integral_value())
        volgorde = sorted(exact, key=lambda k: (-(exact[k] - omlaag[k]), k))
        for k in volgorde[:over]:
            omlaag[k] += CENT
        basis = omlaag
    uit: dict[str, PerJaar] = {s: {} for s in gevraagd}
    for (sleutel, jaar), bedrag in sorted(basis.items()):
        uit[sleutel][jaar] = bedrag
    return uit
