"""Reading spreadsheets as a referent saves them: encodings, separators, titles, dates, numbers."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from tzcld_desktop.domain.tabular import (
    DateFormat,
    TabularError,
    date_formats,
    detect_delimiter,
    is_departement_code,
    normalize_departement_code,
    parse_date,
    parse_decimal,
    read_table,
)
from tzcld_desktop.domain.territory_list import DateKind, parse_habilitation_date
from tzcld_desktop.resources import resource_path

# The referent's hand-kept list, as shipped with the application.
REAL_LIST = resource_path("data", "territoires_habilites.csv")


def write(tmp_path: Path, content: str | bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- encodings --------------------------------------------------------------------------


def test_windows_1252_file(tmp_path: Path) -> None:
    content = "territoire;département\r\nVénissieux;69\r\nSaint-Étienne;42\r\n"
    table = read_table(write(tmp_path, content.encode("cp1252")))

    assert table.encoding == "cp1252"
    assert not table.has_bom
    assert table.header == ["territoire", "département"]
    assert [record.cells for record in table.data] == [("Vénissieux", "69"), ("Saint-Étienne", "42")]


def test_utf8_with_bom(tmp_path: Path) -> None:
    content = "territoire;département\r\nÉchirolles;38\r\n".encode("utf-8-sig")
    table = read_table(write(tmp_path, content))

    assert table.encoding == "utf-8"
    assert table.has_bom
    assert table.header[0] == "territoire"
    assert table.data[0].cells == ("Échirolles", "38")


def test_utf8_without_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "territoire,département\nÉchirolles,38\n"))

    assert table.encoding == "utf-8"
    assert not table.has_bom
    assert table.delimiter == ","


def test_unknown_encoding_rejected(tmp_path: Path) -> None:
    with pytest.raises(TabularError) as caught:
        read_table(write(tmp_path, b"territoire\nP\x81u\n"))

    assert "Windows-1252" in caught.value.message()


# --- separators -------------------------------------------------------------------------


def test_comma_in_title_but_semicolon_separator(tmp_path: Path) -> None:
    content = (
        "Territoires suivis, région Auvergne-Rhône-Alpes\n"
        "territoire;communes;département\n"
        "Villeurbanne;Villeurbanne, quartier Saint-Jean;69\n"
        "Thiers;Thiers;63\n"
        "Grenoble;Grenoble;38\n"
    )
    table = read_table(write(tmp_path, content))

    assert table.delimiter == ";"
    assert table.header == ["territoire", "communes", "département"]
    assert table.data[0].cells == ("Villeurbanne", "Villeurbanne, quartier Saint-Jean", "69")


def test_tab_separator(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "territoire\tdépartement\nPau\t64\nLaval\t53\n"))

    assert table.delimiter == "\t"
    assert table.data[1].cells == ("Laval", "53")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_detect_delimiter_each_candidate(delimiter: str) -> None:
    text = delimiter.join(["a", "b", "c"]) + "\n" + delimiter.join(["1", "2,5", "3"]) + "\n"
    text += delimiter.join(["4", "5", "6"]) + "\n"

    assert detect_delimiter(text) == delimiter


# --- header row -------------------------------------------------------------------------


def test_header_on_row_three(tmp_path: Path) -> None:
    content = (
        "Liste des territoires;;\n"
        "Mise à jour le 3 mars 2026;;\n"
        "territoire;département;date d'habilitation\n"
        "Pau;64;12/01/2023\n"
        "Laval;53;2022-09-01\n"
    )
    table = read_table(write(tmp_path, content))

    assert table.header_line == 3
    assert table.header == ["territoire", "département", "date d'habilitation"]
    assert [record.line_number for record in table.data] == [4, 5]


def test_header_below_title_in_workbook(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Territoires"
    sheet.append(["Suivi régional"])
    sheet.append([])
    sheet.append(["territoire", "département", "habilité le", "salariés"])
    sheet.append(["Pau", 64, datetime(2023, 1, 12), 12])
    sheet.append(["Vénissieux", 7, 45000, 3.5])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)

    table = read_table(path)

    assert table.file_type == "xlsx"
    assert table.sheet_name == "Territoires"
    assert table.header_line == 3
    assert table.header == ["territoire", "département", "habilité le", "salariés"]
    assert table.data[0].cells == ("Pau", 64, datetime(2023, 1, 12), 12)
    assert normalize_departement_code(table.data[1].cell(1)) == "07"
    assert parse_date(table.data[1].cell(2)) == (date(2023, 3, 15), DateFormat.EXCEL_SERIAL)


def test_old_xls_rejected(tmp_path: Path) -> None:
    with pytest.raises(TabularError) as caught:
        read_table(write(tmp_path, b"\xd0\xcf\x11\xe0" + bytes(60), name="liste.xls"))

    assert ".xlsx" in caught.value.message()


def test_damaged_workbook_rejected(tmp_path: Path) -> None:
    with pytest.raises(TabularError) as caught:
        read_table(write(tmp_path, b"PK\x03\x04" + bytes(60), name="liste.xlsx"))

    assert "n'a pas pu être lu" in caught.value.message()


def test_empty_file_rejected(tmp_path: Path) -> None:
    with pytest.raises(TabularError):
        read_table(write(tmp_path, ";;\n\n"))


# --- quotes -----------------------------------------------------------------------------


def test_doubled_quotes_come_through(tmp_path: Path) -> None:
    content = 'territoire;communes\n"Plaine ""Commune""";"Saint-Denis; ""Pleyel""\nbis"\n'
    table = read_table(write(tmp_path, content))

    assert table.data[0].cells == ('Plaine "Commune"', 'Saint-Denis; "Pleyel"\nbis')


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected", "form"),
    [
        ("03/03/2026", date(2026, 3, 3), DateFormat.DAY_MONTH_YEAR),
        ("3/3/2026", date(2026, 3, 3), DateFormat.DAY_MONTH_YEAR),
        ("03.03.2026", date(2026, 3, 3), DateFormat.DAY_MONTH_YEAR),
        ("12/01/23", date(2023, 1, 12), DateFormat.DAY_MONTH_SHORT_YEAR),
        ("2026-03-03", date(2026, 3, 3), DateFormat.ISO),
        ("2016-11-24 00:00:00", date(2016, 11, 24), DateFormat.ISO),
        ("3 mars 2026", date(2026, 3, 3), DateFormat.FRENCH_WORDS),
        ("1er février 2024", date(2024, 2, 1), DateFormat.FRENCH_WORDS),
        ("1er fevrier 2024", date(2024, 2, 1), DateFormat.FRENCH_WORDS),
        ("15 AOÛT 2022", date(2022, 8, 15), DateFormat.FRENCH_WORDS),
        ("mardi 3 mars 2026", date(2026, 3, 3), DateFormat.FRENCH_WORDS),
        ("7 déc. 2021", date(2021, 12, 7), DateFormat.FRENCH_WORDS),
        ("46084", date(2026, 3, 3), DateFormat.EXCEL_SERIAL),
        (46084, date(2026, 3, 3), DateFormat.EXCEL_SERIAL),
        (46084.0, date(2026, 3, 3), DateFormat.EXCEL_SERIAL),
        (datetime(2026, 3, 3, 0, 0), date(2026, 3, 3), DateFormat.WORKBOOK_DATE),
        (date(2026, 3, 3), date(2026, 3, 3), DateFormat.WORKBOOK_DATE),
    ],
)
def test_date_formats(cell: object, expected: date, form: DateFormat) -> None:
    assert parse_date(cell) == (expected, form)


@pytest.mark.parametrize(
    "cell", ["31/02/2026", "12/25/2026", "2026", "2022-09", "~2022", "3 brumaire 2026", "", "n.c.", 46084.5, 1200]
)
def test_unreadable_dates(cell: object) -> None:
    assert parse_date(cell) is None


def test_date_formats_counted() -> None:
    found = date_formats(["03/03/2026", "04/03/2026", "2026-03-05", None, "", "illisible"])

    assert found == {DateFormat.DAY_MONTH_YEAR: 2, DateFormat.ISO: 1}


# --- numbers and départements -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("12,5", 12.5), ("12.5", 12.5), ("1 234,5", 1234.5), ("1\u202f234,5", 1234.5), ("1.234,5", 1234.5),
     ("1,234.5", 1234.5), ("-3", -3.0), (7, 7.0), (2.25, 2.25)],
)
def test_decimal_comma(cell: object, expected: float) -> None:
    assert parse_decimal(cell) == expected


@pytest.mark.parametrize("cell", ["", "douze", "12,5,3", "12 %", None, date(2026, 1, 1)])
def test_unreadable_numbers(cell: object) -> None:
    assert parse_decimal(cell) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("7", "07"), (7, "07"), (7.0, "07"), ("7.0", "07"), ("07", "07"), ("2A", "2A"), ("2b", "2B"),
     ("971", "971"), (971, "971"), (" 69 ", "69")],
)
def test_departement_codes_restored(cell: object, expected: str) -> None:
    code = normalize_departement_code(cell)

    assert code == expected
    assert is_departement_code(code)


def test_departement_code_unrecognized() -> None:
    assert not is_departement_code(normalize_departement_code("20"))
    assert not is_departement_code(normalize_departement_code("Isère"))


# --- the real list ----------------------------------------------------------------------


def test_real_list_read(tmp_path: Path) -> None:
    table = read_table(REAL_LIST)
    with REAL_LIST.open(encoding="utf-8", newline="") as file:
        expected = [row for row in csv.reader(file) if any(row)]

    assert table.delimiter == ","
    assert table.encoding == "utf-8"
    assert table.header_line == 1
    assert table.header == expected[0]
    assert len(table.data) == len(expected) - 1
    assert [list(record.cells) for record in table.data] == [[cell.strip() for cell in row] for row in expected[1:]]


def test_real_list_as_french_excel_saves_it(tmp_path: Path) -> None:
    with REAL_LIST.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    output = io.StringIO(newline="")
    csv.writer(output, delimiter=";", lineterminator="\r\n").writerows(
        [["Territoires habilités (export du 3 mars 2026)"], [], *rows]
    )
    path = write(tmp_path, output.getvalue().encode("cp1252", errors="replace"))

    table = read_table(path)

    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header_line == 3
    assert table.header == rows[0]
    assert len(table.data) == len([row for row in rows[1:] if any(row)])
    cells = table.column_values(table.header.index("date_habilitation"))
    # Only plain dates are dates here; "~2022-09 [...]" and annotated dates are text.
    exact = [cell for cell in cells if parse_habilitation_date(cell).kind is DateKind.EXACT]
    assert date_formats(cells) == {DateFormat.ISO: len(exact)}
    assert len(exact) == 12
