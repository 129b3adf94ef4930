"""The completeness of a plan in words, for the plan list's column and the editor's header.

The figures come from :mod:`domain.volledigheid` (Qt-free); only the wording is here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.volledigheid import Volledigheid


def fouten(n: int) -> str:
    return (
        QCoreApplication.translate("Volledigheid", "1 fout")
        if n == 1
        else QCoreApplication.translate("Volledigheid", "%1 fouten").replace("%1", str(n))
    )


def waarschuwingen(n: int) -> str:
    return (
        QCoreApplication.translate("Volledigheid", "1 waarschuwing")
        if n == 1
        else QCoreApplication.translate("Volledigheid", "%1 waarschuwingen").replace("%1", str(n))
    )


def kort(v: Volledigheid) -> str:
    """``5/7 klaar · 2 fouten · 1 waarschuwing`` (the plan list's column)."""
    parts = [
        QCoreApplication.translate("Volledigheid", "%1/%2 klaar")
        .replace("%1", str(v.klaar))
        .replace("%2", str(v.onderdelen))
    ]
    if v.fouten:
        parts.append(fouten(v.fouten))
    if v.waarschuwingen:
        parts.append(waarschuwingen(v.waarschuwingen))
    return " · ".join(parts)


def lang(v: Volledigheid) -> str:
    """``5 van 7 onderdelen klaar · 2 fouten · 1 waarschuwing`` (the editor's header)."""
    parts = [
        QCoreApplication.translate("Volledigheid", "%1 van %2 onderdelen klaar")
        .replace("%1", str(v.klaar))
        .replace("%2", str(v.onderdelen))
    ]
    parts.append(
        fouten(v.fouten) if v.fouten else QCoreApplication.translate("Volledigheid", "geen fouten")
    )
    if v.waarschuwingen:
        parts.append(waarschuwingen(v.waarschuwingen))
    return " · ".join(parts)


def uitleg(v: Volledigheid) -> str:
    """The tooltip: which sections are not done yet, and what *klaar* means."""
    from gui.plan_editor import section_titles

    titels = section_titles()
    open_ = ", ".join(titels.get(k, k) for k in v.open_onderdelen)
    text = QCoreApplication.translate(
        "Volledigheid",
        "Een onderdeel is klaar als het is ingevuld en geen fouten heeft; "
        "waarschuwingen houden indienen niet tegen.",
    )
    if open_:
        text = (
            QCoreApplication.translate("Volledigheid", "Nog niet klaar: %1.").replace("%1", open_)
            + "\n"
            + text
        )
    return text
