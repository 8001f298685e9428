"""The spreadsheet import assistant driven as a referent would: file, columns, preview, import."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from tzcld_desktop.db import territory_import
from tzcld_desktop.db.backup import list_backups
from tzcld_desktop.db.models import Departement, Territory
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.import_assistant import MAPPINGS_FILE_NAME, ImportAssistant

# A French Excel export: Windows-1252, semicolons, a title above the header, a département
# turned into a number, dates in three formats, doubled quotes, and two bad rows.
EXCEL_LIST = (
    "Territoires de la région, suivi du 3 mars 2026;;;;\r\n"
    ";;;;\r\n"
    "Nom;Dépt;Communes;Habilité le;Source\r\n"
    "Vénissieux;69;Vénissieux;12/01/2023;arrêté\r\n"
    'Annonay;7;"Annonay, ""centre""";3 mars 2025;\r\n'
    "Thiers;63;Thiers;2024-06-30;\r\n"
    "Lodève;34;Lodève;le printemps dernier;\r\n"
    "Nulle-Part;99;;;\r\n"
)


def write_list(tmp_path: Path, content: str = EXCEL_LIST, name: str = "territoires.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("cp1252"))
    return path


def territories(store) -> dict[str, Territory]:
    with store.session() as session:
        rows = session.scalars(select(Territory).where(Territory.deleted.is_(False))).all()
        return {row.name: row for row in rows}


def departement_code(store, territory: Territory) -> str:
    with store.session() as session:
        return session.get(Departement, territory.departement_id).code


def statuses(assistant: ImportAssistant) -> dict[str, tuple[str, str]]:
    page = assistant.preview_page
    table = page.table
    return {
        table.item(row, page.LABEL_COLUMN).text() or table.item(row, page.LINE_COLUMN).text(): (
            table.item(row, page.STATUS_COLUMN).text(),
            table.item(row, page.REMARK_COLUMN).text(),
        )
        for row in range(table.rowCount())
    }


@pytest.fixture
def start(qtbot, context, profile, monkeypatch):
    """Open the assistant and choose ``path`` through the (answered) file dialog."""

    def run(path: Path) -> ImportAssistant:
        assistant = ImportAssistant(context)
        qtbot.addWidget(assistant)
        assistant.show()
        monkeypatch.setattr(messages, "open_file", lambda *_args: path)
        assistant.file_page.choose_button.click()
        return assistant

    return run


def to_preview(assistant: ImportAssistant) -> None:
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    assistant.next()
    assert assistant.currentPage() is assistant.mapping_page
    assistant.next()
    assert assistant.currentPage() is assistant.preview_page


def test_detection_shown(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))

    text = assistant.file_page.detected_label.text()

    assert "Windows-1252" in text
    assert "point-virgule" in text
    assert "ligne 3" in text
    assert "5 lignes de données" in text


def test_columns_mapped_and_date_formats_shown(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))
    assistant.next()
    page = assistant.mapping_page

    assert page.mapping() == {"name": 0, "departement_code": 1, "communes": 2, "habilitation": 3, "source": 4}
    assert "jj/mm/aaaa (1)" in page.date_label.text()
    assert "aaaa-mm-jj (1)" in page.date_label.text()
    assert "en toutes lettres" in page.date_label.text()


def test_name_column_required(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))
    assistant.next()
    page = assistant.mapping_page

    page.field_combos["name"].setCurrentIndex(0)

    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()


def test_preview_statuses(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))
    to_preview(assistant)

    shown = statuses(assistant)

    assert shown["Vénissieux"][0] == "nouveau"
    assert shown["Annonay"][0] == "nouveau"
    assert shown["Thiers"][0] == "nouveau"
    assert shown["Lodève"][0] == "erreur"
    assert "le printemps dernier" in shown["Lodève"][1]
    assert shown["Nulle-Part"][0] == "erreur"
    assert "« 99 »" in shown["Nulle-Part"][1]
    assert territories(assistant.context.store) == {}


def test_apply_writes_rows_after_backup(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))
    to_preview(assistant)
    store = assistant.context.store

    assistant.next()

    assert assistant.currentPage() is assistant.summary_page
    saved = territories(store)
    assert sorted(saved) == ["Annonay", "Thiers", "Vénissieux"]
    assert departement_code(store, saved["Annonay"]) == "07"
    assert saved["Annonay"].communes == 'Annonay, "centre"'
    assert str(saved["Annonay"].habilitation_date) == "2025-03-03"
    assert str(saved["Vénissieux"].habilitation_date) == "2023-01-12"
    assert saved["Vénissieux"].source == "arrêté"
    assert [backup.reason for backup in list_backups(store.db_path)].count("import") == 1
    assert "3 nouveaux" in assistant.summary_page.summary_label.text()
    assert "2 en erreur" in assistant.summary_page.summary_label.text()


def test_rerun_shows_ignored_and_updated(start, tmp_path: Path) -> None:
    first = start(write_list(tmp_path))
    to_preview(first)
    first.next()
    changed = EXCEL_LIST.replace("Thiers;63;Thiers;", "Thiers;63;Thiers et Escoutoux;")

    second = start(write_list(tmp_path, changed, "territoires-2.csv"))
    to_preview(second)
    shown = statuses(second)

    assert shown["Vénissieux"][0] == "ignoré"
    assert shown["Annonay"][0] == "ignoré"
    assert shown["Thiers"][0] == "mis à jour"
    second.next()
    assert territories(second.context.store)["Thiers"].communes == "Thiers et Escoutoux"
    assert len(territories(second.context.store)) == 3


def test_empty_cell_keeps_saved_value(start, tmp_path: Path) -> None:
    first = start(write_list(tmp_path))
    to_preview(first)
    first.next()
    without_source = EXCEL_LIST.replace(";arrêté\r\n", ";\r\n")

    second = start(write_list(tmp_path, without_source, "sans-source.csv"))
    to_preview(second)

    assert statuses(second)["Vénissieux"][0] == "ignoré"
    second.next()
    assert territories(second.context.store)["Vénissieux"].source == "arrêté"


def test_error_report_lists_rejected_rows(start, tmp_path: Path, monkeypatch) -> None:
    assistant = start(write_list(tmp_path))
    to_preview(assistant)
    report = tmp_path / "rapport.csv"
    monkeypatch.setattr(messages, "save_file", lambda *_args: report)
    monkeypatch.setattr(messages, "information", lambda *_args, **_kwargs: None)

    assistant.preview_page.report_button.click()

    with report.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["Ligne", "Motif du rejet", "Nom", "Dépt", "Communes", "Habilité le", "Source"]
    assert [row[0] for row in rows[1:]] == ["7", "8"]
    assert "le printemps dernier" in rows[1][1]
    assert rows[1][2] == "Lodève"
    assert "99" in rows[2][1]


def test_cancel_leaves_data_unchanged(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path))
    to_preview(assistant)

    assistant.reject()

    assert territories(assistant.context.store) == {}
    assert all(backup.reason != "import" for backup in list_backups(assistant.context.store.db_path))


def test_failing_row_rolls_back_everything(start, tmp_path: Path, monkeypatch) -> None:
    assistant = start(write_list(tmp_path))
    to_preview(assistant)
    shown_errors = []
    monkeypatch.setattr(messages, "show_user_error", lambda _parent, _title, error: shown_errors.append(error))
    # Thiers is taken elsewhere between the preview and the import.
    assistant.context.services.create_territory(
        territory_import.TerritoryInput(name="Thiers", departement_code="63"))

    assistant.next()

    assert assistant.currentPage() is assistant.preview_page
    assert "Rien n'a été importé" in shown_errors[0].message()
    assert sorted(territories(assistant.context.store)) == ["Thiers"]


def test_mapping_remembered(start, tmp_path: Path) -> None:
    renamed = EXCEL_LIST.replace("Nom;Dépt;Communes;Habilité le;Source", "Collectivité;Dépt;Communes;Habilité le;Source")
    first = start(write_list(tmp_path, renamed))
    first.next()
    first.mapping_page.set_column("name", "Collectivité")
    first.next()

    saved = json.loads((first.context.store.data_dir / MAPPINGS_FILE_NAME).read_text(encoding="utf-8"))
    assert saved["territoires"]["name"] == "Collectivité"
    second = start(write_list(tmp_path, renamed, "encore.csv"))
    second.next()
    assert second.mapping_page.mapping()["name"] == 0


def test_workbook_import(start, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Territoires suivis"])
    sheet.append(["territoire", "département", "date d'habilitation"])
    sheet.append(["Annonay", 7, datetime(2025, 3, 3)])
    sheet.append(["Privas", 7, 45719])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)

    assistant = start(path)
    assert "Classeur Excel" in assistant.file_page.detected_label.text()
    to_preview(assistant)
    assistant.next()

    saved = territories(assistant.context.store)
    assert departement_code(assistant.context.store, saved["Privas"]) == "07"
    assert str(saved["Privas"].habilitation_date) == "2025-03-03"


def test_unreadable_file_says_why(start, tmp_path: Path) -> None:
    assistant = start(write_list(tmp_path, "", "vide.csv"))

    assert assistant.file_page.error_label.isVisibleTo(assistant)
    assert "aucune ligne" in assistant.file_page.error_label.text()
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()


def test_list_import_rolls_back_whole(store, tmp_path: Path, monkeypatch) -> None:
    """The command-line list import keeps a row's savepoint inside the whole transaction."""
    path = tmp_path / "liste.csv"
    path.write_text("territoire,departement_code\nPau,64\nLaval,53\n", encoding="utf-8")
    real_import_row = territory_import._import_row

    def failing_second(session, row, summary):
        if row.name == "Laval":
            raise RuntimeError("power cut")
        real_import_row(session, row, summary)

    monkeypatch.setattr(territory_import, "_import_row", failing_second)
    with pytest.raises(RuntimeError):
        import_territory_list(store, path)

    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Territory)) == 0


# --- contacts and indicator values ------------------------------------------------------


def choose_kind(assistant: ImportAssistant, label: str) -> None:
    combo = assistant.file_page.kind_combo
    combo.setCurrentIndex(combo.findText(label))


@pytest.fixture
def annonay(context):
    from tzcld_desktop.domain.forms import TerritoryInput

    return context.services.create_territory(TerritoryInput(name="Annonay", departement_code="07"))


CONTACTS = (
    "Territoire;Dépt;Nom;Rôle;Courriel;Téléphone\r\n"
    "Annonay;7;Claire Dupont;Chef ou cheffe de projet;claire.dupont@example.org;04 75 00 00 00\r\n"
    "Annonay;7;Marc Petit;Président du monde;;\r\n"
    "Privas;7;Léa Martin;Élu ou élue;;\r\n"
)


def test_contacts_import_and_rerun(start, tmp_path: Path, annonay) -> None:
    from tzcld_desktop.db.models import Contact

    path = write_list(tmp_path, CONTACTS, "contacts.csv")
    assistant = start(path)
    choose_kind(assistant, "Contacts")
    to_preview(assistant)
    shown = statuses(assistant)

    assert shown["Claire Dupont"][0] == "nouveau"
    assert shown["Marc Petit"][0] == "erreur"
    assert "Président du monde" in shown["Marc Petit"][1]
    assert shown["Léa Martin"][0] == "erreur"
    assert "Territoire introuvable" in shown["Léa Martin"][1]
    assistant.next()
    with assistant.context.store.session() as session:
        contacts = session.scalars(select(Contact)).all()
        assert [(contact.name, contact.role, contact.territory_id) for contact in contacts] == [
            ("Claire Dupont", "chef_projet", annonay)
        ]
        assert contacts[0].email == "claire.dupont@example.org"

    again = start(path)
    choose_kind(again, "Contacts")
    to_preview(again)
    assert statuses(again)["Claire Dupont"][0] == "ignoré"


INDICATORS = (
    "Territoire;Dépt;Indicateur;Date;Valeur\r\n"
    "Annonay;07;Personnes volontaires (cumul);3 mars 2026;1 234\r\n"
    "Annonay;07;embauches;31/12/2025;12,5\r\n"
    "Annonay;07;Effectif de l'EBE;31/12/2025;40\r\n"
    "Annonay;07;Embauches (cumul);fin 2025;3\r\n"
)


def test_indicator_values_import(start, tmp_path: Path, annonay) -> None:
    from tzcld_desktop.db.models import IndicatorValue

    path = write_list(tmp_path, INDICATORS, "indicateurs.csv")
    assistant = start(path)
    choose_kind(assistant, "Valeurs d'indicateurs")
    assistant.next()
    assert "en toutes lettres" in assistant.mapping_page.date_label.text()
    assistant.next()
    shown = [assistant.preview_page.table.item(row, 0).text() for row in range(4)]
    remarks = [assistant.preview_page.table.item(row, 3).text() for row in range(4)]

    assert shown == ["nouveau", "nouveau", "erreur", "erreur"]
    assert "EBE" in remarks[2]
    assert "fin 2025" in remarks[3]
    assistant.next()
    with assistant.context.store.session() as session:
        values = {(row.indicator, str(row.value_date)): row.value for row in session.scalars(select(IndicatorValue))}
    assert values == {("volontaires", "2026-03-03"): 1234.0, ("embauches", "2025-12-31"): 12.5}
