"""The application layer: the use cases that both the command line and the desktop app run.

Open a database, list the plans, open / save / submit / duplicate / delete a plan, export it as
JSON, Excel or PDF and import files. Every use case takes the opened database, opens and
commits its own unit of work (``with db.unit_of_work() as uow``; anything not committed rolls
back) and raises a :class:`domain.errors.WijkplanFout` with a Dutch message on failure, also
for a file that cannot be written or read (:mod:`application.bestanden`).

No Qt here, and nothing heavy at import time: SQLAlchemy's ORM, openpyxl, reportlab and
jsonschema are imported inside the use case that needs them, so ``python main.py plans``
starts about as fast as SQLAlchemy Core itself (tests/cli/test_cold_start.py).
"""
