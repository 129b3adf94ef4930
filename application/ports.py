"""What the use cases need from an opened database (``storage.database.Database`` is one).

A protocol, so that this layer, the GUI and the type checker name the database by what it
offers instead of ``Any``, without importing SQLAlchemy.
"""

from __future__ import annotations

from typing import Any, Protocol

from domain.catalogue import Catalogus
from domain.ports import UnitOfWork


class Batch(Protocol):
    """Units of work in one transaction, each on a savepoint (``storage.batch.Batch``): a
    bulk import stores files in groups (issue 13)."""

    gebroken: bool  # a database fault inside: only rollback() is left

    def unit_of_work(self) -> UnitOfWork: ...

    def catalogus(self) -> Catalogus: ...

    def commit(self) -> None:
        """Durable; a fault is an ``OpslagFout`` and nothing of the batch is stored."""
        ...

    def rollback(self) -> None: ...


class Database(Protocol):
    # Derived data of frozen revisions, kept for the life of the opened database (issue 12).
    afgeleid: dict[Any, Any]

    @property
    def url(self) -> str:
        """The SQLAlchemy URL (may hold a password: show it only through ``repr``)."""
        ...

    def unit_of_work(self) -> UnitOfWork:
        """A new, unopened unit of work: ``with db.unit_of_work() as uow: ...``."""
        ...

    def batch(self) -> Batch:
        """Several units of work in one transaction (storage.batch; issue 13)."""
        ...

    def catalogus(self) -> Catalogus: ...

    def vul_referentie_aan(self, data: dict[str, Any]) -> int: ...

    def vergeet_catalogus(self) -> None:
        """Read the reference data anew next time (after replacing it)."""
        ...

    def dispose(self) -> None: ...
