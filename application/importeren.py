"""Importing plan files (JSON and Excel): one file, or many with a result per file.

Each file is read and checked completely before anything is stored, and then stored in its own
unit of work by the revision rule of :func:`domain.importing.importeer_plan`: one bad file never
stops the rest and leaves no trace. Only the small result per file is kept in memory. Many
files are stored in groups, a transaction per group and a savepoint per file (issue 13).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from application.bestanden import lees, reden, schrijf_atomair
from application.zonder_gc import ruim_op, zonder_gc
from domain.catalogue import Catalogus
from domain.errors import OngeldigeInvoer, OpslagFout
from domain.importing import ImportStatus, ImportUitkomst, importeer_plan
from domain.model import Plan
from domain.taal import Tekst

if TYPE_CHECKING:
    from application.ports import Batch, Database
    from exports.xlsx_bulk import BestandUitkomst

log = logging.getLogger(__name__)

Voortgang = Callable[[int, int, Path], None]


class ImportGeweigerd(OngeldigeInvoer):
    """The file was read but the revision rule refused it; ``uitkomst`` says why."""

    def __init__(self, pad: Path, uitkomst: ImportUitkomst) -> None:
        super().__init__(f"{pad}: {uitkomst.bericht}", engels=f"{pad}: {uitkomst.tekst('en')}")
        self.pad = pad
        self.uitkomst = uitkomst


def lees_json(pad: str | os.PathLike[str], catalogus: Catalogus) -> Plan:
    """The plan in a JSON exchange file; ``ImportFout`` names the key path that is wrong."""
    from exports.json_exchange import import_json

    return import_json(lees(pad), catalogus)


def importeer_json(db: Database, pad: str | os.PathLike[str]) -> ImportUitkomst:
    """Import one JSON file; a refusal by the revision rule is :class:`ImportGeweigerd`."""
    return importeer_json_plan(db, pad)[0]


def importeer_json_plan(db: Database, pad: str | os.PathLike[str]) -> tuple[ImportUitkomst, Plan]:
    """Import one JSON file and keep where it came from (file name, SHA-256, content hash;
    issue 10); returns the outcome and the plan as read."""
    from exports.herkomst import herkomst_van
    from exports.json_exchange import import_json

    data = lees(pad)
    plan = import_json(data, db.catalogus())  # ImportFout names the key path
    with db.unit_of_work() as uow:
        # commits when it changed something
        uitkomst = importeer_plan(uow, plan, herkomst_van(Path(pad), data, plan, None))
    if uitkomst.status == ImportStatus.GEWEIGERD:
        raise ImportGeweigerd(Path(pad), uitkomst)
    return uitkomst, plan


def verzamel(
    paden: Iterable[str | os.PathLike[str]], soorten: Sequence[str] = ("xlsx",)
) -> list[Path]:
    """Files as given; a folder gives its files of these kinds (sorted, without the lock and
    hidden files Office and editors leave: ``~$…``, ``.…``)."""
    achtervoegsels = {f".{s.lstrip('.').lower()}" for s in soorten}
    uit: list[Path] = []
    for p in map(Path, paden):
        if p.is_dir():
            uit.extend(
                sorted(
                    f
                    for f in p.iterdir()
                    if f.suffix.lower() in achtervoegsels and not f.name.startswith(("~$", "."))
                )
            )
        else:
            uit.append(p)
    return uit


def _json_bestand(db: Database | Batch, pad: Path, catalogus: Catalogus) -> BestandUitkomst:
    """Raises OSError when the file cannot be read (reported like a workbook that cannot)."""
    from domain.validation import valideer
    from exports.errors import ImportFout
    from exports.herkomst import herkomst_van
    from exports.json_exchange import import_json
    from exports.xlsx_bulk import BestandUitkomst
    from exports.xlsx_meldingen import Ernst, fout_code, melding, waarschuwing_code

    data = pad.read_bytes()
    try:
        plan = import_json(data, catalogus)
    except ImportFout as exc:  # names the key path: the "place" of the message
        reden = Tekst(exc.bericht, exc.engels_bericht or exc.bericht)
        geweigerd = fout_code(exc.pad, "JSON_GEWEIGERD", reden=reden).met_bestand(pad.name)
        return BestandUitkomst(pad, ImportStatus.GEWEIGERD, meldingen=[geweigerd])
    with db.unit_of_work() as uow:
        # commits when it changed something; where the revision came from is kept, as for a
        # single JSON import and a workbook (issue 10)
        uitkomst = importeer_plan(uow, plan, herkomst_van(pad, data, plan, None))
    ernst = Ernst.FOUT if uitkomst.status == ImportStatus.GEWEIGERD else Ernst.INFO
    # The outcome's text and warnings in both languages, as a workbook's (issue 14).
    bericht = Tekst(uitkomst.bericht, uitkomst.tekst("en"))
    meldingen = [melding(ernst, "", "IMPORTUITKOMST", tekst=bericht).met_bestand(pad.name)]
    for nl, en in zip(uitkomst.waarschuwingen, uitkomst.waarschuwingen_in("en"), strict=True):
        w = waarschuwing_code("", "IMPORTUITKOMST", tekst=Tekst(nl, en))
        meldingen.append(w.met_bestand(pad.name))
    # The plan's own findings, for the record, as a workbook's (they decide "indienbaar"); the
    # place is the key path, the JSON file's own way of naming a field.
    for b in valideer(plan, catalogus):
        soort = Ernst.PLANFOUT if str(b.ernst) == "fout" else Ernst.PLANWAARSCHUWING
        tekst = Tekst(b.tekst("nl"), b.tekst("en"))
        meldingen.append(
            melding(soort, b.pad, "PLANBEVINDING", bericht=tekst, bevinding=b.code).met_bestand(
                pad.name
            )
        )
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


def importeer_bestand(db: Database | Batch, pad: Path, catalogus: Catalogus) -> BestandUitkomst:
    """One file's result; a file that cannot be read or used is a refusal, never an error.
    In a :class:`Batch` the file is stored on a savepoint of the batch's transaction."""
    from exports.bestandsreden import reason
    from exports.xlsx_bulk import BestandUitkomst
    from exports.xlsx_meldingen import fout_code

    try:
        if pad.suffix.lower() == ".json":
            return _json_bestand(db, pad, catalogus)
        from exports.xlsx_bulk import importeer_bestand as importeer_werkmap

        return importeer_werkmap(db, pad, catalogus)
    except OSError as exc:  # the file vanished or the disk failed between listing and reading
        waarom = Tekst(reden(exc), reason(exc))
        melding = fout_code("", "ONLEESBAAR", reden=waarom).met_bestand(pad.name)
        return BestandUitkomst(pad, ImportStatus.GEWEIGERD, meldingen=[melding])
    except OpslagFout as exc:  # the database refused this file (full disk, read-only, busy)
        log.info("%s: niet opgeslagen: %s", pad.name, exc)
        fout = Tekst(str(exc), exc.tekst("en"))
        melding = fout_code("", "NIET_OPGESLAGEN", fout=fout).met_bestand(pad.name)
        return BestandUitkomst(pad, ImportStatus.GEWEIGERD, meldingen=[melding])


def importeer_bestanden(
    db: Database,
    paden: Iterable[str | os.PathLike[str]],
    *,
    soorten: Sequence[str] = ("xlsx",),
    voortgang: Voortgang | None = None,
    gestopt: Callable[[], bool] | None = None,
) -> list[BestandUitkomst]:
    """A result per file, in file order; ``.json`` files are read as JSON, the rest as Excel.

    A folder contributes its files of ``soorten``; when there is no file at all this is an
    ``OngeldigeInvoer``. ``gestopt`` is asked between files (Cancel in the dialog);
    ``voortgang(n, totaal, pad)`` is called before each file and once at the end.
    """
    lijst = [str(p) for p in paden]
    bestanden = verzamel(lijst, soorten)
    if not bestanden:
        namen = "/".join(f".{s.lstrip('.')}" for s in soorten)
        raise OngeldigeInvoer(
            f"Geen {namen}-bestanden gevonden in " + ", ".join(lijst) + ".",
            engels=f"No {namen} files found in " + ", ".join(lijst) + ".",
        )
    groep = _Groep(db, db.catalogus())
    # Issue 13: no automatic cycle collection while the files are read and stored (its full
    # collections scan the whole process); the few cycles a file leaves are collected every
    # OPRUIMEN_PER files, which keeps memory flat (application.zonder_gc).
    with zonder_gc():
        try:
            for n, pad in enumerate(bestanden):
                if gestopt is not None and gestopt():
                    log.info("import gestopt na %d van %d bestanden", n, len(bestanden))
                    break
                if voortgang is not None:
                    voortgang(n, len(bestanden), pad)
                groep.importeer(pad)
                if (n + 1) % OPRUIMEN_PER == 0:
                    ruim_op()
            groep.commit()
        finally:
            groep.rollback()  # after commit() nothing is left; after an error: nothing half
    if voortgang is not None:
        voortgang(len(groep.uitkomsten), len(bestanden), Path())
    return groep.uitkomsten


# Issue 13: files are stored in groups, one transaction per group, each file on a savepoint
# (storage.batch): one commit per file was the largest cost of storing it. A group is kept
# short, because on SQLite it holds the write lock from its first file to its commit: another
# Wijkplan that saves meanwhile waits (its busy timeout is seconds, this is a fraction of one).
GROEP_BESTANDEN = 50
GROEP_SECONDEN = 0.25
OPRUIMEN_PER = 50  # files between two collections of their cycles (application.zonder_gc)


class _Groep:
    """The files of one bulk import, stored in groups; a result per file, in file order.

    A result counts once its group is committed. When the database fails inside a group or
    at its commit (a full disk, a read-only file, a lock held too long), nothing of the group
    is stored; its files are then stored again one by one, each in its own transaction as a
    single file is, so that each gets its own verdict, and so are all files after them.
    """

    def __init__(self, db: Database, catalogus: Catalogus) -> None:
        self._db = db
        self._catalogus = catalogus
        self.uitkomsten: list[BestandUitkomst] = []
        self._batch: Batch | None = None
        self._in_groep: list[int] = []  # places in ``uitkomsten`` of the open group's files
        self._sinds = 0.0
        self._per_bestand = False

    def importeer(self, pad: Path) -> None:
        if self._per_bestand:
            self.uitkomsten.append(importeer_bestand(self._db, pad, self._catalogus))
            return
        if self._batch is None:
            self._batch = self._db.batch()
            self._sinds = time.monotonic()
        self._in_groep.append(len(self.uitkomsten))
        self.uitkomsten.append(importeer_bestand(self._batch, pad, self._catalogus))
        if self._batch.gebroken:
            self._opnieuw_per_bestand()
        elif (
            len(self._in_groep) >= GROEP_BESTANDEN
            or time.monotonic() - self._sinds >= GROEP_SECONDEN
        ):
            self.commit()

    def commit(self) -> None:
        batch = self._batch
        if batch is None:
            return
        try:
            batch.commit()
        except OpslagFout as exc:
            log.warning("groep van %d bestanden niet opgeslagen: %s", len(self._in_groep), exc)
            self._opnieuw_per_bestand()
            return
        self._batch = None
        self._in_groep.clear()

    def rollback(self) -> None:
        """Forget an open group (an error left the loop): none of its files is stored."""
        if self._batch is not None:
            self._batch.rollback()
            self._batch = None
        self._in_groep.clear()

    def _opnieuw_per_bestand(self) -> None:
        assert self._batch is not None
        log.info("de %d bestanden van de groep worden elk apart opgeslagen", len(self._in_groep))
        self._batch.rollback()
        self._batch = None
        self._per_bestand = True
        for plaats in self._in_groep:
            pad = self.uitkomsten[plaats].pad
            self.uitkomsten[plaats] = importeer_bestand(self._db, pad, self._catalogus)
        self._in_groep.clear()


def schrijf_rapport(uitkomsten: Iterable[BestandUitkomst], pad: str | os.PathLike[str]) -> Path:
    """The import report as a workbook (one row per file, one per message)."""
    from exports.xlsx_report import render_rapport

    return schrijf_atomair(pad, render_rapport(uitkomsten))
