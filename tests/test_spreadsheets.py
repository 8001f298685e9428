"""Lists written to .xlsx and .csv, read back with openpyxl, the csv module and LibreOffice."""

from __future__ import annotations

import csv
import errno
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tzcld_desktop.reports import spreadsheets
from tzcld_desktop.reports.spreadsheets import SpreadsheetWriteError, write_csv, write_table, write_xlsx

HEADERS = ["Territoire", "Département", "Habilité le", "Salariés", "Taux", "Note"]
TRICKY = 'Dit « "Pleyel" », puis ; virgule, et\nretour à la ligne'
ROWS = [
    ["Colombelles", "14", date(2016, 11, 24), 42, 12.5, None],
    ["Plaine Commune", "93", date(2024, 4, 24), 0, 0.25, TRICKY],
    ["Pau", "64", None, None, None, "=SOMME(A1:A2)"],
]


def test_xlsx_values_and_dates_read_back(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)

    sheet = load_workbook(path).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]

    assert values[0] == HEADERS
    assert values[1] == ["Colombelles", "14", datetime(2016, 11, 24), 42, 12.5, None]
    assert values[2][5] == TRICKY
    assert values[3] == ["Pau", "64", None, None, None, "=SOMME(A1:A2)"]


def test_xlsx_dates_are_excel_dates(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)

    cell = load_workbook(path).active["C2"]

    assert cell.is_date
    assert cell.number_format == "dd/mm/yyyy"


def test_xlsx_text_starting_with_equals_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)

    cell = load_workbook(path).active["F4"]

    assert cell.data_type == "s"


def test_xlsx_header_bold_frozen_filtered(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)

    sheet = load_workbook(path).active

    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"


def test_xlsx_column_widths_fitted(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)

    widths = load_workbook(path).active.column_dimensions

    assert widths["A"].width == len("Plaine Commune") + 2
    assert widths["C"].width == len("Habilité le") + 2
    assert widths["F"].width == len('Dit « "Pleyel" », puis ; virgule, et') + 2


def test_csv_bom_separator_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    write_csv(path, HEADERS, ROWS)

    data = path.read_bytes()

    assert data.startswith(b"\xef\xbb\xbf")
    first_line = data[3:].split(b"\r\n")[0].decode("utf-8")
    assert first_line == "Territoire;Département;Habilité le;Salariés;Taux;Note"
    assert '"Dit « ""Pleyel"" », puis ; virgule, et\nretour à la ligne"' in data.decode("utf-8-sig")


def test_csv_round_trip_with_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    write_csv(path, HEADERS, ROWS)

    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))

    assert rows[0] == HEADERS
    assert rows[1] == ["Colombelles", "14", "24/11/2016", "42", "12,5", ""]
    assert rows[2][5] == TRICKY
    assert rows[3] == ["Pau", "64", "", "", "", "=SOMME(A1:A2)"]


def test_write_table_follows_suffix(tmp_path: Path) -> None:
    write_table(tmp_path / "a.XLSX", HEADERS, ROWS)
    write_table(tmp_path / "b.csv", HEADERS, ROWS)

    assert (tmp_path / "a.XLSX").read_bytes().startswith(b"PK")
    assert (tmp_path / "b.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(SpreadsheetWriteError):
        write_table(tmp_path / "c.ods", HEADERS, ROWS)


def test_missing_folder_gives_french_error(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "liste.xlsx"

    with pytest.raises(SpreadsheetWriteError) as caught:
        write_xlsx(path, HEADERS, ROWS)

    assert "n'existe pas" in caught.value.message()
    assert list(tmp_path.iterdir()) == []


def test_full_disk_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("ancienne version", encoding="utf-8")

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(spreadsheets.os, "fsync", full_disk)
    with pytest.raises(SpreadsheetWriteError) as caught:
        write_csv(path, HEADERS, ROWS)

    assert "disque est plein" in caught.value.message()
    assert path.read_text(encoding="utf-8") == "ancienne version"
    assert [child.name for child in tmp_path.iterdir()] == ["liste.csv"]


def test_locked_target_gives_french_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "liste.xlsx"

    def locked(_source: str, _target: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(spreadsheets.os, "replace", locked)
    with pytest.raises(SpreadsheetWriteError) as caught:
        write_xlsx(path, HEADERS, ROWS)

    assert "fermez-le" in caught.value.message()
    assert list(tmp_path.iterdir()) == []


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_libreoffice() is None, reason="LibreOffice (soffice) is not installed on this machine")
def test_libreoffice_reads_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    write_xlsx(path, HEADERS, ROWS)
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()

    subprocess.run(
        [_libreoffice(), f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )

    with (out / "liste.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1][:3] == ["Colombelles", "14", "24/11/2016"]
    assert rows[1][3] == "42"
    assert rows[2][5] == TRICKY
    assert rows[3][5] == "=SOMME(A1:A2)"


# --- the export helper of the screens ---------------------------------------------------


def test_export_rows_adds_suffix_and_confirms(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tzcld_desktop.ui import messages
    from tzcld_desktop.ui.table_export import export_rows

    asked = []
    told = []
    monkeypatch.setattr(messages, "save_file", lambda _parent, _title, name, filters: asked.append(
        (name, filters)) or tmp_path / "réunions")
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text, *_args: told.append(text))

    written = export_rows(None, "Réunions", HEADERS, ROWS, "Réunions de la grappe Isère")

    assert asked[0][0] == "reunions-de-la-grappe-isere.xlsx"
    assert "(*.csv)" in asked[0][1]
    assert written == tmp_path / "réunions.xlsx"
    assert load_workbook(written).active["A2"].value == "Colombelles"
    assert "3 lignes" in told[0]


def test_export_rows_reports_disk_error(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tzcld_desktop.ui import messages
    from tzcld_desktop.ui.table_export import export_rows

    errors = []
    monkeypatch.setattr(messages, "save_file", lambda *_args: tmp_path / "absent" / "liste.csv")
    monkeypatch.setattr(messages, "show_user_error", lambda _parent, _title, error: errors.append(error))

    assert export_rows(None, "Liste", HEADERS, ROWS, "liste") is None
    assert "n'existe pas" in errors[0].message()


def test_exchange_log_export_button(qtbot, context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tzcld_desktop.ui import messages
    from tzcld_desktop.ui.exchange_log_dialog import ExchangeLogDialog

    dialog = ExchangeLogDialog(context)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(messages, "save_file", lambda *_args: tmp_path / "journal.csv")
    monkeypatch.setattr(messages, "information", lambda *_args: None)

    dialog.export_button.click()

    with (tmp_path / "journal.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows == [["Date", "Sens", "Collègue", "Fichier", "Éléments", "Résultat"]]
