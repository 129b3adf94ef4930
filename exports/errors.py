"""Errors of the exporters and importers, with a Dutch message that names where it went wrong."""

from __future__ import annotations


class ImportFout(ValueError):
    """A file that is refused on import.

    ``pad`` is the key path in the plan (``begroting[3].bedrag``, ``format_version``; empty when
    the file as a whole is wrong), ``bericht`` a Dutch sentence a coordinator understands.
    ``str()`` gives ``"pad: bericht"`` for the command line and dialogs.
    """

    def __init__(self, pad: str, bericht: str) -> None:
        super().__init__(pad, bericht)
        self.pad = pad
        self.bericht = bericht

    def __str__(self) -> str:
        return f"{self.pad}: {self.bericht}" if self.pad else self.bericht
