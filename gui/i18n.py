"""Translation setup: Dutch is the source language; English comes from a .qm file.

Qt's own dialogs (Yes/No buttons, file dialogs) get Qt's shipped translation for the same
language, so a Dutch user never sees "Cancel".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("nl" or "en"); keep the result alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "nl":
        from resources import resource_path  # (imports json: not needed for Dutch)

        ours = QTranslator(app)
        path = resource_path("translations", f"wijkplan_{language}.qm")
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("translation %s not found at %s", language, path)
    return installed
