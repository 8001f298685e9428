"""The document base screen, driven as a referent would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from reportlab.pdfgen import canvas

from tzcld_desktop.db import library
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import DocumentCategory
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import library_view, messages
from tzcld_desktop.ui.context import AppContext, DataBus
from tzcld_desktop.ui.library_dialogs import REVIEW_KEEP, FolderReviewDialog, LibraryDocumentDialog, TargetDialog
from tzcld_desktop.ui.library_view import CATEGORY, EXTRACT, TITLE, VALIDITY, LibraryView


def make_pdf(path, lines):
    pdf = canvas.Canvas(str(path))
    for index, line in enumerate(lines):
        pdf.drawString(72, 760 - 20 * index, line)
    pdf.showPage()
    pdf.save()
    return path


def make_docx(path, text):
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.fixture
def view(qtbot, context, french, profile):
    widget = LibraryView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    return widget


def answer_form(monkeypatch, fill):
    """Make every document form call ``fill(dialog)`` and be accepted."""
    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(LibraryDocumentDialog, "exec", exec_)


def answer_target(monkeypatch, name):
    def exec_(dialog):
        dialog.target_combo.setCurrentIndex(dialog.target_combo.findText(name, Qt.MatchFlag.MatchContains))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(TargetDialog, "exec", exec_)


def shown(view, column):
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def add_through_form(view, monkeypatch, path, title, category):
    def fill(dialog):
        dialog.set_source(path)
        dialog.title_edit.setText(title)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(category.value))
    answer_form(monkeypatch, fill)
    view.add_button.click()


def test_add_categorise_and_search(view, monkeypatch, tmp_path):
    pdf = make_pdf(tmp_path / "guide.pdf", ["La consultation des personnes privées durablement d'emploi."])
    word_file = make_docx(tmp_path / "statuts.docx", "Le Comité local pour l'emploi réunit les acteurs.")
    add_through_form(view, monkeypatch, pdf, "Guide de l'émergence", DocumentCategory.METHOD)
    add_through_form(view, monkeypatch, word_file, "Statuts types du CLE", DocumentCategory.TEMPLATE)

    assert sorted(shown(view, TITLE)) == ["Guide de l'émergence", "Statuts types du CLE"]
    view.search_edit.setText("DURABLEMENT")
    assert shown(view, TITLE) == ["Guide de l'émergence"]
    assert "consultation des personnes" in shown(view, EXTRACT)[0]
    view.search_edit.setText("comite")
    assert shown(view, TITLE) == ["Statuts types du CLE"]
    assert shown(view, CATEGORY) == ["Modèle"]

    view.search_edit.clear()
    view.category_filter.setCurrentIndex(view.category_filter.findData("methode"))
    assert shown(view, TITLE) == ["Guide de l'émergence"]


def test_form_errors_keep_dialog_open(view, monkeypatch):
    attempts = []

    def fill(dialog):
        attempts.append(dialog.error_label.text())
        if len(attempts) == 2:
            dialog.link_edit.setText("https://www.tzcld.fr/guide")
        dialog.title_edit.setText("Guide en ligne")
    answer_form(monkeypatch, fill)
    view.add_button.click()
    assert attempts[0] == ""
    assert "Choisissez un fichier ou indiquez une adresse web" in attempts[1]
    assert shown(view, TITLE) == ["Guide en ligne"]


def test_open_copies_file_under_its_name(view, monkeypatch, tmp_path):
    pdf = make_pdf(tmp_path / "guide.pdf", ["Guide"])
    add_through_form(view, monkeypatch, pdf, "Guide", DocumentCategory.METHOD)
    opened = []
    monkeypatch.setattr(library_view, "open_in_system_viewer", lambda target: opened.append(target) or True)
    view.table.selectRow(0)
    view.open_button.click()
    assert Path(opened[0]).name == "guide.pdf"
    assert Path(opened[0]).read_bytes() == pdf.read_bytes()


def test_give_to_territory_and_meeting(view, context, monkeypatch, tmp_path):
    services = context.services
    territory_id = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    cluster_id = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting_id = services.save_meeting(None, MeetingInput(cluster_id, date(2026, 3, 3), "Réunion de grappe"))
    add_through_form(view, monkeypatch, make_pdf(tmp_path / "statuts.pdf", ["Statuts"]), "Statuts types",
                     DocumentCategory.TEMPLATE)
    view.table.selectRow(0)

    answer_target(monkeypatch, "Le Teil")
    view.give_button.click()
    answer_target(monkeypatch, "Réunion de grappe")
    view.meeting_button.click()

    with context.store.session() as session:
        given = library.documents_given_to(session, territory_id)
        attached = library.documents_of_meeting(session, meeting_id)
    assert [(row.title, row.given_on) for row in given] == [("Statuts types", date.today())]
    assert [row.title for row in attached] == ["Statuts types"]
    assert "Le Teil" in view.detail_label.text()
    assert "Réunion de grappe" in view.detail_label.text()


def test_new_version_received_in_second_folder(view, context, monkeypatch, tmp_path, qtbot):
    first = make_pdf(tmp_path / "guide-v1.pdf", ["Guide, première édition"])
    add_through_form(view, monkeypatch, first, "Guide de l'émergence", DocumentCategory.METHOD)
    view.table.selectRow(0)
    second = make_pdf(tmp_path / "guide-v2.pdf", ["Guide, seconde édition"])

    def fill(dialog):
        dialog.set_source(second)
        dialog.version_edit.setText("2026")
    answer_form(monkeypatch, fill)
    view.version_button.click()
    export_data(context.store, tmp_path / "national.tzsync")

    receiver = open_store(tmp_path / "referent")
    Services(receiver).save_profile("Bruno Petit", ["84"])
    import_data(receiver, tmp_path / "national.tzsync")
    other = LibraryView(AppContext(receiver, Services(receiver), DataBus()))
    qtbot.addWidget(other)
    other.new_button.setChecked(True)
    assert sorted(shown(other, VALIDITY)) == ["remplacé par « Guide de l'émergence »", "à jour"]

    opened = []
    monkeypatch.setattr(library_view, "open_in_system_viewer", lambda target: opened.append(target) or True)
    for row in range(other.model.rowCount()):
        other.table.selectRow(row)
        other.open_button.click()
    assert sorted(Path(path).read_bytes() for path in opened) == sorted([first.read_bytes(), second.read_bytes()])
    assert "Historique des versions" in other.detail_label.text()
    other.search_edit.setText("seconde")
    assert shown(other, VALIDITY) == ["à jour"]
    receiver.close()


def test_import_folder_with_duplicate(view, monkeypatch, tmp_path):
    folder = tmp_path / "Documents TZCLD"
    (folder / "Juridique").mkdir(parents=True)
    (folder / "Formation").mkdir()
    make_pdf(folder / "Juridique" / "loi-2020.pdf", ["Loi du 14 décembre 2020"])
    (folder / "Formation" / "loi-copie.pdf").write_bytes((folder / "Juridique" / "loi-2020.pdf").read_bytes())
    make_docx(folder / "Formation" / "atelier.docx", "Atelier d'accueil des nouveaux animateurs")
    monkeypatch.setattr(messages, "choose_folder", lambda parent, title, start=None: folder)
    reviewed = []

    def review(dialog):
        reviewed.append([(dialog.table.item(row, 1).text(), dialog.table.item(row, REVIEW_KEEP).checkState())
                         for row in range(dialog.table.rowCount())])
        dialog.category_combo(0).setCurrentIndex(dialog.category_combo(0).findData("communication"))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(FolderReviewDialog, "exec", review)
    infos = []
    monkeypatch.setattr(messages, "information", lambda parent, title, text, details="": infos.append((text, details)))

    view.folder_button.click()

    assert reviewed == [[("atelier", Qt.CheckState.Checked), ("loi-copie", Qt.CheckState.Checked),
                         ("loi-2020", Qt.CheckState.Unchecked)]]
    assert "2 document(s) ajouté(s)" in infos[0][0]
    assert "1 fichier(s) en double" in infos[0][0]
    assert "Juridique/loi-2020.pdf" in infos[0][1]
    assert sorted(zip(shown(view, TITLE), shown(view, CATEGORY))) == [
        ("atelier", "Communication"), ("loi-copie", "Formation")]
    view.search_edit.setText("accueil animateurs")
    assert shown(view, TITLE) == ["atelier"]


def test_library_screenshot(view, monkeypatch, tmp_path):
    pdf = make_pdf(tmp_path / "guide.pdf", ["La consultation des personnes privées durablement d'emploi."])
    add_through_form(view, monkeypatch, pdf, "Guide de l'émergence", DocumentCategory.METHOD)
    view.search_edit.setText("consultation")
    view.table.selectRow(0)
    assert not view.grab().isNull()
