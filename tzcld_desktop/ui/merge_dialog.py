"""Territories recorded twice: the side-by-side merge dialog, the list of possible duplicates,
and the question asked when a new territory looks like an existing one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import overview
from tzcld_desktop.db.models import derived_id
from tzcld_desktop.db.overview import DuplicateCandidate, DuplicatePair, RecordCounts
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

# Tables a merge changes, for the data bus.
MERGED_TABLES = (
    "territory", "stage_event", "phase_progress", "criterion_check", "ebe", "indicator_value", "contact",
    "journal_note", "document_link", "action", "agenda_item", "outcome", "meeting_person", "need",
    "meeting_territory",
)
KEPT_PAIRS_KEY = "duplicates/kept_pairs"
_PAIR_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def place_text(candidate: DuplicateCandidate) -> str:
    """Return "38 – Isère", the region name alone, or a dash when the place is unknown."""
    if candidate.departement_code:
        return f"{candidate.departement_code} – {candidate.departement_name}"
    return candidate.region_name or "—"


def stage_text(value: str) -> str:
    stage = Stage._value2member_map_.get(value)
    return QCoreApplication.translate("Stage", stage.label) if stage is not None else value


# -- pairs the user chose to keep -------------------------------------------------------


def _settings(context: AppContext):
    # Imported here because the main window module imports the territory form, which imports this one.
    from tzcld_desktop.ui.main_window import interface_settings

    return interface_settings(context.store.data_dir)


def kept_pairs(context: AppContext) -> set[tuple[str, str]]:
    """Return the pairs for which the user chose "Garder les deux", stored in the interface settings."""
    value = _settings(context).value(KEPT_PAIRS_KEY, [])
    entries = [value] if isinstance(value, str) else list(value or [])
    pairs = set()
    for entry in entries:
        ids = str(entry).split()
        if len(ids) == 2:
            pairs.add((min(ids), max(ids)))
    return pairs


def keep_pair(context: AppContext, first_id: str, second_id: str) -> None:
    """Remember that two records are different territories, so the duplicate list leaves them out."""
    pairs = kept_pairs(context) | {(min(first_id, second_id), max(first_id, second_id))}
    settings = _settings(context)
    settings.setValue(KEPT_PAIRS_KEY, [f"{first} {second}" for first, second in sorted(pairs)])
    settings.sync()


def possible_duplicates(context: AppContext) -> list[DuplicatePair]:
    """Return the pairs of live territories that look like one, without those the user kept."""
    kept = kept_pairs(context)
    with context.store.session() as session:
        pairs = overview.find_duplicate_pairs(session)
    return [pair for pair in pairs if pair.key not in kept]


# -- the merge dialog -------------------------------------------------------------------


class MergeDialog(QDialog):
    """Two territories side by side; "Fusionner" keeps the chosen one, "Garder les deux" changes nothing.

    After ``exec``, ``kept_id`` is the territory that remains: the chosen one after a
    merge, ``None`` when both were kept. ``merged`` is True once the merge is saved.
    """

    def __init__(self, context: AppContext, first_id: str, second_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ids = (first_id, second_id)
        self.kept_id: str | None = None
        self.merged = False
        self.setWindowTitle(self.tr("Territoires en double ?"))
        with context.store.session() as session:
            candidates = [overview.get_candidate(session, territory_id) for territory_id in self.ids]
            counts = overview.record_counts(session, list(self.ids))
        if None in candidates:
            raise UserError("Ce territoire a été supprimé entre-temps.")
        self.candidates: list[DuplicateCandidate] = candidates  # type: ignore[assignment]
        self.counts = counts

        intro = QLabel(self.tr(
            "Ces deux fiches semblent décrire le même territoire. Choisissez la fiche à garder : "
            "la fusion lui rattache les notes, actions, documents, contacts et valeurs de l'autre, "
            "complète ses champs vides, puis supprime l'autre fiche."
        ))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._build_comparison())
        layout.addWidget(self._build_buttons())
        self.setMinimumWidth(620)

    def _build_comparison(self) -> QGridLayout:
        grid = QGridLayout()
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for column, candidate in enumerate(self.candidates, start=1):
            button = QRadioButton(self.tr("Garder cette fiche"))
            self.keep_group.addButton(button, column - 1)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, column)
        rows = (
            (self.tr("Nom"), lambda c, n: c.name),
            (self.tr("Étape"), lambda c, n: stage_text(c.stage)),
            (self.tr("Département"), lambda c, n: place_text(c)),
            (self.tr("Région"), lambda c, n: c.region_name or "—"),
            (self.tr("Notes du journal"), lambda c, n: str(n.notes)),
            (self.tr("Actions"), lambda c, n: str(n.actions)),
            (self.tr("Documents"), lambda c, n: str(n.documents)),
            (self.tr("Contacts"), lambda c, n: str(n.contacts)),
        )
        self.value_labels: dict[tuple[int, int], QLabel] = {}
        for row, (title, value) in enumerate(rows, start=1):
            grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            for column, candidate in enumerate(self.candidates, start=1):
                label = QLabel(value(candidate, self.counts[candidate.id]))
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column)
                self.value_labels[(row, column)] = label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.keep_buttons[self._default_keep()].setChecked(True)
        return grid

    def _default_keep(self) -> int:
        """Propose to keep the record with more follow-up, the first one on a tie."""
        def weight(index: int) -> int:
            counts: RecordCounts = self.counts[self.candidates[index].id]
            return counts.notes + counts.actions + counts.documents + counts.contacts

        return 1 if weight(1) > weight(0) else 0

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("Fusionner"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_both_button = self.buttons.addButton(self.tr("Garder les deux"),
                                                       QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        self.keep_both_button.clicked.connect(self.reject)
        return self.buttons

    def keep_index(self) -> int:
        return max(self.keep_group.checkedId(), 0)

    def merge(self) -> None:
        """Merge the other record into the chosen one through the services."""
        keep = self.candidates[self.keep_index()]
        other = self.candidates[1 - self.keep_index()]
        try:
            self.context.services.merge_territories(keep.id, other.id)
        except UserError as error:
            log.warning("Territories %s and %s not merged: %s", keep.id, other.id, error)
            messages.show_user_error(self, self.tr("Fusion impossible"), error)
            return
        self.kept_id = keep.id
        self.merged = True
        self.context.bus.notify(*MERGED_TABLES)
        self.accept()


# -- the list of possible duplicates ----------------------------------------------------


class DuplicatesDialog(QDialog):
    """"Doublons possibles": every pair of territories with the same name at the same place.

    "Comparer…" opens the merge dialog for the selected pair. "Garder les deux" there
    remembers the pair in the interface settings, so it leaves the list.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pairs: list[DuplicatePair] = []
        self.setWindowTitle(self.tr("Doublons possibles"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Territoire"), self.tr("Lieu"), self.tr("Autre fiche"), self.tr("Lieu")])
        self.tree.setAccessibleName(self.tr("Paires de fiches qui pourraient être des doublons"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda _item, _column: self.compare_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.compare_button = QPushButton(self.tr("Comparer…"))
        self.compare_button.clicked.connect(self.compare_selected)
        close_button = QPushButton(self.tr("Fermer"))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.pairs = possible_duplicates(self.context)
        self.tree.clear()
        for pair in self.pairs:
            item = QTreeWidgetItem([pair.first.name, place_text(pair.first), pair.second.name,
                                    place_text(pair.second)])
            item.setData(0, _PAIR_ROLE, pair.key)
            self.tree.addTopLevelItem(item)
        if self.pairs:
            self.summary_label.setText(self.tr(
                "Ces fiches portent le même nom au même endroit. Comparez-les pour les fusionner "
                "ou pour les garder toutes les deux."))
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.summary_label.setText(self.tr("Aucun doublon possible : chaque territoire n'a qu'une fiche."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.compare_button.setEnabled(self.tree.currentItem() is not None and bool(self.pairs))

    def compare_selected(self) -> None:
        """Open the merge dialog for the selected pair, then list the pairs again."""
        item = self.tree.currentItem()
        if item is None:
            return
        pair = self.pairs[self.tree.indexOfTopLevelItem(item)]
        dialog = MergeDialog(self.context, pair.first.id, pair.second.id, self)
        dialog.exec()
        if not dialog.merged:
            keep_pair(self.context, pair.first.id, pair.second.id)
        self.reload()


# -- the question asked when a new territory looks like an existing one -----------------


@dataclass(frozen=True)
class DuplicateAnswer:
    """The user's choice for a new territory that looks like ``territory_id``.

    ``action`` is "none" (no look-alike), "open" (show the existing one instead),
    "merge" (save the new one, then compare both in the merge dialog) or "cancel".
    """

    action: str
    territory_id: str | None = None


def propose_existing(parent: QWidget, context: AppContext, data: TerritoryInput,
                     can_save: bool = True) -> DuplicateAnswer:
    """Ask what to do when a live territory has the same name at the place of ``data``.

    "Save, then compare" is left out when ``can_save`` is False or when the services
    would reject the new record: they derive its id from its name and place, and a
    live record already has that id.
    """
    with context.store.session() as session:
        found = overview.find_duplicate_of(session, data.name, data.departement_code, data.region_code)
    if not found:
        return DuplicateAnswer("none")
    existing = found[0]
    same_id = derived_id("territory", normalize(data.name), data.departement_code or data.region_code or "")
    can_save = can_save and all(candidate.id != same_id for candidate in found)
    text = _tr("Un territoire semblable existe déjà : « {name} » ({place}, {stage}).").format(
        name=existing.name, place=place_text(existing), stage=stage_text(existing.stage))
    choices = [("open", _tr("Ouvrir la fiche existante"))]
    if can_save:
        text += "\n\n" + _tr(
            "« Enregistrer et comparer » enregistre ce nouveau territoire puis montre les deux fiches "
            "côte à côte : vous choisirez de les fusionner ou de les garder toutes les deux.")
        choices.append(("merge", _tr("Enregistrer et comparer…")))
    choices.append(("cancel", _tr("Revenir au formulaire")))
    answer = messages.choose(parent, _tr("Territoire déjà enregistré ?"), text, choices, "cancel")
    log.info("New territory %r looks like %s: %s", data.name, existing.id, answer)
    return DuplicateAnswer(answer, existing.id)


def compare_after_save(parent: QWidget, context: AppContext, existing_id: str, new_id: str) -> str:
    """Show the merge dialog for a territory just saved and its look-alike; return the id that remains."""
    dialog = MergeDialog(context, existing_id, new_id, parent)
    dialog.exec()
    if dialog.merged and dialog.kept_id:
        return dialog.kept_id
    keep_pair(context, existing_id, new_id)
    return new_id
