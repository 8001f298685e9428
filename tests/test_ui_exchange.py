"""Exchanges between two referents' copies, driven through the "Échanges" menu as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.encryption import is_encrypted
from tzcld_desktop.ui import exchange_workflows, messages
from tzcld_desktop.ui.app import build_main_window
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.exchange_dialogs import ImportPreviewDialog, PeerExportDialog
from tzcld_desktop.ui.main_window import interface_settings
from tzcld_desktop.ui.messages import PassphraseDialog
from tzcld_desktop.ui.models import exchange_log_table
from tzcld_desktop.ui.models.territory_table import NAME
from tzcld_desktop.ui.text_diff import segments_html, word_diff

pytestmark = pytest.mark.usefixtures("french")

ANNE_TERRITORIES = [
    ("Le Teil", "07"),
    ("Échirolles-Ouest", "38"),
    ("Villeurbanne Saint-Jean", "69"),
]
ANNE_NOTES = (
    "Réunion du comité local pour l'emploi le 3 mars avec la mairie.\n"
    "L'entreprise à but d'emploi cherche un local.\n"
    "Prochaine étape : délibération du conseil municipal."
)
BRUNO_NOTES = (
    "Réunion du comité local pour l'emploi le 5 mars avec la mairie et le département.\n"
    "L'entreprise à but d'emploi cherche un local.\n"
    "Prochaine étape : délibération du conseil municipal."
)


class Desk:
    """One referent's installation: a data folder, its services and its main window."""

    def __init__(self, qtbot, folder, person: str) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(person, ["84", "11"])
        self.context = AppContext(self.store, self.services, DataBus())
        self.window = self.open_window()

    def open_window(self):
        window = build_main_window(self.context)
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def add_territories(self, rows) -> None:
        for name, departement in rows:
            self.services.create_territory(TerritoryInput(name, Stage.EMERGING, departement))
        self.context.bus.notify("territory")

    def listed_names(self) -> list[str]:
        model = self.window.territory_panel.model
        return [model.index(row, NAME).data() for row in range(model.rowCount())]

    def stored_names(self) -> set[str]:
        with self.store.session() as session:
            return {row.name for row in queries.list_territories(session, queries.TerritoryQuery())}

    def territory(self, name: str) -> Territory:
        with self.store.session() as session:
            return session.query(Territory).filter(Territory.name == name).one()

    def edit(self, territory_name: str, **changes) -> None:
        """Change a territory as its dialog would, then tell the views."""
        territory = self.territory(territory_name)
        with self.store.session() as session:
            departement, region = queries.territory_codes(session, territory)
        values = dict(
            name=territory.name, stage=Stage(territory.stage), departement_code=departement,
            region_code=None if departement else region, cluster_id=territory.cluster_id,
            habilitation_date=territory.habilitation_date, habilitation_date_note=territory.habilitation_date_note,
            communes=territory.communes, notes=territory.notes, source=territory.source,
        )
        values.update(changes)
        self.services.update_territory(territory.id, TerritoryInput(**values))
        self.context.bus.notify("territory")

    def delete(self, name: str) -> None:
        self.services.delete_territory(self.territory(name).id)
        self.context.bus.notify("territory")


class ModalDialogs:
    """Answers the application's own modal dialogs (preview, choice of a colleague) when they open.

    Each answer waits on a timer that the fixture stops after the test, so an answer
    that was never needed cannot click a dialog of a later test.
    """

    def __init__(self) -> None:
        self._timers: list[QTimer] = []

    def when_opens(self, dialog_class, action) -> None:
        """Call ``action(dialog)`` once, as soon as a modal ``dialog_class`` is open."""
        timer = QTimer()
        timer.setInterval(10)

        def check() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, dialog_class):
                timer.stop()
                action(dialog)

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)

    def answer_preview(self, qtbot, accept: bool) -> list[dict[str, str]]:
        """Click "Importer" or "Annuler" in the next preview, and return what the preview showed."""
        seen: list[dict[str, str]] = []

        def answer(dialog: ImportPreviewDialog) -> None:
            seen.append({
                "intro": dialog.intro_label.text(),
                "warning": dialog.warning_label.text() if not dialog.warning_label.isHidden() else "",
                "notes": dialog.notes_label.text(),
                **{name: label.text() for name, label in dialog.count_labels.items()},
            })
            button = dialog.import_button if accept else dialog.cancel_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        self.when_opens(ImportPreviewDialog, answer)
        return seen

    def stop(self) -> None:
        for timer in self._timers:
            timer.stop()


class Answers(ModalDialogs):
    """Answers the message boxes and file dialogs of ``messages`` from queues, and records them.

    A question with no queued answer fails the test instead of waiting for a person.
    The application's own modal dialogs are answered through ``when_opens``.
    """

    def __init__(self, monkeypatch) -> None:
        super().__init__()
        self.shown: list[tuple[str, str, str]] = []
        self.save_paths: list = []
        self.suggested_names: list[str] = []
        self.open_paths: list = []
        self.folders: list = []
        self.confirmations: list[bool] = []
        self.questions: list[str] = []
        self.passphrases: list[str | None] = []
        self.passphrase_requests: list[tuple[str, bool]] = []
        monkeypatch.setattr(messages, "information", self._information)
        monkeypatch.setattr(messages, "warning", self._warning)
        monkeypatch.setattr(messages, "show_user_error", self._user_error)
        monkeypatch.setattr(messages, "save_file", self._save_file)
        monkeypatch.setattr(messages, "open_file", self._open_file)
        monkeypatch.setattr(messages, "choose_folder", self._choose_folder)
        monkeypatch.setattr(messages, "confirm", self._confirm)
        monkeypatch.setattr(messages, "ask_passphrase", self._ask_passphrase)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if kind in (None, shown_kind)]

    @staticmethod
    def _next(queue: list, what: str):
        if not queue:
            raise AssertionError(f"unexpected {what}: no answer queued")
        return queue.pop(0)

    def _information(self, parent, title, text, details=""):
        self.shown.append(("information", title, text))

    def _warning(self, parent, title, text, details=""):
        self.shown.append(("warning", title, f"{text}\n{details}"))

    def _user_error(self, parent, title, error):
        self.shown.append(("error", title, error.message()))

    def _save_file(self, parent, title, suggested, filters):
        self.suggested_names.append(suggested)
        return self._next(self.save_paths, f"save dialog {title!r}")

    def _open_file(self, parent, title, filters):
        return self._next(self.open_paths, f"open dialog {title!r}")

    def _choose_folder(self, parent, title, start=None):
        return self._next(self.folders, f"folder dialog {title!r}")

    def _confirm(self, parent, title, text):
        self.questions.append(text)
        return self._next(self.confirmations, f"question {text!r}")

    def _ask_passphrase(self, parent, title, text, confirm):
        self.passphrase_requests.append((text, confirm))
        return self._next(self.passphrases, f"passphrase prompt {text!r}")


@pytest.fixture
def answers(monkeypatch):
    recorded = Answers(monkeypatch)
    yield recorded
    recorded.stop()


@pytest.fixture
def anne(qtbot, tmp_path):
    desk = Desk(qtbot, tmp_path / "anne", "Anne Durand")
    yield desk
    desk.store.close()


@pytest.fixture
def bruno(qtbot, tmp_path):
    desk = Desk(qtbot, tmp_path / "bruno", "Bruno Petit")
    yield desk
    desk.store.close()


def export_all(sender: Desk, answers: Answers, path) -> None:
    """Export everything through the menu into ``path``, which gets ".tzsync" when it lacks it."""
    answers.save_paths.append(path)
    sender.window.export_action.trigger()
    assert path.with_suffix(".tzsync").is_file()


def import_file(qtbot, receiver: Desk, answers: Answers, path) -> dict[str, str]:
    """Import ``path`` through the menu, accepting the preview; return what the preview showed."""
    answers.open_paths.append(path)
    seen = answers.answer_preview(qtbot, accept=True)
    receiver.window.import_action.trigger()
    assert len(seen) == 1
    return seen[0]


def send(qtbot, sender: Desk, receiver: Desk, answers: Answers, path) -> dict[str, str]:
    export_all(sender, answers, path)
    return import_file(qtbot, receiver, answers, path)


def highlighted_words(browser) -> list[str]:
    """Return the highlighted runs of text shown by a QTextBrowser."""
    runs = []
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                runs.append(fragment.text())
            fragments += 1
        block = block.next()
    return runs


def make_notes_conflict(qtbot, anne: Desk, bruno: Desk, answers: Answers, tmp_path) -> None:
    """Share Le Teil, let both edit its notes without seeing each other, then send Bruno's to Anne."""
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    anne.edit("Le Teil", notes=ANNE_NOTES)
    bruno.edit("Le Teil", notes=BRUNO_NOTES)
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")


# -- export and import ------------------------------------------------------------------


def test_menu_groups_exchanges(anne):
    menus = [action.text() for action in anne.window.menuBar().actions()]
    exchange_menu = anne.window.menuBar().actions()[menus.index("É&changes")].menu()
    items = [action.text() for action in exchange_menu.actions() if not action.isSeparator()]

    assert menus == ["&Fichier", "É&dition", "É&changes", "&Aide"]
    assert items == [
        "Exporter tout…", "Exporter pour…", "Protéger les fichiers exportés par un mot de passe",
        "Importer des données…", "Fichiers récents", "Annuler le dernier import…",
        "Synchroniser avec le dossier partagé", "Dossier partagé…", "Ne plus utiliser le dossier partagé…",
        "Conflits et suppressions…", "Journal des échanges…",
    ]
    assert anne.window.sync_action.shortcut().toString() == "Ctrl+Shift+S"


def test_export_all_then_import(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)

    export_all(anne, answers, tmp_path / "envoi")
    assert (tmp_path / "envoi.tzsync").is_file()
    assert answers.suggested_names == [f"tzcld-{date.today().isoformat()}.tzsync"]
    # Three territories, each with the first step of its history.
    assert "6 éléments exportés dans envoi.tzsync" in answers.texts()[-1]

    preview = import_file(qtbot, bruno, answers, tmp_path / "envoi.tzsync")

    assert "Anne Durand" in preview["intro"]
    assert "envoi.tzsync" in preview["intro"]
    assert (preview["created"], preview["updated"], preview["deleted"], preview["conflicts"]) == ("6", "0", "0", "0")
    assert bruno.listed_names() == ["Échirolles-Ouest", "Le Teil", "Villeurbanne Saint-Jean"]
    assert "6 nouveaux éléments" in answers.texts()[-1]
    assert bruno.window.undo_import_action.isEnabled()


def test_preview_cancel_changes_nothing(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    export_all(anne, answers, tmp_path / "envoi.tzsync")
    shown_before = len(answers.shown)
    answers.open_paths.append(tmp_path / "envoi.tzsync")
    seen = answers.answer_preview(qtbot, accept=False)

    bruno.window.import_action.trigger()

    assert seen and seen[0]["created"] == "6"
    assert bruno.stored_names() == set()
    assert bruno.listed_names() == []
    assert len(answers.shown) == shown_before
    assert not bruno.window.undo_import_action.isEnabled()


def test_import_cancelled_during_merge_changes_nothing(qtbot, anne, bruno, answers, tmp_path, monkeypatch):
    anne.add_territories(ANNE_TERRITORIES)
    export_all(anne, answers, tmp_path / "envoi.tzsync")
    real_import = exchange_workflows.import_data

    def cancelled_after_preview(*args, dry_run=False, **kwargs):
        # As if the referent clicked "Annuler" in the progress dialog of the import itself.
        if not dry_run:
            kwargs["cancelled"] = lambda: True
        return real_import(*args, dry_run=dry_run, **kwargs)

    monkeypatch.setattr(exchange_workflows, "import_data", cancelled_after_preview)
    import_file(qtbot, bruno, answers, tmp_path / "envoi.tzsync")

    assert answers.texts("information")[-1] == "L'import a été annulé : vos données n'ont pas changé."
    assert bruno.stored_names() == set()
    assert bruno.listed_names() == []
    assert not bruno.window.undo_import_action.isEnabled()


def test_damaged_file_shows_error_without_preview(qtbot, bruno, answers, tmp_path):
    damaged = tmp_path / "abime.tzsync"
    damaged.write_bytes(b"PK\x03\x04 tronque")
    answers.open_paths.append(damaged)
    seen = answers.answer_preview(qtbot, accept=True)

    bruno.window.import_action.trigger()

    assert seen == []
    assert [kind for kind, _title, _text in answers.shown] == ["error"]
    assert bruno.stored_names() == set()


def test_encrypted_export_and_import(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    anne.window.protect_action.trigger()
    assert anne.window.protect_action.isChecked()
    answers.passphrases.append("pomme verte 2026")

    export_all(anne, answers, tmp_path / "protege.tzsync")

    assert is_encrypted(tmp_path / "protege.tzsync")
    assert answers.passphrase_requests[0][1] is True  # asked twice to confirm
    assert "protégé par le mot de passe" in answers.texts()[-1]

    answers.passphrases += ["pomme rouge", "pomme verte 2026"]
    preview = import_file(qtbot, bruno, answers, tmp_path / "protege.tzsync")

    prompts = [text for text, _confirm in answers.passphrase_requests[1:]]
    assert [confirm for _text, confirm in answers.passphrase_requests[1:]] == [False, False]
    assert "protégé par un mot de passe" in prompts[0]
    assert "Le mot de passe est incorrect" in prompts[1]
    assert preview["created"] == "6"
    assert bruno.stored_names() == {name for name, _code in ANNE_TERRITORIES}


def test_export_stops_when_passphrase_cancelled(anne, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    anne.window.protect_action.trigger()
    answers.save_paths.append(tmp_path / "protege.tzsync")
    answers.passphrases.append(None)

    anne.window.export_action.trigger()

    assert not (tmp_path / "protege.tzsync").exists()
    assert answers.shown == []


def test_passphrase_dialog_needs_matching_entries(qtbot):
    dialog = PassphraseDialog("Protéger le fichier", "Choisissez le mot de passe du fichier.", confirm=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok_button.isEnabled()

    qtbot.keyClicks(dialog.passphrase_edit, "pomme verte")
    qtbot.keyClicks(dialog.confirm_edit, "pomme vert")
    assert not ok_button.isEnabled()
    assert not dialog.mismatch_label.isHidden()

    qtbot.keyClicks(dialog.confirm_edit, "e")
    assert ok_button.isEnabled()
    assert dialog.mismatch_label.isHidden()
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == "pomme verte"


def test_protection_setting_is_remembered(anne):
    anne.window.protect_action.trigger()
    reopened = anne.open_window()

    assert reopened.protect_action.isChecked()
    assert interface_settings(anne.folder).value("exchange/protect_exports", False, type=bool)


def test_passphrase_cancel_stops_import(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    anne.window.protect_action.trigger()
    answers.passphrases.append("pomme verte 2026")
    export_all(anne, answers, tmp_path / "protege.tzsync")
    shown_before = len(answers.shown)
    answers.passphrases.append(None)
    answers.open_paths.append(tmp_path / "protege.tzsync")
    seen = answers.answer_preview(qtbot, accept=True)

    bruno.window.import_action.trigger()

    assert seen == []
    assert len(answers.shown) == shown_before
    assert bruno.stored_names() == set()


def test_export_for_colleague(qtbot, anne, bruno, answers, tmp_path):
    assert not anne.window.export_for_action.isEnabled()
    assert "premier fichier" in anne.window.export_for_action.toolTip()
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")  # tells Anne what Bruno has
    assert anne.window.export_for_action.isEnabled()
    anne.edit("Le Teil", notes=ANNE_NOTES)
    listed = []

    def choose_bruno(dialog: PeerExportDialog) -> None:
        listed.extend(dialog.peer_list.item(row).text() for row in range(dialog.peer_list.count()))
        assert dialog.select_person("Bruno Petit")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    answers.when_opens(PeerExportDialog, choose_bruno)
    answers.save_paths.append(tmp_path / "pour-bruno.tzsync")
    anne.window.export_for_action.trigger()

    assert len(listed) == 1
    assert listed[0].startswith("Bruno Petit — dernier fichier reçu le ")
    assert answers.suggested_names[-1] == f"tzcld-pour-bruno-petit-{date.today().isoformat()}.tzsync"
    assert "pour-bruno.tzsync" in answers.texts()[-1]
    preview = import_file(qtbot, bruno, answers, tmp_path / "pour-bruno.tzsync")
    assert (preview["created"], preview["updated"]) == ("0", "1")
    assert bruno.territory("Le Teil").notes == ANNE_NOTES


def test_many_deletions_ask_second_confirmation(qtbot, anne, bruno, answers, tmp_path):
    names = [(f"Territoire {number:02d}", "07") for number in range(12)]
    anne.add_territories(names)
    send(qtbot, anne, bruno, answers, tmp_path / "complet.tzsync")
    for name, _code in names[:10]:
        anne.delete(name)
    export_all(anne, answers, tmp_path / "suppressions.tzsync")

    answers.confirmations.append(False)
    preview = import_file(qtbot, bruno, answers, tmp_path / "suppressions.tzsync")

    assert preview["deleted"] == "10"
    assert "10 éléments supprimés par Anne Durand" in preview["warning"]
    assert "supprimer 10 éléments" in answers.questions[-1]
    assert "Anne Durand" in answers.questions[-1]
    assert len(bruno.stored_names()) == 12

    answers.confirmations.append(True)
    import_file(qtbot, bruno, answers, tmp_path / "suppressions.tzsync")

    assert bruno.listed_names() == ["Territoire 10", "Territoire 11"]


def test_few_deletions_need_no_confirmation(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "complet.tzsync")
    anne.delete("Le Teil")

    preview = send(qtbot, anne, bruno, answers, tmp_path / "suppression.tzsync")

    assert preview["deleted"] == "1"
    assert answers.questions == []
    assert "Le Teil" not in bruno.listed_names()


# -- undo -------------------------------------------------------------------------------


def test_undo_last_import_through_menu(qtbot, anne, bruno, answers, tmp_path):
    assert not bruno.window.undo_import_action.isEnabled()
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    assert bruno.window.undo_import_action.isEnabled()

    answers.confirmations.append(False)
    bruno.window.undo_import_action.trigger()
    assert "« anne.tzsync »" in answers.questions[-1]
    assert "Anne Durand" in answers.questions[-1]
    assert len(bruno.listed_names()) == 3

    answers.confirmations.append(True)
    bruno.window.undo_import_action.trigger()

    assert bruno.listed_names() == []
    assert bruno.stored_names() == set()
    assert "a été annulé" in answers.texts()[-1]
    assert not bruno.window.undo_import_action.isEnabled()


def test_undo_disabled_after_local_edit(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")

    bruno.edit("Le Teil", notes="Modifié après l'import")

    assert not bruno.window.undo_import_action.isEnabled()


# -- conflicts and reviews --------------------------------------------------------------


def test_conflict_shows_values_and_diff(qtbot, anne, bruno, answers, tmp_path):
    make_notes_conflict(qtbot, anne, bruno, answers, tmp_path)
    indicator = anne.window.review_indicator
    assert indicator.isVisible()
    assert indicator.text() == "1 conflit à examiner"

    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    dialog = anne.window.conflicts_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Conflits et suppressions à examiner"
    assert dialog.select_entry("Le Teil", "notes")
    current = dialog.tree.currentItem()
    assert [current.text(column) for column in range(4)] == ["Le Teil", "Territoire", "Notes", "2"]

    authors = [box.title() for box in dialog.value_boxes]
    assert sorted(authors) == ["Anne Durand", "Bruno Petit"]
    texts = {box.title(): browser.toPlainText() for box, browser in zip(dialog.value_boxes, dialog.diff_browsers)}
    assert texts == {"Anne Durand": ANNE_NOTES, "Bruno Petit": BRUNO_NOTES}
    highlights = {box.title(): highlighted_words(browser)
                  for box, browser in zip(dialog.value_boxes, dialog.diff_browsers)}
    assert highlights == {"Anne Durand": ["3"], "Bruno Petit": ["5", "et le département"]}
    written = [label.text() for box in dialog.value_boxes for label in box.findChildren(QLabel)]
    assert any(text.startswith("Écrite le ") and str(date.today().year) in text for text in written)
    assert dialog.other_value_edit is not None


def test_keep_value_clears_conflict(qtbot, anne, bruno, answers, tmp_path):
    make_notes_conflict(qtbot, anne, bruno, answers, tmp_path)
    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog
    dialog.select_entry("Le Teil", "notes")
    bruno_index = [box.title() for box in dialog.value_boxes].index("Bruno Petit")

    qtbot.mouseClick(dialog.keep_buttons[bruno_index], Qt.MouseButton.LeftButton)

    assert dialog.conflicts == []
    assert anne.territory("Le Teil").notes == BRUNO_NOTES
    assert not anne.territory("Le Teil").has_conflict
    assert anne.window.open_items.conflicts == 0
    assert not anne.window.review_indicator.isVisible()
    assert dialog.value_boxes == []


def test_write_other_value_settles_conflict(qtbot, anne, bruno, answers, tmp_path):
    make_notes_conflict(qtbot, anne, bruno, answers, tmp_path)
    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog
    dialog.select_entry("Le Teil", "notes")
    merged = BRUNO_NOTES + "\nÀ revoir avec Bruno."

    dialog.other_value_edit.setPlainText(merged)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    assert anne.territory("Le Teil").notes == merged
    assert dialog.conflicts == []


def test_empty_name_is_refused(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    anne.edit("Le Teil", name="Le Teil (Ardèche)")
    bruno.edit("Le Teil", name="Le Teil – Alba")
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")
    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog
    assert len(dialog.conflicts) == 1
    dialog.tree.setCurrentItem(dialog._leaf_items()[0])

    dialog.other_value_edit.clear()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)

    assert not dialog.error_label.isHidden()
    assert "ne peut pas rester vide" in dialog.error_label.text()
    assert len(dialog.conflicts) == 1


def test_stage_conflict_offers_only_choices(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    anne.edit("Le Teil", stage=Stage.CANDIDATURE)
    bruno.edit("Le Teil", stage=Stage.HABILITATED)
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")
    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog

    assert dialog.select_entry("Le Teil", "stage")
    shown_values = sorted(label.text() for box in dialog.value_boxes for label in box.findChildren(QLabel)
                          if label.font().bold())
    assert shown_values == ["Candidature", "Territoire habilité"]
    assert dialog.other_value_edit is None
    assert dialog.diff_browsers == []

    habilitated = [box.title() for box in dialog.value_boxes].index("Bruno Petit")
    qtbot.mouseClick(dialog.keep_buttons[habilitated], Qt.MouseButton.LeftButton)
    assert anne.territory("Le Teil").stage == Stage.HABILITATED.value


def test_review_settled_by_delete(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    bruno.delete("Le Teil")
    anne.edit("Le Teil", notes="Nouvelle réunion du CLE")
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")
    assert anne.window.review_indicator.text() == "1 suppression à examiner"
    assert "Le Teil" in anne.listed_names()

    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog
    assert dialog.select_entry("Le Teil")
    page_text = " ".join(label.text() for label in dialog.detail_area.widget().findChildren(QLabel))
    assert "Supprimé par une copie pendant qu'une autre le modifiait." in page_text
    qtbot.mouseClick(dialog.delete_record_button, Qt.MouseButton.LeftButton)

    assert "Le Teil" not in anne.listed_names()
    assert dialog.reviews == []
    assert not anne.window.review_indicator.isVisible()


def test_review_settled_by_keep(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    bruno.delete("Le Teil")
    anne.edit("Le Teil", notes="Nouvelle réunion du CLE")
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")
    anne.window.conflicts_action.trigger()
    dialog = anne.window.conflicts_dialog
    dialog.select_entry("Le Teil")

    qtbot.mouseClick(dialog.keep_record_button, Qt.MouseButton.LeftButton)

    assert "Le Teil" in anne.listed_names()
    assert not anne.territory("Le Teil").needs_review
    assert dialog.reviews == []


def test_word_diff_marks_only_changes():
    first, second = word_diff("Budget voté.\nRéunion le 3 mars.", "Budget voté en conseil.\nRéunion le 3 mars.")

    assert [segment.text for segment in first if segment.changed] == []
    assert [segment.text for segment in second if segment.changed] == ["en conseil"]
    assert "&lt;b&gt;" in segments_html(word_diff("a <b>", "a <b> c")[1])


# -- shared folder ----------------------------------------------------------------------


def test_shared_folder_sync(qtbot, anne, bruno, answers, tmp_path):
    cloud = tmp_path / "Nextcloud" / "TZCLD"
    cloud.mkdir(parents=True)
    anne.add_territories(ANNE_TERRITORIES)
    assert not anne.window.sync_action.isEnabled()

    answers.folders.append(cloud)
    anne.window.shared_folder_action.trigger()
    answers.folders.append(cloud)
    bruno.window.shared_folder_action.trigger()

    assert anne.window.sync_action.isEnabled()
    assert bruno.listed_names() == ["Échirolles-Ouest", "Le Teil", "Villeurbanne Saint-Jean"]
    assert "Anne Durand" in answers.texts()[-1]
    assert interface_settings(bruno.folder).value("exchange/shared_folder") == str(cloud)

    bruno.edit("Le Teil", notes="Vu par Bruno")
    bruno.window.sync_action.trigger()
    anne.window.sync_action.trigger()
    assert anne.territory("Le Teil").notes == "Vu par Bruno"


def test_shared_folder_sync_at_start(qtbot, anne, bruno, answers, tmp_path):
    cloud = tmp_path / "partage"
    cloud.mkdir()
    answers.folders += [cloud, cloud]
    anne.window.shared_folder_action.trigger()
    bruno.window.shared_folder_action.trigger()
    anne.add_territories([("Le Port", "974")])
    anne.window.sync_action.trigger()
    shown_before = len(answers.shown)

    window = bruno.open_window()

    qtbot.waitUntil(lambda: "Le Port" in bruno.stored_names(), timeout=5000)
    qtbot.waitUntil(lambda: "Dossier partagé synchronisé" in window.statusBar().currentMessage(), timeout=5000)
    assert len(answers.shown) == shown_before


def test_missing_shared_folder_at_start_shows_error(qtbot, bruno, answers, tmp_path):
    settings = interface_settings(bruno.folder)
    settings.setValue("exchange/shared_folder", str(tmp_path / "absent"))
    settings.sync()

    window = bruno.open_window()

    qtbot.waitUntil(lambda: bool(answers.shown), timeout=5000)
    assert answers.shown[0][0] == "error"
    assert "introuvable" in answers.shown[0][2]
    assert window.isVisible()


def test_forget_shared_folder(qtbot, bruno, answers, tmp_path):
    cloud = tmp_path / "partage"
    cloud.mkdir()
    answers.folders.append(cloud)
    bruno.window.shared_folder_action.trigger()
    answers.confirmations.append(True)

    bruno.window.forget_folder_action.trigger()

    assert not bruno.window.sync_action.isEnabled()
    assert interface_settings(bruno.folder).value("exchange/shared_folder") is None
    assert cloud.is_dir()


# -- exchange log -----------------------------------------------------------------------


def log_rows(dialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_exchange_log_lists_files(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    bruno.edit("Le Teil", notes="Vu par Bruno")
    send(qtbot, bruno, anne, answers, tmp_path / "bruno.tzsync")

    bruno.window.exchange_log_action.trigger()
    rows = log_rows(bruno.window.exchange_log_dialog)

    assert bruno.window.exchange_log_dialog.windowTitle() == "Journal des échanges"
    assert [row[exchange_log_table.DIRECTION] for row in rows] == ["Envoyé", "Reçu"]
    received = rows[1]
    assert received[exchange_log_table.PERSON] == "Anne Durand"
    assert received[exchange_log_table.FILE] == "anne.tzsync"
    assert received[exchange_log_table.COUNTS] == "6 nouveaux, 0 modifié, 0 supprimé, 0 conflit"
    assert received[exchange_log_table.RESULT] == "Réussi"
    assert rows[0][exchange_log_table.PERSON] == "Tous (export complet)"
    assert rows[0][exchange_log_table.COUNTS] == "6 éléments"

    anne.window.exchange_log_action.trigger()
    anne_rows = log_rows(anne.window.exchange_log_dialog)
    assert [(row[exchange_log_table.DIRECTION], row[exchange_log_table.FILE]) for row in anne_rows] == [
        ("Reçu", "bruno.tzsync"), ("Envoyé", "anne.tzsync")]
    assert anne_rows[0][exchange_log_table.COUNTS] == "0 nouveau, 1 modifié, 0 supprimé, 0 conflit"


def test_exchange_log_follows_undo(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    bruno.window.exchange_log_action.trigger()
    dialog = bruno.window.exchange_log_dialog
    assert log_rows(dialog) == []
    assert dialog.count_label.text() == "Aucun fichier envoyé ni reçu pour l'instant."

    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    answers.confirmations.append(True)
    bruno.window.undo_import_action.trigger()

    rows = log_rows(dialog)
    assert rows[0][exchange_log_table.DIRECTION] == "Annulé"
    assert rows[0][exchange_log_table.FILE] == "anne.tzsync"
    assert rows[0][exchange_log_table.PERSON] == "Anne Durand"


# -- recent exchange files ------------------------------------------------------------


def recent_entries(window) -> list[tuple[str, bool]]:
    """Return the text and enabled state of each file entry of "Échanges › Fichiers récents"."""
    menu = window.recent_files_menu
    menu.rebuild()
    return [(action.text(), action.isEnabled()) for action in menu.actions()
            if not action.isSeparator() and action is not menu.clear_action]


def test_recent_files_list_exports_and_imports(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    assert recent_entries(bruno.window) == [("Aucun fichier récent", False)]
    assert not bruno.window.recent_files_menu.clear_action.isEnabled()

    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")

    assert recent_entries(anne.window) == [("Exporté : anne.tzsync", True)]
    assert recent_entries(bruno.window) == [("Importé : anne.tzsync", True)]
    settings_text = (bruno.folder / "interface.ini").read_text(encoding="utf-8")
    assert "anne.tzsync" in settings_text


def test_recent_import_opens_preview_again(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")

    seen = answers.answer_preview(qtbot, accept=False)
    bruno.window.recent_files_menu.rebuild()
    file_action = bruno.window.recent_files_menu.actions()[0]
    file_action.trigger()

    assert len(seen) == 1
    assert "Anne Durand" in seen[0]["intro"]


def test_recent_missing_file_disabled_then_removed(qtbot, anne, bruno, answers, tmp_path):
    anne.add_territories(ANNE_TERRITORIES)
    send(qtbot, anne, bruno, answers, tmp_path / "anne.tzsync")
    (tmp_path / "anne.tzsync").unlink()

    assert recent_entries(bruno.window) == [("Importé : anne.tzsync (introuvable)", False)]

    entry = bruno.window.exchanges.recent_files.entries()[0]
    bruno.window.recent_files_menu.open_entry(entry)

    assert "n'existe plus" in answers.texts("warning")[0]
    assert bruno.window.exchanges.recent_files.entries() == []


def test_recent_files_cleared_and_capped(qtbot, anne, answers, tmp_path):
    from tzcld_desktop.ui.recent_files import EXPORTED, MAX_RECENT_FILES

    recent = anne.window.exchanges.recent_files
    for number in range(MAX_RECENT_FILES + 3):
        path = tmp_path / f"envoi-{number}.tzsync"
        path.write_bytes(b"")
        recent.add(path, EXPORTED)
    recent.add(tmp_path / "envoi-0.tzsync", EXPORTED)

    names = [text for text, _enabled in recent_entries(anne.window)]
    assert len(names) == MAX_RECENT_FILES
    assert names[0] == "Exporté : envoi-0.tzsync"
    assert names.count("Exporté : envoi-0.tzsync") == 1

    anne.window.recent_files_menu.clear_action.trigger()
    assert recent.entries() == []
    assert recent_entries(anne.window) == [("Aucun fichier récent", False)]


def test_recent_export_opens_its_folder(qtbot, anne, answers, tmp_path, monkeypatch):
    from tzcld_desktop.ui import recent_files

    opened = []
    monkeypatch.setattr(recent_files, "show_in_folder", lambda path: opened.append(path) or True)
    anne.add_territories(ANNE_TERRITORIES)
    export_all(anne, answers, tmp_path / "anne.tzsync")

    anne.window.recent_files_menu.rebuild()
    anne.window.recent_files_menu.actions()[0].trigger()

    assert opened == [tmp_path / "anne.tzsync"]
