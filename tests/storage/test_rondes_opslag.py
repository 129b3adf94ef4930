"""Issue 11: the four rounds and 47 municipalities in the database, also in an old one."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from domain.catalogue import Catalogus
from resources import load_json
from storage import migrate
from storage import schema as s
from storage.database import create_wijkplan_engine, open_database
from tests.storage.oude_referentie import OUDE_GEMEENTEN, schrijf_oud_plan, vul_oude_referentie
from tests.storage.plans import volledig_plan

GEMAAKT = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def test_a_new_database_holds_the_rounds_exactly_as_the_reference_file(db):
    bestand = Catalogus.from_dict(load_json("reference.json"))
    cat = db.catalogus()
    assert cat.rondes == bestand.rondes
    assert cat.gemeenten == bestand.gemeenten
    assert [r.code for r in cat.rondes] == ["2022", "2023", "2024", "2026-2029"]
    assert cat.ronde("2024").plafond_per_gemeente_per_jaar == Decimal("500000.00")
    assert cat.ronde("2024").plafond is None
    assert cat.ronde("2022").plafond == Decimal("205900000.00")


def test_an_old_database_with_only_2022_gets_the_new_rounds_and_municipalities(db_url):
    plan = volledig_plan(regels=5)
    engine = create_wijkplan_engine(db_url, foreign_keys=False)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0005")
        vul_oude_referentie(conn)
        schrijf_oud_plan(conn, plan, GEMAAKT)
    engine.dispose()

    db = open_database(db_url)
    try:
        cat = db.catalogus()
        assert [r.code for r in cat.rondes] == ["2022", "2023", "2024", "2026-2029"]
        assert len(cat.gemeenten) == 47
        # The existing 2022 round got its facts from the migration, its ceiling kept.
        r2022 = cat.ronde("2022")
        assert sorted(r2022.gemeenten) == sorted(OUDE_GEMEENTEN)
        assert "Stcrt. 2022, 24113" in r2022.grondslag
        assert r2022.plafond == Decimal("205900000.00")
        assert cat.ronde("2024").neemt_deel("GM0193")  # Zwolle
        assert cat.rondes_van("GM0034")[0].code == "2023"  # Almere
        with db.unit_of_work() as uow:
            assert uow.plans.get(plan.id) == plan
        # Opening it again adds nothing more.
        assert db.vul_referentie_aan(load_json("reference.json")) == 0
    finally:
        db.dispose()


def test_an_administrators_change_to_a_round_survives_reopening(db_url):
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(s.rondes.update().where(s.rondes.c.code == "2023").values(max_jaren=2))
    db.dispose()
    db = open_database(db_url)
    try:
        assert db.catalogus().ronde("2023").max_jaren == 2
    finally:
        db.dispose()
