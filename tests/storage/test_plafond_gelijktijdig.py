"""The round's ceiling holds across plans (issue 12 review): two assessors allocating to two
different plans of one round at the same time cannot together exceed it. Real sessions (two
opened databases, each allocating in its own thread) on an SQLite file and on PostgreSQL.

Each allocation alone fits; both together would not. To make both sessions read the round's
total before either writes (the moment a lost check happens), a third connection holds them:
on PostgreSQL it locks the allocations table against writes (reading stays possible), on
SQLite it holds the write lock. Then it lets go: exactly one allocation is stored, the other
is refused with the Dutch ceiling message, and the stored total stays within the ceiling."""

from __future__ import annotations

import sqlite3
import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from application import beoordelen as b
from application.database import open_database
from domain.errors import PlafondOverschreden
from tests.application.beoordelingsbouw import IDS, ronde_met_plannen

DEN_HAAG, ROTTERDAM, AMSTERDAM = IDS["GM0518"], IDS["GM0599"], IDS["GM0014"]
PLAFOND = Decimal("500000.00")  # the test round's ceiling for all together
HONDERD = {2023: Decimal("100000.00"), 2024: Decimal("0.00")}
# 150.000 + 100.000: within the ceiling per municipality per year (150.000); raises the round's
# total from 300.000 to 450.000, and with the other one as well to 600.000.
MEER = {2023: Decimal("150000.00"), 2024: Decimal("100000.00")}


def _wacht_tot(voorwaarde, uitleg: str, *, binnen: float = 30.0) -> None:
    einde = time.monotonic() + binnen
    while not voorwaarde():
        assert time.monotonic() < einde, uitleg
        time.sleep(0.02)


def _tegelijk(url: str, vasthouden) -> list[BaseException | None]:
    """Den Haag (by Anna) and Rotterdam (by Bert) each raise their allocation, in two
    sessions and threads, while ``vasthouden`` (a context manager) holds them up."""
    sessies = [open_database(url), open_database(url)]
    uitkomst: list[BaseException | None] = [None, None]
    klaar = [False, False]

    def toewijzen(i: int, pid: str, naam: str) -> None:
        try:
            b.wijs_toe(sessies[i], pid, MEER, naam)
        except BaseException as exc:  # the test reads it
            uitkomst[i] = exc
        finally:
            klaar[i] = True

    draden = [
        threading.Thread(target=toewijzen, args=(0, DEN_HAAG, "Anna")),
        threading.Thread(target=toewijzen, args=(1, ROTTERDAM, "Bert")),
    ]
    try:
        with vasthouden(draden):
            pass
        for d in draden:
            d.join(timeout=60)
            assert not d.is_alive()
    finally:
        for s in sessies:
            s.dispose()
    assert all(klaar)
    return uitkomst


def _controleer(url: str, uitkomst: list[BaseException | None]) -> None:
    geweigerd = [u for u in uitkomst if u is not None]
    assert len(geweigerd) == 1, uitkomst  # exactly one stored, the other refused
    fout = geweigerd[0]
    assert isinstance(fout, PlafondOverschreden), repr(fout)
    assert str(fout).startswith(
        "Deze toewijzing overschrijdt een plafond van de ronde: samen € 600.000,00 boven het "
        "plafond van de ronde (€ 500.000,00) met € 100.000,00."
    ), str(fout)
    db = open_database(url)
    try:
        totaal = b.overzicht(db, "T1").totaal.toegewezen
        assert totaal == Decimal("450000.00") and totaal <= PLAFOND
        opgeslagen = {
            pid: b.werkblad(db, pid, "Controle").toewijzing.totaal for pid in (DEN_HAAG, ROTTERDAM)
        }
        assert sorted(opgeslagen.values()) == [Decimal("100000.00"), Decimal("250000.00")]
        # The refused one left no trace in the audit log either.
        geweigerde_pid = DEN_HAAG if uitkomst[0] is not None else ROTTERDAM
        assert [a.nieuw for a in b.auditlog(db, geweigerde_pid) if a.veld == "jaar.2023"] == [
            "100000.00"
        ]
    finally:
        db.dispose()


@pytest.mark.postgres
def test_two_sessions_allocating_to_two_plans_on_postgresql_stay_within_the_ceiling(
    pg_server_url,
):
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        db = open_database(url)
        try:
            ronde_met_plannen(db)
            for pid in (DEN_HAAG, ROTTERDAM, AMSTERDAM):
                b.wijs_toe(db, pid, HONDERD, "Voorbereiding")
        finally:
            db.dispose()
        naam = make_url(url).database
        beheer = create_engine(url)

        class Vasthouden:
            """Locks the allocations table against writes; lets go once both sessions
            wait for a lock (each has read, or waits to read, the round's total)."""

            def __init__(self, draden):
                self.draden = draden

            def __enter__(self):
                self.conn = beheer.connect()
                self.conn.execute(text("LOCK TABLE toewijzingen IN EXCLUSIVE MODE"))
                for d in self.draden:
                    d.start()

                def wachtend() -> int:
                    with beheer.connect() as c:
                        return c.execute(
                            text(
                                "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                                "AND wait_event_type = 'Lock'"
                            ),
                            {"d": naam},
                        ).scalar_one()

                _wacht_tot(lambda: wachtend() == 2, "both sessions should wait for a lock")

            def __exit__(self, *_):
                self.conn.rollback()
                self.conn.close()

        try:
            uitkomst = _tegelijk(url, Vasthouden)
        finally:
            beheer.dispose()
        _controleer(url, uitkomst)


def test_two_sessions_allocating_to_two_plans_on_sqlite_stay_within_the_ceiling(tmp_path):
    url = f"sqlite:///{tmp_path / 'wijkplan.sqlite'}"
    db = open_database(url)
    try:
        ronde_met_plannen(db)
        for pid in (DEN_HAAG, ROTTERDAM, AMSTERDAM):
            b.wijs_toe(db, pid, HONDERD, "Voorbereiding")
    finally:
        db.dispose()

    class Vasthouden:
        """Holds the file's write lock while both sessions start (they queue behind it: a
        unit of work begins with BEGIN IMMEDIATE), then lets go."""

        def __init__(self, draden):
            self.draden = draden

        def __enter__(self):
            self.conn = sqlite3.connect(tmp_path / "wijkplan.sqlite", isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
            for d in self.draden:
                d.start()
            time.sleep(0.5)  # both threads reach their BEGIN and wait (within the 5 s wait)
            assert all(d.is_alive() for d in self.draden)

        def __exit__(self, *_):
            self.conn.rollback()
            self.conn.close()

    _controleer(url, _tegelijk(url, Vasthouden))


@pytest.mark.postgres
def test_the_round_lock_does_not_hold_up_saving_a_plan_of_that_round(pg_server_url):
    """The allocation's lock on the round (FOR NO KEY UPDATE) leaves a plan of the round free to
    be stored meanwhile (its foreign key to the round takes FOR KEY SHARE, which FOR UPDATE
    would block): importing workbooks goes on while an assessor allocates."""
    import copy
    import uuid

    from tests.application.beoordelingsbouw import bewaar_ingediend, plan_in_testronde
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        een, twee = open_database(url), open_database(url)
        try:
            ronde_met_plannen(een)
            nieuw = copy.deepcopy(plan_in_testronde("GM0014"))
            nieuw.id = str(uuid.uuid4())
            fouten: list[BaseException] = []

            def opslaan() -> None:
                try:
                    bewaar_ingediend(twee, nieuw)
                except BaseException as exc:  # the test reads it
                    fouten.append(exc)

            with een.unit_of_work() as uow:
                uow.beoordelingen.vergrendel_ronde("T1")
                draad = threading.Thread(target=opslaan)
                draad.start()
                draad.join(timeout=30)
                assert not draad.is_alive(), "saving a plan waited for the round's lock"
                uow.rollback()
            assert not fouten, fouten
            assert b.overzicht(een, "T1").rijen and any(
                r.plan_id == nieuw.id for r in b.overzicht(een, "T1").rijen
            )
        finally:
            een.dispose()
            twee.dispose()
