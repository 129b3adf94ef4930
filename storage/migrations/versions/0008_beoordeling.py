"""The assessor's workspace (issue 12): rubric per round, assessments with scores, notes,
decisions, allocations (each with a version column for optimistic locking) and an audit log.

The rubric is filled from resources/reference.json when the database is opened after this
upgrade (storage.database.open_database tops up reference data after every migration).

Revision ID: 0008
Revises: 0007 (re-pointed by the lead when the branches are merged)
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.String(64)


def _vergrendeld() -> list[sa.Column]:
    return [
        sa.Column("versie", sa.Integer, nullable=False),
        sa.Column("gewijzigd_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("gewijzigd_door", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "beoordelingscriteria",
        sa.Column("ronde_code", sa.String(20), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("ronde_code", "code", name="pk_beoordelingscriteria"),
    )
    op.create_table(
        "beoordelingen",
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("beoordelaar", sa.String(200), nullable=False),
        sa.Column("advies", sa.String(20), nullable=True),
        sa.Column("advies_toelichting", sa.Text, nullable=False),
        sa.Column("advies_datum", sa.Date, nullable=True),
        sa.Column("klaar", sa.Boolean, nullable=False),
        *_vergrendeld(),
        sa.PrimaryKeyConstraint("plan_id", "revisie", "beoordelaar", name="pk_beoordelingen"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_beoordelingen_plan_id_plans"
        ),
    )
    op.create_table(
        "scores",
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("beoordelaar", sa.String(200), nullable=False),
        sa.Column("criterium", sa.String(40), nullable=False),
        sa.Column("waarde", sa.Integer, nullable=True),
        sa.Column("toelichting", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "revisie", "beoordelaar", "criterium", name="pk_scores"),
        sa.ForeignKeyConstraint(
            ["plan_id", "revisie", "beoordelaar"],
            ["beoordelingen.plan_id", "beoordelingen.revisie", "beoordelingen.beoordelaar"],
            ondelete="CASCADE",
            name="fk_scores_beoordeling",
        ),
    )
    op.create_table(
        "notities",
        sa.Column("id", ID, nullable=False),
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("pad", sa.Text, nullable=False),
        sa.Column("tekst", sa.Text, nullable=False),
        sa.Column("beoordelaar", sa.Text, nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(timezone=True), nullable=False),
        *_vergrendeld(),
        sa.PrimaryKeyConstraint("id", name="pk_notities"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_notities_plan_id_plans"
        ),
    )
    op.create_index("ix_notities_plan_revisie", "notities", ["plan_id", "revisie"])
    op.create_table(
        "besluiten",
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reden", sa.Text, nullable=False),
        *_vergrendeld(),
        sa.PrimaryKeyConstraint("plan_id", "revisie", name="pk_besluiten"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_besluiten_plan_id_plans"
        ),
    )
    op.create_table(
        "toewijzingen",
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("bedragen", sa.JSON, nullable=False),
        sa.Column("boven_plafond_bevestigd", sa.Boolean, nullable=False),
        sa.Column("toelichting", sa.Text, nullable=False),
        *_vergrendeld(),
        sa.PrimaryKeyConstraint("plan_id", "revisie", name="pk_toewijzingen"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_toewijzingen_plan_id_plans"
        ),
    )
    op.create_table(
        "auditlog",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", ID, nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("onderwerp", sa.String(20), nullable=False),
        sa.Column("sleutel", sa.Text, nullable=False),
        sa.Column("veld", sa.Text, nullable=False),
        sa.Column("oud", sa.Text, nullable=True),
        sa.Column("nieuw", sa.Text, nullable=True),
        sa.Column("door", sa.Text, nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_auditlog"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_auditlog_plan_id_plans"
        ),
    )
    op.create_index("ix_auditlog_plan", "auditlog", ["plan_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_auditlog_plan", "auditlog")
    op.drop_table("auditlog")
    op.drop_table("toewijzingen")
    op.drop_table("besluiten")
    op.drop_index("ix_notities_plan_revisie", "notities")
    op.drop_table("notities")
    op.drop_table("scores")
    op.drop_table("beoordelingen")
    op.drop_table("beoordelingscriteria")
