"""An import that brings many actions and notes fills the search index in bulk, with the same result."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import Engine, event

from profiled_stores import database_dump, open_profiled_store
from tzcld_desktop.db import overview, projection
from tzcld_desktop.db.services import Services
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.sync import exchange

TRIGGERS = ("action_search_insert", "note_search_insert")


@pytest.fixture
def sent(tmp_path):
    """An exchange file from Anne with a territory, four actions and three journal notes."""
    anne = open_profiled_store(tmp_path / "anne", "Anne Durand")
    services = Services(anne)
    territory = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    services.save_action(None, ActionInput("Relancer la mairie du Teil", territory_id=territory))
    services.save_action(None, ActionInput("Préparer la réunion de grappe", due_date=date(2026, 3, 2)))
    services.save_action(None, ActionInput("Écrire au département", status=ActionStatus.DONE,
                                           territory_id=territory))
    services.save_action(None, ActionInput("Réserver une salle"))
    services.save_note(None, NoteInput(territory, date(2026, 1, 5), NoteKind.VISIT, "Visite de l'EBE, atelier bois"))
    services.save_note(None, NoteInput(territory, date(2026, 1, 9), NoteKind.CALL, "Appel du maire"))
    services.save_note(None, NoteInput(territory, date(2025, 12, 1), NoteKind.OTHER, "Salle réservée pour le comité"))
    path = tmp_path / "anne.tzsync"
    exchange.export_data(anne, path)
    anne.close()
    return path


def _search_state(store):
    connection = sqlite3.connect(store.db_path)
    try:
        rows = connection.execute(
            "SELECT table_name, record_id, territory_id, deleted, status, day FROM search_row "
            "ORDER BY table_name, record_id").fetchall()
        indexed = {
            table: connection.execute(
                f"SELECT search_row.record_id, {table}.text_key FROM {table} "
                f"JOIN search_row ON search_row.id = {table}.rowid ORDER BY search_row.record_id").fetchall()
            for table in ("action_search", "note_search")
        }
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    finally:
        connection.close()
    return rows, indexed, triggers


@pytest.fixture
def dropped_triggers():
    """Record the triggers that statements drop on any engine: the bulk path drops the insert triggers.

    A first load runs on an engine of its own, on the file that replaces the store's.
    """
    dropped = []

    def watch(_connection, _cursor, statement, *_args):
        if statement.startswith("DROP TRIGGER"):
            dropped.append(statement.split()[-1])

    event.listen(Engine, "before_cursor_execute", watch)
    yield dropped
    event.remove(Engine, "before_cursor_execute", watch)


def _found(store, text):
    with store.session() as session:
        results = overview.search_everything(session, text)
    return {group.kind.value: sorted(hit.record_id for hit in group.hits) for group in results.groups if group.hits}


def test_bulk_and_row_by_row_index_the_same(tmp_path, sent, monkeypatch, dropped_triggers):
    monkeypatch.setattr(projection, "BULK_SEARCH_ROWS", 10**9)
    one_by_one = open_profiled_store(tmp_path / "claire", "Claire")
    exchange.import_data(one_by_one, sent)
    monkeypatch.setattr(projection, "BULK_SEARCH_ROWS", 2)
    bulk = open_profiled_store(tmp_path / "bruno", "Bruno")
    dropped_triggers.clear()
    exchange.import_data(bulk, sent)

    assert sorted(dropped_triggers) == list(TRIGGERS)

    rows, indexed, triggers = _search_state(bulk)
    assert (rows, indexed, triggers) == _search_state(one_by_one)
    assert len(rows) == 7
    assert len(indexed["action_search"]) == 4
    assert len(indexed["note_search"]) == 3
    assert {name for name, _sql in triggers} >= set(TRIGGERS)
    for words in ("salle", "relancer mairie", "atelier", "ecrire departement", "maire"):
        assert _found(bulk, words) == _found(one_by_one, words) != {}
    one_by_one.close()
    bulk.close()


def test_search_trigger_works_after_a_bulk_import(tmp_path, sent, monkeypatch):
    monkeypatch.setattr(projection, "BULK_SEARCH_ROWS", 2)
    bruno = open_profiled_store(tmp_path / "bruno", "Bruno")
    exchange.import_data(bruno, sent)

    created = Services(bruno).save_action(None, ActionInput("Commander les badges"))

    assert _found(bruno, "badges") == {"action": [created]}
    bruno.close()


def test_failed_bulk_import_keeps_triggers_and_data(tmp_path, sent, monkeypatch, dropped_triggers):
    monkeypatch.setattr(projection, "BULK_SEARCH_ROWS", 2)
    bruno = open_profiled_store(tmp_path / "bruno", "Bruno")
    before = database_dump(bruno)

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    # Fails after the rows and their search index are written, inside the transaction.
    monkeypatch.setattr(exchange, "record_peer", fail)
    with pytest.raises(OSError):
        exchange.import_data(bruno, sent)

    after = database_dump(bruno)
    assert dropped_triggers
    assert after == before
    assert any("CREATE TRIGGER action_search_insert" in line for line in after)
    bruno.close()
