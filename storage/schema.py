"""The database tables, as SQLAlchemy Core metadata (the schema at the newest migration).

Normalised: one row per plan, per part of a plan (doelgroep, wijk, interventie, partner,
indicator, streefwaarde, begrotingsregel, chosen factor) and per frozen revision. Parts are keyed
by (plan_id, id), so two plans may share part ids (an imported copy) without clashing.

Short code lists inside an intervention or indicator (factor codes, doelgroep ids, wijk codes,
intervention ids) are JSON arrays: they are always read and written with their owner, keep the
user's order, and a dangling reference must stay storable, because validation reports it
instead of the database refusing it. References to reference data that define the plan
(gemeente, ronde) are foreign keys.

Core tables rather than ORM classes: the repository maps rows to the domain's own dataclasses
and writes row-level diffs itself, and `plans` on the command line must not pay for importing
``sqlalchemy.orm``. Migrations (storage/migrations) must produce exactly this schema; a test
compares them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    text,
)

# Stable constraint names, so that later migrations can alter them on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# Money: 12 digits before the comma is far above any budget (MAX_BEDRAG is 999.999.999,99).
Bedrag = Numeric(14, 2)
ID = String(64)


def _plan_fk(ondelete: str = "CASCADE") -> Column:
    return Column(
        "plan_id", ID, ForeignKey("plans.id", ondelete=ondelete), primary_key=True, nullable=False
    )


# --- reference data (seeded from resources/reference.json, editable afterwards) -------------
gemeenten = Table(
    "gemeenten",
    metadata,
    Column("code", String(20), primary_key=True),
    Column("naam", Text, nullable=False),
    Column("focusgebieden", JSON, nullable=False),
    Column("volgorde", Integer, nullable=False),
)

rondes = Table(
    "rondes",
    metadata,
    Column("code", String(20), primary_key=True),
    Column("naam", Text, nullable=False),
    Column("kosten_vanaf", Date, nullable=False),
    Column("kosten_tot", Date, nullable=False),
    Column("max_jaren", Integer, nullable=False),
    Column("plafond", Bedrag, nullable=True),  # for all municipalities together (0006: optional)
    Column("volgorde", Integer, nullable=False),
    # 0006 (issue 11): the rules that differ per round; see domain.model.Ronde.
    Column("grondslag", Text, nullable=False, server_default=""),
    Column("gemeenten", JSON, nullable=False, server_default="[]"),
    Column("aanvragen_vanaf", Date, nullable=True),
    Column("aanvragen_tot", Date, nullable=True),
    Column("categorieen", JSON, nullable=False, server_default="[]"),
    Column("plafond_per_gemeente_per_jaar", Bedrag, nullable=True),
    Column("per_jaar", Boolean, nullable=False, server_default=text("false")),
    Column("leeftijd_van", Integer, nullable=False, server_default=text("8")),
    Column("leeftijd_tot_en_met", Integer, nullable=False, server_default=text("27")),
    Column("eenmalig", Boolean, nullable=False, server_default=text("false")),
    Column("onderdelen", JSON, nullable=False, server_default="[]"),
)

factoren = Table(
    "factoren",
    metadata,
    Column("code", String(20), primary_key=True),
    Column("label", Text, nullable=False),
    Column("soort", String(20), nullable=False),
    Column("gefundeerd", Boolean, nullable=False),
    Column("volgorde", Integer, nullable=False),
)

erkenningsniveaus = Table(
    "erkenningsniveaus",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("rang", Integer, nullable=False),
    Column("erkend", Boolean, nullable=False),
)

# The small code/label catalogues (pijlers, partnersoorten, …), one table, told apart by `lijst`.
codelijsten = Table(
    "codelijsten",
    metadata,
    Column("lijst", String(40), primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("volgorde", Integer, nullable=False),
)

# --- plans ---------------------------------------------------------------------------------
plans = Table(
    "plans",
    metadata,
    Column("id", ID, primary_key=True),
    Column("gemeente_code", String(20), ForeignKey("gemeenten.code"), nullable=True),
    Column("ronde_code", String(20), ForeignKey("rondes.code"), nullable=True),
    Column("titel", Text, nullable=False),
    Column("jaar_van", Integer, nullable=False),
    Column("jaar_tot_en_met", Integer, nullable=False),
    Column("status", String(20), nullable=False),
    Column("revisie", Integer, nullable=False),
    Column("iban", Text, nullable=False),
    Column("contact_naam", Text, nullable=False),
    Column("contact_functie", Text, nullable=False),
    Column("contact_email", Text, nullable=False),
    Column("contact_telefoon", Text, nullable=False),
    Column("samenvatting", Text, nullable=False),
    Column("analyse_tekst", Text, nullable=False),
    Column("aangemaakt_op", DateTime(timezone=True), nullable=False),
    # Added by migration 0002: when the plan's content was last written.
    Column("gewijzigd_op", DateTime(timezone=True), nullable=True),
    # Added by migration 0003: raised by every write of the plan (see storage/diff.py).
    Column("versie", Integer, nullable=False, server_default=text("0")),
    # Added by migration 0004: who wrote that version (shown when a stale save is refused).
    Column("gewijzigd_door", Text, nullable=True),
    # Added by migration 0007 (issue 11): the yearly application of a round granted per year.
    Column("aanvraagjaar", Integer, nullable=True),
    Column("reflectie", Text, nullable=False, server_default=""),
    Column("vooruitblik", Text, nullable=False, server_default=""),
    Column("plan_van_aanpak", Text, nullable=False, server_default=""),
    # Added by migration 0009 (issue 13): every import looks for other plans of the same
    # gemeente and ronde (the duplicate check); without it that read scans the whole table.
    Index("ix_plans_gemeente_ronde", "gemeente_code", "ronde_code"),
)

plan_factoren = Table(
    "plan_factoren",
    metadata,
    _plan_fk(),
    Column("soort", String(20), primary_key=True),  # risico | beschermend
    Column("volgorde", Integer, primary_key=True),
    Column("code", String, nullable=False),
    Column("toelichting", Text, nullable=False),
)

doelgroepen = Table(
    "doelgroepen",
    metadata,
    _plan_fk(),
    Column("id", ID, primary_key=True),
    Column("volgorde", Integer, nullable=False),
    Column("naam", Text, nullable=False),
    Column("leeftijd_van", Integer, nullable=False),
    Column("leeftijd_tot_en_met", Integer, nullable=False),
)

# A wijk has no id of its own and its code may (wrongly) repeat; its place in the list keys it.
wijken = Table(
    "wijken",
    metadata,
    _plan_fk(),
    Column("volgorde", Integer, primary_key=True),
    Column("code", String, nullable=False),
    Column("naam", Text, nullable=False),
    Column("toelichting", Text, nullable=False),
)

interventies = Table(
    "interventies",
    metadata,
    _plan_fk(),
    Column("id", ID, primary_key=True),
    Column("volgorde", Integer, nullable=False),
    Column("naam", Text, nullable=False),
    Column("omschrijving", Text, nullable=False),
    Column("kant", String(20), nullable=False),
    Column("pijler", String, nullable=False),
    Column("erkenning", String, nullable=False),
    Column("factoren", JSON, nullable=False),
    Column("doelgroep_ids", JSON, nullable=False),
    Column("wijk_codes", JSON, nullable=False),
    Column("lead_partner_id", ID, nullable=True),
    Column("bereik", Integer, nullable=True),
    Column("jaar_van", Integer, nullable=True),
    Column("jaar_tot_en_met", Integer, nullable=True),
)

partners = Table(
    "partners",
    metadata,
    _plan_fk(),
    Column("id", ID, primary_key=True),
    Column("volgorde", Integer, nullable=False),
    Column("naam", Text, nullable=False),
    Column("soort", String, nullable=False),
    Column("rol", Text, nullable=False),
)

indicatoren = Table(
    "indicatoren",
    metadata,
    _plan_fk(),
    Column("id", ID, primary_key=True),
    Column("volgorde", Integer, nullable=False),
    Column("naam", Text, nullable=False),
    Column("eenheid", Text, nullable=False),
    Column("nulmeting", Bedrag, nullable=True),
    Column("bron", Text, nullable=False),
    Column("interventie_ids", JSON, nullable=False),
)

streefwaarden = Table(
    "streefwaarden",
    metadata,
    Column("plan_id", ID, primary_key=True),
    Column("indicator_id", ID, primary_key=True),
    Column("jaar", Integer, primary_key=True),
    Column("waarde", Bedrag, nullable=False),
    ForeignKeyConstraint(
        ["plan_id", "indicator_id"],
        ["indicatoren.plan_id", "indicatoren.id"],
        ondelete="CASCADE",
        name="fk_streefwaarden_indicator",
    ),
)

begrotingsregels = Table(
    "begrotingsregels",
    metadata,
    _plan_fk(),
    Column("id", ID, primary_key=True),
    Column("volgorde", Integer, nullable=False),
    # No foreign key: a line pointing at a deleted intervention is a validation finding.
    Column("interventie_id", ID, nullable=True),
    Column("categorie", String(40), nullable=False),
    Column("kostensoort", String(40), nullable=False),
    Column("jaar", Integer, nullable=False),
    Column("omschrijving", Text, nullable=False),
    Column("bedrag", Bedrag, nullable=False),
    Column("cofinanciering", Bedrag, nullable=False),
    Column("cofinanciering_bron", Text, nullable=False),
    # Migration 0003: the plan list's grouped sum reads this index only.
    Index("ix_begrotingsregels_plan_bedrag", "plan_id", "bedrag"),
)

# Migration 0007 (issue 11): what was granted in earlier years, as the coordinator entered it.
eerder_toegekend = Table(
    "eerder_toegekend",
    metadata,
    _plan_fk(),
    Column("jaar", Integer, primary_key=True),
    Column("bedrag", Bedrag, nullable=False),
)

# Frozen revisions: canonical JSON (domain.serialize), never changed or deleted (migration 0002
# adds triggers that refuse it); RESTRICT keeps a plan that has one from being deleted.
snapshots = Table(
    "snapshots",
    metadata,
    _plan_fk(ondelete="RESTRICT"),
    Column("revisie", Integer, primary_key=True),
    Column("status", String(20), nullable=False),
    Column("vastgelegd_op", DateTime(timezone=True), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("inhoud", Text, nullable=False),
)

PLAN_PARTS = (
    plan_factoren,
    doelgroepen,
    wijken,
    interventies,
    partners,
    indicatoren,
    streefwaarden,
    begrotingsregels,
    eerder_toegekend,
)

# Migration 0005 (issue 10): where every imported revision came from, kept forever. Rows are
# only added (a draft imported twice has two rows; the newest describes it now).
herkomst = Table(
    "herkomst",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("plan_id", ID, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("revisie", Integer, nullable=False),
    Column("bestandsnaam", Text, nullable=False),
    Column("bestand_sha256", String(64), nullable=False),
    # Text: a file may state anything as its hash; it is kept as stated.
    Column("hash_in_bestand", Text, nullable=True),
    Column("hash_berekend", String(64), nullable=False),
    Column("gewijzigd_na_export", Boolean, nullable=False),
    Column("ingelezen_op", DateTime(timezone=True), nullable=False),
    Column("ingelezen_door", Text, nullable=False),
    Index("ix_herkomst_plan_revisie", "plan_id", "revisie"),
)

# --- issue 12: assessment (migration 0010) ---------------------------------------------------
# The rubric per round; ronde_code '' holds the standard rubric (every round without its own).
beoordelingscriteria = Table(
    "beoordelingscriteria",
    metadata,
    Column("ronde_code", String(20), primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("label", Text, nullable=False),
    Column("volgorde", Integer, nullable=False),
)


def _vergrendeld() -> list[Column]:
    """Optimistic locking: the version a save was based on must still be the stored one."""
    return [
        Column("versie", Integer, nullable=False),
        Column("gewijzigd_op", DateTime(timezone=True), nullable=False),
        Column("gewijzigd_door", Text, nullable=False),
    ]


# One assessor's assessment of one submitted revision.
beoordelingen = Table(
    "beoordelingen",
    metadata,
    _plan_fk(),
    Column("revisie", Integer, primary_key=True),
    Column("beoordelaar", String(200), primary_key=True),
    Column("advies", String(20), nullable=True),
    Column("advies_toelichting", Text, nullable=False),
    Column("advies_datum", Date, nullable=True),
    Column("klaar", Boolean, nullable=False),
    *_vergrendeld(),
)

scores = Table(
    "scores",
    metadata,
    Column("plan_id", ID, primary_key=True),
    Column("revisie", Integer, primary_key=True),
    Column("beoordelaar", String(200), primary_key=True),
    Column("criterium", String(40), primary_key=True),
    Column("waarde", Integer, nullable=True),
    Column("toelichting", Text, nullable=False),
    ForeignKeyConstraint(
        ["plan_id", "revisie", "beoordelaar"],
        ["beoordelingen.plan_id", "beoordelingen.revisie", "beoordelingen.beoordelaar"],
        ondelete="CASCADE",
        name="fk_scores_beoordeling",
    ),
)

notities = Table(
    "notities",
    metadata,
    Column("id", ID, primary_key=True),
    Column("plan_id", ID, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("revisie", Integer, nullable=False),
    Column("pad", Text, nullable=False),
    Column("tekst", Text, nullable=False),
    Column("beoordelaar", Text, nullable=False),
    Column("aangemaakt_op", DateTime(timezone=True), nullable=False),
    *_vergrendeld(),
    Index("ix_notities_plan_revisie", "plan_id", "revisie"),
)

# The decision on a submitted revision; its history is in the audit log.
besluiten = Table(
    "besluiten",
    metadata,
    _plan_fk(),
    Column("revisie", Integer, primary_key=True),
    Column("status", String(20), nullable=False),
    Column("reden", Text, nullable=False),
    *_vergrendeld(),
)

# The allocation per year ({"2023": "1234.50"}); no row: the requested amounts.
toewijzingen = Table(
    "toewijzingen",
    metadata,
    _plan_fk(),
    Column("revisie", Integer, primary_key=True),
    Column("bedragen", JSON, nullable=False),
    Column("boven_plafond_bevestigd", Boolean, nullable=False),
    Column("toelichting", Text, nullable=False),
    *_vergrendeld(),
)

# Every change to an assessment, note, decision or allocation: who, when, old and new.
auditlog = Table(
    "auditlog",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("plan_id", ID, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    Column("revisie", Integer, nullable=False),
    Column("onderwerp", String(20), nullable=False),
    Column("sleutel", Text, nullable=False),
    Column("veld", Text, nullable=False),
    Column("oud", Text, nullable=True),
    Column("nieuw", Text, nullable=True),
    Column("door", Text, nullable=False),
    Column("op", DateTime(timezone=True), nullable=False),
    Index("ix_auditlog_plan", "plan_id", "id"),
)
