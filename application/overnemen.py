"""Carry a plan into another round (issue 11), one unit of work: read the old plan, store the
new draft. The old plan and its submitted revisions are only read. The mapping itself is
pure: :mod:`domain.overnemen`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from application.plannen import plan_id
from domain.overnemen import Overname, kies_ronde, overnemen

if TYPE_CHECKING:
    from application.ports import Database
    from domain.model import Ronde

log = logging.getLogger(__name__)


def rondes_om_naar_over_te_nemen(db: Database, plan: str) -> list[Ronde]:
    """The rounds the plan's municipality takes part in, except the plan's own (the choice
    the app offers)."""
    with db.unit_of_work() as uow:
        bron = uow.plans.get(plan)
        catalogus = uow.catalogus()
    return [r for r in catalogus.rondes_van(bron.gemeente_code) if r.code != bron.ronde_code]


def neem_over(
    db: Database,
    plan: str,
    ronde_code: str,
    titel: str | None = None,
    *,
    als_prefix: bool = False,
) -> Overname:
    """Store a new draft of ``plan`` in round ``ronde_code``; refused in Dutch when the
    municipality does not take part in that round."""
    with db.unit_of_work() as uow:
        bron = uow.plans.get(plan_id(uow, plan, als_prefix=als_prefix))
        catalogus = uow.catalogus()
        overname = overnemen(bron, kies_ronde(bron, ronde_code, catalogus), catalogus, titel)
        uow.plans.add(overname.plan)
        uow.commit()
    log.info(
        "plan %s overgenomen in ronde %s als %s (%d regels gemarkeerd)",
        bron.id,
        ronde_code,
        overname.plan.id,
        len(overname.markeringen),
    )
    return overname
