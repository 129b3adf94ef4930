"""Reference data as a file (issue 11): export it, read a new one as a preview, apply it.

``exporteer_referentie`` writes what the database holds. ``lees_referentie`` reads a file
(schema-checked, Dutch messages with the key path) and compares it with the database: the
:class:`Referentievoorbeeld` lists every change and every refusal (a change that would orphan a
plan), and changes nothing. ``pas_referentie_toe`` applies a preview in one unit of work: it
checks again against the database as it is then (a colleague may have changed the reference
data or added a plan meanwhile) and refuses, leaving everything as it was, when the preview is
stale or a plan would be orphaned. The command line (``reference-export``,
``reference-import``) and the app (Bestand → Referentiegegevens bijwerken…) call these.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from application.bestanden import lees, schrijf_atomair
from domain.catalogue import Catalogus
from domain.errors import OngeldigeInvoer
from domain.referentie import Wijziging, verschillen, weigeringen_tekst
from domain.taal import Tekst

if TYPE_CHECKING:
    from application.ports import Database

log = logging.getLogger(__name__)


class ReferentieGeweigerd(OngeldigeInvoer):
    """The new reference data would orphan plans (``redenen`` names them) or is stale."""

    def __init__(self, redenen: list[Tekst]) -> None:
        super().__init__(
            "De referentiegegevens zijn niet bijgewerkt; er is niets gewijzigd.\n"
            + "\n".join(f"- {r.nl}" for r in redenen),
            engels="The reference data has not been updated; nothing has been changed.\n"
            + "\n".join(f"- {r.en}" for r in redenen),
        )
        self.redenen = [r.nl for r in redenen]


@dataclass(frozen=True)
class Referentievoorbeeld:
    """What applying ``bestand`` would change (``wijzigingen``) or why it may not
    (``weigeringen``); ``oud`` is the database's data the comparison was made with."""

    bestand: Path
    oud: Catalogus
    nieuw: Catalogus
    wijzigingen: tuple[Wijziging, ...]
    weigeringen: tuple[str, ...]  # Dutch
    weigeringen_en: tuple[str, ...] = ()  # the same in English

    def weigeringen_in(self, taal: str = "nl") -> tuple[str, ...]:
        if taal == "en" and len(self.weigeringen_en) == len(self.weigeringen):
            return self.weigeringen_en
        return self.weigeringen

    @property
    def ongewijzigd(self) -> bool:
        return not self.wijzigingen

    @property
    def toepasbaar(self) -> bool:
        return bool(self.wijzigingen) and not self.weigeringen

    def samenvatting(self, taal: str = "nl") -> str:
        """``2 wijzigingen: 1 toegevoegd, 1 gewijzigd, 0 verwijderd`` (or in English)."""
        from domain.taal import tel
        from domain.tekst import aantal

        n = {
            s: sum(w.soort == s for w in self.wijzigingen)
            for s in ("toegevoegd", "gewijzigd", "verwijderd")
        }
        if taal == "en":
            if not self.wijzigingen:
                return (
                    "No changes: the reference data in the file equals the data in the "
                    "database."
                )
            return (
                f"{tel(len(self.wijzigingen), 'wijziging', 'en')}: {n['toegevoegd']} added, "
                f"{n['gewijzigd']} changed, {n['verwijderd']} removed."
            )
        if not self.wijzigingen:
            return (
                "Geen wijzigingen: de referentiegegevens in het bestand zijn gelijk aan die in "
                "de database."
            )
        return (
            f"{aantal(len(self.wijzigingen), 'wijziging', 'wijzigingen')}: "
            f"{n['toegevoegd']} toegevoegd, {n['gewijzigd']} gewijzigd, "
            f"{n['verwijderd']} verwijderd."
        )


def exporteer_referentie(db: Database, pad: str | os.PathLike[str]) -> Path:
    """Write the reference data as stored now to ``pad`` (atomically)."""
    from exports.referentie_json import exporteer_referentie as maak

    with db.unit_of_work() as uow:
        catalogus = uow.referentie.lees()
    doel = schrijf_atomair(pad, maak(catalogus))
    log.info("referentiegegevens geschreven: %s", doel)
    return doel


def lees_referentie(db: Database, pad: str | os.PathLike[str]) -> Referentievoorbeeld:
    """Read and check ``pad`` and compare it with the database; changes nothing.
    A file that is refused raises ``ImportFout`` naming the key path."""
    from exports.referentie_json import lees_referentie as lees_bestand

    nieuw = lees_bestand(lees(pad))
    with db.unit_of_work() as uow:
        oud = uow.referentie.lees()
        gebruik = uow.referentie.gebruik()
    geweigerd = weigeringen_tekst(oud, nieuw, gebruik, db.catalogus())
    return Referentievoorbeeld(
        bestand=Path(pad),
        oud=oud,
        nieuw=nieuw,
        wijzigingen=tuple(verschillen(oud, nieuw)),
        weigeringen=tuple(t.nl for t in geweigerd),
        weigeringen_en=tuple(t.en for t in geweigerd),
    )


def pas_referentie_toe(db: Database, voorbeeld: Referentievoorbeeld) -> int:
    """Apply a preview in one unit of work; returns the number of changes applied.
    Refused (``ReferentieGeweigerd``, database unchanged) when a plan would be orphaned or
    the database's reference data is no longer what the preview was made from."""
    if voorbeeld.weigeringen:
        en = voorbeeld.weigeringen_in("en")
        raise ReferentieGeweigerd([Tekst(*t) for t in zip(voorbeeld.weigeringen, en, strict=True)])
    if not voorbeeld.wijzigingen:
        return 0
    labels = db.catalogus()  # English labels for a refusal; read before the lock is taken
    with db.unit_of_work() as uow:
        uow.referentie.vergrendel()  # no plan added between the check and the write
        if uow.referentie.lees() != voorbeeld.oud:
            raise ReferentieGeweigerd(
                [
                    Tekst(
                        "De referentiegegevens in de database zijn gewijzigd sinds dit overzicht "
                        "is gemaakt; lees het bestand opnieuw in en bekijk de wijzigingen nog "
                        "eens.",
                        "The reference data in the database has changed since this overview was "
                        "made; read the file again and review the changes once more.",
                    )
                ]
            )
        redenen = weigeringen_tekst(
            voorbeeld.oud, voorbeeld.nieuw, uow.referentie.gebruik(), labels
        )
        if redenen:  # a plan added since the preview
            raise ReferentieGeweigerd(redenen)
        uow.referentie.vervang(voorbeeld.nieuw)
        uow.commit()
    db.vergeet_catalogus()
    log.info(
        "referentiegegevens bijgewerkt uit %s: %d wijzigingen",
        voorbeeld.bestand,
        len(voorbeeld.wijzigingen),
    )
    return len(voorbeeld.wijzigingen)
