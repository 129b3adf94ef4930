"""The assessor's commands that change something (issue 12): assess, decide, allocate. Each
calls a use case of :mod:`application.beoordelen` and then prints what is stored."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cli.invoer import beoordelaar, lees_bedrag, paren
from cli.uitvoer import one_line, taal_van

if TYPE_CHECKING:
    from application.ports import Database


def cmd_assess(db: Database, args: argparse.Namespace) -> int:
    """Changes first (scores, comments, advice, finish/reopen, notes), then the worksheet."""
    from application.beoordelen import notitie, werkblad, wijzig_beoordeling
    from domain.beoordeling import advies_uit_tekst
    from domain.errors import OngeldigeInvoer

    naam = beoordelaar(args)
    scores: dict[str, int | None] = {}
    for code, waarde in paren(args.score, "--score"):
        if waarde.strip() == "":
            scores[code] = None
        elif waarde.strip().isdigit():
            scores[code] = int(waarde)
        else:
            raise OngeldigeInvoer(
                f"--score {code}: '{waarde}' is geen score (1 tot en met 5).",
                engels=f"--score {code}: '{waarde}' is not a score (1 to 5).",
            )
    toelichtingen = dict(paren(args.toelichting, "--toelichting"))
    advies = advies_uit_tekst(args.advies) if args.advies else None
    if (
        scores
        or toelichtingen
        or advies
        or args.advies_toelichting is not None
        or args.klaar
        or args.heropen
    ):
        wijzig_beoordeling(
            db,
            args.plan,
            naam,
            scores=scores,
            toelichtingen=toelichtingen,
            advies=advies,
            advies_toelichting=args.advies_toelichting,
            afronden=args.klaar,
            heropenen=args.heropen,
            revisie=args.revisie,
            als_prefix=True,
        )
    for pad, tekst in paren(args.notitie, "--notitie"):
        notitie(db, args.plan, naam, pad, tekst, revisie=args.revisie, als_prefix=True)
    w = werkblad(db, args.plan, naam, revisie=args.revisie, als_prefix=True)
    # The first column stays the record type a script reads (plan, score, verschil, ...).
    en = taal_van(args) == "en"
    if en:
        klaar, bezig, nieuw, punten = "finished", "in progress", "not started", "points"
    else:
        klaar, bezig, nieuw, punten = "klaar", "bezig", "niet begonnen", "punten"
    revisie = f"{'revision' if en else 'revisie'} {w.revisie}"
    print(f"plan\t{w.plan.id}\t{revisie}\t{one_line(w.plan.titel)}")
    status = w.besluit.status.value if w.besluit else w.plan.status.value
    print(f"status\t{status}")
    for b in [w.eigen, *w.anderen]:
        staat = klaar if b.klaar else (bezig if b.versie is not None else nieuw)
        print(f"beoordelaar\t{b.beoordelaar}\t{staat}")
        for c in w.criteria:
            s = b.score(c.code)
            if b is w.eigen or b.scores:
                waarde = "" if s.waarde is None else str(s.waarde)
                print(f"score\t{b.beoordelaar}\t{c.code}\t{waarde}\t{one_line(s.toelichting)}")
        if b.advies is not None:
            print(f"advies\t{b.beoordelaar}\t{b.advies.value}\t{one_line(b.advies_toelichting)}")
    for v in w.verschillen:
        scores_tekst = ", ".join(f"{n} {s}" for n, s in v.scores)
        print(f"verschil\t{v.criterium}\t{v.verschil} {punten}\t{scores_tekst}")
    for n in w.notities:
        print(f"notitie\t{n.id}\t{n.pad or '(plan)'}\t{n.beoordelaar}\t{one_line(n.tekst)}")
    return 0


def cmd_decide(db: Database, args: argparse.Namespace) -> int:
    from application.beoordelen import besluit
    from domain.besluit import status_uit_tekst

    b = besluit(
        db,
        args.plan,
        status_uit_tekst(args.status),
        beoordelaar(args),
        reden=args.reden,
        revisie=args.revisie,
        als_prefix=True,
    )
    status = b.status.value.replace("_", " ")
    if taal_van(args) == "en":
        # The decision stays the code a script reads (goedgekeurd, afgewezen, in beoordeling).
        print(f"Plan {b.plan_id} revision {b.revisie}: decision {status}.")
    else:
        print(f"Plan {b.plan_id} revisie {b.revisie}: {status}.")
    return 0


def cmd_allocate(db: Database, args: argparse.Namespace) -> int:
    """Per plan: the allocation per year and what remains of the round's ceiling. With
    --pro-rata: the proposal per plan and year (stored with --accepteer)."""
    from decimal import Decimal

    from application.beoordelen import neem_voorstel_over, pro_rata_voorstel, wijs_toe
    from domain.errors import OngeldigeInvoer
    from domain.money import format_canonical as c

    taal = taal_van(args)
    en = taal == "en"
    if args.pro_rata:
        if not args.ronde:
            raise OngeldigeInvoer(
                "Geef met --ronde CODE de ronde voor het pro-ratavoorstel.",
                engels="Give the round of the pro-rata proposal with --ronde CODE.",
            )
        v = pro_rata_voorstel(db, args.ronde)
        for pid, (gemeente, rev, _gevraagd, voorstel) in sorted(
            v.plannen.items(), key=lambda x: x[1][0]
        ):
            jaren = " ".join(f"{j}={c(b)}" for j, b in sorted(voorstel.items()))
            print(f"{pid}\t{gemeente}\t{rev}\t{jaren}\t{c(sum(voorstel.values(), Decimal(0)))}")
        gevraagd, voorstel_totaal = c(v.ruimte.gevraagd), c(v.ruimte.toegewezen)
        if en:
            plafond = "none" if v.ruimte.plafond is None else c(v.ruimte.plafond)
            print(
                f"Requested {gevraagd}, proposal {voorstel_totaal}, ceiling {plafond}"
                + ("" if v.nodig else " (no ceiling exceeded: proposal = requested)"),
                file=sys.stderr,
            )
        else:
            plafond = "geen" if v.ruimte.plafond is None else c(v.ruimte.plafond)
            print(
                f"Gevraagd {gevraagd}, voorstel {voorstel_totaal}, plafond {plafond}"
                + ("" if v.nodig else " (geen plafond overschreden: voorstel = gevraagd)"),
                file=sys.stderr,
            )
        if args.accepteer:
            n = neem_voorstel_over(db, v, beoordelaar(args))
            if en:
                print(f"Proposal adopted for {n} plan{'' if n == 1 else 's'}.", file=sys.stderr)
            else:
                print(f"Voorstel overgenomen voor {n} plan(nen).", file=sys.stderr)
        return 0
    if not args.plan:
        raise OngeldigeInvoer(
            "Geef een PLAN, of --ronde CODE --pro-rata.",
            engels="Give a PLAN, or --ronde CODE --pro-rata.",
        )
    per_jaar = {}
    for jaar, bedrag in paren(args.jaar, "--jaar"):
        if not jaar.isdigit():
            raise OngeldigeInvoer(
                f"--jaar '{jaar}={bedrag}': '{jaar}' is geen jaar.",
                engels=f"--jaar '{jaar}={bedrag}': '{jaar}' is not a year.",
            )
        per_jaar[int(jaar)] = lees_bedrag(bedrag, f"--jaar {jaar}")
    if not per_jaar:
        raise OngeldigeInvoer(
            "Geef minstens één --jaar JAAR=BEDRAG.",
            engels="Give at least one --jaar YEAR=AMOUNT.",
        )
    u = wijs_toe(
        db,
        args.plan,
        per_jaar,
        beoordelaar(args),
        bevestig_overschrijding=args.bevestig,
        toelichting=args.toelichting,
        revisie=args.revisie,
        als_prefix=True,
    )
    t = u.toewijzing
    for jaar, bedrag in sorted(t.per_jaar.items()):
        print(f"{jaar}\t{c(bedrag)}")
    print(f"{'total' if en else 'totaal'}\t{c(t.totaal)}")
    if u.ruimte.plafond is not None and u.ruimte.resterend is not None:
        if en:
            print(f"remaining\t{c(u.ruimte.resterend)}\t(ceiling {c(u.ruimte.plafond)})")
        else:
            print(f"resterend\t{c(u.ruimte.resterend)}\t(plafond {c(u.ruimte.plafond)})")
    for o in u.overschrijdingen:
        if en:
            print(f"wijkplan: note, confirmed above ceiling: {o.tekst(taal)}", file=sys.stderr)
        else:
            print(f"wijkplan: let op, bevestigd boven plafond: {o.bericht}", file=sys.stderr)
    return 0
