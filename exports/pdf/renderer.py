"""The PDF summary of a plan: a renderer class with a stylesheet, page templates and a story.

Modelled on pretix's invoice renderer (see STYLE.md point 11): ``render()`` checks the text
against the fonts, builds the story of flowables section by section, lays it out on the page
templates and returns bytes. Nothing is written to disk here (see exports/atomic.py).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from reportlab import rl_config
from reportlab.platypus import Flowable

from domain.catalogue import Catalogus
from domain.importing import Herkomst
from domain.model import Plan
from domain.serialize import content_hash
from domain.totals import bereken_totalen
from domain.validation import Bevinding, valideer
from exports.pdf import aanvraag, begroting, front, interventies, sections
from exports.pdf.context import Context
from exports.pdf.fonts import (
    OntbrekendeTekens,
    dejavu_standaard,
    ontbrekende_tekens,
    registreer,
)
from exports.pdf.pages import Kenmerken, bouw
from exports.pdf.styles import stylesheet
from exports.pdf.text import vervang

log = logging.getLogger(__name__)


@contextmanager
def _zonder_gc_en_controles() -> Iterator[None]:
    """Python's cycle collector and reportlab's shape checking paused for one rendering.

    A big plan's rendering makes some hundred thousand objects (flowables, fragments, lines)
    that live until the PDF is written; each full collection scans them all again, an eighth
    of the time of a 200-page plan. Paused, the peak memory grows by about 1 MB; the cyclic
    garbage (some ten thousand objects) is collected as usual afterwards. Called inside
    ``dejavu_standaard``, whose lock serialises renderings, so two renderings never restore
    each other's state. The pause holds for the whole process: while a preview renders on a
    worker thread, the GUI thread's cycles wait too (reference counting still frees
    everything else); a rendering lasts a fraction of a second to a few seconds, so that
    garbage is only collected a little later. The assessor's PDF (exports/pdf/beoordeling.py)
    is small and does not pause.
    """
    aan = gc.isenabled()
    gc.disable()
    # reportlab.graphics checks every attribute set on a chart's shapes and widgets against
    # its declared type (a third of drawing the two budget charts); reportlab documents the
    # switch for production use. It is a module global, restored here like the others.
    controle = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = controle
        if aan:
            gc.enable()


class PlanPdfRenderer:
    def __init__(
        self,
        plan: Plan,
        catalogus: Catalogus,
        *,
        bevindingen: list[Bevinding] | None = None,
        printed_on: date | None = None,
        strikt: bool = False,
        herkomst: Herkomst | None = None,
    ) -> None:
        self.strikt = strikt
        self.herkomst = herkomst
        self.plan = plan
        self.catalogus = catalogus
        self.bevindingen = bevindingen
        self.printed_on = printed_on or date.today()

    def render(self) -> bytes:
        with dejavu_standaard(), _zonder_gc_en_controles():
            fonts = registreer()
            ontbrekend = ontbrekende_tekens(gebruikersteksten(self.plan, self.catalogus), fonts)
            if ontbrekend and self.strikt:
                raise OntbrekendeTekens(ontbrekend)
            bevindingen = (
                valideer(self.plan, self.catalogus)
                if self.bevindingen is None
                else self.bevindingen
            )
            ctx = Context(
                plan=self.plan,
                catalogus=self.catalogus,
                totalen=bereken_totalen(self.plan, self.catalogus),
                bevindingen=list(bevindingen),
                afgedrukt_op=self.printed_on,
                stijlen=stylesheet(),
                fonts=fonts,
                ontbrekend=ontbrekend,
                herkomst=self.herkomst,
            )
            data = bouw(self.story(ctx), self.kenmerken(ctx))
        log.info("PDF van plan %s: %d bytes", self.plan.id, len(data))
        return data

    def story(self, ctx: Context) -> list[Flowable]:
        """The sections in the plan's own order, then the open findings."""
        uit: list[Flowable] = []
        for deel in (
            front.voorblad,
            sections.wijken,
            sections.doelgroepen,
            sections.probleemanalyse,
            interventies.overzicht,
            interventies.beschrijvingen,
            interventies.matrix,
            sections.partners,
            sections.indicatoren,
            begroting.begroting,
            aanvraag.aanvraag,
            front.bevindingen,
        ):
            uit += deel(ctx)
        return uit

    def kenmerken(self, ctx: Context) -> Kenmerken:
        plan = self.plan
        gemeente = front.gemeente_naam(ctx)
        titel = plan.titel.strip() or "(plan zonder titel)"
        cp = plan.contactpersoon.naam.strip()
        return Kenmerken(
            kop=vervang(f"Wijkplan · {gemeente} ({plan.gemeente_code}) · {titel}", ctx.fonts),
            plan_id=plan.id,
            revisie=plan.revisie,
            inhoud_hash=content_hash(plan),
            titel=f"Wijkplan {gemeente}: {titel}",
            auteur=f"{cp}, gemeente {gemeente}" if cp else f"Gemeente {gemeente}",
            onderwerp=(
                f"Plan en begroting wijkgerichte aanpak {plan.jaar_van}–{plan.jaar_tot_en_met}, "
                f"ronde {plan.ronde_code}, revisie {plan.revisie}"
            ),
        )


def gebruikersteksten(plan: Plan, catalogus: Catalogus) -> Iterator[tuple[str, str]]:
    """Every piece of text the PDF may print, with the path of its field (for messages)."""
    g = catalogus.gemeente(plan.gemeente_code)
    yield "gemeente", g.naam if g else plan.gemeente_code
    yield "titel", plan.titel
    yield "iban", plan.iban
    for veld in ("naam", "functie", "email", "telefoon"):
        yield f"contactpersoon.{veld}", getattr(plan.contactpersoon, veld)
    yield "samenvatting", plan.samenvatting
    pa = plan.probleemanalyse
    yield "probleemanalyse.tekst", pa.tekst
    for onderdeel in ("reflectie", "vooruitblik", "plan_van_aanpak"):
        yield onderdeel, getattr(plan, onderdeel)
    for naam, lijst in (
        ("risicofactoren", pa.risicofactoren),
        ("beschermende_factoren", pa.beschermende_factoren),
    ):
        for n, f in enumerate(lijst):
            yield f"probleemanalyse.{naam}[{n}].toelichting", f.toelichting
            yield f"probleemanalyse.{naam}[{n}].code", f.code
    for n, d in enumerate(plan.doelgroepen):
        yield f"doelgroepen[{n}].naam", d.naam
    for n, w in enumerate(plan.wijken):
        yield f"wijken[{n}].code", w.code
        yield f"wijken[{n}].naam", w.naam
        yield f"wijken[{n}].toelichting", w.toelichting
    for n, i in enumerate(plan.interventies):
        yield f"interventies[{n}].naam", i.naam
        yield f"interventies[{n}].omschrijving", i.omschrijving
        for k, code in enumerate(i.factoren):
            yield f"interventies[{n}].factoren[{k}]", code
        for k, code in enumerate(i.wijk_codes):
            yield f"interventies[{n}].wijk_codes[{k}]", code
    for n, p in enumerate(plan.partners):
        yield f"partners[{n}].naam", p.naam
        yield f"partners[{n}].rol", p.rol
    for n, ind in enumerate(plan.indicatoren):
        yield f"indicatoren[{n}].naam", ind.naam
        yield f"indicatoren[{n}].eenheid", ind.eenheid
        yield f"indicatoren[{n}].bron", ind.bron
    for n, r in enumerate(plan.begroting):
        yield f"begroting[{n}].omschrijving", r.omschrijving
        yield f"begroting[{n}].cofinanciering_bron", r.cofinanciering_bron
    # Catalogue labels are data too (editable in the database).
    for naam in (
        "factoren",
        "erkenningsniveaus",
        "pijlers",
        "partnersoorten",
        "categorieen",
        "kostensoorten",
    ):
        for item in getattr(catalogus, naam):
            yield f"catalogus.{naam}.{item.code}", item.label
    for ronde in catalogus.rondes:
        yield f"catalogus.rondes.{ronde.code}", ronde.naam
