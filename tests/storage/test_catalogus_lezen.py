"""storage.reference.lees_catalogus reads its SELECTs as compiled text with typed columns (issue 13:
no Select compiled per new engine): the same SQL reaches the driver and the catalogue is the
one the Selects gave, value for value and type for type (SQLite and PostgreSQL)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import event, select

from domain.catalogue import Catalogus
from domain.model import CodeLabel, Erkenningsniveau, Factor, FactorSoort, Gemeente
from storage import schema as s
from storage.database import open_database
from storage.reference import CODELIJSTEN, _ronde, lees_catalogus, vul_aan


def _zoals_voorheen(conn) -> Catalogus:
    """The full rule: lees_catalogus as it was, each Select executed as a Select."""
    g, r, f, e, c = s.gemeenten, s.rondes, s.factoren, s.erkenningsniveaus, s.codelijsten
    lijsten: dict[str, list[CodeLabel]] = {lijst: [] for lijst in CODELIJSTEN}
    for row in conn.execute(select(c).order_by(c.c.lijst, c.c.volgorde, c.c.code)):
        lijsten.setdefault(row.lijst, []).append(CodeLabel(row.code, row.label))
    return Catalogus(
        gemeenten=tuple(
            Gemeente(x.code, x.naam, tuple(x.focusgebieden))
            for x in conn.execute(select(g).order_by(g.c.volgorde, g.c.code))
        ),
        rondes=tuple(_ronde(x) for x in conn.execute(select(r).order_by(r.c.volgorde, r.c.code))),
        factoren=tuple(
            Factor(x.code, x.label, FactorSoort(x.soort), bool(x.gefundeerd))
            for x in conn.execute(select(f).order_by(f.c.volgorde, f.c.code))
        ),
        erkenningsniveaus=tuple(
            Erkenningsniveau(x.code, x.label, x.rang, bool(x.erkend))
            for x in conn.execute(select(e).order_by(e.c.rang, e.c.code))
        ),
        pijlers=tuple(lijsten["pijlers"]),
        partnersoorten=tuple(lijsten["partnersoorten"]),
        ingroeimechanismen=tuple(lijsten["ingroeimechanismen"]),
        categorieen=tuple(lijsten["categorieen"]),
        kostensoorten=tuple(lijsten["kostensoorten"]),
    )


def _rauw(conn, stmt) -> list[tuple]:
    """The rows of ``stmt`` as SQLAlchemy returns them, each value with its type."""
    return [tuple((type(v).__name__, v) for v in r) for r in conn.execute(stmt)]


def test_the_catalogue_and_its_sql_are_what_the_selects_gave(db_url):
    db = open_database(db_url)
    try:
        with db.engine.begin() as conn:
            # Values each column type must bring back as it was: a list with non-ASCII text,
            # amounts with cents, no dates, a boolean.
            vul_aan(
                conn,
                {
                    "gemeenten": [
                        {
                            "code": "GM9990",
                            "naam": "Súdwest-Fryslân",
                            "focusgebieden": ["Wâlden", "é\u0301"],
                        }
                    ],
                    "rondes": [
                        {
                            "code": "2099",
                            "naam": "Proef",
                            "kosten_vanaf": "2099-01-01",
                            "kosten_tot": "2099-12-31",
                            "max_jaren": 1,
                            "plafond": "999999999.99",
                            "plafond_per_gemeente_per_jaar": "0.01",
                            "per_jaar": True,
                            "gemeenten": ["GM9990"],
                        }
                    ],
                },
            )
        for _ in range(2):  # a fresh engine (storage.reference keeps the text), and another
            gezien: list[str] = []

            def luister(_c, _cur, statement, _p, _ctx, _many, gezien=gezien):
                if statement.startswith("SELECT"):  # not SQLite's BEGIN
                    gezien.append(statement)

            with db.engine.connect() as conn:
                event.listen(conn, "before_cursor_execute", luister)
                nieuw = lees_catalogus(conn)
                nieuw_sql = list(gezien)
                gezien.clear()
                oud = _zoals_voorheen(conn)
                assert nieuw_sql == gezien and len(gezien) == 5
                assert repr(nieuw) == repr(oud)
                assert nieuw == oud
                ronde = next(r for r in nieuw.rondes if r.code == "2099")
                assert ronde.plafond == Decimal("999999999.99")
                assert type(ronde.plafond) is Decimal
                gemeente = next(g for g in nieuw.gemeenten if g.code == "GM9990")
                assert gemeente.focusgebieden == ("Wâlden", "é\u0301")
                # Column by column, with the types SQLAlchemy gives each value.
                from storage.reference import _ALS_TEKST, _als_tekst

                for stmt in {k[0] for k in _ALS_TEKST}:
                    assert _rauw(conn, _als_tekst(stmt, conn.dialect)) == _rauw(conn, stmt)
            db.dispose()
            db = open_database(db_url)
    finally:
        db.dispose()
