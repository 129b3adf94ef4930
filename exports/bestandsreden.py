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


# The same reasons in English (the command line's --taal en, an English GUI).
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "this user's disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EBUSY: "the file is in use by another program",
    errno.EIO: "the disk gave a read or write error",
    errno.ELOOP: "the path refers to itself in a loop",
}


def reason(exc: OSError) -> str:
    """:func:`reden` in English (worded by us, not the operating system's text)."""
    if isinstance(exc, FileNotFoundError):
        return "the file or folder does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "that is a folder, not a file"
    if isinstance(exc, NotADirectoryError):
        return "part of the path is not a folder"
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    code = errno.errorcode.get(exc.errno, str(exc.errno)) if exc.errno else "unknown"
    return f"the operating system refuses it (error code {code})"


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
