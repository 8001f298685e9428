"""Baselines of the PDF scenarios: the same tables laid out as a plain reportlab document.

Each function writes the content of a product document with a stock
``SimpleDocTemplate``: the same records, table columns and widths, every cell a
Paragraph so long text wraps, and the same DejaVu font embedded. It leaves out the
running header and footer, French typography and glyph checks, the custom table
splitting and the atomic file write.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tzcld_desktop.reports.data import MeetingHandoutData, TerritorySheetData
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


def _fields(pairs: Sequence[tuple[str, str]]) -> Table:
    return Table([[_text(label), _text(value or "—")] for label, value in pairs], colWidths=[0.3 * WIDTH, 0.7 * WIDTH])


def _day(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _build(path: Path, story: list) -> None:
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm).build(story)


def plain_handout(data: MeetingHandoutData, path: Path) -> None:
    story = [
        _text(data.title or data.cluster, "title"),
        _fields([("Date", _day(data.meeting_date)), ("Lieu", data.place), ("Grappe", data.cluster),
                 ("Région", data.region), ("Document préparé par", data.author)]),
        _text("Territoires présents", "heading"),
        _table(["Territoire", "Département", "Étape", "Habilitation"],
               [[t.name, t.departement, t.stage_label, _day(t.habilitation_date) or t.habilitation_date_note]
                for t in data.territories],
               [0.34, 0.2, 0.2, 0.26]),
        _text("Compte rendu", "heading"),
        *[_text(block) for block in data.minutes.split("\n\n") if block.strip()],
        _text("Décisions", "heading"),
        *[_text(block) for block in data.decisions.split("\n\n") if block.strip()],
        _text("Actions ouvertes", "heading"),
        _table(["Action", "Territoire", "Responsable", "Échéance", "Statut"],
               [[a.text, a.territory, a.owner, _day(a.due_date), a.status_label] for a in open_actions(data)],
               [0.34, 0.2, 0.17, 0.14, 0.15]),
        _text("Notes", "heading"),
        Spacer(WIDTH, 12 * 0.8 * cm),
    ]
    _build(path, story)


def plain_sheet(data: TerritorySheetData, path: Path) -> None:
    story = [
        _text(data.name, "title"),
        _fields([("Département", data.departement), ("Région", data.region), ("Grappe", data.cluster),
                 ("Étape", data.stage_label),
                 ("Date d'habilitation", _day(data.habilitation_date) or data.habilitation_date_note),
                 ("Document préparé par", data.author)]),
        _text("Communes", "heading"), _text(data.communes),
        _text("Notes", "heading"), *[_text(block) for block in data.notes.split("\n\n") if block.strip()],
        _text("Source", "heading"), _text(data.source),
        _text("Actions", "heading"),
        _table(["Action", "Responsable", "Échéance", "Statut"],
               [[a.text, a.owner, _day(a.due_date), a.status_label] for a in data.actions],
               [0.48, 0.22, 0.14, 0.16]),
        _text("Réunions suivies", "heading"),
        _table(["Date", "Grappe", "Lieu"],
               [[_day(m.meeting_date), m.cluster, m.place] for m in data.meetings],
               [0.3, 0.3, 0.4]),
    ]
    _build(path, story)
