"""The assessor's overview of a round (issue 12): one row per municipality, and the totals
against the round's ceilings.

The application layer gathers, per plan of the round, the revision under assessment, its
provenance flags, assessments, decision and allocation (:class:`RijInvoer`);
:func:`bouw_overzicht` turns them into rows, adds a row *geen plan ontvangen* for every
participating municipality without a plan, and totals them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from domain.beoordeling import Beoordeling, Voortgang, advies_samenvatting, voortgang
from domain.besluit import Besluit
from domain.catalogue import Catalogus
from domain.model import Plan, Ronde, Status
from domain.money import NUL
from domain.toewijzing import Overschrijding, Ruimte, Toewijzing, overschrijdingen

GEEN_PLAN = "geen plan ontvangen"
_AANDEEL = Decimal("0.0001")


@dataclass(frozen=True)
class Kengetallen:
    """Key figures of one revision."""

    gevraagd: Decimal
    gevraagd_per_jaar: dict[int, Decimal]
    cofinanciering: Decimal
    aandeel_erkend: Decimal  # 0..1 of requested on recognised interventions
    aandeel_gefundeerd: Decimal | None  # 0..1 of interventions aimed at a well-founded factor
    euro_per_jongere: Decimal | None  # requested / young people reached over the plan years
    bereik: int  # young people reached, summed over the years each intervention runs
    fouten: int
    waarschuwingen: int


def kengetallen(plan: Plan, catalogus: Catalogus) -> Kengetallen:
    """€ per young person: all requested money divided by the reach summed over the plan
    years each intervention runs (``bereik`` is per year); None without any reach."""
    from domain.totals import bereken_totalen
    from domain.validation import Ernst, valideer

    t = bereken_totalen(plan, catalogus)
    bevindingen = valideer(plan, catalogus)
    fouten = sum(b.ernst == Ernst.FOUT for b in bevindingen)
    plan_jaren = set(plan.jaren)
    bereik = 0
    gefundeerd = 0
    for iv in plan.interventies:
        van = iv.jaar_van if iv.jaar_van is not None else plan.jaar_van
        tot = iv.jaar_tot_en_met if iv.jaar_tot_en_met is not None else plan.jaar_tot_en_met
        jaren = len(plan_jaren & set(range(van, tot + 1)))
        bereik += max(iv.bereik or 0, 0) * jaren
        if any((f := catalogus.factor(c)) is not None and f.gefundeerd for c in iv.factoren):
            gefundeerd += 1
    aandeel_gefundeerd = (
        (Decimal(gefundeerd) / Decimal(len(plan.interventies))).quantize(_AANDEEL)
        if plan.interventies
        else None
    )
    per_jongere = (t.gevraagd / bereik).quantize(Decimal("0.01")) if bereik else None
    return Kengetallen(
        gevraagd=t.gevraagd,
        gevraagd_per_jaar=dict(t.per_jaar),
        cofinanciering=t.cofinanciering,
        aandeel_erkend=t.aandeel_erkend,
        aandeel_gefundeerd=aandeel_gefundeerd,
        euro_per_jongere=per_jongere,
        bereik=bereik,
        fouten=fouten,
        waarschuwingen=len(bevindingen) - fouten,
    )


@dataclass(frozen=True)
class RijInvoer:
    """What the application layer read for one plan of the round."""

    plan: Plan  # the revision under assessment (the newest submitted one; else the draft)
    ingediend: bool  # the revision is a submitted one
    gewijzigd_na_export: bool = False
    dubbel: bool = False
    concept_revisie: int | None = None  # a newer draft waiting beside it
    beoordelingen: Sequence[Beoordeling] = ()
    besluit: Besluit | None = None
    toewijzing: Toewijzing | None = None  # None: not set (the requested amounts)
    kengetallen: Kengetallen | None = None  # computed here when None


@dataclass(frozen=True)
class OverzichtRij:
    """One row of the round overview; ``plan_id`` None: *geen plan ontvangen*."""

    gemeente_code: str
    gemeente_naam: str
    plan_id: str | None = None
    titel: str = ""
    revisie: int | None = None
    status: str = GEEN_PLAN  # 'ingediend', 'in_beoordeling', …, 'concept', or GEEN_PLAN
    gevraagd_per_jaar: dict[int, Decimal] = field(default_factory=dict)
    gevraagd: Decimal = NUL
    cofinanciering: Decimal = NUL
    aandeel_erkend: Decimal | None = None
    aandeel_gefundeerd: Decimal | None = None
    euro_per_jongere: Decimal | None = None
    fouten: int = 0
    waarschuwingen: int = 0
    gewijzigd_na_export: bool = False
    dubbel: bool = False
    concept_revisie: int | None = None
    voortgang: Voortgang = field(default_factory=Voortgang)
    advies: str = ""
    toegewezen_per_jaar: dict[int, Decimal] = field(default_factory=dict)
    toegewezen: Decimal = NUL
    toegewezen_standaard: bool = True  # nobody set it: the requested amounts
    boven_plafond_bevestigd: bool = False
    boven_plafond: bool = False  # this municipality exceeds its own ceiling in some year

    @property
    def heeft_plan(self) -> bool:
        return self.plan_id is not None

    def vlaggen(self, taal: str = "nl") -> list[str]:
        """Provenance and ceiling flags in Dutch (``taal="en"``: English), for a column or a
        tooltip. The GUI maps the Dutch ones to its own translations (gui.beoordeling.teksten)."""
        en = taal == "en"
        uit = []
        if self.gewijzigd_na_export:
            uit.append("changed after export" if en else "gewijzigd na export")
        if self.dubbel:
            uit.append("duplicate plan" if en else "dubbel plan")
        if self.concept_revisie is not None:
            uit.append(f"{'newer draft' if en else 'nieuwer concept'} r{self.concept_revisie}")
        if self.boven_plafond:
            uit.append("above ceiling" if en else "boven plafond")
        return uit


@dataclass(frozen=True)
class RondeTotaal:
    gevraagd: Decimal
    gevraagd_per_jaar: dict[int, Decimal]
    cofinanciering: Decimal
    toegewezen: Decimal
    toegewezen_per_jaar: dict[int, Decimal]
    ruimte: Ruimte  # the round's ceiling, allocated and what remains
    plafond_per_gemeente_per_jaar: Decimal | None
    overschrijdingen: tuple[Overschrijding, ...]  # of the allocation
    gevraagd_boven_plafond: tuple[Overschrijding, ...]  # of the requests (pro rata helps)
    plannen: int
    zonder_plan: int


@dataclass(frozen=True)
class RondeOverzicht:
    ronde: Ronde
    jaren: tuple[int, ...]  # every year any row has money in, sorted
    rijen: tuple[OverzichtRij, ...]
    totaal: RondeTotaal


def _rij(invoer: RijInvoer, catalogus: Catalogus, kap: Decimal | None) -> OverzichtRij:
    plan = invoer.plan
    k = invoer.kengetallen or kengetallen(plan, catalogus)
    gemeente = catalogus.gemeente(plan.gemeente_code)
    toewijzing = invoer.toewijzing
    per_jaar = dict(toewijzing.per_jaar) if toewijzing is not None else dict(k.gevraagd_per_jaar)
    if not invoer.ingediend or (
        invoer.besluit is not None and invoer.besluit.status == Status.AFGEWEZEN
    ):
        per_jaar = dict.fromkeys(per_jaar, NUL)  # a draft or a rejected plan gets nothing
    if invoer.besluit is not None:
        status = invoer.besluit.status.value
    else:
        status = plan.status.value if invoer.ingediend else Status.CONCEPT.value
    return OverzichtRij(
        gemeente_code=plan.gemeente_code,
        gemeente_naam=gemeente.naam if gemeente else plan.gemeente_code,
        plan_id=plan.id,
        titel=plan.titel,
        revisie=plan.revisie,
        status=status,
        gevraagd_per_jaar=dict(k.gevraagd_per_jaar),
        gevraagd=k.gevraagd,
        cofinanciering=k.cofinanciering,
        aandeel_erkend=k.aandeel_erkend,
        aandeel_gefundeerd=k.aandeel_gefundeerd,
        euro_per_jongere=k.euro_per_jongere,
        fouten=k.fouten,
        waarschuwingen=k.waarschuwingen,
        gewijzigd_na_export=invoer.gewijzigd_na_export,
        dubbel=invoer.dubbel,
        concept_revisie=invoer.concept_revisie,
        voortgang=voortgang(invoer.beoordelingen),
        advies=advies_samenvatting(invoer.beoordelingen),
        toegewezen_per_jaar=per_jaar,
        toegewezen=sum(per_jaar.values(), NUL),
        toegewezen_standaard=toewijzing is None or toewijzing.standaard,
        boven_plafond_bevestigd=toewijzing is not None and toewijzing.boven_plafond_bevestigd,
        boven_plafond=kap is not None and any(b > kap for b in per_jaar.values()),
    )


def _per_gemeente(rijen: Sequence[OverzichtRij], veld: str) -> dict[str, dict[int, Decimal]]:
    uit: dict[str, dict[int, Decimal]] = {}
    for r in rijen:
        if r.plan_id is None:
            continue
        jaren = uit.setdefault(r.gemeente_code or r.plan_id, {})
        for jaar, bedrag in getattr(r, veld).items():
            jaren[jaar] = jaren.get(jaar, NUL) + bedrag
    return uit


def _som_per_jaar(per_gemeente: dict[str, dict[int, Decimal]]) -> dict[int, Decimal]:
    uit: dict[int, Decimal] = {}
    for jaren in per_gemeente.values():
        for jaar, bedrag in jaren.items():
            uit[jaar] = uit.get(jaar, NUL) + bedrag
    return dict(sorted(uit.items()))


def bouw_overzicht(
    ronde: Ronde, catalogus: Catalogus, invoer: Sequence[RijInvoer]
) -> RondeOverzicht:
    """Rows sorted by municipality name (then plan title), with a *geen plan ontvangen* row
    for every participating municipality that has no plan in this round."""
    kap = ronde.plafond_per_gemeente_per_jaar
    rijen = [_rij(i, catalogus, kap) for i in invoer]
    met_plan = {r.gemeente_code for r in rijen}
    for code in ronde.gemeenten:
        if code not in met_plan:
            g = catalogus.gemeente(code)
            rijen.append(OverzichtRij(code, g.naam if g else code))
    rijen.sort(key=lambda r: (r.gemeente_naam.lower(), r.gemeente_code, r.titel, r.plan_id or ""))
    gevraagd_pg = _per_gemeente(rijen, "gevraagd_per_jaar")
    toegewezen_pg = _per_gemeente(rijen, "toegewezen_per_jaar")
    gevraagd = sum((r.gevraagd for r in rijen), NUL)
    toegewezen = sum((r.toegewezen for r in rijen), NUL)
    jaren = sorted({j for r in rijen for j in (*r.gevraagd_per_jaar, *r.toegewezen_per_jaar)})
    totaal = RondeTotaal(
        gevraagd=gevraagd,
        gevraagd_per_jaar=_som_per_jaar(gevraagd_pg),
        cofinanciering=sum((r.cofinanciering for r in rijen), NUL),
        toegewezen=toegewezen,
        toegewezen_per_jaar=_som_per_jaar(toegewezen_pg),
        ruimte=Ruimte(ronde.plafond, toegewezen, gevraagd),
        plafond_per_gemeente_per_jaar=kap,
        overschrijdingen=tuple(overschrijdingen(ronde, toegewezen_pg)),
        gevraagd_boven_plafond=tuple(overschrijdingen(ronde, gevraagd_pg)),
        plannen=sum(r.heeft_plan for r in rijen),
        zonder_plan=sum(not r.heeft_plan for r in rijen),
    )
    return RondeOverzicht(ronde, tuple(jaren), tuple(rijen), totaal)
