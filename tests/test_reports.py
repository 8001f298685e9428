"""PDF reports built from hand-made records, read back with pypdf.

French typography puts no-break spaces (U+00A0, and U+202F in plain text) before
":", ";", "!", "?" and inside « », and table cells wrap long values over several
lines. So ``pdf_text`` turns every run of spaces, no-break spaces and line breaks
into one ordinary space before the expected strings are searched.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from tzcld_desktop import __version__
from tzcld_desktop.domain.frenchtext import (
    format_date_long,
    format_date_or_note,
    format_date_short,
    french_typography,
)
from tzcld_desktop.reports.data import (
    ActionLine,
    MeetingHandoutData,
    MeetingReference,
    TerritoryLine,
    TerritorySheetData,
)
from tzcld_desktop.reports.handout import build_meeting_handout
from tzcld_desktop.reports.document import ReportWriteError, build_pdf
from tzcld_desktop.reports.style import (
    CONTENT_WIDTH,
    FONT_BOLD,
    FONT_REGULAR,
    PLACEHOLDER,
    markup,
    paragraph,
    register_fonts,
    styles,
)
from tzcld_desktop.reports.cell_text import wrap_text
from tzcld_desktop.reports.tables import data_table
from tzcld_desktop.reports.territory_sheet import build_territory_sheet

NBSP = "\u00a0"
NNBSP = "\u202f"


# --- helpers -------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    """Extract each page's text, every run of whitespace (no-break too) made one space."""
    # str.split() without arguments splits on U+00A0 and U+202F as well.
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(page_texts(path))


def page_fonts(path: Path) -> list[dict]:
    fonts = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


def handout_data(**changes: object) -> MeetingHandoutData:
    territories = (
        TerritoryLine(
            name="Échirolles-Ouest",
            departement="Isère (38)",
            stage_label="Territoire habilité",
            habilitation_date=date(2022, 2, 10),
            habilitation_date_note="arrêté ; JORF 2022-02-16",
        ),
        TerritoryLine(
            name="Vannes – quartier de Ménimur",
            departement="Morbihan (56)",
            stage_label="Territoire habilité",
            habilitation_date=None,
            habilitation_date_note="~2021-12",
        ),
        TerritoryLine(
            name="Pantin – quartier des Quatre Chemins",
            departement="Seine-Saint-Denis (93)",
            stage_label="Projet émergent",
            habilitation_date=None,
        ),
    )
    actions = (
        ActionLine(
            text="Préparer la réunion du comité local pour l'emploi",
            owner="Claire Martin",
            due_date=date(2026, 4, 1),
            status_label="À faire",
            territory="Pantin – quartier des Quatre Chemins",
        ),
        ActionLine(
            text="Envoyer la convention signée",
            owner="Samir Haddad",
            due_date=None,
            status_label="En cours",
            territory="Échirolles-Ouest",
        ),
    )
    data = MeetingHandoutData(
        title="",
        cluster="Auvergne-Rhône-Alpes",
        region="Auvergne-Rhône-Alpes",
        meeting_date=date(2026, 3, 3),
        place="Grenoble, Maison des associations",
        territories=territories,
        minutes="Tour de table : chaque territoire présente son avancement.",
        decisions="La prochaine réunion aura lieu à Échirolles.",
        actions=actions,
        author="Claire Martin",
        generated_on=date(2026, 3, 1),
    )
    return replace(data, **changes)


def sheet_data(**changes: object) -> TerritorySheetData:
    data = TerritorySheetData(
        name="Échirolles-Ouest",
        departement="Isère (38)",
        region="Auvergne-Rhône-Alpes",
        cluster="Grappe Auvergne-Rhône-Alpes",
        stage_label="Territoire habilité",
        habilitation_date=date(2022, 2, 10),
        habilitation_date_note="arrêté",
        communes="Échirolles",
        notes="Entreprise à but d'emploi ouverte ; suivi de l'exhaustivité.",
        source="https://bilan.etcld.fr/territoires/echirolles-ouest",
        actions=(
            ActionLine(
                text="Mettre à jour les effectifs de l'EBE",
                owner="Claire Martin",
                due_date=date(2026, 6, 1),
                status_label="À faire",
            ),
        ),
        meetings=(
            MeetingReference(
                meeting_date=date(2026, 3, 3),
                cluster="Auvergne-Rhône-Alpes",
                place="Grenoble",
            ),
        ),
        author="Claire Martin",
        generated_on=date(2026, 3, 1),
    )
    return replace(data, **changes)


# --- frenchtext ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 3), "mardi 3 mars 2026"),
        (date(2026, 3, 1), "dimanche 1er mars 2026"),
        (date(2026, 1, 1), "jeudi 1er janvier 2026"),
        (date(2022, 2, 10), "jeudi 10 février 2022"),
        (date(2026, 8, 15), "samedi 15 août 2026"),
        (date(2025, 12, 31), "mercredi 31 décembre 2025"),
        (date(2024, 2, 29), "jeudi 29 février 2024"),
        (date(2026, 6, 1), "lundi 1er juin 2026"),
    ],
)
def test_format_date_long(day: date, expected: str) -> None:
    assert format_date_long(day) == expected


def test_format_date_short_pads() -> None:
    assert format_date_short(date(2026, 3, 3)) == "03/03/2026"
    assert format_date_short(date(2016, 11, 24)) == "24/11/2016"


def test_format_date_or_note_cases() -> None:
    assert format_date_or_note(date(2022, 2, 10), "arrêté") == "10/02/2022 (arrêté)"
    assert format_date_or_note(date(2022, 2, 10), " ") == "10/02/2022"
    assert format_date_or_note(None, "~2021-12") == "~2021-12"
    assert format_date_or_note(None, "") == "—"
    assert format_date_or_note(None, "", missing="Non renseignée") == "Non renseignée"
    assert format_date_or_note(date(2022, 2, 10), "", long=True) == "jeudi 10 février 2022"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quoi ?", f"Quoi{NNBSP}?"),
        ("Quoi?", f"Quoi{NNBSP}?"),
        ("Vraiment ?!", f"Vraiment{NNBSP}?!"),
        ("Bravo !", f"Bravo{NNBSP}!"),
        ("un ; deux", f"un{NNBSP}; deux"),
        ("un  ;deux", "un  ;deux"),
        ("(vraiment ?)", f"(vraiment{NNBSP}?)"),
        ("Ordre du jour : point 1", f"Ordre du jour{NBSP}: point 1"),
        ("Ordre du jour:", f"Ordre du jour{NBSP}:"),
        ("« Bonjour »", f"«{NBSP}Bonjour{NBSP}»"),
        ("«Bonjour»", f"«{NBSP}Bonjour{NBSP}»"),
        ("Rendez-vous à 10:30.", "Rendez-vous à 10:30."),
        ("Heure : 10:30", f"Heure{NBSP}: 10:30"),
        ("Voir http://exemple.fr/a?b=1;c=2 !", f"Voir http://exemple.fr/a?b=1;c=2{NNBSP}!"),
        ("mailto:contact@tzcld.fr", "mailto:contact@tzcld.fr"),
        (f"Note{NBSP}: déjà", f"Note{NBSP}: déjà"),
        (f"Quoi{NBSP}?", f"Quoi{NBSP}?"),
        ("C:\\Documents", "C:\\Documents"),
        ("a;b", "a;b"),
        ("? en début de texte", "? en début de texte"),
        ("«\ncité\n»", "«\ncité\n»"),
        ("", ""),
    ],
)
def test_french_typography(text: str, expected: str) -> None:
    assert french_typography(text) == expected


@given(st.text(alphabet=st.sampled_from("ab1 \t\n:;!?«»()/.h" + NBSP + NNBSP), max_size=40))
def test_french_typography_idempotent(text: str) -> None:
    once = french_typography(text)
    assert french_typography(once) == once


@given(st.text(max_size=60))
def test_french_typography_changes_only_spaces(text: str) -> None:
    def visible(value: str) -> str:
        return re.sub(f"[ \t{NBSP}{NNBSP}]", "", value)

    assert visible(french_typography(text)) == visible(text)


# --- style helpers -------------------------------------------------------------------


def test_markup_escapes_and_breaks_lines() -> None:
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("ligne 1\r\nligne 2\rligne 3") == "ligne 1<br/>ligne 2<br/>ligne 3"
    assert markup("a\tb") == "a b"


def test_markup_replaces_undrawable_characters() -> None:
    # DejaVu Sans draws 😀 but has no glyph for 🎉, 🚀, NUL or a lone surrogate.
    assert markup("fête 🎉🚀") == f"fête {PLACEHOLDER}{PLACEHOLDER}"
    assert markup("😀") == "😀"
    assert markup("a\x00b") == f"a{PLACEHOLDER}b"
    assert markup("a\ud800b") == f"a{PLACEHOLDER}b"
    assert markup("\ufffd") == "\ufffd"


def test_markup_drops_only_invisible_format_characters() -> None:
    # U+2066 (left-to-right isolate) is a format character missing from the font.
    assert markup("a\u2066b") == "ab"


def test_markup_applies_typography_with_unbreakable_space() -> None:
    # U+202F is drawn as U+00A0 because reportlab breaks lines at U+202F.
    assert markup("Quoi ? Note : « oui »") == f"Quoi{NBSP}? Note{NBSP}: «{NBSP}oui{NBSP}»"


def test_markup_keeps_long_text_whole() -> None:
    text = "x" * 30_000
    assert markup(text) == text


def test_paragraph_checks_bold_font() -> None:
    # The oblique face lacks Arabic, the regular and bold faces have it.
    assert PLACEHOLDER not in paragraph("مرحبا", styles().title).text


def cell_width(text: str, font_name: str = FONT_REGULAR) -> float:
    """Return the width of ``text`` in points at the size of table cells."""
    register_fonts()
    return pdfmetrics.stringWidth(text, font_name, styles().cell.fontSize)


def test_wrap_text_breaks_after_hyphens_only() -> None:
    width = cell_width("Auvergne-Rhône-")

    assert wrap_text("Auvergne-Rhône-Alpes", FONT_REGULAR, 8.5, width) == ("Auvergne-Rhône-", "Alpes")
    assert wrap_text("Haute-Garonne (Occitanie)", FONT_REGULAR, 8.5, width) == ("Haute-Garonne", "(Occitanie)")


def test_wrap_text_keeps_dates_and_no_break_spaces() -> None:
    width = cell_width

    # A hyphen between digits is not a place to break, nor is a no-break space.
    assert wrap_text("du 2021-12 au", FONT_REGULAR, 8.5, width("du 2021-")) == ("du", "2021-12", "au")
    assert wrap_text(f"Statut{NBSP}: ouvert", FONT_REGULAR, 8.5, width(f"Statut{NBSP}: ")) == (
        f"Statut{NBSP}:", "ouvert")


def test_wrap_text_cuts_only_too_wide_words() -> None:
    width = cell_width("WWWWWWWWWW")
    lines = wrap_text("Voir " + "W" * 25 + " ensuite", FONT_REGULAR, 8.5, width)

    assert lines == ("Voir", "W" * 10, "W" * 10, "W" * 5 + " ensuite")
    for line in lines:
        assert cell_width(line) <= width + 0.01


def test_wrap_text_cuts_web_address_after_slash() -> None:
    address = "https://www.exemple.fr/territoires/documents/convention-2026.pdf"
    width = cell_width("https://www.exemple.fr/territoires/doc")

    lines = wrap_text(address, FONT_REGULAR, 8.5, width)

    assert lines == ("https://www.exemple.fr/territoires/", "documents/convention-2026.pdf")


def test_data_table_columns_hold_longest_word() -> None:
    rows = [["Communauté d'agglomération du Puy-en-Velay", "43 – Haute-Loire (Auvergne-Rhône-Alpes)", "12"]] * 3
    table = data_table(["Territoire", "Département", "Préparation"], rows, "vide")

    for column, words in enumerate((["agglomération", "Puy-"], ["(Auvergne-", "Rhône-"], ["Préparation"])):
        for word in words:
            assert table._colWidths[column] >= cell_width(word, FONT_BOLD) + 12, word
    assert sum(table._colWidths) == pytest.approx(CONTENT_WIDTH)


# --- meeting handout -----------------------------------------------------------------


def test_handout_contains_french_content(tmp_path: Path) -> None:
    path = tmp_path / "reunion.pdf"
    build_meeting_handout(handout_data(), path)
    text = pdf_text(path)

    assert "Réunion de grappe — Auvergne-Rhône-Alpes" in text
    assert "mardi 3 mars 2026" in text
    assert "Grenoble, Maison des associations" in text
    assert "Échirolles-Ouest" in text
    assert "Vannes – quartier de Ménimur" in text
    assert "Pantin – quartier des Quatre Chemins" in text
    assert "Territoire habilité" in text
    assert "Projet émergent" in text
    assert "10/02/2022 (arrêté ; JORF 2022-02-16)" in text
    assert "~2021-12" in text
    assert "Tour de table : chaque territoire présente son avancement." in text
    assert "La prochaine réunion aura lieu à Échirolles." in text
    assert "Envoyer la convention signée" in text
    assert "01/04/2026" in text
    assert "Notes" in text


def test_handout_uses_given_title(tmp_path: Path) -> None:
    path = tmp_path / "reunion.pdf"
    build_meeting_handout(handout_data(title="Grappe AURA — séance de printemps"), path)

    assert "Grappe AURA — séance de printemps" in pdf_text(path)
    assert PdfReader(path).metadata.title == "Grappe AURA — séance de printemps"


def test_handout_frame_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "reunion.pdf"
    pages = build_meeting_handout(handout_data(), path)
    reader = PdfReader(path)
    text = pdf_text(path)

    assert pages == len(reader.pages)
    assert f"page 1 / {pages}" in text
    assert f"page {pages} / {pages}" in text
    assert "Généré le dimanche 1er mars 2026" in text
    assert reader.metadata.title == "Réunion de grappe — Auvergne-Rhône-Alpes"
    assert reader.metadata.author == "Claire Martin"
    assert reader.metadata.subject == "Réunion de grappe du mardi 3 mars 2026"
    assert reader.metadata.creator == f"TZCLD Desktop {__version__}"


def test_handout_fonts_are_embedded_dejavu(tmp_path: Path) -> None:
    path = tmp_path / "reunion.pdf"
    build_meeting_handout(handout_data(), path)
    fonts = page_fonts(path)

    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"]


def test_handout_empty_sections_say_so(tmp_path: Path) -> None:
    path = tmp_path / "vide.pdf"
    data = handout_data(territories=(), minutes="  \n", decisions="", actions=(), place="")
    build_meeting_handout(data, path)
    text = pdf_text(path)

    assert "Ordre du jour non communiqué." in text
    assert "Aucun territoire inscrit à cette réunion." in text
    assert "Aucune action ouverte." in text
    assert "Aucun document joint à cette réunion." in text
    # Before the meeting there is nothing to report yet, so these sections are left out.
    assert "Compte rendu" not in text
    assert "Décisions" not in text


def test_handout_lists_territory_open_actions_once(tmp_path: Path) -> None:
    shared = ActionLine("Relancer le département", "Claire Martin", None, "À faire", "Échirolles-Ouest")
    territory = TerritoryLine(
        name="Échirolles-Ouest",
        departement="Isère (38)",
        stage_label="Territoire habilité",
        habilitation_date=date(2022, 2, 10),
        open_actions=(
            shared,
            ActionLine("Visiter l'EBE", "Samir Haddad", None, "En cours"),
            ActionLine("Action close", "Samir Haddad", None, "Fait", is_open=False),
        ),
    )
    path = tmp_path / "reunion.pdf"
    build_meeting_handout(handout_data(territories=(territory,), actions=(shared,)), path)
    text = pdf_text(path)

    assert text.count("Relancer le département") == 1
    assert "Visiter l'EBE" in text
    assert "Action close" not in text


def test_handout_200_actions_repeat_table_header(tmp_path: Path) -> None:
    # Rows of one to five lines, so that some page ends fall inside a row.
    actions = tuple(
        ActionLine(
            text=f"Action ACT{number:03d} : relancer les partenaires"
            + " et préparer la visite du comité local pour l'emploi" * (number % 3),
            owner="Claire Martin",
            due_date=date(2026, 4, 1 + number % 28),
            status_label="À faire",
            territory="Vannes – quartier de Ménimur",
        )
        for number in range(200)
    )
    path = tmp_path / "reunion.pdf"
    pages = build_meeting_handout(handout_data(actions=actions), path)
    texts = page_texts(path)

    assert pages >= 3
    assert set(re.findall(r"ACT\d{3}", " ".join(texts))) == {f"ACT{n:03d}" for n in range(200)}
    pages_with_actions = [text for text in texts if re.search(r"ACT\d{3}", text)]
    assert len(pages_with_actions) >= 3
    for text in pages_with_actions:
        # Exactly once: the header row repeats on each page, never twice on one.
        assert text.count("Responsable") == 1
        assert text.count("Échéance") == 1
        assert text.count("Statut") == 1


def test_handout_tall_action_row_splits(tmp_path: Path) -> None:
    # One cell taller than a whole page must continue on the next pages.
    long_text = " ".join(f"TALL{number:04d}" for number in range(700))
    actions = (ActionLine(long_text, "Claire Martin", None, "À faire", "Échirolles-Ouest"),)
    path = tmp_path / "reunion.pdf"
    pages = build_meeting_handout(handout_data(actions=actions), path)
    text = pdf_text(path)

    assert pages >= 3
    assert len(set(re.findall(r"TALL\d{4}", text))) == 700


# --- territory sheet -----------------------------------------------------------------


def test_sheet_contains_identity_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    pages = build_territory_sheet(sheet_data(extra={"ETP conventionnés": "42"}), path)
    text = pdf_text(path)
    reader = PdfReader(path)

    assert pages == len(reader.pages)
    assert "Échirolles-Ouest" in text
    assert "Isère (38)" in text
    assert "Auvergne-Rhône-Alpes" in text
    assert "Grappe Auvergne-Rhône-Alpes" in text
    assert "Territoire habilité" in text
    assert "jeudi 10 février 2022 (arrêté)" in text
    assert "ETP conventionnés" in text
    assert "Entreprise à but d'emploi ouverte ; suivi de l'exhaustivité." in text
    assert "https://bilan.etcld.fr/territoires/echirolles-ouest" in text
    assert "Mettre à jour les effectifs de l'EBE" in text
    assert "01/06/2026" in text
    assert "mardi 3 mars 2026" in text
    assert f"page 1 / {pages}" in text
    assert "Généré le dimanche 1er mars 2026" in text
    assert reader.metadata.title == "Fiche territoire — Échirolles-Ouest"
    assert reader.metadata.author == "Claire Martin"
    assert reader.metadata.creator == f"TZCLD Desktop {__version__}"


def test_sheet_shows_approximate_date_note(tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    data = sheet_data(
        name="Vannes – quartier de Ménimur",
        habilitation_date=None,
        habilitation_date_note="~2021-12 [« fin décembre 2021 »]",
    )
    build_territory_sheet(data, path)

    assert "~2021-12 [« fin décembre 2021 »]" in pdf_text(path)


def test_sheet_empty_sections_say_so(tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    data = sheet_data(
        habilitation_date=None, habilitation_date_note="", communes="", notes="", source="",
        actions=(), meetings=(), departement="", cluster="",
    )
    build_territory_sheet(data, path)
    text = pdf_text(path)

    assert "Communes —" in text
    assert "Aucune note." in text
    assert "Aucune source indiquée." in text
    assert "Aucune étape datée." in text
    assert "Aucune EBE enregistrée." in text
    assert "Aucun indicateur saisi." in text
    assert "Aucune note dans le journal." in text
    assert "Aucune action ouverte pour ce territoire." in text
    assert "Aucune réunion enregistrée pour ce territoire." in text
    assert "Aucun contact enregistré." in text


def test_sheet_keeps_30000_character_note(tmp_path: Path) -> None:
    words = [f"NOTE{number:05d}" for number in range(3000)]
    note = " ".join(words)
    note = (note + "\n\n" + note)[:30_000]
    expected = len(re.findall(r"NOTE\d{5}\b", note))
    path = tmp_path / "fiche.pdf"
    pages = build_territory_sheet(sheet_data(notes=note), path)

    assert len(note) == 30_000
    assert pages > 1
    assert len(re.findall(r"NOTE\d{5}\b", pdf_text(path))) == expected


def test_sheet_unusual_characters_build(tmp_path: Path) -> None:
    path = tmp_path / "fiche.pdf"
    data = sheet_data(
        name="Pantin – quartier des Quatre Chemins 🎉",
        communes="שלום ; مرحبا",
        notes="Réponse illisible : \ufffd\ufffd. Fusée 🚀 et sourire 😀.",
        source="",
        extra={"Contact": "", "Nom arabe": "مرحبا"},
        author="",
    )
    build_territory_sheet(data, path)
    text = pdf_text(path)

    assert "Pantin – quartier des Quatre Chemins " + PLACEHOLDER in text
    assert "Fusée " + PLACEHOLDER in text
    assert "\ufffd\ufffd" in text
    # pypdf returns right-to-left runs reversed, so either order is accepted.
    assert "שלום" in text or "שלום"[::-1] in text
    assert "مرحبا" in text or "مرحبا"[::-1] in text
    assert PdfReader(path).metadata.title == "Fiche territoire — Pantin – quartier des Quatre Chemins 🎉"


def test_sheet_long_unbroken_word_stays_on_page(tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "fiche.pdf"
    build_territory_sheet(sheet_data(source="https://exemple.fr/" + "W" * 3000), path)
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    right_edges = [float(value) for value in re.findall(r'xMax="([\d.]+)"', boxes)]

    assert right_edges
    assert max(right_edges) <= page_width - 50
    # The word runs over two pages, so its letters are counted rather than matched.
    assert pdf_text(path).count("W") == 3000


# --- writing -------------------------------------------------------------------------


class _FailingFlowable(Flowable):
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("layout failed on purpose")


def test_build_pdf_keeps_old_file_on_error(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"old content")

    with pytest.raises(RuntimeError, match="on purpose"):
        build_pdf(path, title="T", subject="S", author="A", flowables=[_FailingFlowable()])

    assert path.read_bytes() == b"old content"
    assert [entry.name for entry in tmp_path.iterdir()] == ["rapport.pdf"]


def test_build_pdf_replaces_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"old content")

    pages = build_pdf(
        path, title="T", subject="S", author="A", flowables=[paragraph("Bonjour", styles().body)]
    )

    assert pages == 1
    assert path.read_bytes().startswith(b"%PDF-")
    assert [entry.name for entry in tmp_path.iterdir()] == ["rapport.pdf"]


def test_build_pdf_missing_folder_raises_user_error(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "rapport.pdf"

    with pytest.raises(ReportWriteError) as caught:
        build_pdf(path, title="T", subject="S", author="A", flowables=[])

    assert str(path) in caught.value.message()
    assert "n'a pas pu être écrit" in caught.value.message()


def test_handout_without_meeting_date(tmp_path):
    # A meeting received from another copy may lack its date; the handout says so.
    data = replace(handout_data(), meeting_date=None)
    output = tmp_path / "sans-date.pdf"
    build_meeting_handout(data, output)
    assert "date à préciser" in pdf_text(output)
