"""Table models tested without any widget: rowCount, data, setData, flags."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from domain.demo import DEMO_COMPLEET_ID, DEMO_CONCEPT_ID
from domain.model import GekozenFactor, Status
from gui.budget_model import COL_OMSCHRIJVING, BudgetModel
from gui.factor_model import COL_GEKOZEN, COL_TOELICHTING, FactorModel
from gui.list_model import Column, ItemsModel
from gui.plan_list_model import COL_GEVRAAGD, COL_STATUS, COL_TITEL, SORT_ROLE, PlansModel
from gui.plan_session import PlanSession

D, E = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture
def session(qapp, demo_db):
    with demo_db.unit_of_work() as uow:
        plan = uow.plans.get(DEMO_CONCEPT_ID)
    s = PlanSession(demo_db, plan)
    yield s
    s.shutdown()


def test_the_plan_list_model_shows_overview_rows_formatted_and_read_only(qapp, demo_db):
    with demo_db.unit_of_work() as uow:
        rows = uow.plans.overview()
    model = PlansModel()
    model.set_rows(rows)
    assert model.rowCount() == 2
    row = model.row_of(DEMO_COMPLEET_ID)
    assert model.data(model.index(row, COL_STATUS)) == "Concept"
    assert model.data(model.index(row, COL_GEVRAAGD)).startswith("€ ")
    assert "," in model.data(model.index(row, COL_GEVRAAGD))
    assert model.data(model.index(row, COL_TITEL), SORT_ROLE) == rows[row].titel.casefold()
    assert not model.flags(model.index(row, COL_TITEL)) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(COL_GEVRAAGD, Qt.Orientation.Horizontal) == "Gevraagd"


def test_a_list_model_edits_the_plan_through_the_session_and_is_undoable(session):
    model = ItemsModel(
        session,
        "doelgroepen",
        (Column("naam", "Doelgroep"), Column("leeftijd_van", "Vanaf", "int")),
    )
    assert model.rowCount() == len(session.plan.doelgroepen)
    assert model.columnCount() == 2
    assert model.data(model.index(0, 0)) == session.plan.doelgroepen[0].naam
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(a.row()))
    assert model.setData(model.index(0, 1), "14", E)
    assert session.plan.doelgroepen[0].leeftijd_van == 14
    assert changed == [0]
    assert model.data(model.index(0, 1), D) == "14"
    refused = []
    model.inputRefused.connect(refused.append)
    assert not model.setData(model.index(0, 1), "veertien", E)
    assert "geen geheel getal" in refused[-1]
    assert session.plan.doelgroepen[0].leeftijd_van == 14
    session.undo_stack.undo()
    assert session.plan.doelgroepen[0].leeftijd_van != 14


def test_amount_and_number_columns_parse_dutch_input(session):
    model = ItemsModel(
        session,
        "indicatoren",
        (Column("nulmeting", "Nulmeting", "number"), Column("naam", "Naam")),
    )
    assert model.setData(model.index(0, 0), "1.234,5", E)
    assert session.plan.indicatoren[0].nulmeting == Decimal("1234.5")
    assert model.data(model.index(0, 0), D) == "1234,5"
    assert model.setData(model.index(0, 0), "", E)
    assert session.plan.indicatoren[0].nulmeting is None


def test_a_budget_cell_adds_changes_and_removes_the_line_of_that_year(session):
    model = BudgetModel(session)
    lines = len(session.plan.begroting)
    row = next(r for r, g in enumerate(model.groups) if len(g.lines) < len(model.years))
    year = next(y for y in model.years if y not in model.groups[row].lines)
    col = model.year_column(year)
    assert model.data(model.index(row, col), D) == ""
    assert model.setData(model.index(row, col), "€ 1.250,50", E)
    assert len(session.plan.begroting) == lines + 1
    assert model.data(model.index(row, col), D) == "€ 1.250,50"
    new = session.plan.begroting[model.groups[row].lines[year]]
    assert new.bedrag == Decimal("1250.50") and new.jaar == year
    refused = []
    model.inputRefused.connect(refused.append)
    assert not model.setData(model.index(row, col), "1,250.50", E)
    assert "geen bedrag" in refused[-1]
    assert model.setData(model.index(row, col), "", E)
    assert len(session.plan.begroting) == lines


def test_changing_a_budget_rows_description_changes_every_line_in_one_undo_step(session):
    model = BudgetModel(session)
    row = max(range(model.rowCount()), key=lambda r: len(model.groups[r].lines))
    indexes = list(model.groups[row].lines.values())
    assert model.setData(model.index(row, COL_OMSCHRIJVING), "Nieuwe omschrijving", E)
    assert {session.plan.begroting[i].omschrijving for i in indexes} == {"Nieuwe omschrijving"}
    session.undo_stack.undo()
    assert "Nieuwe omschrijving" not in {session.plan.begroting[i].omschrijving for i in indexes}


def test_a_factor_is_chosen_by_checking_it_and_explained_in_its_row(session):
    model = FactorModel(
        session, session.catalogus.factoren[0].soort, "probleemanalyse.risicofactoren"
    )
    chosen = {g.code for g in session.plan.probleemanalyse.risicofactoren}
    row = next(r for r in range(model.rowCount()) if model._codes[r] not in chosen)
    idx = model.index(row, COL_GEKOZEN)
    assert model.data(idx, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.flags(model.index(row, COL_TOELICHTING)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    added = session.plan.probleemanalyse.risicofactoren[-1]
    assert added == GekozenFactor(model._codes[row])
    assert model.setData(model.index(row, COL_TOELICHTING), "Speelt sterk in Charlois", E)
    assert added.toelichting == "Speelt sterk in Charlois"
    assert model.setData(idx, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model._codes[row] not in {g.code for g in session.plan.probleemanalyse.risicofactoren}


def test_models_of_a_submitted_plan_refuse_edits(session):
    session.plan.status = Status.INGEDIEND
    model = BudgetModel(session)
    idx = model.index(0, COL_OMSCHRIJVING)
    assert not model.flags(idx) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(idx, "anders", E)
