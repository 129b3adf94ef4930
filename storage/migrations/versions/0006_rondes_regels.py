"""The rules that differ per grant round (issue 11), as columns of ``rondes``.

Adds: grondslag (Staatscourant reference), gemeenten (participating CBS codes), the
application period, a closed list of budget categories, a ceiling per municipality per year,
granting per year, the target group's age range, one-off grant, and the plan sections the round
asks for. ``plafond`` (all municipalities together) becomes optional: not every round has one.

The 2022 round of an existing database gets its facts here; the other rounds and the
municipalities of 2023 and 2024 are added from resources/reference.json when the database is
opened after this upgrade (storage.database.open_database tops up after every migration).

Revision ID: 0006
Revises: 0005 (re-pointed by the lead when the branches are merged)
"""

import datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The facts of the 2022 round as resources/reference.json has them at this revision.
_GRONDSLAG_2022 = (
    "Regeling SPUK voorkomen georganiseerde en ondermijnende jeugdcriminaliteit 2022, "
    "Stcrt. 2022, 24113 (BWBR0047146)"
)
_GEMEENTEN_2022 = [
    "GM0014", "GM0080", "GM0202", "GM0344", "GM0356", "GM0363", "GM0479", "GM0518",
    "GM0599", "GM0606", "GM0758", "GM0772", "GM0855", "GM0917", "GM0995",
]  # fmt: skip
_ONDERDELEN = [
    "probleemanalyse", "doelgroepen", "wijken", "interventies", "partners", "indicatoren",
    "begroting",
]  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("rondes") as batch:
        batch.alter_column("plafond", existing_type=sa.Numeric(14, 2), nullable=True)
        batch.add_column(sa.Column("grondslag", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("gemeenten", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("aanvragen_vanaf", sa.Date, nullable=True))
        batch.add_column(sa.Column("aanvragen_tot", sa.Date, nullable=True))
        batch.add_column(sa.Column("categorieen", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("plafond_per_gemeente_per_jaar", sa.Numeric(14, 2)))
        batch.add_column(
            sa.Column("per_jaar", sa.Boolean, nullable=False, server_default=sa.text("false"))
        )
        batch.add_column(
            sa.Column("leeftijd_van", sa.Integer, nullable=False, server_default=sa.text("8"))
        )
        batch.add_column(
            sa.Column(
                "leeftijd_tot_en_met", sa.Integer, nullable=False, server_default=sa.text("27")
            )
        )
        batch.add_column(
            sa.Column("eenmalig", sa.Boolean, nullable=False, server_default=sa.text("false"))
        )
        batch.add_column(sa.Column("onderdelen", sa.JSON, nullable=False, server_default="[]"))
    rondes = sa.table(
        "rondes",
        sa.column("code", sa.String),
        sa.column("grondslag", sa.Text),
        sa.column("gemeenten", sa.JSON),
        sa.column("aanvragen_vanaf", sa.Date),
        sa.column("aanvragen_tot", sa.Date),
        sa.column("onderdelen", sa.JSON),
    )
    bind = op.get_bind()
    # Only municipalities the database knows: an administrator may have removed one.
    bekend = {r[0] for r in bind.execute(sa.text("SELECT code FROM gemeenten"))}
    op.execute(
        rondes.update()
        .where(rondes.c.code == "2022")
        .values(
            grondslag=_GRONDSLAG_2022,
            gemeenten=[g for g in _GEMEENTEN_2022 if g in bekend],
            aanvragen_vanaf=datetime.date(2022, 6, 1),
            aanvragen_tot=datetime.date(2022, 10, 1),
            onderdelen=_ONDERDELEN,
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("rondes") as batch:
        for naam in (
            "onderdelen",
            "eenmalig",
            "leeftijd_tot_en_met",
            "leeftijd_van",
            "per_jaar",
            "plafond_per_gemeente_per_jaar",
            "categorieen",
            "aanvragen_tot",
            "aanvragen_vanaf",
            "gemeenten",
            "grondslag",
        ):
            batch.drop_column(naam)
        batch.alter_column("plafond", existing_type=sa.Numeric(14, 2), nullable=False)
