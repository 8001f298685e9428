"""Write a list (headers and rows) to an ``.xlsx`` workbook or a ``.csv`` file for French Excel.

Cells are ``str``, ``int``, ``float``, ``date``, ``datetime`` or ``None``. In a workbook,
dates stay real Excel dates shown as dd/mm/yyyy, so a referent can sort and filter them. The
CSV flavour is the one French Excel opens with a double click: UTF-8 with a byte order mark,
``;`` between fields, ``\\r\\n`` between records, and fields quoted only when needed.

Both writers write a temporary file beside the target and rename it, so a failed export
never leaves a half-written file under the chosen name. Disk problems become a French
``SpreadsheetWriteError``.
"""

from __future__ import annotations

import csv
import errno
import logging
import os
import secrets
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Union

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

Cell = Union[str, int, float, date, datetime, None]

CONTEXT = "Spreadsheets"
CSV_DELIMITER = ";"
XLSX_SUFFIX = ".xlsx"
CSV_SUFFIX = ".csv"
DATE_NUMBER_FORMAT = "dd/mm/yyyy"
DATETIME_NUMBER_FORMAT = "dd/mm/yyyy hh:mm"
# Column widths in Excel character units: wide enough for a date, never wider than a screen.
MIN_COLUMN_WIDTH = 10
MAX_COLUMN_WIDTH = 60
# Excel's own limit on the text of one cell.
MAX_CELL_TEXT = 32_767

_DISK_FULL = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Le disque est plein : le fichier {path} n'a pas été enregistré. "
    "Libérez de la place sur le disque, puis recommencez.",
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Le dossier de {path} est en lecture seule ou vous n'avez pas le droit d'y écrire "
    "(clé USB verrouillée, dossier protégé ?). Choisissez un autre dossier, puis recommencez.",
)
_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Le dossier de {path} n'existe pas ou n'est plus accessible. Choisissez un autre dossier.",
)
_FILE_LOCKED = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Le fichier {path} n'a pas pu être remplacé ({reason}). S'il est ouvert dans Excel ou "
    "LibreOffice, fermez-le, puis recommencez.",
)
_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Le fichier {path} n'a pas pu être enregistré ({reason}). Vérifiez le dossier choisi, "
    "puis recommencez.",
)
_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "Format de fichier non pris en charge : {path}. Choisissez un nom se terminant par "
    ".xlsx ou .csv.",
)
_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Spreadsheets",
    "La ligne {row}, colonne « {column} », contient {length} caractères, plus que les "
    "32 767 qu'accepte une cellule Excel. Exportez plutôt au format CSV.",
)


class SpreadsheetWriteError(UserError):
    """A list that could not be written: full disk, read-only folder, locked file."""

    context = CONTEXT


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Write the list to ``path``, as a workbook or CSV file according to its suffix."""
    suffix = path.suffix.lower()
    if suffix == XLSX_SUFFIX:
        write_xlsx(path, headers, rows)
    elif suffix == CSV_SUFFIX:
        write_csv(path, headers, rows)
    else:
        raise SpreadsheetWriteError(_UNKNOWN_FORMAT, path=str(path))


# --- CSV --------------------------------------------------------------------------------


def csv_text(value: Cell) -> str:
    """Return a cell as French Excel reads it back: dates as dd/mm/yyyy, decimal commas."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return repr(value).replace(".", ",") if not value.is_integer() else str(int(value))
    return str(value)


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Write UTF-8 with BOM, ``;``-separated CSV; quotes inside a field are doubled."""

    def write_content(file: BinaryIO) -> None:
        # newline="" leaves the csv module's "\r\n" untouched, also inside quoted fields.
        with open(file.fileno(), "w", encoding="utf-8-sig", newline="", closefd=False) as text:
            writer = csv.writer(text, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow(headers)
            for row in rows:
                writer.writerow([csv_text(value) for value in row])

    _write_atomically(path, write_content)
    log.info("List written to %s (%d rows, CSV)", path, len(rows))


# --- XLSX -------------------------------------------------------------------------------


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Write a workbook with a bold frozen header, an autofilter, fitted widths and real dates."""
    workbook = _build_workbook(headers, rows)
    _write_atomically(path, workbook.save)
    log.info("List written to %s (%d rows, XLSX)", path, len(rows))


def _build_workbook(headers: Sequence[str], rows: Sequence[Sequence[Cell]]):
    # Imported here: openpyxl takes about a tenth of a second to load, and most
    # sessions of the application export nothing.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Liste"
    sheet.append(list(headers))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold

    widths = [len(str(header)) for header in headers]
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            _check_length(value, row_number, headers, column)
            if column >= len(widths):
                widths.append(0)
            widths[column] = max(widths[column], _display_width(value))
        sheet.append(list(row))
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, datetime):
                cell.number_format = DATETIME_NUMBER_FORMAT
            elif isinstance(value, date):
                cell.number_format = DATE_NUMBER_FORMAT
            elif isinstance(value, str) and value.startswith("="):
                # openpyxl stores such a text as a formula unless the cell is typed as text.
                cell.data_type = "s"

    for column, width in enumerate(widths, start=1):
        fitted = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, width + 2))
        sheet.column_dimensions[get_column_letter(column)].width = fitted
    sheet.freeze_panes = "A2"
    if headers:
        last_column = get_column_letter(max(len(headers), len(widths)))
        sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    return workbook


def _check_length(value: Cell, row_number: int, headers: Sequence[str], column: int) -> None:
    if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
        name = headers[column] if column < len(headers) else str(column + 1)
        raise SpreadsheetWriteError(_CELL_TOO_LONG, row=row_number, column=name, length=len(value))


def _display_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, (date, datetime)):
        return 16 if isinstance(value, datetime) else 10
    # The longest line counts, since a cell with line breaks shows them on several lines.
    return max((len(line) for line in str(value).splitlines()), default=0)


# --- Writing safely ---------------------------------------------------------------------


def _write_atomically(path: Path, write_content: Callable[[BinaryIO], None]) -> None:
    """Call ``write_content`` on a new file beside ``path``, fsync it, then rename it over ``path``."""
    # The temporary file is opened with mode "xb" rather than made by mkstemp, so it gets
    # the usual permissions (umask) of a document instead of 0o600.
    temp_path = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp_path, "xb") as file:
            write_content(file)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        _remove_quietly(temp_path)
        raise _folder_error(path, error) from error
    except BaseException:
        _remove_quietly(temp_path)
        raise
    try:
        os.replace(temp_path, path)
    except OSError as error:
        # Windows rejects replacing a file that Excel has open.
        _remove_quietly(temp_path)
        reason = error.strerror or str(error)
        raise SpreadsheetWriteError(_FILE_LOCKED, path=str(path), reason=reason) from error


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # The original error matters more than a leftover temporary file.


def _folder_error(path: Path, error: OSError) -> SpreadsheetWriteError:
    """Return the French message for a disk error while writing the temporary file."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return SpreadsheetWriteError(_DISK_FULL, path=str(path))
    if code in (errno.ENOENT, errno.ENOTDIR):
        return SpreadsheetWriteError(_FOLDER_MISSING, path=str(path))
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return SpreadsheetWriteError(_READ_ONLY, path=str(path))
    reason = error.strerror or str(error)
    return SpreadsheetWriteError(_WRITE_FAILED, path=str(path), reason=reason)
