"""Work-arounds for reference-count bugs in PySide6 6.12.0 on Python 3.11.

Measured here: every call of a PySide6 method that returns nothing (``setEnabled``,
``processEvents``, ``QTimer.start`` …) lowers the reference count of ``None`` by one, and
every Python-side ``emit()`` lowers that of ``True`` by one. Python 3.12+ makes these
objects immortal, so there it is harmless; on 3.11 the interpreter aborts ("none_dealloc:
deallocating None") after some tens of thousands of calls — minutes of normal use.

:func:`protect_singletons` (called once at start) gives ``None``, ``True`` and ``False`` a
reference count they can never lose, which is what 3.12 does; :func:`emit` also gives the
reference back per emit. Both act only when a probe shows the running PySide6 has the bug.
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


@functools.cache
def protect_singletons() -> bool:
    """Make None/True/False effectively immortal if this PySide6 leaks references to them."""
    if sys.version_info >= (3, 12):
        return False  # immortal already; their count must not be touched
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) <= 0:
        return False
    log.info("PySide6 leaks references to None; protecting None, True and False")
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Include/object.h).
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    return True


def _give_back(n: int) -> None:
    for _ in range(n):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 releases whose emit leaks ``True``."""
    signal.emit(*args)
    if emit_leaks_true():
        _give_back(1)
