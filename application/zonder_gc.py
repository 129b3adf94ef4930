"""Long reads and bulk imports without the automatic cycle collector.

Reading the overview of 342 plans, or importing hundreds of files, builds some hundreds of
thousands of short-lived objects (plans, findings, rows, totals). Those trigger collections,
and a full collection scans every object of the process (the modules of Qt, SQLAlchemy and
the rest: some 260,000), holding the GIL for 50–100 ms and more: the GUI thread froze while a
worker read (a heartbeat on another thread saw gaps of 109 ms; bench/bench_gui_beoordeling.py),
and a bulk import of 342 workbooks spent ≈ 2 % of its time in the collector (issue 13). The
temporaries are freed by reference counting anyway. The few cycles a file leaves behind are
collected by :func:`ruim_op` at the points a caller chooses (after a group of files), which
only looks at the objects made since: memory stays flat however many files there are.

The pause holds for the whole process while it lasts (another thread's cycles wait too; they
are collected a little later, never lost), and the state before is restored after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def zonder_gc() -> Iterator[None]:
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def ruim_op() -> int:
    """Collect the cycles among the objects made since the last collection (generations 0 and
    1, not the whole process); the number of objects freed."""
    return gc.collect(1)
