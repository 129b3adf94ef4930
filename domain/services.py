"""The actions a user takes on plans, one unit of work each.

Every service takes a unit of work (see :mod:`domain.ports`), does its reads and writes through
it and commits at the end; on any error nothing is committed, because the unit of work rolls
back when it is left without a commit. The callers (GUI, command line) open the unit of work:
``with db.unit_of_work() as uow: dien_in(uow, plan_id)``.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING

from domain.errors import NietIndienbaar, OngeldigeInvoer, PlanBevroren, WijkplanFout
from domain.model import Plan, Status, new_id
from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.validation import Bevinding

log = logging.getLogger(__name__)


def nieuw_plan(uow: UnitOfWork, gemeente_code: str, ronde_code: str, titel: str) -> Plan:
    """A new draft for a known municipality and a round it takes part in, spanning the
    round's first years. The default round (open today) is chosen by the caller with
    :meth:`Catalogus.standaard_ronde`, which takes today's date as an argument."""
    catalogus = uow.catalogus()
    gemeente = catalogus.gemeente(gemeente_code)
    if gemeente is None:
        raise OngeldigeInvoer(
            f"Onbekende gemeente '{gemeente_code}'.",
            engels=f"Unknown municipality '{gemeente_code}'.",
        )
    ronde = catalogus.ronde(ronde_code)
    if ronde is None:
        raise OngeldigeInvoer(
            f"Onbekende ronde '{ronde_code}'.", engels=f"Unknown round '{ronde_code}'."
        )
    if not ronde.neemt_deel(gemeente.code):
        rondes = ", ".join(r.code for r in catalogus.rondes_van(gemeente.code))
        raise OngeldigeInvoer(
            f"Gemeente {gemeente.naam} ({gemeente.code}) neemt niet deel aan {ronde.naam} "
            f"(ronde {ronde.code}); kies een ronde van deze gemeente: {rondes or 'geen'}.",
            engels=f"Municipality {gemeente.naam} ({gemeente.code}) does not take part in "
            f"{ronde.naam} (round {ronde.code}); choose a round of this municipality: "
            f"{rondes or 'none'}.",
        )
    # Default span: as many years as the round allows, starting in its first cost year.
    jaar_tot = min(ronde.eerste_jaar + ronde.max_jaren - 1, ronde.laatste_jaar)
    plan = Plan(
        gemeente_code=gemeente.code,
        ronde_code=ronde.code,
        titel=titel.strip(),
        jaar_van=ronde.eerste_jaar,
        jaar_tot_en_met=jaar_tot,
    )
    uow.plans.add(plan)
    uow.commit()
    log.info("nieuw plan %s voor %s", plan.id, gemeente.code)
    return plan


def bewaar_plan(uow: UnitOfWork, plan: Plan) -> None:
    """Store the plan's current content (only what changed is written).

    The stored status decides, not the one in ``plan``: a submitted revision stays frozen
    even if a stale copy in a window still says ``concept``.
    """
    if plan.bevroren:
        raise PlanBevroren(plan.id)
    if not uow.plans.exists(plan.id):
        uow.plans.add(plan)
    else:
        status, revisie = uow.plans.status(plan.id)
        if status != Status.CONCEPT:
            raise PlanBevroren(plan.id)
        if revisie != plan.revisie:
            raise OngeldigeInvoer(
                f"Dit venster toont revisie {plan.revisie}, maar revisie {revisie} is de "
                "nieuwste; open het plan opnieuw.",
                engels=f"This window shows revision {plan.revisie}, but revision {revisie} is "
                "the newest; open the plan again.",
            )
        uow.plans.update(plan)
    uow.commit()


def _met_nieuwe_ids(bron: Plan) -> Plan:
    """A deep copy in which the plan and every part of it has a fresh id, references kept."""
    plan = copy.deepcopy(bron)
    plan.id = new_id()
    nieuw: dict[str, str] = {}
    for deel in (*plan.doelgroepen, *plan.interventies, *plan.partners, *plan.indicatoren):
        nieuw[deel.id] = deel.id = new_id()

    def ander(oud: str | None) -> str | None:
        # A reference to a part that does not exist stays as it is: validation reports it.
        return None if oud is None else nieuw.get(oud, oud)

    for i in plan.interventies:
        i.doelgroep_ids = [ander(d) or d for d in i.doelgroep_ids]
        i.lead_partner_id = ander(i.lead_partner_id)
    for ind in plan.indicatoren:
        ind.interventie_ids = [ander(x) or x for x in ind.interventie_ids]
    for regel in plan.begroting:
        regel.id = new_id()
        regel.interventie_id = ander(regel.interventie_id)
    return plan


def dupliceer_plan(uow: UnitOfWork, plan_id: str) -> Plan:
    """A new draft (revision 1) with the same content as ``plan_id`` and new ids throughout."""
    plan = _met_nieuwe_ids(uow.plans.get(plan_id))
    plan.titel = f"{plan.titel} (kopie)".strip()
    plan.status = Status.CONCEPT
    plan.revisie = 1
    uow.plans.add(plan)
    uow.commit()
    return plan


def verwijder_plan(uow: UnitOfWork, plan_id: str) -> None:
    """Delete a plan; one that was ever submitted is kept, with all its frozen revisions."""
    ingediend = uow.plans.snapshots(plan_id)
    if ingediend:
        revisies = ", ".join(str(s.revisie) for s in ingediend)
        raise PlanBevroren(
            plan_id,
            f"Plan '{plan_id}' kan niet worden verwijderd: revisie {revisies} is ingediend "
            "en wordt bewaard.",
            engels=f"Plan '{plan_id}' cannot be deleted: revision {revisies} has been "
            "submitted and is kept.",
        )
    uow.plans.delete(plan_id)
    uow.commit()


def controleer(uow: UnitOfWork, plan_id: str) -> list[Bevinding]:
    from domain.validation import valideer

    return valideer(uow.plans.get(plan_id), uow.catalogus())


def dien_in(uow: UnitOfWork, plan_id: str, *, verwacht_hash: str | None = None) -> Plan:
    """Submit the current revision: refused with every finding if one of them is a ``fout``;
    otherwise the plan becomes ``ingediend`` and this revision is frozen for good.

    ``verwacht_hash`` is the content hash of the plan the coordinator sees: the stored plan
    is submitted only when it is exactly that plan.
    """
    from domain.validation import Ernst, valideer

    plan = uow.plans.get(plan_id)
    _controleer_hash(plan, verwacht_hash)
    if plan.bevroren:
        raise PlanBevroren(
            plan_id,
            f"Revisie {plan.revisie} van plan '{plan_id}' is al ingediend.",
            engels=f"Revision {plan.revisie} of plan '{plan_id}' has already been submitted.",
        )
    bevindingen = valideer(plan, uow.catalogus())
    if any(b.ernst == Ernst.FOUT for b in bevindingen):
        raise NietIndienbaar(
            sorted(bevindingen, key=lambda b: b.ernst != Ernst.FOUT)  # fouten first, stable
        )
    plan.status = Status.INGEDIEND
    uow.plans.update(plan)
    uow.plans.add_snapshot(plan)
    uow.commit()
    log.info("plan %s revisie %d ingediend", plan.id, plan.revisie)
    return plan


def _controleer_hash(plan: Plan, verwacht_hash: str | None) -> None:
    from domain.serialize import content_hash

    if verwacht_hash is not None and content_hash(plan) != verwacht_hash:
        raise WijkplanFout(
            f"Het opgeslagen plan '{plan.titel or plan.id}' wijkt af van het plan op het scherm; "
            "er is niets gewijzigd. Wacht tot alles is opgeslagen en probeer het opnieuw.",
            engels=f"The stored plan '{plan.titel or plan.id}' differs from the plan on the "
            "screen; nothing has been changed. Wait until everything is saved and try again.",
        )


def nieuwe_revisie(uow: UnitOfWork, plan_id: str, *, verwacht_hash: str | None = None) -> Plan:
    """Start editing a submitted plan: the next revision, as ``concept``.

    A plan that is already a draft is returned unchanged, so callers need not check first.
    """
    plan = uow.plans.get(plan_id)
    _controleer_hash(plan, verwacht_hash)
    if not plan.bevroren:
        return plan
    plan.revisie += 1
    plan.status = Status.CONCEPT
    uow.plans.update(plan)
    uow.commit()
    return plan
