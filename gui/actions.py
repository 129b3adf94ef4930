"""The main window's actions and menus (Bestand, Bewerken, Exporteren, Importeren)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class Actions(NamedTuple):
    """The window's actions by name. A NamedTuple, not a dataclass: this module loads before
    the first frame, and ``dataclasses`` plus generating its methods cost ~8 ms there."""

    new_plan: QAction
    new_database: QAction
    open_database: QAction
    open_shared: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    export_excel: QAction
    export_pdf: QAction
    preview: QAction
    print: QAction
    import_excel: QAction
    recent_menu: QMenu
    carry_over: QAction  # issue 11: a plan into another round
    update_reference: QAction  # issue 11: new reference data from a file
    help_panel: QAction
    guide: QAction
    open_data_dir: QAction
    about: QAction


def build(window: QMainWindow) -> Actions:
    def act(text: str, shortcut: QKeySequence.StandardKey | str | list | None = None) -> QAction:
        a = QAction(text, window)
        # Always setShortcuts: a standard key gets every binding of the platform, and
        # setShortcut() makes PySide6 build all enum classes of the Qt namespace (~50 ms)
        # while resolving its overloads, before the first frame (bench_gui_startup.py).
        if isinstance(shortcut, str):
            a.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            a.setShortcuts(shortcut)
        return a

    S = QKeySequence.StandardKey
    actions = Actions(
        new_plan=act(QCoreApplication.translate("MainWindow", "&Nieuw plan…"), S.New),
        new_database=act(QCoreApplication.translate("MainWindow", "Nieuwe &database…")),
        open_database=act(QCoreApplication.translate("MainWindow", "Database &openen…"), S.Open),
        open_shared=act(
            QCoreApplication.translate("MainWindow", "&Gedeelde database (PostgreSQL) openen")
        ),
        settings=act(QCoreApplication.translate("MainWindow", "&Instellingen…")),
        quit=act(QCoreApplication.translate("MainWindow", "&Afsluiten"), "Ctrl+Q"),
        # Both redo conventions work: Ctrl+Y (Windows) and Ctrl+Shift+Z.
        undo=act(QCoreApplication.translate("MainWindow", "&Ongedaan maken"), "Ctrl+Z"),
        redo=act(
            QCoreApplication.translate("MainWindow", "&Opnieuw"),
            [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")],
        ),
        export_excel=act(QCoreApplication.translate("MainWindow", "&Excel-werkmap…"), "Ctrl+E"),
        export_pdf=act(QCoreApplication.translate("MainWindow", "&PDF…")),
        preview=act(QCoreApplication.translate("MainWindow", "&Voorbeeld…")),
        print=act(QCoreApplication.translate("MainWindow", "Af&drukken…"), S.Print),
        import_excel=act(
            QCoreApplication.translate("MainWindow", "&Excel-bestanden importeren…"),
            "Ctrl+I",
        ),
        recent_menu=QMenu(QCoreApplication.translate("MainWindow", "&Recente databases"), window),
        carry_over=act(QCoreApplication.translate("MainWindow", "O&vernemen in ronde…")),
        update_reference=act(
            QCoreApplication.translate("MainWindow", "Referentiegegevens &bijwerken…")
        ),
        help_panel=act(QCoreApplication.translate("MainWindow", "&Uitleg bij het veld"), "F1"),
        guide=act(QCoreApplication.translate("MainWindow", "&Handleiding")),
        open_data_dir=act(QCoreApplication.translate("MainWindow", "&Gegevensmap openen")),
        about=act(QCoreApplication.translate("MainWindow", "&Over Wijkplan")),
    )
    actions.help_panel.setCheckable(True)
    bar = window.menuBar()
    bestand = bar.addMenu(QCoreApplication.translate("MainWindow", "&Bestand"))
    bestand.addAction(actions.new_plan)
    bestand.addAction(actions.carry_over)
    bestand.addSeparator()
    bestand.addAction(actions.new_database)
    bestand.addAction(actions.open_database)
    bestand.addAction(actions.open_shared)
    bestand.addMenu(actions.recent_menu)
    bestand.addSeparator()
    bestand.addAction(actions.update_reference)
    bestand.addAction(actions.settings)
    bestand.addSeparator()
    bestand.addAction(actions.quit)
    bewerken = bar.addMenu(QCoreApplication.translate("MainWindow", "Be&werken"))
    bewerken.addAction(actions.undo)
    bewerken.addAction(actions.redo)
    exporteren = bar.addMenu(QCoreApplication.translate("MainWindow", "&Exporteren"))
    exporteren.addAction(actions.export_excel)
    exporteren.addAction(actions.export_pdf)
    exporteren.addSeparator()
    exporteren.addAction(actions.preview)
    exporteren.addAction(actions.print)
    importeren = bar.addMenu(QCoreApplication.translate("MainWindow", "&Importeren"))
    importeren.addAction(actions.import_excel)
    hulp = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    hulp.addAction(actions.help_panel)
    hulp.addAction(actions.guide)
    hulp.addSeparator()
    hulp.addAction(actions.open_data_dir)
    hulp.addSeparator()
    hulp.addAction(actions.about)
    return actions
