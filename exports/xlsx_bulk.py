"""Import one workbook of a bulk import: whole or not at all, in its own unit of work.

Assessors import the files of every municipality at once (the loop over the files is
:func:`application.importeren.importeer_bestanden`). One bad file must not stop the rest, and
must leave no trace in the database: every file is read and checked completely first, then
stored in one unit of work (:func:`domain.importing.importeer_plan`). In a bulk import that
unit of work is a savepoint in the transaction of a group of files (storage.batch, issue 13).

Memory stays flat with the number of files: a workbook is read, stored and let go before the
next one is opened; only the small result per file is kept (for the list and the report).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from domain.catalogue import Catalogus
from domain.importing import ImportStatus, importeer_plan
from domain.money import format_bedrag
from domain.ports import UnitOfWork
from domain.taal import Tekst, tel
from exports.herkomst import herkomst_van
from exports.xlsx_meldingen import Ernst, Melding, melding, waarschuwing_code
from exports.xlsx_reader import GEWIJZIGD, lees_werkmap

log = logging.getLogger(__name__)

DUBBEL = "dubbel plan"  # how domain.importing starts its duplicate warning
# The flags of a result line in both languages (issue 14): the Dutch ones are the words the
# messages start with, the English ones what --taal en prints.
VLAG_GEWIJZIGD = Tekst(GEWIJZIGD, "changed after export")
VLAG_DUBBEL = Tekst(DUBBEL, "duplicate plan")


class Database(Protocol):
    def unit_of_work(self) -> UnitOfWork: ...

    def catalogus(self) -> Catalogus: ...


@dataclass
class BestandUitkomst:
    pad: Path
    status: ImportStatus
    plan_id: str | None = None
    revisie: int | None = None
    gemeente_code: str = ""
    titel: str = ""
    meldingen: list[Melding] = field(default_factory=list)
    gemeente_naam: str = ""
    totaal_gevraagd: Decimal | None = None  # None: no plan could be read from the file
    plan_status: str = ""

    @property
    def gewijzigd_na_export(self) -> bool:
        return any(m.bericht.startswith(GEWIJZIGD) for m in self.meldingen)

    @property
    def dubbel(self) -> bool:
        return any(m.bericht.startswith(DUBBEL) for m in self.meldingen)

    @property
    def fouten(self) -> int:
        """Refusals of the file plus errors in the plan (each blocks something)."""
        return sum(m.ernst in (Ernst.FOUT, Ernst.PLANFOUT) for m in self.meldingen)

    @property
    def waarschuwingen(self) -> int:
        return sum(m.ernst in (Ernst.WAARSCHUWING, Ernst.PLANWAARSCHUWING) for m in self.meldingen)

    @property
    def indienbaar(self) -> bool:
        """The plan read from the file could be submitted: read, and no error in the plan."""
        return self.totaal_gevraagd is not None and not any(
            m.ernst == Ernst.PLANFOUT for m in self.meldingen
        )

    @property
    def gemeente(self) -> str:
        return self.gemeente_naam or self.gemeente_code

    def regel(self, taal: str = "nl") -> str:
        """One line for the command line: file, result, gemeente, plan, total requested,
        errors, warnings, submittable, the flags, the first refusal. With ``taal="en"`` the
        labels, counts and flags are English, and so is the refusal when it has an English text
        (issue 14); the result code stays as it is."""
        en = taal == "en"
        delen = [self.pad.name, self.status.value]
        if self.gemeente:
            delen.append(self.gemeente)
        if self.plan_id:
            delen.append(f"{self.plan_id} r{self.revisie}")
        if self.totaal_gevraagd is not None:
            gevraagd = "requested" if en else "gevraagd"
            delen.append(f"{gevraagd} {format_bedrag(self.totaal_gevraagd)}")
        if en:
            indienbaar = f"submittable: {'yes' if self.indienbaar else 'no'}"
        else:
            indienbaar = f"indienbaar: {'ja' if self.indienbaar else 'nee'}"
        delen += [
            tel(self.fouten, "fout", taal),
            tel(self.waarschuwingen, "waarschuwing", taal),
            indienbaar,
        ]
        if self.gewijzigd_na_export:
            delen.append(VLAG_GEWIJZIGD.in_taal(taal))
        if self.dubbel:
            delen.append(VLAG_DUBBEL.in_taal(taal))
        fouten = [m for m in self.meldingen if m.ernst == Ernst.FOUT]
        if fouten:
            meer = len(fouten) - 1
            extra = (f" (and {meer} more)" if en else f" (en {meer} meer)") if meer else ""
            delen.append(
                f"{fouten[0].plaats + ': ' if fouten[0].plaats else ''}"
                f"{fouten[0].tekst(taal)}{extra}"
            )
        # One line, tab-separated: no tabs or line breaks inside a field.
        return "\t".join(" ".join(d.split()) for d in delen)


def importeer_bestand(db: Database, pad: Path, catalogus: Catalogus) -> BestandUitkomst:
    gelezen = lees_werkmap(pad, catalogus)
    plan, metadata, meldingen = gelezen.plan, gelezen.metadata, gelezen.meldingen
    if plan is None:
        return BestandUitkomst(pad, ImportStatus.GEWEIGERD, meldingen=meldingen)
    # The bytes that were checked and read (≤ 50 MB), hashed; the content hash computed once.
    herkomst = herkomst_van(
        pad, gelezen.data, plan, metadata.get("content_hash") or None, gelezen.content_hash
    )
    with db.unit_of_work() as uow:
        uitkomst = importeer_plan(uow, plan, herkomst)
    ernst = Ernst.FOUT if uitkomst.status == ImportStatus.GEWEIGERD else Ernst.INFO
    # The outcome's own text in both languages (domain.importing), passed on (issue 14).
    bericht = Tekst(uitkomst.bericht, uitkomst.tekst("en"))
    meldingen.insert(0, melding(ernst, "", "IMPORTUITKOMST", tekst=bericht).met_bestand(pad.name))
    for nl, en in zip(uitkomst.waarschuwingen, uitkomst.waarschuwingen_in("en"), strict=True):
        w = waarschuwing_code("", "IMPORTUITKOMST", tekst=Tekst(nl, en))
        meldingen.insert(1, w.met_bestand(pad.name))
    gemeente = catalogus.gemeente(plan.gemeente_code)
    return BestandUitkomst(
        pad,
        uitkomst.status,
        plan.id,
        plan.revisie,
        plan.gemeente_code,
        plan.titel,
        meldingen,
        gemeente.naam if gemeente else "",
        sum((r.bedrag for r in plan.begroting), Decimal("0.00")),
        plan.status.value,
    )
