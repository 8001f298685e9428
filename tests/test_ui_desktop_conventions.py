"""Desktop conventions: Ctrl+S on forms, remembered window layouts that fit the screen, guide images."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter

from tzcld_desktop.db.record_queries import load_record
from tzcld_desktop.ui import help as user_help
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.cluster_form import ClusterDialog
from tzcld_desktop.ui.main_window import MainWindow
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.record.record_view import open_territory_record
from tzcld_desktop.ui.window_state import fit_to_screen

pytestmark = [
    pytest.mark.usefixtures("french"),
    # The offscreen platform of the headless tests cannot raise a window above the others.
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]

# A 1,400 × 900 screen less a task bar, as on the smaller laptops of the referents.
SMALL_SCREEN = QRect(0, 0, 1400, 860)


def close_window(window) -> None:
    if shiboken6.isValid(window):
        window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def save_key() -> QKeySequence:
    return QKeySequence(QKeySequence.StandardKey.Save)


def press_save(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def record_window(qtbot, context, cluster_of_two, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    shown = open_territory_record(None, context, cluster_of_two[0])
    qtbot.waitExposed(shown)
    yield shown
    close_window(shown)


def open_main_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- Ctrl+S --------------------------------------------------------------------------


def test_save_key_is_platform_standard():
    assert save_key().toString() == "Ctrl+S"


def test_ctrl_s_saves_record_tab(qtbot, store, record_window, cluster_of_two):
    summary = record_window.view.tabs.currentWidget()
    activate(qtbot, record_window)
    summary.cle.president_edit.setFocus()
    QTest.keyClicks(summary.cle.president_edit, "Olivier Peverelli")
    assert record_window.view.unsaved_changes() == ["Comité local pour l'emploi (CLE)"]

    press_save(summary.cle.president_edit)

    with store.session() as session:
        assert load_record(session, cluster_of_two[0]).cle_president == "Olivier Peverelli"
    assert record_window.view.unsaved_changes() == []
    assert record_window.statusBar().currentMessage() == "Modifications enregistrées."
    assert record_window.isVisible()


def test_ctrl_s_with_nothing_to_save(qtbot, record_window):
    activate(qtbot, record_window)
    press_save(record_window.view.tabs.tabBar())
    assert record_window.statusBar().currentMessage() == "Rien à enregistrer dans cet onglet."
    assert record_window.save_action.shortcut() == save_key()


def test_ctrl_s_saves_and_closes_cluster_form(qtbot, context, services, profile):
    dialog = ClusterDialog(context, None)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.name_edit.setFocus()
    QTest.keyClicks(dialog.name_edit, "Grappe Isere")

    press_save(dialog.name_edit)

    # A button's shortcut shows the button pressed for a moment, then clicks it.
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == ClusterDialog.DialogCode.Accepted
    assert dialog.cluster_id is not None


def test_ctrl_s_applies_meeting_and_keeps_it_open(qtbot, context, cluster_of_two):
    dialog = MeetingDialog(context, None, cluster_of_two[2])
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.date_edit.setDate(QDate(2026, 11, 17))
    dialog.place_edit.setText("Mairie du Teil")
    dialog.territory_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.meeting_id is None

    press_save(dialog.place_edit)

    qtbot.waitUntil(lambda: dialog.meeting_id is not None)
    assert dialog.isVisible()
    assert dialog.apply_button.shortcut() == save_key()
    dialog.reject()


# -- window layouts ------------------------------------------------------------------


def test_main_window_fits_small_screen(qtbot, context, cluster_of_two):
    window = open_main_window(qtbot, context)
    # Every tab is shown once, so the widest one counts.
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert window.minimumSizeHint().width() <= SMALL_SCREEN.width()

    window.resize(1501, 1000)
    fit_to_screen(window, SMALL_SCREEN)

    assert SMALL_SCREEN.contains(window.frameGeometry())


def test_saved_geometry_restored_within_screen(qtbot, context, cluster_of_two):
    window = open_main_window(qtbot, context)
    window.resize(3000, 2000)
    window.close()

    reopened = open_main_window(qtbot, context)
    available = QGuiApplication.primaryScreen().availableGeometry()

    assert reopened.height() <= available.height()
    # NOTE: the offscreen test screen is 800 pixels wide, narrower than the window's
    # minimum width, so only a window wider than both would be wrong here.
    assert reopened.width() <= max(available.width(), reopened.minimumSizeHint().width())
    assert reopened.width() < 3000


def test_main_window_splitter_remembered(qtbot, context, cluster_of_two):
    window = open_main_window(qtbot, context)
    window.tabs.setCurrentWidget(window.meetings_panel)
    splitter = window.meetings_panel.findChild(QSplitter)
    splitter.setSizes([500, 500])
    sizes = splitter.sizes()
    window.close()

    reopened = open_main_window(qtbot, context)
    reopened.tabs.setCurrentWidget(reopened.meetings_panel)

    assert reopened.meetings_panel.findChild(QSplitter).sizes() == sizes


def test_record_window_layout_shared_by_records(qtbot, context, cluster_of_two, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    first = open_territory_record(None, context, cluster_of_two[0])
    qtbot.waitExposed(first)
    first.resize(760, 560)
    view = first.view
    view.tabs.setCurrentIndex(4)
    indicators = view.tabs.currentWidget()
    indicators.tree.header().resizeSection(0, 260)
    splitter = indicators.findChild(QSplitter)
    splitter.setSizes([200, 400])
    splitter_sizes = splitter.sizes()
    close_window(first)

    second = open_territory_record(None, context, cluster_of_two[1])
    qtbot.waitExposed(second)
    second.view.tabs.setCurrentIndex(4)
    reopened = second.view.tabs.currentWidget()

    assert (second.width(), second.height()) == (760, 560)
    assert reopened.tree.header().sectionSize(0) == 260
    assert reopened.findChild(QSplitter).sizes() == splitter_sizes
    close_window(second)


def test_record_window_restored_within_screen(qtbot, context, cluster_of_two, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *_args: "discard")
    first = open_territory_record(None, context, cluster_of_two[0])
    qtbot.waitExposed(first)
    first.resize(2400, 1800)
    close_window(first)

    second = open_territory_record(None, context, cluster_of_two[0])
    qtbot.waitExposed(second)
    available = QGuiApplication.primaryScreen().availableGeometry()

    assert available.contains(second.frameGeometry())
    close_window(second)


def test_fit_to_screen_moves_window_back(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(1300, 700, 600, 400)

    fit_to_screen(window, SMALL_SCREEN)

    assert SMALL_SCREEN.contains(window.frameGeometry())
    assert (window.width(), window.height()) == (600, 400)


# -- the guide's images ----------------------------------------------------------------


def write_guide(folder, with_image: bool):
    (folder / "captures").mkdir(parents=True)
    if with_image:
        image = QImage(2400, 1200, QImage.Format.Format_RGB32)
        image.fill(QColor("#2b6cb0"))
        assert image.save(str(folder / "captures" / "accueil.png"))
    guide = folder / "guide-utilisateur.md"
    guide.write_text("# Guide\n\n![La page d'accueil](captures/accueil.png)\n\nSuite du texte.\n", encoding="utf-8")
    return guide


def image_sizes(window) -> list[tuple[float, float]]:
    sizes = []
    block = window.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                image = char_format.toImageFormat()
                sizes.append((image.width(), image.height()))
            iterator += 1
        block = block.next()
    return sizes


def test_guide_image_scaled_to_window(qtbot, tmp_path):
    window = user_help.UserGuideWindow(write_guide(tmp_path / "docs", with_image=True))
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)

    ((width, height),) = image_sizes(window)
    assert width <= window.browser.viewport().width()
    assert width == pytest.approx(2 * height)

    window.resize(500, 500)
    qtbot.waitUntil(lambda: image_sizes(window)[0][0] <= window.browser.viewport().width())
    assert image_sizes(window)[0][0] < width


def test_guide_missing_image_shows_text(qtbot, tmp_path):
    window = user_help.UserGuideWindow(write_guide(tmp_path / "docs", with_image=False))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    text = window.browser.toPlainText()
    assert "[Image non disponible : La page d'accueil]" in text
    assert image_sizes(window) == []
    assert text.count("Suite du texte.") == 1
