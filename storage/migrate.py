"""Alembic, driven from code: no alembic.ini is needed at run time.

``HEAD`` names the newest migration so that opening an up-to-date database does not import
alembic at all; a test checks it against the scripts in storage/migrations/versions.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD = REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    # configparser interpolates '%': escape it in the path.
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    log.info("database wordt bijgewerkt naar schema %s", target)
    command.upgrade(alembic_config(connection), target)
