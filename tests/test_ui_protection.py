"""Passphrase protection from the interface: the start prompt, the File menu, and a whole session."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tzcld_desktop.db import protection
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.sync import encryption, folder_key
from tzcld_desktop.ui import app as app_module
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.main_window import MainWindow
from tzcld_desktop.ui.protection_dialog import unlock_at_start

PASSPHRASE = "Le Teil, printemps 2026"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """Derive keys with a small scrypt cost: the cost is stored in the key file, so reading follows it."""
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**12)


@pytest.fixture
def dialogs(monkeypatch):
    """Answer passphrase prompts from ``dialogs["answers"]`` and record every message shown."""
    record = {"answers": [], "asked": [], "errors": [], "warnings": [], "information": []}

    def ask(parent, title, text, confirm):
        record["asked"].append((title, confirm))
        return record["answers"].pop(0)

    monkeypatch.setattr(messages, "ask_passphrase", ask)
    monkeypatch.setattr(messages, "show_user_error", lambda parent, title, error: record["errors"].append(
        error.message()))
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": record["warnings"].append(text))
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": record["information"].append(
        text))
    return record


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "donnees"
    store = open_store(folder)
    Services(store).save_profile("Claire Martin", ["84"])
    store.close()
    return folder


def seal(folder: Path) -> None:
    protection.seal(folder, folder_key.enable(folder, PASSPHRASE))


def fingerprints(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_start_asks_again_after_wrong_passphrase(qapp, french, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    seal(folder)
    dialogs["answers"] = ["mauvais", PASSPHRASE]

    unlocked = unlock_at_start(folder)

    assert not unlocked.cancelled
    assert unlocked.key is not None
    assert len(dialogs["asked"]) == 2
    assert len(dialogs["errors"]) == 1
    assert "Le mot de passe est incorrect" in dialogs["errors"][0]
    assert (folder / DB_FILE_NAME).exists()
    assert dialogs["warnings"] == []


def test_start_cancelled_changes_nothing(qapp, french, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    seal(folder)
    before = fingerprints(folder)
    dialogs["answers"] = ["mauvais", None]

    assert unlock_at_start(folder).cancelled
    assert fingerprints(folder) == before


def test_unprotected_folder_asks_nothing(qapp, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    unlocked = unlock_at_start(folder)
    assert (unlocked.cancelled, unlocked.key) == (False, None)
    assert dialogs["asked"] == []


def test_start_after_crash_says_so(qapp, french, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    folder_key.enable(folder, PASSPHRASE)  # turned on, then the session never closed
    dialogs["answers"] = [PASSPHRASE]
    unlocked = unlock_at_start(folder)
    assert unlocked.key is not None
    assert len(dialogs["warnings"]) == 1
    assert "ne s'est pas fermé normalement" in dialogs["warnings"][0]


def test_menu_turns_protection_on_and_off(qtbot, context, profile, dialogs):
    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.protect_data_action
    assert action.text() == "Protéger par mot de passe…"
    assert not action.isChecked()

    dialogs["answers"] = [PASSPHRASE]
    action.trigger()
    assert dialogs["asked"] == [("Protéger par mot de passe", True)]
    assert action.isChecked()
    assert protection.is_protected(context.store.data_dir)
    assert context.store.protection_key is not None

    dialogs["answers"] = ["mauvais"]
    action.trigger()
    assert action.isChecked()
    assert "incorrect" in dialogs["errors"][-1]

    dialogs["answers"] = [PASSPHRASE]
    action.trigger()
    assert not action.isChecked()
    assert not protection.is_protected(context.store.data_dir)
    assert context.store.protection_key is None


def close_main_window_when_shown(attached: bool = True) -> None:
    """Close the main window once it shows its screens, or at once with ``attached`` false."""
    windows = [widget for widget in QApplication.topLevelWidgets()
               if isinstance(widget, MainWindow) and widget.isVisible()]
    if windows and (windows[0].is_attached() or not attached):
        windows[0].close()
        return
    QTimer.singleShot(20, lambda: close_main_window_when_shown(attached))


def test_whole_session_seals_at_close(qapp, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    seal(folder)
    dialogs["answers"] = [PASSPHRASE]

    QTimer.singleShot(0, close_main_window_when_shown)
    assert app_module.run_gui(folder) == 0

    assert protection.is_sealed(folder)
    assert not (folder / DB_FILE_NAME).exists()
    assert list((folder / "sauvegardes").glob("*.sqlite3")) == []
    assert list((folder / "sauvegardes").glob("*.sqlite3" + protection.ENCRYPTED_SUFFIX))

    before = fingerprints(folder)
    dialogs["answers"] = ["mauvais", None]
    assert app_module.run_gui(folder) == 0
    assert fingerprints(folder) == before


def test_window_closed_while_opening_seals_again(qapp, tmp_path, dialogs):
    folder = make_folder(tmp_path)
    seal(folder)
    dialogs["answers"] = [PASSPHRASE]

    # Closed as soon as it shows, before the store is opened behind it.
    QTimer.singleShot(0, lambda: close_main_window_when_shown(attached=False))
    assert app_module.run_gui(folder) == 0

    assert protection.is_sealed(folder)
    assert not (folder / DB_FILE_NAME).exists()
