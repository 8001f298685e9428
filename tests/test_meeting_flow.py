"""The meeting record through the services: preparing from the territories, minutes,
outcomes, validation, carry-over, templates, and two copies editing one agenda."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tzcld_desktop.db import followup_queries, meeting_queries, queries
from tzcld_desktop.db.meeting_queries import build_territory_sections, load_meeting_record
from tzcld_desktop.db.models import JournalNote
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryAttendance, TerritoryInput
from tzcld_desktop.domain.meeting_forms import (
    AgendaItemInput,
    MeetingLocked,
    MeetingPersonInput,
    OutcomeInput,
    position_between,
)
from tzcld_desktop.domain.record_forms import ContactInput, IndicatorInput, NoteInput, StageEventInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import (
    Indicator,
    ItemStatus,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    OutcomeKind,
    StageStep,
)
from tzcld_desktop.sync.exchange import export_data, import_data

TODAY = date.today()
PREVIOUS_DAY = TODAY - timedelta(days=60)
MEETING_DAY = TODAY + timedelta(days=7)
LOCKED = "Le compte rendu de cette réunion est validé : il ne peut plus être modifié."


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class Cluster:
    """A cluster of three territories with a meeting held 60 days ago."""

    def __init__(self, services: Services) -> None:
        self.services = services
        services.save_profile("Claire Martin", ["84"])
        self.echirolles = services.create_territory(
            TerritoryInput("Échirolles-Ouest", Stage.INTERESTED, departement_code="38"))
        self.villeurbanne = services.create_territory(
            TerritoryInput("Villeurbanne", Stage.HABILITATED, departement_code="69",
                           habilitation_date=date(2022, 2, 10)))
        self.le_teil = services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, departement_code="07"))
        self.id = services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", region_code="84"))
        services.set_cluster_territories(self.id, [self.echirolles, self.villeurbanne, self.le_teil])
        self.previous = self.meeting(PREVIOUS_DAY, [self.echirolles, self.villeurbanne])

    def meeting(self, meeting_day: date, territory_ids: list[str], **values) -> str:
        values.setdefault("title", "Réunion de grappe")
        values.setdefault("duration_minutes", 120)
        values.setdefault("start_time", "09:30")
        return self.services.save_meeting(None, MeetingInput(self.id, meeting_day, territory_ids=territory_ids,
                                                             **values))


@pytest.fixture
def grappe(services) -> Cluster:
    return Cluster(services)


def record(services, meeting_id):
    with services.store.session() as session:
        return load_meeting_record(session, meeting_id)


def script_echirolles_history(services, grappe: Cluster) -> dict[str, str]:
    """Before and after the previous meeting: steps, a value, notes and actions of Échirolles-Ouest."""
    territory = grappe.echirolles
    services.save_stage_event(None, StageEventInput(territory, StageStep.INTEREST, PREVIOUS_DAY - timedelta(days=30)))
    services.save_stage_event(None, StageEventInput(territory, StageStep.CHARTER_SIGNED, TODAY - timedelta(days=40)))
    services.save_indicator_value(None, IndicatorInput(territory, Indicator.VOLUNTEERS, TODAY - timedelta(days=30), 25))
    services.save_indicator_value(
        None, IndicatorInput(territory, Indicator.VOLUNTEERS, PREVIOUS_DAY - timedelta(days=5), 12))
    services.save_note(None, NoteInput(territory, TODAY - timedelta(days=20), NoteKind.VISIT,
                                       "Rencontre avec le maire\nIl soutient le projet."))
    services.save_note(None, NoteInput(territory, PREVIOUS_DAY - timedelta(days=3), NoteKind.CALL, "Appel ancien"))
    done = services.save_action(None, ActionInput("Envoyer la charte signée", territory_id=territory))
    services.save_action(done, ActionInput("Envoyer la charte signée", territory_id=territory,
                                           status=ActionStatus.DONE))
    overdue = services.save_action(None, ActionInput("Réunir le CLE", owner="Marie Dupont",
                                                     due_date=TODAY - timedelta(days=10), territory_id=territory))
    still_open = services.save_action(None, ActionInput("Préparer la visite de l'EBE", owner="Claire Martin",
                                                        due_date=TODAY + timedelta(days=30), territory_id=territory))
    return {"done": done, "overdue": overdue, "open": still_open}


# -- prepared sections ------------------------------------------------------------------------


def test_sections_list_changes_since_previous_meeting(services, grappe):
    script_echirolles_history(services, grappe)
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles, grappe.villeurbanne, grappe.le_teil])
    services.save_meeting(meeting_id, MeetingInput(
        grappe.id, MEETING_DAY, territory_ids=[grappe.echirolles, grappe.villeurbanne, grappe.le_teil],
        attendance={grappe.le_teil: TerritoryAttendance(present=False)}))

    with services.store.session() as session:
        sections = build_territory_sections(session, meeting_id)

    assert [section.name for section in sections] == ["Échirolles-Ouest", "Villeurbanne"]
    echirolles = sections[0]
    assert echirolles.since == PREVIOUS_DAY
    assert list(echirolles.lines) == [
        "Étape : Projet émergent",
        f"Depuis la réunion du {day(PREVIOUS_DAY)} :",
        f"– {day(TODAY - timedelta(days=40))} : étape « Charte d'engagement signée »",
        f"– {day(TODAY - timedelta(days=30))} : Personnes volontaires (cumul) = 25 personnes",
        f"– {day(TODAY - timedelta(days=20))} : note (Visite) « Rencontre avec le maire »",
        f"– {day(TODAY - timedelta(days=10))} : action en retard « Réunir le CLE » (Marie Dupont)",
        f"– {day(TODAY)} : action faite « Envoyer la charte signée »",
        "Actions ouvertes :",
        f"– Préparer la visite de l'EBE (Claire Martin, échéance {day(TODAY + timedelta(days=30))})",
    ]
    assert list(sections[1].lines) == [
        "Étape : Territoire habilité",
        f"Depuis la réunion du {day(PREVIOUS_DAY)} : aucun changement enregistré.",
        "Actions ouvertes : aucune.",
    ]


def test_sections_without_previous_meeting(services, grappe):
    services.delete_meeting(grappe.previous)
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.le_teil])
    with services.store.session() as session:
        (section,) = build_territory_sections(session, meeting_id)
    assert section.since is None
    assert section.lines == (
        "Étape : Territoire intéressé",
        "Première réunion enregistrée de la grappe : pas de changement à comparer.",
        "Actions ouvertes : aucune.",
    )


def test_prefill_adds_missing_sections_only(services, grappe):
    script_echirolles_history(services, grappe)
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles, grappe.villeurbanne])
    services.add_agenda_item(meeting_id, AgendaItemInput("Accueil", "Ouverture", duration_minutes=10))
    services.add_agenda_item(meeting_id, AgendaItemInput("Point libre", "Villeurbanne",
                                                         territory_id=grappe.villeurbanne))

    assert services.prefill_agenda(meeting_id) == 1
    assert services.prefill_agenda(meeting_id) == 0

    meeting = record(services, meeting_id)
    assert [(section.name, [item.title for item in section.items]) for section in meeting.sections()] == [
        ("Ouverture", ["Accueil"]),
        ("Villeurbanne", ["Point libre"]),
        ("Échirolles-Ouest", ["Point d'étape"]),
    ]
    prepared = meeting.items[-1]
    assert prepared.territory_id == grappe.echirolles
    assert prepared.minutes == ""


def test_prefilled_item_prints_no_minutes(services, grappe, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from tzcld_desktop.reports.collect_minutes import minutes_data
    from tzcld_desktop.reports.minutes import build_minutes

    script_echirolles_history(services, grappe)
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles])
    services.prefill_agenda(meeting_id)
    path = tmp_path / "compte-rendu.pdf"
    with services.store.session() as session:
        build_minutes(minutes_data(session, meeting_id), path)

    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)
    assert "Échirolles-Ouest — Point d'étape" in text
    assert "Pas de compte rendu pour ce point." in text
    assert "Étape : Projet émergent" not in text
    assert "Réunir le CLE" not in text


def test_sections_read_in_fixed_statements(services, grappe, store):
    from test_query_counts import counted

    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles, grappe.villeurbanne])
    with store.session() as session, counted(store) as small:
        build_territory_sections(session, meeting_id)
        load_meeting_record(session, meeting_id)
    attending = [grappe.echirolles, grappe.villeurbanne]
    for index in range(8):
        territory = services.create_territory(TerritoryInput(f"Territoire {index}", Stage.EMERGING, "26"))
        services.save_action(None, ActionInput(f"Action {index}", territory_id=territory))
        services.save_note(None, NoteInput(territory, TODAY, NoteKind.CALL, "Appel"))
        attending.append(territory)
        services.add_agenda_item(meeting_id, AgendaItemInput(f"Point {index}", f"Section {index}"))
    services.save_meeting(meeting_id, MeetingInput(grappe.id, MEETING_DAY, territory_ids=attending))
    with store.session() as session, counted(store) as large:
        assert len(build_territory_sections(session, meeting_id)) == 10
        assert len(load_meeting_record(session, meeting_id).items) == 8
    assert len(large) == len(small)


# -- agenda ---------------------------------------------------------------------------------


def test_items_shift_within_section(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [])
    first = services.add_agenda_item(meeting_id, AgendaItemInput("Accueil", "Ouverture"))
    second = services.add_agenda_item(meeting_id, AgendaItemInput("Tour de table", "Ouverture"))
    other = services.add_agenda_item(meeting_id, AgendaItemInput("Calendrier", "Divers"))
    third = services.add_agenda_item(meeting_id, AgendaItemInput("Présentation de la grappe", "Ouverture"))

    assert [item.title for item in record(services, meeting_id).items] == [
        "Accueil", "Tour de table", "Présentation de la grappe", "Calendrier"]
    assert services.shift_agenda_item(third, -1)
    assert services.shift_agenda_item(third, -1)
    assert not services.shift_agenda_item(third, -1)
    assert not services.shift_agenda_item(other, +1)
    assert [item.id for item in record(services, meeting_id).items] == [third, first, second, other]

    assert services.shift_agenda_section(meeting_id, "Divers", -1)
    assert [item.title for item in record(services, meeting_id).items] == [
        "Calendrier", "Présentation de la grappe", "Accueil", "Tour de table"]


def test_move_writes_position_between_neighbours(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [])
    ids = [services.add_agenda_item(meeting_id, AgendaItemInput(f"Point {n}", "Ouverture")) for n in range(3)]
    before = {item.id: item.position for item in record(services, meeting_id).items}

    services.move_agenda_item(ids[2], ids[0], ids[1])

    after = {item.id: item.position for item in record(services, meeting_id).items}
    assert before[ids[0]] < after[ids[2]] < before[ids[1]]
    assert after[ids[0]] == before[ids[0]]
    assert after[ids[1]] == before[ids[1]]


def test_move_into_another_section(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.le_teil])
    ours = services.add_agenda_item(meeting_id, AgendaItemInput("Calendrier", "Divers"))
    theirs = services.add_agenda_item(meeting_id, AgendaItemInput("Point d'étape", "Le Teil",
                                                                  territory_id=grappe.le_teil))
    services.move_agenda_item(ours, theirs, None, section="Le Teil")
    moved = record(services, meeting_id).items[-1]
    assert (moved.id, moved.section, moved.territory_id) == (ours, "Le Teil", grappe.le_teil)


def test_position_between_runs_out_then_renumbers(services, grappe):
    assert position_between(1.0, 2.0) == 1.5
    assert position_between(None, 1.0) == 0.0
    assert position_between(3.0, None) == 4.0
    assert position_between(1.0, 1.0) is None

    meeting_id = grappe.meeting(MEETING_DAY, [])
    a = services.add_agenda_item(meeting_id, AgendaItemInput("A", "S"))
    b = services.add_agenda_item(meeting_id, AgendaItemInput("B", "S"))
    c = services.add_agenda_item(meeting_id, AgendaItemInput("C", "S"))
    for _ in range(60):  # each move halves the gap until no float fits between A and B
        services.move_agenda_item(c, a, b)
        services.move_agenda_item(b, a, c)
    assert [item.title for item in record(services, meeting_id).items] == ["A", "B", "C"]
    positions = [item.position for item in record(services, meeting_id).items]
    assert positions == sorted(set(positions))


def test_planned_total_against_length(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [], duration_minutes=60)
    services.add_agenda_item(meeting_id, AgendaItemInput("Accueil", "Ouverture", duration_minutes=15))
    services.add_agenda_item(meeting_id, AgendaItemInput("Tour de table", "Ouverture", duration_minutes=55))
    meeting = record(services, meeting_id)
    assert meeting.planned_minutes == 70
    assert meeting.overrun_minutes == 10


def test_item_without_title_rejected(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [])
    with pytest.raises(ValidationError) as raised:
        services.add_agenda_item(meeting_id, AgendaItemInput("  ", "Ouverture", duration_minutes=0))
    assert raised.value.errors == {
        "title": "Indiquez l'intitulé du point.",
        "duration_minutes": "La durée prévue doit être comprise entre 1 minute et 24 heures.",
    }


# -- meeting fields -----------------------------------------------------------------------------


def test_meeting_fields_saved(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [], kind=MeetingKind.STEERING, start_time="14:00",
                                duration_minutes=90, video_link="https://visio.example.org/grappe",
                                status=MeetingStatus.DRAFT)
    meeting = record(services, meeting_id)
    assert (meeting.kind, meeting.start_time, meeting.duration_minutes, meeting.video_link, meeting.status) == (
        MeetingKind.STEERING, "14:00", 90, "https://visio.example.org/grappe", MeetingStatus.DRAFT)


def test_cluster_required_only_for_cluster_meeting(services):
    with pytest.raises(ValidationError) as raised:
        services.save_meeting(None, MeetingInput(None, MEETING_DAY, start_time="25:00"))
    assert raised.value.errors == {
        "cluster_id": "Choisissez la grappe qui se réunit.",
        "start_time": "Indiquez l'heure sous la forme HH:MM, par exemple 09:30.",
    }
    national = services.save_meeting(None, MeetingInput(None, MEETING_DAY, title="Université d'été",
                                                        kind=MeetingKind.NATIONAL))
    assert record(services, national).cluster_id is None


def test_status_flow(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [], status=MeetingStatus.DRAFT)
    with pytest.raises(UserError) as raised:
        services.set_meeting_status(meeting_id, MeetingStatus.VALIDATED)
    assert raised.value.message().startswith("Seul le compte rendu d'une réunion tenue peut être validé")
    services.set_meeting_status(meeting_id, MeetingStatus.PLANNED)
    services.set_meeting_status(meeting_id, MeetingStatus.HELD)
    services.set_meeting_status(meeting_id, MeetingStatus.VALIDATED)
    meeting = record(services, meeting_id)
    assert meeting.status is MeetingStatus.VALIDATED
    assert meeting.validated_on == TODAY


# -- attendance -------------------------------------------------------------------------------


def test_attendance_counts_per_territory(services, grappe):
    contact = services.save_contact(None, ContactInput("Marie Dupont", territory_id=grappe.echirolles,
                                                       organisation="Mairie d'Échirolles"))
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles, grappe.le_teil], attendance={
        grappe.echirolles: TerritoryAttendance(present=True, attendees=4),
        grappe.le_teil: TerritoryAttendance(present=False, attendees=0),
    })
    assert services.invite_contacts(meeting_id, [contact]) == 1
    assert services.invite_contacts(meeting_id, [contact]) == 0
    typed = services.save_meeting_person(None, meeting_id, MeetingPersonInput(
        "Paul Girard", "Association Ressources", territory_id=grappe.echirolles, present=True))
    services.save_meeting_person(typed, meeting_id, MeetingPersonInput(
        "Paul Girard", "Association Ressources", territory_id=grappe.echirolles, present=True))

    meeting = record(services, meeting_id)
    assert [(t.name, t.present, t.attendees, t.people_invited, t.people_present) for t in meeting.territories] == [
        ("Échirolles-Ouest", True, 4, 2, 1),
        ("Le Teil", False, 0, 0, 0),
    ]
    assert sorted((p.name, p.organisation, p.contact_id is not None) for p in meeting.people) == [
        ("Marie Dupont", "Mairie d'Échirolles", True),
        ("Paul Girard", "Association Ressources", False),
    ]


# -- outcomes ---------------------------------------------------------------------------------


def test_outcomes_filed_in_territory_journal(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles])
    services.prefill_agenda(meeting_id)
    item = record(services, meeting_id).items[0]
    general = services.add_agenda_item(meeting_id, AgendaItemInput("Calendrier", "Divers"))

    decision = services.save_outcome(None, item.id, OutcomeInput(OutcomeKind.DECISION, "Installer le CLE en janvier"))
    services.save_outcome(None, item.id, OutcomeInput(OutcomeKind.ACTION, "Envoyer le cahier des charges",
                                                      owner="Claire Martin", due_date=date(2027, 1, 15)))
    services.save_outcome(None, general, OutcomeInput(OutcomeKind.INFORMATION, "Prochaine réunion à Grenoble"))

    with services.store.session() as session:
        notes = followup_queries.list_notes(session, grappe.echirolles)
    filed = sorted((note.text, note.kind) for note in notes if note.meeting_id == meeting_id)
    assert filed == [
        ("Action : Envoyer le cahier des charges (Claire Martin, échéance 15/01/2027)", NoteKind.MEETING),
        ("Décision : Installer le CLE en janvier", NoteKind.MEETING),
    ]

    services.save_outcome(decision, item.id, OutcomeInput(OutcomeKind.DECISION, "Installer le CLE en février"))
    services.delete_outcome(decision)
    with services.store.session() as session:
        texts = [note.text for note in followup_queries.list_notes(session, grappe.echirolles)]
    assert "Décision : Installer le CLE en février" not in texts
    assert "Décision : Installer le CLE en janvier" not in texts


def test_outcome_actions_in_my_actions(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles])
    services.prefill_agenda(meeting_id)
    item = record(services, meeting_id).items[0]
    action_id = services.save_outcome(None, item.id, OutcomeInput(
        OutcomeKind.ACTION, "Envoyer le cahier des charges", owner="Claire Martin", due_date=date(2027, 1, 15)))

    with services.store.session() as session:
        mine = followup_queries.owned_by(followup_queries.list_open_actions(session), "claire martin")
    assert [(action.id, action.territory_name, action.meeting_id, action.due_date) for action in mine] == [
        (action_id, "Échirolles-Ouest", meeting_id, date(2027, 1, 15))]
    (outcome,) = record(services, meeting_id).items[0].outcomes
    assert (outcome.kind, outcome.is_action, outcome.owner) == (OutcomeKind.ACTION, True, "Claire Martin")


def test_outcome_changed_from_decision_to_action(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [])
    item = services.add_agenda_item(meeting_id, AgendaItemInput("Calendrier", "Divers"))
    decision = services.save_outcome(None, item, OutcomeInput(OutcomeKind.DECISION, "Fixer la date"))
    action = services.save_outcome(decision, item, OutcomeInput(OutcomeKind.ACTION, "Fixer la date"))
    assert action != decision
    (outcome,) = record(services, meeting_id).items[0].outcomes
    assert (outcome.id, outcome.kind) == (action, OutcomeKind.ACTION)


# -- validated minutes ----------------------------------------------------------------------


def test_validated_minutes_refuse_every_edit(services, grappe):
    contact = services.save_contact(None, ContactInput("Marie Dupont", territory_id=grappe.echirolles))
    meeting_id = grappe.meeting(MEETING_DAY, [grappe.echirolles])
    item = services.add_agenda_item(meeting_id, AgendaItemInput("Accueil", "Ouverture"))
    outcome = services.save_outcome(None, item, OutcomeInput(OutcomeKind.DECISION, "Adopter le calendrier"))
    person = services.save_meeting_person(None, meeting_id, MeetingPersonInput("Paul Girard"))
    services.add_agenda_item(meeting_id, AgendaItemInput("Calendrier", "Divers"))
    template = services.save_agenda_template(meeting_id, "Grappe ordinaire")
    services.set_meeting_status(meeting_id, MeetingStatus.HELD)
    services.set_meeting_status(meeting_id, MeetingStatus.VALIDATED)

    edits = {
        "fields": lambda: services.save_meeting(meeting_id, MeetingInput(grappe.id, MEETING_DAY, title="Autre")),
        "attendance": lambda: services.save_meeting(meeting_id, MeetingInput(grappe.id, MEETING_DAY)),
        "actions": lambda: services.save_meeting(
            meeting_id, MeetingInput(grappe.id, MEETING_DAY, territory_ids=[grappe.echirolles]),
            [(None, ActionInput("Nouvelle action"))]),
        "status": lambda: services.set_meeting_status(meeting_id, MeetingStatus.HELD),
        "delete": lambda: services.delete_meeting(meeting_id),
        "add item": lambda: services.add_agenda_item(meeting_id, AgendaItemInput("Ajout", "Divers")),
        "update item": lambda: services.update_agenda_item(item, AgendaItemInput("Accueil modifié", "Ouverture")),
        "minutes": lambda: services.save_item_minutes(item, "Ajout", ItemStatus.DONE),
        "move": lambda: services.shift_agenda_item(item, +1),
        "delete item": lambda: services.delete_agenda_item(item),
        "outcome": lambda: services.save_outcome(None, item, OutcomeInput(OutcomeKind.ACTION, "Relancer")),
        "edit outcome": lambda: services.save_outcome(outcome, item, OutcomeInput(OutcomeKind.DECISION, "Autre")),
        "delete outcome": lambda: services.delete_outcome(outcome),
        "person": lambda: services.save_meeting_person(person, meeting_id, MeetingPersonInput("Paul", present=True)),
        "contact": lambda: services.invite_contacts(meeting_id, [contact]),
        "remove person": lambda: services.delete_meeting_person(person),
        "prefill": lambda: services.prefill_agenda(meeting_id),
        "template": lambda: services.apply_agenda_template(meeting_id, template),
    }
    for name, edit in edits.items():
        with pytest.raises(MeetingLocked) as raised:
            edit()
        assert raised.value.message().startswith(LOCKED), name

    meeting = record(services, meeting_id)
    assert meeting.title == "Réunion de grappe"
    assert [item.title for item in meeting.items] == ["Accueil", "Calendrier"]


def test_reopen_recorded_on_meeting(services, grappe):
    meeting_id = grappe.meeting(MEETING_DAY, [])
    item = services.add_agenda_item(meeting_id, AgendaItemInput("Accueil", "Ouverture"))
    services.set_meeting_status(meeting_id, MeetingStatus.HELD)
    services.set_meeting_status(meeting_id, MeetingStatus.VALIDATED)

    with pytest.raises(ValidationError):
        services.reopen_meeting(meeting_id, "   ")
    services.reopen_meeting(meeting_id, "Oubli d'une décision sur le calendrier")
    services.save_item_minutes(item, "Le calendrier est adopté.", ItemStatus.DONE)

    meeting = record(services, meeting_id)
    assert meeting.status is MeetingStatus.HELD
    assert [(note.kind, note.text, note.author) for note in meeting.history] == [
        (NoteKind.MEETING, "Compte rendu validé", "Claire Martin"),
        (NoteKind.OTHER, "Compte rendu rouvert : Oubli d'une décision sur le calendrier", "Claire Martin"),
    ]
    with services.store.session() as session:
        note = session.scalars(select(JournalNote).where(JournalNote.kind == "autre",
                                                         JournalNote.meeting_id == meeting_id)).one()
    assert (note.territory_id, note.note_date) == (None, TODAY)
    with pytest.raises(UserError):
        services.reopen_meeting(meeting_id, "Encore")


# -- carry-over and templates --------------------------------------------------------------


def test_carry_over_proposes_open_actions_and_undecided_items(services, grappe):
    previous = grappe.previous
    services.save_meeting(previous, MeetingInput(grappe.id, PREVIOUS_DAY, title="Réunion de grappe",
                                                 place="Mairie de Villeurbanne", start_time="09:30",
                                                 duration_minutes=120, territory_ids=[grappe.echirolles]))
    done_item = services.add_agenda_item(previous, AgendaItemInput("Accueil", "Ouverture", duration_minutes=10))
    open_item = services.add_agenda_item(previous, AgendaItemInput("Calendrier 2027", "Divers", presenter="Anne"))
    postponed = services.add_agenda_item(previous, AgendaItemInput("Formation CLE", "Divers", duration_minutes=20))
    services.save_item_minutes(done_item, "Bienvenue.", ItemStatus.DONE)
    services.save_item_minutes(postponed, "Pas le temps.", ItemStatus.POSTPONED)
    services.save_outcome(None, open_item, OutcomeInput(OutcomeKind.ACTION, "Réserver la salle", owner="Anne",
                                                        due_date=date(2027, 1, 10)))
    closed = services.save_outcome(None, open_item, OutcomeInput(OutcomeKind.ACTION, "Envoyer l'invitation",
                                                                 action_status=ActionStatus.DONE))
    services.save_action(None, ActionInput("Appeler la préfecture", meeting_id=previous))
    services.set_meeting_status(previous, MeetingStatus.HELD)
    services.set_meeting_status(previous, MeetingStatus.VALIDATED)

    with services.store.session() as session:
        proposal = meeting_queries.carry_over(session, previous)
    assert [action.text for action in proposal.open_actions] == ["Réserver la salle", "Appeler la préfecture"]
    assert closed not in [action.id for action in proposal.open_actions]
    assert [item.title for item in proposal.undecided_items] == ["Calendrier 2027", "Formation CLE"]

    next_id = services.prepare_next_meeting(previous, MEETING_DAY)
    meeting = record(services, next_id)
    assert (meeting.previous_meeting_id, meeting.cluster_id, meeting.place, meeting.start_time,
            meeting.duration_minutes, meeting.status) == (
        previous, grappe.id, "Mairie de Villeurbanne", "09:30", 120, MeetingStatus.DRAFT)
    assert [t.territory_id for t in meeting.territories] == [grappe.echirolles]
    assert [(item.section, item.title, item.status) for item in meeting.items] == [
        ("Suivi", "Suivi des actions", ItemStatus.OPEN),
        ("Divers", "Calendrier 2027", ItemStatus.OPEN),
        ("Divers", "Formation CLE", ItemStatus.OPEN),
    ]
    assert meeting.items[0].minutes.splitlines() == [
        "– Réserver la salle (Anne, échéance 10/01/2027)",
        "– Appeler la préfecture",
    ]
    assert "Envoyer l'invitation" not in meeting.items[0].minutes
    assert meeting.items[1].presenter == "Anne"
    assert meeting.items[2].minutes == ""


def test_carry_over_keeps_chosen_entries(services, grappe):
    item = services.add_agenda_item(grappe.previous, AgendaItemInput("Calendrier", "Divers"))
    services.add_agenda_item(grappe.previous, AgendaItemInput("Formation", "Divers"))
    services.save_outcome(None, item, OutcomeInput(OutcomeKind.ACTION, "Réserver la salle"))
    next_id = services.prepare_next_meeting(grappe.previous, MEETING_DAY, action_ids=[], item_ids=[item])
    assert [item.title for item in record(services, next_id).items] == ["Calendrier"]


def test_template_saved_and_applied(services, grappe):
    source = grappe.meeting(MEETING_DAY, [grappe.le_teil])
    services.add_agenda_item(source, AgendaItemInput("Accueil", "Ouverture", presenter="Animation", duration_minutes=10))
    services.add_agenda_item(source, AgendaItemInput("Point d'étape", "Le Teil", territory_id=grappe.le_teil))
    services.add_agenda_item(source, AgendaItemInput("Calendrier", "Divers", duration_minutes=15))
    template_id = services.save_agenda_template(source, "Grappe ordinaire")
    assert services.save_agenda_template(source, "Grappe ordinaire") == template_id

    with services.store.session() as session:
        assert [template.name for template in meeting_queries.list_agenda_templates(session, MeetingKind.CLUSTER)] == [
            "Grappe ordinaire"]
        assert meeting_queries.list_agenda_templates(session, MeetingKind.TRAINING) == []

    target = grappe.meeting(MEETING_DAY + timedelta(days=30), [])
    services.add_agenda_item(target, AgendaItemInput("Mot d'accueil du maire", "Ouverture"))
    assert services.apply_agenda_template(target, template_id) == 2
    assert [(item.section, item.title, item.presenter, item.duration_minutes)
            for item in record(services, target).items] == [
        ("Ouverture", "Mot d'accueil du maire", "", None),
        ("Ouverture", "Accueil", "Animation", 10),
        ("Divers", "Calendrier", "", 15),
    ]


# -- two copies ---------------------------------------------------------------------------


@pytest.fixture
def two_copies(tmp_path):
    anne_store = open_store(tmp_path / "anne")
    bruno_store = open_store(tmp_path / "bruno")
    yield Services(anne_store), Services(bruno_store)
    anne_store.close()
    bruno_store.close()


def exchange(sender: Services, receiver: Services, path):
    export_data(sender.store, path)
    import_data(receiver.store, path)


def test_concurrent_moves_keep_every_item(two_copies, tmp_path):
    anne, bruno = two_copies
    grappe = Cluster(anne)
    meeting_id = grappe.meeting(MEETING_DAY, [])
    ids = [anne.add_agenda_item(meeting_id, AgendaItemInput(title, "Ordre du jour"))
           for title in ("A", "B", "C", "D", "E")]
    exchange(anne, bruno, tmp_path / "1.tzsync")
    assert [item.title for item in record(bruno, meeting_id).items] == ["A", "B", "C", "D", "E"]

    anne.shift_agenda_item(ids[4], -1)       # Anne: A B C E D
    bruno.move_agenda_item(ids[0], ids[1], ids[2])  # Bruno: B A C D E
    exchange(anne, bruno, tmp_path / "2.tzsync")
    exchange(bruno, anne, tmp_path / "3.tzsync")

    for copy in (anne, bruno):
        assert [item.title for item in record(copy, meeting_id).items] == ["B", "A", "C", "E", "D"]
    with anne.store.session() as session:
        assert queries.count_conflicts_and_reviews(session) == (0, 0)
