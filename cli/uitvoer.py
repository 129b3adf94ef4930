"""Printing shared by the command families: one record per line, tab-separated, in the
language of ``--taal`` (or ``WIJKPLAN_TAAL``)."""

from __future__ import annotations

import argparse
import logging
from typing import Any


def one_line(text: str) -> str:
    """Tabs and line breaks would break the one-line-per-plan output."""
    return " ".join(text.split())


def taal_van(args: argparse.Namespace) -> str:
    """The language of the output: --taal, else WIJKPLAN_TAAL, else Dutch."""
    import os

    from domain.taal import taal_of_nl

    return taal_of_nl(getattr(args, "taal", None) or os.environ.get("WIJKPLAN_TAAL"))


def print_findings(bevindingen: list[Any], taal: str = "nl") -> None:
    # The severity and the path stay codes (fout/waarschuwing, iban): scripts read them.
    for b in bevindingen:
        print(f"{b.ernst}\t{b.pad}\t{one_line(b.tekst(taal))}")


class EngelseLogregels(logging.Filter):
    """With ``--taal en``: a log record meant for the user that carries its English text
    (``log.warning("…", extra={"engels": "…"})``, e.g. "the database is busy; waiting") prints
    that instead of the Dutch one. Other records stay as they are (they are for the log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        engels = getattr(record, "engels", None)
        if isinstance(engels, str) and engels:
            record.msg, record.args = engels, None
        return True


def engelse_logregels() -> None:
    """Install :class:`EngelseLogregels` on the root logger's handlers (after basicConfig)."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(EngelseLogregels())
