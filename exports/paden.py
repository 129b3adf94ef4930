"""Key paths as the user reads them: ``begroting[3].bedrag``, ``streefwaarden[2024]``.

The one syntax of :mod:`domain.paden`, so a message from an import and one from a check point
at a field the same way (and the editor can jump to it).
"""

from __future__ import annotations

from domain.paden import pad_tekst

__all__ = ["pad_tekst"]
