"""Writes on the meeting record: status, agenda, outcomes, people, carry-over, templates.

``MeetingWrites`` is a base of ``tzcld_desktop.db.services.Services``; every method runs
in one transaction opened by ``Services._write``, labelled so Ctrl+Z can undo it.

Validated minutes are read-only: each write that touches such a meeting (its fields,
agenda items, outcomes, the actions of its items, its attendance) raises
``MeetingLocked`` until ``reopen_meeting`` records why the minutes are reopened.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import meeting_queries
from tzcld_desktop.db.models import (
    Action,
    AgendaItem,
    AgendaTemplate,
    Contact,
    JournalNote,
    Meeting,
    MeetingPerson,
    MeetingTerritory,
    Outcome,
    Profile,
    Territory,
    derived_id,
    new_id,
)
from tzcld_desktop.db.record_services import get_live
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.meeting_forms import (
    AgendaItemInput,
    MeetingLocked,
    MeetingPersonInput,
    OutcomeInput,
    check_status_change,
    position_between,
    validate_agenda_item,
    validate_outcome,
    validate_person,
    validate_reason,
    validate_template_name,
)
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.vocabulary import ItemStatus, MeetingStatus, NoteKind, OutcomeKind

log = logging.getLogger(__name__)

_CONTEXT = "MeetingWrites"


# -- helpers shared with Services.save_meeting ---------------------------------------------


def editable_meeting(session: Session, meeting_id: str | None) -> Meeting:
    """Return the live meeting, or raise ``RecordNotFound``, or ``MeetingLocked`` when its minutes are validated."""
    meeting = get_live(session, Meeting, meeting_id)
    if meeting.status == MeetingStatus.VALIDATED.value:
        raise MeetingLocked()
    return meeting


def change_status(session: Session, meeting: Meeting, target: MeetingStatus) -> None:
    """Move a meeting to ``target`` along its status flow; a validation is recorded on the meeting."""
    current = MeetingStatus.parse(meeting.status, MeetingStatus.PLANNED)
    check_status_change(current, target)
    if current is target:
        return
    meeting.status = target.value
    if target is MeetingStatus.VALIDATED:
        _record_history(session, meeting.id, NoteKind.MEETING,
                        translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "Compte rendu validé")))
    log.info("Meeting %s: status %s -> %s", meeting.id, current.value, target.value)


def _profile_name(session: Session) -> str:
    profile = session.get(Profile, 1)
    return profile.name if profile else ""


def _record_history(session: Session, meeting_id: str, kind: NoteKind, text: str) -> None:
    """Add a journal note of the meeting itself (no territory): validations and reopenings."""
    session.add(JournalNote(
        id=new_id(), territory_id=None, meeting_id=meeting_id, note_date=date.today(), kind=kind.value,
        author=_profile_name(session), text=text,
    ))


def _ordered_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id)
    ))


def _renumber(items: list[AgendaItem]) -> None:
    """Give the items positions 1, 2, 3… in their current order, when no value fits between two."""
    for index, item in enumerate(items, start=1):
        if item.position != float(index):
            item.position = float(index)


def _place(items: list[AgendaItem], moving: AgendaItem, previous: AgendaItem | None,
           following: AgendaItem | None) -> None:
    """Set ``moving``'s position between two neighbours of ``items`` (either may be None)."""
    position = position_between(previous.position if previous else None, following.position if following else None)
    if position is None:
        _renumber(items)
        position = position_between(previous.position if previous else None,
                                    following.position if following else None)
    if position is None:
        # The neighbours came from a display order that no longer matches the positions
        # (sections interleaved by concurrent moves): stay right after the previous one.
        position = previous.position + 0.5 if previous else following.position - 0.5
    moving.position = position


def _end_of_section(items: list[AgendaItem], section: str) -> tuple[AgendaItem | None, AgendaItem | None]:
    """Return the neighbours between which a new item goes to end its section (or the agenda)."""
    in_section = [index for index, item in enumerate(items) if item.section == section]
    if not in_section:
        return (items[-1] if items else None), None
    last = in_section[-1]
    return items[last], (items[last + 1] if last + 1 < len(items) else None)


def _outcome_note_text(kind: OutcomeKind, text: str, owner: str = "", due_date: date | None = None) -> str:
    line = translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "{kind} : {text}")).format(kind=kind.text(), text=text)
    details = [owner] if owner else []
    if due_date is not None:
        details.append(translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "échéance {date}")).format(
            date=due_date.strftime("%d/%m/%Y")))
    return line + (f" ({', '.join(details)})" if details else "")


def _file_in_journal(session: Session, source: str, source_id: str, meeting: Meeting,
                     territory_id: str | None, text: str | None) -> None:
    """Keep the journal note that files an outcome in its territory's journal in step with it.

    The note's id derives from the outcome's, so an edit of the outcome updates the same
    note on every copy. ``text`` None (or no territory) deletes the note.
    """
    note_id = derived_id("journal_note", source, source_id)
    note = session.get(JournalNote, note_id)
    if territory_id is None or text is None:
        if note is not None and not note.deleted:
            note.deleted = True
        return
    if note is None:
        note = JournalNote(id=note_id, author=_profile_name(session))
        session.add(note)
    note.deleted = False
    note.territory_id = territory_id
    note.meeting_id = meeting.id
    note.note_date = meeting.meeting_date
    note.kind = NoteKind.MEETING.value
    note.text = text
    note.refresh_derived()


class MeetingWrites:
    """Writes on the meeting record (a base of ``Services``)."""

    def _write(self, label: str = "") -> AbstractContextManager[Session]:  # pragma: no cover - in Services
        raise NotImplementedError

    # -- status ------------------------------------------------------------------------

    def set_meeting_status(self, meeting_id: str, status: MeetingStatus) -> None:
        """Plan a meeting, mark it held, or validate its minutes (see ``check_status_change``)."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Statut de la réunion")) as session:
            change_status(session, get_live(session, Meeting, meeting_id), status)

    def reopen_meeting(self, meeting_id: str, reason: str) -> None:
        """Reopen validated minutes for corrections; the reason is recorded on the meeting."""
        validate_reason(reason)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Réouverture du compte rendu")) as session:
            meeting = get_live(session, Meeting, meeting_id)
            if meeting.status != MeetingStatus.VALIDATED.value:
                raise UserError("Le compte rendu de cette réunion n'est pas validé : il est déjà modifiable.")
            meeting.status = MeetingStatus.HELD.value
            text = translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "Compte rendu rouvert : {reason}"))
            _record_history(session, meeting.id, NoteKind.OTHER, text.format(reason=reason.strip()))
        log.info("Minutes of meeting %s reopened", meeting_id)

    # -- agenda ------------------------------------------------------------------------

    def add_agenda_item(self, meeting_id: str, data: AgendaItemInput) -> str:
        """Add an item at the end of its section (a new section goes at the end of the agenda)."""
        validate_agenda_item(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Ajout d'un point à l'ordre du jour")) as session:
            editable_meeting(session, meeting_id)
            if data.territory_id:
                get_live(session, Territory, data.territory_id)
            items = _ordered_items(session, meeting_id)
            item = AgendaItem(id=new_id(), meeting_id=meeting_id)
            self._apply_item(item, data)
            _place(items, item, *_end_of_section(items, item.section))
            session.add(item)
        return item.id

    def update_agenda_item(self, item_id: str, data: AgendaItemInput) -> None:
        validate_agenda_item(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Modification d'un point de l'ordre du jour")) as session:
            item = get_live(session, AgendaItem, item_id)
            editable_meeting(session, item.meeting_id)
            if data.territory_id:
                get_live(session, Territory, data.territory_id)
            self._apply_item(item, data)

    def save_item_minutes(self, item_id: str, minutes: str, status: ItemStatus) -> None:
        """Save the minutes of an item and whether it was dealt with."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Compte rendu d'un point")) as session:
            item = get_live(session, AgendaItem, item_id)
            editable_meeting(session, item.meeting_id)
            data = AgendaItemInput(item.title, item.section, item.territory_id, item.presenter,
                                   item.duration_minutes, minutes, status)
            validate_agenda_item(data)
            item.minutes = minutes
            item.status = status.value

    def delete_agenda_item(self, item_id: str) -> None:
        """Delete an item with its decisions and informations; the actions decided on it stay."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression d'un point de l'ordre du jour")) as session:
            item = get_live(session, AgendaItem, item_id)
            meeting = editable_meeting(session, item.meeting_id)
            item.deleted = True
            for outcome in session.scalars(
                select(Outcome).where(Outcome.agenda_item_id == item_id, Outcome.deleted.is_(False))
            ):
                outcome.deleted = True
                _file_in_journal(session, "outcome", outcome.id, meeting, None, None)

    def move_agenda_item(self, item_id: str, previous_id: str | None, next_id: str | None,
                         section: str | None = None) -> None:
        """Place an item between two others (either may be None), in ``section`` when given.

        Only the moved item's position changes (to a value between its new neighbours),
        so moves of different items made on two copies both survive the exchange.
        """
        with self._write(QT_TRANSLATE_NOOP("Undo", "Déplacement d'un point")) as session:
            item = get_live(session, AgendaItem, item_id)
            editable_meeting(session, item.meeting_id)
            items = [other for other in _ordered_items(session, item.meeting_id) if other.id != item_id]
            by_id = {other.id: other for other in items}
            previous = by_id.get(previous_id) if previous_id else None
            following = by_id.get(next_id) if next_id else None
            if section is not None and section != item.section:
                neighbour = previous if previous is not None and previous.section == section else following
                item.section = section
                item.territory_id = neighbour.territory_id if neighbour is not None else None
            _place(items, item, previous, following)

    def shift_agenda_item(self, item_id: str, offset: int) -> bool:
        """Move an item one place up (``offset`` -1) or down (+1) within its section; return whether it moved."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Déplacement d'un point")) as session:
            item = get_live(session, AgendaItem, item_id)
            editable_meeting(session, item.meeting_id)
            items = _ordered_items(session, item.meeting_id)
            siblings = [other for other in items if other.section == item.section]
            index = siblings.index(item)
            target = index + offset
            if offset == 0 or not 0 <= target < len(siblings):
                return False
            others = [other for other in items if other.id != item.id]
            anchor = siblings[target]
            anchor_index = others.index(anchor)
            if offset < 0:
                previous = others[anchor_index - 1] if anchor_index > 0 else None
                _place(others, item, previous, anchor)
            else:
                following = others[anchor_index + 1] if anchor_index + 1 < len(others) else None
                _place(others, item, anchor, following)
        return True

    def shift_agenda_section(self, meeting_id: str, section: str, offset: int) -> bool:
        """Move a whole section before the previous one (``offset`` -1) or after the next (+1)."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Déplacement d'une section")) as session:
            editable_meeting(session, meeting_id)
            items = _ordered_items(session, meeting_id)
            names = list(dict.fromkeys(item.section for item in items))
            if section not in names:
                return False
            target = names.index(section) + offset
            if offset == 0 or not 0 <= target < len(names):
                return False
            moving = [item for item in items if item.section == section]
            others = [item for item in items if item.section != section]
            anchor_items = [item for item in others if item.section == names[target]]
            if offset < 0:
                following = anchor_items[0]
                index = others.index(following)
                previous = others[index - 1] if index > 0 else None
            else:
                previous = anchor_items[-1]
                index = others.index(previous)
                following = others[index + 1] if index + 1 < len(others) else None
            for item in moving:
                _place(others, item, previous, following)
                others.insert(others.index(previous) + 1 if previous else 0, item)
                previous = item
        return True

    @staticmethod
    def _apply_item(item: AgendaItem, data: AgendaItemInput) -> None:
        item.section = data.section.strip()
        item.territory_id = data.territory_id or None
        item.title = data.title.strip()
        item.presenter = data.presenter.strip()
        item.duration_minutes = data.duration_minutes
        item.minutes = data.minutes
        item.status = data.status.value

    # -- outcomes ----------------------------------------------------------------------

    def save_outcome(self, record_id: str | None, item_id: str, data: OutcomeInput) -> str:
        """Record a decision, an information or an action on an agenda item; return its id.

        An action is an ``Action`` row (it then appears in "Mes actions"); the others are
        ``Outcome`` rows. In a territory's section the outcome is also filed in that
        territory's journal. Changing an outcome between an action and another kind
        replaces the record, so the returned id is then a new one.
        """
        validate_outcome(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Décision ou action d'un point")) as session:
            item = get_live(session, AgendaItem, item_id)
            meeting = editable_meeting(session, item.meeting_id)
            if record_id is not None:
                record_id = self._drop_if_other_family(session, meeting, record_id, data.kind)
            if data.kind is OutcomeKind.ACTION:
                record_id = self._save_item_action(session, meeting, item, record_id, data)
            else:
                record_id = self._save_outcome_row(session, meeting, item, record_id, data)
        return record_id

    def delete_outcome(self, record_id: str) -> None:
        """Delete a decision, information or action recorded on an item, and its journal note."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression d'une décision ou d'une action")) as session:
            row = session.get(Outcome, record_id) or session.get(Action, record_id)
            if row is None or row.deleted:
                get_live(session, Outcome, record_id)
            meeting = editable_meeting(session, row.meeting_id)
            row.deleted = True
            _file_in_journal(session, "action" if isinstance(row, Action) else "outcome", row.id, meeting, None, None)

    def _drop_if_other_family(self, session: Session, meeting: Meeting, record_id: str, kind: OutcomeKind
                              ) -> str | None:
        """Delete the record when it belongs to the other family (action vs outcome); return the id to update."""
        is_action = kind is OutcomeKind.ACTION
        row = session.get(Outcome, record_id) if not is_action else session.get(Action, record_id)
        if row is not None:
            get_live(session, type(row), record_id)
            return record_id
        other = session.get(Action, record_id) if not is_action else session.get(Outcome, record_id)
        if other is None or other.deleted:
            get_live(session, Outcome, record_id)
        other.deleted = True
        _file_in_journal(session, "action" if isinstance(other, Action) else "outcome", other.id, meeting, None, None)
        return None

    @staticmethod
    def _save_outcome_row(session: Session, meeting: Meeting, item: AgendaItem, record_id: str | None,
                          data: OutcomeInput) -> str:
        if record_id is None:
            outcome = Outcome(id=new_id())
            session.add(outcome)
        else:
            outcome = get_live(session, Outcome, record_id)
        outcome.meeting_id = meeting.id
        outcome.agenda_item_id = item.id
        outcome.territory_id = item.territory_id
        outcome.kind = data.kind.value
        outcome.text = data.text.strip()
        _file_in_journal(session, "outcome", outcome.id, meeting, item.territory_id,
                         _outcome_note_text(data.kind, outcome.text))
        return outcome.id

    @staticmethod
    def _save_item_action(session: Session, meeting: Meeting, item: AgendaItem, record_id: str | None,
                          data: OutcomeInput) -> str:
        if record_id is None:
            action = Action(id=new_id())
            session.add(action)
        else:
            action = get_live(session, Action, record_id)
        action.meeting_id = meeting.id
        action.agenda_item_id = item.id
        action.territory_id = item.territory_id
        action.text = data.text.strip()
        action.owner = data.owner.strip()
        action.due_date = data.due_date
        if data.action_status is ActionStatus.DONE and action.status != ActionStatus.DONE.value:
            action.done_on = date.today()
        elif data.action_status is not ActionStatus.DONE:
            action.done_on = None
        action.status = data.action_status.value
        action.refresh_derived()
        _file_in_journal(session, "action", action.id, meeting, item.territory_id,
                         _outcome_note_text(OutcomeKind.ACTION, action.text, action.owner, action.due_date))
        return action.id

    # -- people ------------------------------------------------------------------------

    def save_meeting_person(self, person_id: str | None, meeting_id: str, data: MeetingPersonInput) -> str:
        """Invite a person to a meeting (``person_id`` None) or update their invitation and presence."""
        validate_person(data)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Personne invitée")) as session:
            editable_meeting(session, meeting_id)
            if data.territory_id:
                get_live(session, Territory, data.territory_id)
            if person_id is None:
                new_person_id = self._person_id(meeting_id, data.contact_id)
                person = session.get(MeetingPerson, new_person_id)
                if person is None:
                    person = MeetingPerson(id=new_person_id, meeting_id=meeting_id)
                    session.add(person)
            else:
                person = get_live(session, MeetingPerson, person_id)
            person.deleted = False
            person.contact_id = data.contact_id or None
            person.name = data.name.strip()
            person.organisation = data.organisation.strip()
            person.territory_id = data.territory_id or None
            person.invited = data.invited
            person.present = data.present
        return person.id

    def invite_contacts(self, meeting_id: str, contact_ids: Sequence[str]) -> int:
        """Invite contacts to a meeting, with their name, organisation and territory; return how many were added."""
        added = 0
        with self._write(QT_TRANSLATE_NOOP("Undo", "Personnes invitées")) as session:
            editable_meeting(session, meeting_id)
            for contact_id in contact_ids:
                contact = get_live(session, Contact, contact_id)
                person_id = self._person_id(meeting_id, contact_id)
                person = session.get(MeetingPerson, person_id)
                if person is not None and not person.deleted:
                    continue
                if person is None:
                    person = MeetingPerson(id=person_id, meeting_id=meeting_id)
                    session.add(person)
                person.deleted = False
                person.contact_id = contact.id
                person.name = contact.name
                person.organisation = contact.organisation
                person.territory_id = contact.territory_id
                person.invited = True
                person.present = None
                added += 1
        return added

    def delete_meeting_person(self, person_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Retrait d'une personne")) as session:
            person = get_live(session, MeetingPerson, person_id)
            editable_meeting(session, person.meeting_id)
            person.deleted = True

    @staticmethod
    def _person_id(meeting_id: str, contact_id: str | None) -> str:
        # A contact invited on two copies meets in one record; a typed-in name gets its own id.
        return derived_id("meeting_person", meeting_id, contact_id) if contact_id else new_id()

    # -- preparation -------------------------------------------------------------------

    def prefill_agenda(self, meeting_id: str, today: date | None = None) -> int:
        """Add a section for each attending territory that has none yet; return how many were added.

        Each section gets one "Point d'étape" item with empty minutes, so an item never
        discussed prints no minutes. The agenda tab shows the territory's preparation
        beside it (stage, changes since the previous meeting of the cluster, open
        actions), read from ``meeting_queries.build_territory_sections`` when shown.
        """
        with self._write(QT_TRANSLATE_NOOP("Undo", "Préparation depuis les territoires")) as session:
            editable_meeting(session, meeting_id)
            items = _ordered_items(session, meeting_id)
            covered = {item.territory_id for item in items if item.territory_id}
            title = translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "Point d'étape"))
            added = 0
            for section in meeting_queries.build_territory_sections(session, meeting_id, today):
                if section.territory_id in covered:
                    continue
                item = AgendaItem(id=new_id(), meeting_id=meeting_id, section=section.name,
                                  territory_id=section.territory_id, title=title, presenter="",
                                  duration_minutes=None, minutes="", status=ItemStatus.OPEN.value)
                _place(items, item, items[-1] if items else None, None)
                session.add(item)
                items.append(item)
                added += 1
        log.info("Agenda of meeting %s prepared with %d territory sections", meeting_id, added)
        return added

    def prepare_next_meeting(self, previous_id: str, meeting_date: date,
                             action_ids: Sequence[str] | None = None,
                             item_ids: Sequence[str] | None = None) -> str:
        """Create the next meeting of a series and return its id.

        It takes the cluster, type, title, place, video link, time, length and invited
        territories of ``previous_id``. Its agenda starts with an item "Suivi des
        actions" listing the open actions of the previous meeting, followed by a copy
        of each undecided item (open or postponed). ``action_ids`` and ``item_ids``
        narrow these to the ones the user kept; None keeps them all.
        """
        with self._write(QT_TRANSLATE_NOOP("Undo", "Préparation de la réunion suivante")) as session:
            previous = get_live(session, Meeting, previous_id)
            proposal = meeting_queries.carry_over(session, previous_id)
            meeting = Meeting(
                id=new_id(), cluster_id=previous.cluster_id, title=previous.title, meeting_date=meeting_date,
                place=previous.place, minutes="", decisions="", kind=previous.kind, start_time=previous.start_time,
                duration_minutes=previous.duration_minutes, video_link=previous.video_link,
                status=MeetingStatus.DRAFT.value, previous_meeting_id=previous.id,
            )
            session.add(meeting)
            for link in session.scalars(select(MeetingTerritory).where(
                MeetingTerritory.meeting_id == previous_id, MeetingTerritory.deleted.is_(False)
            )):
                session.add(MeetingTerritory(id=derived_id("meeting_territory", meeting.id, link.territory_id),
                                             meeting_id=meeting.id, territory_id=link.territory_id))
            self._carry_items(session, meeting.id, proposal, action_ids, item_ids)
        log.info("Meeting %s prepared after %s", meeting.id, previous_id)
        return meeting.id

    @staticmethod
    def _carry_items(session: Session, meeting_id: str, proposal: meeting_queries.CarryOver,
                     action_ids: Sequence[str] | None, item_ids: Sequence[str] | None) -> None:
        actions = [action for action in proposal.open_actions if action_ids is None or action.id in action_ids]
        items = [item for item in proposal.undecided_items if item_ids is None or item.id in item_ids]
        position = 1.0
        if actions:
            section = translate(_CONTEXT, QT_TRANSLATE_NOOP(_CONTEXT, "Suivi"))
            # NOTE: the carried actions are stored as this item's minutes, so the minutes PDF
            # prints them until the note-taker rewrites them. Keeping them apart needs a
            # preparation column on agenda_item, which the schema does not have.
            session.add(AgendaItem(
                id=new_id(), meeting_id=meeting_id, section=section, territory_id=None, position=position,
                title=meeting_queries.follow_up_title(), presenter="", duration_minutes=None,
                minutes="\n".join(meeting_queries.carried_action_line(action) for action in actions),
                status=ItemStatus.OPEN.value,
            ))
        for item in items:
            position += 1.0
            session.add(AgendaItem(
                id=new_id(), meeting_id=meeting_id, section=item.section, territory_id=item.territory_id,
                position=position, title=item.title, presenter=item.presenter,
                duration_minutes=item.duration_minutes, minutes="", status=ItemStatus.OPEN.value,
            ))

    # -- templates ---------------------------------------------------------------------

    def save_agenda_template(self, meeting_id: str, name: str) -> str:
        """Save a meeting's agenda as a template for its type; return the template's id.

        Territory sections are left out: they belong to the territories of that meeting.
        A template of the same type and name is replaced.
        """
        validate_template_name(name)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Modèle d'ordre du jour")) as session:
            meeting = get_live(session, Meeting, meeting_id)
            entries = [
                {"section": item.section, "title": item.title, "presenter": item.presenter,
                 "duration_minutes": item.duration_minutes}
                for item in _ordered_items(session, meeting_id) if not item.territory_id
            ]
            if not entries:
                raise UserError("Cet ordre du jour n'a aucun point hors des sections de territoires : "
                                "il n'y a rien à enregistrer comme modèle.")
            existing = session.scalars(select(AgendaTemplate).where(
                AgendaTemplate.kind == meeting.kind, AgendaTemplate.name == name.strip(),
                AgendaTemplate.deleted.is_(False),
            )).first()
            template = existing or AgendaTemplate(id=new_id())
            session.add(template)
            template.name = name.strip()
            template.kind = meeting.kind
            template.items = json.dumps(entries, ensure_ascii=False)
        return template.id

    def apply_agenda_template(self, meeting_id: str, template_id: str) -> int:
        """Add a template's items at the end of a meeting's agenda; return how many were added."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Application d'un modèle")) as session:
            editable_meeting(session, meeting_id)
            template = get_live(session, AgendaTemplate, template_id)
            items = _ordered_items(session, meeting_id)
            entries = meeting_queries.template_items(template.items)
            for entry in entries:
                data = AgendaItemInput(entry["title"], entry["section"], None, entry["presenter"],
                                       entry["duration_minutes"])
                validate_agenda_item(data)
                item = AgendaItem(id=new_id(), meeting_id=meeting_id)
                self._apply_item(item, data)
                _place(items, item, items[-1] if items else None, None)
                session.add(item)
                items.append(item)
        return len(entries)

    def delete_agenda_template(self, template_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression d'un modèle")) as session:
            get_live(session, AgendaTemplate, template_id).deleted = True
