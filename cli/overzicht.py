"""The assessor's commands that only read (issue 12): the round's overview, a plan's revisions,
the difference between two, the audit log, and the overview and assessment report as files."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from cli.uitvoer import one_line, taal_van

if TYPE_CHECKING:
    from application.ports import Database


def _aandeel(waarde: Any) -> str:
    return "" if waarde is None else f"{waarde:.4f}"


def cmd_overview(db: Database, args: argparse.Namespace) -> int:
    """Tab-separated: a header, one line per municipality (plan), a last line 'Totaal'."""
    from decimal import Decimal

    from application.beoordelen import overzicht
    from domain.money import format_canonical as c

    o = overzicht(db, args.ronde)
    taal = taal_van(args)
    jaren = o.jaren
    kop = [
        "gemeente_code", "gemeente", "plan", "revisie", "status",
        *(f"gevraagd_{j}" for j in jaren), "gevraagd", "cofinanciering",
        "aandeel_erkend", "aandeel_gefundeerd", "euro_per_jongere", "fouten", "waarschuwingen",
        "vlaggen", "voortgang", "advies",
        *(f"toegewezen_{j}" for j in jaren), "toegewezen", "plafond",
    ]  # fmt: skip
    out = sys.stdout
    out.write("\t".join(kop) + "\n")
    for r in o.rijen:
        heeft = r.heeft_plan
        velden = [
            r.gemeente_code, one_line(r.gemeente_naam), r.plan_id or "",
            "" if r.revisie is None else str(r.revisie), r.status,
            *(c(r.gevraagd_per_jaar[j]) if j in r.gevraagd_per_jaar else "" for j in jaren),
            c(r.gevraagd) if heeft else "", c(r.cofinanciering) if heeft else "",
            _aandeel(r.aandeel_erkend), _aandeel(r.aandeel_gefundeerd),
            "" if r.euro_per_jongere is None else c(r.euro_per_jongere),
            str(r.fouten) if heeft else "", str(r.waarschuwingen) if heeft else "",
            # The flags and the progress are prose in the user's language; status and advice
            # stay the codes scripts read.
            "; ".join(r.vlaggen(taal)), r.voortgang.tekst_in(taal) if heeft else "", r.advies,
            *(c(r.toegewezen_per_jaar[j]) if j in r.toegewezen_per_jaar else "" for j in jaren),
            c(r.toegewezen) if heeft else "", "",
        ]  # fmt: skip
        out.write("\t".join(velden) + "\n")
    t = o.totaal
    if taal == "en":
        # The header and the first cell stay the column names and 'Totaal' scripts read.
        aantallen = f"{t.plannen} plan{'' if t.plannen == 1 else 's'}, {t.zonder_plan} without plan"
    else:
        aantallen = f"{t.plannen} plannen, {t.zonder_plan} zonder plan"
    plafond = "" if t.ruimte.plafond is None else c(t.ruimte.plafond)
    vlaggen = "; ".join(x.tekst(taal) for x in t.overschrijdingen)
    totaal = [
        "Totaal", "", "", "", aantallen,
        *(c(t.gevraagd_per_jaar.get(j, Decimal(0))) for j in jaren), c(t.gevraagd),
        c(t.cofinanciering), "", "", "", "", "", vlaggen, "", "",
        *(c(t.toegewezen_per_jaar.get(j, Decimal(0))) for j in jaren), c(t.toegewezen), plafond,
    ]  # fmt: skip
    out.write("\t".join(totaal) + "\n")
    return 0


def cmd_revisions(db: Database, args: argparse.Namespace) -> int:
    """One line per revision: revisie, status, ingediend op, content hash, herkomst, besluit."""
    from application.beoordelen import revisies

    en = taal_van(args) == "en"
    gewijzigd = " (changed after export)" if en else " (gewijzigd na export)"
    for r in revisies(db, args.plan, als_prefix=True):
        op = "" if r.vastgelegd_op is None else f"{r.vastgelegd_op:%d-%m-%Y %H:%M}"
        herkomst = "; ".join(
            h.bestandsnaam + (gewijzigd if h.gewijzigd_na_export else "") for h in r.herkomst
        )
        besluit = ""
        if r.besluit is not None:
            # The status stays the code (goedgekeurd, afgewezen): scripts read it.
            besluit = f"{r.besluit.status.value} {'by' if en else 'door'} {r.besluit.door}"
            if r.besluit.reden:
                besluit += f": {one_line(r.besluit.reden)}"
        print(f"{r.revisie}\t{r.status}\t{op}\t{r.content_hash or ''}\t{herkomst}\t{besluit}")
    return 0


def cmd_diff(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import verschil

    taal = taal_van(args)
    for regel in verschil(db, args.plan, args.oud, args.nieuw, als_prefix=True).regels(taal):
        print(regel)
    return 0


def cmd_export_overview(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import exporteer_overzicht

    print(exporteer_overzicht(db, args.ronde, args.output))
    return 0


def cmd_export_assessment(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import exporteer_beoordeling

    print(exporteer_beoordeling(db, args.plan, args.output, revisie=args.revisie, als_prefix=True))
    return 0


def cmd_audit(db: Database, args: argparse.Namespace) -> int:
    """One line per change: when, who, revisie, onderwerp, sleutel, veld, oud, nieuw."""
    from application.beoordelen import auditlog

    for a in auditlog(db, args.plan, als_prefix=True):
        op = a.op.astimezone() if a.op.tzinfo else a.op
        velden = [
            f"{op:%d-%m-%Y %H:%M:%S}", a.door, str(a.revisie), a.onderwerp, a.sleutel, a.veld,
            "" if a.oud is None else one_line(a.oud),
            "" if a.nieuw is None else one_line(a.nieuw),
        ]  # fmt: skip
        print("\t".join(velden))
    return 0
