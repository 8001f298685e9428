"""Services: the only code that writes to the database.

Each method runs in one transaction, so a change is saved whole or not at all, and the
capture hook turns every changed synced field into a register write in that same
transaction. Methods return the names of the tables they changed so the interface can
reload what shows them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.capture import CHANGES, Change
from tzcld_desktop.db.models import (
    SYNCED_MODELS,
    Action,
    Cluster,
    Departement,
    Meeting,
    MeetingTerritory,
    Profile,
    Region,
    Territory,
    derived_id,
    new_id,
)
from tzcld_desktop.db.library_services import LibraryWrites
from tzcld_desktop.db.meeting_services import MeetingWrites, change_status, editable_meeting
from tzcld_desktop.db.need_services import NeedWrites
from tzcld_desktop.db.record_services import RecordNotFound, RecordWrites, get_live, record_default_stage_event
from tzcld_desktop.db.reference import departement_id, region_id
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from tzcld_desktop.domain.forms import (
    ActionInput,
    ClusterInput,
    MeetingInput,
    TerritoryAttendance,
    TerritoryInput,
    validate_action,
    validate_cluster,
    validate_meeting,
    validate_territory,
)
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import MeetingStatus

log = logging.getLogger(__name__)

# How many edits Ctrl+Z can walk back.
UNDO_DEPTH = 20


_get_live = get_live


def apply_territory(session: Session, territory: Territory, data: TerritoryInput) -> None:
    """Validate ``data`` and copy it onto ``territory``, deriving its region from the département."""
    validate_territory(data, date.today())
    departement = None
    if data.departement_code:
        departement = session.get(Departement, departement_id(data.departement_code))
        if departement is None:
            raise ValidationError(
                {"departement_code": QT_TRANSLATE_NOOP("Validation", "Département inconnu.")}
            )
    if departement is not None:
        territory_region = departement.region_id
        if data.region_code and region_id(data.region_code) != territory_region:
            raise ValidationError(
                {"region_code": QT_TRANSLATE_NOOP("Validation", "Ce département n'est pas dans cette région.")}
            )
    elif data.region_code:
        if session.get(Region, region_id(data.region_code)) is None:
            raise ValidationError({"region_code": QT_TRANSLATE_NOOP("Validation", "Région inconnue.")})
        territory_region = region_id(data.region_code)
    else:
        territory_region = None
    if data.cluster_id:
        _get_live(session, Cluster, data.cluster_id)
    territory.name = data.name.strip()
    territory.stage = data.stage.value
    territory.departement_id = departement.id if departement else None
    territory.region_id = territory_region
    territory.cluster_id = data.cluster_id or None
    territory.habilitation_date = data.habilitation_date
    territory.habilitation_date_note = data.habilitation_date_note.strip()
    territory.communes = data.communes.strip()
    territory.notes = data.notes
    territory.source = data.source.strip()


def new_territory(session: Session, data: TerritoryInput) -> Territory:
    """Return the row a new territory goes into, added to the session.

    Its id derives from the normalised name and the département (or region), so two
    referents who enter or import the same territory on their own copies create one
    record, not two, once they exchange files. The returned row may be an existing
    one: deleted (it is then revived by the caller) or live with the same name, which
    callers report as a duplicate. A live row renamed since it was created keeps its
    id, and the new territory then gets a random one.
    """
    place = data.departement_code or data.region_code or ""
    candidate = derived_id("territory", normalize(data.name), place)
    existing = session.get(Territory, candidate)
    if existing is None:
        territory = Territory(id=candidate, name_key="", deleted=False)
        session.add(territory)
        return territory
    if existing.deleted or existing.name_key == normalize(data.name):
        return existing
    territory = Territory(id=new_id(), name_key="", deleted=False)
    session.add(territory)
    return territory


def _apply_action(session: Session, action_id: str | None, data: ActionInput) -> str:
    if data.territory_id:
        _get_live(session, Territory, data.territory_id)
    if data.meeting_id:
        _get_live(session, Meeting, data.meeting_id)
    if action_id is None:
        action = Action(id=new_id())
        session.add(action)
    else:
        action = _get_live(session, Action, action_id)
    action.text = data.text.strip()
    action.owner = data.owner.strip()
    action.due_date = data.due_date
    if data.status is ActionStatus.DONE and action.status != ActionStatus.DONE.value:
        action.done_on = date.today()
    elif data.status is not ActionStatus.DONE:
        action.done_on = None
    action.status = data.status.value
    action.territory_id = data.territory_id or None
    action.meeting_id = data.meeting_id or None
    return action.id


@dataclass(frozen=True)
class UndoStep:
    """One saved edit that can be undone: its label and what it changed."""

    label: str
    changes: tuple[Change, ...]


class Services(RecordWrites, MeetingWrites, NeedWrites, LibraryWrites):
    """Writes on one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._undo: list[UndoStep] = []

    @contextmanager
    def _write(self, label: str = "") -> Iterator[Session]:
        """Yield a session of one transaction; a ``label`` makes the edit undoable."""
        with self.store.transaction() as session:
            info = session.info
            yield session
        if label:
            changes = tuple(info.get(CHANGES, ()))
            if changes:
                self._undo.append(UndoStep(label, changes))
                del self._undo[:-UNDO_DEPTH]

    def undo_label(self) -> str | None:
        """Return the French label of the edit that ``undo`` would revert, or None."""
        return self._undo[-1].label if self._undo else None

    def undo(self) -> str:
        """Write back the values the last undoable edit replaced; return its label.

        The undo is itself an edit: it travels to the other copies like any other.
        """
        if not self._undo:
            raise UserError("Il n'y a rien à annuler.")
        step = self._undo[-1]
        with self.store.transaction() as session:
            for change in reversed(step.changes):
                row = session.get(SYNCED_MODELS[change.table], change.record_id)
                if row is None:
                    continue
                if change.created:
                    row.deleted = True
                    continue
                for field, value in change.previous.items():
                    setattr(row, field, value)
        self._undo.pop()
        log.info("Undone: %s", step.label)
        return step.label

    # -- profile ---------------------------------------------------------------------

    def save_profile(self, name: str, region_codes: list[str]) -> None:
        """Save the referent's name and followed regions."""
        name = name.strip()
        errors = {}
        if not name:
            errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez votre nom.")
        if not region_codes:
            errors["regions"] = QT_TRANSLATE_NOOP("Validation", "Choisissez au moins une région.")
        if errors:
            raise ValidationError(errors)
        with self.store.transaction() as session:
            known = set(session.scalars(select(Region.code)))
            unknown = [code for code in region_codes if code not in known]
            if unknown:
                raise ValidationError({"regions": QT_TRANSLATE_NOOP("Validation", "Région inconnue.")})
            profile = session.get(Profile, 1) or Profile(id=1)
            profile.name = name
            profile.region_codes = json.dumps(sorted(set(region_codes)))
            session.add(profile)
        log.info("Profile saved with %d regions", len(region_codes))

    # -- territories -----------------------------------------------------------------

    def create_territory(self, data: TerritoryInput) -> str:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Création du territoire")) as session:
            territory = new_territory(session, data)
            if territory.name_key and not territory.deleted:
                raise ValidationError(
                    {"name": QT_TRANSLATE_NOOP("Validation", "Un territoire de ce nom existe déjà à cet endroit.")}
                )
            apply_territory(session, territory, data)
            territory.deleted = False
            record_default_stage_event(session, territory, None)
        log.info("Territory created: %s", territory.id)
        return territory.id

    def update_territory(self, territory_id: str, data: TerritoryInput) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Modification du territoire")) as session:
            territory = _get_live(session, Territory, territory_id)
            stage_before = territory.stage
            apply_territory(session, territory, data)
            record_default_stage_event(session, territory, stage_before, date.today())
        log.info("Territory updated: %s", territory_id)

    def delete_territory(self, territory_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression du territoire")) as session:
            _get_live(session, Territory, territory_id).deleted = True
        log.info("Territory deleted: %s", territory_id)

    # -- clusters --------------------------------------------------------------------

    def save_cluster(self, cluster_id: str | None, data: ClusterInput) -> str:
        """Create a cluster (``cluster_id`` None) or update one; return its id."""
        validate_cluster(data)
        with self.store.transaction() as session:
            if session.get(Region, region_id(data.region_code)) is None:
                raise ValidationError({"region_code": QT_TRANSLATE_NOOP("Validation", "Région inconnue.")})
            if cluster_id is None:
                cluster = Cluster(id=new_id())
                session.add(cluster)
            else:
                cluster = _get_live(session, Cluster, cluster_id)
            cluster.name = data.name.strip()
            cluster.region_id = region_id(data.region_code)
            cluster.animator = data.animator.strip()
            cluster.notes = data.notes
            cluster.referent = data.referent.strip()
        log.info("Cluster saved: %s", cluster.id)
        return cluster.id

    def set_cluster_territories(self, cluster_id: str, territory_ids: list[str]) -> None:
        """Make exactly ``territory_ids`` the members of the cluster."""
        with self.store.transaction() as session:
            _get_live(session, Cluster, cluster_id)
            wanted = set(territory_ids)
            current = session.scalars(
                select(Territory).where(Territory.cluster_id == cluster_id, Territory.deleted.is_(False))
            )
            for territory in current:
                if territory.id not in wanted:
                    territory.cluster_id = None
            for territory_id in wanted:
                _get_live(session, Territory, territory_id).cluster_id = cluster_id

    def delete_cluster(self, cluster_id: str) -> None:
        with self.store.transaction() as session:
            _get_live(session, Cluster, cluster_id).deleted = True

    # -- meetings --------------------------------------------------------------------

    def save_meeting(
        self,
        meeting_id: str | None,
        data: MeetingInput,
        actions: Sequence[tuple[str | None, ActionInput]] = (),
        deleted_action_ids: Sequence[str] = (),
    ) -> str:
        """Create a meeting (``meeting_id`` None) or update one, with its attendance and actions.

        ``actions`` pairs an action id (None for a new action) with its values; their
        ``meeting_id`` is set to this meeting. Everything is saved in one transaction.
        A meeting whose minutes are validated raises ``MeetingLocked``.
        """
        validate_meeting(data)
        for _action_id, action in actions:
            validate_action(action)
        with self.store.transaction() as session:
            if data.cluster_id:
                _get_live(session, Cluster, data.cluster_id)
            if meeting_id is None:
                meeting = Meeting(id=new_id(), status=(data.status or MeetingStatus.PLANNED).value)
                session.add(meeting)
            else:
                meeting = editable_meeting(session, meeting_id)
            meeting.cluster_id = data.cluster_id or None
            meeting.title = data.title.strip()
            meeting.meeting_date = data.meeting_date
            meeting.place = data.place.strip()
            meeting.minutes = data.minutes
            meeting.decisions = data.decisions
            meeting.kind = data.kind.value
            meeting.start_time = data.start_time
            meeting.duration_minutes = data.duration_minutes
            meeting.video_link = data.video_link.strip()
            if data.status is not None:
                change_status(session, meeting, data.status)
            self._set_attendance(session, meeting.id, data.territory_ids, data.attendance)
            for action_id in deleted_action_ids:
                action = session.get(Action, action_id)
                if action is not None:
                    action.deleted = True
            for action_id, action in actions:
                _apply_action(session, action_id, replace(action, meeting_id=meeting.id))
        log.info("Meeting saved: %s with %d actions", meeting.id, len(actions))
        return meeting.id

    def _set_attendance(self, session: Session, meeting_id: str, territory_ids: list[str],
                        attendance: Mapping[str, TerritoryAttendance] | None = None) -> None:
        wanted = set(territory_ids)
        attendance = attendance or {}
        for territory_id in wanted:
            _get_live(session, Territory, territory_id)
        existing = {
            link.territory_id: link
            for link in session.scalars(select(MeetingTerritory).where(MeetingTerritory.meeting_id == meeting_id))
        }
        for territory_id, link in existing.items():
            should_attend = territory_id in wanted
            if link.deleted == should_attend:
                link.deleted = not should_attend
        for territory_id in wanted - existing.keys():
            # Both copies derive the same id, so marking the same attendance twice
            # meets in one record instead of two.
            link_id = derived_id("meeting_territory", meeting_id, territory_id)
            link = MeetingTerritory(id=link_id, meeting_id=meeting_id, territory_id=territory_id)
            session.add(link)
            existing[territory_id] = link
        for territory_id, presence in attendance.items():
            if territory_id in wanted:
                existing[territory_id].present = presence.present
                existing[territory_id].attendees = presence.attendees

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a meeting; one whose minutes are validated raises ``MeetingLocked``."""
        with self.store.transaction() as session:
            editable_meeting(session, meeting_id).deleted = True

    # -- actions ---------------------------------------------------------------------

    def save_action(self, action_id: str | None, data: ActionInput) -> str:
        """Create an action (``action_id`` None) or update one; return its id."""
        validate_action(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Enregistrement de l'action")) as session:
            action_id = _apply_action(session, action_id, data)
        return action_id

    def delete_action(self, action_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression de l'action")) as session:
            _get_live(session, Action, action_id).deleted = True
