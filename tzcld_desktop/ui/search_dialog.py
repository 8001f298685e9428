"""The global search (Ctrl+K): territories, contacts, notes and actions found as you type."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop.db import overview
from tzcld_desktop.db.overview import SearchGroup, SearchHit, SearchKind, SearchResults
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import ContactRole, NoteKind
from tzcld_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

# Typing pauses this long before the search runs, so a fast typist waits for one search only.
DEBOUNCE_MS = 150
LIMIT_PER_KIND = 20

HIT_ROLE = Qt.ItemDataRole.UserRole
LINES_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADINGS = {
    SearchKind.TERRITORY: QT_TRANSLATE_NOOP("SearchDialog", "Territoires"),
    SearchKind.CONTACT: QT_TRANSLATE_NOOP("SearchDialog", "Contacts"),
    SearchKind.NOTE: QT_TRANSLATE_NOOP("SearchDialog", "Notes"),
    SearchKind.ACTION: QT_TRANSLATE_NOOP("SearchDialog", "Actions"),
}
_NAVIGATION_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchDialog", text)


def _long_date(value) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def _choice_text(cls, value: str) -> str:
    """Return the translated label of a stored value, or the value itself when this version does not know it."""
    member = cls.parse(value) if hasattr(cls, "parse") else cls._value2member_map_.get(value)
    return QCoreApplication.translate(cls.__name__, member.label) if member is not None else value


def hit_lines(hit: SearchHit) -> tuple[str, str]:
    """Return the two lines that show a hit: what it is, then its detail or the text around the match."""
    if hit.kind is SearchKind.TERRITORY:
        parts = [hit.detail, _choice_text(Stage, hit.status)]
        return hit.title, " · ".join(part for part in parts if part)
    if hit.kind is SearchKind.CONTACT:
        parts = [hit.detail, _choice_text(ContactRole, hit.status), hit.territory_name]
        return hit.title, " · ".join(part for part in parts if part)
    territory = hit.territory_name or _tr("Sans territoire")
    if hit.kind is SearchKind.NOTE:
        when = _long_date(hit.day) if hit.day else _tr("sans date")
        return f"{territory} — {when} ({_choice_text(NoteKind, hit.status)})", hit.snippet
    due = _tr("échéance le {date}").format(date=_long_date(hit.day)) if hit.day else _tr("sans échéance")
    return f"{territory} — {due} ({_choice_text(ActionStatus, hit.status)})", hit.snippet


def _same_lines_at(ideal_width: float, wrapped: bool, built_width: int, width: int) -> bool:
    """Return whether text laid out at ``built_width`` breaks its lines the same way at ``width``.

    The list requests sizes at a few widths as its scroll bar comes and goes. A narrower
    width that still fits the longest line breaks nowhere new, and text whose lines were
    never wrapped stays the same at any width that fits its longest line.
    """
    if width == built_width:
        return True
    if ideal_width > width:
        return False
    return width < built_width or not wrapped


# Space around the two lines of a hit, in pixels.
_HIT_MARGIN = 3


def _bold_range(start: int, end: int) -> QTextLayout.FormatRange:
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, end - start, bold
    return span


class _HitText:
    """The two lines of a hit laid out at one width, the matched words in bold.

    Laying out 80 hits as QTextLayouts took 6.8 ms, against 10.9 ms as QTextDocuments
    built from HTML (one warm run). The painter sets the colour of each line, so a
    selected hit needs no layout of its own.
    """

    def __init__(self, font: QFont, lines: tuple[str, str], words: tuple[str, ...], width: int) -> None:
        self.width = width
        self.layouts: list[QTextLayout] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        top = float(_HIT_MARGIN)
        self.ideal_width = 0.0
        self.wrapped = False
        for text in lines:
            layout = QTextLayout(text, font)
            layout.setTextOption(option)
            layout.setFormats([_bold_range(start, end) for start, end in overview.match_spans(text, words)])
            layout.setCacheEnabled(True)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(max(width - 2 * _HIT_MARGIN, 1))
                line.setPosition(QPointF(_HIT_MARGIN, top))
                top += line.height()
                self.ideal_width = max(self.ideal_width, line.naturalTextWidth() + 2 * _HIT_MARGIN)
            layout.endLayout()
            self.wrapped = self.wrapped or layout.lineCount() > 1
            self.layouts.append(layout)
        self.size = QSize(math.ceil(self.ideal_width), math.ceil(top + _HIT_MARGIN))

    def fits(self, width: int) -> bool:
        return _same_lines_at(self.ideal_width, self.wrapped, self.width, width)

    def draw(self, painter: QPainter, origin: QPoint, first: QColor, second: QColor) -> None:
        for layout, colour in zip(self.layouts, (first, second)):
            painter.setPen(colour)
            layout.draw(painter, QPointF(origin))


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit on two lines, the matched words in bold and the second line muted."""

    def __init__(self, dialog: SearchDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        # Qt requests each row's size several times while it lays the list out, then paints
        # the visible rows: laying the same text out again each time made a keystroke cost
        # about 0.2 s. Layouts are kept until the next search fills the list, per text and
        # font, with the widths they were laid out at.
        self._texts: dict[tuple, list[_HitText]] = {}

    def forget_layouts(self) -> None:
        self._texts.clear()

    def _text(self, option: QStyleOptionViewItem, index: QModelIndex) -> _HitText:
        lines = index.data(LINES_ROLE)
        words = self.dialog.results.words if self.dialog.results else ()
        width = self._text_width(option)
        laid_out = self._texts.setdefault((lines, words, option.font.key()), [])
        for text in laid_out:
            if text.fits(width):
                return text
        text = _HitText(option.font, lines, words, width)
        laid_out.append(text)
        return text

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """Return the width to lay a hit out at: the row's width, less a scroll bar even before one shows.

        The list shows its scroll bar once the rows overflow, which narrows every row and
        made Qt request each size again. Wrapping at the narrower width from the start
        lays each hit out once.
        """
        view = self.dialog.results_list
        bar = view.verticalScrollBar()
        if not bar.isVisible():
            extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            return max(option.rect.width() - extent, 200)
        return max(option.rect.width(), 200)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(LINES_ROLE) is None:
            super().paint(painter, option, index)
            return
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.text = ""
        style = item_option.widget.style() if item_option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, item_option.widget)
        if option.state & QStyle.StateFlag.State_Selected:
            first = second = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            first = option.palette.color(QPalette.ColorRole.Text)
            second = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setClipRect(option.rect)
        self._text(option, index).draw(painter, option.rect.topLeft(), first, second)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt's name
        if index.data(LINES_ROLE) is None:
            return super().sizeHint(option, index)
        return self._text(option, index).size


class SearchDialog(QDialog):
    """A search field over a list of hits grouped under "Territoires", "Contacts", "Notes", "Actions".

    The list follows the typing after a short pause. The arrow keys move between hits,
    Enter or a click opens one and emits ``open_result(kind, record_id, territory_id)``
    (kind is the table name, territory_id "" when the record has none), Escape closes.
    """

    open_result = Signal(str, str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.results: SearchResults | None = None
        self.setWindowTitle(self.tr("Rechercher partout"))

        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Rechercher partout"))
        self.search_edit.setPlaceholderText(self.tr("Territoire, contact, note ou action…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.status_label = QLabel()
        self.results_list = QListWidget()
        self.results_list.setAccessibleName(self.tr("Résultats de la recherche"))
        self.results_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hit_delegate = _HitDelegate(self)
        self.results_list.setItemDelegate(self.hit_delegate)
        self.results_list.itemClicked.connect(self._item_clicked)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._timer.start)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_list, 1)
        layout.addWidget(self.status_label)
        self.resize(680, 520)
        self._show_status()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Opened again, the dialog shows the last search selected, so typing replaces it,
        # and runs it again, as records may have changed since.
        self.search_edit.selectAll()
        if self.results is not None:
            self.run_search()

    # -- searching ---------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for the typed text now and show the hits."""
        self._timer.stop()
        text = self.search_edit.text()
        with self.context.store.session() as session:
            results = overview.search_everything(session, text, LIMIT_PER_KIND)
        self._fill(results)
        self._show_status()

    def _fill(self, results: SearchResults) -> None:
        # Cleared while the previous words still apply: removing rows makes Qt request the
        # sizes of the rows left, which then come from the layouts already made.
        self.results_list.clear()
        self.results = results
        self.hit_delegate.forget_layouts()
        heading_font = QFont(self.results_list.font())
        heading_font.setBold(True)
        for group in self.results.groups:
            if not group.total:
                continue
            heading = QListWidgetItem(self._heading(group))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(heading_font)
            heading.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
            self.results_list.addItem(heading)
            for hit in group.hits:
                first, second = hit_lines(hit)
                item = QListWidgetItem(f"{first} — {second}" if second else first)
                item.setData(HIT_ROLE, hit)
                item.setData(LINES_ROLE, (first, second))
                self.results_list.addItem(item)
        self._move_to(self._hit_rows()[0] if self._hit_rows() else None)

    def _heading(self, group: SearchGroup) -> str:
        label = QCoreApplication.translate("SearchDialog", _HEADINGS[group.kind])
        locale = QLocale()
        total, listed = group.total, len(group.hits)
        if group.capped:
            # Counting stopped at the cap, so the exact total is unknown.
            return self.tr("{label} ({listed} sur plus de {total})").format(
                label=label, listed=locale.toString(listed), total=locale.toString(total))
        if total > listed:
            return self.tr("{label} ({listed} sur {total})").format(
                label=label, listed=locale.toString(listed), total=locale.toString(total))
        return self.tr("{label} ({total})").format(label=label, total=locale.toString(total))

    def _show_status(self) -> None:
        text = self.search_edit.text()
        if len("".join(overview.search_words(text))) < overview.MIN_SEARCH_LENGTH:
            self.status_label.setText(self.tr("Tapez au moins deux lettres. Les accents et majuscules sont ignorés."))
        elif self.results is not None and not self.results.total:
            self.status_label.setText(self.tr("Aucun résultat pour « {text} ».").format(text=text.strip()))
        elif self.results is not None:
            self.status_label.setText(self.tr("Entrée : ouvrir · ↑ ↓ : parcourir · Échap : fermer"))

    # -- keyboard and opening ----------------------------------------------------------

    def _hit_rows(self) -> list[int]:
        return [row for row in range(self.results_list.count())
                if self.results_list.item(row).data(HIT_ROLE) is not None]

    def _move_to(self, row: int | None) -> None:
        if row is None:
            self.results_list.setCurrentRow(-1)
            return
        self.results_list.setCurrentRow(row)
        self.results_list.scrollToItem(self.results_list.item(row))

    def _step(self, steps: int) -> None:
        rows = self._hit_rows()
        if not rows:
            return
        current = self.results_list.currentRow()
        position = rows.index(current) if current in rows else -1
        self._move_to(rows[max(0, min(position + steps, len(rows) - 1))])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _NAVIGATION_KEYS:
                if self._timer.isActive():
                    self.run_search()
                self._step(_NAVIGATION_KEYS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        """Open the selected hit; a search still waiting for the pause runs first."""
        if self._timer.isActive():
            self.run_search()
        item = self.results_list.currentItem()
        if item is not None and item.data(HIT_ROLE) is not None:
            self._open(item.data(HIT_ROLE))

    def _item_clicked(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self._open(hit)

    def _open(self, hit: SearchHit) -> None:
        log.info("Search result opened: %s %s", hit.kind.value, hit.record_id)
        self.open_result.emit(hit.kind.value, hit.record_id, hit.territory_id or "")
        self.accept()
