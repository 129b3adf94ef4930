"""Preview and printing of a plan's PDF inside the app (QtPdf), page by page, with zoom.

The dialog shows exactly the bytes that Export → PDF writes, and printing sends those same
pages to the printer: each PDF page is rendered to an image at the printer's resolution (at
most 300 dpi, which is what office printers resolve) and drawn on one printer page. So a
printout matches the exported file page for page, footer and content hash included.

The main window wires the menu actions; see :func:`toon_voorbeeld` and :func:`afdrukken`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

# Office printers resolve about 300 dpi; rendering a page at a PDF printer's 1200 dpi would
# make a 550 MB image per page for no visible gain.
MAX_DPI = 300
ZOOM_STAPPEN = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def laad_document(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``pdf`` in memory. Keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        log.error("PDF kon niet geladen worden: %s", document.error())
    return document, buffer


def druk_af_op(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the dialog) on ``printer``.

    Returns the number of pages printed. The printer's paper follows the PDF's page size.
    """
    aantal = document.pageCount()
    if aantal == 0:
        return 0
    van, tot = printer.fromPage(), printer.toPage()
    paginas = range(van - 1, tot) if van > 0 and tot >= van else range(aantal)
    paginas = range(max(0, paginas.start), min(aantal, paginas.stop))
    printer.setFullPage(True)  # the PDF has its own margins: draw on the whole sheet
    printer.setPageLayout(
        QPageLayout(
            QPageSize(document.pagePointSize(0), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        log.error("printer kon niet gestart worden")
        return 0
    gedrukt = 0
    try:
        for k, pagina in enumerate(paginas):
            if k:
                printer.newPage()
            punten = document.pagePointSize(pagina)
            grootte = QSize(round(punten.width() * dpi / 72), round(punten.height() * dpi / 72))
            beeld = document.render(pagina, grootte)
            doel = QRectF(painter.viewport())
            # Keep the aspect ratio: a PDF page on paper of a slightly different size is
            # scaled to fit, not stretched.
            schaal = min(doel.width() / beeld.width(), doel.height() / beeld.height())
            rect = QRectF(QPointF(0, 0), beeld.size().toSizeF() * schaal)
            painter.drawImage(rect, beeld)
            gedrukt += 1
    finally:
        painter.end()
    log.info("%d pagina's afgedrukt", gedrukt)
    return gedrukt


def afdrukken(pdf: bytes, parent: QWidget | None = None) -> bool:
    """The system print dialog for ``pdf``; True when the pages were sent to the printer."""
    document, buffer = laad_document(pdf, parent)
    try:
        return _afdrukken_met_dialoog(document, parent)
    finally:
        document.deleteLater()
        buffer.deleteLater()


def _afdrukken_met_dialoog(document: QPdfDocument, parent: QWidget | None) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Wijkplan")
    printer.setFromTo(1, document.pageCount())
    dialoog = QPrintDialog(printer, parent)
    dialoog.setMinMax(1, max(1, document.pageCount()))
    if dialoog.exec() != QDialog.DialogCode.Accepted:
        return False
    return druk_af_op(document, printer) > 0


class PdfVoorbeeld(QDialog):
    """Shows PDF bytes page by page, with page navigation, zoom and a Print button."""

    def __init__(self, pdf: bytes, titel: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Voorbeeld: %1").replace("%1", titel) if titel else self.tr("Voorbeeld")
        )
        self.document, self._buffer = laad_document(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.vorige = QPushButton(self.tr("&Vorige"), self)
        self.volgende = QPushButton(self.tr("V&olgende"), self)
        self.vorige.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.volgende.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.pagina = QSpinBox(self)
        self.pagina.setRange(1, max(1, self.document.pageCount()))
        self.pagina.setAccessibleName(self.tr("Paginanummer"))
        self.van = QLabel(self.tr("van %1").replace("%1", str(self.document.pageCount())), self)
        self.zoom = QComboBox(self)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Paginabreedte"), "breedte")
        self.zoom.addItem(self.tr("Hele pagina"), "pagina")
        for factor in ZOOM_STAPPEN:
            self.zoom.addItem(f"{round(factor * 100)} %", factor)
        self.verkleinen = QToolButton(self)
        self.vergroten = QToolButton(self)
        self.verkleinen.setText("−")
        self.vergroten.setText("+")
        self.verkleinen.setAccessibleName(self.tr("Kleiner"))
        self.vergroten.setAccessibleName(self.tr("Groter"))
        self.verkleinen.setToolTip(self.tr("Kleiner (Ctrl+-)"))
        self.vergroten.setToolTip(self.tr("Groter (Ctrl++)"))
        self.verkleinen.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.vergroten.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.afdrukknop = QPushButton(self.tr("&Afdrukken…"), self)
        self.sluiten = QPushButton(self.tr("&Sluiten"), self)

        balk = QHBoxLayout()
        for w in (
            self.vorige,
            self.volgende,
            QLabel(self.tr("Pagina"), self),
            self.pagina,
            self.van,
        ):
            balk.addWidget(w)
        balk.addStretch(1)
        for w in (QLabel(self.tr("Zoom"), self), self.verkleinen, self.zoom, self.vergroten):
            balk.addWidget(w)
        balk.addStretch(1)
        balk.addWidget(self.afdrukknop)
        balk.addWidget(self.sluiten)
        layout = QVBoxLayout(self)
        layout.addLayout(balk)
        layout.addWidget(self.view, 1)

        self.vorige.clicked.connect(lambda: self.ga_naar(self.huidige_pagina() - 1))
        self.volgende.clicked.connect(lambda: self.ga_naar(self.huidige_pagina() + 1))
        self.pagina.valueChanged.connect(lambda n: self.ga_naar(n - 1))
        self.zoom.currentIndexChanged.connect(self._zoom_gekozen)
        self.verkleinen.clicked.connect(lambda: self.stap_zoom(-1))
        self.vergroten.clicked.connect(lambda: self.stap_zoom(+1))
        self.view.pageNavigator().currentPageChanged.connect(self._pagina_veranderd)
        self.afdrukknop.clicked.connect(self.afdrukken)
        self.sluiten.clicked.connect(self.accept)
        self._pagina_veranderd(0)
        from gui.screen import fit_to_screen

        fit_to_screen(self, 820, 980)  # an A4 page at a readable width, or the screen

    # -- navigation ------------------------------------------------------------------------
    def aantal_paginas(self) -> int:
        return self.document.pageCount()

    def huidige_pagina(self) -> int:
        """0-based, like QPdfPageNavigator."""
        return self.view.pageNavigator().currentPage()

    def ga_naar(self, pagina: int) -> None:
        pagina = max(0, min(self.aantal_paginas() - 1, pagina))
        if pagina != self.huidige_pagina():
            self.view.pageNavigator().jump(
                pagina, QPointF(), self.view.pageNavigator().currentZoom()
            )

    @Slot(int)
    def _pagina_veranderd(self, pagina: int) -> None:
        self.pagina.blockSignals(True)
        self.pagina.setValue(pagina + 1)
        self.pagina.blockSignals(False)
        self.vorige.setEnabled(pagina > 0)
        self.volgende.setEnabled(pagina < self.aantal_paginas() - 1)

    # -- zoom ------------------------------------------------------------------------------
    def zoomfactor(self) -> float:
        return self.view.zoomFactor()

    def zet_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def stap_zoom(self, richting: int) -> None:
        """One step on the zoom scale from the current factor (+1 larger, -1 smaller)."""
        huidig = self.zoomfactor()
        if richting > 0:
            factor = next((z for z in ZOOM_STAPPEN if z > huidig + 1e-6), ZOOM_STAPPEN[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STAPPEN) if z < huidig - 1e-6), ZOOM_STAPPEN[0])
        index = self.zoom.findData(factor)
        if index >= 0 and index != self.zoom.currentIndex():
            self.zoom.setCurrentIndex(index)
        else:
            self.zet_zoom(factor)

    @Slot(int)
    def _zoom_gekozen(self, index: int) -> None:
        keuze = self.zoom.itemData(index)
        if keuze == "breedte":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif keuze == "pagina":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.zet_zoom(float(keuze))

    # -- printing --------------------------------------------------------------------------
    @Slot()
    def afdrukken(self) -> None:
        try:
            _afdrukken_met_dialoog(self.document, self)
        except RuntimeError as exc:  # a printer that fails mid-job: tell, do not crash
            log.exception("afdrukken mislukt")
            QMessageBox.warning(
                self,
                self.tr("Afdrukken"),
                self.tr("Afdrukken is mislukt: %1").replace("%1", str(exc)),
            )


def toon_voorbeeld(pdf: bytes, titel: str = "", parent: QWidget | None = None) -> PdfVoorbeeld:
    """Open the preview (non-modal, deleted when closed) and return it."""
    dialoog = PdfVoorbeeld(pdf, titel, parent)
    dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialoog.show()
    return dialoog
