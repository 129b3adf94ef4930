"""Errors a user can act on, each with a Dutch message that says what is wrong.

The GUI shows ``str(fout)`` in a dialog and the command line prints it on stderr; neither
ever shows a traceback for a :class:`WijkplanFout`. Most also carry the message in English
(``engels=``); :meth:`WijkplanFout.tekst` gives it in the user's language, Dutch where no
English was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from domain.taal import Tekst


class WijkplanFout(Exception):
    """Base class: the message is Dutch and meant for the coordinator or assessor."""

    def __init__(self, bericht: str, *, engels: str | None = None) -> None:
        super().__init__(bericht)
        self.bericht = bericht
        self.engels = engels

    def __str__(self) -> str:
        return self.bericht

    def tekst(self, taal: str = "nl") -> str:
        """The message in ``taal`` ("nl" or "en"); Dutch when there is no English text."""
        return self.engels if taal == "en" and self.engels else str(self)


class PlanNietGevonden(WijkplanFout):
    def __init__(
        self, plan_id: str, bericht: str | None = None, *, engels: str | None = None
    ) -> None:
        super().__init__(
            bericht or f"Plan '{plan_id}' bestaat niet.",
            engels=engels or (None if bericht else f"Plan '{plan_id}' does not exist."),
        )
        self.plan_id = plan_id


class PlanBevroren(WijkplanFout):
    """The plan (or this revision of it) is submitted and therefore read-only."""

    def __init__(
        self, plan_id: str, bericht: str | None = None, *, engels: str | None = None
    ) -> None:
        super().__init__(
            bericht
            or f"Plan '{plan_id}' is ingediend en kan niet meer worden gewijzigd; "
            "begin een nieuwe revisie om verder te werken.",
            engels=engels
            or (
                None
                if bericht
                else f"Plan '{plan_id}' has been submitted and can no longer be changed; "
                "start a new revision to continue."
            ),
        )
        self.plan_id = plan_id


class NietIndienbaar(WijkplanFout):
    """Submitting was refused: ``bevindingen`` holds every finding, ``fout`` ones first."""

    def __init__(self, bevindingen: Sequence[Any]) -> None:
        self.bevindingen = list(bevindingen)
        fouten = [b for b in self.bevindingen if str(getattr(b, "ernst", "")) == "fout"]
        n = len(fouten)
        super().__init__(
            f"Het plan kan niet worden ingediend: {n} {'fout moet' if n == 1 else 'fouten moeten'}"
            " eerst worden opgelost.",
            engels=f"The plan cannot be submitted: {n} {'error has' if n == 1 else 'errors have'}"
            " to be fixed first.",
        )


class OngeldigeInvoer(WijkplanFout):
    """Input that cannot be used as given (an unknown code, an ambiguous id, a bad file …)."""


def _wanneer(op: datetime | None) -> str:
    """'02-12-2026 om 21:03' (dd-mm-jjjj) in local time (the coordinator's clock), or ''."""
    if op is None:
        return ""
    if op.tzinfo is not None:
        op = op.astimezone()
    return f"{op:%d-%m-%Y} om {op:%H:%M}"


class PlanGewijzigd(WijkplanFout):
    """A save was refused: it was based on ``basis``, but ``versie`` is stored now.

    Someone else (another window, another app, a colleague on the shared database) saved the
    plan after this copy was loaded. Nothing was written and nothing is merged: the caller shows
    who and when (``door``, ``op``), offers to reload the plan (``uow.plans.get``) and keeps the
    user's unsaved edits visible so they can be applied again.
    """

    def __init__(
        self,
        plan_id: str,
        *,
        titel: str,
        basis: int,
        versie: int,
        door: str | None,
        op: datetime | None,
    ) -> None:
        self.plan_id = plan_id
        self.titel = titel
        self.basis = basis
        self.versie = versie
        self.door = door or "onbekend"
        self.op = op
        wanneer = f" op {_wanneer(op)}" if op is not None else ""
        when = f" on {_wanneer(op).replace(' om ', ' at ')}" if op is not None else ""
        door_en = door or "unknown"
        super().__init__(
            f"Plan '{titel or plan_id}' is intussen gewijzigd door {self.door}{wanneer} "
            f"(versie {versie}; deze wijzigingen gingen uit van versie {basis}). Uw wijzigingen "
            "zijn niet opgeslagen en niet samengevoegd: laad het plan opnieuw en breng ze "
            "opnieuw aan.",
            engels=f"Plan '{titel or plan_id}' has meanwhile been changed by {door_en}{when} "
            f"(version {versie}; these changes were based on version {basis}). Your changes "
            "have not been saved and not merged: load the plan again and make them again.",
        )


class OpslagFout(WijkplanFout):
    """The database could not store or read something: a full disk, no write permission,
    a file in use by another Wijkplan, a file that is not a database (``soort`` says which).

    Nothing was half written: the unit of work rolled back.
    """

    VOL = "vol"
    ALLEEN_LEZEN = "alleen_lezen"
    BEZET = "bezet"
    GEEN_DATABASE = "geen_database"
    MAP_ONTBREEKT = "map_ontbreekt"
    ONBEREIKBAAR = "onbereikbaar"
    ANDERS = "anders"

    def __init__(self, bericht: str, soort: str = ANDERS, *, engels: str | None = None) -> None:
        super().__init__(bericht, engels=engels)
        self.soort = soort


class GelijktijdigGewijzigd(WijkplanFout):
    """Issue 12: saving an assessment, note, decision or allocation was refused because a
    colleague (or another window) stored it after this copy was read.

    ``wat`` names the record in both languages (a :class:`domain.taal.Tekst`: "de beoordeling
    van Jan (plan X, revisie 2)" / "the assessment by Jan (plan X, revision 2)"),
    ``door`` and ``op`` who stored it and when, ``versie`` the stored version and ``basis``
    the version this copy was read at (None: this copy was new). Nothing was written: reload
    (the use case that read it) and apply the change again.
    """

    def __init__(
        self,
        wat: Tekst,
        *,
        basis: int | None,
        versie: int,
        door: str | None,
        op: datetime | None,
    ) -> None:
        self.wat = wat
        self.basis = basis
        self.versie = versie
        self.door = door or "onbekend"
        self.op = op
        wanneer = f" op {_wanneer(op)}" if op is not None else ""
        uitgang = (
            f"uw wijziging ging uit van versie {basis}"
            if basis is not None
            else "u ging uit van een nieuwe"
        )
        when = ""
        if op is not None:
            lokaal = op.astimezone() if op.tzinfo is not None else op
            when = f" on {lokaal:%d-%m-%Y} at {lokaal:%H:%M}"
        basis_en = (
            f"your change started from version {basis}" if basis is not None else "yours was new"
        )
        super().__init__(
            f"{wat.nl[:1].upper()}{wat.nl[1:]} is intussen gewijzigd door {self.door}{wanneer} "
            f"(versie {versie}; {uitgang}). Uw wijziging is niet opgeslagen en niet "
            "samengevoegd: laad opnieuw en breng haar opnieuw aan.",
            engels=f"{wat.en[:1].upper()}{wat.en[1:]} was changed meanwhile by "
            f"{door or 'unknown'}{when} (version {versie}; {basis_en}). Your change was not "
            "saved and not merged: reload and apply it again.",
        )


class _InBeideTalen(Protocol):
    def tekst(self, taal: str) -> str: ...


class PlafondOverschreden(WijkplanFout):
    """An allocation would exceed a ceiling of the round; ``overschrijdingen`` lists each
    (domain.toewijzing.Overschrijding). Saving again with explicit confirmation stores it."""

    def __init__(self, overschrijdingen: Sequence[_InBeideTalen]) -> None:
        self.overschrijdingen = list(overschrijdingen)
        regels = "; ".join(o.tekst("nl") for o in self.overschrijdingen)
        regels_en = "; ".join(o.tekst("en") for o in self.overschrijdingen)
        super().__init__(
            f"Deze toewijzing overschrijdt een plafond van de ronde: {regels}. Bevestig de "
            "overschrijding uitdrukkelijk om haar toch op te slaan.",
            engels=f"This allocation exceeds a ceiling of the round: {regels_en}. Confirm the "
            "excess explicitly to save it anyway.",
        )
