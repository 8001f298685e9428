"""The writes of the territory record: history, method, values, contacts, documents, undo, merge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tzcld_desktop.db import blobs
from tzcld_desktop.db.models import (
    Action,
    Contact,
    CriterionCheck,
    Document,
    DocumentLink,
    JournalNote,
    PhaseProgress,
    StageEvent,
    Territory,
)
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import (
    ContactInput,
    CriterionInput,
    HealthInput,
    IndicatorInput,
    NoteInput,
    PhaseInput,
    StageEventInput,
)
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import (
    Criterion,
    CriterionStatus,
    Health,
    Indicator,
    MethodPhase,
    NoteKind,
    PhaseStatus,
    StageStep,
    readiness,
)
from tzcld_desktop.sync.exchange import export_data, import_data


@pytest.fixture
def teil(services, profile):
    return services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED, "07"))


def territory(store, territory_id):
    with store.session() as session:
        return session.get(Territory, territory_id)


def live(store, model, **where):
    with store.session() as session:
        query = select(model).where(model.deleted.is_(False))
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalars(query).all()


def test_stage_follows_the_dated_history(store, services, teil):
    steps = [
        (StageStep.CHARTER_SIGNED, date(2022, 3, 1)),
        (StageStep.DOSSIER_FILED, date(2023, 1, 10)),
        (StageStep.OPINION_DEFERRED, date(2023, 5, 2)),
        (StageStep.DOSSIER_REFILED, date(2023, 11, 20)),
        (StageStep.ARRETE, date(2024, 6, 14)),
    ]
    ids = []
    for step, when in steps:
        ids.append(services.save_stage_event(None, StageEventInput(teil, step, when, comment=step.label)))
    row = territory(store, teil)
    assert row.stage == Stage.HABILITATED.value
    assert (row.habilitation_date, row.habilitation_act) == (date(2024, 6, 14), "arrete")

    # A step recorded late, with an older date, does not move the territory back.
    services.save_stage_event(None, StageEventInput(teil, StageStep.UNDER_REVIEW, date(2023, 2, 1)))
    assert territory(store, teil).stage == Stage.HABILITATED.value

    services.delete_stage_event(ids[-1])
    row = territory(store, teil)
    assert row.stage == Stage.CANDIDATURE.value
    assert row.habilitation_date is None


def test_stage_event_rules(services, teil):
    with pytest.raises(ValidationError) as raised:
        services.save_stage_event(None, StageEventInput(teil, StageStep.CHARTER_SIGNED, date(2022, 3, 1),
                                                        published_on=date(2022, 3, 5)))
    assert "published_on" in raised.value.field_messages()
    with pytest.raises(ValidationError) as raised:
        services.save_stage_event(None, StageEventInput(teil, StageStep.ARRETE, date.today() + timedelta(days=3)))
    assert "event_date" in raised.value.field_messages()


def test_stage_changed_in_the_form_is_recorded_in_the_history(store, services, teil):
    services.update_territory(teil, TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    steps = [(event.step, event.event_date) for event in live(store, StageEvent, territory_id=teil)]
    assert sorted(steps, key=lambda step: step[0]) == [
        ("charte_signee", date.today()),
        ("interet", None),  # created today, interested since an unknown date
    ]


def test_checklist_readiness_and_one_record_per_criterion(store, services, teil):
    services.save_criterion(CriterionInput(teil, Criterion.PROFILE, CriterionStatus.MET, date(2024, 1, 5)))
    services.save_criterion(CriterionInput(teil, Criterion.CLE_CREATED, CriterionStatus.IN_PROGRESS))
    services.save_criterion(CriterionInput(teil, Criterion.PROFILE, CriterionStatus.MET, date(2024, 1, 6), "revu"))
    rows = live(store, CriterionCheck, territory_id=teil)
    assert len(rows) == 2
    statuses = [CriterionStatus(row.status) for row in rows]
    assert readiness(statuses) == 15  # one met, one half-way, out of ten

    services.save_phase(PhaseInput(teil, MethodPhase.CONSENSUS, PhaseStatus.IN_PROGRESS, date(2024, 2, 1)))
    services.save_phase(PhaseInput(teil, MethodPhase.CONSENSUS, PhaseStatus.REACHED, date(2024, 9, 1)))
    [phase] = live(store, PhaseProgress, territory_id=teil)
    assert (phase.status, phase.status_date) == ("atteinte", date(2024, 9, 1))


def test_values_that_make_no_sense_are_refused(services, teil):
    with pytest.raises(ValidationError) as raised:
        services.save_indicator_value(None, IndicatorInput(teil, Indicator.DEPRIVATION_TOTAL, date(2024, 1, 1), 130))
    assert "pourcentage" in raised.value.message()
    with pytest.raises(ValidationError) as raised:
        services.save_indicator_value(None, IndicatorInput(teil, Indicator.EBE_HEADCOUNT, date(2024, 1, 1), 12))
    assert "ebe_id" in raised.value.field_messages()
    with pytest.raises(ValidationError) as raised:
        services.save_contact(None, ContactInput("Marie Lopez", teil, email="marie.lopez@", phone="06 12"))
    assert set(raised.value.field_messages()) == {"email"}
    with pytest.raises(ValidationError):
        services.save_health(teil, HealthInput(Health.BLOCKED, ""))


def test_attached_file_is_stored_once_by_content(store, services, teil, tmp_path):
    source = tmp_path / "convention ETCLD.pdf"
    source.write_bytes(b"%PDF-1.4 convention signee")
    copy = tmp_path / "copie.pdf"
    copy.write_bytes(source.read_bytes())
    first = services.attach_file(source, territory_id=teil)
    second = services.attach_file(copy, territory_id=teil)
    with store.session() as session:
        documents = [session.get(Document, first), session.get(Document, second)]
    assert documents[0].title == "convention ETCLD"
    assert documents[0].sha256 == documents[1].sha256
    stored = blobs.blob_path(store.db_path.parent, documents[0].sha256)
    assert stored.read_bytes() == source.read_bytes()
    assert len(list(blobs.blob_dir(store.db_path.parent).rglob("*"))) == 2  # one folder, one file
    assert len(live(store, DocumentLink, territory_id=teil)) == 2


def test_missing_file_is_reported_in_french(services, teil, tmp_path):
    with pytest.raises(UserError) as raised:
        services.attach_file(tmp_path / "absent.pdf", territory_id=teil)
    assert "n'a pas pu être lu" in raised.value.message()


def test_undo_writes_the_previous_values_back(store, services, teil):
    services.save_health(teil, HealthInput(Health.AT_RISK, "Départ du chef de projet"))
    services.save_health(teil, HealthInput(Health.BLOCKED, "Financement refusé"))
    assert services.undo_label() == "État de santé"
    assert services.undo() == "État de santé"
    row = territory(store, teil)
    assert (row.health, row.health_reason) == ("a_risque", "Départ du chef de projet")

    note = services.save_note(None, NoteInput(teil, date(2024, 3, 1), NoteKind.CALL, "Appel au maire"))
    services.undo()
    assert live(store, JournalNote, id=note) == []


def test_nothing_to_undo(services):
    assert services.undo_label() is None
    with pytest.raises(UserError):
        services.undo()


def test_undo_travels_to_other_copies(store, services, teil, tmp_path):
    services.save_health(teil, HealthInput(Health.ON_TRACK))
    other = open_store(tmp_path / "autre")
    try:
        export_data(store, tmp_path / "un.tzsync")
        import_data(other, tmp_path / "un.tzsync")
        services.save_health(teil, HealthInput(Health.BLOCKED, "Élections"))
        export_data(store, tmp_path / "deux.tzsync")
        import_data(other, tmp_path / "deux.tzsync")
        services.undo()
        export_data(store, tmp_path / "trois.tzsync")
        import_data(other, tmp_path / "trois.tzsync")
        with other.session() as session:
            assert session.get(Territory, teil).health == "en_bonne_voie"
    finally:
        other.close()


def test_merge_keeps_everything_of_both(store, services, teil, tmp_path):
    twin = services.create_territory(TerritoryInput("Le Teil (Ardèche)", Stage.EMERGING, "07", notes="Doublon"))
    services.save_note(None, NoteInput(teil, date(2024, 1, 2), NoteKind.VISIT, "Visite en mairie"))
    services.save_note(None, NoteInput(twin, date(2024, 2, 3), NoteKind.CALL, "Appel du CLE"))
    services.save_contact(None, ContactInput("Marie Lopez", twin, email="marie@example.org"))
    services.save_action(None, ActionInput("Envoyer la charte", territory_id=twin))
    source = tmp_path / "statuts.docx"
    source.write_bytes(b"statuts du CLE")
    services.attach_file(source, territory_id=twin)
    services.save_criterion(CriterionInput(twin, Criterion.PROFILE, CriterionStatus.MET, date(2024, 1, 5)))

    services.merge_territories(teil, twin)

    assert territory(store, twin).deleted
    kept = territory(store, teil)
    assert kept.stage == Stage.EMERGING.value  # the further stage of the two
    assert kept.notes == "Doublon"
    notes = {note.text for note in live(store, JournalNote, territory_id=teil)}
    assert {"Visite en mairie", "Appel du CLE"} <= notes
    assert any("Le Teil (Ardèche)" in text for text in notes)
    assert [c.name for c in live(store, Contact, territory_id=teil)] == ["Marie Lopez"]
    assert [a.text for a in live(store, Action, territory_id=teil)] == ["Envoyer la charte"]
    assert len(live(store, DocumentLink, territory_id=teil)) == 1
    assert [c.criterion for c in live(store, CriterionCheck, territory_id=teil)] == ["profil"]
    assert live(store, CriterionCheck, territory_id=twin) == []

    # The merge travels: a second copy ends with one territory holding everything.
    other = open_store(tmp_path / "autre")
    try:
        export_data(store, tmp_path / "fusion.tzsync")
        import_data(other, tmp_path / "fusion.tzsync")
        assert [t.name for t in live(other, Territory)] == ["Le Teil"]
        assert len(live(other, JournalNote, territory_id=teil)) == 3
    finally:
        other.close()


def test_merge_refuses_a_territory_with_itself(services, teil):
    with pytest.raises(UserError):
        services.merge_territories(teil, teil)


def test_second_copy_ticking_the_same_criterion_meets_in_one_record(store, teil, tmp_path):
    other = open_store(tmp_path / "autre")
    try:
        export_data(store, tmp_path / "base.tzsync")
        import_data(other, tmp_path / "base.tzsync")
        Services(store).save_criterion(CriterionInput(teil, Criterion.MOBILISATION, CriterionStatus.IN_PROGRESS))
        Services(other).save_criterion(CriterionInput(teil, Criterion.MOBILISATION, CriterionStatus.IN_PROGRESS))
        export_data(other, tmp_path / "retour.tzsync")
        report = import_data(store, tmp_path / "retour.tzsync")
        assert len(live(store, CriterionCheck, territory_id=teil)) == 1
        assert report.conflicts == 0  # the same value on both sides is not a conflict
    finally:
        other.close()
