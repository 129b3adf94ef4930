"""Who saved a plan's current version: ``plans.gewijzigd_door``.

A save based on an older ``versie`` is refused (storage/repository.py); the refusal names who
saved the newer version and when (``gewijzigd_op``), so the coordinator knows whom to ask.
Existing plans get NULL ("onbekend"): nobody knows who wrote them before this version.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("gewijzigd_door", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("gewijzigd_door")
