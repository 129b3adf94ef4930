"""Work-around for a reference-count bug in PySide6 6.12.0's ``SignalInstance.emit``.

``emit()`` returns ``True`` without taking a reference, so every Python-side emit lowers the
reference count of ``True`` by one; after a few hundred emits (a few minutes of typing) the
interpreter aborts with "bool_dealloc: deallocating True or False". Measured here:
``sys.getrefcount(True)`` drops by exactly one per ``emit``. :func:`emit` gives the reference
back, but only when a probe shows the running PySide6 has the bug, so a fixed release is
left alone.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)


@functools.cache
def emit_leaks_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True)
    if leaked:
        log.info("PySide6 emit() leaks a reference to True; compensating")
        _give_back(leaked)
    return leaked > 0


def _give_back(n: int) -> None:
    for _ in range(n):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 releases whose emit leaks ``True``."""
    signal.emit(*args)
    if emit_leaks_true():
        _give_back(1)
