"""Allocation (issue 12): the amount per year per plan within the round's ceilings, and
the pro-rata proposal when the requests exceed them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from application.beoordelingsbasis import (
    HUIDIG,
    Basis,
    Huidig,
    beoordeelde_revisie,
    naam_van,
    niet_bevroren,
    ronde_van,
)
from application.plannen import plan_id as _plan_id
from domain.auditlog import wijzigingen
from domain.errors import PlafondOverschreden
from domain.model import Status
from domain.money import NUL
from domain.ports import UnitOfWork
from domain.toewijzing import Overschrijding, Ruimte, Toewijzing

if TYPE_CHECKING:
    from application.ports import Database


@dataclass(frozen=True)
class ToewijzingUitkomst:
    toewijzing: Toewijzing
    ruimte: Ruimte  # the round's ceiling, allocated (this one included) and what remains
    overschrijdingen: tuple[Overschrijding, ...]  # ceilings exceeded (confirmed if any)


def gevraagd_per_jaar(inhoud: str) -> dict[int, Decimal]:
    from domain.money import NUL, parse_canonical

    uit: dict[int, Decimal] = {}
    for r in json.loads(inhoud).get("begroting", []):
        uit[int(r["jaar"])] = uit.get(int(r["jaar"]), NUL) + parse_canonical(r["bedrag"])
    return uit


def ronde_toegewezen(
    uow: UnitOfWork, ronde_code: str
) -> tuple[dict[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]], set[str]]:
    """plan id → (gemeente, revision under assessment, requested per year, allocated per
    year) for the submitted plans of the round; and the ids of rejected ones (allocated 0)."""
    rps = [rp for rp in uow.beoordelingen.ronde_plannen(ronde_code) if rp.inhoud is not None]
    ids = [rp.plan_id for rp in rps]
    toew = {(t.plan_id, t.revisie): t for t in uow.beoordelingen.toewijzingen(ids)}
    afgewezen = {
        b.plan_id
        for b in uow.beoordelingen.besluiten(ids)
        if b.status == Status.AFGEWEZEN
        and any(rp.plan_id == b.plan_id and rp.ingediende_revisie == b.revisie for rp in rps)
    }
    uit = {}
    for rp in rps:
        rev = rp.ingediende_revisie or 0
        gevraagd = gevraagd_per_jaar(rp.inhoud or "{}")
        t = toew.get((rp.plan_id, rev))
        toegewezen = dict(t.per_jaar) if t is not None else dict(gevraagd)
        if rp.plan_id in afgewezen:
            toegewezen = {}
        uit[rp.plan_id] = (rp.gemeente_code, rev, gevraagd, toegewezen)
    return uit, afgewezen


def per_gemeente(
    plannen: Mapping[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]], index: int
) -> dict[str, dict[int, Decimal]]:
    from domain.money import NUL

    uit: dict[str, dict[int, Decimal]] = {}
    for pid, waarden in plannen.items():
        jaren = uit.setdefault(waarden[0] or pid, {})
        bedragen: dict[int, Decimal] = waarden[index]  # type: ignore[assignment]
        for jaar, bedrag in bedragen.items():
            jaren[jaar] = jaren.get(jaar, NUL) + bedrag
    return uit


def wijs_toe(
    db: Database,
    plan: str,
    per_jaar: Mapping[int, Decimal],
    beoordelaar: str,
    *,
    bevestig_overschrijding: bool = False,
    toelichting: str = "",
    revisie: int | None = None,
    basis_versie: Basis = HUIDIG,
    als_prefix: bool = False,
) -> ToewijzingUitkomst:
    """Set the allocated amount per year for the revision under assessment (years of the plan
    only; a year left out is 0). When it would exceed a ceiling of the round (all together, or
    per municipality per year), it is refused with :class:`PlafondOverschreden` (listing every
    ceiling) unless ``bevestig_overschrijding``; a confirmed excess is stored with the flag
    ``boven_plafond_bevestigd`` and shown in the overview. ``basis_versie``: the version of the
    allocation the assessor saw (None: the default, never stored)."""
    from domain.toewijzing import controleer_bedragen, overschrijdingen

    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = beoordeelde_revisie(uow, pid, revisie)
        niet_bevroren(uow, pid, rev)
        gekozen = uow.plans.snapshot(pid, rev)
        ronde = ronde_van(uow, gekozen.ronde_code)
        bedragen = controleer_bedragen(per_jaar, gekozen.jaren)
        bedragen = {j: bedragen.get(j, NUL) for j in gekozen.jaren}
        # Check and write as one step for the whole round: another assessor allocating to
        # another plan waits here, then sees this allocation in the total.
        uow.beoordelingen.vergrendel_ronde(ronde.code)
        plannen, _ = ronde_toegewezen(uow, ronde.code)
        gemeente, _, gevraagd, eerder = plannen.get(pid, (gekozen.gemeente_code, rev, {}, {}))
        plannen[pid] = (gemeente, rev, gevraagd, bedragen)
        # This municipality's own ceilings, and the round's when this change raises the
        # total above it (lowering an allocation is always allowed, even while the others'
        # requests still exceed the ceiling).
        hoger = sum(bedragen.values(), NUL) > sum(eerder.values(), NUL)
        te_veel = [
            o
            for o in overschrijdingen(ronde, per_gemeente(plannen, 3))
            if o.gemeente_code == (gemeente or pid) or (o.gemeente_code is None and hoger)
        ]
        if te_veel and not bevestig_overschrijding:
            raise PlafondOverschreden(te_veel)
        oud = uow.beoordelingen.toewijzing(pid, rev)
        t = Toewijzing(pid, rev, bedragen, bool(te_veel), toelichting.strip())
        if isinstance(basis_versie, Huidig):
            t.versie = oud.versie if oud is not None else None
        else:
            t.versie = basis_versie
        opgeslagen = uow.beoordelingen.bewaar_toewijzing(t, naam)
        standaard = Toewijzing(
            pid, rev, {j: gevraagd.get(j, Decimal("0.00")) for j in gekozen.jaren}
        )
        uow.beoordelingen.schrijf_audit(
            pid,
            rev,
            "toewijzing",
            "",
            wijzigingen((oud or standaard).als_waarden(), opgeslagen.als_waarden()),
            naam,
        )
        toegewezen = sum(
            (sum(w[3].values(), Decimal("0.00")) for w in plannen.values()), Decimal("0.00")
        )
        gevraagd_totaal = sum(
            (sum(w[2].values(), Decimal("0.00")) for w in plannen.values()), Decimal("0.00")
        )
        uow.commit()
        return ToewijzingUitkomst(
            opgeslagen, Ruimte(ronde.plafond, toegewezen, gevraagd_totaal), tuple(te_veel)
        )


@dataclass(frozen=True)
class ProRataVoorstel:
    """Per plan id: (gemeente code, revision, requested per year, proposed per year)."""

    ronde: str
    nodig: bool  # the requests exceed a ceiling; otherwise the proposal equals the requests
    plannen: dict[str, tuple[str, int, dict[int, Decimal], dict[int, Decimal]]]
    ruimte: Ruimte  # ceiling, proposed total, requested total


def pro_rata_voorstel(db: Database, ronde: str) -> ProRataVoorstel:
    """A proposal that fits the round's ceilings (domain.toewijzing.pro_rata) for the
    submitted plans of the round that are not rejected; nothing is stored (accept it with
    :func:`neem_voorstel_over`, or adjust single plans with :func:`wijs_toe`)."""
    from domain.money import NUL
    from domain.toewijzing import overschrijdingen, pro_rata

    with db.unit_of_work() as uow:
        r = ronde_van(uow, ronde)
        plannen, afgewezen = ronde_toegewezen(uow, r.code)
    mee = {pid: w for pid, w in plannen.items() if pid not in afgewezen}
    voorstel = pro_rata(r, {pid: w[2] for pid, w in mee.items()})
    nodig = bool(overschrijdingen(r, per_gemeente(mee, 2)))
    uit = {pid: (w[0], w[1], w[2], voorstel[pid]) for pid, w in mee.items()}
    gevraagd = sum((sum(w[2].values(), NUL) for w in mee.values()), NUL)
    voorgesteld = sum((sum(v.values(), NUL) for v in voorstel.values()), NUL)
    return ProRataVoorstel(r.code, nodig, uit, Ruimte(r.plafond, voorgesteld, gevraagd))


def neem_voorstel_over(db: Database, voorstel: ProRataVoorstel, beoordelaar: str) -> int:
    """Store the proposal as the allocation of every plan in it (one transaction; plans
    decided in the meantime are skipped). Returns the number of allocations stored."""
    from domain.toewijzing import controleer_bedragen

    naam = naam_van(beoordelaar)
    n = 0
    with db.unit_of_work() as uow:
        uow.beoordelingen.vergrendel_ronde(voorstel.ronde)  # as wijs_toe: one round at a time
        for pid, (_, rev, gevraagd, bedragen) in sorted(voorstel.plannen.items()):
            b = uow.beoordelingen.besluit(pid, rev)
            if b is not None and b.definitief:
                continue
            oud = uow.beoordelingen.toewijzing(pid, rev)
            t = Toewijzing(
                pid,
                rev,
                controleer_bedragen(bedragen),
                False,
                "pro-rata voorstel overgenomen",
                versie=oud.versie if oud else None,
            )
            opgeslagen = uow.beoordelingen.bewaar_toewijzing(t, naam)
            uow.beoordelingen.schrijf_audit(
                pid,
                rev,
                "toewijzing",
                "",
                wijzigingen(
                    (oud or Toewijzing(pid, rev, gevraagd)).als_waarden(), opgeslagen.als_waarden()
                ),
                naam,
            )
            n += 1
        uow.commit()
    return n
