"""Bring a referent's hand-kept territory list into the store, all or nothing.

Each row is matched with an existing territory by normalised name and département, so
importing the same file again updates nothing. A row that cannot be saved is skipped
with its reason; every row of the file ends up counted in the summary.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.models import Region, Territory
from tzcld_desktop.db.reference import departement_id
from tzcld_desktop.db.services import apply_territory, new_territory
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, translate
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.frenchtext import plural
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.territory_list import DateKind, TerritoryRow, parse_territory_list
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
        for row in parsed.rows:
            _import_row(session, row, summary)
    summary.skipped.sort()
    summary.warnings.sort()
    log.info("Territory list imported from %s: %d created, %d updated, %d unchanged, %d skipped",
             path.name, summary.created, summary.updated, summary.unchanged, len(summary.skipped))
    return summary


def _import_row(session: Session, row: TerritoryRow, summary: TerritoryImportSummary) -> None:
    existing = _find_existing(session, row)
    data = _row_input(session, row, existing)
    if not row.departement_code and data.region_code is None:
        summary.warnings.append((row.line_number, row.name,
                                 translate(CONTEXT, _UNKNOWN_REGION).format(region=row.region_name)))
    try:
        with session.begin_nested():
            territory = existing or new_territory(session, data)
            apply_territory(session, territory, data)
            territory.deleted = False
            changed = existing is None or session.is_modified(territory)
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
