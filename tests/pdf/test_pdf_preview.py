"""The preview dialog with real QtPdf widgets (offscreen), and printing to a PDF file."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from domain.demo import demo_plannen
from exports.pdf import render_plan_pdf
from gui.pdf_preview import PdfVoorbeeld, druk_af_op, laad_document
from tests.pdf.conftest import paginas, pdftotext


@pytest.fixture(scope="module")
def demo_pdf(catalogus) -> bytes:
    return render_plan_pdf(demo_plannen(catalogus)[0], catalogus)


@pytest.fixture
def voorbeeld(qtbot, demo_pdf):
    dialoog = PdfVoorbeeld(demo_pdf, "Den Haag")
    qtbot.addWidget(dialoog)
    dialoog.show()
    qtbot.waitExposed(dialoog)
    return dialoog


def test_the_preview_loads_and_shows_every_page(voorbeeld, tmp_path, demo_pdf):
    pad = tmp_path / "d.pdf"
    pad.write_bytes(demo_pdf)
    n = paginas(pad)
    assert voorbeeld.aantal_paginas() == n > 1
    assert voorbeeld.van.text() == f"van {n}"
    assert voorbeeld.pagina.maximum() == n
    assert voorbeeld.view.isVisible()
    assert "Den Haag" in voorbeeld.windowTitle()


def test_page_navigation_moves_through_the_pages_and_stops_at_the_ends(voorbeeld, qtbot):
    n = voorbeeld.aantal_paginas()
    assert voorbeeld.huidige_pagina() == 0
    assert not voorbeeld.vorige.isEnabled()
    voorbeeld.volgende.click()
    qtbot.waitUntil(lambda: voorbeeld.huidige_pagina() == 1)
    assert voorbeeld.pagina.value() == 2
    voorbeeld.pagina.setValue(n)
    qtbot.waitUntil(lambda: voorbeeld.huidige_pagina() == n - 1)
    assert not voorbeeld.volgende.isEnabled()
    voorbeeld.ga_naar(n + 5)  # beyond the end: stays on the last page
    assert voorbeeld.huidige_pagina() == n - 1
    voorbeeld.vorige.click()
    qtbot.waitUntil(lambda: voorbeeld.huidige_pagina() == n - 2)


def test_zoom_in_and_out_changes_the_zoom_factor(voorbeeld):
    voorbeeld.zoom.setCurrentIndex(voorbeeld.zoom.findData(1.0))
    assert voorbeeld.zoomfactor() == pytest.approx(1.0)
    voorbeeld.vergroten.click()
    assert voorbeeld.zoomfactor() == pytest.approx(1.25)
    assert voorbeeld.zoom.currentText() == "125 %"
    voorbeeld.verkleinen.click()
    voorbeeld.verkleinen.click()
    assert voorbeeld.zoomfactor() == pytest.approx(0.75)
    voorbeeld.zoom.setCurrentIndex(voorbeeld.zoom.findData("pagina"))
    assert voorbeeld.view.zoomMode() == voorbeeld.view.ZoomMode.FitInView


def test_printing_to_a_pdf_file_gives_the_same_number_of_pages(qtbot, demo_pdf, tmp_path):
    document, buffer = laad_document(demo_pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "afdruk.pdf"
    printer.setOutputFileName(str(uit))
    gedrukt = druk_af_op(document, printer)
    assert gedrukt == document.pageCount()
    assert paginas(uit) == document.pageCount()
    # The printed pages are images of the PDF's pages: A4, and no text of their own.
    assert pdftotext(uit).strip("\f\n ") == ""
    buffer.close()


def test_a_print_range_prints_only_those_pages(demo_pdf, tmp_path):
    document, _buffer = laad_document(demo_pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "deel.pdf"
    printer.setOutputFileName(str(uit))
    printer.setFromTo(2, 3)
    assert druk_af_op(document, printer) == 2
    assert paginas(uit) == 2
