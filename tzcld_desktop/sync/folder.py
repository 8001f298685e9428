"""Keep copies in step through a folder that a cloud tool synchronises.

Each copy writes only into its own sub-folder (``tzcld-<replica id>``), so Nextcloud,
Syncthing or OneDrive never see two copies writing the same file. Every ``.tzsync``
file found in the other sub-folders, "conflicted copies" made by the cloud tool
included, is imported once: a file whose content was already imported is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from tzcld_desktop.db.models import ExchangeLogEntry
from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.errors import ExchangeFileError, UserError, translate
from tzcld_desktop.domain.frenchtext import plural
from tzcld_desktop.sync.exchange import ExchangeReport, export_data, file_sha256, import_data

log = logging.getLogger(__name__)

SUBFOLDER_PREFIX = "tzcld-"
OWN_FILE_NAME = "etat.tzsync"
CONTEXT = "SharedFolder"


@dataclass
class FolderSyncReport:
    written: Path | None = None
    imported: list[ExchangeReport] = field(default_factory=list)
    skipped: int = 0
    rejected: list[tuple[Path, str]] = field(default_factory=list)

    def summary_text(self) -> str:
        lines = [
            translate(CONTEXT, "{imported}, {skipped}, {rejected}.").format(
                imported=plural(len(self.imported), translate(CONTEXT, "fichier importé"),
                                translate(CONTEXT, "fichiers importés")),
                skipped=plural(self.skipped, translate(CONTEXT, "déjà connu"), translate(CONTEXT, "déjà connus")),
                rejected=plural(len(self.rejected), translate(CONTEXT, "refusé"), translate(CONTEXT, "refusés")),
            )
        ]
        lines += [report.summary_text() for report in self.imported]
        lines += [f"{path.name} : {reason}" for path, reason in self.rejected]
        return "\n".join(lines)


def own_subfolder(folder: Path, replica_id: str) -> Path:
    return folder / f"{SUBFOLDER_PREFIX}{replica_id}"


def _imported_hashes(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(
            select(ExchangeLogEntry.file_sha256).where(ExchangeLogEntry.direction == "import")
        ))


def sync_folder(store: Store, folder: Path, passphrase: str | None = None) -> FolderSyncReport:
    """Import the other copies' new files from ``folder``, then write this copy's state."""
    if not folder.is_dir():
        raise UserError(
            "Le dossier partagé {folder} est introuvable. Vérifiez qu'il existe et que votre outil de "
            "synchronisation (Nextcloud, Syncthing, OneDrive…) est lancé.",
            folder=str(folder),
        )
    report = FolderSyncReport()
    own = own_subfolder(folder, store.replica_id())
    known = _imported_hashes(store)
    for path in sorted(folder.glob(f"{SUBFOLDER_PREFIX}*/*.tzsync")):
        if path.parent == own or path.name.startswith("."):
            continue
        try:
            digest = file_sha256(path)
        except OSError as error:
            report.rejected.append((path, str(error)))
            continue
        if digest in known:
            report.skipped += 1
            continue
        try:
            report.imported.append(import_data(store, path, passphrase))
            known.add(digest)
        except ExchangeFileError as error:
            # One bad file must not stop the others; the report names it.
            log.warning("Shared-folder file %s rejected: %s", path, error)
            report.rejected.append((path, error.message()))
    try:
        own.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            "Impossible d'écrire dans le dossier partagé {folder} ({error}). Vérifiez que vous avez le droit "
            "d'y écrire et qu'il reste de la place.",
            folder=str(folder),
            error=error.strerror or str(error),
        ) from error
    report.written = own / OWN_FILE_NAME
    export_data(store, report.written, passphrase)
    log.info("Shared folder %s: %d imported, %d known, %d rejected", folder, len(report.imported),
             report.skipped, len(report.rejected))
    return report
