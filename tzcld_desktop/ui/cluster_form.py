"""Dialogs that edit a cluster (grappe): its details, and which territories belong to it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import cluster_queries, queries
from tzcld_desktop.db.queries import ClusterView, TerritoryQuery
from tzcld_desktop.domain.errors import UserError, ValidationError
from tzcld_desktop.domain.forms import ClusterInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.field_errors import FieldErrors, make_error_label
from tzcld_desktop.ui.save_key import bind_save_key

log = logging.getLogger(__name__)

_ID_ROLE = Qt.ItemDataRole.UserRole


def find_cluster(context: AppContext, cluster_id: str) -> ClusterView | None:
    """Return the live cluster ``cluster_id``, or None when it was deleted."""
    with context.store.session() as session:
        return next((c for c in queries.list_clusters(session) if c.id == cluster_id), None)


def _profile_name(context: AppContext) -> str:
    """Return the name of the referent using this copy, or ""."""
    with context.store.session() as session:
        profile = queries.get_profile(session)
    return profile.name if profile else ""


def make_check_list() -> QListWidget:
    """Create a list of territories to tick, whose long names wrap instead of scrolling sideways."""
    check_list = QListWidget()
    check_list.setWordWrap(True)
    check_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Lay the items out again at each resize, so they wrap at the list's current width.
    check_list.setResizeMode(QListView.ResizeMode.Adjust)
    check_list.setSpacing(1)
    return check_list


def stage_text(stage: Stage) -> str:
    """Return the stage label in the user's language."""
    return QCoreApplication.translate("Stage", stage.label)


class ClusterDialog(QDialog):
    """Creates a cluster (``cluster_id`` None) or edits one. After saving, ``cluster_id`` is its id."""

    def __init__(self, context: AppContext, cluster_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cluster_id = cluster_id
        self.setWindowTitle(self.tr("Nouvelle grappe") if cluster_id is None else self.tr("Modifier la grappe"))
        self.setMinimumWidth(480)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Par exemple : Grappe Isère – Savoie"))
        self.region_combo = QComboBox()
        self.animator_edit = QPlainTextEdit()
        self.animator_edit.setPlaceholderText(
            self.tr("Organisations et personnes qui animent la grappe, une par ligne")
        )
        self.animator_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.referent_edit = QLineEdit()
        self.referent_edit.setPlaceholderText(self.tr("La référente ou le référent national en binôme"))
        if cluster_id is None:
            self.referent_edit.setText(_profile_name(context))

        self.errors = FieldErrors(
            make_error_label(),
            {"name": make_error_label(), "region_code": make_error_label(), "referent": make_error_label()},
        )
        self.errors.clear_on_edit("name", self.name_edit.textEdited)
        self.errors.clear_on_edit("region_code", self.region_combo.activated)
        self._build_layout()
        self._fill_regions()
        if cluster_id is not None:
            self._load(cluster_id)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow("", self.errors.labels["name"])
        form.addRow(self.tr("Région"), self.region_combo)
        form.addRow("", self.errors.labels["region_code"])
        form.addRow(self.tr("Référente ou référent"), self.referent_edit)
        form.addRow("", self.errors.labels["referent"])
        form.addRow(self.tr("Animation"), self.animator_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill_regions(self) -> None:
        """List the followed regions, or every region when the profile follows none."""
        with self.context.store.session() as session:
            regions = queries.list_regions(session)
            profile = queries.get_profile(session)
        followed = set(profile.region_codes) if profile else set()
        shown = [region for region in regions if region.code in followed] or regions
        for region in shown:
            self.region_combo.addItem(region.name, region.code)

    def _load(self, cluster_id: str) -> None:
        cluster = find_cluster(self.context, cluster_id)
        if cluster is None:
            self.errors.show({"": self.tr("Cette grappe a été supprimée entre-temps.")})
            return
        self.name_edit.setText(cluster.name)
        self.animator_edit.setPlainText(cluster.animator)
        self.notes_edit.setPlainText(cluster.notes)
        with self.context.store.session() as session:
            details = cluster_queries.get_cluster(session, cluster_id)
        self.referent_edit.setText(details.referent if details else "")
        if cluster.region_code and self.region_combo.findData(cluster.region_code) < 0:
            # A cluster of a region the referent no longer follows keeps its region.
            self.region_combo.addItem(cluster.region_name, cluster.region_code)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(cluster.region_code), 0))

    def form_input(self) -> ClusterInput:
        return ClusterInput(
            name=self.name_edit.text(),
            region_code=self.region_combo.currentData(),
            animator=self.animator_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
            referent=self.referent_edit.text(),
        )

    def save(self) -> None:
        """Save through the services, or show the invalid values and stay open."""
        self.errors.clear()
        try:
            self.cluster_id = self.context.services.save_cluster(self.cluster_id, self.form_input())
        except ValidationError as error:
            self.errors.show(error.field_messages())
            return
        except UserError as error:
            log.warning("Cluster %s not saved: %s", self.cluster_id, error)
            messages.show_user_error(self, self.tr("Grappe non enregistrée"), error)
            return
        self.context.bus.notify("cluster")
        self.accept()


class ClusterMembersDialog(QDialog):
    """Checkable list of the territories of a cluster's region. Saving makes the ticked ones members."""

    def __init__(self, context: AppContext, cluster_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cluster_id = cluster_id
        self.resize(560, 520)

        cluster = find_cluster(context, cluster_id)
        cluster_name = cluster.name if cluster else ""
        region_name = cluster.region_name if cluster else ""
        self.setWindowTitle(self.tr("Territoires de la grappe « {name} »").format(name=cluster_name))

        intro = QLabel(
            self.tr(
                "Cochez les territoires de la région {region} qui font partie de la grappe. "
                "Un territoire appartient à une seule grappe : le cocher le retire de sa grappe actuelle."
            ).format(region=region_name)
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Rechercher un territoire"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.territory_list = make_check_list()
        self.empty_label = QLabel(
            self.tr("Aucun territoire n'est enregistré dans cette région. Ajoutez-en dans l'onglet des territoires.")
        )
        self.empty_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bind_save_key(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.territory_list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)

        self._fill(cluster)

    def _fill(self, cluster: ClusterView | None) -> None:
        with self.context.store.session() as session:
            members = queries.list_territories(session, TerritoryQuery(cluster_id=self.cluster_id))
            in_region = (
                queries.list_territories(session, TerritoryQuery(region_codes=(cluster.region_code,)))
                if cluster and cluster.region_code
                else []
            )
        member_ids = {territory.id for territory in members}
        # Members outside the region (moved since, or without a département) stay listed
        # so that saving does not drop them silently.
        extra = [territory for territory in members if territory.id not in {t.id for t in in_region}]
        for territory in [*in_region, *extra]:
            text = territory.name
            if territory.departement_code:
                text += f" ({territory.departement_code})"
            text += " — " + stage_text(territory.stage)
            if territory.cluster_id and territory.cluster_id != self.cluster_id and territory.cluster_name:
                text += " — " + self.tr("grappe {name}").format(name=territory.cluster_name)
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, territory.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = territory.id in member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.territory_list.addItem(item)
        self.empty_label.setVisible(self.territory_list.count() == 0)

    def _apply_filter(self, text: str) -> None:
        key = normalize(text)
        for row in range(self.territory_list.count()):
            item = self.territory_list.item(row)
            item.setHidden(bool(key) and key not in normalize(item.text()))

    def checked_ids(self) -> list[str]:
        """Return the ids of the ticked territories, hidden ones included."""
        items = (self.territory_list.item(row) for row in range(self.territory_list.count()))
        return [item.data(_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            self.context.services.set_cluster_territories(self.cluster_id, self.checked_ids())
        except UserError as error:
            log.warning("Territories of cluster %s not saved: %s", self.cluster_id, error)
            messages.show_user_error(self, self.tr("Territoires non enregistrés"), error)
            return
        log.info("Cluster %s now has %d territories", self.cluster_id, len(self.checked_ids()))
        self.context.bus.notify("territory")
        self.accept()
