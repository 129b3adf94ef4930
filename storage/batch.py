"""Several units of work in one transaction, each on its own savepoint (issue 13).

A bulk import stored every file in its own transaction: BEGIN IMMEDIATE, about twelve
statements, COMMIT. The commit (WAL frames written and synced: ``synchronous=FULL``) and the
BEGIN around it were the largest single cost per file. A :class:`Batch` keeps one transaction
open over several files instead. Each file still is a unit of work of its own, on a SAVEPOINT:

- its ``commit()`` releases the savepoint; leaving it without commit, or with an error, rolls
  back to the savepoint, so within the batch a file is stored whole or not at all;
- nothing is durable before :meth:`Batch.commit`, which commits everything at once;
- a driver or disk fault inside a file's unit of work (a full disk, a read-only file, a lock)
  makes the batch *broken*: SQLite may already have rolled back the whole transaction, so the
  only way on is :meth:`Batch.rollback`. What to do with the files of a broken batch is the
  caller's decision (application.importeren stores them again, each in its own transaction).

The transaction starts with the first unit of work (on SQLite: BEGIN IMMEDIATE, so the write
lock is held from then until :meth:`Batch.commit`); the caller keeps a batch short.
"""

from __future__ import annotations

import logging
from types import TracebackType

from sqlalchemy import Connection

from domain.catalogue import Catalogus
from domain.errors import WijkplanFout
from storage.database import DRIVER_FOUTEN, Database, UnitOfWork
from storage.uitvoeren import voer_uit

log = logging.getLogger(__name__)


class Batch:
    """A transaction over several units of work; :meth:`unit_of_work` gives the next one."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._buiten: UnitOfWork | None = None  # the outer unit of work, opened lazily
        self.gebroken = False

    def unit_of_work(self) -> SavepointUnitOfWork:
        return SavepointUnitOfWork(self)

    def catalogus(self) -> Catalogus:
        return self._db.catalogus()

    @property
    def open(self) -> bool:
        """A transaction is open (its work is not durable yet)."""
        return self._buiten is not None

    def _open_buiten(self) -> UnitOfWork:
        if self.gebroken:
            raise RuntimeError("batch is gebroken: eerst rollback()")
        if self._buiten is None:
            buiten = UnitOfWork(self._db)
            buiten.__enter__()  # BEGIN (IMMEDIATE); a busy or read-only file: OpslagFout
            self._buiten = buiten
        return self._buiten

    def commit(self) -> None:
        """Make the work of every committed unit durable; a fault is the Dutch ``OpslagFout``
        of :mod:`storage.faults`, and then nothing of this batch is stored."""
        buiten, self._buiten = self._buiten, None
        if buiten is None:
            return
        try:
            buiten.commit()
        except BaseException as exc:
            buiten.__exit__(type(exc), exc, exc.__traceback__)  # rolls back; translates
            raise
        buiten.__exit__(None, None, None)

    def rollback(self) -> None:
        """Forget the work since the last commit; the batch can be used again."""
        buiten, self._buiten = self._buiten, None
        self.gebroken = False
        if buiten is None:
            return
        try:
            buiten.__exit__(None, None, None)  # rolls back what is not committed
        except WijkplanFout:
            # A broken connection cannot even roll back; closing it ends the transaction.
            log.info("terugdraaien van een groep mislukt", exc_info=True)

    def __enter__(self) -> Batch:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Leaving without :meth:`commit` rolls back (as a unit of work does)."""
        self.rollback()


# The savepoint's statements, sent as they are: SQLAlchemy's begin_nested() compiles a new
# SAVEPOINT clause each time (120 µs per file against 25 µs; issue 13). A unit of work of a
# batch never nests, so one name does. SAVEPOINT and RELEASE, twice per file, go by
# storage.uitvoeren.voer_uit (37 → 13 µs a file): a cursor listener still sees every statement.
_SAVEPOINT = "SAVEPOINT wijkplan_deel"
_RELEASE = "RELEASE SAVEPOINT wijkplan_deel"
_ROLLBACK = "ROLLBACK TO SAVEPOINT wijkplan_deel"


class SavepointUnitOfWork(UnitOfWork):
    """A unit of work inside a :class:`Batch`: on a savepoint of the batch's transaction."""

    def __init__(self, batch: Batch) -> None:
        super().__init__(batch._db)
        self._batch = batch
        self._op_savepoint = False

    def __enter__(self) -> SavepointUnitOfWork:
        buiten = self._batch._open_buiten()
        conn = buiten.connection
        try:
            voer_uit(conn, _SAVEPOINT)
        except DRIVER_FOUTEN as exc:
            self._batch.gebroken = True
            raise self._db.vertaal(exc) from exc
        self._op_savepoint = True
        self._koppel(conn)
        return self

    def _terug_naar_savepoint(self, conn: Connection) -> None:
        self._op_savepoint = False
        conn.exec_driver_sql(_ROLLBACK)
        conn.exec_driver_sql(_RELEASE)  # ROLLBACK TO keeps the savepoint; it is done with

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        conn, self._conn = self._conn, None  # the batch's connection: not closed here
        op_savepoint, self._op_savepoint = self._op_savepoint, False
        if isinstance(exc, DRIVER_FOUTEN):
            # The whole transaction may be gone (SQLite rolls back on a full disk or an I/O
            # error): only the batch's rollback is safe now, not the savepoint's.
            self._batch.gebroken = True
            self._publish(committed=False)
            raise self._db.vertaal(exc) from exc
        try:
            if op_savepoint and conn is not None:
                self._terug_naar_savepoint(conn)
        except DRIVER_FOUTEN as fout:
            self._batch.gebroken = True
            self._publish(committed=False)
            if exc is None:
                raise self._db.vertaal(fout) from fout
            log.info("terugdraaien naar een savepoint mislukt", exc_info=True)
        else:
            self._publish(committed=False)

    def commit(self) -> None:
        """Release the savepoint: this unit's work is part of the batch (durable with it)."""
        assert self._op_savepoint, "unit of work is not open"
        voer_uit(self.connection, _RELEASE)
        self._op_savepoint = False
        assert self._batch._buiten is not None
        self._batch._buiten._neem_over(self)

    def rollback(self) -> None:
        assert self._op_savepoint, "unit of work is not open"
        self._terug_naar_savepoint(self.connection)
        self.plans.teruggedraaid()
        self._publish(committed=False)
