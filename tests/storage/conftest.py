from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage.database import Database, open_database


@pytest.fixture
def db(db_url) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def count_statements():
    """Records the SQL the engine sends while the block runs (real engine events)."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def recorder(database: Database):
        seen: list[str] = []
        params: list[object] = []

        def listener(conn, cursor, statement, parameters, context, executemany):
            seen.append(statement)
            params.append(parameters)

        event.listen(database.engine, "before_cursor_execute", listener)
        try:
            yield seen
        finally:
            event.remove(database.engine, "before_cursor_execute", listener)
        recorder.params = params  # type: ignore[attr-defined]

    return recorder
