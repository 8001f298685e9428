"""A vertical timeline of a territory's history steps, painted by an item delegate.

Each step shows a dot in its stage's colour on a vertical line, the step in bold, the
date with the stage and any publication date in grey, and the comment wrapped below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tzcld_desktop.db.record_queries import StageEventView
from tzcld_desktop.domain.frenchtext import format_date_long
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui.record.badges import STAGE_DOT_COLOURS
from tzcld_desktop.ui.theme import muted_text_color

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
# Where the step sits in the shown order: (is first shown, is last shown).
ENDS_ROLE = Qt.ItemDataRole.UserRole + 2

_GUTTER = 40
_DOT_RADIUS = 7
_PADDING = 10
_LINE_GAP = 3
_RIGHT_MARGIN = 12


def step_text(event: StageEventView) -> str:
    """The step's label in the interface language, or its stored value when this version does not know it."""
    if event.step is None:
        return event.step_value
    return QCoreApplication.translate("StageStep", event.step.label)


def detail_text(event: StageEventView) -> str:
    """The grey line under the step: date, stage and, for an act, its publication date."""
    parts = [format_date_long(event.event_date) if event.event_date else
             QCoreApplication.translate("Timeline", "Date inconnue")]
    if event.step is not None:
        parts.append(QCoreApplication.translate("Stage", Stage(event.step.stage).label))
    if event.published_on is not None:
        parts.append(QCoreApplication.translate("Timeline", "publié au Journal officiel le {date}").format(
            date=format_date_long(event.published_on)))
    return " · ".join(parts)


def event_texts(event: StageEventView) -> list[str]:
    """Every line of text the timeline shows for ``event``, as tests and screen readers read it."""
    texts = [step_text(event), detail_text(event)]
    if event.comment:
        texts.append(event.comment)
    return texts


class TimelineDelegate(QStyledItemDelegate):
    """Paints one history step of a ``TimelineList``."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        detail.setPointSizeF(max(option.font.pointSizeF() * 0.92, 7.0))
        return title, detail, QFont(option.font)

    def _text_width(self) -> int:
        return max(self.view.viewport().width() - _GUTTER - _RIGHT_MARGIN, 120)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        event: StageEventView = index.data(EVENT_ROLE)
        title_font, detail_font, comment_font = self._fonts(option)
        width = self._text_width()
        height = 2 * _PADDING
        for text, font in self._blocks(event, title_font, detail_font, comment_font):
            height += self._height(font, text, width) + _LINE_GAP
        return QSize(width + _GUTTER, max(height, 2 * _PADDING + 2 * _DOT_RADIUS))

    @staticmethod
    def _blocks(event: StageEventView, title: QFont, detail: QFont, comment: QFont) -> list[tuple[str, QFont]]:
        blocks = [(step_text(event), title), (detail_text(event), detail)]
        if event.comment:
            blocks.append((event.comment, comment))
        return blocks

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        event: StageEventView = index.data(EVENT_ROLE)
        first, last = index.data(ENDS_ROLE)
        painter.save()
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        centre_x = rect.left() + _GUTTER // 2
        dot_y = rect.top() + _PADDING + QFontMetrics(self._fonts(option)[0]).height() // 2
        line_pen = QPen(QColor("#c4c7c5"), 2)
        painter.setPen(line_pen)
        if not first:
            painter.drawLine(centre_x, rect.top(), centre_x, dot_y)
        if not last:
            painter.drawLine(centre_x, dot_y, centre_x, rect.bottom() + 1)
        colour = QColor(STAGE_DOT_COLOURS.get(Stage(event.step.stage), "#80868b") if event.step else "#80868b")
        painter.setPen(QPen(option.palette.base().color(), 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre_x - _DOT_RADIUS, dot_y - _DOT_RADIUS, 2 * _DOT_RADIUS, 2 * _DOT_RADIUS)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        grey = text_colour if selected else muted_text_color(option.palette)
        title_font, detail_font, comment_font = self._fonts(option)
        x = rect.left() + _GUTTER
        y = rect.top() + _PADDING
        width = self._text_width()
        colours = [text_colour, grey, text_colour]
        for (text, font), pen_colour in zip(self._blocks(event, title_font, detail_font, comment_font), colours):
            height = self._height(font, text, width)
            painter.setFont(font)
            painter.setPen(pen_colour)
            painter.drawText(QRect(x, y, width, height), int(Qt.TextFlag.TextWordWrap), text)
            y += height + _LINE_GAP
        painter.restore()


class TimelineList(QListWidget):
    """The history steps in the chosen order, one timeline entry per item; Suppr asks to delete one."""

    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)

    def set_events(self, events: list[StageEventView]) -> None:
        """Show ``events`` in the given order; the selected step stays selected when it is still shown."""
        selected = self.selected_event()
        self.clear()
        for position, event in enumerate(events):
            item = QListWidgetItem()
            item.setData(EVENT_ROLE, event)
            item.setData(ENDS_ROLE, (position == 0, position == len(events) - 1))
            # The plain text is what accessibility tools read and what keyboard search matches.
            item.setData(Qt.ItemDataRole.DisplayRole, step_text(event))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, "\n".join(event_texts(event)))
            self.addItem(item)
            if selected is not None and event.id == selected.id:
                self.setCurrentItem(item)

    def events(self) -> list[StageEventView]:
        return [self.item(row).data(EVENT_ROLE) for row in range(self.count())]

    def selected_event(self) -> StageEventView | None:
        items = self.selectedItems()
        return items[0].data(EVENT_ROLE) if items else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Delete) and self.selected_event() is not None:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Row heights depend on the width, because comments wrap.
        self.scheduleDelayedItemsLayout()
