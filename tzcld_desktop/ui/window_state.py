"""Window layouts kept between sessions: size and place, splitters and table columns.

Everything goes to the INI file ``interface.ini`` of the data folder, so a data folder
on a USB key takes its layouts along. Each window has a key, such as "main_window" or
"territory_record". Its splitters and resizable table columns are stored under that
key, each one named by its path from the window down: object names where set, else
class names and positions.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QTreeView, QWidget

log = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "interface.ini"
# A widget with this dynamic property set to True keeps its own layout in the settings,
# so the generic saving below leaves it and its children alone.
OWN_LAYOUT_PROPERTY = "keepsOwnLayout"


def interface_settings(data_dir: Path) -> QSettings:
    """Return the INI settings of the interface, kept beside the database."""
    return QSettings(str(Path(data_dir) / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def available_area(window: QWidget) -> QRect:
    """Return the available geometry (without task bars) of the screen that shows ``window``."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink and move ``window`` so that its frame lies inside ``area``.

    ``area`` defaults to the available geometry of the window's screen. A window whose
    minimum size is larger than the area keeps its minimum size, at the area's top left.
    """
    if area is None:
        area = available_area(window)
    frame = window.frameGeometry()
    inner = window.geometry()
    # The frame is unknown, and counted as zero, until the window was shown once.
    extra_width = max(frame.width() - inner.width(), 0)
    extra_height = max(frame.height() - inner.height(), 0)
    width = max(min(inner.width(), area.width() - extra_width), window.minimumWidth())
    height = max(min(inner.height(), area.height() - extra_height), window.minimumHeight())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)

    left = min(max(frame.left(), area.left()), max(area.right() + 1 - width - extra_width, area.left()))
    top = min(max(frame.top(), area.top()), max(area.bottom() + 1 - height - extra_height, area.top()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def _child_widgets(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.children() if isinstance(child, QWidget)]


def _segment(widget: QWidget) -> str:
    """Return the name of ``widget`` among its siblings: its object name, else class and position."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    class_name = type(widget).__name__
    siblings = [child for child in _child_widgets(parent) if type(child).__name__ == class_name] if parent else []
    return f"{class_name}{siblings.index(widget) if widget in siblings else 0}"


def _kept_widgets(root: QWidget, window: QWidget) -> list[tuple[str, QWidget]]:
    """Return the splitters and item views under ``root`` with their paths from ``window``.

    Other windows parented to ``window`` (dialogs, menus) are skipped, and so is every
    widget that keeps its own layout.
    """
    prefix = []
    widget = root
    while widget is not None and widget is not window:
        prefix.insert(0, _segment(widget))
        widget = widget.parentWidget()

    found: list[tuple[str, QWidget]] = []

    def visit(widget: QWidget, path: list[str]) -> None:
        if widget.property(OWN_LAYOUT_PROPERTY):
            return
        if isinstance(widget, (QSplitter, QAbstractItemView)):
            found.append(("/".join(path), widget))
        for child in _child_widgets(widget):
            if not child.isWindow():
                visit(child, [*path, _segment(child)])

    visit(root, prefix)
    return found


def _column_header(view: QAbstractItemView) -> QHeaderView | None:
    """Return the column header of a table or tree view, or None for other views."""
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def _interactive_sections(header: QHeaderView) -> list[int]:
    return [section for section in range(header.count())
            if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive]


class WindowLayout(QObject):
    """The remembered layout of one window, restored at once and saved each time the window hides.

    A window hides when it closes, when a dialog returns from ``exec()``, and when the
    application quits.
    """

    def __init__(self, window: QWidget, key: str, data_dir: Path, default_size: QSize | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.key = key
        self.data_dir = Path(data_dir)
        self.default_size = default_size
        self._fitted_with_frame = False
        window.installEventFilter(self)
        self.restore()

    def settings(self) -> QSettings:
        return interface_settings(self.data_dir)

    def restore(self) -> None:
        """Apply the saved geometry, fitted to the screen, then the saved splitters and columns."""
        settings = self.settings()
        geometry = settings.value(f"{self.key}/geometry")
        restored = isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry)
        if not restored and self.default_size is not None:
            self.window.resize(self.default_size)
        fit_to_screen(self.window)
        self.restore_children(self.window, settings)

    def restore_children(self, root: QWidget, settings: QSettings | None = None) -> None:
        """Apply the saved splitters and column widths under ``root``, a part built late."""
        settings = settings if settings is not None else self.settings()
        for path, widget in _kept_widgets(root, self.window):
            if isinstance(widget, QSplitter):
                state = settings.value(f"{self.key}/splitters/{path}")
                if isinstance(state, QByteArray):
                    widget.restoreState(state)
            else:
                self._restore_columns(_column_header(widget), settings.value(f"{self.key}/columns/{path}"))

    def _restore_columns(self, header: QHeaderView | None, value: object) -> None:
        if header is None or value is None:
            return
        entries = [value] if isinstance(value, str) else list(value)
        try:
            widths = [int(entry) for entry in entries]
        except (TypeError, ValueError):
            log.warning("Column widths of %s ignored, not numbers: %r", self.key, value)
            return
        # Widths saved for another set of columns would land on the wrong ones.
        if len(widths) != header.count():
            return
        for section in _interactive_sections(header):
            if widths[section] > 0:
                header.resizeSection(section, widths[section])

    def save(self) -> None:
        """Write the geometry, the splitters and the column widths of the window."""
        settings = self.settings()
        settings.setValue(f"{self.key}/geometry", self.window.saveGeometry())
        for path, widget in _kept_widgets(self.window, self.window):
            if isinstance(widget, QSplitter):
                settings.setValue(f"{self.key}/splitters/{path}", widget.saveState())
                continue
            header = _column_header(widget)
            if header is not None and _interactive_sections(header):
                settings.setValue(f"{self.key}/columns/{path}",
                                  [str(header.sectionSize(section)) for section in range(header.count())])
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Layout of %s not saved to %s: %s", self.key, settings.fileName(), settings.status())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # While the window is destroyed, Qt may still call this filter after Python has
        # cleared the attributes of this object, so a missing attribute means "skip".
        window = self.__dict__.get("window")
        if window is None or watched is not window or event.spontaneous():
            return False
        if event.type() == QEvent.Type.Show and not self._fitted_with_frame:
            # The window frame is known once the window is shown, and counts too.
            self._fitted_with_frame = True
            fit_to_screen(window)
        elif event.type() == QEvent.Type.Hide:
            self.save()
        return False


def remember_layout(window: QWidget, key: str, data_dir: Path, default_size: QSize | None = None) -> WindowLayout:
    """Restore the saved layout of ``window`` under ``key``, and save it whenever the window hides.

    ``default_size`` is used when nothing was saved yet. Either way, the window is fitted
    to the available area of its screen.
    """
    return WindowLayout(window, key, data_dir, default_size)
