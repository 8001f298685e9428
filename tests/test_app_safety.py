"""Start-up safety of the window: one instance per folder, corrupt files, crashes, logs."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from tzcld_desktop.db import queries
from tzcld_desktop.db.backup import make_backup
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import DB_FILE_NAME, open_store
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.logging_setup import LOG_FILE_NAME, configure_logging, tail
from tzcld_desktop.ui import app as app_module
from tzcld_desktop.ui import crash, messages


def test_second_window_on_same_folder_refused(qapp, tmp_path, monkeypatch):
    held = app_module.lock_data_dir(tmp_path)
    assert held is not None
    shown = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": shown.append(text))
    assert app_module.run_gui(tmp_path) == 1
    assert "déjà ouvert" in shown[0]
    held.unlock()


def test_lock_of_crashed_process_recovered(tmp_path):
    # A child takes the lock and dies without releasing it.
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        f"lock = QLockFile({str(tmp_path / app_module.LOCK_FILE_NAME)!r}); lock.setStaleLockTime(0); "
        "assert lock.tryLock(100); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / app_module.LOCK_FILE_NAME).exists()
    lock = app_module.lock_data_dir(tmp_path)
    assert lock is not None
    lock.unlock()


def test_corrupt_store_restored_from_backup(qapp, tmp_path, monkeypatch):
    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne", ["84"])
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    make_backup(store.db_path, "manuelle")
    store.close()
    db_path = tmp_path / DB_FILE_NAME
    data = bytearray(db_path.read_bytes())
    data[4096:12288] = b"\x5a" * 8192
    db_path.write_bytes(bytes(data))
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or True)
    store = app_module._open_with_recovery(tmp_path)
    assert "les modifications faites depuis seraient perdues" in questions[0]
    with store.session() as session:
        assert [row.name for row in queries.list_territories(session, queries.TerritoryQuery())] == ["Le Teil"]
    store.close()
    assert list(tmp_path.glob("tzcld.sqlite3.endommage-*"))


def test_unexpected_error_shows_log_tail(qapp, tmp_path, monkeypatch):
    log_file = configure_logging()
    shown = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": shown.append((text, details)))
    logging.getLogger("tzcld_desktop.test").info("Import done: 3 records")
    try:
        raise RuntimeError("panne simulée")
    except RuntimeError as error:
        crash.show_crash_dialog(error, error.__traceback__, log_file)
    text, details = shown[0]
    assert "Une erreur inattendue" in text
    assert str(log_file) in text
    assert "panne simulée" in details
    assert "Import done: 3 records" in details


def test_log_file_written(tmp_path, monkeypatch):
    monkeypatch.setenv("TZCLD_LOG_DIR", str(tmp_path / "journal"))
    path = configure_logging()
    logging.getLogger("tzcld_desktop.test").info("Backup made before import")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path == tmp_path / "journal" / LOG_FILE_NAME
    assert "Backup made before import" in path.read_text(encoding="utf-8")
    assert "Backup made before import" in tail.text()


def test_log_folder_unwritable_falls_back(tmp_path, monkeypatch):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    monkeypatch.setenv("TZCLD_LOG_DIR", str(blocker / "journal"))
    assert configure_logging() is None


@pytest.fixture(autouse=True)
def restore_logging():
    yield
    # Point the handlers back at the test log folder once monkeypatch has restored it.
    configure_logging()
