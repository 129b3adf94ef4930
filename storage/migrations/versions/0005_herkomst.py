"""Where every imported plan revision came from (issue 10).

``herkomst``: file name, SHA-256 of the file, the content hash the file states and the one
computed, when and by whom it was imported, and whether it was changed after its export. Rows
are only added; the plan list, ``plans``, the PDF and the workbook show the flag.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "herkomst",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("revisie", sa.Integer, nullable=False),
        sa.Column("bestandsnaam", sa.Text, nullable=False),
        sa.Column("bestand_sha256", sa.String(64), nullable=False),
        sa.Column("hash_in_bestand", sa.Text, nullable=True),
        sa.Column("hash_berekend", sa.String(64), nullable=False),
        sa.Column("gewijzigd_na_export", sa.Boolean, nullable=False),
        sa.Column("ingelezen_op", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingelezen_door", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_herkomst"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], ondelete="CASCADE", name="fk_herkomst_plan_id_plans"
        ),
    )
    op.create_index("ix_herkomst_plan_revisie", "herkomst", ["plan_id", "revisie"])


def downgrade() -> None:
    op.drop_index("ix_herkomst_plan_revisie", table_name="herkomst")
    op.drop_table("herkomst")
