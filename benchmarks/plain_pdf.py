"""Baselines of the PDF scenarios: the same tables laid out as a plain reportlab document.

Each function writes the content of a product document with a stock
``SimpleDocTemplate``: the same records, sections and table columns, every cell a
Paragraph so long text wraps, fixed column shares, and the same DejaVu font
embedded. It leaves out the running header and footer, French typography and glyph
checks, content-sized columns, the custom table splitting, landscape pages, the
table of contents and the atomic file write. So every baseline is laid out in one
pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tzcld_desktop.reports.data import (
    MeetingHandoutData,
    MeetingPackData,
    RegionalSummaryData,
    TerritorySheetData,
)
from tzcld_desktop.reports.handout import open_actions
from tzcld_desktop.resources import resource_path

FONT = "BaselineDejaVu"
WIDTH = A4[0] - 4 * cm
_styles: dict[str, ParagraphStyle] = {}


def _style(name: str) -> ParagraphStyle:
    if not _styles:
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        _styles["body"] = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
        _styles["cell"] = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
        _styles["title"] = ParagraphStyle("title", fontName=FONT, fontSize=17, leading=21)
        _styles["heading"] = ParagraphStyle("heading", fontName=FONT, fontSize=12.5, leading=16, spaceBefore=14)
    return _styles[name]


def _text(value: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(value).replace("\n", "<br/>"), _style(style))


def _blocks(text: str) -> list[Paragraph]:
    return [_text(block) for block in text.split("\n\n") if block.strip()]


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], fractions: Sequence[float]) -> Table:
    data = [[_text(header, "cell") for header in headers]]
    data += [[_text(value or "—", "cell") for value in row] for row in rows]
    table = Table(data, colWidths=[share * WIDTH for share in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _section(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], fractions: Sequence[float]) -> list:
    return [_text(title, "heading"), _table(headers, rows, fractions)]


def _fields(pairs: Sequence[tuple[str, str]]) -> Table:
    return Table([[_text(label), _text(value or "—")] for label, value in pairs], colWidths=[0.3 * WIDTH, 0.7 * WIDTH])


def _day(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _build(path: Path, story: list) -> None:
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm).build(story)


# -- handout ------------------------------------------------------------------------------


def handout_story(data: MeetingHandoutData) -> list:
    """Return the plain flowables of a meeting handout: the product's sections and columns."""
    actions = open_actions(data)
    return [
        _text(data.title or data.cluster, "title"),
        _fields([("Date", _day(data.meeting_date)), ("Horaires", f"{data.start_time} {data.end_time}"),
                 ("Lieu", data.place), ("Grappe", data.cluster), ("Région", data.region),
                 ("Document préparé par", data.author)]),
        *_section("Ordre du jour", ["Horaire", "Point", "Présenté par", "Durée"],
                  [[item.start, item.title, item.presenter, str(item.duration_minutes or "")]
                   for item in data.agenda],
                  [0.16, 0.52, 0.2, 0.12]),
        *_section("Territoires invités", ["Territoire", "Département", "Étape", "Habilitation", "Indicateurs clés",
                                          "Actions ouvertes"],
                  [[t.name, t.departement, t.stage_label, _day(t.habilitation_date) or t.habilitation_date_note,
                    "\n".join(series.label for series in t.indicators), str(len(t.open_actions))]
                   for t in data.territories],
                  [0.18, 0.16, 0.14, 0.15, 0.25, 0.12]),
        *_section("Actions ouvertes", ["Action", "Territoire", "Responsable", "Échéance", "Statut"],
                  [[a.text, a.territory, a.owner, _day(a.due_date), a.status_label] for a in actions],
                  [0.34, 0.2, 0.17, 0.14, 0.15]),
        *_section("Documents joints", ["Document", "Catégorie", "Fichier ou adresse", "Commentaire"],
                  [[d.title, d.category_label, d.link or d.file_name, d.comment] for d in data.documents],
                  [0.3, 0.14, 0.3, 0.26]),
        *_section("Contacts", ["Territoire", "Nom", "Rôle", "Organisation"],
                  [[c.territory, c.name, c.role_label, c.organisation] for c in data.contacts],
                  [0.25, 0.25, 0.2, 0.3]),
        _text("Compte rendu", "heading"),
        *_blocks(data.minutes),
        _text("Décisions", "heading"),
        *_blocks(data.decisions),
        _text("Notes", "heading"),
        Spacer(WIDTH, 12 * 0.8 * cm),
    ]


def plain_handout(data: MeetingHandoutData, path: Path) -> None:
    _build(path, handout_story(data))


# -- territory sheet ----------------------------------------------------------------------


def sheet_story(data: TerritorySheetData) -> list:
    """Return the plain flowables of a territory sheet: the product's sections and columns."""
    return [
        _text(data.name, "title"),
        _fields([("Département", data.departement), ("Région", data.region), ("Grappe", data.cluster),
                 ("Étape", data.stage_label),
                 ("Date d'habilitation", _day(data.habilitation_date) or data.habilitation_date_note),
                 ("État du projet", data.health_label), ("Document préparé par", data.author)]),
        _text("Périmètre", "heading"),
        _fields([("Communes", data.communes), ("EPCI", data.epci), ("Quartiers prioritaires (QPV)", data.qpv),
                 ("Précisions", data.perimeter_note)]),
        *_section("Parcours", ["Date", "Étape", "Publication", "Commentaire"],
                  [[_day(e.event_date), e.step_label, _day(e.published_on), e.comment] for e in data.stage_events],
                  [0.14, 0.32, 0.14, 0.4]),
        *_section("Avancement de la méthode", ["Phase", "Statut", "Depuis le", "Commentaire"],
                  [[p.label, p.status_label, _day(p.status_date), p.comment] for p in data.phases],
                  [0.34, 0.14, 0.14, 0.38]),
        *_section("Cahier des charges", ["Critère", "Statut", "Date", "Commentaire"],
                  [[c.label, c.status_label, _day(c.status_date), c.comment] for c in data.criteria],
                  [0.38, 0.14, 0.14, 0.34]),
        _text("Comité local pour l'emploi (CLE)", "heading"),
        _fields([("Présidence", data.cle_president), ("Créé le", _day(data.cle_created_on)),
                 ("Membres", data.cle_members)]),
        *_section("Entreprises à but d'emploi (EBE)", ["Nom", "Ouverture", "Secteurs d'activité",
                                                      "ETP conventionnés"],
                  [[e.name, _day(e.opening_date), e.sectors, str(e.max_etp or "")] for e in data.ebes],
                  [0.3, 0.14, 0.38, 0.18]),
        *_section("Indicateurs", ["Indicateur", "Dernière valeur", "Date", "Évolution"],
                  [[s.label, str(s.latest.value) if s.latest else "", "", ""] for s in data.indicators],
                  [0.26, 0.16, 0.14, 0.44]),
        *_section("Journal", ["Date", "Type", "Auteur", "Note"],
                  [[_day(n.note_date), n.kind_label, n.author, n.text] for n in data.journal],
                  [0.14, 0.12, 0.16, 0.58]),
        *_section("Actions ouvertes", ["Action", "Responsable", "Échéance", "Statut"],
                  [[a.text, a.owner, _day(a.due_date), a.status_label] for a in data.actions if a.is_open],
                  [0.48, 0.22, 0.14, 0.16]),
        *_section("Réunions suivies", ["Date", "Grappe", "Lieu"],
                  [[_day(m.meeting_date), m.cluster, m.place] for m in data.meetings],
                  [0.3, 0.3, 0.4]),
        *_section("Contacts", ["Nom", "Rôle", "Organisation"],
                  [[c.name, c.role_label, c.organisation] for c in data.contacts],
                  [0.35, 0.25, 0.4]),
        _text("Notes", "heading"),
        *_blocks(data.notes),
        _text("Source", "heading"),
        _text(data.source),
    ]


def plain_sheet(data: TerritorySheetData, path: Path) -> None:
    _build(path, sheet_story(data))


# -- regional summary and meeting pack ---------------------------------------------------


def _bar_chart(counts: Sequence[tuple[str, int]]) -> Drawing:
    drawing = Drawing(WIDTH, 5.5 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 1 * cm, 1 * cm, WIDTH - 1.3 * cm, 4 * cm
    chart.data = [[count for _label, count in counts] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _count in counts] or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
    drawing.add(chart)
    return drawing


def _grouped_table(headers: Sequence[str], groups: Sequence[tuple[str, Sequence[Sequence[str]]]],
                   fractions: Sequence[float]) -> Table:
    data = [[_text(header, "cell") for header in headers]]
    spans = []
    for label, rows in groups:
        spans.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([_text(label, "cell")] + [""] * (len(headers) - 1))
        data += [[_text(value or "—", "cell") for value in row] for row in rows]
    table = Table(data, colWidths=[share * WIDTH for share in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *spans,
    ]))
    return table


def summary_story(data: RegionalSummaryData) -> list:
    """Return the plain flowables of a regional summary grouped by stage: the product's sections and columns."""
    groups = []
    for stage_label, _count in data.stage_counts:
        rows = [
            [t.name, f"{t.departement} ({t.region})", t.cluster, t.habilitation, t.health_label,
             "" if t.readiness_percent is None else f"{t.readiness_percent} %", str(t.open_actions),
             _day(t.last_meeting)]
            for t in data.territories if t.stage_label == stage_label
        ]
        if rows:
            groups.append((f"{stage_label} ({len(rows)})", rows))
    return [
        _text(f"Synthèse régionale — {', '.join(data.regions)}", "title"),
        _text(f"Situation au {_day(data.at_date)}"),
        _text("Territoires par étape", "heading"),
        _text(", ".join(f"{label} : {count}" for label, count in data.stage_counts)),
        _bar_chart(data.stage_counts),
        _table(["Étape", "Territoires"], [[label, str(count)] for label, count in data.stage_counts], [0.7, 0.3]),
        _text("Territoires par étape, en détail", "heading"),
        _grouped_table(["Territoire", "Département", "Grappe", "Habilitation", "État du projet", "Préparation",
                        "Actions ouvertes", "Dernière réunion"],
                       groups, [0.21, 0.15, 0.14, 0.12, 0.1, 0.1, 0.08, 0.1]),
        *_section("Candidatures en cours d'examen", ["Territoire", "Département", "Dernière étape", "Depuis le"],
                  [[r.territory, r.departement, r.step_label, _day(r.step_date)] for r in data.under_review],
                  [0.3, 0.25, 0.3, 0.15]),
        *_section("Échéances", ["Échéance", "Action", "Territoire", "Responsable", "Statut"],
                  [[_day(a.due_date), a.text, a.territory, a.owner, a.status_label] for a in data.deadlines],
                  [0.14, 0.38, 0.18, 0.17, 0.13]),
        *_section("Réunions", ["Date", "Réunion", "Grappe", "Lieu", "Territoires"],
                  [[_day(m.meeting_date), m.title, m.cluster, m.place, str(m.territories)] for m in data.meetings],
                  [0.16, 0.28, 0.19, 0.22, 0.15]),
        *_section("Besoins remontés", ["Catégorie", "Besoin", "Territoire", "Date", "Statut"],
                  [[n.category_label, n.description, n.territory, _day(n.raised_on), n.status_label]
                   for n in data.needs],
                  [0.15, 0.41, 0.17, 0.14, 0.13]),
    ]


def plain_summary(data: RegionalSummaryData, path: Path) -> None:
    _build(path, summary_story(data))


def plain_pack(data: MeetingPackData, path: Path) -> None:
    """Write the handout, the sheets and the summary one after the other, without a table of contents."""
    story = handout_story(data.handout)
    for sheet in data.sheets:
        story += [PageBreak(), *sheet_story(sheet)]
    if data.summary is not None:
        story += [PageBreak(), *summary_story(data.summary)]
    _build(path, story)
