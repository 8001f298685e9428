"""Small dialogs of the exchange workflows: the import preview and the choice of a colleague."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.sync.exchange import MANY_DELETIONS, ExchangeReport
from tzcld_desktop.sync.peers import PeerView
from tzcld_desktop.ui.exchange_text import format_local_long
from tzcld_desktop.ui.theme import alert_style



class ImportPreviewDialog(QDialog):
    """Preview of an import, from a dry run, with the buttons "Importer" and "Annuler"."""

    def __init__(self, report: ExchangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aperçu de l'import"))
        person = report.peer_person or self.tr("un expéditeur sans nom")
        self.intro_label = QLabel(
            self.tr("Fichier « {file} », envoyé par {person}.").format(file=report.path.name, person=person)
        )
        self.intro_label.setWordWrap(True)

        self.count_labels = {
            "created": QLabel(str(report.created)),
            "updated": QLabel(str(report.updated)),
            "deleted": QLabel(str(report.deleted)),
            "conflicts": QLabel(str(report.conflicts)),
            "unchanged": QLabel(str(report.unchanged)),
        }
        form = QFormLayout()
        form.addRow(self.tr("Nouveaux éléments :"), self.count_labels["created"])
        form.addRow(self.tr("Éléments modifiés :"), self.count_labels["updated"])
        form.addRow(self.tr("Éléments supprimés :"), self.count_labels["deleted"])
        form.addRow(self.tr("Conflits à examiner :"), self.count_labels["conflicts"])
        form.addRow(self.tr("Éléments déjà à jour :"), self.count_labels["unchanged"])

        self.notes_label = QLabel("\n\n".join(self._notes(report, person)))
        self.notes_label.setWordWrap(True)
        self.warning_label = QLabel("\n\n".join(self._warnings(report, person)))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(alert_style())
        self.warning_label.setVisible(bool(self.warning_label.text()))

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Importer"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _warnings(self, report: ExchangeReport, person: str) -> list[str]:
        warnings = []
        if report.deleted >= MANY_DELETIONS:
            warnings.append(self.tr(
                "Attention : {count} éléments supprimés par {person} disparaîtront aussi de vos listes."
            ).format(count=report.deleted, person=person))
        if report.clamped_stamps:
            warnings.append(report.clock_warning())
        return warnings

    def _notes(self, report: ExchangeReport, person: str) -> list[str]:
        notes = []
        if not (report.created or report.updated or report.deleted or report.conflicts):
            notes.append(self.tr(
                "Ce fichier ne vous apporte aucune modification. L'importer enregistre tout de même ce que "
                "{person} a déjà reçu, pour que vos prochains envois à {person} ne contiennent que la suite."
            ).format(person=person))
        notes.append(self.tr(
            "Rien n'est encore enregistré. Une sauvegarde de vos données sera faite juste avant l'import, "
            "et vous pourrez l'annuler par « Échanges › Annuler le dernier import… » tant que vous "
            "n'aurez rien modifié."
        ))
        return notes


class PeerExportDialog(QDialog):
    """Choose the colleague an export is for, and whether to protect the file."""

    def __init__(self, peers: list[PeerView], protect: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter pour un collègue"))
        self.intro_label = QLabel(self.tr(
            "Choisissez le collègue à qui vous envoyez le fichier. Il contiendra seulement ce que ce "
            "collègue n'avait pas encore d'après le dernier fichier reçu de lui, y compris ce qu'un envoi "
            "perdu devait lui apporter."
        ))
        self.intro_label.setWordWrap(True)

        self.peer_list = QListWidget()
        for peer in peers:
            person = peer.person or self.tr("Collègue sans nom")
            if peer.last_received_at is None:
                text = person
            else:
                text = self.tr("{person} — dernier fichier reçu le {moment}").format(
                    person=person, moment=format_local_long(peer.last_received_at)
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, peer.replica_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, peer.person)
            self.peer_list.addItem(item)
        self.peer_list.setCurrentRow(0)
        self.peer_list.itemDoubleClicked.connect(self.accept)

        self.protect_check = QCheckBox(self.tr("Protéger par un mot de passe"))
        self.protect_check.setChecked(protect)

        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Exporter…"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.peer_list.currentRowChanged.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.peer_list)
        layout.addWidget(self.protect_check)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_button()

    def selected_replica_id(self) -> str | None:
        item = self.peer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_person(self) -> str:
        item = self.peer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item else ""

    def select_person(self, person: str) -> bool:
        """Select the first colleague named ``person``, and return False when none is listed."""
        for row in range(self.peer_list.count()):
            if self.peer_list.item(row).data(Qt.ItemDataRole.UserRole + 1) == person:
                self.peer_list.setCurrentRow(row)
                return True
        return False

    def _update_button(self) -> None:
        self.export_button.setEnabled(self.peer_list.currentItem() is not None)
