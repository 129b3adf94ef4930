"""Fixtures of the application-layer tests: real databases (SQLite file, PostgreSQL) opened
through the use case, and a complete plan stored in them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from application.database import open_database
from application.plannen import bewaar
from application.ports import Database
from domain.model import Plan
from tests.excel.voorbeeld import voorbeeldplan


@pytest.fixture
def db(db_url) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def tweede_db(tmp_path) -> Iterator[Database]:
    """Another, empty SQLite file: where an exported plan is imported again."""
    database = open_database(str(tmp_path / "ander.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def plan(db: Database) -> Plan:
    """The Den Haag sample plan: complete and submittable."""
    from domain.demo import DEMO_COMPLEET_ID, demo_plannen

    (plan,) = [p for p in demo_plannen(db.catalogus()) if p.id == DEMO_COMPLEET_ID]
    bewaar(db, plan)
    return plan


@pytest.fixture
def rijk_plan(db: Database) -> Plan:
    """Every list filled, odd names and amounts (not submittable: it has findings)."""
    plan = voorbeeldplan()
    bewaar(db, plan)
    return plan
