"""The local search index of notes and actions follows every write and finds words by their beginning."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tzcld_desktop.db import overview
from tzcld_desktop.db.models import Action
from tzcld_desktop.db.overview import SearchKind
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import NoteKind


def found(store, query: str, kind: SearchKind) -> list[str]:
    with store.session() as session:
        results = overview.search_everything(session, query)
    group = next(group for group in results.groups if group.kind is kind)
    return [hit.record_id for hit in group.hits]


@pytest.fixture
def territory(services, profile):
    return services.create_territory(TerritoryInput("Pont-Évêque", Stage.EMERGING, "38"))


def test_edited_note_found_by_new_text(store, services, territory):
    note = services.save_note(None, NoteInput(territory, date(2026, 2, 3), NoteKind.CALL, "Appel à la mairie"))
    services.save_note(note, NoteInput(territory, date(2026, 2, 3), NoteKind.CALL, "Visite de l'entreprise"))

    assert found(store, "mairie", SearchKind.NOTE) == []
    assert found(store, "ENTREPRISE", SearchKind.NOTE) == [note]


def test_deleted_records_leave_search(store, services, territory):
    note = services.save_note(None, NoteInput(territory, date(2026, 2, 3), NoteKind.CALL, "Chantier d'insertion"))
    action = services.save_action(None, ActionInput("Relancer le chantier", territory_id=territory))
    assert found(store, "chantier", SearchKind.NOTE) == [note]
    assert found(store, "chantier", SearchKind.ACTION) == [action]

    services.delete_note(note)
    services.delete_action(action)
    assert found(store, "chantier", SearchKind.NOTE) == []
    assert found(store, "chantier", SearchKind.ACTION) == []


def test_deleted_territory_hides_its_actions(store, services, territory):
    action = services.save_action(None, ActionInput("Signer la convention", territory_id=territory))
    services.delete_territory(territory)
    assert found(store, "convention", SearchKind.ACTION) == []
    assert action


def test_open_actions_listed_first_by_due_date(store, services, territory):
    late = services.save_action(None, ActionInput("Convention tardive", due_date=date(2027, 3, 1),
                                                  territory_id=territory))
    soon = services.save_action(None, ActionInput("Convention urgente", due_date=date(2027, 1, 5),
                                                  territory_id=territory))
    undated = services.save_action(None, ActionInput("Convention sans date", territory_id=territory))
    assert found(store, "convention", SearchKind.ACTION) == [soon, late, undated]


def test_words_found_by_their_beginning(store, services, territory):
    kept = services.save_action(None, ActionInput("Réunion du comité 2", territory_id=territory))
    other = services.save_action(None, ActionInput("Réunion du comité 3", territory_id=territory))

    assert found(store, "comite 2", SearchKind.ACTION) == [kept]
    assert sorted(found(store, "reu COM", SearchKind.ACTION)) == sorted([kept, other])
    # A query word is the beginning of a word of the text, not any part of it.
    assert found(store, "union", SearchKind.ACTION) == []


def test_quotes_in_query_are_plain_text(store, services, territory):
    action = services.save_action(None, ActionInput('Relire le "guide" AND NOT le reste', territory_id=territory))
    assert found(store, '"guide" and not', SearchKind.ACTION) == [action]


def test_bulk_inserted_rows_indexed(store, territory):
    # The generator and imports write rows without the ORM: the triggers index them too.
    with store.transaction() as session:
        session.execute(text(
            "INSERT INTO action (id, text, text_key, owner, status, territory_id, deleted, needs_review, "
            "has_conflict, updated_by) VALUES ('a-brut', 'Écrire', 'ecrire au prefet', '', 'a_faire', :territory, "
            "0, 0, 0, '')"), {"territory": territory})
    assert found(store, "prefet", SearchKind.ACTION) == ["a-brut"]
    with store.session() as session:
        assert session.get(Action, "a-brut").text_key == "ecrire au prefet"


def test_open_items_count_uses_partial_index(store):
    with store.session() as session:
        plan = session.execute(text(
            "EXPLAIN QUERY PLAN SELECT action.id FROM action "
            "WHERE action.has_conflict IS 1 OR action.needs_review IS 1")).all()
    assert "ix_action_open_items" in " ".join(str(row[-1]) for row in plan)
