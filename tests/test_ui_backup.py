"""Restoring a backup from the window."""

from __future__ import annotations

from tzcld_desktop.db import queries
from tzcld_desktop.db.backup import list_backups, make_backup
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.backup_dialog import RestoreBackupDialog


def names(context):
    with context.store.session() as session:
        return {row.name for row in queries.list_territories(session, queries.TerritoryQuery())}


def test_backups_listed_newest_first(qtbot, context, profile, french):
    make_backup(context.store.db_path, "import")
    dialog = RestoreBackupDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(list_backups(context.store.db_path))
    assert dialog.table.item(0, 2).text() == "avant un import"
    assert dialog.table.item(0, 1).text().endswith(("Kio", "Mio", "octets", "Ko", "Mo"))


def test_restore_selected_backup(qtbot, context, services, profile, french, monkeypatch):
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    make_backup(context.store.db_path, "import")
    services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(messages, "information", lambda *args, **kwargs: None)
    changed = []
    context.bus.changed.connect(changed.append)
    dialog = RestoreBackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert "restera dans une sauvegarde" in asked[0]
    assert names(context) == {"Le Teil"}
    assert changed and "territory" in changed[0]
    reasons = [backup.reason for backup in list_backups(context.store.db_path)]
    assert "avant-restauration" in reasons


def test_restore_cancelled_changes_nothing(qtbot, context, services, profile, french, monkeypatch):
    services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    make_backup(context.store.db_path, "import")
    services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: False)
    dialog = RestoreBackupDialog(context)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert names(context) == {"Le Teil", "Échirolles-Ouest"}


def test_restore_reachable_from_file_menu(qtbot, context, profile, french, monkeypatch):
    from tzcld_desktop.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.restore_action.text() == "Restaurer une sauvegarde…"
    window.restore_action.trigger()
    assert len(opened) == 1


def test_language_choice_applies_at_next_start(qtbot, context, profile, french, monkeypatch):
    from tzcld_desktop.ui.main_window import MainWindow, interface_language

    shown = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": shown.append(text))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert interface_language(context.store.data_dir) == "fr"
    window.language_actions["en"].trigger()
    assert interface_language(context.store.data_dir) == "en"
    assert window.language_actions["en"].isChecked()
    assert not window.language_actions["fr"].isChecked()
    assert "prochain démarrage" in shown[0]
