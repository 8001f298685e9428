"""Tests of the territory list parser and of the text keys it uses for matching."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tzcld_desktop.domain import territory_list as tl
from tzcld_desktop.domain.errors import UserError, set_translator
from tzcld_desktop.domain.territory_list import (
    DateKind,
    TerritoryListError,
    parse_habilitation_date,
    parse_territory_list,
)
from tzcld_desktop.domain.text import normalize, sort_key
from tzcld_desktop.resources import resource_path

# The list of habilitated territories gathered from public sources, shipped with the
# application: 73 rows with every kind of hand-written habilitation date.
REAL_LIST = resource_path("data", "territoires_habilites.csv")
HEADER = "territoire,communes,departement_code,region,date_habilitation,source\n"

def write(tmp_path: Path, content: str | bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def row_named(parse: tl.TerritoryListParse, name: str) -> tl.TerritoryRow:
    matches = [row for row in parse.rows if row.name == name]
    assert len(matches) == 1, f"{name!r} found {len(matches)} times"
    return matches[0]


def warning_texts(parse: tl.TerritoryListParse, name: str) -> list[str]:
    return [warning.text for warning in parse.warnings if warning.name == name]


def reference_records() -> list[dict[str, str]]:
    """Read the real list with the standard csv module, as an independent count."""
    with REAL_LIST.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


# --- text keys --------------------------------------------------------------------------


def test_normalize_drops_accents_and_case() -> None:
    assert normalize("Échirolles-Ouest") == "echirolles-ouest"
    assert normalize("ÉCHIROLLES-OUEST") == "echirolles-ouest"


def test_normalize_expands_ligatures() -> None:
    assert normalize("Œuvre") == "oeuvre"
    assert normalize("Lætitia") == "laetitia"
    assert normalize("Straße") == "strasse"


def test_normalize_plain_punctuation() -> None:
    assert normalize("L’Île‑d’Yeu — Est") == "l'ile-d'yeu - est"
    assert normalize("Vannes – Ménimur") == normalize("Vannes - Menimur")
    assert normalize("‘quoted’") == "'quoted'"


def test_normalize_collapses_whitespace() -> None:
    assert normalize("  Paris \u00a0 13e\u202fest\t") == "paris 13e est"
    assert normalize("") == ""


def test_sort_key_french_order() -> None:
    names = ["Fontaine", "Échirolles", "Dijon"]
    assert sorted(names, key=sort_key) == ["Dijon", "Échirolles", "Fontaine"]


def test_sort_key_deterministic_ties() -> None:
    assert sort_key("Éveux") != sort_key("Eveux")
    assert sorted(["Éveux", "Eveux"], key=sort_key) == sorted(["Eveux", "Éveux"], key=sort_key)
    assert sorted(["Pau-Est", "Pau"], key=sort_key) == ["Pau", "Pau-Est"]


# --- habilitation dates -----------------------------------------------------------------

DATE_CASES = [
    ("2016-11-24", DateKind.EXACT, date(2016, 11, 24)),
    ("  2016-11-24 ", DateKind.EXACT, date(2016, 11, 24)),
    ("24/11/2016", DateKind.EXACT, date(2016, 11, 24)),
    ("1/2/2024", DateKind.EXACT, date(2024, 2, 1)),
    ("2016-11-24 00:00:00", DateKind.EXACT, date(2016, 11, 24)),
    ("2022-02-10 (arrêté; JORF 2022-02-16)", DateKind.EXACT_ANNOTATED, date(2022, 2, 10)),
    (
        "2022-12-05 [habilitation date per the agglomeration]",
        DateKind.EXACT_ANNOTATED,
        date(2022, 12, 5),
    ),
    ("24/04/2024 (décret n° 2024-381)", DateKind.EXACT_ANNOTATED, date(2024, 4, 24)),
    ("2022-02-10 ; 10/02/2022", DateKind.EXACT_ANNOTATED, date(2022, 2, 10)),
    ("~2022-09", DateKind.APPROXIMATE, None),
    ("~2021-12 [« fin décembre 2021 »; exact date not found]", DateKind.APPROXIMATE, None),
    ("~2022-12/2023-01 [avis favorable; arrêté date not found]", DateKind.APPROXIMATE, None),
    ("~2023? [listed by a secondary source; date unclear]", DateKind.APPROXIMATE, None),
    ("~2024-07-05 (décret en Conseil d'État)", DateKind.APPROXIMATE, None),
    ("2022-09", DateKind.APPROXIMATE, None),
    ("09/2022", DateKind.APPROXIMATE, None),
    ("2023 [avis favorable]", DateKind.APPROXIMATE, None),
    ("2023-07-28? [arrêté date per a secondary source]", DateKind.DOUBTFUL, None),
    ("2023-07-28 ?", DateKind.DOUBTFUL, None),
    ("28/07/2023 (?)", DateKind.DOUBTFUL, None),
    (
        "2021-12-03 (bilan ETCLD) ; 2021-12-10 per OPDL [conflict]",
        DateKind.CONFLICTING,
        None,
    ),
    ("03/12/2021 ou 10/12/2021", DateKind.CONFLICTING, None),
    ("31/02/2024", DateKind.INVALID, None),
    ("2024-13-01", DateKind.INVALID, None),
    ("2022-09-99 [typo]", DateKind.INVALID, None),
    ("2022-13", DateKind.INVALID, None),
    ("fin 2022", DateKind.INVALID, None),
]


@pytest.mark.parametrize(("cell", "kind", "value"), DATE_CASES)
def test_date_kind_and_value(cell: str, kind: DateKind, value: date | None) -> None:
    parsed = parse_habilitation_date(cell)

    assert parsed.kind == kind
    assert parsed.value == value


@pytest.mark.parametrize(("cell", "kind", "value"), DATE_CASES)
def test_date_note_keeps_cell(cell: str, kind: DateKind, value: date | None) -> None:
    parsed = parse_habilitation_date(cell)

    if kind == DateKind.EXACT:
        assert parsed.note == ""
    else:
        assert parsed.note == cell.strip()


def test_date_empty_cell() -> None:
    for cell in ("", "   ", "\t"):
        parsed = parse_habilitation_date(cell)
        assert parsed.kind == DateKind.EMPTY
        assert parsed.value is None
        assert parsed.note == ""


def test_date_kind_compares_as_string() -> None:
    assert parse_habilitation_date("2016-11-24").kind == "exact"
    assert parse_habilitation_date("~2022-09").kind == "approximate"


# --- the real list ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_parse() -> tl.TerritoryListParse:
    return parse_territory_list(REAL_LIST)


def test_real_list_every_row_kept(real_parse: tl.TerritoryListParse) -> None:
    records = reference_records()

    assert len(records) == 73
    assert len(real_parse.rows) == 73
    assert real_parse.rejected == []
    assert [row.name for row in real_parse.rows] == [record["territoire"] for record in records]
    # One record per line, after the header on line 1.
    assert [row.line_number for row in real_parse.rows] == list(range(2, 75))


def test_real_list_format_detected(real_parse: tl.TerritoryListParse) -> None:
    assert real_parse.encoding == "utf-8"
    assert real_parse.delimiter == ","


def test_real_list_counts_by_kind(real_parse: tl.TerritoryListParse) -> None:
    counts = Counter(row.habilitation.kind for row in real_parse.rows)

    assert counts[DateKind.EXACT] == 12
    assert counts[DateKind.EXACT_ANNOTATED] == 31
    assert counts[DateKind.APPROXIMATE] == 27
    assert counts[DateKind.DOUBTFUL] == 2
    assert counts[DateKind.CONFLICTING] == 1
    assert counts[DateKind.EMPTY] == 0
    assert counts[DateKind.INVALID] == 0


def test_real_list_cells_kept_as_written(real_parse: tl.TerritoryListParse) -> None:
    for row, record in zip(real_parse.rows, reference_records(), strict=True):
        cell = record["date_habilitation"]
        assert row.habilitation.note in ("", cell), row.name
        assert row.communes == record["communes"], row.name
        assert row.region_name == record["region"], row.name
        assert row.source == record["source"], row.name


def test_real_list_one_warning_per_vague_date(real_parse: tl.TerritoryListParse) -> None:
    vague = {DateKind.APPROXIMATE, DateKind.DOUBTFUL, DateKind.CONFLICTING}
    for row in real_parse.rows:
        date_warnings = [
            warning
            for warning in real_parse.warnings
            if warning.line_number == row.line_number and "cell" in warning.params
        ]
        if row.habilitation.kind in vague:
            assert len(date_warnings) == 1, row.name
            assert f"« {row.habilitation.note} »" in date_warnings[0].message(), row.name
        else:
            assert date_warnings == [], row.name


def test_real_list_warning_count(real_parse: tl.TerritoryListParse) -> None:
    # 27 approximate + 2 doubtful + 1 conflicting dates, and Costa Verde's département.
    assert len(real_parse.warnings) == 31


def test_real_list_colombelles_exact(real_parse: tl.TerritoryListParse) -> None:
    row = row_named(real_parse, "Colombelles")

    assert row.habilitation.kind == DateKind.EXACT
    assert row.habilitation.value == date(2016, 11, 24)
    assert row.habilitation.note == ""
    assert row.departement_code == "14"
    assert row.region_name == "Normandie"
    assert row.line_number == 2


def test_real_list_laval_doubtful(real_parse: tl.TerritoryListParse) -> None:
    row = row_named(real_parse, "Laval – Grand Saint Nicolas")

    assert row.habilitation.kind == DateKind.DOUBTFUL
    assert row.habilitation.value is None
    assert "2023-07-28?" in row.habilitation.note
    assert warning_texts(real_parse, row.name) == [tl.DATE_DOUBTFUL]


def test_real_list_saumur_annotated(real_parse: tl.TerritoryListParse) -> None:
    row = row_named(real_parse, "Saumur Hauts-quartiers / Chemin Vert")

    assert row.habilitation.kind == DateKind.EXACT_ANNOTATED
    assert row.habilitation.value == date(2022, 2, 10)
    assert "JORF" in row.habilitation.note
    assert warning_texts(real_parse, row.name) == []


def test_real_list_costa_verde_without_departement(
    real_parse: tl.TerritoryListParse,
) -> None:
    row = row_named(real_parse, "Costa Verde")

    assert row.departement_code == ""
    assert row.region_name == "Corse (stated in source; département not stated)"
    assert tl.DEPARTEMENT_MISSING in warning_texts(real_parse, row.name)
    assert row.habilitation.kind == DateKind.APPROXIMATE


def test_real_list_pont_chateau_conflicting(real_parse: tl.TerritoryListParse) -> None:
    row = row_named(real_parse, "Pont-Château")

    assert row.habilitation.kind == DateKind.CONFLICTING
    assert row.habilitation.value is None
    assert "2021-12-03" in row.habilitation.note
    assert "2021-12-10" in row.habilitation.note
    assert warning_texts(real_parse, row.name) == [tl.DATE_CONFLICTING]


def test_real_list_departement_codes(real_parse: tl.TerritoryListParse) -> None:
    assert row_named(real_parse, "Le Teil").departement_code == "07"
    assert row_named(real_parse, "Agglomération de Saint-Girons").departement_code == "09"
    assert row_named(real_parse, "Commune de Sainte-Rose").departement_code == "971"


# --- encodings and separators -----------------------------------------------------------


def real_list_rewritten(delimiter: str) -> str:
    output = io.StringIO(newline="")
    writer = csv.writer(output, delimiter=delimiter, lineterminator="\r\n")
    with REAL_LIST.open(encoding="utf-8", newline="") as file:
        writer.writerows(csv.reader(file))
    return output.getvalue()


def test_windows_1252_semicolons(tmp_path: Path, real_parse: tl.TerritoryListParse) -> None:
    content = real_list_rewritten(";")
    # Cells still contain commas, so a parser that picks the comma would split them.
    assert "38 communes, siège" in content
    path = write(tmp_path, content.encode("cp1252"))

    parse = parse_territory_list(path)

    assert parse.encoding == "cp1252"
    assert parse.delimiter == ";"
    assert parse.rows == real_parse.rows
    assert parse.rejected == []
    assert parse.warnings == real_parse.warnings


def test_utf8_bom(tmp_path: Path, real_parse: tl.TerritoryListParse) -> None:
    path = write(tmp_path, REAL_LIST.read_bytes().decode("utf-8").encode("utf-8-sig"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    parse = parse_territory_list(path)

    assert parse.encoding == "utf-8"
    assert parse.rows == real_parse.rows
    assert parse.warnings == real_parse.warnings


def test_utf16_tabs_from_excel(tmp_path: Path) -> None:
    content = "territoire\tdepartement_code\tdate_habilitation\r\nRezé\t44\t21/03/2025\r\n"
    path = write(tmp_path, content.encode("utf-16"))

    parse = parse_territory_list(path)

    assert parse.encoding == "utf-16"
    assert parse.delimiter == "\t"
    assert [row.name for row in parse.rows] == ["Rezé"]
    assert parse.rows[0].habilitation.value == date(2025, 3, 21)


def test_tabs_with_quoted_comma(tmp_path: Path) -> None:
    content = (
        "territoire\tcommunes\tdepartement_code\tregion\tdate_habilitation\tsource\n"
        'Plaine Commune\t"Saint-Denis, ""Pleyel"""\t93\tÎle-de-France\t2024-04-24\tx\n'
        "Bondy\tBondy\t93\tÎle-de-France\t\t\n"
    )
    path = write(tmp_path, content)

    parse = parse_territory_list(path)

    assert parse.delimiter == "\t"
    assert [row.name for row in parse.rows] == ["Plaine Commune", "Bondy"]
    assert parse.rows[0].communes == 'Saint-Denis, "Pleyel"'
    assert parse.rows[0].habilitation.value == date(2024, 4, 24)
    assert parse.rows[1].habilitation.kind == DateKind.EMPTY


def test_semicolons_with_commas_in_every_row(tmp_path: Path) -> None:
    content = (
        "territoire;communes;departement_code\n"
        "A;Un, Deux, Trois;01\n"
        "B;Quatre, Cinq;02\n"
    )
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.delimiter == ";"
    assert [row.communes for row in parse.rows] == ["Un, Deux, Trois", "Quatre, Cinq"]


def test_single_column_file(tmp_path: Path) -> None:
    parse = parse_territory_list(write(tmp_path, "territoire\nColombelles\nJouques\n"))

    assert [row.name for row in parse.rows] == ["Colombelles", "Jouques"]
    assert all(row.habilitation.kind == DateKind.EMPTY for row in parse.rows)


# --- columns ----------------------------------------------------------------------------


def test_header_aliases(tmp_path: Path) -> None:
    content = (
        "Nom;Périmètre;Code Département;RÉGION;Date d'habilitation;Sources\n"
        "Lodève;Lodève;34;Occitanie;03/06/2022;JO\n"
    )
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.warnings == []
    row = parse.rows[0]
    assert row.name == "Lodève"
    assert row.communes == "Lodève"
    assert row.departement_code == "34"
    assert row.region_name == "Occitanie"
    assert row.habilitation.value == date(2022, 6, 3)
    assert row.source == "JO"


def test_english_header_aliases(tmp_path: Path) -> None:
    content = "name,dept,region,date,source\nConcarneau,29,Bretagne,2024-07-05,x\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.warnings == []
    assert parse.rows[0].departement_code == "29"
    assert parse.rows[0].habilitation.value == date(2024, 7, 5)


def test_unknown_column_warned(tmp_path: Path) -> None:
    content = "territoire,référente,departement_code,date_habilitation\nBlois,Anne,41,\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert len(parse.rows) == 1
    unknown = [warning for warning in parse.warnings if warning.text == tl.UNKNOWN_COLUMN]
    assert len(unknown) == 1
    assert unknown[0].line_number == 1
    assert unknown[0].params == {"column": "référente"}
    assert "« référente »" in unknown[0].message()


def test_duplicate_column_warned(tmp_path: Path) -> None:
    content = "territoire,date_habilitation,date\nBlois,2023-01-10,2022-12-01\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.rows[0].habilitation.value == date(2023, 1, 10)
    duplicates = [warning for warning in parse.warnings if warning.text == tl.DUPLICATE_COLUMN]
    assert [warning.params for warning in duplicates] == [
        {"column": "date", "first": "date_habilitation"}
    ]


def test_missing_optional_columns_warned_once(tmp_path: Path) -> None:
    parse = parse_territory_list(write(tmp_path, "territoire,region\nA,Bretagne\nB,Corse\n"))

    assert [warning.text for warning in parse.warnings] == [
        tl.DEPARTEMENT_COLUMN_MISSING,
        tl.DATE_COLUMN_MISSING,
    ]
    assert [row.departement_code for row in parse.rows] == ["", ""]


def test_extra_fields_warned(tmp_path: Path) -> None:
    content = "territoire,departement_code\nPau,64,en trop,\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.rows[0].departement_code == "64"
    extra = [warning for warning in parse.warnings if warning.text == tl.EXTRA_FIELDS]
    assert [warning.params for warning in extra] == [{"values": "en trop"}]


def test_trailing_separator_in_header_ignored(tmp_path: Path) -> None:
    content = "territoire;departement_code;\nPau;64;\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.warnings == [
        tl.RowProblem(1, "", tl.DATE_COLUMN_MISSING),
    ]
    assert parse.rows[0].departement_code == "64"


def test_untitled_column_warned(tmp_path: Path) -> None:
    content = "territoire,,departement_code,date_habilitation\nPau,note libre,64,2022-06-03\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.rows[0].departement_code == "64"
    assert parse.warnings == [tl.RowProblem(1, "", tl.UNNAMED_COLUMN, {"position": 2})]
    assert parse.warnings[0].message() == (
        "La colonne n° 2 n'a pas de titre : ses valeurs sont ignorées."
    )


def test_no_name_column(tmp_path: Path) -> None:
    path = write(tmp_path, "commune,departement_code\nPau,64\n")

    with pytest.raises(UserError) as caught:
        parse_territory_list(path)

    assert caught.value.text == tl.NAME_COLUMN_MISSING
    assert "« territoire » ou « nom »" in caught.value.message()


# --- rows -------------------------------------------------------------------------------


def test_departement_codes_normalized(tmp_path: Path) -> None:
    content = HEADER + "Le Teil,,7,,,\nAjaccio,,2a,,,\nSainte-Rose,,971,,,\nParis,,75,,,\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert [row.departement_code for row in parse.rows] == ["07", "2A", "971", "75"]
    assert [warning.text for warning in parse.warnings] == [tl.DATE_EMPTY] * 4


def test_departement_code_unrecognized(tmp_path: Path) -> None:
    content = HEADER + "Corse,,20,,2024-07-05,\nArdèche,,Ardèche,,2024-07-05,\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert [row.departement_code for row in parse.rows] == ["20", "ARDÈCHE"]
    assert [warning.params for warning in parse.warnings] == [{"code": "20"}, {"code": "ARDÈCHE"}]
    assert all(warning.text == tl.DEPARTEMENT_UNRECOGNIZED for warning in parse.warnings)


def test_row_without_name_rejected(tmp_path: Path) -> None:
    content = (
        HEADER
        + "Colombelles,Colombelles,14,Normandie,2016-11-24,x\n"
        + "\n"
        + 'Jouques,"Jouques\net alentours",13,PACA,2016-11-24,x\n'
        + ",Sans nom,44,Pays de la Loire,2021-12-03,x\n"
        + "Mauléon,Mauléon,79,Nouvelle-Aquitaine,2016-11-24,x\n"
    )
    parse = parse_territory_list(write(tmp_path, content))

    assert [row.name for row in parse.rows] == ["Colombelles", "Jouques", "Mauléon"]
    # The blank line 3 and the two-line cell of Jouques both count as file lines.
    assert [row.line_number for row in parse.rows] == [2, 4, 7]
    assert parse.rejected == [tl.RowProblem(6, "", tl.MISSING_NAME)]
    assert parse.rejected[0].message() == "Nom du territoire manquant : ligne ignorée."


def test_blank_lines_skipped(tmp_path: Path) -> None:
    content = "\n" + HEADER + "\n,,,,,\n   \nColombelles,,14,,2016-11-24,\n\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert [row.line_number for row in parse.rows] == [6]
    assert parse.rejected == []
    assert parse.warnings == []


def test_duplicate_territory_warned(tmp_path: Path) -> None:
    content = HEADER + "Rezé,,44,,2025-03-21,\nREZE,,44,,2025-03-21,\n"
    parse = parse_territory_list(write(tmp_path, content))

    assert len(parse.rows) == 2
    assert parse.warnings == [
        tl.RowProblem(3, "REZE", tl.DUPLICATE_NAME, {"name": "REZE", "first_line": 2})
    ]


def test_dd_mm_yyyy_dates(tmp_path: Path) -> None:
    content = HEADER + "Colombelles,,14,,24/11/2016,\nPlessé,,44,,21/3/2025 (décret),\n"
    parse = parse_territory_list(write(tmp_path, content))

    colombelles, plesse = parse.rows
    assert colombelles.habilitation.kind == DateKind.EXACT
    assert colombelles.habilitation.value == date(2016, 11, 24)
    assert plesse.habilitation.kind == DateKind.EXACT_ANNOTATED
    assert plesse.habilitation.value == date(2025, 3, 21)
    assert plesse.habilitation.note == "21/3/2025 (décret)"
    assert parse.warnings == []


def test_invalid_date_kept_in_note(tmp_path: Path) -> None:
    content = HEADER + "Pau,,64,,31/02/2024,\n"
    parse = parse_territory_list(write(tmp_path, content))

    row = parse.rows[0]
    assert row.habilitation.kind == DateKind.INVALID
    assert row.habilitation.value is None
    assert row.habilitation.note == "31/02/2024"
    assert [warning.text for warning in parse.warnings] == [tl.DATE_INVALID]
    assert "« 31/02/2024 »" in parse.warnings[0].message()


def test_approximate_warning_quotes_cell(tmp_path: Path) -> None:
    content = HEADER + 'Trièves,,38,,"~2022-09 [same batch, date uncertain]",\n'
    parse = parse_territory_list(write(tmp_path, content))

    assert parse.warnings[0].message() == (
        "Date approximative conservée telle qu'elle est écrite dans la note : "
        "« ~2022-09 [same batch, date uncertain] »."
    )


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    parse = parse_territory_list(write(tmp_path, HEADER))

    assert parse.rows == []
    assert parse.rejected == []


# --- files that cannot be read ----------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.csv"

    with pytest.raises(UserError) as caught:
        parse_territory_list(path)

    assert caught.value.text == tl.FILE_NOT_FOUND
    assert caught.value.message().startswith("Fichier introuvable : ")
    assert str(path) in caught.value.message()


def test_directory_unreadable(tmp_path: Path) -> None:
    with pytest.raises(TerritoryListError) as caught:
        parse_territory_list(tmp_path)

    assert caught.value.text == tl.FILE_UNREADABLE


@pytest.mark.parametrize("content", ["", "\n\n", " ;;\n\t\n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    with pytest.raises(TerritoryListError) as caught:
        parse_territory_list(write(tmp_path, content))

    assert caught.value.text == tl.FILE_EMPTY


def test_spreadsheet_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, b"PK\x03\x04" + bytes(60), name="liste.xlsx")

    with pytest.raises(TerritoryListError) as caught:
        parse_territory_list(path)

    assert caught.value.text == tl.FILE_IS_SPREADSHEET


def test_unknown_encoding(tmp_path: Path) -> None:
    # 0x81 is invalid in UTF-8 and unassigned in Windows-1252.
    path = write(tmp_path, b"territoire\nP\x81u\n")

    with pytest.raises(TerritoryListError) as caught:
        parse_territory_list(path)

    assert caught.value.text == tl.FILE_ENCODING_UNKNOWN


def test_oversized_field_rejected(tmp_path: Path) -> None:
    # An unclosed quote swallows the rest of the file into one field.
    content = HEADER + 'Pau,"' + "x" * (csv.field_size_limit() + 10) + "\n"

    with pytest.raises(TerritoryListError) as caught:
        parse_territory_list(write(tmp_path, content))

    assert caught.value.text == tl.FILE_NOT_CSV


# --- translation ------------------------------------------------------------------------


def test_messages_translated_in_context(tmp_path: Path) -> None:
    contexts: list[str] = []

    def translator(context: str, text: str) -> str:
        contexts.append(context)
        return "EN " + text

    set_translator(translator)
    try:
        with pytest.raises(TerritoryListError) as caught:
            parse_territory_list(tmp_path / "absent.csv")
        error_message = caught.value.message()
        problem_message = tl.RowProblem(2, "", tl.MISSING_NAME).message()
    finally:
        set_translator(None)

    assert contexts == ["TerritoryList", "TerritoryList"]
    assert error_message.startswith("EN Fichier introuvable")
    assert problem_message == "EN Nom du territoire manquant : ligne ignorée."
