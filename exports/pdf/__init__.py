"""The printable A4 summary of a plan (issue 5): ``render_plan_pdf(plan, catalogus) -> bytes``.

Modules: fonts (embedded DejaVu, glyph check), text (escaping, Dutch formats), styles, pages
(templates, header, "Pagina x van y" footer), context, front/sections/interventies/begroting
(the story), charts, renderer (the class that ties them together).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.catalogue import Catalogus
    from domain.importing import Herkomst
    from domain.model import Plan
    from domain.validation import Bevinding

from exports.pdf.fonts import OntbrekendeTekens

__all__ = ["OntbrekendeTekens", "render_plan_pdf"]


def render_plan_pdf(
    plan: Plan,
    catalogus: Catalogus,
    *,
    bevindingen: list[Bevinding] | None = None,
    printed_on: date | None = None,
    strikt: bool = False,
    herkomst: Herkomst | None = None,
) -> bytes:
    """The plan as PDF bytes. ``bevindingen`` default to ``valideer(plan, catalogus)``;
    ``printed_on`` defaults to today. A character no shipped font can draw is printed as its
    code and listed in the check section; with ``strikt=True`` it raises
    :class:`OntbrekendeTekens` (a WijkplanFout with a Dutch message) instead."""
    from exports.pdf.renderer import PlanPdfRenderer

    return PlanPdfRenderer(
        plan,
        catalogus,
        bevindingen=bevindingen,
        printed_on=printed_on,
        strikt=strikt,
        herkomst=herkomst,
    ).render()
