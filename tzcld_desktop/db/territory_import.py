"""Bring a referent's hand-kept territory list into the store, all or nothing.

Each row is matched with an existing territory by normalised name and département, so
importing the same file again updates nothing. A row that cannot be saved is skipped
with its reason; every row of the file ends up counted in the summary.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.models import Departement, Region, Territory
from tzcld_desktop.db.reference import departement_id
from tzcld_desktop.db.record_services import record_default_stage_event
from tzcld_desktop.db.services import Services, apply_territory, new_territory
from tzcld_desktop.db.store import Store
from tzcld_desktop.db.table_import import ImportField, PlannedRow, RowStatus
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError, translate
from tzcld_desktop.domain.forms import TerritoryInput, validate_territory
from tzcld_desktop.domain.frenchtext import plural
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.tabular import (
    Record,
    cell_text,
    is_departement_code,
    is_empty,
    normalize_departement_code,
    parse_date,
)
from tzcld_desktop.domain.territory_list import (
    COLUMN_ALIASES,
    DateKind,
    TerritoryRow,
    parse_habilitation_date,
    parse_territory_list,
)
from tzcld_desktop.domain.text import normalize

log = logging.getLogger(__name__)

CONTEXT = "TerritoryImport"
_UNKNOWN_REGION = QT_TRANSLATE_NOOP(
    CONTEXT, "Ni département ni région reconnus (« {region} ») : territoire importé sans région."
)


@dataclass
class TerritoryImportSummary:
    """Counts and row-by-row reasons of one import, in the user's language."""

    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[tuple[int, str, str]] = field(default_factory=list)

    def summary_text(self) -> str:
        lines = [
            translate(CONTEXT, "{rows} : {created}, {updated}, {unchanged}, {skipped}.").format(
                rows=plural(self.rows_read, translate(CONTEXT, "ligne lue"), translate(CONTEXT, "lignes lues")),
                created=plural(self.created, translate(CONTEXT, "territoire créé"),
                               translate(CONTEXT, "territoires créés")),
                updated=plural(self.updated, translate(CONTEXT, "mis à jour"), translate(CONTEXT, "mis à jour")),
                unchanged=plural(self.unchanged, translate(CONTEXT, "inchangé"), translate(CONTEXT, "inchangés")),
                skipped=plural(len(self.skipped), translate(CONTEXT, "ligne ignorée"),
                               translate(CONTEXT, "lignes ignorées")),
            )
        ]
        if self.skipped:
            lines.append(translate(CONTEXT, "Lignes ignorées :"))
            lines += [self._line(line, name, text) for line, name, text in self.skipped]
        if self.warnings:
            lines.append(translate(CONTEXT, "À vérifier :"))
            lines += [self._line(line, name, text) for line, name, text in self.warnings]
        return "\n".join(lines)

    @staticmethod
    def _line(line: int, name: str, text: str) -> str:
        label = translate(CONTEXT, "ligne {line}").format(line=line)
        return f"- {label} ({name}) : {text}" if name else f"- {label} : {text}"


def _region_code_by_name(session: Session, cell: str) -> str | None:
    """Return the code of the region a cell names, even with a remark after the name."""
    key = normalize(cell)
    if not key:
        return None
    regions = session.execute(select(Region.code, Region.name_key)).all()
    for code, name_key in sorted(regions, key=lambda region: -len(region[1])):
        if key == name_key or key.startswith(name_key + " "):
            return code
    return None


def _row_input(session: Session, row: TerritoryRow, existing: Territory | None) -> TerritoryInput:
    habilitation = row.habilitation
    has_date = habilitation.kind is not DateKind.EMPTY
    if has_date:
        stage = Stage.HABILITATED
    elif existing is not None:
        stage = Stage(existing.stage)
    else:
        stage = Stage.INTERESTED
    return TerritoryInput(
        name=row.name,
        stage=stage,
        departement_code=row.departement_code or None,
        region_code=None if row.departement_code else _region_code_by_name(session, row.region_name),
        cluster_id=existing.cluster_id if existing else None,
        habilitation_date=habilitation.value,
        habilitation_date_note=habilitation.note,
        communes=row.communes,
        notes=existing.notes if existing else "",
        source=row.source,
    )


def _find_existing(session: Session, row: TerritoryRow) -> Territory | None:
    dept_id = departement_id(row.departement_code) if row.departement_code else None
    statement = select(Territory).where(
        Territory.name_key == normalize(row.name),
        Territory.deleted.is_(False),
        Territory.departement_id.is_(None) if dept_id is None else Territory.departement_id == dept_id,
    )
    return session.scalars(statement).first()


def import_territory_list(store: Store, path: Path) -> TerritoryImportSummary:
    """Import a territory list (CSV) in one transaction, after a backup of the store."""
    parsed = parse_territory_list(path)
    summary = TerritoryImportSummary(rows_read=len(parsed.rows) + len(parsed.rejected))
    summary.skipped += [(p.line_number, p.name, p.message()) for p in parsed.rejected]
    summary.warnings += [(p.line_number, p.name, p.message()) for p in parsed.warnings]
    make_backup(store.db_path, "import")
    with store.transaction() as session:
        _begin_before_savepoints(session)
        for row in parsed.rows:
            _import_row(session, row, summary)
    summary.skipped.sort()
    summary.warnings.sort()
    log.info("Territory list imported from %s: %d created, %d updated, %d unchanged, %d skipped",
             path.name, summary.created, summary.updated, summary.unchanged, len(summary.skipped))
    return summary


def _begin_before_savepoints(session: Session) -> None:
    """Open the SQLite transaction now, so that the savepoints of each row nest inside it.

    Python's sqlite3 module (3.11) sends BEGIN only before the first INSERT, UPDATE or
    DELETE. A SAVEPOINT sent before that starts the transaction itself, and releasing it
    commits every row so far, which would defeat the rollback of the whole import.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def _import_row(session: Session, row: TerritoryRow, summary: TerritoryImportSummary) -> None:
    existing = _find_existing(session, row)
    data = _row_input(session, row, existing)
    if not row.departement_code and data.region_code is None:
        summary.warnings.append((row.line_number, row.name,
                                 translate(CONTEXT, _UNKNOWN_REGION).format(region=row.region_name)))
    try:
        with session.begin_nested():
            territory = existing or new_territory(session, data)
            stage_before = existing.stage if existing is not None else None
            apply_territory(session, territory, data)
            territory.deleted = False
            changed = existing is None or session.is_modified(territory)
            # The list says where a territory stands, not since when: the step is
            # dated only for a habilitation with a known date.
            record_default_stage_event(session, territory, stage_before)
            session.flush()
    except UserError as error:
        if existing is not None:
            session.refresh(existing)
        summary.skipped.append((row.line_number, row.name, error.message()))
        return
    if existing is None:
        summary.created += 1
    elif changed:
        summary.updated += 1
    else:
        summary.unchanged += 1


# --- The "Territoires" kind of the import assistant -------------------------------------

_KIND_CONTEXT = "TableImport"
_NAME_MISSING = QT_TRANSLATE_NOOP("TableImport", "Nom du territoire manquant.")
_DEPARTEMENT_INVALID = QT_TRANSLATE_NOOP(
    "TableImport",
    "Code département non reconnu : « {code} ». Attendu : deux chiffres, 2A, 2B ou trois "
    "chiffres pour l'outre-mer.",
)
_DEPARTEMENT_UNKNOWN = QT_TRANSLATE_NOOP("TableImport", "Département inconnu : « {code} ».")
_REGION_UNKNOWN = QT_TRANSLATE_NOOP(
    "TableImport", "Région non reconnue : « {region} ». Écrivez le nom officiel de la région."
)
_DATE_INVALID = QT_TRANSLATE_NOOP(
    "TableImport",
    "Date d'habilitation illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, "
    "aaaa-mm-jj, « 3 mars 2026 » ou une date du classeur.",
)
_DATE_KEPT_AS_NOTE = QT_TRANSLATE_NOOP(
    "TableImport",
    "Date imprécise conservée telle qu'elle est écrite dans la note : « {cell} ».",
)
_DUPLICATE_ROW = QT_TRANSLATE_NOOP(
    "TableImport", "Ce territoire figure déjà à la ligne {line} du fichier."
)
_ALREADY_UP_TO_DATE = QT_TRANSLATE_NOOP("TableImport", "Déjà à jour.")


def _fields() -> tuple[ImportField, ...]:
    def aliases(key: str) -> tuple[str, ...]:
        return COLUMN_ALIASES[key]

    return (
        ImportField("name", QT_TRANSLATE_NOOP("TableImport", "Nom du territoire"), True, aliases("name")),
        ImportField("departement_code", QT_TRANSLATE_NOOP("TableImport", "Département (code)"), False,
                    aliases("departement_code")),
        ImportField("region_name", QT_TRANSLATE_NOOP("TableImport", "Région"), False, aliases("region_name")),
        ImportField("communes", QT_TRANSLATE_NOOP("TableImport", "Communes"), False, aliases("communes")),
        ImportField("habilitation", QT_TRANSLATE_NOOP("TableImport", "Date d'habilitation"), False,
                    aliases("habilitation")),
        ImportField("source", QT_TRANSLATE_NOOP("TableImport", "Source"), False, aliases("source")),
    )


@dataclass
class _TerritoryChange:
    territory_id: str | None
    data: TerritoryInput


class TerritoryKind:
    """Territories matched by normalised name and département.

    An empty or unmapped cell keeps the value already saved, so a partial list never
    erases what the referent entered. A habilitation date makes the territory
    "habilité", as in the command-line import.
    """

    key = "territoires"
    label = QT_TRANSLATE_NOOP("TableImport", "Territoires")
    fields = _fields()
    date_fields = ("habilitation",)

    def plan_rows(self, session: Session, records: list[tuple[Record, dict[str, object]]]) -> list[PlannedRow]:
        first_line: dict[tuple[str, str], int] = {}
        planned = []
        for record, cells in records:
            row = self._plan_row(session, record, cells)
            if row.status is not RowStatus.ERROR and isinstance(row.payload, _TerritoryChange):
                key = (normalize(row.payload.data.name), row.payload.data.departement_code or "")
                if key in first_line:
                    row = PlannedRow(record, row.label, RowStatus.ERROR,
                                     [translate(_KIND_CONTEXT, _DUPLICATE_ROW).format(line=first_line[key])])
                else:
                    first_line[key] = record.line_number
            planned.append(row)
        return planned

    def apply(self, services: Services, row: PlannedRow) -> None:
        change = row.payload
        assert isinstance(change, _TerritoryChange)
        if change.territory_id is None:
            services.create_territory(change.data)
        else:
            services.update_territory(change.territory_id, change.data)

    def _plan_row(self, session: Session, record: Record, cells: dict[str, object]) -> PlannedRow:
        name = cell_text(cells.get("name")).strip()
        if not name:
            return PlannedRow(record, "", RowStatus.ERROR, [translate(_KIND_CONTEXT, _NAME_MISSING)])
        errors: list[str] = []
        remarks: list[str] = []

        code = ""
        if not is_empty(cells.get("departement_code")):
            code = normalize_departement_code(cells["departement_code"])
            if not is_departement_code(code):
                errors.append(translate(_KIND_CONTEXT, _DEPARTEMENT_INVALID).format(code=code))
            elif session.get(Departement, departement_id(code)) is None:
                errors.append(translate(_KIND_CONTEXT, _DEPARTEMENT_UNKNOWN).format(code=code))
        region_code = None
        region_cell = cell_text(cells.get("region_name")).strip()
        if not code and region_cell:
            region_code = _region_code_by_name(session, region_cell)
            if region_code is None:
                errors.append(translate(_KIND_CONTEXT, _REGION_UNKNOWN).format(region=region_cell))

        habilitation_date, note = None, ""
        date_cell = cells.get("habilitation")
        if not is_empty(date_cell):
            parsed = parse_date(date_cell)
            if parsed is not None:
                habilitation_date = parsed[0]
            else:
                written = parse_habilitation_date(cell_text(date_cell))
                if written.kind is DateKind.INVALID:
                    errors.append(translate(_KIND_CONTEXT, _DATE_INVALID).format(cell=cell_text(date_cell)))
                else:
                    habilitation_date, note = written.value, written.note
                    remarks.append(translate(_KIND_CONTEXT, _DATE_KEPT_AS_NOTE).format(cell=written.note))
        if errors:
            return PlannedRow(record, name, RowStatus.ERROR, errors)

        existing = match_territory(session, name, code)
        data = _merged_input(session, existing, name, code, region_code, cells, habilitation_date, note,
                             has_date=not is_empty(date_cell))
        try:
            validate_territory(data, date.today())
        except ValidationError as error:
            return PlannedRow(record, name, RowStatus.ERROR, [error.message()])
        if existing is None:
            return PlannedRow(record, name, RowStatus.NEW, remarks, _TerritoryChange(None, data))
        if data == _saved_input(session, existing):
            remarks.insert(0, translate(_KIND_CONTEXT, _ALREADY_UP_TO_DATE))
            return PlannedRow(record, name, RowStatus.UNCHANGED, remarks)
        return PlannedRow(record, name, RowStatus.UPDATED, remarks, _TerritoryChange(existing.id, data))


def match_territory(session: Session, name: str, code: str) -> Territory | None:
    """Return the live territory with this normalised name in this département.

    A row without département matches a territory without one, or else the only live
    territory of that name.
    """
    statement = select(Territory).where(Territory.name_key == normalize(name), Territory.deleted.is_(False))
    if code:
        return session.scalars(statement.where(Territory.departement_id == departement_id(code))).first()
    candidates = list(session.scalars(statement))
    without = [territory for territory in candidates if territory.departement_id is None]
    if without:
        return without[0]
    return candidates[0] if len(candidates) == 1 else None


def _code_of(session: Session, model: type, record_id: str | None) -> str | None:
    if record_id is None:
        return None
    row = session.get(model, record_id)
    return row.code if row is not None else None


def _saved_input(session: Session, territory: Territory) -> TerritoryInput:
    """Return the values of a saved territory as the form input that would save them again.

    Every field of ``TerritoryInput`` is copied from the column of the same name, so a
    field added to the form later is kept by an import instead of being reset.
    """
    departement_code = _code_of(session, Departement, territory.departement_id)
    values: dict[str, object] = {}
    for input_field in fields(TerritoryInput):
        if input_field.name in ("departement_code", "region_code"):
            continue
        value = getattr(territory, input_field.name)
        default = input_field.default
        if isinstance(default, enum.Enum) and value is not None:
            value = type(default)(value)
        values[input_field.name] = value
    values["departement_code"] = departement_code
    values["region_code"] = None if departement_code else _code_of(session, Region, territory.region_id)
    return TerritoryInput(**values)


def _merged_input(
    session: Session,
    existing: Territory | None,
    name: str,
    code: str,
    region_code: str | None,
    cells: dict[str, object],
    habilitation_date: date | None,
    note: str,
    has_date: bool,
) -> TerritoryInput:
    """Return the row's values on top of the saved ones: an empty cell keeps the saved value."""
    base = _saved_input(session, existing) if existing is not None else TerritoryInput(name=name)
    data = replace(base, name=name)
    if code:
        data = replace(data, departement_code=code, region_code=None)
    elif region_code:
        data = replace(data, departement_code=None, region_code=region_code)
    for key in ("communes", "source"):
        text = cell_text(cells.get(key)).strip()
        if text:
            data = replace(data, **{key: text})
    if has_date:
        data = replace(data, stage=Stage.HABILITATED, habilitation_date=habilitation_date,
                       habilitation_date_note=note)
    return data
