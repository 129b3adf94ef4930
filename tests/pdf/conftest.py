"""Fixtures for the PDF tests: rendered plans on disk and the poppler/qpdf tools that read them."""

from __future__ import annotations

import html
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from exports.pdf import render_plan_pdf
from tests.conftest import require_tool
from tests.pdf.plannen import groot_plan, klein_plan

AFGEDRUKT = date(2026, 3, 14)


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdftotext(pad: Path, pagina: int | None = None, *extra: str) -> str:
    tool = require_tool("pdftotext")
    bereik = ["-f", str(pagina), "-l", str(pagina)] if pagina else []
    return run(tool, *extra, *bereik, str(pad), "-")


def paginas(pad: Path) -> int:
    info = run(require_tool("pdfinfo"), str(pad))
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def schrijf(tmp: Path, naam: str, data: bytes) -> Path:
    pad = tmp / naam
    pad.write_bytes(data)
    return pad


@pytest.fixture(scope="module")
def klein(catalogus, tmp_path_factory):
    plan = klein_plan(catalogus)
    data = render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT)
    return plan, schrijf(tmp_path_factory.mktemp("klein"), "klein.pdf", data)


@pytest.fixture(scope="module")
def groot(catalogus, tmp_path_factory):
    plan = groot_plan(catalogus, n=200, lengte=3000)
    data = render_plan_pdf(plan, catalogus, printed_on=AFGEDRUKT)
    return plan, schrijf(tmp_path_factory.mktemp("groot"), "groot.pdf", data)


_BLOK = re.compile(r"<block [^>]*>(.*?)</block>", re.S)
_REGEL = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
_WOORD = re.compile(r'<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>(.*?)</word>')


def blokteksten(pad: Path) -> list[str]:
    """The text of each block poppler finds and of each table cell in it.

    Plain pdftotext interleaves the lines of neighbouring cells, and poppler sometimes puts
    two neighbouring cells in one block. A cell is rebuilt from the pieces of each line that
    are separated by more than a word space, grouped by the x where they start (cells are
    left-aligned), so a value that wraps inside a narrow cell is found whole.
    """
    xhtml = pdftotext(pad, None, "-bbox-layout")
    uit: list[str] = []
    for blok in _BLOK.findall(xhtml):
        cellen: dict[int, list[str]] = {}
        alles: list[str] = []
        for regel in _REGEL.findall(blok):
            stuk: list[str] = []
            begin = vorige = None
            for x0, x1, woord in _WOORD.findall(regel):
                x0f, x1f, w = float(x0), float(x1), html.unescape(woord)
                alles.append(w)
                if vorige is not None and x0f - vorige > 4.5:
                    cellen.setdefault(round(begin), []).extend(stuk)
                    stuk, begin = [], None
                if begin is None:
                    begin = x0f
                stuk.append(w)
                vorige = x1f
            if stuk:
                cellen.setdefault(round(begin), []).extend(stuk)
        uit.append(" ".join(alles))
        uit += [" ".join(c) for c in cellen.values()]
    return uit


def gevonden(waarde: str, tekst: str, blokken: list[str]) -> bool:
    """``waarde`` (whitespace normalised) occurs in the running text or within one block."""
    w = " ".join(waarde.split())
    return w in tekst or any(w in b for b in blokken)
