"""Errors of the exporters and importers, with a Dutch message that names where it went wrong."""

from __future__ import annotations

from typing import Any

from domain.errors import WijkplanFout


class ImportFout(WijkplanFout, ValueError):
    """A file that is refused on import.

    ``pad`` is the key path in the plan (``begroting[3].bedrag``, ``format_version``; empty when
    the file as a whole is wrong), ``bericht`` a Dutch sentence a coordinator understands.
    ``str()`` gives ``"pad: bericht"`` for the command line and dialogs. It is a
    :class:`WijkplanFout`, so every place that shows those without a traceback shows this too.
    """

    def __init__(self, pad: str, bericht: str, engels: str | None = None) -> None:
        super().__init__(
            f"{pad}: {bericht}" if pad else bericht,
            engels=(f"{pad}: {engels}" if pad else engels) if engels else None,
        )
        self.pad = pad
        self.bericht = bericht
        self.engels_bericht = engels  # without the path, like ``bericht``

    def __str__(self) -> str:
        return f"{self.pad}: {self.bericht}" if self.pad else self.bericht

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable with its fields, so an import in a worker process can report it.
        return (type(self), (self.pad, self.bericht, self.engels_bericht))
