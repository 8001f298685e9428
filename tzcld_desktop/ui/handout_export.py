"""Export the handout PDF of a cluster meeting: ask where, build it off the GUI thread, report."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tzcld_desktop.db.queries import MeetingView
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

_CONTEXT = "HandoutExport"


def handout_file_name(cluster_name: str, meeting_date: date | None) -> str:
    """Build the suggested file name, such as ``reunion-grappe-isere-2026-12-04.pdf``, in plain ASCII."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(cluster_name)).strip("-") or "grappe"
    if meeting_date is None:
        return f"reunion-{slug}.pdf"
    return f"reunion-{slug}-{meeting_date.isoformat()}.pdf"


def write_meeting_handout(context: AppContext, meeting_id: str, path: Path) -> int:
    """Write the handout of a meeting at ``path`` and return its page count.

    Runs on a worker thread, so it opens its own session and touches no widget.
    """
    # Imported on first use: reportlab and the report modules add about 0.2 s to
    # start-up (measured on the development machine), and many sessions never print.
    from tzcld_desktop.reports.collect import meeting_handout_data
    from tzcld_desktop.reports.handout import build_meeting_handout

    with context.store.session() as session:
        data = meeting_handout_data(session, meeting_id)
    return build_meeting_handout(data, path)


def export_meeting_handout(parent: QWidget, context: AppContext, meeting: MeetingView) -> Path | None:
    """Ask for a file, write the meeting's handout there and tell the user where it is.

    Returns the written path, or None when the user cancels or the document could not be
    written, in which case the user has been told why.
    """
    path = messages.save_file(
        parent,
        QCoreApplication.translate(_CONTEXT, "Enregistrer le document de réunion"),
        handout_file_name(meeting.cluster_name, meeting.meeting_date),
        QCoreApplication.translate(_CONTEXT, "Documents PDF (*.pdf)"),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    try:
        pages = run_task(
            parent,
            QCoreApplication.translate(_CONTEXT, "Préparation du document de réunion…"),
            lambda: write_meeting_handout(context, meeting.id, path),
        )
    except UserError as error:
        log.warning("Meeting handout %s not written to %s: %s", meeting.id, path, error)
        messages.show_user_error(parent, QCoreApplication.translate(_CONTEXT, "Document non créé"), error)
        return None

    log.info("Meeting handout written: %s (%d pages)", path, pages)
    messages.information(
        parent,
        QCoreApplication.translate(_CONTEXT, "Document de réunion"),
        QCoreApplication.translate(_CONTEXT, "Le document de réunion ({pages} p.) a été enregistré :\n{path}").format(
            pages=pages, path=path
        ),
    )
    return path
