"""Export meetings to an iCalendar (.ics) file: ask where, write it, tell the user."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.reports import ics
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

_CONTEXT = "IcsExport"


def meeting_file_name(title: str, meeting_date: date | None) -> str:
    """Return a plain ASCII file name such as ``reunion-grappe-isere-2026-03-10.ics``."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(title)).strip("-") or "reunion"
    suffix = f"-{meeting_date.isoformat()}" if meeting_date else ""
    return f"{slug}{suffix}{ics.ICS_SUFFIX}"


def export_meeting_ics(parent: QWidget | None, context: AppContext, meeting_id: str) -> Path | None:
    """Ask for a file and write one meeting there as an .ics event; return the path or None.

    None means the user cancelled, or a message explained why nothing was written (no date, disk error).
    """
    with context.store.session() as session:
        meetings, agendas = ics.read_meetings(session, meeting_ids=[meeting_id])
    if not meetings:
        messages.warning(
            parent,
            QCoreApplication.translate(_CONTEXT, "Export vers l'agenda impossible"),
            QCoreApplication.translate(
                _CONTEXT, "Cette réunion n'a pas de date : indiquez sa date, puis exportez-la de nouveau."
            ),
        )
        return None
    meeting = meetings[0]
    name = meeting_file_name(ics.event_summary(meeting), meeting.meeting_date)
    return _ask_and_write(parent, name, ics.build_calendar(meetings, agendas), 1)


def export_upcoming_ics(parent: QWidget | None, context: AppContext, today: date | None = None) -> Path | None:
    """Ask for a file and write every meeting from ``today`` on there; return the path or None."""
    today = today or date.today()
    with context.store.session() as session:
        meetings, agendas = ics.read_meetings(session, upcoming_from=today)
    if not meetings:
        messages.information(
            parent,
            QCoreApplication.translate(_CONTEXT, "Export vers l'agenda"),
            QCoreApplication.translate(_CONTEXT, "Aucune réunion à venir n'est enregistrée : il n'y a rien à exporter."),
        )
        return None
    content = ics.build_calendar(meetings, agendas)
    return _ask_and_write(parent, "reunions-a-venir" + ics.ICS_SUFFIX, content, len(meetings))


def _ask_and_write(parent: QWidget | None, suggested_name: str, content: bytes, count: int) -> Path | None:
    path = messages.save_file(
        parent,
        QCoreApplication.translate(_CONTEXT, "Exporter vers l'agenda"),
        suggested_name,
        QCoreApplication.translate(_CONTEXT, "Fichiers d'agenda iCalendar (*.ics)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ics.ICS_SUFFIX:
        path = path.with_name(path.name + ics.ICS_SUFFIX)
    try:
        ics.write_ics(path, content)
    except UserError as error:
        log.warning("Calendar file not written to %s: %s", path, error)
        messages.show_user_error(parent, QCoreApplication.translate(_CONTEXT, "Agenda non exporté"), error)
        return None
    if count == 1:
        text = QCoreApplication.translate(
            _CONTEXT, "La réunion a été enregistrée dans le fichier :\n{path}\n\n"
            "Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone)."
        )
    else:
        text = QCoreApplication.translate(
            _CONTEXT, "Les {count} réunions ont été enregistrées dans le fichier :\n{path}\n\n"
            "Ouvrez-le ou importez-le dans votre agenda (Thunderbird, Outlook, téléphone)."
        )
    messages.information(parent, QCoreApplication.translate(_CONTEXT, "Agenda exporté"),
                         text.format(path=path, count=count))
    return path
