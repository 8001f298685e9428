"""What every tab of the territory record shares: its constructor, titles and reload contract."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from tzcld_desktop.ui.context import AppContext


class RecordTab(QWidget):
    """A tab of the territory record, built as ``Tab(context, territory_id, parent)``.

    The record view calls ``reload()`` when the data bus reports a change to one of the
    tables in ``WATCHED_TABLES`` (or to unnamed tables, which may be any).
    """

    WATCHED_TABLES: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: AppContext, territory_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.territory_id = territory_id

    @classmethod
    def title(cls) -> str:
        """The tab's label, in the interface language; a class method, so the view labels a tab before building it."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the tab's data again and show it."""
        raise NotImplementedError

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """Show ``text`` in the status bar of the window holding this tab, if it has one."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout_ms)


def field_with_error(field: QWidget, error_label: QWidget) -> QWidget:
    """Return ``field`` with its (hidden until needed) error message under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error_label)
    return box
