"""The cluster page: referent, animators, member territories with their stage, meeting history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from dialog_answers import answer_next_dialog
from tzcld_desktop.db import cluster_queries
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryAttendance, TerritoryInput
from tzcld_desktop.domain.meeting_forms import MeetingPersonInput
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import ContactRole, MeetingKind, MeetingStatus
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.cluster_form import ClusterDialog
from tzcld_desktop.ui.cluster_page import AnimatorDialog, ClusterPage


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for Claire Martin who follows Auvergne-Rhône-Alpes."""


@pytest.fixture
def cluster(context):
    """A cluster with three territories, an animator and two meetings, one of them held."""
    services = context.services
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07",
                                                    habilitation_date=date(2022, 2, 10)))
    echirolles = services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.EMERGING, "38"))
    voiron = services.create_territory(TerritoryInput("Voiron", Stage.CANDIDATURE, "38"))
    cluster_id = services.save_cluster(None, ClusterInput("Grappe Isère – Ardèche", "84",
                                                          referent="Claire Martin"))
    services.set_cluster_territories(cluster_id, [teil, echirolles, voiron])
    services.save_contact(None, ContactInput("Marie Dupont", cluster_id=cluster_id, role=ContactRole.ANIMATOR,
                                             organisation="Association Ressources", email="marie@example.org"))
    held = services.save_meeting(None, MeetingInput(
        cluster_id, date(2026, 2, 12), title="Grappe de février", territory_ids=[teil, echirolles, voiron],
        status=MeetingStatus.HELD,
        attendance={teil: TerritoryAttendance(True, 3), echirolles: TerritoryAttendance(True, 2),
                    voiron: TerritoryAttendance(False)}))
    for name in ("Marie Dupont", "Paul Martin"):
        services.save_meeting_person(None, held, MeetingPersonInput(name, present=True))
    services.save_meeting_person(None, held, MeetingPersonInput("Sophie Bernard", present=False))
    planned = services.save_meeting(None, MeetingInput(
        cluster_id, date(2026, 4, 9), title="Comité de pilotage régional", kind=MeetingKind.STEERING,
        territory_ids=[teil]))
    return {"id": cluster_id, "teil": teil, "echirolles": echirolles, "voiron": voiron, "held": held,
            "planned": planned}


@pytest.fixture
def page(qtbot, context, cluster):
    widget = ClusterPage(context, cluster["id"])
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    return widget


def tree_rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
            for row in range(tree.topLevelItemCount())]


def test_page_shows_region_and_referent(page):
    assert page.title_label.text() == "Grappe Isère – Ardèche"
    assert page.region_label.text() == "Région : Auvergne-Rhône-Alpes"
    assert page.referent_label.text() == "Référente ou référent en binôme : Claire Martin"


def test_page_lists_members_with_stage(page):
    assert tree_rows(page.member_tree) == [
        ["Échirolles-Ouest", "38", "Projet émergent", ""],
        ["Le Teil", "07", "Territoire habilité", "10/02/2022"],
        ["Voiron", "38", "Candidature", ""],
    ]
    assert page.member_box.title() == "Territoires membres (3)"


def test_page_lists_meetings_with_attendance(page):
    assert tree_rows(page.meeting_tree) == [
        ["jeudi 9 avril 2026", "Comité de pilotage", "Comité de pilotage régional", "Planifiée", "– / 1", ""],
        ["jeudi 12 février 2026", "Réunion de grappe", "Grappe de février", "Tenue", "2 / 3", "2"],
    ]
    page.grab().save("/tmp/shots/cluster_page.png")


def test_double_clicks_open_territory_and_meeting(page, qtbot, cluster):
    with qtbot.waitSignal(page.open_territory) as opened:
        page.member_tree.itemDoubleClicked.emit(page.member_tree.topLevelItem(1), 0)
    assert opened.args == [cluster["teil"]]
    with qtbot.waitSignal(page.open_meeting) as opened:
        page.meeting_tree.itemDoubleClicked.emit(page.meeting_tree.topLevelItem(1), 0)
    assert opened.args == [cluster["held"]]


def test_animator_added_edited_and_removed(page, monkeypatch, store, cluster):
    assert tree_rows(page.animator_tree) == [["Association Ressources", "Marie Dupont", "marie@example.org", ""]]

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AnimatorDialog)
        dialog.organisation_edit.setText("Centre social de Voiron")
        dialog.phone_edit.setText("04 76 00 00 00")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(add)
    page.add_animator_button.click()
    assert errors == []
    assert tree_rows(page.animator_tree)[1] == ["Centre social de Voiron", "Centre social de Voiron", "",
                                                "04 76 00 00 00"]
    with store.session() as session:
        animators = cluster_queries.list_animators(session, cluster["id"])
    assert {animator.role for animator in animators} == {ContactRole.ANIMATOR}

    page.animator_tree.topLevelItem(1).setSelected(True)

    def edit(dialog: QDialog) -> None:
        assert dialog.organisation_edit.text() == "Centre social de Voiron"
        dialog.name_edit.setText("Luc Girard")
        dialog.email_edit.setText("pas une adresse")
        dialog.buttons.accepted.emit()
        assert dialog.isVisible()
        assert dialog.errors.shown() == {"email": "Cette adresse électronique n'est pas valide."}
        dialog.email_edit.setText("luc.girard@example.org")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(edit)
    page.edit_animator_button.click()
    assert errors == []
    assert tree_rows(page.animator_tree)[1] == ["Centre social de Voiron", "Luc Girard", "luc.girard@example.org",
                                                "04 76 00 00 00"]

    page.animator_tree.topLevelItem(0).setSelected(True)
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    page.delete_animator_button.click()
    assert [row[1] for row in tree_rows(page.animator_tree)] == ["Luc Girard"]


def test_referent_changed_through_cluster_dialog(page, store, cluster):
    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, ClusterDialog)
        assert dialog.referent_edit.text() == "Claire Martin"
        dialog.referent_edit.setText("Nadia Benali")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(change)
    page.edit_button.click()
    assert errors == []
    assert page.referent_label.text() == "Référente ou référent en binôme : Nadia Benali"
    with store.session() as session:
        assert cluster_queries.get_cluster(session, cluster["id"]).referent == "Nadia Benali"


def test_new_cluster_dialog_proposes_own_name(qtbot, context):
    dialog = ClusterDialog(context, None)
    qtbot.addWidget(dialog)
    assert dialog.referent_edit.text() == "Claire Martin"


def test_member_stage_change_shown(page, context, cluster):
    context.services.update_territory(cluster["voiron"], TerritoryInput(
        "Voiron", Stage.HABILITATED, "38", cluster_id=cluster["id"], habilitation_date=date(2025, 6, 1)))
    context.bus.notify("territory")
    assert tree_rows(page.member_tree)[2] == ["Voiron", "38", "Territoire habilité", "01/06/2025"]


def test_cluster_page_statement_count(store, cluster, context):
    from sqlalchemy import event

    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.session() as session:
            cluster_queries.cluster_page(session, cluster["id"])
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(statements) == 4
