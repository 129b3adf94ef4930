"""New reference data against the stored one: what changes, and what it would break.

Pure: the catalogue before and after (:class:`~domain.catalogue.Catalogus`) and what the
stored plans use (:class:`PlanGebruik`, read by storage) go in; a list of changes to preview
(:func:`verschillen`) and the refusals (:func:`weigeringen`) come out. A change that would
orphan a plan is refused with the plans named: a removed round or municipality that a plan
belongs to, a municipality taken off the participants of a round it has a plan in, or a removed
factor, evidence level, pillar, partner kind, category or cost kind that a plan uses. Changing a
round's rules is not refused: the plans of that round are then checked against the new rules
(each plan is always checked against its own round).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from domain.catalogue import Catalogus
from domain.model import Plan
from domain.money import format_bedrag
from domain.taal import Tekst

# The catalogue's lists in the order the preview shows them, with the Dutch word for one item.
LIJSTEN: tuple[tuple[str, str, str], ...] = (
    ("rondes", "ronde", "rondes"),
    ("gemeenten", "gemeente", "gemeenten"),
    ("factoren", "factor", "factoren"),
    ("erkenningsniveaus", "erkenningsniveau", "erkenningsniveaus"),
    ("pijlers", "pijler", "pijlers"),
    ("partnersoorten", "partnersoort", "partnersoorten"),
    ("ingroeimechanismen", "ingroeimechanisme", "ingroeimechanismen"),
    ("categorieen", "categorie", "categorieën"),
    ("kostensoorten", "kostensoort", "kostensoorten"),
)
ENKELVOUD = {lijst: een for lijst, een, _ in LIJSTEN}
MEERVOUD = {lijst: veel for lijst, _, veel in LIJSTEN}
# The same in English (the preview follows the interface's language).
ENGELS: dict[str, tuple[str, str]] = {
    "rondes": ("round", "rounds"),
    "gemeenten": ("municipality", "municipalities"),
    "factoren": ("factor", "factors"),
    "erkenningsniveaus": ("recognition level", "recognition levels"),
    "pijlers": ("pillar", "pillars"),
    "partnersoorten": ("kind of partner", "kinds of partner"),
    "ingroeimechanismen": ("growing-in mechanism", "growing-in mechanisms"),
    "categorieen": ("category", "categories"),
    "kostensoorten": ("cost kind", "cost kinds"),
}

TOEGEVOEGD, GEWIJZIGD, VERWIJDERD, VOLGORDE = "toegevoegd", "gewijzigd", "verwijderd", "volgorde"
SOORT_EN = {TOEGEVOEGD: "added", GEWIJZIGD: "changed", VERWIJDERD: "removed"}

# Lists of codes inside an item (a round's municipalities): shown as what was added/removed.
_CODELIJST_VELDEN = ("gemeenten", "categorieen", "onderdelen", "focusgebieden")


@dataclass(frozen=True)
class Veldwijziging:
    veld: str
    oud: str
    nieuw: str

    def tekst(self) -> str:
        # A list of codes (a round's municipalities) shows only what was added and removed.
        return (
            f"{self.veld}: {self.oud} → {self.nieuw}" if self.oud else f"{self.veld}: {self.nieuw}"
        )


@dataclass(frozen=True)
class Wijziging:
    """One item of one list added, changed or removed (or a list put in another order)."""

    soort: str  # TOEGEVOEGD | GEWIJZIGD | VERWIJDERD | VOLGORDE
    lijst: str  # a key of LIJSTEN
    code: str
    naam: str
    velden: tuple[Veldwijziging, ...] = ()

    def tekst(self, taal: str = "nl") -> str:
        """One line: ``ronde 2026-2029 (Preventie met Gezag 2026–2029) gewijzigd``; in
        English (``taal="en"``) ``round 2026-2029 (…) changed``."""
        en = taal == "en"
        if self.soort == VOLGORDE:
            if en:
                return f"order of the {ENGELS[self.lijst][1]} changed"
            return f"volgorde van de {MEERVOUD[self.lijst]} gewijzigd"
        naam = f" ({self.naam})" if self.naam and self.naam != self.code else ""
        if en:
            return f"{ENGELS[self.lijst][0]} {self.code}{naam} {SOORT_EN[self.soort]}"
        return f"{ENKELVOUD[self.lijst]} {self.code}{naam} {self.soort}"


@dataclass(frozen=True)
class PlanGebruik:
    """What one stored plan takes from the reference data (storage reads it per plan)."""

    id: str
    titel: str
    gemeente_code: str | None
    ronde_code: str | None
    codes: dict[str, frozenset[str]] = field(default_factory=dict)  # list name → codes used

    def naam(self, catalogus: Catalogus, taal: str = "nl") -> str:
        """``Amsterdam 'Zuidoost 2023–2026' (id 1f3c…)``: municipality, title and id."""
        en = taal == "en"
        gemeente = catalogus.gemeente(self.gemeente_code or "")
        geen = "no municipality" if en else "zonder gemeente"
        wie = gemeente.naam if gemeente else (self.gemeente_code or geen)
        titel = self.titel or ("no title" if en else "zonder titel")
        return f"{wie} '{titel}' (id {self.id})"


def gebruik_van(plan: Plan, titel: str | None = None) -> PlanGebruik:
    """What ``plan`` (e.g. a frozen revision) takes from the reference data."""
    codes: dict[str, set[str]] = {}

    def voeg(lijst: str, code: str | None) -> None:
        if code:
            codes.setdefault(lijst, set()).add(code)

    pa = plan.probleemanalyse
    for f in (*pa.risicofactoren, *pa.beschermende_factoren):
        voeg("factoren", f.code)
    for iv in plan.interventies:
        voeg("pijlers", iv.pijler)
        voeg("erkenningsniveaus", iv.erkenning)
        for code in iv.factoren:
            voeg("factoren", code)
    for p in plan.partners:
        voeg("partnersoorten", p.soort)
    for r in plan.begroting:
        voeg("categorieen", r.categorie.value)
        voeg("kostensoorten", r.kostensoort.value)
    return PlanGebruik(
        id=plan.id,
        titel=plan.titel if titel is None else titel,
        gemeente_code=plan.gemeente_code or None,
        ronde_code=plan.ronde_code or None,
        codes={k: frozenset(v) for k, v in codes.items()},
    )


# -- what a file may not say, beyond its schema ---------------------------------------------
def fouten_in(catalogus: Catalogus) -> list[tuple[str, str]]:
    """(path, Dutch message) for what the schema cannot check: duplicate codes, a round that
    names an unknown municipality or category, dates or ages in the wrong order."""
    uit: list[tuple[str, str]] = []
    for lijst, _een, _veel in LIJSTEN:
        gezien: dict[str, int] = {}
        for n, item in enumerate(getattr(catalogus, lijst)):
            if item.code in gezien:
                uit.append(
                    (
                        f"{lijst}[{n}].code",
                        f"code {item.code} staat twee keer in de lijst "
                        f"(ook {lijst}[{gezien[item.code]}])",
                    )
                )
            gezien.setdefault(item.code, n)
    gemeenten = {g.code for g in catalogus.gemeenten}
    categorieen = {c.code for c in catalogus.categorieen}
    for n, r in enumerate(catalogus.rondes):
        p = f"rondes[{n}]"
        for m, code in enumerate(r.gemeenten):
            if code not in gemeenten:
                uit.append((f"{p}.gemeenten[{m}]", f"gemeente {code} staat niet in de gemeenten"))
        for m, code in enumerate(r.categorieen):
            if code not in categorieen:
                uit.append(
                    (f"{p}.categorieen[{m}]", f"categorie {code} staat niet in de categorieën")
                )
        if r.kosten_tot < r.kosten_vanaf:
            uit.append((f"{p}.kosten_tot", "ligt vóór kosten_vanaf"))
        if r.aanvragen_vanaf and r.aanvragen_tot and r.aanvragen_tot < r.aanvragen_vanaf:
            uit.append((f"{p}.aanvragen_tot", "ligt vóór aanvragen_vanaf"))
        if r.leeftijd_tot_en_met < r.leeftijd_van:
            uit.append((f"{p}.leeftijd_tot_en_met", "is lager dan leeftijd_van"))
    return uit


# -- the preview ----------------------------------------------------------------------------
def verschillen(oud: Catalogus, nieuw: Catalogus) -> list[Wijziging]:
    """Every item added, changed or removed, list by list (rounds first), in the file's order."""
    uit: list[Wijziging] = []
    oud_d, nieuw_d = oud.to_dict(), nieuw.to_dict()
    for lijst, _een, _veel in LIJSTEN:
        voor = {i["code"]: i for i in oud_d[lijst]}
        na = {i["code"]: i for i in nieuw_d[lijst]}
        for code, item in na.items():
            if code not in voor:
                uit.append(Wijziging(TOEGEVOEGD, lijst, code, _naam(item)))
            else:
                velden = _velden(voor[code], item)
                if velden:
                    uit.append(Wijziging(GEWIJZIGD, lijst, code, _naam(item), velden))
        for code, item in voor.items():
            if code not in na:
                uit.append(Wijziging(VERWIJDERD, lijst, code, _naam(item)))
        blijven = [c for c in voor if c in na]
        if blijven != [c for c in na if c in voor]:
            uit.append(Wijziging(VOLGORDE, lijst, "", ""))
    return uit


def _naam(item: dict[str, Any]) -> str:
    return str(item.get("naam") or item.get("label") or "")


# The English labels ship with the program (resources/reference.json), not in the database:
# a reference file may carry them, but importing does not store them, so they are no change.
_NIET_OPGESLAGEN = frozenset({"label_en"})


def _velden(oud: dict[str, Any], nieuw: dict[str, Any]) -> tuple[Veldwijziging, ...]:
    uit = []
    for veld in nieuw:
        if veld in _NIET_OPGESLAGEN:
            continue
        a, b = oud.get(veld), nieuw.get(veld)
        if a == b:
            continue
        if veld in _CODELIJST_VELDEN and isinstance(a, list) and isinstance(b, list):
            erbij = [c for c in b if c not in a]
            eraf = [c for c in a if c not in b]
            delen = [f"+{c}" for c in erbij] + [f"−{c}" for c in eraf]
            uit.append(Veldwijziging(veld, "", ", ".join(delen) or "andere volgorde"))
        else:
            uit.append(Veldwijziging(veld, _toon(veld, a), _toon(veld, b)))
    return tuple(uit)


def _toon(veld: str, waarde: Any) -> str:
    """A value as a coordinator reads it: dates dd-mm-jjjj, amounts € 1.234,56, ja/nee."""
    if waarde is None or waarde == "":
        return "—"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, str) and (veld.startswith(("kosten_", "aanvragen_"))):
        try:
            return date.fromisoformat(waarde).strftime("%d-%m-%Y")
        except ValueError:
            return waarde
    if isinstance(waarde, str) and veld.startswith("plafond"):
        return format_bedrag(Decimal(waarde))
    if isinstance(waarde, list):
        return ", ".join(str(v) for v in waarde) or "—"
    return str(waarde)


# -- what a change would break --------------------------------------------------------------
def weigeringen(oud: Catalogus, nieuw: Catalogus, plannen: Iterable[PlanGebruik]) -> list[str]:
    """Why the change cannot be applied, one Dutch sentence per removed thing still in use,
    naming the plans (municipality, title, id). Empty: nothing is orphaned."""
    return [t.nl for t in weigeringen_tekst(oud, nieuw, plannen)]


def weigeringen_tekst(
    oud: Catalogus,
    nieuw: Catalogus,
    plannen: Iterable[PlanGebruik],
    engels: Catalogus | None = None,
) -> list[Tekst]:
    """:func:`weigeringen` in both languages; ``engels`` is a catalogue with the English
    labels (the program's, Catalogus.engels) when ``oud`` (read from a database) has none."""
    labels = engels or oud
    plannen = list(plannen)
    uit: list[Tekst] = []

    def noem(wat: Tekst, alle: list[PlanGebruik]) -> None:
        # A plan and its frozen revisions are one plan: named once (the first entry).
        gebruikers = list({p.id: p for p in reversed(alle)}.values())[::-1]
        if not gebruikers:
            return
        n = len(gebruikers)
        namen = "; ".join(p.naam(oud) for p in gebruikers)
        names = "; ".join(p.naam(oud, "en") for p in gebruikers)
        wie = "1 plan gebruikt" if n == 1 else f"{n} plannen gebruiken"
        who = "1 plan still uses it" if n == 1 else f"{n} plans still use it"
        uit.append(
            Tekst(
                f"{wat.nl} wordt verwijderd, maar {wie} deze nog: {namen}.",
                f"{wat.en} is removed, but {who}: {names}.",
            )
        )

    for r in oud.rondes:
        if nieuw.ronde(r.code) is None:
            noem(
                Tekst(f"Ronde {r.code} ({r.naam})", f"Round {r.code} ({r.naam})"),
                [p for p in plannen if p.ronde_code == r.code],
            )
    for g in oud.gemeenten:
        if nieuw.gemeente(g.code) is None:
            noem(
                Tekst(f"Gemeente {g.code} ({g.naam})", f"Municipality {g.code} ({g.naam})"),
                [p for p in plannen if p.gemeente_code == g.code],
            )
    for r in nieuw.rondes:
        vorige = oud.ronde(r.code)
        if vorige is None:
            continue
        genoemd: set[str] = set()
        for p in plannen:
            code = p.gemeente_code or ""
            if p.ronde_code == r.code and vorige.neemt_deel(code) and not r.neemt_deel(code):
                if nieuw.gemeente(code) is None or p.id in genoemd:
                    continue  # already named (a removed municipality, another revision)
                genoemd.add(p.id)
                uit.append(
                    Tekst(
                        f"Gemeente {code} neemt niet meer deel aan ronde {r.code}, maar heeft "
                        f"daarin een plan: {p.naam(oud)}.",
                        f"Municipality {code} no longer takes part in round {r.code}, but has "
                        f"a plan in it: {p.naam(oud, 'en')}.",
                    )
                )
    for lijst, een, _veel in LIJSTEN[2:]:
        for code in oud.codes(lijst):
            if code in nieuw.codes(lijst):
                continue
            gebruikers = [p for p in plannen if code in p.codes.get(lijst, frozenset())]
            noem(
                Tekst(
                    f"{een.capitalize()} {code} ({oud.label(lijst, code)})",
                    f"{ENGELS[lijst][0].capitalize()} {code} ({labels.label(lijst, code, 'en')})",
                ),
                gebruikers,
            )
    return uit
