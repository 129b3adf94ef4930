"""``wijkplan --smoke [PDF]``: the bundle's start-up check (packaging/smoke.sh, .ci/run).

Waits until the shown window has its database open and the plan list filled, prints one line
(window size, number of plans) and quits with 0; with a PDF it also loads and renders its first
page through QtPdf, the PDF preview's engine, so a bundle without QtPdf fails here. Nothing
here runs in normal use.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

WACHTTIJD_MS = 60_000


def koppel(app: Any, window: Any, pdf: str) -> None:
    from PySide6.QtCore import QTimer

    def klaar(_url: str) -> None:
        regel = (
            f"wijkplan smoke: venster getoond ({window.width()}x{window.height()}, "
            f"zichtbaar={window.isVisible()}), {window.list_page.proxy.rowCount()} plannen in "
            "de lijst"
        )
        if pdf:
            from PySide6.QtCore import QSize

            from gui.pdf_preview import laad_document

            document, buffer = laad_document(Path(pdf).read_bytes())
            beeld = document.render(0, QSize(200, 283)) if document.pageCount() else None
            if beeld is None or beeld.isNull():
                print(f"wijkplan smoke: QtPdf kon {pdf} niet tonen", file=sys.stderr)
                app.exit(1)
                return
            regel += f"; PDF {document.pageCount()} pagina's via QtPdf"
            del buffer
        # PyInstaller sets sys.frozen: proof that the bundle, not a Python install, ran this.
        print(f"{regel}; bevroren={getattr(sys, 'frozen', False)}", flush=True)
        app.exit(0 if window.isVisible() else 1)

    def te_laat() -> None:
        print("wijkplan smoke: de planlijst kwam niet binnen 60 s", file=sys.stderr, flush=True)
        app.exit(1)

    window.databaseChanged.connect(klaar)
    QTimer.singleShot(WACHTTIJD_MS, te_laat)
