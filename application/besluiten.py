"""Decisions (issue 12): *in beoordeling*, *goedgekeurd* or *afgewezen*, only here and
never from a file; goedgekeurd and afgewezen freeze the revision's assessment."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from application.beoordelingsbasis import (
    HUIDIG,
    Basis,
    Huidig,
    naam_van,
    nu,
)
from application.plannen import plan_id as _plan_id
from domain.auditlog import wijzigingen
from domain.besluit import Besluit, neem_besluit
from domain.model import Status

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)


def besluit(
    db: Database,
    plan: str,
    status: Status,
    beoordelaar: str,
    *,
    reden: str = "",
    revisie: int | None = None,
    basis_versie: Basis = HUIDIG,
    als_prefix: bool = False,
) -> Besluit:
    """Move a submitted revision to *in beoordeling*, *goedgekeurd* or *afgewezen*
    (a reason is required for afgewezen). Goedgekeurd and afgewezen are final. The plan's
    status follows when the plan's current revision is the decided one. ``basis_versie``: the
    version of the decision the assessor saw (None: none yet)."""
    naam = naam_van(beoordelaar)
    with db.unit_of_work() as uow:
        pid = _plan_id(uow, plan, als_prefix=als_prefix)
        ingediend = {m.revisie for m in uow.plans.snapshots(pid)}
        rev = revisie
        if rev is None:  # the newest submitted revision; none: the draft (refused below)
            rev = max(ingediend) if ingediend else uow.plans.status(pid)[1]
        huidig = uow.beoordelingen.besluit(pid, rev)
        nieuw = neem_besluit(
            huidig,
            plan_id=pid,
            revisie=rev,
            ingediend=rev in ingediend,
            status=status,
            reden=reden,
            door=naam,
            op=nu(),
        )
        if not isinstance(basis_versie, Huidig):
            nieuw.versie = basis_versie
        opgeslagen = uow.beoordelingen.bewaar_besluit(nieuw, naam)
        uow.beoordelingen.zet_plan_status(pid, rev, status, naam)
        uow.beoordelingen.schrijf_audit(
            pid,
            rev,
            "besluit",
            "",
            wijzigingen(
                {"status": huidig.status.value, "reden": huidig.reden} if huidig else None,
                {"status": opgeslagen.status.value, "reden": opgeslagen.reden},
            ),
            naam,
        )
        uow.commit()
        log.info("plan %s r%d: %s door %s", pid, rev, status.value, naam)
        return opgeslagen
