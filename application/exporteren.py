"""Exporting a plan as JSON, Excel or PDF: render in memory, then replace the file in one step.

The one export flow of the command line (``export-json``, ``export-xlsx``, ``export-pdf``) and
the desktop app (Export → Excel / PDF). A refusal of the renderer (text a workbook cannot hold,
a character no font can draw with ``strikt``) and a failed write are both a ``WijkplanFout``
with a Dutch message; the previous file, if any, is then untouched.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from application.bestanden import schrijf_atomair
from application.plannen import open_plan
from domain.catalogue import Catalogus
from domain.errors import OngeldigeInvoer
from domain.importing import Herkomst
from domain.model import Plan

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)

Soort = Literal["json", "xlsx", "pdf"]
SOORTEN: tuple[Soort, ...] = ("json", "xlsx", "pdf")


def standaard_naam(plan: Plan, catalogus: Catalogus, soort: Soort) -> str:
    """``Wijkplan_GM0363_Amsterdam_2023-2026_r2.xlsx`` (see :mod:`exports.naming`)."""
    from exports.naming import default_filename

    return default_filename(plan, catalogus, soort)


def maak(plan: Plan, catalogus: Catalogus, soort: Soort, herkomst: Herkomst | None = None) -> bytes:
    """The file's bytes; a plan the format cannot hold is a ``WijkplanFout``. ``herkomst``:
    where the stored revision came from (an imported file), shown in the workbook and PDF."""
    if soort == "json":
        from exports.json_exchange import export_json

        return export_json(plan)
    if soort == "xlsx":
        from exports.xlsx_writer import ExportFout, render_workbook

        try:
            return render_workbook(plan, catalogus, herkomst=herkomst)
        except ExportFout as exc:  # a ValueError in exports/, its message in both languages
            raise OngeldigeInvoer(str(exc), engels=exc.tekst("en")) from exc
    if soort == "pdf":
        from exports.pdf import render_plan_pdf

        return render_plan_pdf(plan, catalogus, herkomst=herkomst)
    raise OngeldigeInvoer(
        f"Onbekend exportformaat '{soort}' (kies uit {', '.join(SOORTEN)}).",
        engels=f"Unknown export format '{soort}' (choose from {', '.join(SOORTEN)}).",
    )


def exporteer_plan(
    plan: Plan,
    catalogus: Catalogus,
    soort: Soort,
    pad: str | os.PathLike[str],
    herkomst: Herkomst | None = None,
) -> Path:
    """Render ``plan`` (as it is in memory) and write it to ``pad`` atomically."""
    data = maak(plan, catalogus, soort, herkomst)
    doel = schrijf_atomair(pad, data)
    log.info("%s geschreven: %s (%d bytes)", soort, doel, len(data))
    return doel


def exporteer(
    db: Database,
    plan: str,
    soort: Soort,
    pad: str | os.PathLike[str] | None = None,
    *,
    als_prefix: bool = False,
) -> Path:
    """Export the stored plan; without ``pad`` to its default name in the current folder."""
    opgeslagen = open_plan(db, plan, als_prefix=als_prefix)
    catalogus = db.catalogus()
    doel = Path(pad) if pad else Path(standaard_naam(opgeslagen, catalogus, soort))
    return exporteer_plan(opgeslagen, catalogus, soort, doel, herkomst_van(db, opgeslagen))


def herkomst_van(db: Database, plan: Plan) -> Herkomst | None:
    """Where the stored revision of ``plan`` came from (None: typed in Wijkplan)."""
    with db.unit_of_work() as uow:
        return uow.herkomst.laatste(plan.id, plan.revisie)
