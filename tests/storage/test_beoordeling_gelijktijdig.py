"""Several assessors on one PostgreSQL database (issue 12): no save of an assessment is ever
lost silently. Two sessions editing one assessment, also while the first one's transaction is
still open; and 20 concurrent writers × 500 operations, every one accounted for."""

from __future__ import annotations

import copy
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from application import beoordelen as b
from application.database import open_database
from domain.errors import GelijktijdigGewijzigd
from tests.application.beoordelingsbouw import (
    IDS,
    bewaar_ingediend,
    plan_in_testronde,
    voeg_testronde_toe,
)

pytestmark = pytest.mark.postgres
DEN_HAAG = IDS["GM0518"]


@pytest.fixture
def pg_url(pg_server_url):
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        db = open_database(url)
        try:
            voeg_testronde_toe(db)
            bewaar_ingediend(db, plan_in_testronde("GM0518"))
        finally:
            db.dispose()
        yield url


def test_two_sessions_editing_one_assessment_lose_no_update(pg_url):
    een, twee = open_database(pg_url), open_database(pg_url)
    try:
        b.wijzig_beoordeling(een, DEN_HAAG, "Anna", scores={"wijkgericht": 3})
        scherm1 = b.werkblad(een, DEN_HAAG, "Anna").eigen
        scherm2 = b.werkblad(twee, DEN_HAAG, "Anna").eigen
        scherm1.zet_score("samenhang", 4)
        scherm2.zet_score("monitoring", 2)
        b.bewaar_beoordeling(een, scherm1, "Anna")
        with pytest.raises(GelijktijdigGewijzigd, match="door Anna"):
            b.bewaar_beoordeling(twee, scherm2, "Anna")
        # The second session reloads and applies its change again: both are kept.
        herladen = b.werkblad(twee, DEN_HAAG, "Anna").eigen
        herladen.zet_score("monitoring", 2)
        b.bewaar_beoordeling(twee, herladen, "Anna")
        eind = b.werkblad(een, DEN_HAAG, "Anna").eigen
        assert {c: s.waarde for c, s in eind.scores.items()} == {
            "wijkgericht": 3,
            "samenhang": 4,
            "monitoring": 2,
        }
        assert eind.versie == 3
    finally:
        een.dispose()
        twee.dispose()


def test_a_save_waiting_for_an_open_transaction_is_refused_once_that_one_commits(pg_url):
    """Session 2's UPDATE blocks on session 1's row lock; after 1 commits, PostgreSQL
    re-checks the version and 2 matches no row: refused, not written over."""
    een, twee = open_database(pg_url), open_database(pg_url)
    try:
        b.wijzig_beoordeling(een, DEN_HAAG, "Anna", scores={"wijkgericht": 3})
        basis = b.werkblad(een, DEN_HAAG, "Anna").eigen
        kopie1, kopie2 = copy.deepcopy(basis), copy.deepcopy(basis)
        kopie1.zet_score("samenhang", 5)
        kopie2.zet_score("samenhang", 1)
        uitkomst: list[BaseException | None] = []

        def tweede() -> None:
            try:
                b.bewaar_beoordeling(twee, kopie2, "Anna")
                uitkomst.append(None)
            except BaseException as exc:
                uitkomst.append(exc)

        uow = een.unit_of_work()
        with uow:
            uow.beoordelingen.bewaar_beoordeling(kopie1, "Anna")  # row locked, not committed
            draad = threading.Thread(target=tweede)
            draad.start()
            draad.join(timeout=1.0)
            assert draad.is_alive()  # waiting for the lock
            uow.commit()
        draad.join(timeout=30)
        assert isinstance(uitkomst[0], GelijktijdigGewijzigd)
        assert b.werkblad(een, DEN_HAAG, "Anna").eigen.score("samenhang").waarde == 5
    finally:
        een.dispose()
        twee.dispose()


SCHRIJVERS = 20
OPERATIES = 500


@pytest.mark.slow
def test_twenty_concurrent_writers_times_500_operations_are_all_accounted_for(pg_url):
    """Every writer edits the same assessment (one assessor name, 20 windows) and keeps its
    copy like the screen does: a save is stored (its marker in the audit log, the version one
    higher) or refused (then it reloads); nothing else may happen."""
    dbs = [open_database(pg_url) for _ in range(SCHRIJVERS)]
    b.wijzig_beoordeling(dbs[0], DEN_HAAG, "Team", scores={"wijkgericht": 3})
    lock = threading.Lock()
    bewaard: list[str] = []
    geweigerd: list[str] = []
    fouten: list[BaseException] = []
    start = threading.Barrier(SCHRIJVERS)
    begin = time.monotonic()

    def schrijver(w: int) -> None:
        db = dbs[w]
        kopie = b.werkblad(db, DEN_HAAG, "Team").eigen
        start.wait()
        for n in range(OPERATIES):
            merk = f"w{w}n{n}"
            kopie.zet_score("wijkgericht", 1 + (w + n) % 5, merk)
            try:
                kopie = b.bewaar_beoordeling(db, kopie, "Team")
                with lock:
                    bewaard.append(merk)
            except GelijktijdigGewijzigd:
                with lock:
                    geweigerd.append(merk)
                kopie = b.lees_beoordeling(db, DEN_HAAG, "Team")
            except BaseException as exc:  # anything else is a defect: report it
                with lock:
                    fouten.append(exc)
                return

    try:
        with ThreadPoolExecutor(SCHRIJVERS) as pool:
            list(pool.map(schrijver, range(SCHRIJVERS)))
        duur = time.monotonic() - begin
        assert fouten == []
        assert len(bewaard) + len(geweigerd) == SCHRIJVERS * OPERATIES
        eind = b.werkblad(dbs[0], DEN_HAAG, "Team").eigen
        assert eind.versie == 1 + len(bewaard)  # every stored save raised the version once
        in_log = [
            a.nieuw
            for a in b.auditlog(dbs[0], DEN_HAAG)
            if a.veld == "toelichting.wijkgericht" and a.sleutel == "Team"
        ]
        assert sorted(in_log) == sorted(bewaard)  # each stored one logged, no refused one
        assert eind.score("wijkgericht").toelichting == in_log[-1]
        print(f"{len(bewaard)} bewaard, {len(geweigerd)} geweigerd in {duur:.1f} s")
    finally:
        for db in dbs:
            db.dispose()
