"""Fixtures of the Excel tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.catalogue import Catalogus
from domain.model import Plan
from exports.xlsx_writer import export_xlsx
from tests.excel.voorbeeld import voorbeeldplan


@pytest.fixture
def plan() -> Plan:
    return voorbeeldplan()


@pytest.fixture
def werkmap(tmp_path: Path, plan: Plan, catalogus: Catalogus) -> Path:
    path = tmp_path / "plan.xlsx"
    export_xlsx(plan, catalogus, path)
    return path
