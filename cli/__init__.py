"""The command line: the presentation beside :mod:`gui`, on the use cases of :mod:`application`.

- :mod:`cli.parser`: argparse in Dutch or English, the options every command shares, the
  version, and :func:`cli.parser.parse_args`.
- :mod:`cli.plannen`, :mod:`cli.referentie`, :mod:`cli.beoordeling`: one module per command
  family, each with a ``registreer`` that adds its commands to the parser and their
  ``cmd_x(db, args) -> int`` functions (the assessor's in :mod:`cli.overzicht`, those that
  read, and :mod:`cli.beoordelen`, those that change something).
- :mod:`cli.uitvoer` (printing), :mod:`cli.invoer` (``KEY=VALUE`` options, amounts, the
  assessor's name), :mod:`cli.scherm` (why no window can be shown).

To add a command: write ``cmd_x(db, args) -> int`` beside its family and register it in the
family's ``registreer`` with help texts in both languages, ``("Nederlands", "English")``.
Nothing here imports SQLAlchemy, openpyxl, reportlab or Qt at import time: the commands import
what they need when they run (``wijkplan plans`` and ``--version`` are benchmarked,
bench/bench_cli.py).
"""
