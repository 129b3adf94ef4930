"""*Over Wijkplan*: version, licence, the data folder, and the licences of the fonts
Wijkplan ships.

The data folder (the database's folder; exports go to its ``exporten``) is a read-only line
the user can select and copy: a coordinator asked where the files are can read it out or paste
it into a file manager or a mail to the helpdesk (issue 14).

The font licences are read from ``resources/fonts/LICENSE-*.txt``, so a font added there
(with its licence) is listed without a change here.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

LICENCE = "EUPL-1.2"


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wijkplan")
    except PackageNotFoundError:  # started from a source folder without an install
        return "ontwikkelversie"


def font_licences() -> list[tuple[str, str]]:
    """(file name, text) of every font licence shipped in resources/fonts."""
    from resources import resource_path

    folder = resource_path("fonts")
    return [
        (p.name, p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(folder.glob("LICENSE*"))
    ]


class OverDialoog(QDialog):
    def __init__(self, parent: QWidget | None = None, gegevensmap: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Wijkplan"))
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Gegevensmap"))
        self.folder.setToolTip(
            self.tr(
                "Hier staan de database en, in de map ‘exporten’, de geëxporteerde bestanden. "
                "Selecteer de tekst om hem te kopiëren; Help → Gegevensmap openen opent de map."
            )
        )
        if gegevensmap is not None:
            self.folder.setText(str(gegevensmap))
            self.folder.setCursorPosition(0)  # a long path shows its start
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Over Wijkplan"))
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if gegevensmap is not None:
            form = QFormLayout()
            form.addRow(self.tr("Gegevensmap:"), self.folder)
            lay.addLayout(form)
        else:
            self.folder.hide()
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 640, 560)

    def html(self) -> str:
        parts = [
            f"<h2>Wijkplan {escape(app_version())}</h2>",
            "<p>"
            + escape(
                self.tr(
                    "Plannen en begrotingen voor de wijkgerichte aanpak ‘Preventie met Gezag’ "
                    "van het ministerie van Justitie en Veiligheid: schrijven, controleren, "
                    "uitwisselen als Excel-werkmap en afdrukken als PDF."
                )
            )
            + "</p>",
            "<p>"
            + escape(self.tr("Licentie: %1 (European Union Public Licence 1.2).")).replace(
                "%1", LICENCE
            )
            + "</p>",
            "<p>"
            + escape(
                self.tr(
                    "Gebouwd met Qt for Python (PySide6, LGPL-3.0), SQLAlchemy, openpyxl en "
                    "reportlab."
                )
            )
            + "</p>",
            "<h3>" + escape(self.tr("Lettertypen")) + "</h3>",
            "<p>"
            + escape(
                self.tr(
                    "De PDF-export bevat de lettertypen uit de map resources/fonts, onder "
                    "deze licenties:"
                )
            )
            + "</p>",
        ]
        for name, text in font_licences():
            parts.append(f"<h4>{escape(name)}</h4><pre>{escape(text)}</pre>")
        return "\n".join(parts)
