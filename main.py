"""Wijkplan: the composition root and the command line.

Nothing is created at import time: engines, settings and windows are built in :func:`main`.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # No command: start the desktop app on the default database (gui owner's one call).
    from gui.app import run

    return run(None, argv=sys.argv if argv is None else ["wijkplan", *argv])


if __name__ == "__main__":
    sys.exit(main())
