"""Import the rows of a spreadsheet read by ``domain.tabular``: preview each row, then apply all at once.

``plan_import`` only reads the database. It converts each row through the chosen import
kind and gives it a status: new, updated, unchanged (skipped) or error, with the reason.
``apply_import`` takes a backup, then saves every new and updated row through
``Services`` in one transaction. A row that fails at that point although the preview
accepted it rolls the whole import back, so the database ends up either with every
accepted row or unchanged.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.tabular import Record, Table, cell_text

log = logging.getLogger(__name__)

CONTEXT = "TableImport"

_APPLY_FAILED = QT_TRANSLATE_NOOP(
    "TableImport",
    "La ligne {line} ({label}) n'a pas pu être enregistrée : {reason} "
    "Rien n'a été importé. Vérifiez cette ligne, puis relancez l'aperçu.",
)


class ImportAborted(UserError):
    """A row failed while the import was applied, so the whole import was rolled back."""

    context = CONTEXT


class RowStatus(str, enum.Enum):
    """Outcome of the import for one row; the value is the French status shown."""

    NEW = "nouveau"
    UPDATED = "mis à jour"
    UNCHANGED = "ignoré"
    ERROR = "erreur"


@dataclass(frozen=True)
class ImportField:
    """A value an import kind can read from a column, with the header names it recognises."""

    key: str
    # French source text, translated in the "TableImport" context.
    label: str
    required: bool = False
    # Header names after ``domain.text.normalize``, matched for the first mapping.
    aliases: tuple[str, ...] = ()


@dataclass
class PlannedRow:
    """One data row of the file and what importing it would do."""

    record: Record
    label: str
    status: RowStatus
    # Reasons for an error, or remarks the user should check, in the user's language.
    remarks: list[str] = field(default_factory=list)
    # What ``ImportKind.apply`` needs, for new and updated rows only.
    payload: object = None


@dataclass
class ImportPlan:
    """The preview of a whole file."""

    kind_key: str
    rows: list[PlannedRow]

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    def errors(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status is RowStatus.ERROR]


class ImportKind(Protocol):
    """A kind of record that can be imported: its fields, row preview and save."""

    key: str
    label: str
    fields: tuple[ImportField, ...]

    def plan_rows(self, session: Session, records: list[tuple[Record, dict[str, object]]]) -> list[PlannedRow]:
        """Preview the rows, each given with its mapped cells, without writing anything."""
        ...

    def apply(self, services: Services, row: PlannedRow) -> None:
        """Save one new or updated row through ``services``."""
        ...


# Field key to column index in the table.
ColumnMapping = Mapping[str, int]


def mapped_cells(record: Record, mapping: ColumnMapping) -> dict[str, object]:
    """Return the cell of each mapped field (``None`` for a cell past the row's end)."""
    return {key: record.cell(column) for key, column in mapping.items()}


def plan_import(store: Store, kind: ImportKind, table: Table, mapping: ColumnMapping) -> ImportPlan:
    """Preview every data row of ``table`` read with ``mapping`` (field key to column index)."""
    records = [(record, mapped_cells(record, mapping)) for record in table.data]
    with store.session() as session:
        rows = kind.plan_rows(session, records)
    return ImportPlan(kind.key, rows)


@dataclass(frozen=True)
class ImportResult:
    """Result of ``apply_import``: the records saved and the backup taken before."""

    created: int
    updated: int
    unchanged: int
    rejected: int
    backup_name: str


class _OneTransactionStore:
    """Stands in for ``Store`` so that every ``Services`` call joins one outer transaction.

    ``Services`` opens ``store.transaction()`` for each call. Here that yields the
    session of the import's own transaction and only flushes at the end of the call, so
    the import commits once and a failing row rolls back every row before it.
    """

    def __init__(self, store: Store, session: Session) -> None:
        self.data_dir = store.data_dir
        self.db_path = store.db_path
        self._session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self._session
        self._session.flush()


def apply_import(store: Store, kind: ImportKind, plan: ImportPlan) -> ImportResult:
    """Back up the store, then save every new and updated row of ``plan`` in one transaction.

    Raises ``StorageError`` when the backup fails and ``ImportAborted`` when a row fails;
    in both cases nothing was written.
    """
    backup = make_backup(store.db_path, "import")
    to_save = [row for row in plan.rows if row.status in (RowStatus.NEW, RowStatus.UPDATED)]
    with store.transaction() as session:
        services = Services(_OneTransactionStore(store, session))  # type: ignore[arg-type]
        for row in to_save:
            try:
                kind.apply(services, row)
            except UserError as error:
                log.warning("Import of %s rolled back at line %d: %s", kind.key, row.record.line_number, error)
                raise ImportAborted(
                    _APPLY_FAILED, line=row.record.line_number, label=row.label, reason=error.message()
                ) from error
    result = ImportResult(
        created=plan.count(RowStatus.NEW),
        updated=plan.count(RowStatus.UPDATED),
        unchanged=plan.count(RowStatus.UNCHANGED),
        rejected=plan.count(RowStatus.ERROR),
        backup_name=backup.name,
    )
    log.info("Import of %s applied: %d created, %d updated, %d unchanged, %d rejected",
             kind.key, result.created, result.updated, result.unchanged, result.rejected)
    return result


def error_report_rows(plan: ImportPlan, header: list[str]) -> tuple[list[str], list[list[str]]]:
    """Return the headers and rows of the error report: line, reason, then the row as read."""
    headers = [translate(CONTEXT, "Ligne"), translate(CONTEXT, "Motif du rejet"), *header]
    rows = [
        [str(row.record.line_number), " ".join(row.remarks), *(cell_text(value) for value in row.record.cells)]
        for row in plan.errors()
    ]
    return headers, rows
