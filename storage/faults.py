"""Driver and disk faults, translated into Dutch errors that name the cause and the file.

A coordinator cannot act on ``OperationalError: database or disk is full [SQL: INSERT …]
[parameters: (…contact names…)]``; they can act on "de schijf is vol". Every fault of the
database below the repository goes through :func:`vertaal`: the user gets a
:class:`domain.errors.OpslagFout` (or :class:`DatabaseFout` when opening), the driver's own
text goes to the log only (it may hold SQL and personal data from the parameters).
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from domain.errors import OpslagFout, WijkplanFout

log = logging.getLogger(__name__)


class DatabaseFout(OpslagFout):
    """The database cannot be opened or used (wrong URL, server down, newer schema …)."""


# SQLite's extended result names (Python 3.11+: ``sqlite3.Error.sqlite_errorname``).
_VOL = ("SQLITE_FULL", "SQLITE_IOERR_WRITE_FULL")
_BEZET = ("SQLITE_BUSY", "SQLITE_LOCKED")
_GEEN_DB = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
# PostgreSQL SQLSTATEs: disk full, out of memory, too many connections, read-only transaction.
_PG_VOL = ("53100",)
_PG_ALLEEN_LEZEN = ("25006",)


def sqlite_pad(url: str) -> Path | None:
    """The file of an SQLite URL, or None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def getoond(url: str) -> str:
    """The database as the user named it: the file, or the URL without its password."""
    pad = sqlite_pad(url)
    if pad is not None:
        return str(pad)
    return make_url(url).render_as_string(hide_password=True)


def technisch(exc: BaseException) -> str:
    """The driver's first line (for the log): no SQL statement, no parameters."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return f"{type(orig).__name__}: {lines[0] if lines else ''}"


def _oorzaak(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def sqlite_naam(exc: BaseException) -> str:
    return str(getattr(_oorzaak(exc), "sqlite_errorname", "") or "")


def is_bezet(exc: BaseException) -> bool:
    naam = sqlite_naam(exc)
    return naam.startswith(_BEZET) or "database is locked" in str(_oorzaak(exc))


def bezet(url: str, seconden: float) -> OpslagFout:
    return OpslagFout(
        f"De database '{getoond(url)}' is bezet: een ander Wijkplan-programma gebruikt hem "
        f"(al {seconden:.0f} seconden gewacht, bijvoorbeeld op een import). Probeer het opnieuw "
        "als dat klaar is; er is niets opgeslagen.",
        OpslagFout.BEZET,
        engels=f"The database '{getoond(url)}' is busy: another Wijkplan program is using it "
        f"(waited {seconden:.0f} seconds already, for example for an import). Try again when "
        "it is done; nothing has been saved.",
    )


def map_ontbreekt(pad: Path) -> DatabaseFout:
    return DatabaseFout(
        f"De database '{pad}' kan niet worden geopend: de map '{pad.parent}' bestaat niet. "
        "Maak de map eerst aan, of controleer de naam.",
        OpslagFout.MAP_ONTBREEKT,
        engels=f"The database '{pad}' cannot be opened: the folder '{pad.parent}' does not "
        "exist. Create the folder first, or check the name.",
    )


def _alleen_lezen_en(pad: Path, map_: bool) -> str:
    if map_:
        return (
            f"No write permission on the folder '{pad.parent}' of the database '{pad}': "
            "Wijkplan must be able to create its working files (-wal, -shm) beside the file. "
            "Ask for write permission on the folder or put the database in another folder."
        )
    return (
        f"No write permission on the database file '{pad}': Wijkplan can read it but not "
        "save anything. Ask for write permission on the file or use another database."
    )


def _alleen_lezen(pad: Path, map_: bool) -> str:
    if map_:
        return (
            f"Geen schrijfrechten op de map '{pad.parent}' van de database '{pad}': Wijkplan "
            "moet naast het bestand zijn werkbestanden (-wal, -shm) kunnen maken. Vraag "
            "schrijfrechten op de map of zet de database in een andere map."
        )
    return (
        f"Geen schrijfrechten op het databasebestand '{pad}': Wijkplan kan het lezen maar "
        "niets opslaan. Vraag schrijfrechten op het bestand of gebruik een andere database."
    )


def _map_beschrijfbaar(pad: Path) -> bool:
    return os.access(pad.parent, os.W_OK | os.X_OK)


def _sqlite(exc: BaseException, url: str, pad: Path, openen: bool) -> OpslagFout:
    naam = sqlite_naam(exc)
    fout = DatabaseFout if openen else OpslagFout
    oserr = exc if isinstance(exc, OSError) else None
    if naam.startswith(_VOL) or (oserr is not None and oserr.errno == errno.ENOSPC):
        return fout(
            f"De database '{pad}' kan niet worden bijgewerkt: de schijf is vol. Maak ruimte "
            "vrij en probeer het opnieuw; er is niets half opgeslagen.",
            OpslagFout.VOL,
            engels=f"The database '{pad}' cannot be updated: the disk is full. Free some "
            "space and try again; nothing has been half saved.",
        )
    if naam.startswith(_BEZET):
        return bezet(url, 0)
    if naam.startswith(_GEEN_DB):
        return fout(
            f"De database '{pad}' kan niet worden geopend: het bestand is geen "
            "Wijkplan-database, of het is beschadigd.",
            OpslagFout.GEEN_DATABASE,
            engels=f"The database '{pad}' cannot be opened: the file is not a Wijkplan "
            "database, or it is damaged.",
        )
    if not pad.parent.is_dir():
        return map_ontbreekt(pad)
    alleen_lezen = naam.startswith("SQLITE_READONLY") or (
        oserr is not None and oserr.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    )
    if naam == "SQLITE_READONLY_DIRECTORY" or (
        (alleen_lezen or naam.startswith("SQLITE_CANTOPEN")) and not _map_beschrijfbaar(pad)
    ):
        return fout(
            _alleen_lezen(pad, map_=True),
            OpslagFout.ALLEEN_LEZEN,
            engels=_alleen_lezen_en(pad, map_=True),
        )
    if alleen_lezen or (pad.exists() and not os.access(pad, os.R_OK | os.W_OK)):
        return fout(
            _alleen_lezen(pad, map_=False),
            OpslagFout.ALLEEN_LEZEN,
            engels=_alleen_lezen_en(pad, map_=False),
        )
    if openen:
        return fout(
            f"De database '{pad}' kan niet worden geopend.",
            OpslagFout.ANDERS,
            engels=f"The database '{pad}' cannot be opened.",
        )
    return fout(
        f"De database '{pad}' kon de wijziging niet verwerken (een fout van de schijf of van "
        "het bestand); er is niets half opgeslagen. Details staan in het logboek.",
        OpslagFout.ANDERS,
        engels=f"The database '{pad}' could not process the change (an error of the disk or "
        "of the file); nothing has been half saved. Details are in the log.",
    )


def _server(exc: BaseException, url: str, openen: bool) -> OpslagFout:
    shown = getoond(url)
    state = str(getattr(_oorzaak(exc), "sqlstate", "") or "")
    fout = DatabaseFout if openen else OpslagFout
    if state in _PG_VOL:
        return fout(
            f"De databaseserver van '{shown}' kan niets meer opslaan: de schijf is vol. Vraag "
            "de beheerder ruimte vrij te maken; er is niets half opgeslagen.",
            OpslagFout.VOL,
            engels=f"The database server of '{shown}' cannot save anything more: the disk is "
            "full. Ask the administrator to free some space; nothing has been half saved.",
        )
    if state in _PG_ALLEEN_LEZEN:
        return fout(
            f"Geen schrijfrechten op de database '{shown}': de server staat alleen lezen toe.",
            OpslagFout.ALLEEN_LEZEN,
            engels=f"No write permission on the database '{shown}': the server allows "
            "reading only.",
        )
    if openen or state.startswith("08") or type(_oorzaak(exc)).__name__ == "OperationalError":
        return fout(
            f"De database '{shown}' kan niet worden geopend. Controleer het adres en of de "
            "server draait en bereikbaar is.",
            OpslagFout.ONBEREIKBAAR,
            engels=f"The database '{shown}' cannot be opened. Check the address and whether "
            "the server is running and reachable.",
        )
    return fout(
        f"De database '{shown}' weigerde de wijziging; er is niets opgeslagen. Details staan "
        "in het logboek.",
        OpslagFout.ANDERS,
        engels=f"The database '{shown}' refused the change; nothing has been saved. Details "
        "are in the log.",
    )


def vertaal(exc: BaseException, url: str, *, openen: bool = False) -> WijkplanFout:
    """The Dutch error for a driver or disk fault on the database at ``url``.

    ``openen``: the fault happened while opening (the message then says so, and is a
    :class:`DatabaseFout`). A :class:`WijkplanFout` is returned as it is.
    """
    if isinstance(exc, WijkplanFout):
        return exc
    pad = sqlite_pad(url)
    fout = _sqlite(exc, url, pad, openen) if pad is not None else _server(exc, url, openen)
    # The detail for whoever reads the log (--debug): the driver's first line only.
    log.info("database %s: %s (%s)", getoond(url), fout.soort, technisch(exc))
    return fout
