"""Fixtures shared by every test folder.

Qt runs offscreen. Tools (PostgreSQL, LibreOffice, poppler, qpdf) may be missing on a laptop,
where their tests skip; in CI (``CI=true``) a missing tool fails the test instead, so nothing
silently stops being tested.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from domain.catalogue import Catalogus
from resources import load_json

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_URL_ENV = "WIJKPLAN_TEST_PG_URL"


def require(condition: bool, why: str) -> None:
    """Skip when ``condition`` is false, except in CI, where it is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"in CI this must be available: {why}")
    pytest.skip(why)


def require_tool(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"tool '{name}' is not installed")
    assert path is not None
    return path


@pytest.fixture(scope="session")
def catalogus() -> Catalogus:
    return Catalogus.from_dict(load_json("reference.json"))


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'wijkplan.sqlite'}"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(PG_URL_ENV, "")
    require(bool(url), f"no PostgreSQL server: set {PG_URL_ENV} (.ci/run does)")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database URL, on SQLite and on PostgreSQL.

    For PostgreSQL every test gets its own database (created here, dropped after), so tests
    never see each other's plans.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'wijkplan.sqlite'}"
        return
    from tests.pg import temporary_database

    with temporary_database(request.getfixturevalue("pg_server_url")) as url:
        yield url


# Hypothesis: no per-example deadline and no "too slow" health check. Timing belongs in bench/,
# never in a test (client rule), and on a shared 2-core machine a deadline only makes tests flaky.
settings.register_profile(
    "wijkplan", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("wijkplan")
