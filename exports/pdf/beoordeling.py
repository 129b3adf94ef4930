"""The assessment report of one municipality's plan (issue 12), in the plan PDF's style.

Key figures, the rubric scores and comments of every finished assessment (side by side, with
differences of 2 points or more marked), advice, notes, decision, allocation against the
ceiling, provenance and the revision history. Same fonts, stylesheet, page templates and
traceable footer as the plan PDF (``exports.pdf.pages``); ``render_beoordeling_pdf -> bytes``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable, Spacer

from domain.beoordeling import Beoordeling, Criterium, Notitie, score_verschillen
from domain.besluit import Besluit
from domain.catalogue import Catalogus
from domain.importing import Herkomst
from domain.model import Plan
from domain.money import NUL
from domain.rondeoverzicht import Kengetallen
from domain.serialize import content_hash
from domain.toewijzing import Ruimte, Toewijzing
from domain.totals import bereken_totalen
from exports.pdf.context import Context
from exports.pdf.fonts import SANS, dejavu_standaard, registreer
from exports.pdf.pages import Kenmerken, bouw
from exports.pdf.styles import BREEDTE, kolom, stylesheet, tabelstijl, verdeel
from exports.pdf.text import bedrag, datum, procent, vervang

log = logging.getLogger(__name__)

STATUS = {
    "concept": "Concept",
    "ingediend": "Ingediend",
    "in_beoordeling": "In beoordeling",
    "goedgekeurd": "Goedgekeurd",
    "afgewezen": "Afgewezen",
}


@dataclass(frozen=True)
class RevisieRegel:
    revisie: int
    status: str
    vastgelegd_op: datetime | None
    bestanden: tuple[str, ...] = ()


@dataclass(frozen=True)
class BeoordelingsRapport:
    """Everything the report prints; the application layer gathers it."""

    plan: Plan  # the revision under assessment
    catalogus: Catalogus
    kengetallen: Kengetallen
    criteria: Sequence[Criterium]
    beoordelingen: Sequence[Beoordeling]  # all of the revision; only finished ones are shown
    notities: Sequence[Notitie]
    besluit: Besluit | None
    toewijzing: Toewijzing
    ruimte: Ruimte | None
    herkomst: Herkomst | None
    revisies: Sequence[RevisieRegel] = field(default_factory=tuple)
    afgedrukt_op: date | None = None


def render_beoordeling_pdf(r: BeoordelingsRapport) -> bytes:
    vandaag = r.afgedrukt_op or date.today()
    with dejavu_standaard():
        fonts = registreer()
        ctx = Context(
            plan=r.plan,
            catalogus=r.catalogus,
            totalen=bereken_totalen(r.plan, r.catalogus),
            bevindingen=[],
            afgedrukt_op=vandaag,
            stijlen=stylesheet(),
            fonts=fonts,
            herkomst=r.herkomst,
        )
        g = r.catalogus.gemeente(r.plan.gemeente_code)
        gemeente = g.naam if g else r.plan.gemeente_code
        titel = r.plan.titel.strip() or "(plan zonder titel)"
        kenmerken = Kenmerken(
            kop=vervang(f"Beoordeling · {gemeente} ({r.plan.gemeente_code}) · {titel}", fonts),
            plan_id=r.plan.id,
            revisie=r.plan.revisie,
            inhoud_hash=content_hash(r.plan),
            titel=f"Beoordeling {gemeente}: {titel}",
            auteur="Wijkplan, beoordeling",
            onderwerp=f"Beoordeling ronde {r.plan.ronde_code}, revisie {r.plan.revisie}",
        )
        data = bouw(_story(ctx, r, gemeente), kenmerken)
    log.info("beoordelingsrapport van plan %s: %d bytes", r.plan.id, len(data))
    return data


def _story(ctx: Context, r: BeoordelingsRapport, gemeente: str) -> list[Flowable]:
    plan = r.plan
    ronde = r.catalogus.ronde(plan.ronde_code)
    status = r.besluit.status.value if r.besluit else plan.status.value
    uit: list[Flowable] = [
        ctx.vast("BEOORDELING · PREVENTIE MET GEZAG", "Kop0"),
        ctx.p(plan.titel, "Titel", leeg="(plan zonder titel)"),
        ctx.vast(
            f"Gemeente {ctx.veilig(gemeente, 'Ondertitel')} ({plan.gemeente_code})", "Ondertitel"
        ),
    ]
    k = r.kengetallen
    gegevens = [
        ("Ronde", ronde.naam if ronde else plan.ronde_code),
        ("Revisie", f"{plan.revisie} ({STATUS.get(status, status)})"),
        ("Periode", f"{plan.jaar_van}–{plan.jaar_tot_en_met}"),
        ("Gevraagd", bedrag(k.gevraagd)),
        ("Cofinanciering", bedrag(k.cofinanciering)),
        ("Aandeel op erkende interventies", procent(k.aandeel_erkend)),
        (
            "Interventies gericht op een gefundeerde factor",
            "–" if k.aandeel_gefundeerd is None else procent(k.aandeel_gefundeerd),
        ),
        ("Per bereikte jongere", "–" if k.euro_per_jongere is None else bedrag(k.euro_per_jongere)),
        ("Open fouten / waarschuwingen", f"{k.fouten} / {k.waarschuwingen}"),
        ("Afgedrukt op", datum(ctx.afgedrukt_op)),
    ]
    label_b = kolom([a for a, _ in gegevens], font=SANS)
    uit.append(
        ctx.tabel(
            [[ctx.vast(a, "CelVet"), ctx.p(b, "Cel")] for a, b in gegevens],
            [label_b, BREEDTE - label_b],
            tabelstijl(kopregels=0),
            kopregels=0,
        )
    )
    uit += _scores(ctx, r)
    uit += _adviezen(ctx, r)
    uit += _notities(ctx, r)
    uit += _besluit_en_toewijzing(ctx, r)
    uit += _herkomst(ctx, r)
    return uit


def _scores(ctx: Context, r: BeoordelingsRapport) -> list[Flowable]:
    klaar = [b for b in r.beoordelingen if b.klaar]
    kop = ctx.hoofdstuk("Scores per criterium")
    bezig = [b.beoordelaar for b in r.beoordelingen if not b.klaar]
    uitleg = []
    if bezig:
        uitleg.append(
            ctx.p(
                "Nog bezig (scores niet getoond): " + ", ".join(bezig) + ".",
                "Toelichting",
            )
        )
    if not klaar:
        return [kop, ctx.vast("Nog geen afgeronde beoordeling.", "Toelichting"), *uitleg]
    verschillen = {v.criterium for v in score_verschillen(klaar, r.criteria)}
    koppen = ["Criterium", *(b.beoordelaar for b in klaar), "Toelichting"]
    rijen: list[list] = [[ctx.p(t, "CelKop") for t in koppen]]
    for c in r.criteria:
        label = c.label + (" (verschil ≥ 2)" if c.code in verschillen else "")
        toelichtingen = "\n".join(
            f"{b.beoordelaar}: {b.score(c.code).toelichting}"
            for b in klaar
            if b.score(c.code).toelichting.strip()
        )
        rijen.append(
            [
                ctx.p(label, "CelVet" if c.code in verschillen else "Cel"),
                *(ctx.vast(str(b.score(c.code).waarde or "–"), "CelRechts") for b in klaar),
                ctx.p(toelichtingen, "Cel", leeg=""),
            ]
        )
    scorekolom = kolom(["Score", *(b.beoordelaar for b in klaar)], minimum=40)
    breedtes = verdeel([None, *([scorekolom] * len(klaar)), None], [1.0, 2.0])
    return [kop, ctx.tabel(rijen, breedtes, tabelstijl()), *uitleg]


def _adviezen(ctx: Context, r: BeoordelingsRapport) -> list[Flowable]:
    klaar = [b for b in r.beoordelingen if b.klaar]
    uit: list[Flowable] = [ctx.hoofdstuk("Advies")]
    if not klaar:
        return [*uit, ctx.vast("Nog geen advies.", "Toelichting")]
    for b in klaar:
        advies = b.advies.label if b.advies else "–"
        wanneer = f", {datum(b.advies_datum)}" if b.advies_datum else ""
        uit.append(ctx.p(f"{b.beoordelaar}: {advies}{wanneer}", "Kop2"))
        uit += ctx.tekstblok(b.advies_toelichting, leeg="Geen onderbouwing gegeven.")
    return uit


def _notities(ctx: Context, r: BeoordelingsRapport) -> list[Flowable]:
    if not r.notities:
        return []
    rijen: list[list] = [ctx.kop("Onderdeel", "Beoordelaar", "Notitie")]
    for n in r.notities:
        rijen.append(
            [ctx.p(n.pad or "het plan", "Cel"), ctx.p(n.beoordelaar, "Cel"), ctx.p(n.tekst, "Cel")]
        )
    return [
        ctx.hoofdstuk("Notities"),
        ctx.tabel(rijen, verdeel([None, None, None], [1.0, 1.0, 3.0]), tabelstijl()),
    ]


def _besluit_en_toewijzing(ctx: Context, r: BeoordelingsRapport) -> list[Flowable]:
    uit: list[Flowable] = [ctx.hoofdstuk("Besluit en toewijzing")]
    b = r.besluit
    if b is None:
        uit.append(ctx.vast("Er is nog geen besluit genomen.", "Body"))
    else:
        wanneer = f" op {datum(b.op.date())}" if b.op else ""
        uit.append(ctx.p(f"{STATUS.get(b.status.value, b.status.value)} door {b.door}{wanneer}."))
        if b.reden:
            uit += ctx.tekstblok(b.reden)
    t = r.toewijzing
    gevraagd = r.kengetallen.gevraagd_per_jaar
    jaren = sorted(set(gevraagd) | set(t.per_jaar))
    rijen: list[list] = [ctx.kop("Jaar", "Gevraagd", "Toegewezen", rechts_vanaf=1)]
    for j in jaren:
        rijen.append([str(j), bedrag(gevraagd.get(j, NUL)), bedrag(t.per_jaar.get(j, NUL))])
    rijen.append(["Totaal", bedrag(r.kengetallen.gevraagd), bedrag(t.totaal)])
    w = kolom([bedrag(r.kengetallen.gevraagd), bedrag(t.totaal), "Toegewezen"], minimum=70)
    uit.append(Spacer(1, 4))
    uit.append(ctx.tabel(rijen, [40, w, w], tabelstijl(rechts_vanaf=1, totaalregels=1)))
    opmerkingen = []
    if t.standaard:
        opmerkingen.append("Nog niet vastgesteld: het gevraagde bedrag geldt als toewijzing.")
    if t.boven_plafond_bevestigd:
        opmerkingen.append("Boven het plafond; de overschrijding is uitdrukkelijk bevestigd.")
    if t.gewijzigd_door and t.gewijzigd_op:
        opmerkingen.append(
            f"Vastgesteld door {t.gewijzigd_door} op {datum(t.gewijzigd_op.date())}."
        )
    if r.ruimte is not None and r.ruimte.plafond is not None and r.ruimte.resterend is not None:
        opmerkingen.append(
            f"Plafond van de ronde {bedrag(r.ruimte.plafond)}; toegewezen aan alle gemeenten "
            f"{bedrag(r.ruimte.toegewezen)}; resterend {bedrag(r.ruimte.resterend)}."
        )
    uit += [ctx.p(x, "Toelichting") for x in opmerkingen]
    return uit


def _herkomst(ctx: Context, r: BeoordelingsRapport) -> list[Flowable]:
    uit: list[Flowable] = [ctx.hoofdstuk("Herkomst en revisies")]
    h = r.herkomst
    if h is None:
        uit.append(ctx.vast("Deze revisie is in Wijkplan ingevoerd, niet uit een bestand.", "Body"))
    else:
        op = datum(h.ingelezen_op.date())
        tekst = f"Ingelezen uit {h.bestandsnaam} op {op} door {h.ingelezen_door}."
        if h.gewijzigd_na_export:
            tekst += (
                " Het bestand is gewijzigd na de export (inhoud en vastgelegde hash wijken af)."
            )
        uit.append(ctx.p(tekst))
    if r.revisies:
        rijen: list[list] = [ctx.kop("Revisie", "Status", "Ingediend op", "Bestanden")]
        for x in r.revisies:
            rijen.append(
                [
                    str(x.revisie),
                    STATUS.get(x.status, x.status),
                    datum(x.vastgelegd_op.date()) if x.vastgelegd_op else "–",
                    ctx.p(", ".join(x.bestanden), "Cel", leeg="–"),
                ]
            )
        uit.append(ctx.tabel(rijen, verdeel([50, 80, 70, None], [1.0]), tabelstijl()))
    return uit
