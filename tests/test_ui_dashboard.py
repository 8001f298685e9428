"""The home dashboard on the shipped list of habilitated territories plus a referent's own follow-up."""

from __future__ import annotations

import csv
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from tzcld_desktop.db import overview, queries
from tzcld_desktop.db.overview import FilterKind
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import HealthInput, NoteInput, StageEventInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import Health, NoteKind, StageStep
from tzcld_desktop.resources import resource_path
from tzcld_desktop.ui.dashboard import DashboardView, describe_filter

pytestmark = pytest.mark.usefixtures("french")

TODAY = date.today()
HABILITATED_LIST = resource_path("data", "territoires_habilites.csv")
FOLLOWED_REGION_NAMES = {"Auvergne-Rhône-Alpes", "Île-de-France"}


def habilitated_in_list(region_names: set[str] | None = None) -> list[str]:
    """Count the list as a referent would: the rows of the followed regions, or every row."""
    with open(HABILITATED_LIST, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row["territoire"] for row in rows if region_names is None or row["region"] in region_names]


def build_dataset(store, services) -> dict[str, str]:
    """Import the habilitated list and add emerging, interested and candidate territories with their follow-up."""
    summary = import_territory_list(store, HABILITATED_LIST)
    assert not summary.skipped
    ids = {}
    for name, stage, departement in (
        ("Aubenas", Stage.EMERGING, "07"),
        ("Décines-Charpieu", Stage.EMERGING, "69"),
        ("Dijon", Stage.EMERGING, "21"),
        ("Étoile-sur-Rhône", Stage.INTERESTED, "26"),
        ("Saint-Denis Pleyel", Stage.INTERESTED, "93"),
        ("Grenoble – Mistral", Stage.CANDIDATURE, "38"),
        ("Vénissieux", Stage.CANDIDATURE, "69"),
        ("Rennes Maurepas", Stage.CANDIDATURE, "35"),
    ):
        ids[name] = services.create_territory(TerritoryInput(name, stage, departement))
    with store.session() as session:
        for row in queries.list_territories(session, queries.TerritoryQuery(text="Échirolles-Ouest")):
            ids[row.name] = row.id

    step = services.save_stage_event
    step(None, StageEventInput(ids["Grenoble – Mistral"], StageStep.DOSSIER_FILED, TODAY - timedelta(days=60)))
    step(None, StageEventInput(ids["Vénissieux"], StageStep.DOSSIER_FILED, TODAY - timedelta(days=200)))
    step(None, StageEventInput(ids["Vénissieux"], StageStep.OPINION_DEFERRED, TODAY - timedelta(days=90)))
    step(None, StageEventInput(ids["Rennes Maurepas"], StageStep.UNDER_REVIEW, TODAY - timedelta(days=30)))

    services.save_health(ids["Aubenas"], HealthInput(Health.AT_RISK, "Élus partagés sur le projet"))
    services.save_health(ids["Décines-Charpieu"], HealthInput(Health.BLOCKED, "Plus de porteur"))
    services.save_health(ids["Dijon"], HealthInput(Health.AT_RISK, "Financement incertain"))

    def note(name, days_ago, text):
        services.save_note(None, NoteInput(ids[name], TODAY - timedelta(days=days_ago), NoteKind.CALL, text))

    note("Aubenas", 3, "Appel avec la cheffe de projet.")
    note("Grenoble – Mistral", 10, "Visite du quartier.")
    note("Décines-Charpieu", 20 * 7, "Dernier échange avec le maire.")

    isere = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    bretagne = services.save_cluster(None, ClusterInput("Grappe Bretagne", "53"))
    meeting = services.save_meeting
    meeting(None, MeetingInput(isere, TODAY - timedelta(days=5), "Grappe de rentrée",
                               territory_ids=[ids["Étoile-sur-Rhône"]]))
    meeting(None, MeetingInput(isere, TODAY + timedelta(days=10), "Grappe d'automne",
                               territory_ids=[ids["Aubenas"]]))
    meeting(None, MeetingInput(isere, TODAY + timedelta(days=40), "Grappe d'hiver"))
    meeting(None, MeetingInput(bretagne, TODAY + timedelta(days=5), "Grappe bretonne",
                               territory_ids=[ids["Rennes Maurepas"]]))

    action = services.save_action
    action(None, ActionInput("Relancer la mairie", due_date=TODAY - timedelta(days=10), territory_id=ids["Aubenas"]))
    action(None, ActionInput("Envoyer le compte rendu", due_date=TODAY - timedelta(days=3),
                             status=ActionStatus.IN_PROGRESS, territory_id=ids["Échirolles-Ouest"]))
    action(None, ActionInput("Préparer la visite", due_date=TODAY + timedelta(days=10), territory_id=ids["Aubenas"]))
    action(None, ActionInput("Réserver la salle", due_date=TODAY - timedelta(days=20), status=ActionStatus.DONE,
                             territory_id=ids["Aubenas"]))
    action(None, ActionInput("Appeler la métropole", due_date=TODAY - timedelta(days=1), territory_id=ids["Dijon"]))
    return ids


@pytest.fixture
def dataset(store, services, profile):
    return build_dataset(store, services)


@pytest.fixture
def view(qtbot, context, dataset):
    widget = DashboardView(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def followed_ids(store) -> list[str]:
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery(region_codes=("84", "11")))
    return [row.id for row in rows]


def click(qtbot, button):
    with qtbot.waitSignal(button.parent().window().open_filtered, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_counts_match_the_list_and_follow_up(view, dataset, store):
    habilitated = len(habilitated_in_list(FOLLOWED_REGION_NAMES))
    counts = view.dashboard.stage_counts
    assert counts[Stage.HABILITATED] == habilitated
    assert counts[Stage.EMERGING] == 2
    assert counts[Stage.INTERESTED] == 2
    assert counts[Stage.CANDIDATURE] == 2
    assert view.stage_buttons[Stage.HABILITATED].text() == str(habilitated)
    assert view.overdue_button.text() == "2 actions en retard"
    assert view.under_review_button.text() == "1 candidature en instruction"
    assert view.health_buttons[Health.AT_RISK].text() == "1 territoire à risque"
    assert view.health_buttons[Health.BLOCKED].text() == "1 territoire bloqué"
    # Every followed territory but Aubenas and Grenoble (recent notes) and Étoile (met at the grappe).
    quiet = len(followed_ids(store)) - 3
    assert len(view.dashboard.no_contact_ids) == quiet
    assert view.no_contact_button.text().startswith(f"{quiet} territoires sans contact")
    assert [meeting.title for meeting in view.dashboard.upcoming_meetings] == ["Grappe d'automne"]
    assert view.meetings_tree.topLevelItem(0).text(1) == "Grappe d'automne"
    assert view.meetings_tree.topLevelItem(0).text(2) == "Grappe Drôme-Ardèche"


def test_all_regions_toggle_counts_everything(qtbot, view):
    qtbot.mouseClick(view.all_regions_check, Qt.MouseButton.LeftButton)
    counts = view.dashboard.stage_counts
    assert counts[Stage.HABILITATED] == len(habilitated_in_list()) == 73
    assert counts[Stage.EMERGING] == 3
    assert counts[Stage.CANDIDATURE] == 3
    assert view.dashboard.overdue_count == 3
    assert len(view.dashboard.under_review_ids) == 2
    assert [meeting.title for meeting in view.dashboard.upcoming_meetings] == ["Grappe bretonne", "Grappe d'automne"]
    assert view.scope_label.text() == "Tous les territoires, toutes régions confondues"


def test_clicking_a_count_emits_its_filter(qtbot, view, dataset):
    emerging = click(qtbot, view.stage_buttons[Stage.EMERGING])
    assert emerging.kind is FilterKind.STAGE
    assert emerging.stage is Stage.EMERGING
    assert emerging.region_codes == ("11", "84")
    assert set(emerging.territory_ids) == {dataset["Aubenas"], dataset["Décines-Charpieu"]}
    assert describe_filter(emerging) == "Projet émergent"

    overdue = click(qtbot, view.overdue_button)
    assert overdue.kind is FilterKind.OVERDUE
    assert overdue.overdue
    assert overdue.kind.list_name == "actions"
    assert set(overdue.territory_ids) == {dataset["Aubenas"], dataset["Échirolles-Ouest"]}

    review = click(qtbot, view.under_review_button)
    assert review.under_review
    assert review.territory_ids == (dataset["Grenoble – Mistral"],)

    blocked = click(qtbot, view.health_buttons[Health.BLOCKED])
    assert blocked.health is Health.BLOCKED
    assert blocked.territory_ids == (dataset["Décines-Charpieu"],)

    quiet = click(qtbot, view.no_contact_button)
    assert quiet.no_contact_weeks == 8
    assert dataset["Décines-Charpieu"] in quiet.territory_ids
    assert dataset["Aubenas"] not in quiet.territory_ids
    assert describe_filter(quiet) == "Territoires sans contact depuis plus de 8 semaines"

    upcoming = click(qtbot, view.upcoming_button)
    assert upcoming.kind.list_name == "meetings"
    assert len(upcoming.meeting_ids) == 1


def test_no_contact_weeks_setting_is_remembered(qtbot, context, view, dataset):
    before = set(view.dashboard.no_contact_ids)
    view.weeks_spin.setValue(30)
    after = set(view.dashboard.no_contact_ids)
    # The note to Décines-Charpieu, twenty weeks old, is a contact within thirty weeks.
    assert before - after == {dataset["Décines-Charpieu"]}
    assert view.weeks_label.text() == "semaines"

    again = DashboardView(context)
    qtbot.addWidget(again)
    assert again.weeks_spin.value() == 30
    assert set(again.dashboard.no_contact_ids) == after


def test_reloads_when_data_changes(qtbot, context, view, dataset):
    quiet = len(view.dashboard.no_contact_ids)
    context.services.save_note(None, NoteInput(dataset["Décines-Charpieu"], TODAY, NoteKind.VISIT, "Visite."))
    context.bus.notify("journal_note")
    qtbot.waitUntil(lambda: len(view.dashboard.no_contact_ids) == quiet - 1, timeout=2000)

    context.services.save_action(None, ActionInput("Signer la charte", due_date=TODAY - timedelta(days=2),
                                                   territory_id=dataset["Vénissieux"]))
    context.bus.notify("action")
    qtbot.waitUntil(lambda: view.overdue_button.text() == "3 actions en retard", timeout=2000)


def test_zero_counts_are_disabled(qtbot, context, profile):
    widget = DashboardView(context)
    qtbot.addWidget(widget)
    assert not widget.overdue_button.isEnabled()
    assert widget.overdue_button.text() == "0 action en retard"
    assert not widget.stage_buttons[Stage.HABILITATED].isEnabled()


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
    """Add ``size`` followed territories, each with notes, actions and a meeting."""
    cluster = services.save_cluster(None, ClusterInput("Grappe Isère", "84"))
    for index in range(size):
        territory = services.create_territory(TerritoryInput(f"Territoire {index}", Stage.EMERGING, "38"))
        services.save_note(None, NoteInput(territory, TODAY - timedelta(days=index), NoteKind.CALL, "Appel."))
        services.save_action(None, ActionInput(f"Action {index}", due_date=TODAY - timedelta(days=1),
                                               territory_id=territory))
        services.save_meeting(None, MeetingInput(cluster, TODAY + timedelta(days=index % 20), f"Réunion {index}",
                                                 territory_ids=[territory]))


def dashboard_statements(store) -> int:
    with counted(store) as statements, store.session() as session:
        overview.load_dashboard(session, ("84",))
        overview.load_dashboard(session, ())
    return len(statements)


def test_statement_count_does_not_grow(tmp_path, store, services, profile):
    grow(services, 2)
    small = dashboard_statements(store)

    large_store = open_store(tmp_path / "grand")
    large_services = Services(large_store)
    large_services.save_profile("Claire Martin", ["84"])
    grow(large_services, 15)
    large = dashboard_statements(large_store)
    large_store.close()
    assert large == small
