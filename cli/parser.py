"""argparse in the user's language: help, usage and argparse's own messages in Dutch or English.

The language is decided before the parser is built (:func:`kies_taal`: ``--taal`` on the command
line, else ``WIJKPLAN_TAAL``, else Dutch), because ``--help`` prints while parsing. Every help
text is a pair ``(Dutch, English)``; :class:`WijkplanParser` refuses a plain string, so a
command or option without an English text fails as soon as any parser is built.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

log = logging.getLogger(__name__)

Hulp = tuple[str, str]
"""A help text, description or metavar in both languages: (Dutch, English)."""

PLAN_HULP: Hulp = ("id of uniek begin van de id", "id or unique start of the id")

# argparse's own messages (Python 3.11+), in Dutch.
_NL = [
    (r"the following arguments are required: ", "deze argumenten ontbreken: "),
    (r"unrecognized arguments: ", "onbekende argumenten: "),
    (r"^argument ([^:]+): ", r"argument \1: "),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"ongeldige keuze: \1 (kies uit \2)"),
    (r"expected one argument", "verwacht één waarde"),
    (r"expected at most one argument", "verwacht hooguit één waarde"),
    (r"expected at least one argument", "verwacht minstens één waarde"),
    (r"expected (\d+) arguments?", r"verwacht \1 waarden"),
    (r"invalid (\w+) value: (.*)", r"ongeldige waarde \2 (verwacht \1)"),
    (r"ambiguous option: (.*) could match (.*)", r"dubbelzinnige optie: \1 past bij \2"),
    (r"ignored explicit argument (.*)", r"genegeerde waarde \1"),
    (r"one of the arguments (.*) is required", r"een van de argumenten \1 is verplicht"),
    (r"not allowed with argument (.*)", r"niet toegestaan samen met \1"),
]


def vertaal(message: str) -> str:
    """argparse's English message in Dutch."""
    for pattern, dutch in _NL:
        message = re.sub(pattern, dutch, message)
    return message


def kies_taal(argv: Sequence[str], omgeving: Mapping[str, str] | None = None) -> str:
    """The language of the help and of argparse's messages: the last valid ``--taal`` before a
    ``--``, else ``WIJKPLAN_TAAL``, else Dutch; the same choice the commands make after parsing.

    The variable is read with the rule of :func:`domain.taal.taal_of_nl` ("en_GB.UTF-8" is
    English), not imported from there: it brings dataclasses, ~30 ms for ``--help``.
    """
    gekozen: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        waarde = None
        if arg == "--taal" and i + 1 < len(argv):
            waarde = argv[i + 1]
        elif arg.startswith("--taal="):
            waarde = arg.removeprefix("--taal=")
        if waarde in ("nl", "en"):  # what argparse accepts; "fr" is refused in the other
            gekozen = waarde
    if gekozen is None:
        env = os.environ if omgeving is None else omgeving
        code = (env.get("WIJKPLAN_TAAL") or "").strip().lower()[:2]
        gekozen = code if code in ("nl", "en") else "nl"
    return gekozen


class NlHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


def kies(tekst: Hulp | str, taal: str) -> str:
    """The text of a pair in ``taal``; a plain string passes (metavars like PLAN, N, CODE)."""
    if isinstance(tekst, tuple):
        return tekst[1] if taal == "en" else tekst[0]
    return tekst


class WijkplanParser(argparse.ArgumentParser):
    """argparse with usage, help headings and error messages in Dutch (or English with
    ``taal="en"``: argparse's own words), exit 2 on bad usage. Help texts and descriptions
    are (Dutch, English) pairs; a plain help string is a TypeError."""

    def __init__(self, *args: Any, taal: str = "nl", **kwargs: Any) -> None:
        self.taal = taal
        if taal != "en":
            kwargs.setdefault("formatter_class", NlHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        if kwargs.get("description") is not None:
            kwargs["description"] = kies(kwargs["description"], taal)
        super().__init__(*args, **kwargs)
        if taal != "en":
            self._positionals.title = "argumenten"
            self._optionals.title = "opties"
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=("toon deze hulp", "show this help message and exit"),
        )

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        hulp = kwargs.get("help")
        if hulp is not None and hulp != argparse.SUPPRESS:
            if not isinstance(hulp, tuple):
                raise TypeError(f"{args}: help needs (Dutch, English), not {hulp!r}")
            kwargs["help"] = kies(hulp, self.taal)
        if "metavar" in kwargs:
            kwargs["metavar"] = kies(kwargs["metavar"], self.taal)
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        if self.taal == "en":
            self.exit(2, f"{self.prog}: error: {message}\n")
        self.exit(2, f"{self.prog}: fout: {vertaal(message)}\n")


def versie(taal: str = "nl") -> str:
    """The installed distribution's version; from pyproject.toml in the project folder otherwise.

    The bundle ships the distribution's metadata (packaging/wijkplan.spec), so the first
    branch answers there too; the fallback serves a checkout run without installing.
    """
    from importlib import metadata

    try:
        return metadata.version("wijkplan")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        try:
            with pyproject.open("rb") as fh:
                return str(tomllib.load(fh)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "unknown" if taal == "en" else "onbekend"


class _VersieActie(argparse.Action):
    """``--version``: the version is looked up only when asked (metadata costs a few ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> NoReturn:
        print(f"wijkplan {versie(getattr(parser, 'taal', 'nl'))}")
        parser.exit(0)


def _top_options(parser: WijkplanParser) -> None:
    parser.add_argument(
        "--version",
        action=_VersieActie,
        help=("toon de versie en stop", "show the version and exit"),
    )
    # For the bundle's smoke test (packaging/smoke.sh): open the window, wait for the plan
    # list, print one line and quit; with a PDF also load it in QtPdf (the preview's engine).
    parser.add_argument(
        "--smoke", nargs="?", const="", default=None, metavar="PDF", help=argparse.SUPPRESS
    )


def _common_options(parser: WijkplanParser, *, sub: bool) -> None:
    # On subcommands the defaults are suppressed, so `--db X plans` and `plans --db X` both work.
    parser.add_argument(
        "--db",
        metavar=("PAD_OF_URL", "PATH_OR_URL"),
        default=argparse.SUPPRESS if sub else None,
        help=(
            "databasebestand of SQLAlchemy-URL (standaard: de gebruikersmap van Wijkplan)",
            "database file or SQLAlchemy URL (default: Wijkplan's folder in the user's profile)",
        ),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help=(
            "toon details (en bij een fout de traceback)",
            "show details (and the traceback of an error)",
        ),
    )
    parser.add_argument(
        "--taal",
        choices=("nl", "en"),
        default=argparse.SUPPRESS if sub else None,
        help=(
            "taal van bevindingen en meldingen: nl (standaard, of WIJKPLAN_TAAL) of en",
            "language of findings, messages and this help: nl (default, or WIJKPLAN_TAAL) or en",
        ),
    )


Opdracht = Callable[[str, Callable[..., int], Hulp], WijkplanParser]
"""Registers a command: (name, cmd_x, help) -> its parser, for the options of its own."""


def build_parser(taal: str = "nl") -> WijkplanParser:
    """The full parser: every command of every family, help in ``taal``."""
    from cli import beoordeling, plannen, referentie

    parser = WijkplanParser(
        prog="wijkplan",
        taal=taal,
        description=(
            "Wijkplan: plannen en begrotingen voor de wijkgerichte aanpak. "
            "Zonder opdracht start de app.",
            "Wijkplan: plans and budgets for the neighbourhood approach. "
            "Without a command the app starts.",
        ),
    )
    _common_options(parser, sub=False)
    _top_options(parser)
    sub = parser.add_subparsers(
        title=kies(("opdrachten", "commands"), taal),
        dest="command",
        metavar=kies(("OPDRACHT", "COMMAND"), taal),
    )

    def opdracht(name: str, func: Callable[..., int], help: Hulp) -> WijkplanParser:
        p = sub.add_parser(name, help=kies(help, taal), description=kies(help, taal), taal=taal)
        _common_options(p, sub=True)
        p.set_defaults(func=func)
        return p

    plannen.registreer(opdracht)
    referentie.registreer(opdracht)
    beoordeling.registreer(opdracht)
    return parser


class _NotTheApp(Exception):
    """The command line is more than ``[--db X] [--debug]``: the full parser decides."""


class _AppParser(WijkplanParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def parse_args(argv: list[str], taal: str | None = None) -> argparse.Namespace:
    """Parse the command line; starting the app (no command) skips the subcommand parsers.

    Building every subcommand's parser costs ~10 ms of argparse and gettext work, paid on
    every start before the window can show (bench/bench_gui_startup.py). A command line
    that names a command (a positional: the small parser refuses it), asks for help or is
    wrong in any way goes through :func:`build_parser`, so its results, usage and error
    messages are exactly the full parser's. ``taal``: that of the help and the messages
    (default: :func:`kies_taal`).
    """
    if taal is None:
        taal = kies_taal(argv)
    if "-h" not in argv and "--help" not in argv:
        app = _AppParser(prog="wijkplan", taal=taal)
        _common_options(app, sub=False)
        _top_options(app)
        try:
            return app.parse_args(argv, argparse.Namespace(command=None))
        except _NotTheApp:
            pass
    log.debug("full parser, help in %s", taal)
    return build_parser(taal).parse_args(argv)
