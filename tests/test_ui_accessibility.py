"""Accessibility: names for screen readers, a keyboard-only walk, the system font size and dark mode."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView, QWidget

from tzcld_desktop.domain.forms import ActionInput
from tzcld_desktop.reports.documents import DocumentKind
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.accessibility import INTERACTIVE_TYPES
from tzcld_desktop.ui.action_form import ActionDialog
from tzcld_desktop.ui.backup_dialog import RestoreBackupDialog
from tzcld_desktop.ui.cluster_form import ClusterDialog
from tzcld_desktop.ui.conflicts_dialog import ConflictsDialog
from tzcld_desktop.ui.exchange_log_dialog import ExchangeLogDialog
from tzcld_desktop.ui.first_run import ProfileDialog
from tzcld_desktop.ui.import_assistant import ImportAssistant
from tzcld_desktop.ui.main_window import MainWindow
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.merge_dialog import DuplicatesDialog
from tzcld_desktop.ui.need_form import NeedDialog
from tzcld_desktop.ui.pdf_export import PdfExportDialog
from tzcld_desktop.ui.record.contacts_tab import ContactDialog
from tzcld_desktop.ui.record.ebe_tab import EbeDialog
from tzcld_desktop.ui.record.journal_tab import NoteDialog
from tzcld_desktop.ui.record.record_view import TerritoryRecordWindow, open_territory_record
from tzcld_desktop.ui.record.stage_event_dialog import StageEventDialog
from tzcld_desktop.ui.search_dialog import SearchDialog
from tzcld_desktop.ui.territory_form import TerritoryDialog
from tzcld_desktop.ui.theme import alert_color, contrast_ratio

pytestmark = [
    pytest.mark.usefixtures("french"),
    # The offscreen platform of the headless tests cannot raise a window above the others.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]

# WCAG AA: normal text needs 4.5:1; 3:1 is the floor for large or bold text.
NORMAL_TEXT_CONTRAST = 4.5
LARGE_TEXT_CONTRAST = 3.0


@pytest.fixture
def main_window(qtbot, context, cluster_of_two, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for record in window.findChildren(TerritoryRecordWindow):
        if shiboken6.isValid(record):
            record.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
    return f"{type(widget).__name__} in {type(parent).__name__ if parent else '-'} ({hint!r})"


def unnamed_controls(root: QWidget) -> list[str]:
    """Return the visible interactive widgets under ``root`` that a screen reader cannot name.

    Qt's accessibility layer gives the name: the accessible name, else the text of a label
    whose buddy is the widget, else a button's own text. Parts that Qt builds inside its
    own widgets (named "qt_…", such as the editor inside a spin box) are left out, because
    the outer widget carries the name.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE_TYPES) or widget.objectName().startswith("qt_"):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(describe(widget))
    return found


def each_tab(tabs):
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield tabs.tabText(index)


# -- accessible names ------------------------------------------------------------------


def test_main_window_controls_named(main_window):
    missing = {title: unnamed_controls(main_window) for title in each_tab(main_window.tabs)}
    assert missing == {title: [] for title in missing}


def test_record_window_controls_named(qtbot, main_window, cluster_of_two):
    record = main_window.open_record(cluster_of_two[0])
    qtbot.waitExposed(record)
    missing = {title: unnamed_controls(record) for title in each_tab(record.view.tabs)}
    assert missing == {title: [] for title in missing}


def test_meeting_form_controls_named(qtbot, context, cluster_of_two):
    dialog = MeetingDialog(context, None, cluster_of_two[2])
    qtbot.addWidget(dialog)
    dialog.show()
    missing = {title: unnamed_controls(dialog) for title in each_tab(dialog.tabs)}
    assert missing == {title: [] for title in missing}
    dialog.reject()


DIALOGS = {
    "territoire": lambda context, ids: TerritoryDialog(context, None),
    "profil": lambda context, ids: ProfileDialog(context),
    "grappe": lambda context, ids: ClusterDialog(context, None),
    "conflits": lambda context, ids: ConflictsDialog(context),
    "journal des échanges": lambda context, ids: ExchangeLogDialog(context),
    "recherche": lambda context, ids: SearchDialog(context),
    "sauvegardes": lambda context, ids: RestoreBackupDialog(context),
    "étape": lambda context, ids: StageEventDialog(context, ids[0], None),
    "contact": lambda context, ids: ContactDialog(context, ids[0]),
    "note": lambda context, ids: NoteDialog(context, ids[0]),
    "EBE": lambda context, ids: EbeDialog(context, ids[0]),
    "action": lambda context, ids: ActionDialog([(ids[0], "Le Teil")]),
    "besoin": lambda context, ids: NeedDialog(context, None, cluster_id=ids[2]),
    "export PDF": lambda context, ids: PdfExportDialog(context, DocumentKind.SUMMARY),
    "doublons": lambda context, ids: DuplicatesDialog(context),
    "import de tableur": lambda context, ids: ImportAssistant(context),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_controls_named(qtbot, context, cluster_of_two, name):
    dialog = DIALOGS[name](context, cluster_of_two)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_form_label_names_wrapped_field(qtbot, context, cluster_of_two):
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    interface = QAccessible.queryAccessibleInterface(dialog.name_edit)
    assert interface.text(QAccessible.Text.Name) == "Nom"
    label = next(label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.name_edit)
    assert label.text().replace("&", "").rstrip(" :") == "Nom"


# -- keyboard only -----------------------------------------------------------------------


def focus_chain(window: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    """Press Tab ``steps`` times from ``start`` and return the widgets that took the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [QApplication.focusWidget()]
    for _step in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_keyboard_walk_through_territory_list(qtbot, main_window, cluster_of_two):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    # The tab bar moves between screens with the arrow keys.
    tab_bar = main_window.tabs.tabBar()
    tab_bar.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tab_bar, Qt.Key.Key_Right)
    assert main_window.tabs.currentWidget() is main_window.territory_panel

    panel = main_window.territory_panel
    reached = focus_chain(main_window, panel.search_edit, 4)
    assert reached[:4] == [panel.search_edit, panel.region_combo, panel.stage_combo, panel.table]
    for widget in reached:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus

    # Down selects the first territory, Entrée opens its record.
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.selected_id() is not None
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(TerritoryRecordWindow)))
    record = main_window.findChildren(TerritoryRecordWindow)[0]
    qtbot.waitExposed(record)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)

    QTest.keyClick(record.view.tabs.tabBar(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(record) or not record.isVisible())


def test_ctrl_w_and_escape_close_record(qtbot, main_window, cluster_of_two):
    record = main_window.open_record(cluster_of_two[0])
    qtbot.waitExposed(record)
    shortcuts = [sequence.toString() for sequence in record.close_action.shortcuts()]
    assert shortcuts == ["Ctrl+W", "Esc"]
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)

    QTest.keyClick(record.view.tabs.tabBar(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(record) or not record.isVisible())


def test_record_tabs_walk_by_keyboard(qtbot, main_window, cluster_of_two):
    record = main_window.open_record(cluster_of_two[0])
    qtbot.waitExposed(record)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    summary = record.view.tabs.currentWidget()

    reached = focus_chain(record, record.view.tabs.tabBar(), 12)
    assert summary.perimeter.communes_edit in reached
    assert summary.perimeter.epci_edit in reached
    assert all(widget.isVisible() for widget in reached)

    QTest.keyClick(record.view.tabs.tabBar(), Qt.Key.Key_Right)
    assert record.view.tabs.currentIndex() == 1


def test_label_mnemonic_focuses_wrapped_field(qtbot, context, cluster_of_two):
    dialog = ContactDialog(context, cluster_of_two[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.notes_edit.setFocus()

    QTest.keyClick(dialog.notes_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)

    assert QApplication.focusWidget() is dialog.name_edit
    dialog.reject()


def test_menus_have_mnemonics(main_window):
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["&Fichier", "É&dition", "É&changes", "&Aide"]


# -- font size ---------------------------------------------------------------------------


@pytest.fixture
def large_font(qapp):
    previous = qapp.font()
    font = QFont(previous)
    font.setPointSizeF(18)
    qapp.setFont(font)
    yield font
    qapp.setFont(previous)


def pixel_sized_widgets(root: QWidget) -> list[str]:
    return [describe(widget) for widget in [root, *root.findChildren(QWidget)]
            if widget.font().pixelSize() > 0 or "font-size" in widget.styleSheet()]


def test_windows_follow_system_font_size(qtbot, context, cluster_of_two, large_font, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    record = open_territory_record(window, context, cluster_of_two[0])
    qtbot.waitExposed(record)

    assert pixel_sized_widgets(window) == []
    assert pixel_sized_widgets(record) == []
    assert window.territory_panel.search_edit.font().pointSizeF() == pytest.approx(18)
    assert record.view.header.name_label.font().pointSizeF() == pytest.approx(27)
    record.close()


# -- dark mode ---------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode hands to Qt."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#2f2f2f"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d6ea8"), (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"), (roles.ToolTipBase, "#3a3a3a"), (roles.ToolTipText, "#e6e6e6"),
        (roles.Light, "#505050"), (roles.Midlight, "#454545"), (roles.Mid, "#404040"), (roles.Dark, "#202020"),
        (roles.Shadow, "#000000"), (roles.BrightText, "#ff5555"), (roles.Link, "#7fb2ff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["clair", "sombre"])
def palette_mode(request, qapp):
    previous = qapp.palette()
    if request.param == "sombre":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(previous)


def label_background(label: QLabel) -> QColor:
    """Return the colour behind ``label``: its own or an ancestor's style sheet background, else the window's."""
    widget = label
    while widget is not None:
        if "background" in widget.styleSheet():
            return widget.palette().color(widget.backgroundRole())
        widget = widget.parentWidget()
    return label.window().palette().color(QPalette.ColorRole.Window)


def unreadable_labels(root: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.pixmap() is not None \
                and not label.pixmap().isNull():
            continue
        label.ensurePolished()
        foreground = label.palette().color(label.foregroundRole())
        ratio = contrast_ratio(foreground, label_background(label))
        needed = LARGE_TEXT_CONTRAST if label.font().bold() or label.font().pointSizeF() >= 14 else NORMAL_TEXT_CONTRAST
        if ratio < needed:
            found.append(f"{label.text()[:40]!r}: {ratio:.1f}")
    return found


def test_labels_readable_in_both_modes(qtbot, context, cluster_of_two, palette_mode, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    record = open_territory_record(window, context, cluster_of_two[0])
    qtbot.waitExposed(record)

    unreadable = {f"main: {title}": unreadable_labels(window) for title in each_tab(window.tabs)}
    unreadable.update({f"record: {title}": unreadable_labels(record) for title in each_tab(record.view.tabs)})
    assert unreadable == {screen: [] for screen in unreadable}
    record.close()


def test_error_label_red_readable(qtbot, context, cluster_of_two, palette_mode):
    dialog = ClusterDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # no name: the form shows its red message
    label = dialog.errors.labels["name"]
    assert label.isVisible()
    label.ensurePolished()

    red = label.palette().color(label.foregroundRole())
    assert red.red() > red.green()
    assert red.red() > red.blue()
    assert contrast_ratio(red, dialog.palette().color(QPalette.ColorRole.Window)) >= NORMAL_TEXT_CONTRAST


def test_overdue_action_red_readable(qtbot, context, services, cluster_of_two, palette_mode):
    from tzcld_desktop.ui.my_actions import MyActionsView

    services.save_action(None, ActionInput("Relancer la mairie", "Claire Martin", date.today() - timedelta(days=3),
                                           territory_id=cluster_of_two[0]))
    view = MyActionsView(context)
    qtbot.addWidget(view)
    view.show()
    model = view.table.model()
    assert model.rowCount() == 1

    brush = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    palette = QApplication.palette()
    assert brush.color() == alert_color(palette)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        assert contrast_ratio(brush.color(), palette.color(role)) >= NORMAL_TEXT_CONTRAST


def test_inputs_use_palette_in_dark_mode(qtbot, context, cluster_of_two, palette_mode):
    dialog = TerritoryDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QComboBox, QTableView)) and widget.isVisibleTo(dialog) \
                and widget.isEnabled():
            palette = widget.palette()
            ratio = contrast_ratio(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
            assert ratio >= NORMAL_TEXT_CONTRAST, describe(widget)
