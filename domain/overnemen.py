"""Carry a plan into another round ("Overnemen in ronde…", issue 11): the pure mapping.

The copy is a new draft (revision 1, new ids throughout) of the same municipality in the new
round. Its years move by the same number of years, so that its first year is the new round's
first cost year: plan years, intervention years, indicator targets and budget lines alike;
the span is cut to what the new round allows. Where the new round closes the list of budget
categories (2024: probleemanalyse, programmaondersteuning/-coördinatie, implementatie van
kansrijke en bewezen effectieve interventies), a line in a category outside the list moves to
the one it belongs to (a line of an intervention to 'interventie', a programme-wide line to
'programmaondersteuning').

Nothing is changed silently: every budget line that no longer fits (a year beyond the new
plan, a category moved or outside the list, an intervention line for an intervention that is
not recognised where the round pays only recognised ones) gets a note in front of its
description, ``[Controleren na overnemen uit ronde 2022: …] Inhuur straatcoaches``. The
check reports every such line as ``OVERGENOMEN_CONTROLEREN`` (a ``fout``: the plan cannot be
submitted until the coordinator has looked at the line and removed the note), so the lines are
in the editor's Controle list. The old plan is only read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from domain.bevinding import Bevinding, fout
from domain.catalogue import Catalogus
from domain.errors import OngeldigeInvoer
from domain.model import Begrotingsregel, Categorie, Plan, Ronde, Status
from domain.taal import Tekst

MARKERING = "[Controleren na overnemen"
_NOTITIE = re.compile(r"^\[Controleren na overnemen uit ronde ([^:\]]*): ([^\]]*)\]\s*")


@dataclass(frozen=True)
class Markering:
    """Budget line ``index`` (0-based) of the new plan needs the coordinator: ``redenen``."""

    index: int
    jaar: int
    redenen: tuple[str, ...]  # Dutch: the note written into the line says these
    redenen_en: tuple[str, ...] = ()  # the same in English, for --taal en and the English app

    def redenen_in(self, taal: str = "nl") -> tuple[str, ...]:
        if taal == "en" and len(self.redenen_en) == len(self.redenen):
            return self.redenen_en
        return self.redenen


@dataclass(frozen=True)
class Overname:
    plan: Plan  # the new draft, not yet stored
    van_ronde: str
    naar_ronde: str
    verschuiving: int  # years added to every year of the old plan
    markeringen: tuple[Markering, ...]

    def meldingen(self, taal: str = "nl") -> list[str]:
        """Dutch lines for the command line and the app: what moved, what to check. With
        ``taal="en"`` in English; the reasons stay Dutch (they are the notes written into the
        plan's budget lines)."""
        p = self.plan
        if taal == "en":
            return self._meldingen_en()
        uit = [
            f"Plan overgenomen in ronde {self.naar_ronde} als nieuw concept "
            f"'{p.titel}' ({p.jaar_van}–{p.jaar_tot_en_met}); jaren {self.verschuiving:+d}."
        ]
        if self.markeringen:
            n = len(self.markeringen)
            uit.append(
                f"{n} begrotingsregel{'' if n == 1 else 's'} gemarkeerd om te controleren "
                "(OVERGENOMEN_CONTROLEREN in Controle en indienen):"
            )
            uit += [
                f"  regel {m.index + 1} ({m.jaar}): {'; '.join(m.redenen)}"
                for m in self.markeringen
            ]
        return uit

    def _meldingen_en(self) -> list[str]:
        p = self.plan
        uit = [
            f"Plan carried over into round {self.naar_ronde} as a new draft "
            f"'{p.titel}' ({p.jaar_van}–{p.jaar_tot_en_met}); years {self.verschuiving:+d}."
        ]
        if self.markeringen:
            n = len(self.markeringen)
            uit.append(
                f"{n} budget line{'' if n == 1 else 's'} marked for checking "
                "(OVERGENOMEN_CONTROLEREN in Check and submit):"
            )
            uit += [
                f"  line {m.index + 1} ({m.jaar}): {'; '.join(m.redenen_in('en'))}"
                for m in self.markeringen
            ]
        return uit


def kies_ronde(bron: Plan, ronde_code: str, catalogus: Catalogus) -> Ronde:
    """The round to carry ``bron`` into; refused in Dutch when the municipality does not take
    part in it, it is unknown, or it is the plan's own round."""
    ronde = catalogus.ronde(ronde_code)
    eigen = [r.code for r in catalogus.rondes_van(bron.gemeente_code) if r.code != bron.ronde_code]
    keuze = ", ".join(eigen) or "geen andere ronde"
    gemeente = catalogus.gemeente(bron.gemeente_code)
    naam = f"{gemeente.naam} ({gemeente.code})" if gemeente else bron.gemeente_code or "?"
    if ronde is None:
        raise OngeldigeInvoer(
            f"Onbekende ronde '{ronde_code}'; rondes van {naam}: {keuze}.",
            engels=f"Unknown round '{ronde_code}'; rounds of {naam}: {keuze}.",
        )
    if ronde.code == bron.ronde_code:
        raise OngeldigeInvoer(
            f"Het plan hoort al bij ronde {ronde.code}; kies een andere ronde ({keuze}) of "
            "gebruik Dupliceren.",
            engels=f"The plan already belongs to round {ronde.code}; choose another round "
            f"({keuze}) or use Duplicate.",
        )
    if not ronde.neemt_deel(bron.gemeente_code):
        raise OngeldigeInvoer(
            f"Gemeente {naam} neemt niet deel aan {ronde.naam} (ronde {ronde.code}); het plan "
            f"kan alleen worden overgenomen in een ronde van deze gemeente: {keuze}.",
            engels=f"Municipality {naam} does not take part in {ronde.naam} (round "
            f"{ronde.code}); the plan can only be carried into a round of this municipality: "
            f"{keuze}.",
        )
    return ronde


def overnemen(bron: Plan, ronde: Ronde, catalogus: Catalogus, titel: str | None = None) -> Overname:
    """A new draft of ``bron`` in ``ronde`` (checked with :func:`kies_ronde`); ``bron`` is
    not changed."""
    from domain.services import _met_nieuwe_ids

    plan = _met_nieuwe_ids(bron)
    plan.status = Status.CONCEPT
    plan.revisie = 1
    plan.versie = None
    plan.ronde_code = ronde.code
    schuif = ronde.eerste_jaar - bron.jaar_van
    span = max(bron.jaar_tot_en_met - bron.jaar_van + 1, 1)
    plan.jaar_van = ronde.eerste_jaar
    plan.jaar_tot_en_met = min(
        plan.jaar_van + span - 1, plan.jaar_van + ronde.max_jaren - 1, ronde.laatste_jaar
    )
    plan.titel = (titel or "").strip() or _titel(bron, plan, ronde)
    for iv in plan.interventies:
        iv.jaar_van = None if iv.jaar_van is None else iv.jaar_van + schuif
        iv.jaar_tot_en_met = None if iv.jaar_tot_en_met is None else iv.jaar_tot_en_met + schuif
    for ind in plan.indicatoren:
        ind.streefwaarden = {jaar + schuif: w for jaar, w in ind.streefwaarden.items()}
    # The yearly application belongs to the old round's grant: the new round's year is chosen
    # anew (the check asks for it where the round grants per year) and the old round's grants
    # are no earlier grants of this one. The texts stay, for the coordinator to rework.
    plan.aanvraagjaar = None
    plan.eerder_toegekend = {}
    markeringen = []
    for i, regel in enumerate(plan.begroting):
        regel.jaar += schuif
        redenen = list(_past_niet(plan, regel, ronde, catalogus))
        if redenen:
            # No "]" inside the note: it ends the note.
            tekst = "; ".join(r.nl.replace("]", ")") for r in redenen)
            notitie = f"{MARKERING} uit ronde {bron.ronde_code or '?'}: {tekst}]"
            regel.omschrijving = f"{notitie} {regel.omschrijving}".strip()
            markeringen.append(
                Markering(
                    i, regel.jaar, tuple(r.nl for r in redenen), tuple(r.en for r in redenen)
                )
            )
    return Overname(plan, bron.ronde_code, ronde.code, schuif, tuple(markeringen))


def _titel(bron: Plan, plan: Plan, ronde: Ronde) -> str:
    """The old title with its years ('… 2023–2026') as the new plan's, else '… (ronde X)'."""
    jaren = re.compile(rf"\b{bron.jaar_van}\s*([–-])\s*{bron.jaar_tot_en_met}\b")
    if jaren.search(bron.titel):
        return jaren.sub(rf"{plan.jaar_van}\g<1>{plan.jaar_tot_en_met}", bron.titel, count=1)
    return f"{bron.titel} (ronde {ronde.code})".strip()


def _past_niet(
    plan: Plan, regel: Begrotingsregel, ronde: Ronde, catalogus: Catalogus
) -> Iterator[Tekst]:
    """Why a moved line does not fit the new round as it is (and the category it moved to),
    in both languages."""
    if not plan.jaar_van <= regel.jaar <= plan.jaar_tot_en_met:
        yield Tekst(
            f"jaar {regel.jaar} valt buiten de looptijd {plan.jaar_van}–{plan.jaar_tot_en_met} "
            f"die ronde {ronde.code} toestaat",
            f"year {regel.jaar} is outside the duration {plan.jaar_van}–{plan.jaar_tot_en_met} "
            f"that round {ronde.code} allows",
        )
    lijst = ronde.categorieen
    if not lijst:
        return
    label = catalogus.label_tekst
    oud = label("categorieen", regel.categorie.value)
    if regel.categorie.value not in lijst:
        nieuw = _categorie_in(regel, lijst)
        if nieuw is None:
            yield Tekst(
                f"categorie '{oud.nl}' staat niet in de gesloten lijst van ronde {ronde.code}",
                f"category '{oud.en}' is not in the closed list of round {ronde.code}",
            )
        else:
            regel.categorie = nieuw
            wordt = label("categorieen", nieuw.value)
            yield Tekst(
                f"categorie '{oud.nl}' staat niet in de gesloten lijst van ronde {ronde.code} "
                f"en is '{wordt.nl}' geworden",
                f"category '{oud.en}' is not in the closed list of round {ronde.code} "
                f"and has become '{wordt.en}'",
            )
    iv = plan.interventie(regel.interventie_id)
    if regel.categorie == Categorie.INTERVENTIE and iv is not None:
        niveau = catalogus.erkenningsniveau(iv.erkenning)
        if niveau is None or not niveau.erkend:
            erkenning = label("erkenningsniveaus", iv.erkenning)
            yield Tekst(
                f"ronde {ronde.code} vergoedt alleen kansrijke en bewezen effectieve "
                f"interventies; '{iv.naam}' is '{erkenning.nl}'",
                f"round {ronde.code} only pays for promising and proven effective "
                f"interventions; '{iv.naam}' is '{erkenning.en}'",
            )


def _categorie_in(regel: Begrotingsregel, lijst: tuple[str, ...]) -> Categorie | None:
    """Where a line outside a closed list belongs: its intervention's, else programme support."""
    voorkeur = Categorie.INTERVENTIE if regel.interventie_id else Categorie.PROGRAMMAONDERSTEUNING
    return voorkeur if voorkeur.value in lijst else None


def notitie(omschrijving: str) -> tuple[str, str, str] | None:
    """(old round, reasons, the description without the note) of a marked line, or None."""
    if MARKERING not in omschrijving:
        return None
    m = _NOTITIE.match(omschrijving)
    if m is None:  # the note was edited; still marked until it is gone
        return "?", "de notitie is gewijzigd", omschrijving
    return m.group(1), m.group(2), omschrijving[m.end() :]


def zonder_notitie(omschrijving: str) -> str:
    """The description as the coordinator wrote it (a carried-over line's note left out)."""
    if MARKERING not in omschrijving:
        return omschrijving
    m = _NOTITIE.match(omschrijving)
    return omschrijving[m.end() :] if m else omschrijving


def controleer_overnemen(plan: Plan) -> Iterator[Bevinding]:
    """``OVERGENOMEN_CONTROLEREN`` for every budget line that still carries the note."""
    for i, regel in enumerate(plan.begroting):
        if MARKERING not in regel.omschrijving:
            continue
        gevonden = notitie(regel.omschrijving)
        assert gevonden is not None
        van, reden, rest = gevonden
        rest = " ".join(rest.split())
        detail = f"'{rest}', {regel.jaar}" if rest else str(regel.jaar)
        yield fout(
            "OVERGENOMEN_CONTROLEREN",
            f"begroting[{i}].omschrijving",
            nummer=i + 1,
            detail=detail,
            van=van,
            reden=reden,
        )
