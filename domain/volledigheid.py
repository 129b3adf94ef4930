"""How complete a plan is: sections done, errors, warnings — for the plan list and the editor.

A section is *done* when it holds what the ministry asks for (the regeling's art. 3: a plan
van aanpak with wijken, doelgroepen, probleemanalyse, interventies, partners, indicatoren and a
begroting) and none of the check's findings in it is a ``fout``. Warnings do not keep a section
from being done; they are counted beside it. Which findings belong to which section goes by
finding path, the same prefixes the editor's side navigation uses (:data:`ONDERDELEN`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from domain.bevinding import Bevinding, Ernst
from domain.model import Plan


def _heeft_algemeen(plan: Plan) -> bool:
    return bool(plan.gemeente_code and plan.ronde_code and plan.titel.strip())


def _heeft_analyse(plan: Plan) -> bool:
    return bool(plan.doelgroepen and plan.probleemanalyse.tekst.strip())


# (key, finding-path prefixes, "has content"), in the editor's order. A new section (e.g. a
# yearly application's reflectie) adds one line here and its class in gui/plan_editor.py.
ONDERDELEN: tuple[tuple[str, tuple[str, ...], Callable[[Plan], bool]], ...] = (
    (
        "algemeen",
        (
            "gemeente_code",
            "ronde_code",
            "titel",
            "jaar_van",
            "jaar_tot_en_met",
            "contactpersoon",
            "iban",
            "samenvatting",
            "plan",
        ),
        _heeft_algemeen,
    ),
    ("wijken", ("wijken",), lambda p: bool(p.wijken)),
    ("doelgroepen", ("doelgroepen", "probleemanalyse"), _heeft_analyse),
    ("interventies", ("interventies",), lambda p: bool(p.interventies)),
    ("partners", ("partners",), lambda p: bool(p.partners)),
    ("indicatoren", ("indicatoren",), lambda p: bool(p.indicatoren)),
    ("begroting", ("begroting",), lambda p: bool(p.begroting)),
    # The yearly application: only a round that grants per year asks for it (its empty fields
    # are then errors), so it counts only for a plan that has it or has findings in it.
    (
        "aanvraag",
        ("aanvraagjaar", "reflectie", "vooruitblik", "plan_van_aanpak", "eerder_toegekend"),
        lambda p: True,
    ),
)
_OP_VERZOEK = "aanvraag"


def _heeft_aanvraag(plan: Plan) -> bool:
    return bool(
        plan.aanvraagjaar is not None
        or plan.reflectie.strip()
        or plan.vooruitblik.strip()
        or plan.plan_van_aanpak.strip()
        or plan.eerder_toegekend
    )


def prefixes(key: str) -> tuple[str, ...]:
    """The finding-path prefixes of section ``key``."""
    return next(p for k, p, _ in ONDERDELEN if k == key)


def _hoort_bij(pad: str, prefix: str) -> bool:
    return pad == prefix or pad.startswith((prefix + ".", prefix + "["))


def onderdeel_van(pad: str) -> str:
    """The section a finding path belongs to (unknown paths: the first section)."""
    for key, prefs, _ in ONDERDELEN:
        if any(_hoort_bij(pad, p) for p in prefs):
            return key
    return ONDERDELEN[0][0]


@dataclass(frozen=True)
class Volledigheid:
    klaar: int  # sections done
    onderdelen: int  # sections in all
    fouten: int
    waarschuwingen: int
    open_onderdelen: tuple[str, ...] = ()  # keys of the sections not done, in order

    @property
    def compleet(self) -> bool:
        return self.klaar == self.onderdelen and self.fouten == 0

    @property
    def sorteersleutel(self) -> tuple[int, int, int]:
        """More done first, then fewer errors, then fewer warnings."""
        return (self.klaar, -self.fouten, -self.waarschuwingen)


def volledigheid(plan: Plan, bevindingen: Iterable[Bevinding]) -> Volledigheid:
    bevindingen = list(bevindingen)
    fout_in = {onderdeel_van(b.pad) for b in bevindingen if b.ernst == Ernst.FOUT}
    gevraagd = _heeft_aanvraag(plan) or any(
        onderdeel_van(b.pad) == _OP_VERZOEK for b in bevindingen
    )
    telt = [o for o in ONDERDELEN if o[0] != _OP_VERZOEK or gevraagd]
    open_ = tuple(key for key, _p, heeft in telt if key in fout_in or not heeft(plan))
    fouten = sum(1 for b in bevindingen if b.ernst == Ernst.FOUT)
    return Volledigheid(
        klaar=len(telt) - len(open_),
        onderdelen=len(telt),
        fouten=fouten,
        waarschuwingen=len(bevindingen) - fouten,
        open_onderdelen=open_,
    )
