"""Global search (Ctrl+K): accent-insensitive hits grouped by kind, opened from the keyboard."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from tzcld_desktop.db import overview, queries
from tzcld_desktop.db.overview import SearchKind
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput, NoteInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import ContactRole, NoteKind
from tzcld_desktop.resources import resource_path
from tzcld_desktop.ui.search_dialog import HIT_ROLE, SearchDialog

pytestmark = pytest.mark.usefixtures("french")

LONG_NOTE = (
    "Réunion avec les élus du quartier sur le calendrier de la candidature. "
    "Le chantier d'insertion du Village 2 pourrait prêter ses locaux à l'EBE pendant les travaux. "
    "Prochaine étape : présenter le projet au conseil municipal de janvier."
)


@pytest.fixture
def records(store, services, profile):
    import_territory_list(store, resource_path("data", "territoires_habilites.csv"))
    with store.session() as session:
        echirolles = queries.list_territories(session, queries.TerritoryQuery(text="Échirolles"))[0].id
    lyon = services.create_territory(TerritoryInput("Lyon 9e – Duchère", Stage.EMERGING, "69"))
    contact = services.save_contact(None, ContactInput(
        "Hélène Brun", territory_id=lyon, role=ContactRole.PROJECT_LEAD, organisation="Métropole de Lyon",
        email="helene.brun@exemple.fr"))
    note = services.save_note(None, NoteInput(echirolles, date(2026, 3, 12), NoteKind.VISIT, LONG_NOTE))
    action = services.save_action(None, ActionInput("Écrire au Département pour la convention",
                                                    due_date=date.today() + timedelta(days=7),
                                                    territory_id=echirolles))
    return {"echirolles": echirolles, "lyon": lyon, "contact": contact, "note": note, "action": action}


@pytest.fixture
def dialog(qtbot, context, records):
    widget = SearchDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, accents included, as a keyboard layout sends it."""
    for char in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(event_type, 0, Qt.KeyboardModifier.NoModifier, char))


def listed(dialog) -> list[str]:
    return [dialog.results_list.item(row).text() for row in range(dialog.results_list.count())]


def search(dialog, qtbot, text: str) -> None:
    dialog.search_edit.clear()
    type_text(dialog.search_edit, text)
    qtbot.waitUntil(lambda: dialog.results is not None and dialog.results.words == overview.search_words(text),
                    timeout=2000)


def test_territory_found_without_accent(qtbot, dialog, records):
    search(dialog, qtbot, "echirolles")
    rows = listed(dialog)
    assert rows[0] == "Territoires (1)"
    assert rows[1].startswith("Échirolles-Ouest — 38 – Isère · Territoire habilité")
    # Notes and actions match on their own text, not on their territory's name.
    assert len(rows) == 2


def test_hits_grouped_under_headings(qtbot, dialog, records):
    search(dialog, qtbot, "ecrire convention")
    assert listed(dialog)[0] == "Actions (1)"
    search(dialog, qtbot, "lyon")
    rows = listed(dialog)
    headings = [row for row in rows if " — " not in row]
    assert headings == ["Territoires (2)", "Contacts (1)"]
    assert rows.index("Contacts (1)") > rows.index("Territoires (2)")


def test_contact_found_by_organisation(qtbot, dialog, records):
    search(dialog, qtbot, "METROPOLE lyon")
    rows = listed(dialog)
    assert rows[0] == "Contacts (1)"
    assert rows[1].startswith("Hélène Brun — Métropole de Lyon · helene.brun@exemple.fr")
    assert dialog.results_list.item(1).data(HIT_ROLE).record_id == records["contact"]


def test_note_found_by_a_word_inside(qtbot, dialog, records):
    search(dialog, qtbot, "chantier")
    rows = listed(dialog)
    assert rows[0] == "Notes (1)"
    hit = dialog.results_list.item(1).data(HIT_ROLE)
    assert hit.record_id == records["note"]
    assert hit.snippet.startswith("…")
    assert "Le chantier d'insertion du Village 2" in hit.snippet
    assert "jeudi 12 mars 2026 (Visite)" in rows[1]


def test_reopened_dialog_selects_and_refreshes(qtbot, dialog, records):
    search(dialog, qtbot, "duchere")
    dialog.hide()
    dialog.context.services.create_territory(TerritoryInput("Duchère Nord", Stage.INTERESTED, "69"))

    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.search_edit.selectedText() == "duchere"
    assert listed(dialog)[0] == "Territoires (2)"
    type_text(dialog.search_edit, "brun")
    assert dialog.search_edit.text() == "brun"


def test_long_note_wraps_inside_its_row(qtbot, dialog, records):
    dialog.resize(420, 520)
    search(dialog, qtbot, "chantier")
    view = dialog.results_list
    note = view.item(1)
    line = view.fontMetrics().lineSpacing()
    # The date line and at least two lines of the note's text: nothing is cut.
    assert view.visualItemRect(note).height() >= 3 * line
    assert view.visualItemRect(note).width() <= view.viewport().width()

    search(dialog, qtbot, "duchere")
    territory = view.item(1)
    assert 2 * line <= view.visualItemRect(territory).height() < 3 * line


def test_last_of_many_hits_reachable(qtbot, dialog, records):
    services = dialog.context.services
    for index in range(20):
        territory = services.create_territory(TerritoryInput(f"Quartier Bellevue {index}", Stage.EMERGING, "38"))
        services.save_note(None, NoteInput(territory, date(2026, 2, 1), NoteKind.CALL, f"Appel sur Bellevue {index}"))
    search(dialog, qtbot, "bellevue")
    view = dialog.results_list
    assert view.count() == 42

    for _ in range(10):
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_PageDown)

    last = view.item(view.count() - 1)
    assert view.currentItem() is last
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualItemRect(last)), timeout=2000)


def test_enter_opens_selected_result(qtbot, dialog, records):
    services = dialog.context.services
    services.create_territory(TerritoryInput("Village 2", Stage.INTERESTED, "38"))
    search(dialog, qtbot, "village 2")
    # The first hit is selected; Down skips the "Notes" heading to reach the note.
    assert dialog.results_list.currentItem().data(HIT_ROLE).kind is SearchKind.TERRITORY
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.results_list.currentItem().data(HIT_ROLE).kind is SearchKind.NOTE
    with qtbot.waitSignal(dialog.open_result, timeout=1000) as blocker:
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert blocker.args == ["journal_note", records["note"], records["echirolles"]]
    assert not dialog.isVisible()


def test_enter_before_pause_searches_first(qtbot, dialog, records):
    type_text(dialog.search_edit, "duchere")
    with qtbot.waitSignal(dialog.open_result, timeout=1000) as blocker:
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Enter)
    assert blocker.args == ["territory", records["lyon"], records["lyon"]]


def test_escape_closes(qtbot, dialog):
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_short_or_unknown_query(qtbot, dialog):
    search(dialog, qtbot, "é")
    assert listed(dialog) == []
    assert dialog.status_label.text().startswith("Tapez au moins deux lettres")
    search(dialog, qtbot, "zzzz")
    assert dialog.status_label.text() == "Aucun résultat pour « zzzz »."


def test_hits_limited_per_kind_with_total(store, services, profile):
    for index in range(25):
        services.create_territory(TerritoryInput(f"Quartier {index}", Stage.INTERESTED, "38"))
    with store.session() as session:
        results = overview.search_everything(session, "quartier", limit_per_kind=20)
    territories = results.groups[0]
    assert territories.kind is SearchKind.TERRITORY
    assert territories.total == 25
    assert len(territories.hits) == 20
    assert [group.kind for group in results.groups] == list(SearchKind)


def test_match_spans_keep_accents():
    assert overview.match_spans("Échirolles – Ouest", ("echi", "ouest")) == [(0, 4), (13, 18)]
    assert overview.match_spans("Cœur de ville", ("coeur",)) == [(0, 4)]
    # "Œ" folds to two letters and the final combining acute to none: the lengths cancel out,
    # and the match of "de" between them must still land on the text's own positions.
    assert overview.match_spans("Œil de ville\u0301", ("de",)) == [(4, 6)]


# -- statement counts -------------------------------------------------------------------


@contextmanager
def counted(store):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def grow(services, size: int) -> None:
    for index in range(size):
        territory = services.create_territory(TerritoryInput(f"Saint-Martin {index}", Stage.EMERGING, "38"))
        services.save_contact(None, ContactInput(f"Martin {index}", territory_id=territory, organisation="Mairie"))
        services.save_note(None, NoteInput(territory, date(2026, 1, 1), NoteKind.CALL, f"Appel à Martin {index}"))
        services.save_action(None, ActionInput(f"Rappeler Martin {index}", territory_id=territory))


def search_statements(store) -> int:
    with counted(store) as statements, store.session() as session:
        results = overview.search_everything(session, "martin")
    assert all(group.total for group in results.groups)
    return len(statements)


def test_statement_count_does_not_grow(tmp_path, store, services, profile):
    grow(services, 2)
    small = search_statements(store)

    large_store = open_store(tmp_path / "grand")
    large_services = Services(large_store)
    large_services.save_profile("Claire Martin", ["84"])
    grow(large_services, 25)
    large = search_statements(large_store)
    large_store.close()
    # Territories take one statement, contacts are found then read, and notes and actions are
    # counted, found, then read.
    assert large == small == 9
