"""The assessment of a submitted revision (issue 12): rubric scores, advice, notes.

An assessor (``beoordelaar``) scores each criterion of the round's rubric 1–5 with a comment,
and gives an advice (toekennen / deels toekennen / afwijzen) with reasoning and a date. Two
(or more) assessors score the same revision independently: nobody sees another's scores or
advice until both have finished (:func:`zichtbaar`); then differences of two points or more
are shown (:func:`score_verschillen`).

The rubric is reference data per round (``resources/reference.json``, key
``beoordelingscriteria``; the defaults are unconfirmed). Pure Python: storage keeps these
objects, the application layer moves them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from domain.errors import OngeldigeInvoer

log = logging.getLogger(__name__)

SCORE_MIN = 1
SCORE_MAX = 5
# Two assessors who differ this much on one criterion must talk (issue 12).
VERSCHIL_DREMPEL = 2


class Advies(StrEnum):
    TOEKENNEN = "toekennen"
    DEELS_TOEKENNEN = "deels_toekennen"
    AFWIJZEN = "afwijzen"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


def advies_uit_tekst(tekst: str) -> Advies:
    """'toekennen', 'deels toekennen', 'deels_toekennen' or 'afwijzen' (any case)."""
    sleutel = "_".join(tekst.strip().lower().replace("-", " ").split())
    try:
        return Advies(sleutel)
    except ValueError:
        raise OngeldigeInvoer(
            f"Onbekend advies '{tekst}': kies toekennen, deels toekennen of afwijzen.",
            engels=f"Unknown advice '{tekst}': choose toekennen (grant), deels toekennen "
            "(partly grant) or afwijzen (reject).",
        ) from None


# The standard rubric's criteria in English (issue 14). The reference data and the database
# keep one, Dutch label per criterion; a round's own rubric keeps its own words.
STANDAARD_EN: dict[tuple[str, str], str] = {
    ("probleemanalyse", "Probleemanalyse onderbouwd"): "Problem analysis substantiated",
    ("wijkgericht", "Wijkgericht"): "Neighbourhood-focused",
    ("samenhang", "Samenhang kansen en grenzen"): "Coherence of opportunities and boundaries",
    ("bewezen_effectief", "Bewezen effectieve interventies"): "Proven effective interventions",
    ("samenwerking", "Samenwerking met partners"): "Cooperation with partners",
    ("monitoring", "Monitoring en indicatoren"): "Monitoring and indicators",
    ("begroting", "Begroting realistisch"): "Realistic budget",
}


@dataclass(frozen=True)
class Criterium:
    code: str
    label: str

    def label_in(self, taal: str = "nl") -> str:
        """The label in ``taal``; English only for the standard rubric's own labels."""
        if taal == "en":
            return STANDAARD_EN.get((self.code, self.label), self.label)
        return self.label


def criteria_uit_referentie(data: Mapping[str, Any], ronde_code: str) -> list[Criterium]:
    """The rubric of ``ronde_code`` from the reference file's ``beoordelingscriteria``: the
    round's own list when it has one, otherwise the standard list."""
    blok = data.get("beoordelingscriteria") or {}
    lijst = (blok.get("per_ronde") or {}).get(ronde_code) or blok.get("standaard") or []
    return [Criterium(c["code"], c["label"]) for c in lijst]


@dataclass(frozen=True)
class Score:
    criterium: str
    waarde: int | None = None  # 1..5; None: not scored yet (a comment may already be there)
    toelichting: str = ""


def controleer_score(waarde: int | None, criterium: str = "") -> None:
    if waarde is None:
        return
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise OngeldigeInvoer(
            f"Score {criterium}: '{waarde}' is geen geheel getal van 1 tot en met 5.",
            engels=f"Score {criterium}: '{waarde}' is not a whole number from 1 to 5.",
        )
    if not SCORE_MIN <= waarde <= SCORE_MAX:
        wat = f" voor '{criterium}'" if criterium else ""
        what = f" for '{criterium}'" if criterium else ""
        raise OngeldigeInvoer(
            f"Score {waarde}{wat} kan niet: een score is 1, 2, 3, 4 of 5.",
            engels=f"Score {waarde}{what} is not possible: a score is 1, 2, 3, 4 or 5.",
        )


@dataclass
class Beoordeling:
    """One assessor's assessment of one submitted revision.

    ``versie`` is the stored version this copy was read at (None: never stored). Saving a copy
    whose ``versie`` is no longer the stored one is refused (:class:`GelijktijdigGewijzigd`).
    """

    plan_id: str
    revisie: int
    beoordelaar: str
    scores: dict[str, Score] = field(default_factory=dict)  # criterion code → score
    advies: Advies | None = None
    advies_toelichting: str = ""
    advies_datum: date | None = None
    klaar: bool = False  # finished: the other assessors may now see it (once they finish too)
    versie: int | None = field(default=None, compare=False)
    gewijzigd_op: datetime | None = field(default=None, compare=False)
    gewijzigd_door: str | None = field(default=None, compare=False)

    def score(self, criterium: str) -> Score:
        return self.scores.get(criterium, Score(criterium))

    def zet_score(self, criterium: str, waarde: int | None, toelichting: str | None = None) -> None:
        """Set one criterion's score (and comment, when given). A finished assessment is
        read-only: reopen it first (:meth:`heropen`)."""
        self._niet_klaar()
        controleer_score(waarde, criterium)
        oud = self.score(criterium)
        self.scores[criterium] = Score(
            criterium, waarde, oud.toelichting if toelichting is None else toelichting
        )

    def zet_advies(self, advies: Advies | None, toelichting: str, datum: date) -> None:
        self._niet_klaar()
        self.advies = advies
        self.advies_toelichting = toelichting
        self.advies_datum = datum

    def ontbrekend(self, criteria: Sequence[Criterium]) -> list[Criterium]:
        """Criteria of the rubric without a score yet."""
        return [c for c in criteria if self.score(c.code).waarde is None]

    def rond_af(self, criteria: Sequence[Criterium]) -> None:
        """Mark as finished: every criterion scored and an advice given, else refused."""
        ontbreekt = self.ontbrekend(criteria)
        if ontbreekt:
            namen = ", ".join(c.label for c in ontbreekt)
            names = ", ".join(c.label_in("en") for c in ontbreekt)
            raise OngeldigeInvoer(
                f"De beoordeling is nog niet af: geen score voor {namen}.",
                engels=f"The assessment is not finished yet: no score for {names}.",
            )
        if self.advies is None:
            raise OngeldigeInvoer(
                "De beoordeling is nog niet af: er is nog geen advies gegeven.",
                engels="The assessment is not finished yet: no advice has been given yet.",
            )
        self.klaar = True

    def heropen(self) -> None:
        self.klaar = False

    def _niet_klaar(self) -> None:
        if self.klaar:
            raise OngeldigeInvoer(
                f"De beoordeling van {self.beoordelaar} is afgerond; heropen haar om iets te "
                "wijzigen.",
                engels=f"The assessment by {self.beoordelaar} is finished; reopen it to change "
                "anything.",
            )

    def gemiddelde(self) -> float | None:
        waarden = [s.waarde for s in self.scores.values() if s.waarde is not None]
        return sum(waarden) / len(waarden) if waarden else None

    def als_waarden(self) -> dict[str, str]:
        """Every field as text, for the audit log (``score.<code>``, ``advies`` …)."""
        uit = {
            "advies": self.advies.value if self.advies else "",
            "advies_toelichting": self.advies_toelichting,
            "advies_datum": self.advies_datum.isoformat() if self.advies_datum else "",
            "klaar": "ja" if self.klaar else "nee",
        }
        for code, s in sorted(self.scores.items()):
            uit[f"score.{code}"] = "" if s.waarde is None else str(s.waarde)
            uit[f"toelichting.{code}"] = s.toelichting
        return uit


def verborgen(b: Beoordeling) -> Beoordeling:
    """What a colleague may see of an assessment that is not yet visible to them: who, and
    whether it is finished; no scores, comments or advice."""
    return replace(b, scores={}, advies=None, advies_toelichting="", advies_datum=None)


def zichtbaar(beoordelingen: Iterable[Beoordeling], voor: str) -> list[Beoordeling]:
    """The assessments of one revision as ``voor`` may see them.

    Their own in full; another's in full only when both ``voor``'s own and that one are
    finished, otherwise :func:`verborgen`. Someone who does not assess this revision (a
    manager) sees everything only once every assessment is finished.
    """
    lijst = list(beoordelingen)
    eigen = next((b for b in lijst if b.beoordelaar == voor), None)
    if eigen is None:
        alles_klaar = bool(lijst) and all(b.klaar for b in lijst)
        return [b if alles_klaar else verborgen(b) for b in lijst]
    return [
        b if b.beoordelaar == voor or (eigen.klaar and b.klaar) else verborgen(b) for b in lijst
    ]


@dataclass(frozen=True)
class ScoreVerschil:
    criterium: str
    label: str
    scores: tuple[tuple[str, int], ...]  # (beoordelaar, score), in the order given
    verschil: int


def score_verschillen(
    beoordelingen: Iterable[Beoordeling],
    criteria: Sequence[Criterium],
    drempel: int = VERSCHIL_DREMPEL,
) -> list[ScoreVerschil]:
    """Criteria on which finished assessments differ by ``drempel`` points or more (only
    finished ones count: nothing is compared while someone is still scoring)."""
    klaar = [b for b in beoordelingen if b.klaar]
    if len(klaar) < 2:
        return []
    uit = []
    for c in criteria:
        scores = tuple(
            (b.beoordelaar, w) for b in klaar if (w := b.score(c.code).waarde) is not None
        )
        if len(scores) < 2:
            continue
        waarden = [w for _, w in scores]
        verschil = max(waarden) - min(waarden)
        if verschil >= drempel:
            uit.append(ScoreVerschil(c.code, c.label, scores, verschil))
    return uit


@dataclass(frozen=True)
class Voortgang:
    """How far the assessment of one revision is: assessors started and finished."""

    beoordelaars: int = 0
    klaar: int = 0

    @property
    def tekst(self) -> str:
        return self.tekst_in("nl")

    def tekst_in(self, taal: str = "nl") -> str:
        """'1 van 2 klaar, 1 bezig'; with ``taal="en"`` '1 of 2 done, 1 in progress'."""
        en = taal == "en"
        if self.beoordelaars == 0:
            return "not started" if en else "niet begonnen"
        van, klaar = ("of", "done") if en else ("van", "klaar")
        uit = f"{self.klaar} {van} {self.beoordelaars} {klaar}"
        if self.klaar == self.beoordelaars:
            return uit
        bezig = self.beoordelaars - self.klaar
        return f"{uit}, {bezig} {'in progress' if en else 'bezig'}"


def voortgang(beoordelingen: Iterable[Beoordeling]) -> Voortgang:
    lijst = list(beoordelingen)
    return Voortgang(len(lijst), sum(b.klaar for b in lijst))


def advies_samenvatting(beoordelingen: Iterable[Beoordeling]) -> str:
    """The advice as the overview shows it, once every assessment of the revision is finished
    ('toekennen'; 'toekennen / afwijzen' when the assessors disagree; '' before that, so
    that the overview does not tell an assessor what a colleague advised too early)."""
    lijst = list(beoordelingen)
    if not lijst or not all(b.klaar for b in lijst):
        return ""
    adviezen: list[str] = []
    for b in lijst:
        if b.klaar and b.advies is not None and b.advies.label not in adviezen:
            adviezen.append(b.advies.label)
    return " / ".join(adviezen)


# --- notes ----------------------------------------------------------------------------------


@dataclass
class Notitie:
    """A note of an assessor on a part of a revision, named by its path in the plan
    (``begroting[3]``, ``interventies[0].bereik``; '' is the plan as a whole)."""

    id: str
    plan_id: str
    revisie: int
    pad: str
    tekst: str
    beoordelaar: str
    aangemaakt_op: datetime | None = None
    versie: int | None = field(default=None, compare=False)
    gewijzigd_op: datetime | None = field(default=None, compare=False)
    gewijzigd_door: str | None = field(default=None, compare=False)


def controleer_notitie(tekst: str) -> str:
    if not tekst.strip():
        raise OngeldigeInvoer(
            "Een notitie zonder tekst wordt niet bewaard.",
            engels="A note without text is not saved.",
        )
    return tekst
