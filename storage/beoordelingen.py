"""Assessments, notes, decisions, allocations and the audit log (issue 12), on one connection.

Optimistic locking, like ``plans.versie`` (storage/repository.py): every record carries the
version it was read at; a save is ``UPDATE … WHERE versie = :basis`` and a new record an
INSERT inside a savepoint. When another writer committed first, the UPDATE matches no row (on
PostgreSQL it waits for the other transaction and then re-checks the version) or the INSERT
hits the primary key: the save is refused with :class:`GelijktijdigGewijzigd`, naming who
stored it and when. Nothing is merged, nothing is overwritten.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from domain.auditlog import AuditRegel
from domain.beoordeling import Advies, Beoordeling, Criterium, Notitie, Score
from domain.besluit import Besluit
from domain.errors import GelijktijdigGewijzigd
from domain.model import Status
from domain.money import parse_canonical
from domain.ports import RondePlan
from domain.taal import Tekst
from domain.toewijzing import Toewijzing
from storage import schema as s

log = logging.getLogger(__name__)


def _nu() -> datetime:
    return datetime.now(UTC)


def _utc(op: datetime | None) -> datetime | None:
    if op is not None and op.tzinfo is None:  # SQLite keeps the UTC time without zone
        return op.replace(tzinfo=UTC)
    return op




class SqlBeoordelingRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- locking ---------------------------------------------------------------------------
    def _schrijf(
        self,
        table: Table,
        sleutel: dict[str, Any],
        waarden: dict[str, Any],
        basis: int | None,
        wat: Tekst,
        door: str,
    ) -> tuple[int, datetime]:
        """Insert (``basis`` None) or update at version ``basis``; the new version and time."""
        nu = _nu()
        if basis is None:
            try:
                with self._conn.begin_nested():
                    self._conn.execute(
                        insert(table).values(
                            **sleutel, **waarden, versie=1, gewijzigd_op=nu, gewijzigd_door=door
                        )
                    )
            except IntegrityError:
                # Someone else created it first (or it existed: this copy was not read).
                raise self._geweigerd(table, sleutel, None, wat) from None
            return 1, nu
        gevonden = self._conn.execute(
            update(table)
            .where(self._waar(table, sleutel), table.c.versie == basis)
            .values(**waarden, versie=basis + 1, gewijzigd_op=nu, gewijzigd_door=door)
        )
        if gevonden.rowcount != 1:
            raise self._geweigerd(table, sleutel, basis, wat)
        return basis + 1, nu

    @staticmethod
    def _waar(table: Table, sleutel: dict[str, Any]) -> Any:
        return and_(*(table.c[k] == v for k, v in sleutel.items()))

    def _geweigerd(
        self, table: Table, sleutel: dict[str, Any], basis: int | None, wat: Tekst
    ) -> GelijktijdigGewijzigd:
        rij = self._conn.execute(
            select(table.c.versie, table.c.gewijzigd_op, table.c.gewijzigd_door).where(
                self._waar(table, sleutel)
            )
        ).first()
        log.info("%s: opslaan op basis van versie %s geweigerd", wat, basis)
        if rij is None:  # removed by someone else in the meantime
            return GelijktijdigGewijzigd(
                Tekst(f"{wat.nl} (intussen verwijderd)", f"{wat.en} (removed meanwhile)"),
                basis=basis,
                versie=0,
                door=None,
                op=None,
            )
        return GelijktijdigGewijzigd(
            wat, basis=basis, versie=rij.versie, door=rij.gewijzigd_door, op=_utc(rij.gewijzigd_op)
        )

    # -- rubric and the plans of a round ---------------------------------------------------
    def criteria(self, ronde_code: str) -> list[Criterium]:
        """The round's own rubric, or the standard one."""
        c = s.beoordelingscriteria
        rijen = list(
            self._conn.execute(
                select(c.c.ronde_code, c.c.code, c.c.label)
                .where(c.c.ronde_code.in_([ronde_code, ""]))
                .order_by(c.c.volgorde, c.c.code)
            )
        )
        eigen = [r for r in rijen if r.ronde_code == ronde_code and ronde_code != ""]
        return [Criterium(r.code, r.label) for r in (eigen or rijen)]

    def ronde_plannen(self, ronde_code: str) -> list[RondePlan]:
        """Every plan of the round with its newest submitted revision: one statement."""
        p, sn, h = s.plans, s.snapshots, s.herkomst
        laatste = (
            select(func.max(sn.c.revisie))
            .where(sn.c.plan_id == p.c.id)
            .correlate(p)
            .scalar_subquery()
        )
        ingediend = sn.alias("ingediend")
        beoordeeld = func.coalesce(ingediend.c.revisie, p.c.revisie)
        vlag = (
            select(h.c.gewijzigd_na_export)
            .where(h.c.plan_id == p.c.id, h.c.revisie == beoordeeld)
            .order_by(h.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(
                p.c.id,
                p.c.gemeente_code,
                p.c.status,
                p.c.revisie,
                ingediend.c.revisie,
                ingediend.c.inhoud,
                vlag,
                ingediend.c.content_hash,
            )
            .select_from(p)
            .outerjoin(
                ingediend, and_(ingediend.c.plan_id == p.c.id, ingediend.c.revisie == laatste)
            )
            .where(p.c.ronde_code == ronde_code)
            .order_by(p.c.gemeente_code, p.c.id)
        )
        return [
            RondePlan(pid, code or "", Status(status), rev, irev, inhoud, bool(v), h)
            for pid, code, status, rev, irev, inhoud, v, h in self._conn.execute(query)
        ]

    def plannen_per_ronde(self) -> dict[str, int]:
        p = s.plans
        return {
            code: n
            for code, n in self._conn.execute(
                select(p.c.ronde_code, func.count()).group_by(p.c.ronde_code)
            )
            if code is not None
        }

    # -- assessments -----------------------------------------------------------------------
    def _lees_beoordelingen(self, waar: Any) -> list[Beoordeling]:
        b, sc = s.beoordelingen, s.scores
        uit: dict[tuple[str, int, str], Beoordeling] = {}
        for r in self._conn.execute(
            select(b).where(waar).order_by(b.c.plan_id, b.c.revisie, b.c.gewijzigd_op)
        ).mappings():
            uit[(r["plan_id"], r["revisie"], r["beoordelaar"])] = Beoordeling(
                plan_id=r["plan_id"],
                revisie=r["revisie"],
                beoordelaar=r["beoordelaar"],
                advies=Advies(r["advies"]) if r["advies"] else None,
                advies_toelichting=r["advies_toelichting"],
                advies_datum=r["advies_datum"],
                klaar=bool(r["klaar"]),
                versie=r["versie"],
                gewijzigd_op=_utc(r["gewijzigd_op"]),
                gewijzigd_door=r["gewijzigd_door"],
            )
        if not uit:
            return []
        plan_ids = sorted({k[0] for k in uit})
        for r in self._conn.execute(select(sc).where(sc.c.plan_id.in_(plan_ids))).mappings():
            doel = uit.get((r["plan_id"], r["revisie"], r["beoordelaar"]))
            if doel is not None:
                doel.scores[r["criterium"]] = Score(r["criterium"], r["waarde"], r["toelichting"])
        return list(uit.values())

    def beoordelingen(self, plan_id: str, revisie: int | None = None) -> list[Beoordeling]:
        b = s.beoordelingen
        waar = b.c.plan_id == plan_id
        if revisie is not None:
            waar = and_(waar, b.c.revisie == revisie)
        return self._lees_beoordelingen(waar)

    def beoordelingen_van(self, plan_ids: list[str]) -> list[Beoordeling]:
        if not plan_ids:
            return []
        return self._lees_beoordelingen(s.beoordelingen.c.plan_id.in_(plan_ids))

    def bewaar_beoordeling(self, b: Beoordeling, door: str) -> Beoordeling:
        sleutel = {"plan_id": b.plan_id, "revisie": b.revisie, "beoordelaar": b.beoordelaar}
        wat = Tekst(
            f"de beoordeling van {b.beoordelaar} (plan '{b.plan_id}', revisie {b.revisie})",
            f"the assessment by {b.beoordelaar} (plan '{b.plan_id}', revision {b.revisie})",
        )
        versie, op = self._schrijf(
            s.beoordelingen,
            sleutel,
            {
                "advies": b.advies.value if b.advies else None,
                "advies_toelichting": b.advies_toelichting,
                "advies_datum": b.advies_datum,
                "klaar": b.klaar,
            },
            b.versie,
            wat,
            door,
        )
        # The header row's version guards the scores: only the writer that won it gets here.
        sc = s.scores
        self._conn.execute(delete(sc).where(self._waar(sc, sleutel)))
        rijen = [
            {**sleutel, "criterium": c, "waarde": x.waarde, "toelichting": x.toelichting}
            for c, x in sorted(b.scores.items())
        ]
        if rijen:
            self._conn.execute(insert(sc), rijen)
        b.versie, b.gewijzigd_op, b.gewijzigd_door = versie, op, door
        return b

    # -- notes -----------------------------------------------------------------------------
    @staticmethod
    def _notitie(r: Any) -> Notitie:
        return Notitie(
            id=r["id"],
            plan_id=r["plan_id"],
            revisie=r["revisie"],
            pad=r["pad"],
            tekst=r["tekst"],
            beoordelaar=r["beoordelaar"],
            aangemaakt_op=_utc(r["aangemaakt_op"]),
            versie=r["versie"],
            gewijzigd_op=_utc(r["gewijzigd_op"]),
            gewijzigd_door=r["gewijzigd_door"],
        )

    def notities(self, plan_id: str, revisie: int | None = None) -> list[Notitie]:
        n = s.notities
        waar = n.c.plan_id == plan_id
        if revisie is not None:
            waar = and_(waar, n.c.revisie == revisie)
        rijen = self._conn.execute(
            select(n).where(waar).order_by(n.c.revisie, n.c.aangemaakt_op, n.c.id)
        ).mappings()
        return [self._notitie(r) for r in rijen]

    def notitie(self, notitie_id: str) -> Notitie | None:
        n = s.notities
        r = self._conn.execute(select(n).where(n.c.id == notitie_id)).mappings().first()
        return None if r is None else self._notitie(r)

    def bewaar_notitie(self, n: Notitie, door: str) -> Notitie:
        waarden: dict[str, Any] = {"pad": n.pad, "tekst": n.tekst}
        if n.versie is None:
            waarden |= {
                "plan_id": n.plan_id,
                "revisie": n.revisie,
                "beoordelaar": n.beoordelaar,
                "aangemaakt_op": n.aangemaakt_op or _nu(),
            }
        wat = self._notitie_wat(n)
        versie, op = self._schrijf(s.notities, {"id": n.id}, waarden, n.versie, wat, door)
        if n.aangemaakt_op is None:
            n.aangemaakt_op = op
        n.versie, n.gewijzigd_op, n.gewijzigd_door = versie, op, door
        return n

    def verwijder_notitie(self, n: Notitie, door: str) -> None:
        t = s.notities
        weg = self._conn.execute(delete(t).where(t.c.id == n.id, t.c.versie == n.versie))
        if weg.rowcount != 1:
            raise self._geweigerd(t, {"id": n.id}, n.versie, self._notitie_wat(n))

    @staticmethod
    def _notitie_wat(n: Notitie) -> Tekst:
        return Tekst(
            f"de notitie van {n.beoordelaar} bij " + (f"'{n.pad}'" if n.pad else "het plan"),
            f"the note by {n.beoordelaar} on " + (f"'{n.pad}'" if n.pad else "the plan"),
        )

    # -- decisions -------------------------------------------------------------------------
    @staticmethod
    def _besluit(r: Any) -> Besluit:
        return Besluit(
            r["plan_id"],
            r["revisie"],
            Status(r["status"]),
            r["reden"],
            r["gewijzigd_door"],
            _utc(r["gewijzigd_op"]),
            versie=r["versie"],
        )

    def besluit(self, plan_id: str, revisie: int) -> Besluit | None:
        t = s.besluiten
        r = (
            self._conn.execute(select(t).where(t.c.plan_id == plan_id, t.c.revisie == revisie))
            .mappings()
            .first()
        )
        return None if r is None else self._besluit(r)

    def besluiten(self, plan_ids: list[str]) -> list[Besluit]:
        t = s.besluiten
        if not plan_ids:
            return []
        rijen = self._conn.execute(select(t).where(t.c.plan_id.in_(plan_ids))).mappings()
        return [self._besluit(r) for r in rijen]

    def bewaar_besluit(self, b: Besluit, door: str) -> Besluit:
        wat = Tekst(
            f"het besluit over plan '{b.plan_id}' revisie {b.revisie}",
            f"the decision on plan '{b.plan_id}' revision {b.revisie}",
        )
        versie, op = self._schrijf(
            s.besluiten,
            {"plan_id": b.plan_id, "revisie": b.revisie},
            {"status": b.status.value, "reden": b.reden},
            b.versie,
            wat,
            door,
        )
        b.versie, b.op, b.door = versie, op, door
        return b

    def zet_plan_status(self, plan_id: str, revisie: int, status: Status, door: str) -> None:
        """The plans row says the decision too when it holds the decided revision (a newer
        draft beside it keeps 'concept'); the snapshot keeps 'ingediend' (it is frozen)."""
        p = s.plans
        self._conn.execute(
            update(p)
            .where(p.c.id == plan_id, p.c.revisie == revisie, p.c.status != Status.CONCEPT.value)
            .values(
                status=status.value, versie=p.c.versie + 1, gewijzigd_op=_nu(), gewijzigd_door=door
            )
        )

    # -- allocations -----------------------------------------------------------------------
    def vergrendel_ronde(self, ronde_code: str) -> None:
        """Make the round's allocations wait for each other until this transaction ends.

        The ceiling is for the whole round, so checking it and writing one plan's allocation
        must not interleave with another plan's. PostgreSQL: lock the round's row (``FOR NO
        KEY UPDATE``: unlike ``FOR UPDATE`` it does not block saving or importing plans, whose
        foreign key to the round takes ``FOR KEY SHARE``); the next allocation waits here and
        then, in READ COMMITTED, reads the total this one committed. SQLite: a unit of work
        holds the file's write lock from its BEGIN IMMEDIATE on (storage.database), so
        writers are serialised already; SQLAlchemy renders no FOR clause there.
        """
        r = s.rondes
        self._conn.execute(
            select(r.c.code).where(r.c.code == ronde_code).with_for_update(key_share=True)
        )

    @staticmethod
    def _toewijzing(r: Any) -> Toewijzing:
        bedragen = r["bedragen"]
        if isinstance(bedragen, str):
            bedragen = json.loads(bedragen)
        return Toewijzing(
            r["plan_id"],
            r["revisie"],
            {int(j): parse_canonical(b) for j, b in bedragen.items()},
            bool(r["boven_plafond_bevestigd"]),
            r["toelichting"],
            versie=r["versie"],
            gewijzigd_op=_utc(r["gewijzigd_op"]),
            gewijzigd_door=r["gewijzigd_door"],
        )

    def toewijzing(self, plan_id: str, revisie: int) -> Toewijzing | None:
        t = s.toewijzingen
        r = (
            self._conn.execute(select(t).where(t.c.plan_id == plan_id, t.c.revisie == revisie))
            .mappings()
            .first()
        )
        return None if r is None else self._toewijzing(r)

    def toewijzingen(self, plan_ids: list[str]) -> list[Toewijzing]:
        t = s.toewijzingen
        if not plan_ids:
            return []
        rijen = self._conn.execute(select(t).where(t.c.plan_id.in_(plan_ids))).mappings()
        return [self._toewijzing(r) for r in rijen]

    def bewaar_toewijzing(self, t: Toewijzing, door: str) -> Toewijzing:
        wat = Tekst(
            f"de toewijzing voor plan '{t.plan_id}' revisie {t.revisie}",
            f"the allocation for plan '{t.plan_id}' revision {t.revisie}",
        )
        versie, op = self._schrijf(
            s.toewijzingen,
            {"plan_id": t.plan_id, "revisie": t.revisie},
            {
                "bedragen": {str(j): f"{b:.2f}" for j, b in sorted(t.per_jaar.items())},
                "boven_plafond_bevestigd": t.boven_plafond_bevestigd,
                "toelichting": t.toelichting,
            },
            t.versie,
            wat,
            door,
        )
        t.versie, t.gewijzigd_op, t.gewijzigd_door = versie, op, door
        return t

    # -- audit log -------------------------------------------------------------------------
    def schrijf_audit(
        self,
        plan_id: str,
        revisie: int,
        onderwerp: str,
        sleutel: str,
        wijzigingen: list[tuple[str, str | None, str | None]],
        door: str,
    ) -> None:
        if not wijzigingen:
            return
        nu = _nu()
        self._conn.execute(
            insert(s.auditlog),
            [
                {
                    "plan_id": plan_id,
                    "revisie": revisie,
                    "onderwerp": onderwerp,
                    "sleutel": sleutel,
                    "veld": veld,
                    "oud": oud,
                    "nieuw": nieuw,
                    "door": door,
                    "op": nu,
                }
                for veld, oud, nieuw in wijzigingen
            ],
        )

    def audit(self, plan_id: str) -> list[AuditRegel]:
        a = s.auditlog
        rijen = self._conn.execute(select(a).where(a.c.plan_id == plan_id).order_by(a.c.id))
        return [
            AuditRegel(
                r.plan_id,
                r.revisie,
                r.onderwerp,
                r.sleutel,
                r.veld,
                r.oud,
                r.nieuw,
                r.door,
                _utc(r.op) or _nu(),
            )
            for r in rijen
        ]
