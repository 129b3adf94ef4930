"""Runs one callable on its own worker thread and reports back on the GUI thread.

Opening a database, loading a plan and rendering a PDF each take long enough to freeze the
window; they share this piece instead of each hand-writing a QThread, a worker object and the
error handling. ``klaar(result)`` or ``mislukt(message)`` is emitted on the thread the job was
created on (the GUI thread), after the worker thread has stopped: a slot may drop its reference
to the job at once. ``mislukt`` always carries a message for the coordinator, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


def foutbericht(exc: BaseException, generiek: str | None = None, wat: str = "taak") -> str:
    """The Dutch message to show for ``exc``.

    A :class:`WijkplanFout` already says in Dutch what is wrong; anything else is a bug or a
    driver/disk error whose text means nothing to a coordinator, so it is logged with its
    traceback and the user gets ``generiek``.
    """
    from domain.errors import WijkplanFout

    if isinstance(exc, WijkplanFout):
        log.info("%s mislukt: %s", wat, exc)
        from gui.i18n import foutmelding

        return foutmelding(exc)
    log.error("%s mislukt", wat, exc_info=exc)
    if generiek is not None:
        return generiek
    return QCoreApplication.translate("Job", "Er ging onverwacht iets mis.")


class _Runner(QObject):
    """Lives on the worker thread; its signals are queued to the :class:`Job`."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], Any], generiek: str | None, wat: str) -> None:
        super().__init__()
        self._fn = fn
        self._generiek = generiek
        self._wat = wat

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # any error must become a message, not a dead thread
            self.failed.emit(foutbericht(exc, self._generiek, self._wat))
            return
        self.done.emit(result)


class Job(QObject):
    """``fn()`` once on a worker thread; ``klaar(result)`` or ``mislukt(str)`` on this thread.

    ``generiek`` is the (translated) message for an unexpected error; ``wat`` names the job in
    the log.
    """

    klaar = Signal(object)
    mislukt = Signal(str)

    def __init__(
        self,
        fn: Callable[[], Any],
        *,
        generiek: str | None = None,
        wat: str = "taak",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._runner = _Runner(fn, generiek, wat)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.done.connect(self._done)
        self._runner.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the worker is done (closing the window while the job still runs);
        False when it still runs after ``timeout_ms``."""
        self._thread.quit()
        if timeout_ms is None:
            return self._thread.wait()
        return self._thread.wait(timeout_ms)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.wait()
        self.klaar.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.wait()
        self.mislukt.emit(message)
