"""The document base: adding, finding by words inside files, versions, exchange, folder import."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import event

from tzcld_desktop.db import blobs, library
from tzcld_desktop.db.library import LibraryQuery
from tzcld_desktop.db.library_services import LibraryDocumentInput, guess_category, scan_folder
from tzcld_desktop.db.models import Document
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import ValidationError
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import DocumentCategory
from tzcld_desktop.sync.exchange import export_data, import_data


def make_pdf(path, lines):
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for index, line in enumerate(lines):
        pdf.drawString(72, 760 - 20 * index, line)
    pdf.showPage()
    pdf.save()
    return path


def make_docx(path, paragraphs):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def titles(store, **query):
    with store.session() as session:
        return [row.title for row in library.search_library(session, LibraryQuery(**query))]


@pytest.fixture
def pdf(tmp_path):
    return make_pdf(tmp_path / "guide-emergence.pdf",
                    ["Guide de l'émergence", "La consultation des personnes privées durablement d'emploi."])


@pytest.fixture
def word_file(tmp_path):
    return make_docx(tmp_path / "statuts-cle.docx",
                     ["Modèle de statuts", "Le Comité local pour l'emploi réunit les acteurs du territoire."])


def test_pdf_and_docx_text_found(services, store, pdf, word_file):
    services.add_library_document(LibraryDocumentInput("Guide de l'émergence", category=DocumentCategory.METHOD), pdf)
    services.add_library_document(LibraryDocumentInput("Statuts types", category=DocumentCategory.TEMPLATE), word_file)

    assert titles(store, words="durablement") == ["Guide de l'émergence"]
    assert titles(store, words="réunit acteurs") == ["Statuts types"]
    # Accents and case do not matter, and a word can be typed in part.
    assert titles(store, words="COMITE") == ["Statuts types"]
    assert titles(store, words="emergen") == ["Guide de l'émergence"]
    assert titles(store, words="inexistant") == []


def test_search_snippet_shows_matching_text(services, store, pdf):
    services.add_library_document(LibraryDocumentInput("Guide"), pdf)
    with store.session() as session:
        [row] = library.search_library(session, LibraryQuery(words="consultation"))
    assert "consultation des personnes" in row.snippet


def test_plain_text_in_windows_1252(services, store, tmp_path):
    note = tmp_path / "note.txt"
    note.write_bytes("Procès-verbal de l'assemblée générale".encode("cp1252"))
    services.add_library_document(LibraryDocumentInput("Note"), note)
    assert titles(store, words="proces verbal assemblee") == ["Note"]


def test_tags_description_and_filters(services, store, tmp_path):
    services.add_library_document(LibraryDocumentInput(
        "Convention type", description="Convention entre l'EBE et le fonds", category=DocumentCategory.LEGAL,
        tags=("convention", "EBE"), stages=(Stage.HABILITATED,), link="https://www.tzcld.fr/convention"))
    services.add_library_document(LibraryDocumentInput(
        "Kit de communication", category=DocumentCategory.COMMUNICATION, stages=(Stage.EMERGING,),
        link="https://www.tzcld.fr/kit"))

    assert titles(store, words="fonds") == ["Convention type"]
    assert titles(store, words="ebe") == ["Convention type"]
    assert titles(store, category="juridique") == ["Convention type"]
    assert titles(store, stage="emergent") == ["Kit de communication"]
    assert titles(store) == ["Convention type", "Kit de communication"]


def test_document_needs_file_or_link(services):
    with pytest.raises(ValidationError) as raised:
        services.add_library_document(LibraryDocumentInput("Sans fichier"))
    assert "file" in raised.value.errors
    with pytest.raises(ValidationError) as raised:
        services.add_library_document(LibraryDocumentInput("Lien", link="ftp://exemple"))
    assert "link" in raised.value.errors


def test_edit_reindexes_title(services, store):
    document_id = services.add_library_document(LibraryDocumentInput("Ancien titre", link="https://a.fr"))
    services.update_library_document(document_id, LibraryDocumentInput("Fiche pratique", link="https://a.fr"))
    assert titles(store, words="pratique") == ["Fiche pratique"]
    assert titles(store, words="ancien") == []


def test_given_to_territory_and_meeting(services, store, profile):
    document_id = services.add_library_document(LibraryDocumentInput("Statuts types", link="https://a.fr"))
    territory_id = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    cluster_id = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting_id = services.save_meeting(None, MeetingInput(cluster_id, date(2026, 3, 3), "Réunion de grappe"))

    services.link_document(document_id, territory_id=territory_id, given_on=date(2026, 2, 10))
    services.link_document(document_id, meeting_id=meeting_id)

    with store.session() as session:
        given = library.documents_given_to(session, territory_id)
        attached = library.documents_of_meeting(session, meeting_id)
    assert [(row.title, row.given_on, row.target_name) for row in given] == [
        ("Statuts types", date(2026, 2, 10), "Le Teil")
    ]
    assert [row.title for row in attached] == ["Statuts types"]


def test_new_version_received_by_file(services, store, tmp_path, pdf):
    old_id = services.add_library_document(LibraryDocumentInput("Guide de l'émergence", version="1"), pdf)
    new_pdf = make_pdf(tmp_path / "guide-v2.pdf", ["Guide de l'émergence, deuxième édition", "Territoires zéro"])
    new_id = services.publish_new_version(old_id, LibraryDocumentInput("Guide de l'émergence", version="2"), new_pdf)
    export_data(store, tmp_path / "national.tzsync")

    receiver = open_store(tmp_path / "referent")
    report = import_data(receiver, tmp_path / "national.tzsync")
    with receiver.session() as session:
        rows = {row.version: row for row in library.search_library(session, LibraryQuery())}
        history = library.version_history(session, old_id)
        new_sha = session.get(Document, new_id).sha256
        fresh = [row.id for row in library.search_library(session, LibraryQuery(only_new=True))]
        current = [row.version for row in library.search_library(session, LibraryQuery(validity=library.VALID))]
    assert report.files == 2
    assert rows["1"].superseded_by_id == new_id
    assert rows["1"].superseded_by_title == "Guide de l'émergence"
    assert rows["2"].is_current
    assert current == ["2"]
    assert [(version.version, version.is_current) for version in history] == [("1", False), ("2", True)]
    assert blobs.blob_path(receiver.data_dir, new_sha).read_bytes() == new_pdf.read_bytes()
    assert sorted(fresh) == sorted([old_id, new_id])
    with receiver.session() as session:
        assert [row.version for row in library.search_library(session, LibraryQuery(words="deuxieme"))] == ["2"]
    receiver.close()


def test_only_one_newer_version(services, pdf):
    old_id = services.add_library_document(LibraryDocumentInput("Guide"), pdf)
    services.publish_new_version(old_id, LibraryDocumentInput("Guide", version="2"))
    with pytest.raises(Exception) as raised:
        services.publish_new_version(old_id, LibraryDocumentInput("Guide", version="3"))
    assert "déjà été remplacé" in raised.value.message()


def test_new_since_last_import_only(services, store, tmp_path):
    sender = open_store(tmp_path / "national")
    Services(sender).add_library_document(LibraryDocumentInput("Note nationale", link="https://a.fr"))
    export_data(sender, tmp_path / "premier.tzsync")
    services.add_library_document(LibraryDocumentInput("Note locale", link="https://b.fr"))

    import_data(store, tmp_path / "premier.tzsync")
    assert titles(store, only_new=True) == ["Note nationale"]

    Services(sender).add_library_document(LibraryDocumentInput("Deuxième note", link="https://c.fr"))
    export_data(sender, tmp_path / "second.tzsync")
    import_data(store, tmp_path / "second.tzsync")
    assert titles(store, only_new=True) == ["Deuxième note"]
    sender.close()


def test_folder_import_with_duplicate(services, store, tmp_path, pdf):
    folder = tmp_path / "Base documentaire"
    (folder / "Juridique").mkdir(parents=True)
    (folder / "Modèles").mkdir()
    (folder / "Formation").mkdir()
    make_docx(folder / "Juridique" / "convention.docx", ["Convention d'habilitation"])
    (folder / "Modèles" / "statuts.pdf").write_bytes(pdf.read_bytes())
    (folder / "Formation" / "copie-statuts.pdf").write_bytes(pdf.read_bytes())
    (folder / "Formation" / "support.txt").write_text("Support de formation des animateurs", encoding="utf-8")

    candidates = {candidate.relative: candidate for candidate in scan_folder(store, folder)}
    assert candidates["Juridique/convention.docx"].category is DocumentCategory.LEGAL
    assert candidates["Modèles/statuts.pdf"].category is DocumentCategory.TEMPLATE
    assert candidates["Formation/support.txt"].category is DocumentCategory.TRAINING
    # Folders are walked in name order, so the copy under Formation comes first.
    assert candidates["Modèles/statuts.pdf"].same_as == "Formation/copie-statuts.pdf"
    assert not candidates["Modèles/statuts.pdf"].selected

    candidates["Modèles/statuts.pdf"].selected = True  # Ticked anyway: still stored once.
    result = services.add_library_files(list(candidates.values()))
    assert len(result.added) == 3
    assert result.duplicates == ["Modèles/statuts.pdf"]
    assert titles(store, words="animateurs") == ["support"]
    assert titles(store, words="habilitation") == ["convention"]

    again = {candidate.relative: candidate for candidate in scan_folder(store, folder)}
    assert again["Modèles/statuts.pdf"].duplicate_of == "copie-statuts"
    assert not any(candidate.selected for candidate in again.values())


def test_guess_category_from_folder_names():
    from pathlib import Path

    assert guess_category(Path("Textes/Juridique")) is DocumentCategory.LEGAL
    assert guess_category(Path("Modèles de courriers")) is DocumentCategory.TEMPLATE
    assert guess_category(Path("2025")) is DocumentCategory.OTHER


def test_index_rebuilt_whole(services, store, pdf):
    services.add_library_document(LibraryDocumentInput("Guide"), pdf)
    with store.transaction() as session:
        session.execute(library.text(f"DELETE FROM {library.INDEX_TABLE}"))
    assert titles(store, words="durablement") == []
    library.rebuild_index(store)
    assert titles(store, words="durablement") == ["Guide"]


def test_search_in_few_statements(services, store, pdf):
    for index in range(5):
        services.add_library_document(LibraryDocumentInput(f"Fiche {index}", link=f"https://a.fr/{index}"))
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with store.session() as session:
        rows = library.search_library(session, LibraryQuery(words="fiche", category="autre"))
    assert len(rows) == 5
    assert len(statements) <= 3


def test_import_without_documents_skips_index(services, store, tmp_path, monkeypatch):
    sender = open_store(tmp_path / "national")
    sender_services = Services(sender)
    document_id = sender_services.add_library_document(LibraryDocumentInput("Note nationale", link="https://a.fr"))
    export_data(sender, tmp_path / "premier.tzsync")
    import_data(store, tmp_path / "premier.tzsync")
    # The sender learns what this copy holds, so its next files carry only the changes.
    export_data(store, tmp_path / "retour.tzsync")
    import_data(sender, tmp_path / "retour.tzsync")
    refreshed = []
    original = library.refresh_index

    def counted(target, *args, **kwargs):
        if target is store:
            refreshed.append(target)
        return original(target, *args, **kwargs)

    monkeypatch.setattr(library, "refresh_index", counted)

    sender_services.create_territory(TerritoryInput("Quartier Nord", Stage.EMERGING, "38"))
    export_data(sender, tmp_path / "territoire.tzsync", for_peer=store.replica_id())
    import_data(store, tmp_path / "territoire.tzsync")
    assert refreshed == []

    sender_services.update_library_document(document_id, LibraryDocumentInput("Note nationale révisée",
                                                                              link="https://a.fr"))
    export_data(sender, tmp_path / "document.tzsync", for_peer=store.replica_id())
    import_data(store, tmp_path / "document.tzsync")
    sender.close()

    assert len(refreshed) == 1
    assert titles(store, words="revisee") == ["Note nationale révisée"]
