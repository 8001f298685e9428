"""Fichier › Restaurer une sauvegarde: the list of backups, and putting one back."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db.backup import BackupInfo, list_backups
from tzcld_desktop.db.store import restore_backup
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

ALL_TABLES = ("territory", "cluster", "meeting", "meeting_territory", "action")


def _when(backup: BackupInfo) -> str:
    # Backups are named in local time, so no time zone is shown.
    return QLocale().toString(backup.created_at, "dddd d MMMM yyyy, HH:mm:ss")


class RestoreBackupDialog(QDialog):
    """Lists the backups of the data folder, newest first, and restores the chosen one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.restored: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(640, 420)

        explanation = QLabel(self.tr(
            "Choisissez la copie à remettre en place. Vos données actuelles sont d'abord conservées "
            "dans une nouvelle sauvegarde : vous pourrez revenir en arrière."
        ))
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Taille"), self.tr("Faite")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Sauvegardes disponibles"))
        self.table.doubleClicked.connect(self.restore_selected)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("Restaurer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.context.store.db_path)
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            when = _when(backup)
            cells = (when, locale.formattedDataSize(backup.size), self._reason_text(backup.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _reason_text(self, reason: str) -> str:
        texts = {
            "quotidienne": self.tr("au premier démarrage du jour"),
            "import": self.tr("avant un import"),
            "migration": self.tr("avant une mise à jour de l'application"),
            "avant-restauration": self.tr("avant une restauration"),
            "avant-annulation": self.tr("avant l'annulation d'un import"),
        }
        return texts.get(reason, reason)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self.backups[rows[0].row()]
        when = _when(backup)
        question = self.tr(
            "Remettre les données telles qu'elles étaient le {when} ? Ce que vous avez saisi depuis "
            "sera retiré de l'application, mais restera dans une sauvegarde."
        ).format(when=when)
        if not messages.confirm(self, self.tr("Restaurer une sauvegarde"), question):
            return
        try:
            run_task(self, self.tr("Restauration en cours…"), lambda: restore_backup(self.context.store, backup.path))
        except UserError as error:
            messages.show_user_error(self, self.tr("Restauration impossible"), error)
            return
        log.info("Backup %s restored from the dialog", backup.path.name)
        self.restored = backup
        self.context.bus.notify(*ALL_TABLES)
        messages.information(self, self.tr("Sauvegarde restaurée"), self.tr("Les données du {when} sont en place.")
                             .format(when=when))
        self.accept()
