"""A readable diff between two revisions of a plan (issue 12).

Texts (title, summary, analysis …) changed; interventions, indicators, budget lines,
target groups, districts and partners added, removed or changed (matched by id, so an
insertion does not make every later item look changed; districts by code); and the money
difference per year and per category. Field-level values come from the same flattening as
:mod:`domain.verschillen` (the editor's conflict list), so both speak the same paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain.catalogue import Catalogus
from domain.model import Categorie, Plan
from domain.money import NUL
from domain.serialize import plan_to_dict
from domain.totals import bereken_totalen
from domain.verschillen import _plat, _tekst

# Plan-level fields that are texts or settings, in the order of the editor's sections.
_TEKSTEN = (
    ("titel", "Titel"),
    ("jaar_van", "Eerste jaar"),
    ("jaar_tot_en_met", "Laatste jaar"),
    ("iban", "IBAN"),
    ("contactpersoon", "Contactpersoon"),
    ("samenvatting", "Samenvatting"),
    ("probleemanalyse.tekst", "Probleemanalyse"),
    ("probleemanalyse.risicofactoren", "Risicofactoren"),
    ("probleemanalyse.beschermende_factoren", "Beschermende factoren"),
)

# (key in the exchange dict, Dutch name, key that identifies an item)
_LIJSTEN = (
    ("doelgroepen", "Doelgroepen", "id"),
    ("wijken", "Wijken", "code"),
    ("interventies", "Interventies", "id"),
    ("partners", "Partners", "id"),
    ("indicatoren", "Indicatoren", "id"),
    ("begroting", "Begroting", "id"),
)


@dataclass(frozen=True)
class VeldVerschil:
    veld: str  # path inside the item ('naam', 'streefwaarden.2024') or the plan ('samenvatting')
    oud: str
    nieuw: str


@dataclass(frozen=True)
class ItemVerschil:
    lijst: str  # 'interventies', 'begroting', …
    sleutel: str  # the item's id (wijken: code)
    naam: str  # what a person recognises it by (name, or the budget line's description)
    soort: str  # 'toegevoegd' | 'verwijderd' | 'gewijzigd'
    velden: tuple[VeldVerschil, ...] = ()


@dataclass(frozen=True)
class RevisieVerschil:
    plan_id: str
    oud_revisie: int
    nieuw_revisie: int
    teksten: tuple[tuple[str, VeldVerschil], ...]  # (Dutch label, difference)
    items: tuple[ItemVerschil, ...]
    geld_per_jaar: dict[int, tuple[Decimal, Decimal]]  # year → (old, new) requested
    geld_per_categorie: dict[Categorie, tuple[Decimal, Decimal]]
    gevraagd: tuple[Decimal, Decimal]
    cofinanciering: tuple[Decimal, Decimal]

    @property
    def leeg(self) -> bool:
        return not self.teksten and not self.items and self.gevraagd[0] == self.gevraagd[1]

    def regels(self, taal: str = "nl") -> list[str]:
        """The diff as Dutch lines of text (command line, PDF, tooltips); ``taal="en"``: the
        words around them in English (the labels, list and category codes stay the plan's)."""
        from domain.money import format_bedrag

        en = taal == "en"
        gevraagd = "requested" if en else "gevraagd"
        if en:
            uit = [f"Revision {self.oud_revisie} → revision {self.nieuw_revisie}"]
        else:
            uit = [f"Revisie {self.oud_revisie} → revisie {self.nieuw_revisie}"]
        for label, v in self.teksten:
            uit.append(f"  {label}: '{_kort(v.oud)}' → '{_kort(v.nieuw)}'")
        for it in self.items:
            uit.append(f"  {it.lijst} {it.soort}: {it.naam or it.sleutel}")
            for v in it.velden:
                uit.append(f"    {v.veld}: '{_kort(v.oud)}' → '{_kort(v.nieuw)}'")
        for jaar, (oud, nieuw) in sorted(self.geld_per_jaar.items()):
            if oud != nieuw:
                uit.append(
                    f"  {gevraagd} {jaar}: {format_bedrag(oud)} → {format_bedrag(nieuw)} "
                    f"({_teken(nieuw - oud)})"
                )
        for cat, (oud, nieuw) in self.geld_per_categorie.items():
            if oud != nieuw:
                uit.append(
                    f"  {gevraagd} {cat.value}: {format_bedrag(oud)} → {format_bedrag(nieuw)} "
                    f"({_teken(nieuw - oud)})"
                )
        oud, nieuw = self.gevraagd
        totaal = "requested total" if en else "gevraagd totaal"
        uit.append(f"  {totaal}: {format_bedrag(oud)} → {format_bedrag(nieuw)}")
        return uit


def _teken(d: Decimal) -> str:
    from domain.money import format_bedrag

    return ("+" if d >= 0 else "-") + format_bedrag(abs(d))


def _kort(tekst: str, n: int = 80) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


def _velden(oud: Any, nieuw: Any) -> tuple[VeldVerschil, ...]:
    links = dict(_plat(oud))
    rechts = dict(_plat(nieuw))
    paden = list(links) + [p for p in rechts if p not in links]
    return tuple(
        VeldVerschil(p, _tekst(links.get(p)), _tekst(rechts.get(p)))
        for p in paden
        if links.get(p) != rechts.get(p)
    )


def _naam(item: dict[str, Any]) -> str:
    for k in ("naam", "omschrijving", "code"):
        if item.get(k):
            return str(item[k])
    return ""


def _waarde(d: dict[str, Any], pad: str) -> Any:
    waarde: Any = d
    for deel in pad.split("."):
        waarde = waarde.get(deel) if isinstance(waarde, dict) else None
    return waarde


def verschil_revisies(oud: Plan, nieuw: Plan, catalogus: Catalogus) -> RevisieVerschil:
    a, b = plan_to_dict(oud), plan_to_dict(nieuw)
    teksten = []
    for pad, label in _TEKSTEN:
        va, vb = _waarde(a, pad), _waarde(b, pad)
        if va != vb:
            velden = _velden(va, vb) if isinstance(va, (dict, list)) else ()
            if velden and isinstance(va, dict):
                teksten.extend((f"{label} ({v.veld})", v) for v in velden)
            else:
                teksten.append((label, VeldVerschil(pad, _tekst_van(va), _tekst_van(vb))))
    items: list[ItemVerschil] = []
    for lijst, _label, sleutel in _LIJSTEN:
        oude = {str(x.get(sleutel)): x for x in a.get(lijst, [])}
        nieuwe = {str(x.get(sleutel)): x for x in b.get(lijst, [])}
        for k, x in oude.items():
            if k not in nieuwe:
                items.append(ItemVerschil(lijst, k, _naam(x), "verwijderd"))
        for k, x in nieuwe.items():
            if k not in oude:
                items.append(ItemVerschil(lijst, k, _naam(x), "toegevoegd"))
            elif oude[k] != x:
                items.append(ItemVerschil(lijst, k, _naam(x), "gewijzigd", _velden(oude[k], x)))
    ta, tb = bereken_totalen(oud, catalogus), bereken_totalen(nieuw, catalogus)
    jaren = sorted(set(ta.per_jaar) | set(tb.per_jaar))
    return RevisieVerschil(
        plan_id=nieuw.id,
        oud_revisie=oud.revisie,
        nieuw_revisie=nieuw.revisie,
        teksten=tuple(teksten),
        items=tuple(items),
        geld_per_jaar={j: (ta.per_jaar.get(j, NUL), tb.per_jaar.get(j, NUL)) for j in jaren},
        geld_per_categorie={c: (ta.per_categorie[c], tb.per_categorie[c]) for c in Categorie},
        gevraagd=(ta.gevraagd, tb.gevraagd),
        cofinanciering=(ta.cofinanciering, tb.cofinanciering),
    )


def _tekst_van(waarde: Any) -> str:
    if isinstance(waarde, list):
        return ", ".join(_naam(x) if isinstance(x, dict) else str(x) for x in waarde)
    return _tekst(waarde)


def pad_in_plan(plan: Plan, pad: str) -> bool:
    """Whether ``pad`` names a part of the plan ('' is the plan itself): a field
    (``interventies[0].bereik``) or a whole item (``begroting[3]``, ``interventies[1]``)."""
    if pad == "":
        return True
    for p, _ in _plat(plan_to_dict(plan)):
        if p == pad or p.startswith(pad + ".") or p.startswith(pad + "["):
            return True
    return False
