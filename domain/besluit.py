"""The decision on a submitted revision (issue 12): in beoordeling, goedgekeurd, afgewezen.

Only an assessor takes it, in Wijkplan, on a revision that was submitted (a draft has nothing
to decide on); never from a file (domain.importing refuses those statuses). Goedgekeurd and
afgewezen are final for that revision, like a submission: a new revision of the plan starts a
new assessment and a new decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from domain.errors import OngeldigeInvoer, PlanBevroren
from domain.model import Status

BESLUITEN = (Status.IN_BEOORDELING, Status.GOEDGEKEURD, Status.AFGEWEZEN)
DEFINITIEF = (Status.GOEDGEKEURD, Status.AFGEWEZEN)


def status_uit_tekst(tekst: str) -> Status:
    """'in beoordeling' / 'in_beoordeling' / 'goedgekeurd' / 'afgewezen' (any case)."""
    sleutel = "_".join(tekst.strip().lower().replace("-", " ").split())
    for s in BESLUITEN:
        if s.value == sleutel:
            return s
    raise OngeldigeInvoer(
        f"Onbekend besluit '{tekst}': kies in_beoordeling, goedgekeurd of afgewezen.",
        engels=f"Unknown decision '{tekst}': choose in_beoordeling (under assessment), "
        "goedgekeurd (approved) or afgewezen (rejected).",
    )


def status_label(status: Status | str) -> str:
    return str(Status(status).value).replace("_", " ")


@dataclass
class Besluit:
    plan_id: str
    revisie: int
    status: Status
    reden: str
    door: str
    op: datetime | None = None
    versie: int | None = field(default=None, compare=False)

    @property
    def definitief(self) -> bool:
        return self.status in DEFINITIEF


def neem_besluit(
    huidig: Besluit | None,
    *,
    plan_id: str,
    revisie: int,
    ingediend: bool,
    status: Status,
    reden: str,
    door: str,
    op: datetime,
) -> Besluit:
    """The new decision on (plan, revisie), or a Dutch refusal.

    ``ingediend``: the revision exists as a submitted (frozen) revision. ``huidig``: the
    decision stored now (None: none yet). Rejection needs a reason; a final decision
    (goedgekeurd, afgewezen) is never changed.
    """
    if not ingediend:
        raise OngeldigeInvoer(
            f"Revisie {revisie} van plan '{plan_id}' is niet ingediend: alleen over een "
            "ingediende revisie wordt besloten.",
            engels=f"Revision {revisie} of plan '{plan_id}' has not been submitted: a decision "
            "can only be made on a submitted revision.",
        )
    if status not in BESLUITEN:
        raise OngeldigeInvoer(
            f"'{status_label(status)}' is geen besluit: kies in beoordeling, goedgekeurd of "
            "afgewezen.",
            engels=f"'{status_label(status)}' is not a decision: choose in beoordeling "
            "(under assessment), goedgekeurd (approved) or afgewezen (rejected).",
        )
    if huidig is not None and huidig.definitief:
        raise PlanBevroren(
            plan_id,
            f"Over revisie {revisie} van plan '{plan_id}' is al besloten "
            f"({status_label(huidig.status)} door {huidig.door}); dat besluit is definitief. "
            "Een nieuwe revisie van het plan krijgt een nieuwe beoordeling.",
            engels=f"A decision has already been made on revision {revisie} of plan "
            f"'{plan_id}' ({status_label(huidig.status)} by {huidig.door}); that decision is "
            "final. A new revision of the plan gets a new assessment.",
        )
    if huidig is not None and huidig.status == status:
        raise OngeldigeInvoer(
            f"Revisie {revisie} van plan '{plan_id}' is al {status_label(status)}.",
            engels=f"Revision {revisie} of plan '{plan_id}' is already {status_label(status)}.",
        )
    if status == Status.AFGEWEZEN and not reden.strip():
        raise OngeldigeInvoer(
            "Geef een reden bij het afwijzen van een plan.",
            engels="Give a reason when rejecting a plan.",
        )
    return Besluit(
        plan_id,
        revisie,
        status,
        reden.strip(),
        door,
        op,
        versie=None if huidig is None else huidig.versie,
    )
