"""The command line: the presentation beside :mod:`gui`, on the use cases of :mod:`application`.

- :mod:`cli.parser`: argparse in Dutch or English, the options every command shares, the
  version, and :func:`cli.parser.parse_args`.
- :mod:`cli.plannen`, :mod:`cli.referentie`, :mod:`cli.beoordeling`: one module per command
  family, each with its ``cmd_x(db, args) -> int`` functions and a ``registreer`` that adds
  them to the parser.
- :mod:`cli.uitvoer` (printing), :mod:`cli.invoer` (``KEY=VALUE`` options, amounts, the
  assessor's name), :mod:`cli.scherm` (why no window can be shown).

To add a command: write ``cmd_x(db, args) -> int`` in its family's module and register it in
that module's ``registreer`` with a help text in both languages, ``("Dutch", "English")``.
Nothing here imports SQLAlchemy, openpyxl, reportlab or Qt at import time: the commands import
what they need when they run (``wijkplan plans`` and ``--version`` are benchmarked,
bench/bench_cli.py).
"""
