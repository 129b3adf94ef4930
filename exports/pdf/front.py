"""The first page (who, what, when, key figures, summary) and the list of open findings."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from domain.validation import Ernst
from exports.pdf.context import Context
from exports.pdf.fonts import SANS, SANS_BOLD, beschrijf
from exports.pdf.styles import (
    ACCENT,
    ACCENT_LICHT,
    BREEDTE,
    FOUT,
    LIJN,
    WAARSCHUWING,
    kolom,
    kopkolom,
    tabelstijl,
)
from exports.pdf.text import bedrag, datum, jaren, procent

STATUS = {
    "concept": "Concept",
    "ingediend": "Ingediend",
    "in_beoordeling": "In beoordeling",
    "goedgekeurd": "Goedgekeurd",
    "afgewezen": "Afgewezen",
}


def gemeente_naam(ctx: Context) -> str:
    g = ctx.catalogus.gemeente(ctx.plan.gemeente_code)
    return g.naam if g else ctx.plan.gemeente_code


def voorblad(ctx: Context) -> list[Flowable]:
    plan = ctx.plan
    ronde = ctx.catalogus.ronde(plan.ronde_code)
    naam = ctx.veilig(gemeente_naam(ctx), "Ondertitel")
    gemeente = f"{naam} ({ctx.veilig(plan.gemeente_code, 'Ondertitel')})"
    uit: list[Flowable] = [
        ctx.vast("PLAN WIJKGERICHTE AANPAK · PREVENTIE MET GEZAG", "Kop0"),
        ctx.p(plan.titel, "Titel", leeg="(plan zonder titel)"),
        ctx.vast(f"Gemeente {gemeente}", "Ondertitel"),
    ]
    cp = plan.contactpersoon
    contact = ", ".join(x for x in (cp.naam, cp.functie) if x.strip())
    bereik = ", ".join(x for x in (cp.email, cp.telefoon) if x.strip())
    gegevens = [
        ("Gemeente", f"{gemeente_naam(ctx)} ({plan.gemeente_code})"),
        ("Plantitel", plan.titel),
        ("Periode", jaren(plan.jaar_van, plan.jaar_tot_en_met)),
        ("Ronde", ronde.naam if ronde else plan.ronde_code),
        ("Status", f"{STATUS.get(plan.status.value, plan.status.value)}, revisie {plan.revisie}"),
        ("Afgedrukt op", datum(ctx.afgedrukt_op)),
        ("Contactpersoon", contact),
        ("Bereikbaar via", bereik),
        ("IBAN", plan.iban),
    ]
    if ctx.herkomst is not None:
        gegevens += herkomst_regels(ctx)
    rijen = [[ctx.vast(label, "CelVet"), ctx.p(waarde, "Cel")] for label, waarde in gegevens]
    tabel = Table(rijen, colWidths=[32 * mm, BREEDTE - 32 * mm], hAlign="LEFT", splitInRow=1)
    tabel.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIJN),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    uit += [tabel, Spacer(1, 5 * mm), kerncijfers(ctx), Spacer(1, 2 * mm)]
    uit += ctx.kop_bij_tekst(
        ctx.vast("Samenvatting", "Kop2"),
        ctx.tekstblok(plan.samenvatting, leeg="Nog geen samenvatting."),
    )
    return uit


def herkomst_regels(ctx: Context) -> list[tuple[str, str]]:
    """Where this revision came from (issue 10): the file, and whether it was changed after
    its export, so a printed copy never passes an edited file off as a clean submission."""
    h = ctx.herkomst
    assert h is not None
    vlag = (
        "JA: GEWIJZIGD NA EXPORT (de inhoud wijkt af van de hash in het bestand)"
        if h.gewijzigd_na_export
        else "nee"
    )
    return [
        (
            "Ingelezen uit",
            f"{h.bestandsnaam}, {datum(h.ingelezen_op.date())} door {h.ingelezen_door}",
        ),
        ("Gewijzigd na export", vlag),
        ("SHA-256 bestand", h.bestand_sha256),
    ]


def kerncijfers(ctx: Context) -> Flowable:
    """The key-figures box: what an assessor wants to see before reading anything else."""
    t = ctx.totalen
    fouten = sum(1 for b in ctx.bevindingen if b.ernst == Ernst.FOUT)
    waarschuwingen = sum(1 for b in ctx.bevindingen if b.ernst == Ernst.WAARSCHUWING)
    ronde = ctx.catalogus.ronde(ctx.plan.ronde_code)
    links = [
        ("Totaal gevraagd", bedrag(t.gevraagd)),
        ("Cofinanciering", bedrag(t.cofinanciering)),
        ("Totale begroting", bedrag(t.totaal)),
    ]
    links += [(f"Gevraagd {jaar}", bedrag(t.per_jaar[jaar])) for jaar in sorted(t.per_jaar)]
    rechts = [
        ("Aandeel op erkende interventies", procent(t.aandeel_erkend)),
        ("Aantal interventies", str(len(ctx.plan.interventies))),
        ("Openstaande fouten", str(fouten)),
        ("Openstaande waarschuwingen", str(waarschuwingen)),
    ]
    if ronde is not None and ronde.plafond is not None:  # not every round has one (issue 11)
        rechts.append(("Plafond ronde (alle gemeenten)", bedrag(ronde.plafond)))
        if ronde.plafond:
            rechts.append(("Gevraagd als deel van plafond", procent(t.gevraagd / ronde.plafond)))
    n = max(len(links), len(rechts))
    links += [("", "")] * (n - len(links))
    rechts += [("", "")] * (n - len(rechts))
    rijen: list[list[Any]] = [[ctx.vast("Kerncijfers", "CelKop"), "", "", "", ""]]
    for (l1, w1), (l2, w2) in zip(links, rechts, strict=True):
        rijen.append([l1, w1, "", l2, w2])
    b = BREEDTE - 4 * mm
    stijl = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 1), (-1, -1), ACCENT_LICHT),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("FONT", (0, 0), (-1, -1), SANS, 8.5, 11),
        ("FONT", (1, 1), (1, 3), SANS_BOLD, 8.5, 11),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
        ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("TOPPADDING", (0, 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    if fouten:
        stijl.append(("TEXTCOLOR", (3, 3), (4, 3), FOUT))
    if waarschuwingen:
        stijl.append(("TEXTCOLOR", (3, 4), (4, 4), WAARSCHUWING))
    tabel = Table(rijen, colWidths=[b * 0.24, b * 0.23, 4 * mm, b * 0.32, b * 0.21], hAlign="LEFT")
    tabel.setStyle(TableStyle(stijl))
    return tabel


def bevindingen(ctx: Context) -> list[Flowable]:
    """Open findings, errors first, so a printout shows why a plan cannot be submitted yet."""
    uit: list[Flowable] = []
    if not ctx.bevindingen:
        uit += [
            ctx.hoofdstuk("Controle"),
            ctx.vast("Het plan heeft geen openstaande fouten of waarschuwingen.", "Body"),
        ]
    else:
        # valideer() returns findings in the plan's order; a stable sort keeps it per severity.
        volgorde = sorted(ctx.bevindingen, key=lambda b: b.ernst != Ernst.FOUT)
        rijen: list[list[Any]] = [ctx.kop("Ernst", "Veld", "Bericht")]
        for b in volgorde:
            ernst = "Fout" if b.ernst == Ernst.FOUT else "Waarschuwing"
            rijen.append([ernst, ctx.p(b.pad, "Cel"), ctx.p(b.bericht, "Cel")])
        stijl = tabelstijl()
        for i, b in enumerate(volgorde, start=1):
            kleur = FOUT if b.ernst == Ernst.FOUT else WAARSCHUWING
            stijl.add("TEXTCOLOR", (0, i), (0, i), kleur)
            stijl.add("FONT", (0, i), (0, i), SANS_BOLD, 8, 10)
        ernst = kopkolom("Ernst", ["Waarschuwing"])
        veld = min(60 * mm, max(kolom([b.pad for b in volgorde]), 40 * mm))
        tabel = ctx.tabel(rijen, [ernst, veld, BREEDTE - ernst - veld], stijl)
        uit += ctx.met_kop(ctx.hoofdstuk("Openstaande bevindingen"), [tabel])
    if ctx.ontbrekend:
        uit += [
            ctx.vast("Tekens die niet afgedrukt konden worden", "Kop2"),
            ctx.vast(
                "De meegeleverde lettertypen (DejaVu, Noto Emoji) hebben geen teken voor "
                "onderstaande tekens; ze staan in rood als code in de tekst, bijvoorbeeld "
                "[U+4E2D]. "
                + ctx.veilig(beschrijf(ctx.ontbrekend, hoeveel=50), "Body")
                + ".",
                "Body",
            ),
        ]
    return uit
