"""Translation setup: Dutch is the source language; English comes from a .qm file.

Qt's own dialogs (Yes/No buttons, file dialogs) get Qt's shipped translation for the same
language, so a Dutch user never sees "Cancel". The Dutch Qt translation in the PySide6 wheel
(qtbase_nl.qm) predates some of Qt 6's texts ("&Look in:", "Files of &type:", the print
dialog's double-sided options): ``qt_aanvulling_nl.qm`` (our own translation of just those
texts) is installed after it and wins. ``wijkplan_nl.qm`` holds only the Dutch plural forms of
our ``%n`` counts ("1 fout", "2 fouten"); the rest of the Dutch text is the source itself.

The chosen language is kept as a property of the application, so Qt-free code can be handed
it (findings render themselves with ``Bevinding.tekst(taal)``).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

_TAAL = "wijkplanTaal"  # QCoreApplication property holding "nl" or "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("nl" or "en"); keep the result alive."""
    from resources import resource_path

    installed: list[QTranslator] = []
    language = "en" if language == "en" else "nl"
    app.setProperty(_TAAL, language)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)

    def install(name: str, folder: str) -> None:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif folder == qt_dir:  # Qt has no qtbase_en: English is its source language
            log.debug("no Qt translation %s in %s", name, folder)
        else:
            log.warning("translation %s not found in %s", name, folder)

    ours = str(resource_path("translations"))
    install(f"qtbase_{language}", qt_dir)
    if language == "nl":
        install("qt_aanvulling_nl", ours)  # installed later: searched first
    install(f"wijkplan_{language}", ours)
    return installed


def huidige_taal() -> str:
    """The language the user interface speaks: "nl" or "en"."""
    app = QCoreApplication.instance()
    return "en" if app is not None and app.property(_TAAL) == "en" else "nl"


def bericht(finding: Any) -> str:
    """A finding's message in the user interface's language (a finding without an English
    template, such as an import message, keeps its Dutch text)."""
    tekst = getattr(finding, "tekst", None)
    return tekst(huidige_taal()) if callable(tekst) else finding.bericht


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests; a language switch needs a restart)."""
    for translator in translators:
        app.removeTranslator(translator)
    app.setProperty(_TAAL, "nl")


def foutmelding(exc: BaseException) -> str:
    """An error's message in the user interface's language: a WijkplanFout with an English
    text (or an unreadable amount, BedragFout) gives it in English mode; any other keeps its
    (Dutch) text."""
    tekst = getattr(exc, "tekst", None)
    return str(tekst(huidige_taal())) if callable(tekst) else str(exc)
