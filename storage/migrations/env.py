"""Alembic environment: Wijkplan passes its own connection (see storage/migrate.py).

Run by hand (``alembic -x url=sqlite:///…``) it opens that URL with Wijkplan's engine settings.
"""

from __future__ import annotations

from alembic import context

from storage.schema import metadata

config = context.config


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    from storage.database import create_wijkplan_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    assert url, "pass -x url=... or set sqlalchemy.url"
    engine = create_wijkplan_engine(url)
    with engine.begin() as conn:
        run_with(conn)
    engine.dispose()
