"""Parse a referent's hand-kept CSV list of territories, keeping every doubtful value visible.

A typical list has one row per territory with the columns ``territoire``, ``communes``,
``departement_code``, ``region``, ``date_habilitation`` and ``source``. The header names are
matched without regard to case or accents, and a few French and English aliases are
accepted. The file may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252, and
separated by commas, semicolons or tabs.

Habilitation dates are often not plain dates: "~2022-09 [same batch as Poitiers]",
"2023-07-28? [weak source]", "2022-02-10 (arrêté; JORF 2022-02-16)". A date is stored only
when it is exact. In every other case the cell text is kept as written in
``ParsedDate.note`` and the row gets a warning, so nothing the referent wrote is lost.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.tabular import (
    DELIMITERS,
    decode_text,
    detect_delimiter,
    header_key,
    is_departement_code,
)
from tzcld_desktop.domain.tabular import normalize_departement_code as normalize_departement_code
from tzcld_desktop.domain.text import normalize

CONTEXT = "TerritoryList"

# Errors that stop the whole import.
FILE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "TerritoryList", "Fichier introuvable : {path}. Vérifiez le chemin et le nom du fichier."
)
FILE_UNREADABLE = QT_TRANSLATE_NOOP(
    "TerritoryList", "Impossible de lire le fichier {path} : {reason}"
)
FILE_ENCODING_UNKNOWN = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Le fichier {path} n'est ni en UTF-8 ni en Windows-1252. "
    "Enregistrez-le au format « CSV UTF-8 » puis importez-le de nouveau.",
)
FILE_IS_SPREADSHEET = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Le fichier {path} est un classeur (Excel ou LibreOffice), pas un fichier CSV. "
    "Enregistrez-le au format CSV puis importez-le de nouveau.",
)
FILE_NOT_CSV = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Le fichier {path} n'est pas un fichier CSV lisible (ligne {line} : {reason}).",
)
FILE_EMPTY = QT_TRANSLATE_NOOP("TerritoryList", "Le fichier {path} est vide.")
NAME_COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "La colonne du nom du territoire est introuvable : attendu « territoire » ou « nom ». "
    "Vérifiez la première ligne du fichier.",
)

# Problems with one row (or with the header, reported on its line).
MISSING_NAME = QT_TRANSLATE_NOOP("TerritoryList", "Nom du territoire manquant : ligne ignorée.")
DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Le territoire « {name} » figure déjà à la ligne {first_line}. "
    "Vérifiez qu'il ne s'agit pas d'un doublon.",
)
EXTRA_FIELDS = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "La ligne a plus de champs que l'en-tête : valeurs ignorées « {values} ».",
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "TerritoryList", "Colonne « {column} » non reconnue : ses valeurs sont ignorées."
)
UNNAMED_COLUMN = QT_TRANSLATE_NOOP(
    "TerritoryList", "La colonne n° {position} n'a pas de titre : ses valeurs sont ignorées."
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "La colonne « {column} » désigne la même information que « {first} » : "
    "seule « {first} » est lue.",
)
DEPARTEMENT_COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Aucune colonne de code département : les territoires sont importés sans département.",
)
DATE_COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Aucune colonne de date d'habilitation : les territoires sont importés sans date.",
)
DEPARTEMENT_MISSING = QT_TRANSLATE_NOOP(
    "TerritoryList", "Code département absent : le territoire est importé sans département."
)
DEPARTEMENT_UNRECOGNIZED = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Code département non reconnu, conservé tel qu'écrit : « {code} ». "
    "Attendu : deux chiffres, 2A, 2B ou trois chiffres pour l'outre-mer.",
)
DATE_EMPTY = QT_TRANSLATE_NOOP("TerritoryList", "Date d'habilitation absente.")
DATE_APPROXIMATE = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Date approximative conservée telle qu'elle est écrite dans la note : « {cell} ».",
)
DATE_DOUBTFUL = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Date douteuse, marquée d'un point d'interrogation, conservée telle qu'elle est écrite "
    "dans la note : « {cell} ».",
)
DATE_CONFLICTING = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Plusieurs dates différentes : aucune n'est retenue et la cellule est conservée "
    "telle qu'elle est écrite dans la note : « {cell} ».",
)
DATE_INVALID = QT_TRANSLATE_NOOP(
    "TerritoryList",
    "Date d'habilitation illisible, conservée telle qu'elle est écrite dans la note : « {cell} ». "
    "Formats reconnus : AAAA-MM-JJ ou JJ/MM/AAAA.",
)


class TerritoryListError(UserError):
    """A territory list that cannot be read at all, so nothing is imported."""

    context = CONTEXT


class DateKind(str, enum.Enum):
    """Precision of a habilitation date cell, from an exact date to unreadable text."""

    EXACT = "exact"
    EXACT_ANNOTATED = "exact_annotated"
    APPROXIMATE = "approximate"
    DOUBTFUL = "doubtful"
    CONFLICTING = "conflicting"
    EMPTY = "empty"
    INVALID = "invalid"


@dataclass(frozen=True)
class ParsedDate:
    """A habilitation date cell: the date when it is exact, and the text to keep as a note.

    ``note`` is empty for a plain exact date or an empty cell. Otherwise it is the whole
    cell as written, outer whitespace removed, including for an annotated exact date.
    """

    value: date | None
    note: str
    kind: DateKind


@dataclass(frozen=True)
class TerritoryRow:
    """One usable row of the list, with the file line it starts on (the first line is 1)."""

    line_number: int
    name: str
    communes: str
    departement_code: str
    region_name: str
    habilitation: ParsedDate
    source: str


@dataclass(frozen=True)
class RowProblem:
    """A rejected row or a warning: French source text with ``{name}`` placeholders."""

    line_number: int
    name: str
    text: str
    params: dict[str, object] = field(default_factory=dict, hash=False)

    def message(self) -> str:
        """Return the message in the user's language, parameters filled in."""
        return translate(CONTEXT, self.text).format(**self.params)


@dataclass
class TerritoryListParse:
    """Everything read from a territory list, in file order."""

    rows: list[TerritoryRow] = field(default_factory=list)
    # Rows that cannot be used at all: they have no territory name.
    rejected: list[RowProblem] = field(default_factory=list)
    # Rows kept with something the referent should check, and header problems.
    warnings: list[RowProblem] = field(default_factory=list)
    # Python codec that decoded the file: "utf-8" (with or without BOM), "utf-16" or "cp1252".
    encoding: str = "utf-8"
    delimiter: str = ","


# --- Habilitation dates -----------------------------------------------------------------

_ISO_DATE = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
_FRENCH_DATE = r"(?P<fr_day>\d{1,2})/(?P<fr_month>\d{1,2})/(?P<fr_year>\d{4})"
# A whole date, not part of a longer number.
_DATE_TOKEN = re.compile(rf"(?<!\d)(?:{_ISO_DATE}|{_FRENCH_DATE})(?!\d)")
# A year, or a year and month ("2022-09", "09/2022"), with nothing else before a space,
# a bracket or a question mark.
_PARTIAL_DATE = re.compile(
    r"(?:(?P<year>\d{4})(?:-(?P<month>\d{1,2}))?|(?P<fr_month>\d{1,2})/(?P<fr_year>\d{4}))"
    r"(?=$|[\s(\[?])"
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_BRACKETED_QUESTION_MARK = re.compile(r"[(\[]\s*\?\s*[)\]]")
# A cell formatted as date and time is exported with its time, as in "2016-11-24 00:00:00".
_MIDNIGHT = re.compile(r"(?:T|\s+)00:00(?::00)?")


def parse_habilitation_date(cell: str) -> ParsedDate:
    """Classify a habilitation date cell and extract the date when it is exact.

    Exact dates are written ``YYYY-MM-DD`` or ``DD/MM/YYYY``, optionally with a midnight
    time. A cell starting with ``~``, or holding only a year or a month, is approximate. An
    exact date followed by ``?`` or ``(?)`` is doubtful, and two different dates outside
    brackets are conflicting. Any other text after an exact date, usually in brackets, is
    an annotation.
    """
    text = cell.strip()
    if not text:
        return ParsedDate(None, "", DateKind.EMPTY)
    if text.startswith("~"):
        return ParsedDate(None, text, DateKind.APPROXIMATE)

    # Dates inside brackets are annotations, such as the Journal officiel publication date.
    # "2021-12-03 ; 03/12/2021" names one date twice, so tokens are compared by value.
    unbracketed = _remove_bracketed(text)
    stated = {_date_from_match(token) or token[0] for token in _DATE_TOKEN.finditer(unbracketed)}
    if len(stated) > 1:
        return ParsedDate(None, text, DateKind.CONFLICTING)

    match = _DATE_TOKEN.match(text)
    if match is None:
        kind = DateKind.APPROXIMATE if _is_partial_date(text) else DateKind.INVALID
        return ParsedDate(None, text, kind)

    value = _date_from_match(match)
    if value is None:
        return ParsedDate(None, text, DateKind.INVALID)
    annotation = text[match.end() :]
    if "?" in _remove_bracketed(annotation) or _BRACKETED_QUESTION_MARK.search(annotation):
        return ParsedDate(None, text, DateKind.DOUBTFUL)
    if not annotation or _MIDNIGHT.fullmatch(annotation):
        return ParsedDate(value, "", DateKind.EXACT)
    return ParsedDate(value, text, DateKind.EXACT_ANNOTATED)


def _remove_bracketed(text: str) -> str:
    # Repeat so that nested brackets are removed from the inside out.
    previous = None
    while previous != text:
        previous = text
        text = _BRACKETED.sub(" ", text)
    return text


def _date_from_match(match: re.Match[str]) -> date | None:
    if match["year"] is not None:
        parts = (match["year"], match["month"], match["day"])
    else:
        parts = (match["fr_year"], match["fr_month"], match["fr_day"])
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _is_partial_date(text: str) -> bool:
    match = _PARTIAL_DATE.match(text)
    if match is None:
        return False
    month = match["month"] or match["fr_month"]
    return month is None or 1 <= int(month) <= 12


# --- Columns ----------------------------------------------------------------------------

_NAME = "name"
_COMMUNES = "communes"
_DEPARTEMENT = "departement_code"
_REGION = "region_name"
_DATE = "habilitation"
_SOURCE = "source"

# Header names after ``header_key``: accents and case removed, separators as "_".
COLUMN_ALIASES = {
    _NAME: ("territoire", "nom", "name", "nom_du_territoire", "nom_territoire", "territory"),
    _COMMUNES: ("communes", "commune", "perimetre"),
    _DEPARTEMENT: (
        "departement",
        "departement_code",
        "code_departement",
        "dept",
        "dep",
        "code_dept",
    ),
    _REGION: ("region", "region_name"),
    _DATE: ("date_habilitation", "habilitation", "date", "date_d'habilitation", "habilite_le", "habilitation_le"),
    _SOURCE: ("source", "sources"),
}
_FIELD_BY_ALIAS = {alias: name for name, aliases in COLUMN_ALIASES.items() for alias in aliases}


def _column_key(header_cell: str) -> str:
    return header_key(header_cell)


def _map_columns(
    header_line: int, header: list[str], warnings: list[RowProblem]
) -> dict[str, int]:
    """Return the column index of each known field, adding a warning for each other column."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        if not cell:
            # Trailing empty titles come from a separator at the end of the line.
            if any(header[index:]):
                warnings.append(
                    RowProblem(header_line, "", UNNAMED_COLUMN, {"position": index + 1})
                )
            continue
        field_name = _FIELD_BY_ALIAS.get(_column_key(cell))
        if field_name is None:
            warnings.append(RowProblem(header_line, "", UNKNOWN_COLUMN, {"column": cell}))
        elif field_name in columns:
            first = header[columns[field_name]]
            warnings.append(
                RowProblem(header_line, "", DUPLICATE_COLUMN, {"column": cell, "first": first})
            )
        else:
            columns[field_name] = index
    return columns


# --- Reading the file -------------------------------------------------------------------

def _read_text(path: Path) -> tuple[str, str]:
    """Return the decoded text of ``path`` and the name of the encoding used."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TerritoryListError(FILE_NOT_FOUND, path=str(path)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise TerritoryListError(FILE_UNREADABLE, path=str(path), reason=reason) from error

    # .xlsx and .ods files are ZIP archives, and .xls files are OLE2 compound documents.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise TerritoryListError(FILE_IS_SPREADSHEET, path=str(path))
    decoded = decode_text(data)
    if decoded is None:
        raise TerritoryListError(FILE_ENCODING_UNKNOWN, path=str(path))
    return decoded.text, decoded.encoding


def _records(text: str, delimiter: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield each non-blank record with the file line it starts on and its stripped cells."""
    # NOTE: an unclosed quote silently merges the following lines into one cell, and only
    # a merged cell longer than csv.field_size_limit() raises an error.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last_line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The reader of Python 3.11 accepts NUL bytes, so in practice this is the
            # oversized cell described above.
            raise TerritoryListError(
                FILE_NOT_CSV, path=str(path), line=reader.line_num, reason=str(error)
            ) from error
        first_line = last_line + 1
        last_line = reader.line_num
        cells = [cell.strip() for cell in row]
        if any(cells):
            yield first_line, cells


# --- Rows -------------------------------------------------------------------------------


def parse_territory_list(path: Path) -> TerritoryListParse:
    """Read a territory list, putting unusable rows in ``rejected`` and doubts in ``warnings``.

    Raises ``TerritoryListError`` when the file is missing, unreadable, empty or has no
    column for the territory name. Blank lines are skipped without a warning.
    """
    text, encoding = _read_text(path)
    # A sheet saved with no data can still contain separators and line breaks.
    if not text.strip("".join(DELIMITERS) + " \r\n"):
        raise TerritoryListError(FILE_EMPTY, path=str(path))
    delimiter = detect_delimiter(text)
    result = TerritoryListParse(encoding=encoding, delimiter=delimiter)

    records = list(_records(text, delimiter, path))
    if not records:
        raise TerritoryListError(FILE_EMPTY, path=str(path))

    header_line, header = records[0]
    columns = _map_columns(header_line, header, result.warnings)
    if _NAME not in columns:
        raise TerritoryListError(NAME_COLUMN_MISSING)
    if _DEPARTEMENT not in columns:
        result.warnings.append(RowProblem(header_line, "", DEPARTEMENT_COLUMN_MISSING))
    if _DATE not in columns:
        result.warnings.append(RowProblem(header_line, "", DATE_COLUMN_MISSING))

    first_line_by_name: dict[str, int] = {}
    for line_number, cells in records[1:]:
        row = _parse_row(line_number, cells, len(header), columns, result)
        if row is None:
            continue
        key = normalize(row.name)
        if key in first_line_by_name:
            params = {"name": row.name, "first_line": first_line_by_name[key]}
            result.warnings.append(RowProblem(line_number, row.name, DUPLICATE_NAME, params))
        else:
            first_line_by_name[key] = line_number
        result.rows.append(row)
    return result


def _parse_row(
    line_number: int,
    cells: list[str],
    header_width: int,
    columns: dict[str, int],
    result: TerritoryListParse,
) -> TerritoryRow | None:
    """Build one row, or return ``None`` after adding it to ``result.rejected``."""

    def cell(field_name: str) -> str:
        index = columns.get(field_name)
        return cells[index] if index is not None and index < len(cells) else ""

    name = cell(_NAME)
    if not name:
        result.rejected.append(RowProblem(line_number, "", MISSING_NAME))
        return None

    def warn(text: str, **params: object) -> None:
        result.warnings.append(RowProblem(line_number, name, text, params))

    extra_values = [value for value in cells[header_width:] if value]
    if extra_values:
        warn(EXTRA_FIELDS, values=" | ".join(extra_values))

    departement_code = normalize_departement_code(cell(_DEPARTEMENT))
    region_name = cell(_REGION)
    if _DEPARTEMENT in columns:
        if not departement_code:
            warn(DEPARTEMENT_MISSING)
        elif not is_departement_code(departement_code):
            warn(DEPARTEMENT_UNRECOGNIZED, code=departement_code)

    habilitation = parse_habilitation_date(cell(_DATE))
    if _DATE in columns:
        _warn_about_date(habilitation, warn)

    return TerritoryRow(
        line_number=line_number,
        name=name,
        communes=cell(_COMMUNES),
        departement_code=departement_code,
        region_name=region_name,
        habilitation=habilitation,
        source=cell(_SOURCE),
    )


_DATE_WARNINGS = {
    DateKind.APPROXIMATE: DATE_APPROXIMATE,
    DateKind.DOUBTFUL: DATE_DOUBTFUL,
    DateKind.CONFLICTING: DATE_CONFLICTING,
    DateKind.INVALID: DATE_INVALID,
}


def _warn_about_date(habilitation: ParsedDate, warn: Callable[..., None]) -> None:
    if habilitation.kind is DateKind.EMPTY:
        warn(DATE_EMPTY)
    elif habilitation.kind in _DATE_WARNINGS:
        warn(_DATE_WARNINGS[habilitation.kind], cell=habilitation.note)
