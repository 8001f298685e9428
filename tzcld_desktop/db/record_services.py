"""Writes on the parts of a territory record: history, method, CLE, EBEs, indicators,
contacts, journal, documents, health; and the merge of two duplicate territories.

``RecordWrites`` is a base of ``tzcld_desktop.db.services.Services``; every method runs
in one transaction opened by ``Services._write``, labelled so Ctrl+Z can undo it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import blobs
from tzcld_desktop.db.models import (
    Action,
    AgendaItem,
    Contact,
    CriterionCheck,
    Document,
    DocumentLink,
    Ebe,
    IndicatorValue,
    JournalNote,
    Meeting,
    MeetingPerson,
    MeetingTerritory,
    Need,
    Outcome,
    PhaseProgress,
    Profile,
    StageEvent,
    Territory,
    derived_id,
    new_id,
)
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError, translate
from tzcld_desktop.domain.record_forms import (
    CleInput,
    ContactInput,
    CriterionInput,
    EbeInput,
    HabilitationInput,
    HealthInput,
    IndicatorInput,
    NoteInput,
    PerimeterInput,
    PhaseInput,
    StageEventInput,
    validate_cle,
    validate_contact,
    validate_criterion,
    validate_ebe,
    validate_indicator,
    validate_note,
    validate_phase,
    validate_stage_event,
)
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import HabilitationAct, NoteKind, StageStep

log = logging.getLogger(__name__)


class RecordNotFound(UserError):
    """A record id that this copy does not have, or only as deleted."""

    context = "RecordNotFound"

    def __init__(self, record_id: str) -> None:
        super().__init__(
            "Élément introuvable (identifiant {record_id}) : il n'existe pas dans ces données, "
            "ou il a été supprimé entre-temps.",
            record_id=record_id,
        )


def get_live(session: Session, model: type, record_id: str | None):
    """Return the live row of ``model`` with this id, or raise ``RecordNotFound``."""
    row = session.get(model, record_id) if record_id else None
    if row is None or row.deleted:
        raise RecordNotFound(str(record_id))
    return row


# The step recorded when the stage is changed from the territory form.
_DEFAULT_STEP = {
    Stage.INTERESTED.value: StageStep.INTEREST,
    Stage.EMERGING.value: StageStep.CHARTER_SIGNED,
    Stage.CANDIDATURE.value: StageStep.DOSSIER_FILED,
}


def record_default_stage_event(session: Session, territory: Territory, stage_before: str | None,
                               when: date | None = None) -> None:
    """Add a history step when a territory was created or its stage changed by a form or an import.

    The step is dated ``when``: today for a stage changed in the form; unknown for a
    new territory, whose past the referent may fill in later, and for an import. A
    habilitation takes the habilitation date.
    """
    if territory.stage == stage_before:
        return
    if territory.stage == Stage.HABILITATED.value:
        step = StageStep.DECRET if territory.habilitation_act == HabilitationAct.DECRET.value else StageStep.ARRETE
        event_date = territory.habilitation_date
    else:
        step = _DEFAULT_STEP.get(territory.stage, StageStep.INTEREST)
        event_date = when
    # Two referents importing the same list, or noting the same step the same day,
    # derive the same id, so their copies meet in one step instead of two.
    event_id = derived_id("stage_event", territory.id, step.value, event_date.isoformat() if event_date else "")
    existing = session.get(StageEvent, event_id)
    if existing is None:
        session.add(StageEvent(id=event_id, territory_id=territory.id, step=step.value, event_date=event_date,
                               published_on=None, comment=""))
    elif existing.deleted:
        existing.deleted = False


def refresh_stage(session: Session, territory: Territory) -> None:
    """Set the territory's stage (and habilitation) from its latest dated history step."""
    session.flush()
    events = session.scalars(
        select(StageEvent).where(StageEvent.territory_id == territory.id, StageEvent.deleted.is_(False))
    ).all()
    dated = [event for event in events if event.event_date is not None and StageStep.parse(event.step)]
    if not dated:
        return
    latest = max(dated, key=lambda event: (event.event_date, StageStep(event.step).order))
    step = StageStep(latest.step)
    territory.stage = step.stage
    if step.is_habilitation:
        territory.habilitation_date = latest.event_date
        territory.habilitation_date_note = ""
        territory.habilitation_act = step.value
        territory.habilitation_published_on = latest.published_on
    else:
        territory.habilitation_date = None
        territory.habilitation_act = HabilitationAct.NONE.value
        territory.habilitation_published_on = None


class RecordWrites:
    """Writes on the parts of a territory record (a base of ``Services``)."""

    store: object
    _undo: list

    def _write(self, label: str = "") -> AbstractContextManager[Session]:  # pragma: no cover - in Services
        raise NotImplementedError

    # -- history ---------------------------------------------------------------------

    def save_stage_event(self, event_id: str | None, data: StageEventInput) -> str:
        """Record a dated step of a territory's path; its stage follows the latest step."""
        validate_stage_event(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Étape de l'historique")) as session:
            territory = get_live(session, Territory, data.territory_id)
            event = self._row(session, StageEvent, event_id)
            event.territory_id = territory.id
            event.step = data.step.value
            event.event_date = data.event_date
            event.published_on = data.published_on
            event.comment = data.comment.strip()
            refresh_stage(session, territory)
        return event.id

    def delete_stage_event(self, event_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression d'une étape")) as session:
            event = get_live(session, StageEvent, event_id)
            event.deleted = True
            refresh_stage(session, get_live(session, Territory, event.territory_id))

    # -- method ----------------------------------------------------------------------

    def save_phase(self, data: PhaseInput) -> str:
        """Set the progress of a territory in one phase of the method."""
        validate_phase(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Phase de la méthode")) as session:
            get_live(session, Territory, data.territory_id)
            row = self._keyed_row(session, PhaseProgress, "phase", data.territory_id, data.phase.value)
            row.status = data.status.value
            row.status_date = data.status_date
            row.comment = data.comment.strip()
        return row.id

    def save_criterion(self, data: CriterionInput) -> str:
        """Set the status of one criterion of the cahier des charges for a territory."""
        validate_criterion(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Critère du cahier des charges")) as session:
            get_live(session, Territory, data.territory_id)
            if data.proof_document_id:
                get_live(session, Document, data.proof_document_id)
            row = self._keyed_row(session, CriterionCheck, "criterion", data.territory_id, data.criterion.value)
            row.status = data.status.value
            row.status_date = data.status_date
            row.comment = data.comment.strip()
            row.proof_document_id = data.proof_document_id or None
        return row.id

    # -- territory parts kept on the territory row ------------------------------------

    def save_cle(self, territory_id: str, data: CleInput) -> None:
        validate_cle(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Comité local pour l'emploi")) as session:
            territory = get_live(session, Territory, territory_id)
            territory.cle_president = data.president.strip()
            territory.cle_members = data.members.strip()
            territory.cle_created_on = data.created_on

    def save_perimeter(self, territory_id: str, data: PerimeterInput) -> None:
        errors = {name: QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")
                  for name in ("communes", "epci", "qpv", "note") if len(getattr(data, name)) > MAX_TEXT_LENGTH}
        if errors:
            raise ValidationError(errors)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Périmètre")) as session:
            territory = get_live(session, Territory, territory_id)
            territory.communes = data.communes.strip()
            territory.epci = data.epci.strip()
            territory.qpv = data.qpv.strip()
            territory.perimeter_note = data.note.strip()

    def save_health(self, territory_id: str, data: HealthInput) -> None:
        if data.health.value in ("a_risque", "bloque") and not data.reason.strip():
            raise ValidationError({"reason": QT_TRANSLATE_NOOP("Validation", "Indiquez la raison.")})
        if len(data.reason) > MAX_TEXT_LENGTH:
            raise ValidationError({"reason": QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")})
        with self._write(QT_TRANSLATE_NOOP("Undo", "État de santé")) as session:
            territory = get_live(session, Territory, territory_id)
            territory.health = data.health.value
            territory.health_reason = data.reason.strip()

    def save_habilitation(self, territory_id: str, data: HabilitationInput) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Acte d'habilitation")) as session:
            territory = get_live(session, Territory, territory_id)
            territory.habilitation_act = data.act.value
            territory.habilitation_published_on = data.published_on

    # -- EBEs and indicators ---------------------------------------------------------

    def save_ebe(self, ebe_id: str | None, data: EbeInput) -> str:
        validate_ebe(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Enregistrement de l'EBE")) as session:
            get_live(session, Territory, data.territory_id)
            ebe = self._row(session, Ebe, ebe_id)
            ebe.territory_id = data.territory_id
            ebe.name = data.name.strip()
            ebe.opening_date = data.opening_date
            ebe.sectors = data.sectors.strip()
            ebe.max_etp = data.max_etp
        return ebe.id

    def delete_ebe(self, ebe_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression de l'EBE")) as session:
            get_live(session, Ebe, ebe_id).deleted = True

    def save_indicator_value(self, value_id: str | None, data: IndicatorInput) -> str:
        """Record a dated value of an indicator."""
        validate_indicator(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Valeur d'indicateur")) as session:
            get_live(session, Territory, data.territory_id)
            if data.ebe_id:
                get_live(session, Ebe, data.ebe_id)
            row = self._row(session, IndicatorValue, value_id)
            row.territory_id = data.territory_id
            row.ebe_id = data.ebe_id if data.indicator.per_ebe else None
            row.indicator = data.indicator.value
            row.value_date = data.value_date
            row.value = data.value
            row.comment = data.comment.strip()
        return row.id

    def delete_indicator_value(self, value_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression d'une valeur d'indicateur")) as session:
            get_live(session, IndicatorValue, value_id).deleted = True

    # -- contacts and journal --------------------------------------------------------

    def save_contact(self, contact_id: str | None, data: ContactInput) -> str:
        validate_contact(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Enregistrement du contact")) as session:
            if data.territory_id:
                get_live(session, Territory, data.territory_id)
            contact = self._row(session, Contact, contact_id)
            contact.territory_id = data.territory_id or None
            contact.cluster_id = data.cluster_id or None
            contact.name = data.name.strip()
            contact.role = data.role.value
            contact.organisation = data.organisation.strip()
            contact.phone = data.phone.strip()
            contact.email = data.email.strip()
            contact.personal = data.personal
            contact.notes = data.notes
        return contact.id

    def delete_contact(self, contact_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression du contact")) as session:
            get_live(session, Contact, contact_id).deleted = True

    def save_note(self, note_id: str | None, data: NoteInput) -> str:
        """Save a journal note; its author is the referent of this copy unless given."""
        validate_note(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Note du journal")) as session:
            if data.territory_id:
                get_live(session, Territory, data.territory_id)
            note = self._row(session, JournalNote, note_id)
            note.territory_id = data.territory_id
            note.meeting_id = data.meeting_id
            note.note_date = data.note_date
            note.kind = data.kind.value
            note.text = data.text.strip()
            if data.author.strip():
                note.author = data.author.strip()[:200]
            elif not note.author:
                profile = session.get(Profile, 1)
                note.author = profile.name if profile else ""
        return note.id

    def delete_note(self, note_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression de la note")) as session:
            get_live(session, JournalNote, note_id).deleted = True

    # -- documents -------------------------------------------------------------------

    def attach_file(self, source: Path, *, title: str = "", territory_id: str | None = None,
                    meeting_id: str | None = None) -> str:
        """Copy a file into the data folder and attach it to a territory or meeting; return the document id."""
        stored = blobs.store_file(self.store.db_path.parent, source)
        title = (title.strip() or source.stem)[:MAX_NAME_LENGTH]
        with self._write(QT_TRANSLATE_NOOP("Undo", "Ajout d'un document")) as session:
            if territory_id:
                get_live(session, Territory, territory_id)
            if meeting_id:
                get_live(session, Meeting, meeting_id)
            document = Document(
                id=new_id(), title=title, description="", file_name=source.name[:255], sha256=stored.sha256,
                size=stored.size, media_type=stored.media_type, link="", in_library=False, category="autre",
                tags="", stages="", source="", version="", document_date=None, superseded_by_id=None,
                language="fr", added_on=date.today(),
            )
            session.add(document)
            if territory_id or meeting_id:
                session.add(DocumentLink(id=new_id(), document_id=document.id, territory_id=territory_id,
                                         meeting_id=meeting_id, given_on=date.today(), comment=""))
        log.info("Document attached: %s (%d bytes)", document.id, stored.size)
        return document.id

    def link_document(self, document_id: str, *, territory_id: str | None = None, meeting_id: str | None = None,
                      given_on: date | None = None, comment: str = "") -> str:
        """Attach an existing document (from the library) to a territory or a meeting."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Document transmis")) as session:
            get_live(session, Document, document_id)
            if territory_id:
                get_live(session, Territory, territory_id)
            if meeting_id:
                get_live(session, Meeting, meeting_id)
            link = DocumentLink(id=new_id(), document_id=document_id, territory_id=territory_id,
                                meeting_id=meeting_id, given_on=given_on or date.today(), comment=comment.strip())
            session.add(link)
        return link.id

    def unlink_document(self, link_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Retrait d'un document")) as session:
            get_live(session, DocumentLink, link_id).deleted = True

    # -- personal data ---------------------------------------------------------------

    def erase_personal_data(self, contact_id: str) -> int:
        """Erase a person's data from the contact and the meetings (GDPR); return the records changed.

        Not undoable, on purpose: the undo history kept in memory is dropped too.
        """
        from tzcld_desktop.db.personal_data import erase_person

        with self._write() as session:
            count = erase_person(session, contact_id)
        self._undo.clear()
        log.info("Personal data erased from %d records", count)
        return count

    # -- duplicates ------------------------------------------------------------------

    def merge_territories(self, keep_id: str, other_id: str) -> None:
        """Merge ``other_id`` into ``keep_id``: every note, action, document and value moves over.

        Empty fields of the kept territory take the other's values; the other is then
        deleted, and a journal note records the merge.
        """
        if keep_id == other_id:
            raise UserError("Choisissez deux territoires différents à fusionner.")
        with self._write(QT_TRANSLATE_NOOP("Undo", "Fusion de territoires")) as session:
            keep = get_live(session, Territory, keep_id)
            other = get_live(session, Territory, other_id)
            for field in Territory.SYNC_FIELDS:
                if field in ("deleted", "name", "stage"):
                    continue
                if getattr(keep, field) in (None, "") and getattr(other, field) not in (None, ""):
                    setattr(keep, field, getattr(other, field))
            if Stage(other.stage).rank > Stage(keep.stage).rank:
                keep.stage = other.stage
            for model in (StageEvent, Ebe, IndicatorValue, Contact, JournalNote, DocumentLink, Action, AgendaItem,
                          Outcome, MeetingPerson, Need):
                for row in _live_rows(session, model, other_id):
                    row.territory_id = keep_id
            for model, key in ((PhaseProgress, "phase"), (CriterionCheck, "criterion")):
                for row in _live_rows(session, model, other_id):
                    target = self._keyed_row(session, model, key, keep_id, getattr(row, key))
                    if target.status_date is None or (row.status_date and row.status_date > target.status_date):
                        for field in model.SYNC_FIELDS:
                            if field not in ("deleted", "territory_id", key):
                                setattr(target, field, getattr(row, field))
                    row.deleted = True
            for link in _live_rows(session, MeetingTerritory, other_id):
                link_id = derived_id("meeting_territory", link.meeting_id, keep_id)
                existing = session.get(MeetingTerritory, link_id)
                if existing is None:
                    session.add(MeetingTerritory(id=link_id, meeting_id=link.meeting_id, territory_id=keep_id,
                                                 present=link.present, attendees=link.attendees))
                elif existing.deleted:
                    existing.deleted = False
                link.deleted = True
            other.deleted = True
            profile = session.get(Profile, 1)
            session.add(JournalNote(
                id=new_id(), territory_id=keep_id, meeting_id=None, note_date=date.today(), kind=NoteKind.OTHER.value,
                author=profile.name if profile else "",
                text=translate("RecordWrites", QT_TRANSLATE_NOOP(
                    "RecordWrites",
                    "Fusion avec la fiche en double « {name} » : ses notes, actions, documents et valeurs "
                    "sont rattachés à ce territoire.",
                )).format(name=other.name),
            ))
        log.info("Territory %s merged into %s", other_id, keep_id)

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, model: type, record_id: str | None):
        if record_id is None:
            row = model(id=new_id())
            session.add(row)
            return row
        return get_live(session, model, record_id)

    @staticmethod
    def _keyed_row(session: Session, model: type, key: str, territory_id: str, value: str):
        # One row per territory and key, with an id every copy derives the same way,
        # so two referents ticking the same criterion meet in one record.
        row_id = derived_id(model.__tablename__, territory_id, value)
        row = session.get(model, row_id)
        if row is None:
            row = model(id=row_id, territory_id=territory_id, **{key: value})
            session.add(row)
        elif row.deleted:
            row.deleted = False
        return row


def _live_rows(session: Session, model: type, territory_id: str) -> Iterator:
    return iter(session.scalars(
        select(model).where(model.territory_id == territory_id, model.deleted.is_(False))
    ).all())
