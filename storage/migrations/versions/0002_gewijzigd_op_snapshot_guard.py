"""Plans record when their content last changed; frozen revisions cannot be changed.

- ``plans.gewijzigd_op``: shown in the plan list; filled from ``aangemaakt_op`` for the plans
  that already exist.
- Triggers refuse UPDATE and DELETE on ``snapshots``: a submitted revision is kept forever,
  whatever program writes to the database (the shared PostgreSQL one included).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MELDING = "Een ingediende revisie kan niet worden gewijzigd of verwijderd."


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("gewijzigd_op", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE plans SET gewijzigd_op = aangemaakt_op")

    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER snapshots_geen_{event.lower()} BEFORE {event} ON snapshots "
                f"BEGIN SELECT RAISE(ABORT, '{MELDING}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION snapshots_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{MELDING}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER snapshots_onveranderlijk BEFORE UPDATE OR DELETE ON snapshots "
            "FOR EACH ROW EXECUTE FUNCTION snapshots_onveranderlijk()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER snapshots_geen_update")
        op.execute("DROP TRIGGER snapshots_geen_delete")
    else:
        op.execute("DROP TRIGGER snapshots_onveranderlijk ON snapshots")
        op.execute("DROP FUNCTION snapshots_onveranderlijk()")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("gewijzigd_op")
