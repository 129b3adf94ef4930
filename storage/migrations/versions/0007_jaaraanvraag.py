"""The yearly application of a round granted per year (issue 11, round 2026-2029).

``plans`` gains the year applied for, the reflectie, the vooruitblik and the integraal plan van
aanpak (empty for every existing plan); ``eerder_toegekend`` holds what was granted in earlier
years, one row per year, entered by the coordinator as context.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TEKSTEN = ("reflectie", "vooruitblik", "plan_van_aanpak")


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("aanvraagjaar", sa.Integer, nullable=True))
        for naam in _TEKSTEN:
            batch.add_column(sa.Column(naam, sa.Text, nullable=False, server_default=""))
    op.create_table(
        "eerder_toegekend",
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("jaar", sa.Integer, nullable=False),
        sa.Column("bedrag", sa.Numeric(14, 2), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", "jaar", name="pk_eerder_toegekend"),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            ondelete="CASCADE",
            name="fk_eerder_toegekend_plan_id_plans",
        ),
    )


def downgrade() -> None:
    op.drop_table("eerder_toegekend")
    with op.batch_alter_table("plans") as batch:
        for naam in (*reversed(_TEKSTEN), "aanvraagjaar"):
            batch.drop_column(naam)
