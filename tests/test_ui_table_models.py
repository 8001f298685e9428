"""The read-only table models of actions and needs, and the date formatting they share."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from tzcld_desktop.db.need_queries import NeedRow
from tzcld_desktop.db.queries import ActionView
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus
from tzcld_desktop.ui import formatting
from tzcld_desktop.ui.i18n import LOCALES
from tzcld_desktop.ui.models import action_table, need_table
from tzcld_desktop.ui.models.row_table import RowTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(autouse=True)
def french_interface(french):
    """Run every test in French."""


def action(text: str, due_date: date | None = None) -> ActionView:
    return ActionView("a1", text, "Claire Martin", due_date, ActionStatus.TODO, "t1", "Le Teil", None)


def need(description: str) -> NeedRow:
    return NeedRow("n1", date(2026, 12, 4), NeedCategory.TRAINING, description, NeedStatus.OPEN, "t1", "Le Teil",
                   "c1", "Grappe Rhône-Alpes", "84", "Auvergne-Rhône-Alpes", None, "", None, has_conflict=False)


def row_texts(model, row: int = 0, role=DISPLAY) -> list[object]:
    return [model.index(row, column).data(role) for column in range(model.columnCount())]


def headers(model) -> list[str]:
    return [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]


def test_models_share_one_base():
    assert issubclass(action_table.ActionTableModel, RowTableModel)
    assert issubclass(need_table.NeedTableModel, RowTableModel)


def test_action_model_rows_and_headers(qtmodeltester):
    model = action_table.ActionTableModel()
    model.set_actions([action("Réunir le CLE\nen janvier", date(2027, 1, 15)), action("Appeler la mairie")])

    assert model.rowCount() == 2
    assert model.columnCount() == action_table.COLUMN_COUNT
    assert headers(model) == ["Action", "Territoire", "Responsable", "Échéance", "Statut"]
    assert row_texts(model) == ["Réunir le CLE", "Le Teil", "Claire Martin", "15/01/2027", "À faire"]
    assert row_texts(model, 0, TOOLTIP) == ["Réunir le CLE\nen janvier", None, None, None, None]
    assert model.action_at(1).text == "Appeler la mairie"
    qtmodeltester.check(model)


def test_need_model_rows_and_headers(qtmodeltester):
    model = need_table.NeedTableModel()
    model.set_needs([need("Former les encadrants\nau printemps")])

    assert model.columnCount() == need_table.COLUMN_COUNT
    assert headers(model) == ["Date", "Grappe", "Territoire", "Catégorie", "Description", "Statut"]
    texts = row_texts(model)
    assert texts[0] == "04/12/2026"
    assert texts[need_table.DESCRIPTION] == "Former les encadrants"
    assert model.index(0, need_table.DESCRIPTION).data(TOOLTIP) == "Former les encadrants\nau printemps"
    assert model.index(0, need_table.STATUS).data(TOOLTIP) is None
    assert [row.id for row in model.needs()] == ["n1"]
    qtmodeltester.check(model)


def test_blank_text_shows_empty_cell():
    model = action_table.ActionTableModel()
    model.set_actions([action("   ")])

    assert model.index(0, action_table.TEXT).data() == ""


def test_dates_follow_interface_locale():
    day = date(2026, 12, 1)
    assert formatting.format_long_date(day) == "mardi 1 décembre 2026"
    assert formatting.format_short_date(day) == "01/12/2026"
    assert formatting.format_long_date(None) == ""
    try:
        QLocale.setDefault(LOCALES["en"])
        assert formatting.format_long_date(day) == "Tuesday, 1 December 2026"
        assert formatting.format_short_date(day) == "01/12/2026"
    finally:
        QLocale.setDefault(LOCALES["fr"])
