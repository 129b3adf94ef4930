"""Wijkplan: the composition root.

``python main.py`` starts the desktop app; ``python main.py COMMAND`` runs a headless command
(``python main.py -h`` lists them; the commands live in :mod:`cli`). Nothing is created at
import time, and the heavy libraries (PySide6, openpyxl, reportlab) are imported inside the
commands that need them, so that ``plans`` starts about as fast as SQLAlchemy itself.

Here: parse the command line (:func:`cli.parser.parse_args`), open the database, run the
command, and map its errors to exit codes: errors a user can act on are printed on stderr,
exit 1 for bad input, 2 for bad usage, never a traceback unless ``--debug``. Without a command
the desktop app starts. ``--taal en`` (or the environment variable ``WIJKPLAN_TAAL=en``) prints
the help, findings, counts and errors in English; Dutch is the default. ``LANG``/``LANGUAGE``
are deliberately not read: most servers and CI machines run with ``en_US`` or ``C`` whatever
their users read.
"""

from __future__ import annotations

import argparse
import logging
import sys

from cli.parser import kies_taal, parse_args

log = logging.getLogger("wijkplan")


def _is_database_fout(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | sqlite3.Error)


def start_gui(db_url: str | None, smoke: str | None = None, taal: str = "nl") -> int:
    from cli.scherm import geen_scherm, melding

    reden = geen_scherm(taal)
    if reden is not None:
        print(melding(reden, taal), file=sys.stderr)
        return 1
    from gui.app import run  # the gui engineer's half of the composition root

    if smoke is not None:
        return run(db_url, smoke=smoke)
    return run(db_url)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Pipes on Windows default to the ANSI code page; names like Yeşilgöz need UTF-8.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    argv = sys.argv[1:] if argv is None else argv
    # The language first: --help prints while parsing.
    taal = kies_taal(argv)
    args = parse_args(argv, taal)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if taal == "en":  # what the user reads while waiting, in English (issue 14)
        from cli.uitvoer import engelse_logregels

        engelse_logregels()
    if args.command is None:
        from storage.paths import database_url

        return start_gui(database_url(args.db) if args.db else None, args.smoke, taal)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from cli.uitvoer import taal_van
    from domain.errors import WijkplanFout

    db = None
    taal = taal_van(args)
    try:
        from cli.plannen import cmd_plans, plans_vooraf

        # Issue 13: `plans` on a current SQLite file needs neither SQLAlchemy nor migrations.
        if args.func is cmd_plans and plans_vooraf(args):
            return 0
        from application.database import open_database
        from storage.database import WACHTTIJD_OPDRACHT

        # A command waits for another Wijkplan on the same file (a second import) to finish.
        db = open_database(args.db, wachttijd=WACHTTIJD_OPDRACHT)
        return int(args.func(db, args))
    except WijkplanFout as exc:
        if args.debug:
            log.exception("fout")
        print(f"wijkplan: {exc.tekst(taal)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"wijkplan: {'interrupted' if taal == 'en' else 'afgebroken'}.", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            log.exception("onverwachte fout")
        elif _is_database_fout(exc):  # never SQL or its parameters on the screen
            from storage.faults import vertaal
            from storage.paths import database_url

            url = db.url if db is not None else database_url(args.db)
            print(f"wijkplan: {vertaal(exc, url).tekst(taal)}", file=sys.stderr)
        elif taal == "en":
            print(
                f"wijkplan: unexpected error ({type(exc).__name__}: {exc}); "
                "use --debug for details.",
                file=sys.stderr,
            )
        else:
            print(
                f"wijkplan: onverwachte fout ({type(exc).__name__}: {exc}); "
                "gebruik --debug voor details.",
                file=sys.stderr,
            )
        return 1
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
