"""Reading a round on a worker thread without the cyclic garbage collector.

Reading the overview of 342 plans builds some hundreds of thousands of short-lived objects
(plans from JSON, findings, totals). Those trigger full collections, and a collection holds
the GIL for 100 ms and more: the GUI thread froze while the worker read (a heartbeat on
another thread saw gaps of 109 ms; bench/bench_gui_beoordeling.py). The temporaries are
freed by reference counting anyway; with the collector paused during the read the GUI thread
keeps running (and the read itself is a third faster)."""

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
