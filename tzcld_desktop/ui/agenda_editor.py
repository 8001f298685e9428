"""The "Ordre du jour" tab: sections and items of a meeting's agenda, reordered by drag
and drop or with Alt+Haut / Alt+Bas, with the planned total against the meeting's length.

Every change is written at once through the services; the meeting window then reloads
its record and calls ``set_record``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import meeting_queries
from tzcld_desktop.db.meeting_queries import AgendaItemView, MeetingRecord
from tzcld_desktop.domain.meeting_forms import AgendaItemInput, format_minutes
from tzcld_desktop.ui import messages
from tzcld_desktop.ui import meeting_prompts
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.read_only import show_read_only
from tzcld_desktop.ui.theme import alert_style

log = logging.getLogger(__name__)

_KIND_ROLE = Qt.ItemDataRole.UserRole
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION = "section"
ITEM = "item"

# Columns of the agenda tree.
TITLE_COLUMN = 0
PRESENTER_COLUMN = 1
DURATION_COLUMN = 2



class AgendaTree(QTreeWidget):
    """Sections at the top level, items below; items move by drag and drop or Alt+arrows.

    The tree never changes the agenda itself: it emits what the user asked for, and
    the editor writes it and rebuilds the tree from the saved order.
    """

    move_requested = Signal(str, object, object, str)
    """Item id, id of the item before it, id of the item after it (None at an end), section."""
    shift_requested = Signal(str, str, int)
    """``SECTION`` or ``ITEM``, section name or item id, -1 for up or +1 for down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        # Items may only be dropped among the items of a section, never at the top level.
        root = self.invisibleRootItem()
        root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            current = self.currentItem()
            if current is not None and self.dragEnabled():
                offset = -1 if event.key() == Qt.Key.Key_Up else 1
                self.shift_requested.emit(current.data(0, _KIND_ROLE), current.data(0, _KEY_ROLE), offset)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Turn a drop into a move request. The tree is rebuilt from the saved order afterwards.

        An item dropped on the upper half of another goes before it, and on the lower
        half after it. An item dropped on a section goes at the end of that section.
        """
        moving = self.currentItem()
        point = event.position().toPoint()
        target = self.itemAt(point)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moving is None or moving.data(0, _KIND_ROLE) != ITEM or target is None or target is moving:
            return
        item_id = moving.data(0, _KEY_ROLE)
        order = [key for key in self.item_ids() if key != item_id]
        if target.data(0, _KIND_ROLE) == SECTION:
            section = target.data(0, _KEY_ROLE)
            children = [target.child(index).data(0, _KEY_ROLE) for index in range(target.childCount())]
            children = [key for key in children if key != item_id]
            insert_at = order.index(children[-1]) + 1 if children else len(order)
        else:
            section = target.parent().data(0, _KEY_ROLE)
            below = point.y() > self.visualItemRect(target).center().y()
            insert_at = order.index(target.data(0, _KEY_ROLE)) + (1 if below else 0)
        previous_id = order[insert_at - 1] if insert_at > 0 else None
        next_id = order[insert_at] if insert_at < len(order) else None
        self.move_requested.emit(item_id, previous_id, next_id, section)

    def item_ids(self) -> list[str]:
        """Return the ids of the items in display order."""
        ids = []
        for row in range(self.topLevelItemCount()):
            section = self.topLevelItem(row)
            ids.extend(section.child(index).data(0, _KEY_ROLE) for index in range(section.childCount()))
        return ids

    def select_key(self, kind: str, key: str | None) -> None:
        """Select the section or item with this key, if shown."""
        for row in range(self.topLevelItemCount()):
            section = self.topLevelItem(row)
            candidates = [section, *(section.child(index) for index in range(section.childCount()))]
            for candidate in candidates:
                if candidate.data(0, _KIND_ROLE) == kind and candidate.data(0, _KEY_ROLE) == key:
                    self.setCurrentItem(candidate)
                    return


class AgendaEditor(QWidget):
    """Edits the agenda of one meeting.

    ``ensure_saved`` saves the meeting window's form and returns the meeting id (or
    None when the form is invalid), so the agenda of a new meeting can be prepared
    before the window is closed.
    """

    changed = Signal()

    def __init__(self, context: AppContext, ensure_saved: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ensure_saved = ensure_saved
        self.record: MeetingRecord | None = None
        self.meeting_length: int | None = None
        self._read_only = False

        self.tree = AgendaTree()
        self.tree.setAccessibleName(self.tr("Points de l'ordre du jour"))
        self.tree.setHeaderLabels([self.tr("Point"), self.tr("Intervenant"), self.tr("Durée prévue")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DURATION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.move_requested.connect(self._move)
        self.tree.shift_requested.connect(self._shift)
        self.tree.itemDoubleClicked.connect(self.edit_item)
        self.tree.currentItemChanged.connect(self._show_selected)
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName(self.tr("Préparation du point choisi"))
        show_read_only(self.preview, True, self.tr("Préparation du point choisi, en lecture seule"))
        self.preview.setPlaceholderText(self.tr("Texte préparé du point choisi"))

        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Ajouter un point…"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Modifier le point…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button = QPushButton(self.tr("Retirer le point"))
        self.remove_button.clicked.connect(self.remove_item)
        self.prefill_button = QPushButton(self.tr("Préparer depuis les territoires présents"))
        self.prefill_button.clicked.connect(self.prefill)
        self.apply_template_button = QPushButton(self.tr("Appliquer un modèle…"))
        self.apply_template_button.clicked.connect(self.apply_template)
        self.save_template_button = QPushButton(self.tr("Enregistrer comme modèle…"))
        self.save_template_button.clicked.connect(self.save_template)
        hint = QLabel(self.tr("Alt+Haut et Alt+Bas déplacent le point ou la section choisie ; "
                              "vous pouvez aussi faire glisser un point. Chaque modification est enregistrée aussitôt."))
        hint.setWordWrap(True)
        hint.setEnabled(False)

        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.prefill_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.apply_template_button)
        bottom.addWidget(self.save_template_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------

    def set_record(self, record: MeetingRecord | None) -> None:
        """Show the agenda of ``record``, keeping the selection."""
        current = self.tree.currentItem()
        selected = (current.data(0, _KIND_ROLE), current.data(0, _KEY_ROLE)) if current else (None, None)
        self.record = record
        self.tree.clear()
        for section in record.sections() if record else []:
            node = QTreeWidgetItem([section.name or self.tr("Sans section"), "", ""])
            node.setData(0, _KIND_ROLE, SECTION)
            node.setData(0, _KEY_ROLE, section.name)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled)
            total = sum(item.duration_minutes or 0 for item in section.items)
            node.setText(DURATION_COLUMN, format_minutes(total) if total else "")
            for item in section.items:
                node.addChild(self._item_node(item))
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)
        if selected[0]:
            self.tree.select_key(*selected)
        self._update_total()
        self._update_buttons()
        self._show_selected()

    def _item_node(self, item: AgendaItemView) -> QTreeWidgetItem:
        node = QTreeWidgetItem([item.title, item.presenter,
                                format_minutes(item.duration_minutes) if item.duration_minutes else ""])
        node.setData(0, _KIND_ROLE, ITEM)
        node.setData(0, _KEY_ROLE, item.id)
        node.setToolTip(TITLE_COLUMN, item.title)
        node.setTextAlignment(DURATION_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
        return node

    def set_meeting_length(self, minutes: int | None) -> None:
        """Compare the agenda with this length (the value in the form, saved or not)."""
        self.meeting_length = minutes or None
        self._update_total()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.tree.setDragEnabled(not read_only)
        self.tree.setAcceptDrops(not read_only)
        self._update_buttons()

    def total_text(self) -> str:
        """Return the planned total against the meeting's length, in words."""
        planned = self.record.planned_minutes if self.record else 0
        length = self.meeting_length
        if length is None:
            return self.tr("Durée prévue : {planned} (durée de la réunion non précisée).").format(
                planned=format_minutes(planned))
        if planned > length:
            return self.tr(
                "Durée prévue : {planned} pour une réunion de {length}. "
                "L'ordre du jour dépasse la durée de la réunion de {overrun}."
            ).format(planned=format_minutes(planned), length=format_minutes(length),
                     overrun=format_minutes(planned - length))
        return self.tr("Durée prévue : {planned} pour une réunion de {length} (reste {left}).").format(
            planned=format_minutes(planned), length=format_minutes(length), left=format_minutes(length - planned))

    def is_overrun(self) -> bool:
        planned = self.record.planned_minutes if self.record else 0
        return self.meeting_length is not None and planned > self.meeting_length

    def _update_total(self) -> None:
        self.total_label.setText(self.total_text())
        self.total_label.setStyleSheet(alert_style(bold=True) if self.is_overrun() else "")

    def _update_buttons(self, *_args) -> None:
        writable = not self._read_only
        selected_item = self._selected(ITEM) is not None
        has_items = bool(self.record and self.record.items)
        self.add_button.setEnabled(writable)
        self.prefill_button.setEnabled(writable)
        self.apply_template_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected_item)
        self.remove_button.setEnabled(writable and selected_item)
        self.save_template_button.setEnabled(has_items)

    def _show_selected(self, *_args) -> None:
        item = self._selected_view()
        self.preview.setPlainText(self.preparation_text(item) if item else "")
        self._update_buttons()

    def preparation_text(self, item: AgendaItemView) -> str:
        """Return what was prepared for an item: its territory's preparation, or else its stored text.

        The preparation of a territory's item (stage, changes since the previous
        meeting, open actions) is read from the data each time it is shown, so its
        minutes stay empty until the note-taker writes them.
        """
        if item.territory_id is None or self.record is None:
            return item.minutes
        with self.context.store.session() as session:
            sections = meeting_queries.build_territory_sections(session, self.record.id)
        section = next((section for section in sections if section.territory_id == item.territory_id), None)
        if section is None:
            return self.tr("Ce territoire n'est pas noté présent à cette réunion : rien n'est préparé pour lui.")
        return "\n".join(section.lines)

    def _selected(self, kind: str) -> str | None:
        current = self.tree.currentItem()
        if current is None or current.data(0, _KIND_ROLE) != kind:
            return None
        return current.data(0, _KEY_ROLE)

    def _selected_view(self) -> AgendaItemView | None:
        item_id = self._selected(ITEM)
        if item_id is None or self.record is None:
            return None
        return next((item for item in self.record.items if item.id == item_id), None)

    def _sections(self) -> list[str]:
        return [section.name for section in self.record.sections()] if self.record else []

    # -- writing -------------------------------------------------------------------------

    def _write(self, write: Callable[[str], object], title: str) -> bool:
        meeting_id = self.ensure_saved()
        if meeting_id is None:
            return False
        done = meeting_prompts.try_write(self, title, lambda: write(meeting_id))
        self.changed.emit()
        return done

    def add_item(self) -> None:
        current_section = self._selected(SECTION)
        selected_item = self._selected_view()
        if current_section is not None:
            section = current_section
        else:
            section = selected_item.section if selected_item else ""
        dialog = meeting_prompts.AgendaItemDialog(self._sections(), None, self)
        dialog.section_combo.setCurrentText(section)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            value.territory_id = self._section_territory(value.section)
            self._write(lambda meeting_id: self.context.services.add_agenda_item(meeting_id, value),
                        self.tr("Point non ajouté"))

    def _section_territory(self, name: str) -> str | None:
        for section in self.record.sections() if self.record else []:
            if section.name == name:
                return section.territory_id
        return None

    def edit_item(self, *_args) -> None:
        item = self._selected_view()
        if item is None or self._read_only:
            return
        original = AgendaItemInput(item.title, item.section, item.territory_id, item.presenter,
                                   item.duration_minutes, item.minutes, item.status)
        dialog = meeting_prompts.AgendaItemDialog(self._sections(), original, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            if value.section != item.section:
                value.territory_id = self._section_territory(value.section)
            self._write(lambda _meeting_id: self.context.services.update_agenda_item(item.id, value),
                        self.tr("Point non modifié"))

    def remove_item(self) -> None:
        item = self._selected_view()
        if item is None:
            return
        question = self.tr("Retirer le point « {title} » de l'ordre du jour ? Ses décisions et informations "
                           "sont retirées avec lui ; les actions décidées restent.").format(title=item.title)
        if messages.confirm(self, self.tr("Retirer le point"), question):
            self._write(lambda _meeting_id: self.context.services.delete_agenda_item(item.id),
                        self.tr("Point non retiré"))

    def _move(self, item_id: str, previous_id: str | None, next_id: str | None, section: str) -> None:
        self._write(lambda _meeting_id: self.context.services.move_agenda_item(item_id, previous_id, next_id, section),
                    self.tr("Point non déplacé"))
        self.tree.select_key(ITEM, item_id)

    def _shift(self, kind: str, key: str, offset: int) -> None:
        services = self.context.services
        if kind == ITEM:
            self._write(lambda _meeting_id: services.shift_agenda_item(key, offset), self.tr("Point non déplacé"))
        else:
            self._write(lambda meeting_id: services.shift_agenda_section(meeting_id, key, offset),
                        self.tr("Section non déplacée"))
        self.tree.select_key(kind, key)

    def prefill(self) -> None:
        """Add a prepared section for each attending territory that has none yet."""
        added: list[int] = []

        def write(meeting_id: str) -> None:
            added.append(self.context.services.prefill_agenda(meeting_id))

        if self._write(write, self.tr("Ordre du jour non préparé")) and added and added[0] == 0:
            messages.information(
                self, self.tr("Préparer depuis les territoires présents"),
                self.tr("Chaque territoire présent a déjà sa section, ou aucun territoire n'est invité : "
                        "cochez les territoires dans l'onglet « Présences »."),
            )

    def apply_template(self) -> None:
        kind = self.record.kind if self.record else None
        with self.context.store.session() as session:
            templates = meeting_queries.list_agenda_templates(session, kind)
        if not templates:
            messages.information(self, self.tr("Appliquer un modèle"),
                                 self.tr("Aucun modèle d'ordre du jour pour ce type de réunion. Préparez un ordre du "
                                         "jour puis cliquez sur « Enregistrer comme modèle… »."))
            return
        choices = [(template.id, template.name) for template in templates]
        template_id = meeting_prompts.ask_choice(self, self.tr("Appliquer un modèle"),
                                                 self.tr("Ses points sont ajoutés à la fin de l'ordre du jour."),
                                                 choices)
        if template_id is not None:
            self._write(lambda meeting_id: self.context.services.apply_agenda_template(meeting_id, template_id),
                        self.tr("Modèle non appliqué"))

    def save_template(self) -> None:
        if self.record is None:
            return
        name = meeting_prompts.ask_text(
            self, self.tr("Enregistrer comme modèle"),
            self.tr("Nom du modèle (les sections des territoires n'y figurent pas) :"), self.record.title)
        if name is None:
            return
        meeting_id = self.record.id
        if meeting_prompts.try_write(self, self.tr("Modèle non enregistré"),
                                     lambda: self.context.services.save_agenda_template(meeting_id, name)):
            messages.information(self, self.tr("Enregistrer comme modèle"),
                                 self.tr("Modèle « {name} » enregistré.").format(name=name))
