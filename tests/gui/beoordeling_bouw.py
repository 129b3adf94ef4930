"""Shared pieces of the assessor GUI tests: the demo database with submitted plans, the main
window on the Beoordeling view, waiting for worker threads, answering dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from domain.demo import DEMO_COMPLEET_ID
from tests.gui.typing import pump

DEN_HAAG = DEMO_COMPLEET_ID  # 2022, complete: submitted here


def wacht(voorwaarde: Callable[[], bool], timeout: float = 20.0) -> None:
    """Run the event loop (GIL released between rounds, so worker threads run) until
    ``voorwaarde()`` holds."""
    eind = time.monotonic() + timeout
    while not voorwaarde():
        assert time.monotonic() < eind, "timed out"
        pump(0.01)


def overzicht_pagina(window, ronde: str | None = None):
    """Switch the window to the Beoordeling view and wait until the overview is read."""
    window.beoordeling.tabs.setCurrentIndex(1)
    pagina = window.beoordeling.pagina
    wacht(lambda: not pagina.bezig() and pagina.overzicht is not None)
    if ronde is not None and pagina.overzicht.ronde.code != ronde:
        from tests.gui.helpers import choose

        naam = next(
            pagina.ronde.itemText(i)
            for i in range(pagina.ronde.count())
            if pagina.ronde.itemData(i) == ronde
        )
        choose(pagina.ronde, naam)
        pagina.ronde.activated.emit(pagina.ronde.currentIndex())
        wacht(lambda: not pagina.bezig() and pagina.overzicht.ronde.code == ronde)
    return pagina


def open_werkblad(window, plan_id: str):
    venster = window.beoordeling.open_werkblad(plan_id)
    assert venster is not None
    geladen(venster)
    from PySide6.QtTest import QTest

    venster.activateWindow()  # offscreen, focus and keys need an active window
    assert QTest.qWaitForWindowActive(venster)
    return venster


def geladen(venster) -> None:
    wacht(lambda: not venster.bezig() and venster.gegevens is not None)
    # Widgets added to a shown window become visible one event-loop turn later.
    pump(0.05)


def na_actie(venster, actie: Callable[[], object]) -> object:
    """Run a worksheet action (a use case, then a reload on the worker) and wait for it."""
    uit = actie()
    geladen(venster)
    return uit


def beantwoord(handle: Callable[[QWidget], None], seen: list[QWidget] | None = None) -> None:
    """When the next modal dialog opens, let ``handle`` answer it."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        if seen is not None:
            seen.append(dialog)
        dialog.activateWindow()  # typing needs the dialog to have the keyboard
        wacht(dialog.isActiveWindow, 5.0)
        try:
            handle(dialog)
        except BaseException:
            dialog.reject()  # a failed check must fail the test, not leave it waiting
            raise

    QTimer.singleShot(0, poll)
