"""Services: each write is whole or absent."""

from __future__ import annotations

from datetime import date

import pytest

from tzcld_desktop.db import queries
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage


def test_meeting_with_failing_action_saves_nothing(store, services, profile):
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    gone = services.create_territory(TerritoryInput("Ancien territoire", Stage.INTERESTED, "07"))
    services.delete_territory(gone)
    cluster = services.save_cluster(None, ClusterInput("Grappe Ardèche", "84"))
    meeting = MeetingInput(cluster, date(2026, 3, 3), territory_ids=[teil])
    actions = [(None, ActionInput("Relancer la mairie", territory_id=teil)),
               (None, ActionInput("Action sur un territoire supprimé", territory_id=gone))]
    with pytest.raises(UserError):
        services.save_meeting(None, meeting, actions)
    with store.session() as session:
        assert queries.list_meetings(session) == []
        assert queries.list_actions(session) == []


def test_meeting_actions_saved_together(store, services, profile):
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Ardèche", "84"))
    meeting_id = services.save_meeting(
        None, MeetingInput(cluster, date(2026, 3, 3), territory_ids=[teil]),
        [(None, ActionInput("Relancer la mairie", "Claire", date(2026, 4, 1), territory_id=teil))],
    )
    with store.session() as session:
        actions = queries.list_actions(session, meeting_id=meeting_id)
    assert [(a.text, a.owner, a.territory_name) for a in actions] == [("Relancer la mairie", "Claire", "Le Teil")]
    services.save_meeting(meeting_id, MeetingInput(cluster, date(2026, 3, 3), territory_ids=[teil]),
                          deleted_action_ids=[actions[0].id])
    with store.session() as session:
        assert queries.list_actions(session, meeting_id=meeting_id) == []


def test_invalid_territory_lists_every_field(services, profile):
    with pytest.raises(ValidationError) as raised:
        services.create_territory(TerritoryInput("", Stage.INTERESTED, habilitation_date=date(2020, 1, 1)))
    assert set(raised.value.errors) == {"name", "habilitation_date"}


def test_departement_outside_region_rejected(services, profile):
    with pytest.raises(ValidationError) as raised:
        services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07", region_code="11"))
    assert "n'est pas dans cette région" in raised.value.field_messages()["region_code"]


def test_deleted_territory_cannot_be_edited(services, profile):
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    services.delete_territory(teil)
    with pytest.raises(UserError) as raised:
        services.update_territory(teil, TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    assert "Élément introuvable" in raised.value.message()


def test_same_territory_twice_refused(services, profile):
    services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    with pytest.raises(ValidationError) as raised:
        services.create_territory(TerritoryInput("le teil", Stage.EMERGING, "07"))
    assert "existe déjà" in raised.value.field_messages()["name"]
    # The same name in another département is another territory.
    services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "26"))


def test_deleted_territory_created_again(store, services, profile):
    first = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    services.delete_territory(first)
    again = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07", notes="Relance"))
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    assert [(row.id, row.name, row.stage) for row in rows] == [(again, "Le Teil", Stage.EMERGING)]


def test_renamed_territory_frees_its_name(store, services, profile):
    first = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    services.update_territory(first, TerritoryInput("Le Teil – centre", Stage.INTERESTED, "07"))
    second = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))
    assert second != first
