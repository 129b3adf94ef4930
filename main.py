"""Wijkplan: the composition root and the command line.

Nothing is created at import time: engines, settings and windows are built in :func:`main`.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv if argv is None else ["wijkplan", *argv])
    window = QMainWindow()
    window.setWindowTitle("Wijkplan")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
