"""Every PDF document built from a store filled as a referent would fill it, read back with pypdf.

``pdf_text`` joins the pages and makes every run of spaces (no-break ones too) one
space, as in test_reports.py.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from report_fixtures import MEETING_DAY, TODAY, seed_region
from tzcld_desktop import __version__
from tzcld_desktop.domain.forms import ActionInput, TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import NoteKind
from tzcld_desktop.reports.batch import BatchCancelled, build_region_sheets, sheet_file_names
from tzcld_desktop.reports.collect import meeting_handout_data, meeting_times, territory_sheet_data
from tzcld_desktop.reports.collect_minutes import minutes_data
from tzcld_desktop.reports.collect_summary import UnknownRegion, regional_summary_data
from tzcld_desktop.reports.handout import build_meeting_handout
from tzcld_desktop.reports.minutes import build_minutes
from tzcld_desktop.reports.pack import build_meeting_pack, meeting_pack_data
from tzcld_desktop.reports.regional_summary import Grouping, build_regional_summary
from tzcld_desktop.reports.style import ALERT_COLOUR, PLACEHOLDER
from tzcld_desktop.reports.territory_sheet import build_territory_sheet


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"]
    return names


def outline_titles(path: Path) -> list[tuple[int, str, int]]:
    """Return (level, title, page number from 1) for every outline entry, in order."""
    reader = PdfReader(path)
    entries = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return entries


@pytest.fixture
def seeded(services):
    return seed_region(services)


# --- territory sheet -------------------------------------------------------------------


def test_sheet_prints_whole_record(store, seeded, tmp_path):
    path = tmp_path / "fiche.pdf"
    with store.session() as session:
        pages = build_territory_sheet(territory_sheet_data(session, seeded.territories["echirolles"], TODAY), path)
    text = pdf_text(path)

    assert pages == len(PdfReader(path).pages)
    assert "Grenoble-Alpes Métropole" in text
    assert "Village Sud ; Essarts-Surieux" in text
    assert "02/05/2019 Charte d'engagement signée" in text
    assert "Ouverture des EBE Atteinte 01/09/2022" in text
    assert "Préparation du dossier : 15 %" in text
    assert "Renée Dupont" in text
    assert "EBE Ouest Solidaire" in text
    assert "42,5" in text
    assert "Embauches (cumul) 47 personnes 01/01/2025" in text
    # The axis labels of the small chart of hires.
    assert "01/2023" in text
    assert "Mettre à jour les effectifs de l'EBE" in text
    assert "Action déjà faite" not in text
    assert f"page {pages} / {pages}" in text


def test_sheet_journal_keeps_ten_latest(store, seeded, tmp_path):
    path = tmp_path / "fiche.pdf"
    with store.session() as session:
        build_territory_sheet(territory_sheet_data(session, seeded.territories["echirolles"], TODAY), path)
    text = pdf_text(path)

    assert set(re.findall(r"NOTE\d\d", text)) == {f"NOTE{n:02d}" for n in range(2, 12)}
    assert "Les 10 notes les plus récentes sur 12." in text


def test_sheet_leaves_out_personal_data_by_default(store, seeded, tmp_path):
    path = tmp_path / "fiche.pdf"
    with store.session() as session:
        build_territory_sheet(territory_sheet_data(session, seeded.territories["echirolles"], TODAY), path)
    text = pdf_text(path)

    assert "Samir Haddad" in text
    assert "04 76 00 00 01" not in text
    assert "samir.haddad@example.fr" not in text
    assert "ne figurent pas dans ce document" in text


def test_sheet_includes_personal_data_when_asked(store, seeded, tmp_path):
    path = tmp_path / "fiche.pdf"
    with store.session() as session:
        data = territory_sheet_data(session, seeded.territories["echirolles"], TODAY, include_personal=True)
    build_territory_sheet(data, path)
    text = pdf_text(path)

    assert "04 76 00 00 01" in text
    assert "samir.haddad@example.fr" in text


def test_sheet_long_and_unusual_note_kept(store, services, seeded, tmp_path):
    words = " ".join(f"MOT{number:05d}" for number in range(3400))[:30_000]
    expected = len(re.findall(r"MOT\d{5}\b", words))
    teil = seeded.territories["teil"]
    services.save_note(None, NoteInput(teil, TODAY, NoteKind.VISIT, words))
    services.save_note(None, NoteInput(teil, TODAY, NoteKind.OTHER, "Fête 🎉 illisible \ufffd, nom مرحبا", ""))
    path = tmp_path / "fiche.pdf"
    with store.session() as session:
        pages = build_territory_sheet(territory_sheet_data(session, teil, TODAY), path)
    text = pdf_text(path)

    assert pages > 3
    assert len(re.findall(r"MOT\d{5}\b", text)) == expected
    assert f"Fête {PLACEHOLDER} illisible \ufffd" in text
    assert "مرحبا" in text or "مرحبا"[::-1] in text


# --- meeting handout -------------------------------------------------------------------


def test_meeting_times_follow_durations():
    assert meeting_times("09:30", [30, 45, None, 10]) == [
        ("09:30", "10:00"), ("10:00", "10:45"), ("10:45", ""), ("", ""),
    ]
    assert meeting_times("", [30]) == [("", "")]
    assert meeting_times("23:30", [60]) == [("23:30", "00:30")]
    assert meeting_times("9h30", [30]) == [("", "")]


def test_handout_prints_agenda_indicators_documents(store, seeded, tmp_path):
    path = tmp_path / "reunion.pdf"
    with store.session() as session:
        build_meeting_handout(meeting_handout_data(session, seeded.meeting_id, TODAY), path)
    text = pdf_text(path)

    assert "Grappe de printemps" in text
    assert "mardi 10 mars 2026" in text
    assert "09:30 – 10:00 Accueil et tour de table Claire Martin 30 min" in text
    assert "10:00 – 10:45 Point sur la candidature du Teil Paul Morel 45 min" in text
    assert "Embauches (cumul) : 47 personnes (01/01/2025)" in text
    assert "Envoyer le dossier complété" in text
    assert "Guide de la candidature" in text
    assert "guide-candidature.pdf" in text
    assert "Samir Haddad" in text
    assert "04 76 00 00 01" not in text
    assert "Notes" in text


def test_handout_includes_contacts_details_when_asked(store, seeded, tmp_path):
    path = tmp_path / "reunion.pdf"
    with store.session() as session:
        build_meeting_handout(meeting_handout_data(session, seeded.meeting_id, TODAY, include_personal=True), path)

    assert "samir.haddad@example.fr" in pdf_text(path)


# --- minutes ---------------------------------------------------------------------------


def test_minutes_print_attendance_outcomes_actions_needs(store, seeded, tmp_path):
    path = tmp_path / "compte-rendu.pdf"
    with store.session() as session:
        pages = build_minutes(minutes_data(session, seeded.meeting_id, TODAY), path)
    text = pdf_text(path)
    reader = PdfReader(path)

    assert reader.metadata.title == "Compte rendu — Grappe de printemps"
    assert f"page 1 / {pages}" in text
    assert "1 territoire présent (3 personnes), 1 territoire absent sur 2 territoires invités." in text
    assert "Échirolles-Ouest Présent 3" in text
    assert "Le Teil Absent" in text
    assert "Renée Dupont Mairie d'Échirolles" in text
    assert "2. Point sur la candidature du Teil" in text
    assert "Décision Le dossier du Teil sera relu par la grappe. Le Teil" in text
    assert "Information Le comité national se réunit en mai." in text
    assert "Prochaine réunion à Échirolles." in text
    assert "Envoyer le dossier complété Le Teil Paul Morel 02/04/2026 À faire" in text
    assert "Juridique Modèle de convention avec le département Le Teil 10/03/2026 Ouvert" in text


# --- regional summary ------------------------------------------------------------------


def test_summary_counts_stages_and_lists_candidatures(store, seeded, tmp_path):
    path = tmp_path / "synthese.pdf"
    with store.session() as session:
        data = regional_summary_data(session, ["84"], TODAY, TODAY)
    pages = build_regional_summary(data, path)
    text = pdf_text(path)

    assert dict(data.stage_counts) == {
        "Territoire intéressé": 0, "Projet émergent": 1, "Candidature": 1, "Territoire habilité": 1,
    }
    assert "Synthèse régionale — Auvergne-Rhône-Alpes" in text
    assert "Situation au dimanche 1er mars 2026" in text
    assert "Le Teil 07 – Ardèche Dossier de candidature déposé 03/11/2025 118 jours" in text
    assert "20/03/2026 Mettre à jour les effectifs de l'EBE" in text
    assert "Grappe de printemps" in text
    assert f"page {pages} / {pages}" in text


def test_summary_wide_table_on_landscape_page(store, seeded, tmp_path):
    path = tmp_path / "synthese.pdf"
    with store.session() as session:
        build_regional_summary(regional_summary_data(session, ["84"], TODAY, TODAY), path, Grouping.DEPARTEMENT)
    reader = PdfReader(path)
    shapes = [float(page.mediabox.width) > float(page.mediabox.height) for page in reader.pages]
    table_page = next(n for n, page in enumerate(reader.pages) if "Territoires par département" in page.extract_text())

    assert shapes[0] is False
    assert shapes[table_page] is True
    assert shapes[-1] is False
    assert "38 – Isère (1 territoire)" in pdf_text(path)


def test_summary_at_earlier_date_uses_steps(store, seeded):
    with store.session() as session:
        data = regional_summary_data(session, ["84"], MEETING_DAY.replace(year=2020), TODAY)
    echirolles = next(line for line in data.territories if line.name == "Échirolles-Ouest")

    assert echirolles.stage_label == "Projet émergent"
    assert not data.under_review


def test_summary_unknown_region_raises(store, seeded):
    with store.session() as session, pytest.raises(UnknownRegion) as caught:
        regional_summary_data(session, ["99"], TODAY, TODAY)
    assert "« 99 »" in caught.value.message()


# --- meeting pack ----------------------------------------------------------------------


def test_pack_has_contents_and_outline(store, seeded, tmp_path):
    path = tmp_path / "dossier.pdf"
    with store.session() as session:
        pages = build_meeting_pack(meeting_pack_data(session, seeded.meeting_id, TODAY), path)
    reader = PdfReader(path)
    outline = outline_titles(path)
    first_page = " ".join(reader.pages[0].extract_text().split())

    assert pages == len(reader.pages)
    assert [(level, title) for level, title, _page in outline] == [
        (0, "Document de réunion"), (0, "Fiches des territoires"), (1, "Échirolles-Ouest"), (1, "Le Teil"),
        (0, "Synthèse régionale"),
    ]
    assert "Sommaire" in first_page
    for _level, title, page in outline:
        # Each contents line gives the page its outline entry leads to. pypdf may
        # extract the dotted leader and number before or after the title.
        after = re.escape(title) + r" [ .]*\b" + str(page) + r"\b"
        before = r"\. " + str(page) + " " + re.escape(title)
        assert re.search(after, first_page) or re.search(before, first_page), title
    assert "Échirolles-Ouest" in reader.pages[outline[2][2] - 1].extract_text()
    assert "Synthèse régionale" in reader.pages[outline[4][2] - 1].extract_text()
    assert reader.metadata.title == "Dossier de réunion — Grappe de printemps"
    assert reader.metadata.creator == f"TZCLD Desktop {__version__}"
    assert f"page {pages} / {pages}" in pdf_text(path)


# --- fonts -----------------------------------------------------------------------------


def test_all_documents_embed_only_dejavu(store, seeded, tmp_path):
    with store.session() as session:
        build_meeting_pack(meeting_pack_data(session, seeded.meeting_id, TODAY), tmp_path / "dossier.pdf")
        build_minutes(minutes_data(session, seeded.meeting_id, TODAY), tmp_path / "compte-rendu.pdf")
    for name in ("dossier.pdf", "compte-rendu.pdf"):
        fonts = font_names(tmp_path / name)
        assert fonts
        for font in fonts:
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?", font), font


# --- batch -----------------------------------------------------------------------------


def test_sheet_file_names_are_safe_and_distinct():
    assert sheet_file_names(["Échirolles-Ouest", "Le Teil", "le teil", "../..", "CON"]) == [
        "fiche-echirolles-ouest.pdf", "fiche-le-teil.pdf", "fiche-le-teil-2.pdf", "fiche-territoire.pdf",
        "fiche-con.pdf",
    ]


def test_batch_one_file_per_territory(store, seeded, tmp_path):
    steps = []
    result = build_region_sheets(store, "84", tmp_path, one_file=False, progress=lambda *step: steps.append(step),
                                 today=TODAY)

    assert sorted(path.name for path in tmp_path.glob("*.pdf")) == [
        "fiche-echirolles-ouest.pdf", "fiche-le-teil.pdf", "fiche-villeurbanne-les-brosses.pdf",
    ]
    assert result.territories == 3
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert "Le Teil" in pdf_text(tmp_path / "fiche-le-teil.pdf")


def test_batch_one_file_with_outline(store, seeded, tmp_path):
    path = tmp_path / "fiches.pdf"
    result = build_region_sheets(store, "84", path, one_file=True, today=TODAY)

    assert result.files == (path,)
    assert [title for _level, title, _page in outline_titles(path)] == [
        "Échirolles-Ouest", "Le Teil", "Villeurbanne – Les Brosses",
    ]
    assert result.pages == len(PdfReader(path).pages)


def test_batch_cancel_midway_keeps_finished_files(store, seeded, tmp_path):
    written = []
    with pytest.raises(BatchCancelled) as caught:
        build_region_sheets(store, "84", tmp_path, one_file=False, today=TODAY,
                            progress=lambda done, total: written.append(done), cancelled=lambda: len(written) >= 1)

    assert [path.name for path in caught.value.written] == ["fiche-echirolles-ouest.pdf"]
    assert [path.name for path in tmp_path.glob("*.pdf")] == ["fiche-echirolles-ouest.pdf"]


def test_batch_cancel_one_file_writes_nothing(store, seeded, tmp_path):
    output = tmp_path / "sortie"
    output.mkdir()
    steps = []
    with pytest.raises(BatchCancelled):
        build_region_sheets(store, "84", output / "fiches.pdf", one_file=True, today=TODAY,
                            progress=lambda done, total: steps.append(done), cancelled=lambda: len(steps) >= 4)

    assert list(output.iterdir()) == []


def test_pack_ends_with_the_pdf_documents_of_the_meeting(store, services, seeded, tmp_path):
    from tzcld_desktop.reports.documents import DocumentKind, DocumentRequest, write_document

    convention = tmp_path / "convention.pdf"
    with store.session() as session:
        build_territory_sheet(territory_sheet_data(session, seeded.territories["teil"], TODAY), convention)
    attached_pages = len(PdfReader(convention).pages)
    services.attach_file(convention, title="Convention type ETCLD", meeting_id=seeded.meeting_id)
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"not a pdf")
    services.attach_file(notes, title="Notes du copil", meeting_id=seeded.meeting_id)

    plain = write_document(store, DocumentRequest(DocumentKind.PACK, seeded.meeting_id, today=TODAY),
                           tmp_path / "sans.pdf")
    full = write_document(store, DocumentRequest(DocumentKind.PACK, seeded.meeting_id, today=TODAY,
                                                 with_documents=True), tmp_path / "avec.pdf")

    assert full.pages == plain.pages + attached_pages == len(PdfReader(tmp_path / "avec.pdf").pages)
    outline = outline_titles(tmp_path / "avec.pdf")
    assert outline[-2:] == [(0, "Documents joints", plain.pages + 1), (1, "Convention type ETCLD", plain.pages + 1)]
    # The document that is not a PDF is listed in the handout but not appended.
    assert "Notes du copil" not in [title for _level, title, _page in outline]
    assert "Le Teil" in PdfReader(tmp_path / "avec.pdf").pages[plain.pages].extract_text()


def test_handout_times_follow_the_meeting_length(store, services, seeded):
    from tzcld_desktop.domain.forms import MeetingInput

    meeting = services.save_meeting(None, MeetingInput(
        seeded.cluster_id, MEETING_DAY, "Copil", start_time="09:30", duration_minutes=120))
    from tzcld_desktop.domain.meeting_forms import AgendaItemInput

    services.add_agenda_item(meeting, AgendaItemInput("Tour de table"))  # an item without a planned length
    with store.session() as session:
        data = meeting_handout_data(session, meeting, TODAY)
    assert (data.start_time, data.end_time) == ("09:30", "11:30")


# --- overdue actions -------------------------------------------------------------------


ALERT_FILL = (fp_str(*ALERT_COLOUR.rgb()) + " rg").encode()


def add_overdue_actions(services, seeded) -> None:
    """Add an open action of Échirolles due before ``TODAY``, one of the meeting, and one already done."""
    echirolles, teil = seeded.territories["echirolles"], seeded.territories["teil"]
    services.save_action(None, ActionInput("Relancer la mairie", "Claire Martin", date(2026, 2, 15),
                                           ActionStatus.TODO, territory_id=echirolles))
    services.save_action(None, ActionInput("Envoyer la convention signée", "Paul Morel", date(2026, 2, 20),
                                           ActionStatus.IN_PROGRESS, territory_id=teil,
                                           meeting_id=seeded.meeting_id))
    services.save_action(None, ActionInput("Réserver la salle", "Paul Morel", date(2026, 2, 10),
                                           ActionStatus.DONE, meeting_id=seeded.meeting_id))


def page_with(path: Path, text: str):
    for page in PdfReader(path).pages:
        if text in " ".join(page.extract_text().split()):
            return page
    raise AssertionError(f"{text!r} is on no page of {path.name}")


def build_documents_with_actions(store, seeded, folder: Path) -> dict[str, Path]:
    paths = {name: folder / f"{name}.pdf" for name in ("fiche", "reunion", "compte-rendu", "dossier")}
    with store.session() as session:
        build_territory_sheet(territory_sheet_data(session, seeded.territories["echirolles"], TODAY), paths["fiche"])
        build_meeting_handout(meeting_handout_data(session, seeded.meeting_id, TODAY), paths["reunion"])
        build_minutes(minutes_data(session, seeded.meeting_id, TODAY), paths["compte-rendu"])
        build_meeting_pack(meeting_pack_data(session, seeded.meeting_id, TODAY), paths["dossier"])
    return paths


def test_overdue_actions_say_so_in_every_document(store, services, seeded, tmp_path):
    add_overdue_actions(services, seeded)
    paths = build_documents_with_actions(store, seeded, tmp_path)

    expected = {
        "fiche": ["Relancer la mairie Claire Martin 15/02/2026 en retard À faire"],
        "reunion": ["Relancer la mairie Échirolles-Ouest Claire Martin 15/02/2026 en retard À faire",
                    "Envoyer la convention signée Le Teil Paul Morel 20/02/2026 en retard En cours"],
        "compte-rendu": ["Envoyer la convention signée Le Teil Paul Morel 20/02/2026 en retard En cours"],
        "dossier": ["Relancer la mairie Claire Martin 15/02/2026 en retard À faire",
                    "Envoyer la convention signée Le Teil Paul Morel 20/02/2026 en retard En cours"],
    }
    for name, rows in expected.items():
        text = pdf_text(paths[name])
        for row in rows:
            assert row in text, (name, row)
        assert "Actions en retard au dimanche 1er mars 2026" in text, name
        # Actions not yet due, or done, are not marked.
        assert "20/03/2026 en retard" not in text, name
        assert "10/02/2026 en retard" not in text, name


def test_overdue_actions_drawn_in_alert_colour(store, services, seeded, tmp_path):
    add_overdue_actions(services, seeded)
    paths = build_documents_with_actions(store, seeded, tmp_path)

    for name, path in paths.items():
        page = page_with(path, "en retard À faire" if name != "compte-rendu" else "en retard En cours")
        assert ALERT_FILL in page.get_contents().get_data(), name


def test_handout_counts_overdue_actions_per_territory(store, services, seeded, tmp_path):
    add_overdue_actions(services, seeded)
    path = tmp_path / "reunion.pdf"
    with store.session() as session:
        build_meeting_handout(meeting_handout_data(session, seeded.meeting_id, TODAY), path)

    assert "2 (dont 1 en retard)" in pdf_text(path)


def test_documents_without_overdue_actions_mark_none(store, seeded, tmp_path):
    paths = build_documents_with_actions(store, seeded, tmp_path)

    for name, path in paths.items():
        text = pdf_text(path)
        assert "en retard" not in text, name
        assert ALERT_FILL not in b"".join(page.get_contents().get_data() for page in PdfReader(path).pages), name


# --- words kept whole in tables --------------------------------------------------------


def test_summary_departement_column_keeps_words_whole(store, services, seeded, tmp_path):
    services.create_territory(TerritoryInput("Paris 13e – Quartier Chevaleret", Stage.EMERGING,
                                             departement_code="75"))
    path = tmp_path / "synthese.pdf"
    with store.session() as session:
        build_regional_summary(regional_summary_data(session, ["84", "11"], TODAY, TODAY), path)
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)

    # With two regions the Département column also names the region. A line may
    # end only at a space or after the hyphen of a compound word.
    whole = {"(Auvergne-Rhône-Alpes)", "(Auvergne-\nRhône-Alpes)", "(Auvergne-Rhône-\nAlpes)"}
    placed = re.findall(r"\(Auv[^)]*\)", raw)
    assert len(placed) == 3
    for name in placed:
        assert name in whole, name
    for word in ("Préparation", "Département", "Habilitation", "Île-de-France"):
        assert re.search(re.escape(word).replace("\\-", "-\n?"), raw), word


def anywhere_pattern(value: str) -> re.Pattern[str]:
    """Match ``value`` with a line break allowed between any two characters."""
    return re.compile("\n?".join("[ \n]" if char == " " else re.escape(char) for char in value))


def whole_words_pattern(value: str) -> re.Pattern[str]:
    """Match ``value`` with line breaks allowed only at its spaces and after the hyphens of compound words."""
    words = []
    for word in value.split():
        pieces = re.split(r"(?<=[^\W\d_]-)(?=[^\W\d_])", word)
        words.append("\n?".join(re.escape(piece) for piece in pieces))
    return re.compile(r"[ \n]".join(words))


def test_every_document_keeps_values_whole(store, services, seeded, tmp_path):
    add_overdue_actions(services, seeded)
    paths = build_documents_with_actions(store, seeded, tmp_path)
    services.create_territory(TerritoryInput("Paris 13e – Quartier Chevaleret", Stage.EMERGING,
                                             departement_code="75"))
    paths["synthese"] = tmp_path / "synthese.pdf"
    paths["synthese-departements"] = tmp_path / "synthese-departements.pdf"
    with store.session() as session:
        build_regional_summary(regional_summary_data(session, ["84", "11"], TODAY, TODAY), paths["synthese"])
        build_regional_summary(regional_summary_data(session, ["84"], TODAY, TODAY), paths["synthese-departements"],
                               Grouping.DEPARTEMENT)
    values = ["Échirolles-Ouest", "Villeurbanne – Les Brosses", "Grappe Rhône-Alpes", "38 – Isère", "07 – Ardèche",
              "Auvergne-Rhône-Alpes", "Grenoble, Maison des associations", "Mettre à jour les effectifs de l'EBE",
              "Envoyer la convention signée", "Modèle de convention avec le département", "Mairie d'Échirolles",
              "Habilitation", "Responsable", "Préparation", "Dernière réunion"]

    for name, path in paths.items():
        # Spaces of every kind become one space; the line breaks stay.
        raw = "\n".join(re.sub(r"[^\S\n]+", " ", page.extract_text()) for page in PdfReader(path).pages)
        for value in values:
            printed = len(anywhere_pattern(value).findall(raw))
            assert len(whole_words_pattern(value).findall(raw)) == printed, (name, value)
