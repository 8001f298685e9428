"""Unsaved edits of the territory and meeting forms: the closing question and the drafts on disk."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from tzcld_desktop.db import queries
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import drafts, messages
from tzcld_desktop.ui.main_window import MainWindow
from tzcld_desktop.ui.meeting_form import MeetingDialog
from tzcld_desktop.ui.territory_form import TerritoryDialog


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for a referent who follows Auvergne-Rhône-Alpes and Île-de-France."""


@pytest.fixture
def save_answers(monkeypatch):
    """Answers given, in order, to the "Enregistrer les modifications" question; records the questions."""
    answers: list[str] = []
    questions: list[str] = []

    def answer(parent, title, text):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(messages, "ask_save_discard_cancel", answer)
    return answers, questions


@pytest.fixture
def cluster_id(context):
    territory_id = context.services.create_territory(
        TerritoryInput("Le Teil", Stage.INTERESTED, departement_code="07")
    )
    new_id = context.services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", region_code="84"))
    context.services.set_cluster_territories(new_id, [territory_id])
    return new_id


def open_territory_form(qtbot, context, territory_id=None) -> TerritoryDialog:
    dialog = TerritoryDialog(context, territory_id, default_region_code="84")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def draft_files(context) -> list[str]:
    folder = drafts.draft_folder(context.store.data_dir)
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def stored_territory_names(context) -> list[str]:
    with context.store.session() as session:
        return sorted(row.name for row in queries.list_territories(session, queries.TerritoryQuery()))


def act_on_next_form(handler: Callable[[QDialog], None]) -> list[BaseException]:
    """Let ``handler`` act on the next modal dialog; return a list that collects its errors.

    A dialog the handler leaves open is closed without a question, so a failing check
    never blocks the test run.
    """
    errors: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            handler(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised by the test afterwards
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, act)
    return errors


# -- the closing question --------------------------------------------------------------


def test_unchanged_form_closes_without_question(qtbot, context, save_answers):
    answers, questions = save_answers
    dialog = open_territory_form(qtbot, context)

    dialog.reject()

    assert not dialog.isVisible()
    assert questions == []


def test_discard_leaves_nothing(qtbot, context, save_answers):
    answers, questions = save_answers
    answers.append("discard")
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")
    dialog.form_draft.write_now()
    assert draft_files(context) == ["territoire-nouveau.json"]

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    assert questions == ["Enregistrer les modifications de « Aubenas Nord » ?"]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert "Aubenas Nord" not in stored_territory_names(context)
    assert draft_files(context) == []


def test_save_answer_saves(qtbot, context, save_answers):
    answers, questions = save_answers
    answers.append("save")
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")

    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert len(questions) == 1
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Aubenas Nord" in stored_territory_names(context)
    assert draft_files(context) == []


def test_cancel_answer_keeps_form_open(qtbot, context, save_answers):
    answers, questions = save_answers
    answers.append("cancel")
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")

    closed = dialog.close_with_question()

    assert not closed
    assert len(questions) == 1
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Aubenas Nord"
    assert "Aubenas Nord" not in stored_territory_names(context)


def test_failed_save_keeps_form_open(qtbot, context, save_answers):
    answers, questions = save_answers
    answers.append("save")
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.communes_edit, "Aubenas")

    dialog.reject()

    assert dialog.isVisible()
    assert dialog.errors.shown() == {"name": "Indiquez le nom du territoire."}


def test_reverted_edit_asks_nothing(qtbot, context, save_answers):
    answers, questions = save_answers
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "A")
    dialog.name_edit.clear()

    dialog.reject()

    assert questions == []
    assert not dialog.isVisible()


def test_main_window_close_asks_open_form(qtbot, context, save_answers):
    answers, questions = save_answers
    answers.extend(["cancel", "discard"])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dialog = TerritoryDialog(context, None, window.territory_panel)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")

    assert not window.close()
    assert window.isVisible()
    assert dialog.isVisible()

    assert window.close()
    assert not dialog.isVisible()
    assert questions == ["Enregistrer les modifications de « Aubenas Nord » ?"] * 2


# -- drafts on disk --------------------------------------------------------------------


def test_draft_written_after_typing(qtbot, context):
    dialog = open_territory_form(qtbot, context)
    path = drafts.draft_path(context.store.data_dir, drafts.TERRITORY_KIND, None)

    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")
    assert not path.exists()
    qtbot.waitUntil(path.exists, timeout=3000)

    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["label"] == "Aubenas Nord"
    assert content["values"]["name"] == "Aubenas Nord"
    assert content["values"]["region_code"] == "84"
    assert list(path.parent.glob("*.tmp")) == []


def test_draft_removed_after_save(qtbot, context):
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")
    dialog.form_draft.write_now()
    assert draft_files(context) == ["territoire-nouveau.json"]

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert draft_files(context) == []


def test_existing_record_draft_named_by_id(qtbot, context):
    territory_id = context.services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED))
    dialog = open_territory_form(qtbot, context, territory_id)

    qtbot.keyClicks(dialog.notes_edit, "Rencontre en mai")
    dialog.form_draft.write_now()

    assert draft_files(context) == [f"territoire-{territory_id}.json"]


def test_program_close_keeps_draft(qtbot, context, save_answers):
    answers, questions = save_answers
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")

    dialog.close()

    assert questions == []
    assert not dialog.isVisible()
    assert draft_files(context) == ["territoire-nouveau.json"]


def simulate_territory_crash(qtbot, context) -> None:
    """Type in a new territory form, let its draft be written, then drop it without closing."""
    dialog = TerritoryDialog(context, None, default_region_code="84")
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData(Stage.HABILITATED.value))
    dialog.no_date_check.setChecked(False)
    dialog.date_edit.setDate(QDate(2023, 5, 4))
    dialog.departement_combo.setCurrentIndex(dialog.departement_combo.findData("07"))
    dialog.communes_edit.setPlainText("Aubenas\nUcel")
    dialog.form_draft.write_now()
    # Like a crash: no close event, no question, the draft file stays.
    dialog.form_draft.blockSignals(True)
    dialog.hide()
    dialog.deleteLater()
    assert draft_files(context) == ["territoire-nouveau.json"]


def test_restart_reopens_territory_draft(qtbot, context, monkeypatch, save_answers):
    answers, questions = save_answers
    simulate_territory_crash(qtbot, context)
    offers: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices, escape_key, details="":
                        offers.append(text) or "reopen")
    reopened: dict[str, object] = {}

    def read_form(dialog: QDialog) -> None:
        assert isinstance(dialog, TerritoryDialog)
        reopened["input"] = dialog.territory_input()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = act_on_next_form(read_form)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "input" in reopened and not QApplication.activeModalWidget(), timeout=5000)

    assert errors == []
    assert offers == [
        "Vous aviez des modifications non enregistrées :\n• Nouveau territoire « Aubenas Nord »\n\n"
        "Les rouvrir maintenant ?"
    ]
    data = reopened["input"]
    assert data.name == "Aubenas Nord"
    assert data.stage is Stage.HABILITATED
    assert data.habilitation_date == date(2023, 5, 4)
    assert data.departement_code == "07"
    assert data.region_code == "84"
    assert data.communes == "Aubenas\nUcel"
    assert "Aubenas Nord" in stored_territory_names(context)
    assert draft_files(context) == []


def test_restart_later_keeps_drafts(qtbot, context, monkeypatch):
    simulate_territory_crash(qtbot, context)
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices, escape_key, details="": "later")

    drafts.offer_drafts(context, None)

    assert draft_files(context) == ["territoire-nouveau.json"]


def test_restart_remove_drops_drafts(qtbot, context, monkeypatch):
    simulate_territory_crash(qtbot, context)
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices, escape_key, details="": "remove")

    drafts.offer_drafts(context, None)

    assert draft_files(context) == []


def test_draft_of_deleted_record_dropped(qtbot, context, monkeypatch):
    territory_id = context.services.create_territory(TerritoryInput("Le Teil", Stage.INTERESTED))
    dialog = open_territory_form(qtbot, context, territory_id)
    qtbot.keyClicks(dialog.notes_edit, "Rencontre en mai")
    dialog.form_draft.write_now()
    dialog.form_draft.blockSignals(True)
    context.services.delete_territory(territory_id)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information",
                        lambda parent, title, text, details="": shown.append((text, details)))
    (draft,) = drafts.list_drafts(context.store.data_dir)

    result = drafts.reopen_draft(context, draft, None)

    assert result is None
    assert len(shown) == 1
    assert shown[0][0].startswith("Territoire « Le Teil » a été supprimé depuis")
    assert "notes : Rencontre en mai" in shown[0][1]
    assert not draft.path.exists()


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe", b'{"version": 1, "kind": "autre"}'])
def test_malformed_draft_moved_aside(context, caplog, content):
    folder = drafts.draft_folder(context.store.data_dir)
    folder.mkdir(parents=True)
    (folder / "territoire-nouveau.json").write_bytes(content)

    found = drafts.list_drafts(context.store.data_dir)

    assert found == []
    assert sorted(path.name for path in folder.iterdir()) == ["territoire-nouveau.json.invalide"]
    assert "Invalid draft" in caplog.text


def test_malformed_draft_offers_nothing(qtbot, context, monkeypatch):
    folder = drafts.draft_folder(context.store.data_dir)
    folder.mkdir(parents=True)
    (folder / "reunion-nouveau.json").write_text("{", encoding="utf-8")
    offers: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda *args, **kwargs: offers.append(args[2]) or "later")

    drafts.offer_drafts(context, None)

    assert offers == []


def test_wrong_value_types_ignored(qtbot, context):
    dialog = open_territory_form(qtbot, context)

    dialog.apply_draft_values({"name": 12, "habilitation_date": "hier", "region_code": "99", "notes": "Suite"})

    assert dialog.name_edit.text() == ""
    assert dialog.region_combo.currentData() == "84"
    assert dialog.notes_edit.toPlainText() == "Suite"


def test_unwritable_folder_only_logs(qtbot, context, caplog):
    # A file where the draft folder should be makes every write fail.
    drafts.draft_folder(context.store.data_dir).write_text("", encoding="utf-8")
    dialog = open_territory_form(qtbot, context)
    qtbot.keyClicks(dialog.name_edit, "Aubenas Nord")

    dialog.form_draft.write_now()

    assert "not written" in caplog.text
    assert dialog.isVisible()


# -- meeting drafts --------------------------------------------------------------------


def test_meeting_draft_survives_crash(qtbot, context, cluster_id, monkeypatch, save_answers):
    answers, questions = save_answers
    answers.append("discard")
    dialog = MeetingDialog(context, None, cluster_id)
    dialog.show()
    dialog.date_edit.setDate(QDate(2026, 11, 17))
    dialog.place_edit.setText("Mairie du Teil")
    dialog.minutes_edit.setPlainText("Point sur les embauches.\nProchaine réunion en janvier.")
    dialog.territory_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.form_draft.write_now()
    dialog.form_draft.blockSignals(True)
    dialog.hide()
    dialog.deleteLater()
    assert draft_files(context) == ["reunion-nouveau.json"]

    (draft,) = drafts.list_drafts(context.store.data_dir)
    reopened: dict[str, object] = {}

    def read_form(form: QDialog) -> None:
        assert isinstance(form, MeetingDialog)
        reopened["input"] = form.form_input()
        form.reject()

    errors = act_on_next_form(read_form)
    drafts.reopen_draft(context, draft, None)

    assert errors == []
    data: MeetingInput = reopened["input"]
    assert data.cluster_id == cluster_id
    assert data.meeting_date == date(2026, 11, 17)
    assert data.place == "Mairie du Teil"
    assert data.minutes == "Point sur les embauches.\nProchaine réunion en janvier."
    assert len(data.territory_ids) == 1
    assert questions == ["Enregistrer les modifications de « Réunion de grappe du mardi 17 novembre 2026 » ?"]
    assert draft_files(context) == []


def test_meeting_save_removes_draft(qtbot, context, cluster_id):
    dialog = MeetingDialog(context, None, cluster_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes_edit.setPlainText("Point sur les embauches.")
    qtbot.waitUntil(lambda: draft_files(context) == ["reunion-nouveau.json"], timeout=3000)

    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert draft_files(context) == []


@pytest.fixture
def interface_locales():
    """The QLocale of each interface language; French is set back after the test."""
    from tzcld_desktop.ui.i18n import LOCALES

    yield LOCALES
    QLocale.setDefault(LOCALES["fr"])


def test_meeting_draft_prompt_dated_in_interface_language(qtbot, context, cluster_id, monkeypatch,
                                                          interface_locales):
    dialog = MeetingDialog(context, None, cluster_id)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 11, 17))
    dialog.place_edit.setText("Mairie du Teil")
    dialog.form_draft.write_now()
    dialog.form_draft.blockSignals(True)
    QLocale.setDefault(interface_locales["en"])
    offers: list[str] = []
    monkeypatch.setattr(messages, "choose", lambda parent, title, text, choices, escape_key, details="":
                        offers.append(text) or "later")

    drafts.offer_drafts(context, None)

    (offer,) = offers
    assert "« Réunion de grappe du Tuesday, 17 November 2026 »" in offer
    assert "novembre" not in offer
