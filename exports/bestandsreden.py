"""Why the operating system refused a file, in Dutch.

An ``OSError``'s own text is English (sometimes with an errno) and must never reach a user;
the application layer's file errors and the Excel importer's refusals both say the reason
with :func:`reden`.
"""

from __future__ import annotations

import errno

# Reasons by errno for the failures a coordinator can do something about.
_REDENEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte van deze gebruiker is op",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EBUSY: "het bestand is in gebruik door een ander programma",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
    errno.ELOOP: "het pad verwijst in een kring naar zichzelf",
}


def reden(exc: OSError) -> str:
    """The operating system's reason in Dutch (never its own, English text)."""
    # The first three wordings are the command line's since its first version (tests, scripts).
    if isinstance(exc, FileNotFoundError):
        return "het bestand of de map bestaat niet"
    if isinstance(exc, PermissionError):
        return "geen toestemming"
    if isinstance(exc, IsADirectoryError):
        return "dat is een map, geen bestand"
    if isinstance(exc, NotADirectoryError):
        return "een deel van het pad is geen map"
    if exc.errno in _REDENEN:
        return _REDENEN[exc.errno]
    code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno else "onbekend"
    return f"het besturingssysteem weigert het (foutcode {code})"
