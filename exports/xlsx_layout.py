"""The Wijkplan workbook format: every sheet and column, defined once.

The writer, the reader, the import report and the tests all take sheet and column names from
here. Columns are identified by their header text; the reader looks them up by that text, never
by position, so a later format version may add columns and sheets (never rename or remove them)
and files of every earlier version still import.

The Plan sheet's rows come from :data:`domain.vorm.PLAN_VELDEN` (the plan's shape, stated
once), plus the values written for readers only.

Format history:
  1 — first version (sheets Plan, Wijken, Doelgroepen, Factoren, Interventies, Partners,
      Indicatoren, Begroting, Overzicht, Lijsten, Metadata).
  2 — the yearly application (issue 11): Plan rows aanvraagjaar, reflectie, vooruitblik,
      plan_van_aanpak (and the derived gevraagd_aanvraagjaar); sheet "Eerder toegekend".
      A version-1 file lacks them: its plan has them empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from domain import vorm
from domain.catalogue import Catalogus
from domain.model import Plan
from domain.money import NUL
from domain.totals import bereken_totalen

FORMAT_NAAM = "wijkplan-xlsx"
FORMAT_VERSIE = 2

# Far above any real plan (2,000 budget lines × 4 years); below what makes a hostile file slow.
MAX_RIJEN = 20_000

# Id columns are this narrow (a UUID is clipped on screen and paper; the name beside it is what
# people read): with three 38-wide id columns a sheet printed one page wide came out at ~4 pt.
SMAL = 6
EURO_FORMAAT = '"€" #,##0.00;-"€" #,##0.00'
GETAL_FORMAAT = "General"  # "#,##0.##" would show 60 as "60,"
# Lists inside one cell (factor codes, ids): a separator that codes and UUIDs never contain.
LIJST_SCHEIDING = ", "


class Soort(StrEnum):
    """How a column's cells are written and read back."""

    TEKST = "tekst"  # user text: always a literal string
    CODE = "code"  # catalogue code (dropdown from the Lijsten sheet)
    ID = "id"  # a UUID or other identifier
    GEHEEL = "geheel"  # integer (years, ages, reach)
    BEDRAG = "bedrag"  # euro amount, exactly two decimals
    GETAL = "getal"  # decimal number with at most two decimals (indicator values)
    LIJST = "lijst"  # several codes or ids in one cell, separated by LIJST_SCHEIDING
    RUW = "ruw"  # as openpyxl gives it (key/value sheets, interpreted per key afterwards)


@dataclass(frozen=True)
class Kolom:
    sleutel: str  # key in the row dicts (and, mostly, in the canonical plan dict)
    kop: str  # header text in the workbook: the column's identity
    soort: Soort
    breedte: int = 14
    lijst: str | None = None  # catalogue list for a dropdown (a column of the Lijsten sheet)
    verplicht: bool = False  # an empty cell is refused
    afgeleid: bool = False  # written for readers (e.g. a name next to an id), ignored on import


@dataclass(frozen=True)
class Blad:
    naam: str  # sheet name
    tabel: str  # Excel table name (also usable in formulas)
    kolommen: tuple[Kolom, ...]
    sinds: int = 1  # the format version that added the sheet (older files: empty)

    def kolom(self, sleutel: str) -> Kolom:
        return next(k for k in self.kolommen if k.sleutel == sleutel)

    def letter(self, sleutel: str) -> str:
        from exports.xlsx_tabel import get_column_letter  # no openpyxl import when reading

        return get_column_letter(self.kolommen.index(self.kolom(sleutel)) + 1)


def _plan_id() -> Kolom:
    # Empty on a row an assessor typed: it belongs to this file's plan.
    return Kolom("plan_id", "Plan-id", Soort.ID, SMAL)


def _id(kop: str = "Id") -> Kolom:
    # Empty on a row an assessor typed: the importer gives it a stable id (and says so).
    return Kolom("id", kop, Soort.ID, SMAL)


WIJKEN = Blad(
    "Wijken",
    "tblWijken",
    (
        _plan_id(),
        Kolom("code", "Wijkcode", Soort.ID, 12, verplicht=True),
        Kolom("naam", "Naam", Soort.TEKST, 28),
        Kolom("toelichting", "Toelichting", Soort.TEKST, 60),
    ),
)

DOELGROEPEN = Blad(
    "Doelgroepen",
    "tblDoelgroepen",
    (
        _plan_id(),
        _id(),
        Kolom("naam", "Naam", Soort.TEKST, 28),
        Kolom("leeftijd_van", "Leeftijd van", Soort.GEHEEL, 12, verplicht=True),
        Kolom("leeftijd_tot_en_met", "Leeftijd t/m", Soort.GEHEEL, 12, verplicht=True),
    ),
)

FACTOREN = Blad(
    "Factoren",
    "tblFactoren",
    (
        _plan_id(),
        Kolom("soort", "Soort", Soort.CODE, 14, lijst="factorsoort", verplicht=True),
        Kolom("code", "Factor", Soort.CODE, 10, lijst="factor", verplicht=True),
        Kolom("label", "Omschrijving factor", Soort.TEKST, 50, afgeleid=True),
        Kolom("toelichting", "Toelichting", Soort.TEKST, 60),
    ),
)

INTERVENTIES = Blad(
    "Interventies",
    "tblInterventies",
    (
        _plan_id(),
        _id(),
        Kolom("naam", "Naam", Soort.TEKST, 22),
        Kolom("omschrijving", "Omschrijving", Soort.TEKST, 30),
        Kolom("kant", "Kant", Soort.CODE, 9, lijst="kant", verplicht=True),
        Kolom("pijler", "Pijler", Soort.CODE, 14, lijst="pijler"),
        Kolom("erkenning", "Erkenning", Soort.CODE, 15, lijst="erkenning", verplicht=True),
        Kolom("factoren", "Factoren", Soort.LIJST, 12),
        Kolom("doelgroep_ids", "Doelgroep-ids", Soort.LIJST, SMAL),
        Kolom("wijk_codes", "Wijkcodes", Soort.LIJST, 10),
        Kolom("lead_partner_id", "Leadpartner-id", Soort.ID, SMAL),
        Kolom("bereik", "Bereik per jaar", Soort.GEHEEL, 8),
        Kolom("jaar_van", "Jaar van", Soort.GEHEEL, 6),
        Kolom("jaar_tot_en_met", "Jaar t/m", Soort.GEHEEL, 6),
    ),
)

PARTNERS = Blad(
    "Partners",
    "tblPartners",
    (
        _plan_id(),
        _id(),
        Kolom("naam", "Naam", Soort.TEKST, 30),
        Kolom("soort", "Soort", Soort.CODE, 16, lijst="partnersoort"),
        Kolom("rol", "Rol", Soort.TEKST, 50),
    ),
)

# Long form: one row per indicator per plan year (an indicator without targets: one row with
# an empty year), so assessors can filter and pivot. The row's own id is "<indicator id>/<year>".
INDICATOREN = Blad(
    "Indicatoren",
    "tblIndicatoren",
    (
        _plan_id(),
        Kolom("rij_id", "Id", Soort.ID, SMAL, afgeleid=True),
        Kolom("id", "Indicator-id", Soort.ID, SMAL, verplicht=True),
        Kolom("naam", "Naam", Soort.TEKST, 30),
        Kolom("eenheid", "Eenheid", Soort.TEKST, 12),
        Kolom("nulmeting", "Nulmeting", Soort.GETAL, 12),
        Kolom("bron", "Bron", Soort.TEKST, 24),
        Kolom("interventie_ids", "Interventie-ids", Soort.LIJST, SMAL),
        Kolom("jaar", "Jaar", Soort.GEHEEL, 8),
        Kolom("streefwaarde", "Streefwaarde", Soort.GETAL, 13),
    ),
)

BEGROTING = Blad(
    "Begroting",
    "tblBegroting",
    (
        _plan_id(),
        _id(),
        Kolom("interventie_id", "Interventie-id", Soort.ID, SMAL),
        Kolom("interventie_naam", "Interventie", Soort.TEKST, 22, afgeleid=True),
        Kolom("categorie", "Categorie", Soort.CODE, 22, lijst="categorie", verplicht=True),
        Kolom("kostensoort", "Kostensoort", Soort.CODE, 13, lijst="kostensoort", verplicht=True),
        Kolom("jaar", "Jaar", Soort.GEHEEL, 6, verplicht=True),
        Kolom("omschrijving", "Omschrijving", Soort.TEKST, 25),
        Kolom("bedrag", "Bedrag gevraagd", Soort.BEDRAG, 15, verplicht=True),
        Kolom("cofinanciering", "Cofinanciering", Soort.BEDRAG, 15),
        Kolom("cofinanciering_bron", "Bron cofinanciering", Soort.TEKST, 18),
    ),
)

# Version 2: what was granted in earlier years (context for a yearly application).
EERDER_TOEGEKEND = Blad(
    "Eerder toegekend",
    "tblEerderToegekend",
    (
        _plan_id(),
        Kolom("jaar", "Jaar", Soort.GEHEEL, 8, verplicht=True),
        Kolom("bedrag", "Toegekend", Soort.BEDRAG, 15, verplicht=True),
    ),
    sinds=2,
)

TABELLEN: tuple[Blad, ...] = (
    WIJKEN,
    DOELGROEPEN,
    FACTOREN,
    INTERVENTIES,
    PARTNERS,
    INDICATOREN,
    BEGROTING,
    EERDER_TOEGEKEND,
)

PLAN_BLAD = "Plan"
OVERZICHT_BLAD = "Overzicht"
LIJSTEN_BLAD = "Lijsten"
METADATA_BLAD = "Metadata"
# The cover sheet is label | value | key; the reader finds rows by key (column "Sleutel").
PLAN_KOPPEN = ("Veld", "Waarde", "Sleutel")
METADATA_KOPPEN = ("Sleutel", "Waarde")


@dataclass(frozen=True)
class PlanVeld:
    sleutel: str
    label: str
    soort: Soort
    afgeleid: bool = False
    sinds: int = 1  # the format version that added the row (older files: the field is empty)


def _plan_velden() -> tuple[PlanVeld, ...]:
    uit: list[PlanVeld] = []
    for v in vorm.PLAN_VELDEN:
        uit.append(PlanVeld(v.sleutel, v.label, Soort(v.soort), sinds=v.sinds))
        if v.pad == "gemeente_code":
            uit.append(PlanVeld("gemeente_naam", "Gemeente", Soort.TEKST, afgeleid=True))
    return (
        *uit,
        PlanVeld("gevraagd_aanvraagjaar", "Gevraagd voor het aanvraagjaar", Soort.BEDRAG, True, 2),
        PlanVeld("totaal_gevraagd", "Totaal gevraagd", Soort.BEDRAG, afgeleid=True),
        PlanVeld("totaal_cofinanciering", "Totaal cofinanciering", Soort.BEDRAG, afgeleid=True),
        # Issue 10: where this revision came from when it was imported, and the flag.
        PlanVeld("herkomst", "Herkomst van deze revisie", Soort.TEKST, afgeleid=True),
    )


PLAN_VELDEN: tuple[PlanVeld, ...] = _plan_velden()

# Sheets an import cannot do without (Overzicht and Lijsten are for people, not for import).
VERPLICHTE_BLADEN = (PLAN_BLAD, METADATA_BLAD, *(b.naam for b in TABELLEN))


def verplichte_bladen(versie: int) -> tuple[str, ...]:
    """The sheets a file of format ``versie`` must have (a later sheet is absent in it)."""
    return (PLAN_BLAD, METADATA_BLAD, *(b.naam for b in TABELLEN if b.sinds <= versie))


def overzicht_totalen(plan: Plan, catalogus: Catalogus) -> dict[str, Decimal]:
    """The totals the Overzicht sheet computes with SUMIFS, as values, by metadata key.

    From :func:`domain.totals.bereken_totalen`; lines whose intervention is unknown count as
    programme-wide, as in the sheet (whose last row is the total minus the interventions).
    """
    t = bereken_totalen(plan, catalogus)
    tot = {"totaal_gevraagd": t.gevraagd, "totaal_cofinanciering": t.cofinanciering}
    for jaar, bedrag in t.per_jaar.items():
        tot[f"gevraagd_jaar_{jaar}"] = bedrag
    for cat, bedrag in t.per_categorie.items():
        tot[f"gevraagd_categorie_{cat.value}"] = bedrag
    bekend = {i.id for i in plan.interventies}
    programmabreed = NUL
    for iid, bedrag in t.per_interventie.items():
        if iid in bekend:
            tot[f"gevraagd_interventie_{iid}"] = bedrag
        else:
            programmabreed += bedrag
    tot["gevraagd_programmabreed"] = programmabreed
    return tot


def overzicht_jaren(plan: Plan) -> list[int]:
    """The plan years plus any year a budget line uses (a wrong year must still add up)."""
    return sorted(set(plan.jaren) | {r.jaar for r in plan.begroting})
