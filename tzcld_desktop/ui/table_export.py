"""Export a list shown on screen to a spreadsheet: ask where, write it, tell the user.

Any screen exports its list with one call::

    export_rows(self, self.tr("Réunions"), headers, rows, "reunions")
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.reports.spreadsheets import CSV_SUFFIX, XLSX_SUFFIX, Cell, write_table
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

_CONTEXT = "TableExport"
# Lists longer than this are written on a worker thread behind a busy dialog.
BACKGROUND_ROWS = 2_000


def export_file_name(name: str) -> str:
    """Return a plain ASCII file name for ``name``, such as ``reunions-grappe-isere.xlsx``."""
    stem = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-") or "liste"
    return stem + XLSX_SUFFIX


def export_rows(
    parent: QWidget | None,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    suggested_name: str,
) -> Path | None:
    """Ask for a .xlsx or .csv file name, write the list there and say where it is.

    ``title`` names the list in the dialogs ("Réunions de la grappe"). Returns the
    written path, or None when the user cancels or the file could not be written, in
    which case the user has been told why.
    """
    filters = ";;".join(
        (
            QCoreApplication.translate(_CONTEXT, "Classeur Excel (*.xlsx)"),
            QCoreApplication.translate(_CONTEXT, "CSV pour Excel, séparateur point-virgule (*.csv)"),
        )
    )
    path = messages.save_file(
        parent,
        QCoreApplication.translate(_CONTEXT, "Exporter la liste « {title} »").format(title=title),
        export_file_name(suggested_name),
        filters,
    )
    if path is None:
        return None
    # NOTE: messages.save_file returns no chosen filter, so the format follows the
    # suffix of the name; Qt's and Windows' dialogs put the filter's suffix there.
    if path.suffix.lower() not in (XLSX_SUFFIX, CSV_SUFFIX):
        path = path.with_name(path.name + XLSX_SUFFIX)

    try:
        if len(rows) > BACKGROUND_ROWS:
            run_task(
                parent,
                QCoreApplication.translate(_CONTEXT, "Export de la liste en cours…"),
                lambda: write_table(path, headers, rows),
            )
        else:
            write_table(path, headers, rows)
    except UserError as error:
        log.warning("List %r not exported to %s: %s", title, path, error)
        messages.show_user_error(parent, QCoreApplication.translate(_CONTEXT, "Liste non exportée"), error)
        return None

    messages.information(
        parent,
        QCoreApplication.translate(_CONTEXT, "Liste exportée"),
        QCoreApplication.translate(_CONTEXT, "La liste « {title} » ({rows}) a été enregistrée :\n{path}").format(
            title=title, rows=_rows_phrase(len(rows)), path=path
        ),
    )
    return path


def _rows_phrase(count: int) -> str:
    if count <= 1:
        return QCoreApplication.translate(_CONTEXT, "{count} ligne").format(count=count)
    return QCoreApplication.translate(_CONTEXT, "{count} lignes").format(count=count)
