"""The initial schema: reference data, plans and their parts, frozen revisions.

Written out in full (not derived from storage.schema), because the schema module always
describes the newest version and this migration must keep creating the first one.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(64)
BEDRAG = sa.Numeric(14, 2)



def upgrade() -> None:
    op.create_table(
        "gemeenten",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("focusgebieden", sa.JSON, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_gemeenten"),
    )
    op.create_table(
        "rondes",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("kosten_vanaf", sa.Date, nullable=False),
        sa.Column("kosten_tot", sa.Date, nullable=False),
        sa.Column("max_jaren", sa.Integer, nullable=False),
        sa.Column("plafond", BEDRAG, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_rondes"),
    )
    op.create_table(
        "factoren",
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("soort", sa.String(20), nullable=False),
        sa.Column("gefundeerd", sa.Boolean, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_factoren"),
    )
    op.create_table(
        "erkenningsniveaus",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("rang", sa.Integer, nullable=False),
        sa.Column("erkend", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_erkenningsniveaus"),
    )
    op.create_table(
        "codelijsten",
        sa.Column("lijst", sa.String(40), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("lijst", "code", name="pk_codelijsten"),
    )
    op.create_table(
        "plans",
        sa.Column("id", ID, nullable=False),
        sa.Column("gemeente_code", sa.String(20), nullable=True),
        sa.Column("ronde_code", sa.String(20), nullable=True),
        sa.Column("titel", sa.Text, nullable=False),
        sa.Column("jaar_van", sa.Integer, nullable=False),
        sa.Column("jaar_tot_en_met", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("iban", sa.Text, nullable=False),
        sa.Column("contact_naam", sa.Text, nullable=False),
        sa.Column("contact_functie", sa.Text, nullable=False),
        sa.Column("contact_email", sa.Text, nullable=False),
        sa.Column("contact_telefoon", sa.Text, nullable=False),
        sa.Column("samenvatting", sa.Text, nullable=False),
        sa.Column("analyse_tekst", sa.Text, nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
        sa.ForeignKeyConstraint(
            ["gemeente_code"], ["gemeenten.code"], name="fk_plans_gemeente_code_gemeenten"
        ),
        sa.ForeignKeyConstraint(
            ["ronde_code"], ["rondes.code"], name="fk_plans_ronde_code_rondes"
        ),
    )

    def part(name, pk, *columns, ondelete="CASCADE"):
        op.create_table(
            name,
            sa.Column("plan_id", ID, nullable=False),
            *columns,
            sa.PrimaryKeyConstraint("plan_id", *pk.split(), name=f"pk_{name}"),
            sa.ForeignKeyConstraint(
                ["plan_id"], ["plans.id"], ondelete=ondelete, name=f"fk_{name}_plan_id_plans"
            ),
        )

    part(
        "plan_factoren",
        "soort volgorde",
        sa.Column("soort", sa.String(20), nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("toelichting", sa.Text, nullable=False),
    )
    part(
        "doelgroepen",
        "id",
        sa.Column("id", ID, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("leeftijd_van", sa.Integer, nullable=False),
        sa.Column("leeftijd_tot_en_met", sa.Integer, nullable=False),
    )
    part(
        "wijken",
        "volgorde",
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("toelichting", sa.Text, nullable=False),
    )
    part(
        "interventies",
        "id",
        sa.Column("id", ID, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("omschrijving", sa.Text, nullable=False),
        sa.Column("kant", sa.String(20), nullable=False),
        sa.Column("pijler", sa.String, nullable=False),
        sa.Column("erkenning", sa.String, nullable=False),
        sa.Column("factoren", sa.JSON, nullable=False),
        sa.Column("doelgroep_ids", sa.JSON, nullable=False),
        sa.Column("wijk_codes", sa.JSON, nullable=False),
        sa.Column("lead_partner_id", ID, nullable=True),
        sa.Column("bereik", sa.Integer, nullable=True),
        sa.Column("jaar_van", sa.Integer, nullable=True),
        sa.Column("jaar_tot_en_met", sa.Integer, nullable=True),
    )
    part(
        "partners",
        "id",
        sa.Column("id", ID, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("soort", sa.String, nullable=False),
        sa.Column("rol", sa.Text, nullable=False),
    )
    part(
        "indicatoren",
        "id",
        sa.Column("id", ID, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("naam", sa.Text, nullable=False),
        sa.Column("eenheid", sa.Text, nullable=False),
        sa.Column("nulmeting", BEDRAG, nullable=True),
        sa.Column("bron", sa.Text, nullable=False),
        sa.Column("interventie_ids", sa.JSON, nullable=False),
    )
    op.create_table(
        "streefwaarden",
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("indicator_id", ID, nullable=False),
        sa.Column("jaar", sa.Integer, nullable=False),
        sa.Column("waarde", BEDRAG, nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "indicator_id", "jaar", name="pk_streefwaarden"),
        sa.ForeignKeyConstraint(
            ["plan_id", "indicator_id"],
            ["indicatoren.plan_id", "indicatoren.id"],
            ondelete="CASCADE",
            name="fk_streefwaarden_indicator",
        ),
    )
    part(
        "begrotingsregels",
        "id",
        sa.Column("id", ID, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("interventie_id", ID, nullable=True),
        sa.Column("categorie", sa.String(40), nullable=False),
        sa.Column("kostensoort", sa.String(40), nullable=False),
        sa.Column("jaar", sa.Integer, nullable=False),
        sa.Column("omschrijving", sa.Text, nullable=False),
        sa.Column("bedrag", BEDRAG, nullable=False),
        sa.Column("cofinanciering", BEDRAG, nullable=False),
        sa.Column("cofinanciering_bron", sa.Text, nullable=False),
    )
    part(
        "snapshots",
        "revisie",
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("vastgelegd_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("inhoud", sa.Text, nullable=False),
        ondelete="RESTRICT",
    )


def downgrade() -> None:
    for name in (
        "snapshots",
        "begrotingsregels",
        "streefwaarden",
        "indicatoren",
        "partners",
        "interventies",
        "wijken",
        "doelgroepen",
        "plan_factoren",
        "plans",
        "codelijsten",
        "erkenningsniveaus",
        "factoren",
        "rondes",
        "gemeenten",
    ):
        op.drop_table(name)
