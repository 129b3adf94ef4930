"""20 writers × 100 saves on one plan: every save is stored or refused, none is lost silently.

Each writer is its own program (its own Database, as a second app instance or a colleague on
the shared server) on its own thread. A save appends a unique marker to the plan's summary;
after a refusal the writer reloads (its marker is gone from its copy, as the editor would show).
At the end every stored marker must be in the plan and no refused one, and the stored saves
must have raised ``versie`` exactly once each.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from domain.errors import PlanGewijzigd
from domain.services import bewaar_plan
from storage.database import open_database
from tests.storage.plans import volledig_plan

SCHRIJVERS = 20
SAVES = 100


def _campagne(url: str) -> tuple[list[str], list[str], list[int], list[BaseException]]:
    plan = volledig_plan(regels=6)
    plan.samenvatting = ""
    eerste = open_database(url)
    try:
        with eerste.unit_of_work() as uow:
            uow.plans.add(plan)
            uow.commit()
    finally:
        eerste.dispose()

    lock = threading.Lock()
    bewaard: list[str] = []
    geweigerd: list[str] = []
    versies: list[int] = []
    fouten: list[BaseException] = []
    start = threading.Barrier(SCHRIJVERS)

    def schrijver(w: int) -> None:
        db = open_database(url, gebruiker=f"schrijver {w}", wachttijd=300)
        try:
            with db.unit_of_work() as uow:
                kopie = uow.plans.get(plan.id)
            start.wait()
            for n in range(SAVES):
                merk = f"w{w}n{n}"
                kopie.samenvatting = f"{kopie.samenvatting} {merk}".strip()
                try:
                    with db.unit_of_work() as uow:
                        bewaar_plan(uow, kopie)
                except PlanGewijzigd:
                    with lock:
                        geweigerd.append(merk)
                    with db.unit_of_work() as uow:
                        kopie = uow.plans.get(plan.id)
                    continue
                except Exception as exc:  # counted: must stay empty
                    with lock:
                        fouten.append(exc)
                    return
                with lock:
                    bewaard.append(merk)
                    versies.append(kopie.versie or 0)
        finally:
            db.dispose()

    with ThreadPoolExecutor(SCHRIJVERS) as pool:
        list(pool.map(schrijver, range(SCHRIJVERS)))

    laatste = open_database(url)
    try:
        with laatste.unit_of_work() as uow:
            eind = uow.plans.get(plan.id)
    finally:
        laatste.dispose()
    in_plan = set(eind.samenvatting.split())
    verloren = [m for m in bewaard if m not in in_plan]
    samengevoegd = [m for m in geweigerd if m in in_plan]
    assert fouten == [], fouten[:3]
    assert len(bewaard) + len(geweigerd) == SCHRIJVERS * SAVES
    assert verloren == [], f"{len(verloren)} stored saves silently lost"
    assert samengevoegd == [], f"{len(samengevoegd)} refused saves got in anyway"
    # Every stored save wrote its own version: no two writers both won from one base.
    assert sorted(versies) == list(range(2, 2 + len(bewaard)))
    assert eind.versie == 1 + len(bewaard)
    print(f"{len(bewaard)} bewaard, {len(geweigerd)} geweigerd, 0 stil verloren")
    return bewaard, geweigerd, versies, fouten


@pytest.mark.slow
def test_twenty_writers_on_one_sqlite_file_lose_no_save_silently(tmp_path):
    bewaard, geweigerd, _, _ = _campagne(f"sqlite:///{tmp_path / 'wijkplan.sqlite'}")
    assert bewaard and geweigerd  # both outcomes really happened


@pytest.mark.slow
@pytest.mark.postgres
def test_twenty_writers_on_one_postgresql_database_lose_no_save_silently(pg_server_url):
    from tests.pg import temporary_database

    with temporary_database(pg_server_url) as url:
        bewaard, geweigerd, _, _ = _campagne(url)
    assert bewaard and geweigerd
