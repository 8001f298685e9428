"""Read a spreadsheet (.csv or .xlsx) into records of cell values, and read dates and numbers in them.

A referent's file comes from French Excel, LibreOffice or a colleague's export. So the
reader guesses what a person would: the encoding (UTF-8 with or without byte order mark,
UTF-16 with one, else Windows-1252), the separator of a CSV file (``;``, ``,`` or tab,
whichever splits the lines into the most consistent number of fields), and the header row,
which may sit below a title. Each guess is returned, so the import assistant can show it.

The value readers never replace what they cannot read by a default: they return ``None``
and the caller reports the row.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Union

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.text import normalize

CONTEXT = "Tabular"

Cell = Union[str, int, float, date, datetime, None]

FILE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Tabular", "Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier."
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Tabular", "Impossible de lire le fichier {path} : {reason}")
FILE_ENCODING_UNKNOWN = QT_TRANSLATE_NOOP(
    "Tabular",
    "Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. "
    "Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.",
)
FILE_NOT_CSV = QT_TRANSLATE_NOOP(
    "Tabular", "Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason})."
)
FILE_EMPTY = QT_TRANSLATE_NOOP("Tabular", "Le fichier {path} ne contient aucune ligne remplie.")
WORKBOOK_UNREADABLE = QT_TRANSLATE_NOOP(
    "Tabular",
    "Le classeur {path} n'a pas pu être lu ({reason}). Ouvrez-le dans Excel ou LibreOffice, "
    "enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.",
)
OLD_WORKBOOK = QT_TRANSLATE_NOOP(
    "Tabular",
    "Le fichier {path} est un classeur Excel ancien (.xls) ou un autre format que .xlsx. "
    "Enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV, puis importez-le de nouveau.",
)


class TabularError(UserError):
    """A spreadsheet that cannot be read at all."""

    context = CONTEXT


# --- Decoding and separators ------------------------------------------------------------

DELIMITERS = (",", ";", "\t")
# Records compared when choosing the separator.
DELIMITER_SAMPLE_RECORDS = 30


@dataclass(frozen=True)
class DecodedText:
    """The text of a CSV file and how it was decoded."""

    text: str
    # Python codec: "utf-8", "utf-16" or "cp1252".
    encoding: str
    has_bom: bool


def decode_text(data: bytes) -> DecodedText | None:
    """Decode CSV bytes as UTF-16 (with BOM), UTF-8 (with or without BOM) or Windows-1252.

    Returns ``None`` when no encoding fits. Windows-1252 is tried last because almost any
    byte string decodes with it, while text that is not UTF-8 rarely decodes as UTF-8.
    """
    # Excel's "Texte Unicode (*.txt)" export is tab-separated UTF-16LE with a byte order mark.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return DecodedText(data.decode("utf-16"), "utf-16", True)
        except UnicodeDecodeError:
            return None
    has_bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return DecodedText(data.decode("utf-8-sig"), "utf-8", has_bom)
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(data.decode("cp1252"), "cp1252", False)
    except UnicodeDecodeError:
        return None


def _field_counts(text: str, delimiter: str) -> list[int]:
    """Return the field count of the first non-blank records, or [] if the text is not CSV."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                counts.append(len(row))
                if len(counts) >= DELIMITER_SAMPLE_RECORDS:
                    break
    except csv.Error:
        return []
    return counts


def detect_delimiter(text: str) -> str:
    """Return the separator that splits the first records into the most consistent field count.

    For each candidate the most common field count among the sampled records is found
    (the larger one on a tie), and it must be at least two. The candidate whose most
    common count covers the largest share of records wins, then the one with more fields,
    then the first of comma, semicolon and tab. So a title such as "Territoires, mars
    2026" above a semicolon list, or commas inside cells, do not decide alone, as they
    would if the first separator seen were taken.
    """
    best_delimiter = DELIMITERS[0]
    best_score = (-1.0, 0)
    for delimiter in DELIMITERS:
        counts = _field_counts(text, delimiter)
        if not counts:
            continue
        frequency = Counter(counts)
        width = max(frequency, key=lambda count: (frequency[count], count))
        if width < 2:
            continue
        score = (frequency[width] / len(counts), width)
        if score > best_score:
            best_delimiter, best_score = delimiter, score
    return best_delimiter


# --- Tables -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One non-blank row: its line in the file (CSV) or row in the sheet (XLSX), from 1."""

    line_number: int
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        """Return the cell at ``index``, or ``None`` past the end of a short row."""
        return self.cells[index] if 0 <= index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    """Every non-blank row of a spreadsheet, with what was guessed to read it."""

    path: Path
    records: tuple[Record, ...]
    # Position in ``records`` of the row that names the columns.
    header_index: int
    # "csv" or "xlsx"; for a CSV file, its encoding, byte order mark and separator.
    file_type: str
    encoding: str = ""
    has_bom: bool = False
    delimiter: str = ""
    sheet_name: str = ""

    @property
    def header(self) -> list[str]:
        """Return the column titles, "" for an untitled column."""
        return [cell_text(value) for value in self.records[self.header_index].cells]

    @property
    def header_line(self) -> int:
        return self.records[self.header_index].line_number

    @property
    def data(self) -> tuple[Record, ...]:
        """Return the rows below the header."""
        return self.records[self.header_index + 1 :]

    @property
    def width(self) -> int:
        return max((len(record.cells) for record in self.records), default=0)

    def with_header_at(self, index: int) -> Table:
        """Return the same table read with the header at position ``index`` of ``records``."""
        if not 0 <= index < len(self.records):
            raise IndexError(index)
        return replace(self, header_index=index)

    def column_values(self, column: int) -> list[Cell]:
        """Return the cells of one column below the header."""
        return [record.cell(column) for record in self.data]


def read_table(path: Path) -> Table:
    """Read a .csv or .xlsx file; raise ``TabularError`` when it cannot be read or has no data."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TabularError(FILE_NOT_FOUND, path=str(path)) from None
    except OSError as error:
        raise TabularError(FILE_UNREADABLE, path=str(path), reason=error.strerror or str(error)) from error

    # .xlsx files are ZIP archives; .xls files are OLE2 compound documents.
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TabularError(OLD_WORKBOOK, path=str(path))
    if data.startswith(b"PK\x03\x04"):
        records, sheet_name = _read_xlsx(path, data)
        table = Table(path, tuple(records), 0, "xlsx", sheet_name=sheet_name)
    else:
        decoded = decode_text(data)
        if decoded is None:
            raise TabularError(FILE_ENCODING_UNKNOWN, path=str(path))
        # A sheet saved with no data can still contain separators and line breaks.
        if not decoded.text.strip("".join(DELIMITERS) + " \r\n"):
            raise TabularError(FILE_EMPTY, path=str(path))
        delimiter = detect_delimiter(decoded.text)
        records = list(_csv_records(decoded.text, delimiter, path))
        table = Table(path, tuple(records), 0, "csv", decoded.encoding, decoded.has_bom, delimiter)
    if not table.records:
        raise TabularError(FILE_EMPTY, path=str(path))
    return table.with_header_at(detect_header_index(table.records))


def _csv_records(text: str, delimiter: str, path: Path) -> Iterator[Record]:
    """Yield each non-blank record with the line it starts on and its cells, outer spaces removed."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last_line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # In practice an unclosed quote that merged the rest of the file into one
            # cell longer than csv.field_size_limit().
            raise TabularError(FILE_NOT_CSV, path=str(path), line=reader.line_num, reason=str(error)) from error
        first_line = last_line + 1
        last_line = reader.line_num
        cells = tuple(cell.strip() for cell in row)
        if any(cells):
            yield Record(first_line, cells)


def _read_xlsx(path: Path, data: bytes) -> tuple[list[Record], str]:
    """Return the non-blank rows of the workbook's active sheet and the sheet's name."""
    # Imported here: openpyxl takes about a tenth of a second to load.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises zipfile, XML and key errors alike
        raise TabularError(WORKBOOK_UNREADABLE, path=str(path), reason=str(error) or type(error).__name__) from error
    try:
        sheet = workbook.active
        records = []
        for row_number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_xlsx_cell(value) for value in row)
            if any(value not in (None, "") for value in cells):
                records.append(Record(row_number, _trim_trailing_empty(cells)))
        return records, sheet.title
    except Exception as error:  # noqa: BLE001 - a damaged sheet fails while it is read
        raise TabularError(WORKBOOK_UNREADABLE, path=str(path), reason=str(error) or type(error).__name__) from error
    finally:
        workbook.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, (int, float, date)):
        return value
    if isinstance(value, bool):
        return int(value)
    return str(value).strip()


def _trim_trailing_empty(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    end = len(cells)
    while end and cells[end - 1] in (None, ""):
        end -= 1
    return cells[:end]


# Rows looked at when searching for the header.
HEADER_SEARCH_ROWS = 20


def detect_header_index(records: tuple[Record, ...] | list[Record]) -> int:
    """Return the position of the header: the first row about as filled as the fullest row, in words.

    A title row above the list ("Territoires suivis au 3 mars 2026") fills one cell, and
    the header fills most of them with words, not numbers or dates. A single-column file
    has its header on the first row.
    """
    sample = list(records[:HEADER_SEARCH_ROWS])
    filled = [sum(1 for value in record.cells if value not in (None, "")) for record in sample]
    fullest = max(filled, default=0)
    needed = max(2, math.ceil(fullest / 2))
    for index, record in enumerate(sample):
        if filled[index] < needed:
            continue
        words = sum(1 for value in record.cells if isinstance(value, str) and value and _is_word(value))
        if words * 2 > filled[index]:
            return index
    return 0


def _is_word(text: str) -> bool:
    return parse_decimal(text) is None and parse_date(text) is None


# --- Cell values ------------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """Return a cell as text: dates as dd/mm/yyyy, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def header_key(header_cell: str) -> str:
    """Return a column title as compared with known names: "Date d'habilitation" gives "date_d'habilitation"."""
    return re.sub(r"[\s_.\-]+", "_", normalize(header_cell)).strip("_")


def is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class DateFormat(str, Enum):
    """Format of a date cell, as the assistant shows it."""

    DAY_MONTH_YEAR = "jj/mm/aaaa"
    DAY_MONTH_SHORT_YEAR = "jj/mm/aa"
    ISO = "aaaa-mm-jj"
    FRENCH_WORDS = "3 mars 2026"
    EXCEL_SERIAL = "numéro de série Excel"
    WORKBOOK_DATE = "date du classeur"


_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# A date and time cell exported as text ends with a midnight time.
_MIDNIGHT = r"(?:[ T]00:00(?::00)?)?"
_NUMERIC_DATE = re.compile(rf"(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_MIDNIGHT}")
_ISO_DATE = re.compile(rf"(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_MIDNIGHT}")
# Matched against the normalised text: no accents, lower case, single spaces.
_WORDS_DATE = re.compile(rf"(?:{_WEEKDAYS} )?(\d{{1,2}})(?:er)? ([a-z]+)\.? (\d{{4}})")
# Excel counts days from 1899-12-30 (for every date after February 1900). Serial numbers
# are accepted for the years 2000 to 2099 only, so a year or a count is never taken for a date.
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_SERIAL = (date(2000, 1, 1) - _EXCEL_EPOCH).days
_LAST_SERIAL = (date(2099, 12, 31) - _EXCEL_EPOCH).days


def parse_date(value: Cell) -> tuple[date, DateFormat] | None:
    """Read a date and return it with how it was written, or ``None`` for anything else.

    Accepted: a workbook date, dd/mm/yyyy (also with "." or "-"), dd/mm/yy read as
    20yy, yyyy-mm-dd, "3 mars 2026" or "1er mars 2026" (accents and weekday optional,
    abbreviations such as "févr." accepted), and an Excel serial number of the years
    2000 to 2099. A slash date is always read day first, as in France.
    """
    if isinstance(value, datetime):
        return value.date(), DateFormat.WORKBOOK_DATE
    if isinstance(value, date):
        return value, DateFormat.WORKBOOK_DATE
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_serial(value)
    text = value.strip()
    if re.fullmatch(r"\d+(?:[.,]0+)?", text):
        return _from_serial(float(text.replace(",", ".")))
    match = _NUMERIC_DATE.fullmatch(text)
    if match:
        day, month, year = int(match[1]), int(match[3]), match[4]
        short = len(year) == 2
        found = _make_date(2000 + int(year) if short else int(year), month, day)
        form = DateFormat.DAY_MONTH_SHORT_YEAR if short else DateFormat.DAY_MONTH_YEAR
        return (found, form) if found else None
    match = _ISO_DATE.fullmatch(text)
    if match:
        found = _make_date(int(match[1]), int(match[2]), int(match[3]))
        return (found, DateFormat.ISO) if found else None
    match = _WORDS_DATE.fullmatch(normalize(text).replace(",", ""))
    if match and match[2] in _MONTHS:
        found = _make_date(int(match[3]), _MONTHS[match[2]], int(match[1]))
        return (found, DateFormat.FRENCH_WORDS) if found else None
    return None


def _from_serial(number: float) -> tuple[date, DateFormat] | None:
    if not float(number).is_integer() or not _FIRST_SERIAL <= number <= _LAST_SERIAL:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(number)), DateFormat.EXCEL_SERIAL


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_formats(values: Iterable[Cell]) -> Counter[DateFormat]:
    """Count how the readable dates among ``values`` were written, for the assistant to show."""
    found: Counter[DateFormat] = Counter()
    for value in values:
        parsed = None if is_empty(value) else parse_date(value)
        if parsed is not None:
            found[parsed[1]] += 1
    return found


# Spaces that French Excel puts between thousands: ordinary, non-breaking and narrow.
_THOUSANDS_SPACES = re.compile(r"[ \u00a0\u202f]")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def parse_decimal(value: Cell) -> float | None:
    """Read a number written "12,5", "1 234,5", "1.234,5", "1,234.5" or "12.5"; ``None`` otherwise."""
    if isinstance(value, bool) or value is None or isinstance(value, date):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = _THOUSANDS_SPACES.sub("", value.strip())
    if "," in text and "." in text:
        # The separator written last is the decimal one.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    return float(text)


# Metropolitan codes 01 to 95, where 20 was split into 2A and 2B, and the overseas codes
# 971 to 978 of the départements and collectivités d'outre-mer.
_DEPARTEMENT_CODE = re.compile(r"0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]")


def normalize_departement_code(value: Cell) -> str:
    """Return a département code as INSEE writes it, undoing what a spreadsheet did to it.

    A spreadsheet stores "07" as the number 7 (or 7.0), so "7" becomes "07"; "2a"
    becomes "2A"; "971" stays. Anything else is returned stripped and upper-cased, for
    the caller to check with ``is_departement_code``.
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    code = cell_text(value).strip().upper()
    if re.fullmatch(r"\d+\.0+", code):
        code = code.split(".")[0]
    if len(code) == 1 and code.isdigit():
        return "0" + code
    return code


def is_departement_code(code: str) -> bool:
    return _DEPARTEMENT_CODE.fullmatch(code) is not None
