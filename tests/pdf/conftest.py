"""Fixtures for the PDF tests: rendered plans on disk and the poppler/qpdf tools that read them."""

from __future__ import annotations

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
