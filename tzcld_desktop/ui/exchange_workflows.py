"""Workflows of the "Échanges" menu: exports, imports with a preview, undo and the shared folder.

Every step that reads or writes a file runs through ``run_task``, and every question
goes through ``messages``, so tests answer them without a person.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.sync.container import PassphraseRequired
from tzcld_desktop.sync.encryption import WrongPassphrase
from tzcld_desktop.sync.exchange import MANY_DELETIONS, ExchangeReport, ImportCancelled, export_data, import_data
from tzcld_desktop.sync.folder import FolderSyncReport, sync_folder
from tzcld_desktop.sync.peers import PeerView, list_peers
from tzcld_desktop.sync.undo import UndoableImport, last_undoable_import, undo_last_import
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.exchange_dialogs import ImportPreviewDialog, PeerExportDialog
from tzcld_desktop.ui.recent_files import EXPORTED, IMPORTED, RecentFiles
from tzcld_desktop.ui.tasks import TaskControl, run_cancellable_task, run_task
from tzcld_desktop.ui.window_state import remember_layout

log = logging.getLogger(__name__)

EXCHANGE_SUFFIX = ".tzsync"
# Every table an exchange file can change, so that every view reloads after an import.
EXCHANGED_TABLES = ("territory", "cluster", "meeting", "meeting_territory", "action")
SHARED_FOLDER_KEY = "exchange/shared_folder"
PROTECT_EXPORTS_KEY = "exchange/protect_exports"
# How long the result of the synchronisation at start stays in the status bar.
START_SYNC_MESSAGE_MS = 15_000


class ExchangeWorkflows(QObject):
    """The exchange workflows of one main window.

    ``settings`` returns the window's interface settings, where the shared folder and
    the passphrase preference are kept. ``show_summary(title, text)`` shows a report,
    and ``show_status(text, milliseconds)`` writes in the status bar.
    """

    # Emitted after an export, an import, an undo or a folder synchronisation, so the
    # window can update the menu and the exchange log.
    exchanged = Signal()

    def __init__(
        self,
        context: AppContext,
        window: QWidget,
        settings: Callable[[], QSettings],
        show_summary: Callable[[str, str], None],
        show_status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._settings = settings
        self._show_summary = show_summary
        self._show_status = show_status
        self.recent_files = RecentFiles(settings)

    # -- state shown by the menu ------------------------------------------------------

    def peers(self) -> list[PeerView]:
        with self.context.store.session() as session:
            return list_peers(session)

    def undoable_import(self) -> UndoableImport | None:
        return last_undoable_import(self.context.store)

    def protects_exports(self) -> bool:
        return bool(self._settings().value(PROTECT_EXPORTS_KEY, False, type=bool))

    def set_protects_exports(self, protect: bool) -> None:
        settings = self._settings()
        settings.setValue(PROTECT_EXPORTS_KEY, protect)
        settings.sync()

    def shared_folder(self) -> Path | None:
        value = self._settings().value(SHARED_FOLDER_KEY, "", type=str)
        return Path(value) if value else None

    def _save_shared_folder(self, folder: Path | None) -> None:
        settings = self._settings()
        if folder is None:
            settings.remove(SHARED_FOLDER_KEY)
        else:
            settings.setValue(SHARED_FOLDER_KEY, str(folder))
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Shared folder setting not saved to %s: %s", settings.fileName(), settings.status())

    # -- exports ----------------------------------------------------------------------

    def export_all(self) -> None:
        """Write every record of this copy into a file, for a newcomer or a fresh start."""
        self._export(self.tr("Exporter tout"), f"tzcld-{date.today().isoformat()}{EXCHANGE_SUFFIX}",
                     for_peer=None, protect=self.protects_exports())

    def export_for_peer(self) -> None:
        """Write what a chosen colleague lacks, according to the knowledge in that colleague's last file."""
        peers = self.peers()
        if not peers:
            messages.information(self.window, self.tr("Exporter pour un collègue"), self.tr(
                "Vous n'avez encore reçu aucun fichier d'un collègue. Utilisez « Exporter tout… » : "
                "le fichier contiendra toutes vos données."
            ))
            return
        dialog = PeerExportDialog(peers, self.protects_exports(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected_replica_id() is None:
            return
        protect = dialog.protect_check.isChecked()
        self.set_protects_exports(protect)
        slug = _file_slug(dialog.selected_person())
        self._export(self.tr("Exporter pour un collègue"), f"tzcld-pour-{slug}-{date.today().isoformat()}{EXCHANGE_SUFFIX}",
                     for_peer=dialog.selected_replica_id(), protect=protect)

    def _export(self, title: str, suggested_name: str, for_peer: str | None, protect: bool) -> None:
        path = messages.save_file(self.window, title, suggested_name, self.tr("Fichiers d'échange TZCLD (*.tzsync)"))
        if path is None:
            return
        if path.suffix.lower() != EXCHANGE_SUFFIX:
            path = path.with_name(path.name + EXCHANGE_SUFFIX)
        passphrase = None
        if protect:
            passphrase = messages.ask_passphrase(self.window, self.tr("Protéger le fichier par un mot de passe"), self.tr(
                "Choisissez le mot de passe du fichier. Communiquez-le à votre collègue par un autre moyen "
                "que le fichier lui-même, par exemple par téléphone."
            ), confirm=True)
            if passphrase is None:
                return
        store = self.context.store
        try:
            report = run_task(self.window, self.tr("Export en cours…"),
                              lambda: export_data(store, path, passphrase, for_peer))
        except UserError as error:
            log.warning("Export to %s failed: %s", path, error)
            messages.show_user_error(self.window, self.tr("Export des données"), error)
            return
        self.recent_files.add(path, EXPORTED)
        self.exchanged.emit()
        summary = report.summary_text()
        if passphrase is not None:
            summary += "\n" + self.tr("Le fichier est protégé par le mot de passe que vous avez choisi.")
        self._show_summary(self.tr("Export des données"), summary)

    # -- import -----------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask for a colleague's file, preview it, confirm, merge it, then show what changed."""
        path = messages.open_file(
            self.window,
            self.tr("Importer des données"),
            self.tr("Fichiers d'échange TZCLD (*.tzsync);;Tous les fichiers (*)"),
        )
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Preview the exchange file ``path``, confirm, merge it, then show what changed."""
        title = self.tr("Import des données")
        previewed = self._preview(path, title)
        if previewed is None:
            return
        preview, passphrase = previewed
        if not self.confirm_preview(preview):
            log.info("Import of %s cancelled at the preview", path.name)
            return
        if preview.deleted >= MANY_DELETIONS and not self._confirm_deletions(preview):
            log.info("Import of %s cancelled at the confirmation of %d deletions", path.name, preview.deleted)
            return

        store = self.context.store

        def work(control: TaskControl) -> ExchangeReport:
            return import_data(store, path, passphrase, progress=control.report, cancelled=control.cancelled)

        try:
            report = run_cancellable_task(self.window, self.tr("Import en cours…"), work)
        except ImportCancelled:
            log.info("Import of %s cancelled during the merge", path.name)
            messages.information(self.window, title, self.tr(
                "L'import a été annulé : vos données n'ont pas changé."))
            return
        except UserError as error:
            log.warning("Exchange file %s not imported: %s", path, error)
            messages.show_user_error(self.window, title, error)
            return
        self.recent_files.add(path, IMPORTED)
        self.context.bus.notify(*EXCHANGED_TABLES)
        self.exchanged.emit()
        self._show_summary(title, report.summary_text())

    def _preview(self, path: Path, title: str) -> tuple[ExchangeReport, str | None] | None:
        """Return a dry-run report and the passphrase that opened the file, or None when stopped.

        An encrypted file makes this ask for the passphrase, again after a failure,
        until the file opens or the user cancels.
        """
        store = self.context.store
        passphrase: str | None = None
        prompt = self.tr("Ce fichier est protégé par un mot de passe. "
                         "Saisissez le mot de passe que l'expéditeur vous a communiqué.")
        while True:
            def work(control: TaskControl, key: str | None = passphrase) -> ExchangeReport:
                return import_data(store, path, key, dry_run=True, progress=control.report,
                                   cancelled=control.cancelled)

            try:
                report = run_cancellable_task(self.window, self.tr("Lecture du fichier…"), work)
                return report, passphrase
            except ImportCancelled:
                log.info("Preview of %s cancelled", path.name)
                return None
            except PassphraseRequired:
                pass
            except WrongPassphrase as error:
                # AES-GCM cannot tell a wrong passphrase from altered bytes, so the
                # reason is shown and the passphrase asked again; Cancel ends the import.
                log.warning("Encrypted exchange file %s not opened: %s", path, error)
                prompt = error.message() + "\n\n" + self.tr("Saisissez de nouveau le mot de passe, ou annulez.")
            except UserError as error:
                log.warning("Exchange file %s not previewed: %s", path, error)
                messages.show_user_error(self.window, title, error)
                return None
            passphrase = messages.ask_passphrase(self.window, self.tr("Fichier protégé"), prompt, confirm=False)
            if passphrase is None:
                return None

    def confirm_preview(self, preview: ExchangeReport) -> bool:
        """Show what the import would change; return True when the user chooses "Importer"."""
        dialog = ImportPreviewDialog(preview, self.window)
        remember_layout(dialog, "import_preview", self.context.store.data_dir)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _confirm_deletions(self, preview: ExchangeReport) -> bool:
        person = preview.peer_person or self.tr("l'expéditeur")
        return messages.confirm(self.window, self.tr("Confirmer les suppressions"), self.tr(
            "Cet import va supprimer {count} éléments de vos listes (territoires, grappes, réunions ou actions), "
            "parce que {person} les a supprimés.\n\n"
            "Vérifiez avec {person} que ces suppressions sont voulues. Voulez-vous vraiment importer ce fichier ?"
        ).format(count=preview.deleted, person=person))

    # -- undo -------------------------------------------------------------------------

    def undo_last_import(self) -> None:
        """Put the data back as it was before the last import, after a confirmation."""
        title = self.tr("Annuler le dernier import")
        target = self.undoable_import()
        if target is None:
            messages.information(self.window, title, self.tr(
                "Aucun import ne peut être annulé : soit aucun import n'a été fait, soit des modifications "
                "ont été enregistrées depuis."
            ))
            return

        person = target.peer_person or self.tr("un expéditeur sans nom")
        question = self.tr(
            "Annuler l'import du fichier « {file} » reçu de {person} ?\n\n"
            "Vos données reviendront à leur état d'avant cet import. L'état actuel est d'abord copié dans "
            "le dossier « sauvegardes » du dossier de données."
        ).format(file=target.file_name, person=person)
        if not messages.confirm(self.window, title, question):
            return

        store = self.context.store
        try:
            undone = run_task(self.window, self.tr("Annulation en cours…"), lambda: undo_last_import(store))
        except UserError as error:
            log.warning("Undo of the last import failed: %s", error)
            messages.show_user_error(self.window, title, error)
            return

        # The database file was replaced, so every view reads again.
        self.context.bus.notify(*EXCHANGED_TABLES)
        self.exchanged.emit()
        messages.information(self.window, title, self.tr(
            "L'import du fichier « {file} » a été annulé. Vous pouvez importer ce fichier de nouveau plus tard."
        ).format(file=undone.file_name))

    # -- shared folder ----------------------------------------------------------------

    def choose_shared_folder(self) -> None:
        """Ask for the folder that a cloud tool shares with colleagues, then synchronise with it."""
        folder = messages.choose_folder(
            self.window,
            self.tr("Dossier partagé avec vos collègues (Nextcloud, Syncthing, OneDrive…)"),
            self.shared_folder(),
        )
        if folder is None:
            return
        self._save_shared_folder(folder)
        log.info("Shared folder set to %s", folder)
        self.exchanged.emit()
        self.sync_shared_folder()

    def forget_shared_folder(self) -> None:
        """Stop synchronising with the shared folder, leaving its files where they are."""
        folder = self.shared_folder()
        if folder is None:
            return
        question = self.tr(
            "Ne plus synchroniser avec le dossier partagé {folder} ?\n\n"
            "Les fichiers du dossier ne sont pas effacés, et vos données ne changent pas."
        ).format(folder=str(folder))
        if not messages.confirm(self.window, self.tr("Dossier partagé"), question):
            return
        self._save_shared_folder(None)
        log.info("Shared folder %s no longer used", folder)
        self.exchanged.emit()

    def sync_shared_folder(self) -> None:
        """Import the colleagues' new files from the shared folder and write this copy's own."""
        self._sync(at_start=False)

    def sync_at_start(self) -> None:
        """Synchronise once when the window opens, when a shared folder is set.

        The result goes to the status bar, and only failures open a message.
        """
        if self.shared_folder() is not None:
            self._sync(at_start=True)

    def _sync(self, at_start: bool) -> None:
        title = self.tr("Dossier partagé")
        folder = self.shared_folder()
        if folder is None:
            messages.information(self.window, title, self.tr(
                "Aucun dossier partagé n'est choisi. Choisissez-le d'abord par « Échanges › Dossier partagé… »."
            ))
            return
        store = self.context.store
        try:
            report = run_task(self.window, self.tr("Synchronisation avec le dossier partagé…"),
                              lambda: sync_folder(store, folder))
        except UserError as error:
            log.warning("Synchronisation with shared folder %s failed: %s", folder, error)
            messages.show_user_error(self.window, title, error)
            return
        if report.imported:
            self.context.bus.notify(*EXCHANGED_TABLES)
        self.exchanged.emit()
        if not at_start:
            self._show_summary(title, report.summary_text())
            return
        self._show_status(self._start_status(report), START_SYNC_MESSAGE_MS)
        if report.rejected:
            messages.warning(self.window, title, self.tr(
                "Certains fichiers du dossier partagé ont été refusés. Vos données n'en ont rien reçu."
            ), details=report.summary_text())

    def _start_status(self, report: FolderSyncReport) -> str:
        return self.tr("Dossier partagé synchronisé : {summary}").format(summary=report.summary_text().splitlines()[0])


def _file_slug(name: str) -> str:
    """Return a file-name-safe, accent-free version of a person's name."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")
    return slug or "collegue"
