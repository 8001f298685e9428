"""The data this copy contains about one person, to hand it over or erase it (GDPR articles 15 and 17).

A person appears as a contact (of a territory or a cluster) and as a participant of
meetings, linked to the contact or typed in with the same name. The export gathers
those records; the erasure blanks their personal fields through the services, so the
erasure travels to the other copies like any edit.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Cluster, Contact, Meeting, MeetingPerson, Territory
from tzcld_desktop.db.record_services import get_live
from tzcld_desktop.domain.errors import StorageError
from tzcld_desktop.domain.text import normalize

ERASED_NAME = "Personne effacée"


@dataclass(frozen=True)
class PersonRecords:
    """The records of one person: the contact and the meeting participations."""

    contact: Contact
    participations: list[tuple[MeetingPerson, Meeting | None]]


def person_records(session: Session, contact_id: str, include_deleted: bool = False) -> PersonRecords:
    """Return the contact and every meeting participation linked to it or bearing its name.

    With ``include_deleted``, participations removed from their meeting are included:
    they are only hidden, so they still contain the name.
    """
    contact = get_live(session, Contact, contact_id)
    statement = (
        select(MeetingPerson, Meeting)
        .outerjoin(Meeting, Meeting.id == MeetingPerson.meeting_id)
        .where(or_(MeetingPerson.contact_id == contact_id, MeetingPerson.name == contact.name))
    )
    if not include_deleted:
        statement = statement.where(MeetingPerson.deleted.is_(False))
    rows = session.execute(statement).all()
    participations = [
        (person, meeting) for person, meeting in rows
        if person.contact_id == contact_id or normalize(person.name) == contact.name_key
    ]
    return PersonRecords(contact, participations)


def personal_data_document(session: Session, contact_id: str) -> dict:
    """Return, as JSON-ready data, everything this copy contains about the contact's person."""
    records = person_records(session, contact_id)
    contact = records.contact
    territory = session.get(Territory, contact.territory_id) if contact.territory_id else None
    cluster = session.get(Cluster, contact.cluster_id) if contact.cluster_id else None
    return {
        "exporte_le": datetime.now(UTC).isoformat(timespec="seconds"),
        "contact": {
            "nom": contact.name,
            "role": contact.role,
            "organisation": contact.organisation,
            "telephone": contact.phone,
            "courriel": contact.email,
            "notes": contact.notes,
            "territoire": territory.name if territory else None,
            "grappe": cluster.name if cluster else None,
            "modifie_le": contact.updated_at.isoformat() if contact.updated_at else None,
            "modifie_par": contact.updated_by,
        },
        "participations_aux_reunions": [
            {
                "reunion": meeting.title if meeting else None,
                "date": meeting.meeting_date.isoformat() if meeting and meeting.meeting_date else None,
                "nom_saisi": person.name,
                "organisation": person.organisation,
                "invite": person.invited,
                "present": person.present,
            }
            for person, meeting in records.participations
        ],
    }


def write_personal_data(session: Session, contact_id: str, path: Path) -> None:
    """Write the person's data as an indented UTF-8 JSON file, atomically."""
    text = json.dumps(personal_data_document(session, contact_id), ensure_ascii=False, indent=2)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".export-", dir=path.parent)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text + "\n")
        os.replace(temporary, path)
    except OSError as error:
        raise StorageError(
            "Le fichier {path} n'a pas pu être écrit ({error}). Choisissez un autre dossier ou libérez de la place.",
            path=str(path),
            error=error.strerror or str(error),
        ) from error


def erase_person(session: Session, contact_id: str) -> int:
    """Blank the personal fields of the contact and of its meeting participations; return the count.

    The records stay, so a meeting keeps its number of participants, but they no
    longer identify the person. Participations removed from their meeting are blanked
    too. Runs inside the caller's transaction.
    """
    records = person_records(session, contact_id, include_deleted=True)
    contact = records.contact
    contact.name = ERASED_NAME
    contact.phone = ""
    contact.email = ""
    contact.notes = ""
    contact.organisation = ""
    for person, _meeting in records.participations:
        person.name = ERASED_NAME
        person.organisation = ""
    return 1 + len(records.participations)
