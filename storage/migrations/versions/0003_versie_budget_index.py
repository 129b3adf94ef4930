"""A change counter on plans, and an index that lets the plan list sum budgets from it alone.

- ``plans.versie``: raised by every write of a plan. A save compares the plan with what this
  program last stored only while ``versie`` is unchanged; when someone else wrote the plan in
  between, it compares with the database (see storage/diff.py).
- ``ix_begrotingsregels_plan_bedrag`` on (plan_id, bedrag): ``plans`` sums the requested
  amount per plan in one grouped query, which this index answers without reading the rows.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(
            sa.Column("versie", sa.Integer, nullable=False, server_default=sa.text("0"))
        )
    op.create_index("ix_begrotingsregels_plan_bedrag", "begrotingsregels", ["plan_id", "bedrag"])


def downgrade() -> None:
    op.drop_index("ix_begrotingsregels_plan_bedrag", table_name="begrotingsregels")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("versie")
