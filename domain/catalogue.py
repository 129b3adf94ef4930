"""The reference data a plan is checked against, as one immutable value.

Storage loads it from the database (seeded from ``resources/reference.json``); tests and the
exporters build it with :func:`Catalogus.from_dict`. Adding a municipality or a round is a data
change, never a code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from domain.model import CodeLabel, Erkenningsniveau, Factor, FactorSoort, Gemeente, Ronde
from domain.money import to_money
from domain.taal import Tekst

# The catalogues whose items have a label; the reference file gives each an English
# ``label_en`` beside the Dutch ``label`` (municipalities and rounds keep their own names).
GELABELD = (
    "factoren",
    "erkenningsniveaus",
    "pijlers",
    "partnersoorten",
    "ingroeimechanismen",
    "categorieen",
    "kostensoorten",
)


@dataclass(frozen=True)
class Catalogus:
    gemeenten: tuple[Gemeente, ...] = ()
    rondes: tuple[Ronde, ...] = ()
    factoren: tuple[Factor, ...] = ()
    erkenningsniveaus: tuple[Erkenningsniveau, ...] = ()
    pijlers: tuple[CodeLabel, ...] = ()
    partnersoorten: tuple[CodeLabel, ...] = ()
    ingroeimechanismen: tuple[CodeLabel, ...] = ()
    categorieen: tuple[CodeLabel, ...] = ()
    kostensoorten: tuple[CodeLabel, ...] = ()
    # English labels: catalogue → code → label. Not stored in the database: they translate
    # the shipped codes, so they come from resources/reference.json (storage adds them when it
    # reads the catalogue); an entry an administrator added has its Dutch label only.
    engels: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, repr=False)
    # init=False: dataclasses.replace() must build a fresh index, not share (and overwrite) ours.
    _index: dict[str, dict[str, Any]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        # Lookups by code are frequent (validation, exports): index once.
        for name in (
            "gemeenten",
            "rondes",
            "factoren",
            "erkenningsniveaus",
            "pijlers",
            "partnersoorten",
            "ingroeimechanismen",
            "categorieen",
            "kostensoorten",
        ):
            self._index[name] = {item.code: item for item in getattr(self, name)}

    # -- lookups -------------------------------------------------------------------------
    def gemeente(self, code: str) -> Gemeente | None:
        return self._index["gemeenten"].get(code)

    def ronde(self, code: str) -> Ronde | None:
        return self._index["rondes"].get(code)

    def factor(self, code: str) -> Factor | None:
        return self._index["factoren"].get(code)

    def erkenningsniveau(self, code: str) -> Erkenningsniveau | None:
        return self._index["erkenningsniveaus"].get(code)

    def label(self, catalogue: str, code: str, taal: str = "nl") -> str:
        """The label of ``code`` in ``catalogue`` (e.g. "pijlers") in ``taal``, or the code
        itself; English falls back to the Dutch label where there is no English one."""
        if taal == "en":
            en = self.engels.get(catalogue, {}).get(code)
            if en:
                return en
        item = self._index[catalogue].get(code)
        return getattr(item, "label", None) or getattr(item, "naam", None) or code

    def label_tekst(self, catalogue: str, code: str) -> Tekst:
        """The label in both languages, for a message parameter."""
        return Tekst(self.label(catalogue, code), self.label(catalogue, code, "en"))

    def met_engels(self, data: dict[str, Any]) -> Catalogus:
        """This catalogue with the English labels of a reference file (``label_en``)."""
        from dataclasses import replace

        return replace(self, engels=engelse_labels(data))

    def rondes_van(self, gemeente_code: str) -> list[Ronde]:
        """The rounds a municipality takes part in, in the catalogue's order."""
        return [r for r in self.rondes if r.neemt_deel(gemeente_code)]

    def standaard_ronde(self, vandaag: date, gemeente_code: str | None = None) -> Ronde | None:
        """The round a new plan starts in: the one whose application period is open on
        ``vandaag`` (the latest opened, if several are), else the latest round whose period
        has begun, else the first. Only rounds of ``gemeente_code`` when one is given.
        ``vandaag`` is passed in: the domain never reads the clock itself."""
        kandidaten = self.rondes_van(gemeente_code) if gemeente_code else list(self.rondes)
        if not kandidaten:
            return None

        def begin(r: Ronde) -> date:
            return r.aanvragen_vanaf or r.kosten_vanaf

        open_ = [r for r in kandidaten if r.aanvraag_open(vandaag)]
        if open_:
            return max(open_, key=begin)
        begonnen = [r for r in kandidaten if begin(r) <= vandaag]
        return max(begonnen, key=begin) if begonnen else kandidaten[0]

    def codes(self, catalogue: str) -> list[str]:
        return list(self._index[catalogue])

    @property
    def risicofactoren(self) -> list[Factor]:
        return [f for f in self.factoren if f.soort == FactorSoort.RISICO]

    @property
    def beschermende_factoren(self) -> list[Factor]:
        return [f for f in self.factoren if f.soort == FactorSoort.BESCHERMEND]

    # -- (de)serialisation of the reference file -----------------------------------------
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Catalogus:
        def labels(key: str) -> tuple[CodeLabel, ...]:
            return tuple(CodeLabel(d["code"], d["label"]) for d in data.get(key, []))

        return cls(
            gemeenten=tuple(
                Gemeente(d["code"], d["naam"], tuple(d.get("focusgebieden", [])))
                for d in data.get("gemeenten", [])
            ),
            rondes=tuple(ronde_from_dict(d) for d in data.get("rondes", [])),
            factoren=tuple(
                Factor(d["code"], d["label"], FactorSoort(d["soort"]), bool(d["gefundeerd"]))
                for d in data.get("factoren", [])
            ),
            erkenningsniveaus=tuple(
                sorted(
                    (
                        Erkenningsniveau(d["code"], d["label"], int(d["rang"]), bool(d["erkend"]))
                        for d in data.get("erkenningsniveaus", [])
                    ),
                    key=lambda e: e.rang,
                )
            ),
            pijlers=labels("pijlers"),
            partnersoorten=labels("partnersoorten"),
            ingroeimechanismen=labels("ingroeimechanismen"),
            categorieen=labels("categorieen"),
            kostensoorten=labels("kostensoorten"),
            engels=engelse_labels(data),
        )

    def to_dict(self) -> dict[str, Any]:
        def en(naam: str, code: str) -> dict[str, str]:
            label = self.engels.get(naam, {}).get(code)
            return {"label_en": label} if label else {}

        def labels(naam: str, items: tuple[CodeLabel, ...]) -> list[dict[str, str]]:
            return [{"code": i.code, "label": i.label, **en(naam, i.code)} for i in items]

        return {
            "gemeenten": [
                {"code": g.code, "naam": g.naam, "focusgebieden": list(g.focusgebieden)}
                for g in self.gemeenten
            ],
            "rondes": [ronde_to_dict(r) for r in self.rondes],
            "factoren": [
                {
                    "code": f.code,
                    "label": f.label,
                    **en("factoren", f.code),
                    "soort": f.soort.value,
                    "gefundeerd": f.gefundeerd,
                }
                for f in self.factoren
            ],
            "erkenningsniveaus": [
                {
                    "code": e.code,
                    "label": e.label,
                    **en("erkenningsniveaus", e.code),
                    "rang": e.rang,
                    "erkend": e.erkend,
                }
                for e in self.erkenningsniveaus
            ],
            **{naam: labels(naam, getattr(self, naam)) for naam in GELABELD[2:]},
        }


def engelse_labels(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """catalogue → code → English label, from a reference file's ``label_en`` keys."""
    return {
        naam: {d["code"]: d["label_en"] for d in data.get(naam, []) if d.get("label_en")}
        for naam in GELABELD
    }


def _datum(v: Any) -> date | None:
    return date.fromisoformat(v) if v else None


def _bedrag(v: Any) -> Decimal | None:
    return None if v is None or v == "" else to_money(v)


def ronde_from_dict(d: dict[str, Any]) -> Ronde:
    """A round from the reference file; the fields after ``max_jaren`` are optional, so a
    file of an older Wijkplan (2022 only) still reads."""
    return Ronde(
        code=d["code"],
        naam=d["naam"],
        kosten_vanaf=date.fromisoformat(d["kosten_vanaf"]),
        kosten_tot=date.fromisoformat(d["kosten_tot"]),
        max_jaren=int(d["max_jaren"]),
        plafond=_bedrag(d.get("plafond")),
        grondslag=d.get("grondslag", ""),
        gemeenten=tuple(d.get("gemeenten", [])),
        aanvragen_vanaf=_datum(d.get("aanvragen_vanaf")),
        aanvragen_tot=_datum(d.get("aanvragen_tot")),
        categorieen=tuple(d.get("categorieen", [])),
        plafond_per_gemeente_per_jaar=_bedrag(d.get("plafond_per_gemeente_per_jaar")),
        per_jaar=bool(d.get("per_jaar", False)),
        leeftijd_van=int(d.get("leeftijd_van", 8)),
        leeftijd_tot_en_met=int(d.get("leeftijd_tot_en_met", 27)),
        eenmalig=bool(d.get("eenmalig", False)),
        onderdelen=tuple(d.get("onderdelen", [])),
    )


def ronde_to_dict(r: Ronde) -> dict[str, Any]:
    def bedrag(v: Decimal | None) -> str | None:
        return None if v is None else f"{v:.2f}"

    def datum(v: date | None) -> str | None:
        return None if v is None else v.isoformat()

    return {
        "code": r.code,
        "naam": r.naam,
        "grondslag": r.grondslag,
        "gemeenten": list(r.gemeenten),
        "kosten_vanaf": r.kosten_vanaf.isoformat(),
        "kosten_tot": r.kosten_tot.isoformat(),
        "max_jaren": r.max_jaren,
        "aanvragen_vanaf": datum(r.aanvragen_vanaf),
        "aanvragen_tot": datum(r.aanvragen_tot),
        "categorieen": list(r.categorieen),
        "plafond": bedrag(r.plafond),
        "plafond_per_gemeente_per_jaar": bedrag(r.plafond_per_gemeente_per_jaar),
        "per_jaar": r.per_jaar,
        "leeftijd_van": r.leeftijd_van,
        "leeftijd_tot_en_met": r.leeftijd_tot_en_met,
        "eenmalig": r.eenmalig,
        "onderdelen": list(r.onderdelen),
    }
