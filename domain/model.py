"""The plan as the programme has it (Regeling SPUK 2022, art. 3), in plain dataclasses.

Names follow the programme's Dutch terms, because they are also the names in the exchange
formats and in what coordinators and assessors read. Ids are UUID strings. Amounts are
``Decimal`` (see :mod:`domain.money`). Totals are never stored: see :mod:`domain.totals`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.money import NUL

# Status and PlanOverzicht live in domain.overzicht, the plan list's own small module (issue
# 13: the list on the first frame needs none of the plan's dataclasses); every other module
# keeps importing them from here.
from domain.overzicht import PlanOverzicht, Status  # noqa: F401


def new_id() -> str:
    return str(uuid.uuid4())


class Kant(StrEnum):
    """The two sides of every plan in the seed letter: offering chances, setting limits."""

    KANSEN = "kansen"
    GRENZEN = "grenzen"


class Categorie(StrEnum):
    """What later rounds fund: a problem analysis, programme support, interventions."""

    PROBLEEMANALYSE = "probleemanalyse"
    PROGRAMMAONDERSTEUNING = "programmaondersteuning"
    INTERVENTIE = "interventie"


class Kostensoort(StrEnum):
    PERSONEEL = "personeel"
    INHUUR_DERDEN = "inhuur_derden"
    MATERIEEL = "materieel"
    OVERIG = "overig"


class FactorSoort(StrEnum):
    RISICO = "risico"
    BESCHERMEND = "beschermend"


# --- reference data (loaded from resources/, kept in the database, editable) -------------


@dataclass(frozen=True)
class Gemeente:
    code: str  # CBS code, e.g. GM0363
    naam: str
    focusgebieden: tuple[str, ...] = ()

    @property
    def cijfers(self) -> str:
        """The four digits that wijk and buurt codes repeat (GM0363 → 0363)."""
        return self.code[2:]


@dataclass(frozen=True)
class Ronde:
    """One grant round (regeling) with the rules that differ between rounds.

    Everything here is reference data: facts the Staatscourant leaves open are editable
    defaults in resources/reference.json, never constants in the rules.
    """

    code: str
    naam: str
    kosten_vanaf: date  # first allowed cost date
    kosten_tot: date  # last allowed cost date
    max_jaren: int
    plafond: Decimal | None = None  # ceiling for all municipalities together, where there is one
    grondslag: str = ""  # the regeling and its Staatscourant reference
    gemeenten: tuple[str, ...] = ()  # CBS codes of the participating municipalities
    aanvragen_vanaf: date | None = None  # the application period opens (inclusive)
    aanvragen_tot: date | None = None  # applications must be in before this date
    categorieen: tuple[str, ...] = ()  # the closed list of budget categories; empty: all
    plafond_per_gemeente_per_jaar: Decimal | None = None
    per_jaar: bool = False  # granted year by year (on application) or for the whole period
    leeftijd_van: int = 8  # the target group's age range, inclusive
    leeftijd_tot_en_met: int = 27
    eenmalig: bool = False  # a one-off grant
    onderdelen: tuple[str, ...] = ()  # the plan sections the round asks for

    @property
    def eerste_jaar(self) -> int:
        return self.kosten_vanaf.year

    @property
    def laatste_jaar(self) -> int:
        return self.kosten_tot.year

    def neemt_deel(self, gemeente_code: str) -> bool:
        """An empty list restricts nothing: a round an administrator added without one."""
        return not self.gemeenten or gemeente_code in self.gemeenten

    def aanvraag_open(self, vandaag: date) -> bool:
        """Whether an application may be made on ``vandaag`` (a round without dates: never)."""
        if self.aanvragen_vanaf is None or self.aanvragen_tot is None:
            return False
        return self.aanvragen_vanaf <= vandaag < self.aanvragen_tot


@dataclass(frozen=True)
class Factor:
    code: str
    label: str
    soort: FactorSoort
    gefundeerd: bool = False  # "well founded" in Beke (WODC 2022); the rest is plausible


@dataclass(frozen=True)
class Erkenningsniveau:
    """One step of the Erkenningscommissie's ordered scale; ``rang`` orders them."""

    code: str
    label: str
    rang: int
    erkend: bool  # counts towards "budget on recognised interventions"


@dataclass(frozen=True)
class CodeLabel:
    """A small catalogue entry: pillars, partner kinds, ingroeimechanismen, categories …"""

    code: str
    label: str


# --- the plan --------------------------------------------------------------------------


@dataclass
class Contactpersoon:
    naam: str = ""
    functie: str = ""
    email: str = ""
    telefoon: str = ""


@dataclass
class GekozenFactor:
    """A catalogue factor the plan addresses, with the municipality's explanation."""

    code: str
    toelichting: str = ""


@dataclass
class Probleemanalyse:
    tekst: str = ""
    risicofactoren: list[GekozenFactor] = field(default_factory=list)
    beschermende_factoren: list[GekozenFactor] = field(default_factory=list)


@dataclass
class Doelgroep:
    """An age band of young people the plan targets (within 8–27 years)."""

    id: str = field(default_factory=new_id)
    naam: str = ""
    leeftijd_van: int = 12
    leeftijd_tot_en_met: int = 17


@dataclass
class Wijk:
    code: str = ""  # CBS wijk code WK + gemeente digits + 2 characters
    naam: str = ""
    toelichting: str = ""


@dataclass
class Partner:
    id: str = field(default_factory=new_id)
    naam: str = ""
    soort: str = ""  # partner kind code from the catalogue
    rol: str = ""


@dataclass
class Interventie:
    id: str = field(default_factory=new_id)
    naam: str = ""
    omschrijving: str = ""
    kant: Kant = Kant.KANSEN
    pijler: str = ""  # pillar code from the catalogue
    erkenning: str = "niet_erkend"  # evidence level code
    factoren: list[str] = field(default_factory=list)  # risk/protective factor codes
    doelgroep_ids: list[str] = field(default_factory=list)
    wijk_codes: list[str] = field(default_factory=list)
    lead_partner_id: str | None = None
    bereik: int | None = None  # young people reached per year
    jaar_van: int | None = None
    jaar_tot_en_met: int | None = None


@dataclass
class Indicator:
    id: str = field(default_factory=new_id)
    naam: str = ""
    eenheid: str = ""
    nulmeting: Decimal | None = None
    streefwaarden: dict[int, Decimal] = field(default_factory=dict)  # plan year → target
    bron: str = ""
    interventie_ids: list[str] = field(default_factory=list)


@dataclass
class Begrotingsregel:
    """One cost line for one year. ``interventie_id`` None means programme-wide costs."""

    id: str = field(default_factory=new_id)
    interventie_id: str | None = None
    categorie: Categorie = Categorie.INTERVENTIE
    kostensoort: Kostensoort = Kostensoort.PERSONEEL
    jaar: int = 2023
    omschrijving: str = ""
    bedrag: Decimal = NUL  # requested from the ministry
    cofinanciering: Decimal = NUL  # other money
    cofinanciering_bron: str = ""


@dataclass
class Plan:
    id: str = field(default_factory=new_id)
    gemeente_code: str = ""
    ronde_code: str = ""
    titel: str = ""
    jaar_van: int = 2023
    jaar_tot_en_met: int = 2026
    status: Status = Status.CONCEPT
    revisie: int = 1
    iban: str = ""
    contactpersoon: Contactpersoon = field(default_factory=Contactpersoon)
    samenvatting: str = ""
    probleemanalyse: Probleemanalyse = field(default_factory=Probleemanalyse)
    doelgroepen: list[Doelgroep] = field(default_factory=list)
    wijken: list[Wijk] = field(default_factory=list)
    interventies: list[Interventie] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    indicatoren: list[Indicator] = field(default_factory=list)
    begroting: list[Begrotingsregel] = field(default_factory=list)
    # The yearly application (issue 11): a round granted per year (2026-2029) asks each year
    # for that year's amount of the multi-year plan, with a reflectie on the programme up to
    # June 2025, a vooruitblik for July 2025 - May 2026 and an integraal, domeinoverstijgend
    # plan van aanpak. What was granted in earlier years is context the coordinator enters.
    # Empty in rounds that do not ask for them (Ronde.onderdelen).
    aanvraagjaar: int | None = None
    reflectie: str = ""
    vooruitblik: str = ""
    plan_van_aanpak: str = ""
    eerder_toegekend: dict[int, Decimal] = field(default_factory=dict)  # year → granted
    # The stored version this copy was loaded or last saved at (set by the repository; None
    # for a plan that never came from the database, e.g. one read from a file). A save based
    # on an older version is refused (domain.errors.PlanGewijzigd). Not content: it takes no
    # part in equality, exports or the content hash.
    versie: int | None = field(default=None, compare=False, repr=False)

    @property
    def jaren(self) -> list[int]:
        if self.jaar_tot_en_met < self.jaar_van:
            return []
        return list(range(self.jaar_van, self.jaar_tot_en_met + 1))

    @property
    def bevroren(self) -> bool:
        """A submitted (or later) revision is read-only; edits start a new revision."""
        return self.status != Status.CONCEPT

    def interventie(self, interventie_id: str | None) -> Interventie | None:
        return next((i for i in self.interventies if i.id == interventie_id), None)

    def partner(self, partner_id: str | None) -> Partner | None:
        return next((p for p in self.partners if p.id == partner_id), None)
