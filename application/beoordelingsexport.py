"""The assessor's exports (issue 12): the consolidated workbook of a round and the PDF
assessment report of one plan."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from application.beoordelingsbasis import (
    beoordeelde_revisie,
    herkomst_van,
)
from application.overzicht import overzicht
from application.plannen import plan_id as _plan_id
from application.toewijzen import ronde_toegewezen
from domain.beoordeling import Beoordeling
from domain.money import NUL
from domain.toewijzing import Ruimte, Toewijzing

if TYPE_CHECKING:
    from application.ports import Database


def exporteer_overzicht(db: Database, ronde: str, pad: str | os.PathLike[str]) -> Path:
    """The consolidated workbook of the round (exports.xlsx_ronde), written atomically;
    scores of finished assessments only. Returns the path written."""
    from application.bestanden import schrijf_atomair
    from exports.xlsx_ronde import RondeExport, render_ronde

    o = overzicht(db, ronde)
    with db.unit_of_work() as uow:
        criteria = uow.beoordelingen.criteria(o.ronde.code)
        revisie = {r.plan_id: r.revisie for r in o.rijen if r.plan_id is not None}
        per_plan: dict[str, list[Beoordeling]] = {}
        for x in uow.beoordelingen.beoordelingen_van(list(revisie)):
            if revisie.get(x.plan_id) == x.revisie:
                per_plan.setdefault(x.plan_id, []).append(x)
    data = render_ronde(RondeExport(o, criteria, {k: tuple(v) for k, v in per_plan.items()}))
    return schrijf_atomair(pad, data)


def beoordelingsrapport(
    db: Database, plan: str, *, revisie: int | None = None, als_prefix: bool = False
):  # -> exports.pdf.beoordeling.BeoordelingsRapport
    """What the PDF assessment report prints, gathered in one unit of work."""
    from domain.rondeoverzicht import kengetallen
    from exports.pdf.beoordeling import BeoordelingsRapport, RevisieRegel

    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        rev = beoordeelde_revisie(uow, pid, revisie)
        gekozen = uow.plans.snapshot(pid, rev)
        catalogus = uow.catalogus()
        k = kengetallen(gekozen, catalogus)
        toewijzing = uow.beoordelingen.toewijzing(pid, rev) or Toewijzing(
            pid, rev, dict(k.gevraagd_per_jaar)
        )
        bestanden: dict[int, list[str]] = {}
        for r_, h in herkomst_van(uow, pid):
            bestanden.setdefault(r_, []).append(h.bestandsnaam)
        regels = []
        for m in uow.plans.snapshots(pid):
            besluit_ = uow.beoordelingen.besluit(pid, m.revisie)
            regels.append(
                RevisieRegel(
                    m.revisie,
                    besluit_.status.value if besluit_ else m.status.value,
                    m.vastgelegd_op,
                    tuple(bestanden.get(m.revisie, ())),
                )
            )
        plannen, _ = ronde_toegewezen(uow, gekozen.ronde_code)
        ronde = catalogus.ronde(gekozen.ronde_code)
        ruimte = None
        if ronde is not None:
            ruimte = Ruimte(
                ronde.plafond,
                sum((sum(w[3].values(), NUL) for w in plannen.values()), NUL),
                sum((sum(w[2].values(), NUL) for w in plannen.values()), NUL),
            )
        return BeoordelingsRapport(
            plan=gekozen,
            catalogus=catalogus,
            kengetallen=k,
            criteria=uow.beoordelingen.criteria(gekozen.ronde_code),
            beoordelingen=uow.beoordelingen.beoordelingen(pid, rev),
            notities=uow.beoordelingen.notities(pid, rev),
            besluit=uow.beoordelingen.besluit(pid, rev),
            toewijzing=toewijzing,
            ruimte=ruimte,
            herkomst=uow.herkomst.laatste(pid, rev),
            revisies=tuple(regels),
        )


def exporteer_beoordeling(
    db: Database,
    plan: str,
    pad: str | os.PathLike[str],
    *,
    revisie: int | None = None,
    als_prefix: bool = False,
) -> Path:
    """The PDF assessment report of the plan's revision under assessment, written
    atomically. Returns the path written."""
    from application.bestanden import schrijf_atomair
    from exports.pdf.beoordeling import render_beoordeling_pdf

    rapport = beoordelingsrapport(db, plan, revisie=revisie, als_prefix=als_prefix)
    return schrijf_atomair(pad, render_beoordeling_pdf(rapport))
