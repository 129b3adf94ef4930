"""The user guide, shown in the app without internet: ``resources/handleiding.md`` (a copy of
``docs/handleiding.md``; a test keeps them equal) rendered as Markdown in a text browser.
The English interface shows ``resources/handleiding_en.md``, its translation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_text(taal: str | None = None) -> str:
    """The guide in ``taal`` (default: the interface's language); Dutch when a build lacks
    the English file."""
    from gui.i18n import huidige_taal
    from resources import resource_path

    if (taal or huidige_taal()) == "en":
        engels = resource_path("handleiding_en.md")
        if engels.is_file():
            return engels.read_text(encoding="utf-8")
    return resource_path("handleiding.md").read_text(encoding="utf-8")


class HandleidingDialoog(QDialog):
    """Non-modal: it stays open beside the editor while the coordinator works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 780, 720)
