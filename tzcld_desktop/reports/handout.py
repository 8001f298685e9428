"""Handout of one meeting: agenda, attending territories, documents, open actions and a notes area."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from tzcld_desktop.domain.frenchtext import (
    approximate_date_summary,
    format_date_or_note,
    format_date_short,
)
from tzcld_desktop.reports.charts import format_number
from tzcld_desktop.reports.data import ActionLine, AgendaLine, MeetingHandoutData, TerritoryLine
from tzcld_desktop.reports.document import build_pdf
from tzcld_desktop.reports.style import (
    RULE_COLOUR,
    paragraph,
    paragraphs,
    section_heading,
    styles,
)
from tzcld_desktop.reports.tables import Cell, due_date_cell, fields_table, overdue_note, table_section
from tzcld_desktop.reports.territory_sheet import contacts_section

NOTE_LINES = 12


class RuledLines(Flowable):
    """Blank ruled lines to write on by hand, kept together on one page."""

    def __init__(self, count: int, spacing: float = 0.8 * cm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE_COLOUR)
        self.canv.setLineWidth(0.5)
        for line in range(1, self.count + 1):
            y = self.height - line * self.spacing
            self.canv.line(0, y, self.width, y)


def handout_title(data: MeetingHandoutData) -> str:
    """Return the handout's title, "Réunion de grappe — <grappe>" unless one is given."""
    if data.title.strip():
        return data.title.strip()
    if data.cluster.strip():
        return f"Réunion de grappe — {data.cluster.strip()}"
    return "Réunion de grappe"


def open_actions(data: MeetingHandoutData) -> list[ActionLine]:
    """List the open actions of the meeting, then those of each attending territory.

    A territory's action without a territory name gets that territory's name, and
    an action listed both ways appears once.
    """
    candidates = list(data.actions)
    for territory in data.territories:
        for action in territory.open_actions:
            candidates.append(
                action if action.territory.strip() else replace(action, territory=territory.name)
            )

    listed: list[ActionLine] = []
    seen: set[ActionLine] = set()
    for action in candidates:
        if action.is_open and action not in seen:
            seen.add(action)
            listed.append(action)
    return listed


def _action_rows(actions: list[ActionLine], on: date) -> list[list[Cell]]:
    return [
        [action.text, action.territory, action.owner, due_date_cell(action, on), action.status_label]
        for action in actions
    ]


def _open_action_count(territory: TerritoryLine, on: date) -> str:
    actions = [action for action in territory.open_actions if action.is_open]
    overdue = sum(1 for action in actions if action.is_overdue(on))
    return f"{len(actions)} (dont {overdue} en retard)" if overdue else str(len(actions))


def _habilitation(territory: TerritoryLine) -> str:
    # A handout has room for the approximate date only; the sheet shows the whole note.
    if territory.habilitation_date is None:
        return approximate_date_summary(territory.habilitation_date_note)
    return format_date_or_note(territory.habilitation_date, territory.habilitation_date_note)


def meeting_day(data: MeetingHandoutData) -> str:
    # A meeting received from another copy may still lack its date.
    return format_date_or_note(data.meeting_date, "", long=True, missing="date à préciser")


def _time_range(data: MeetingHandoutData) -> str:
    if data.start_time and data.end_time:
        return f"de {data.start_time} à {data.end_time}"
    return f"à {data.start_time}" if data.start_time else ""


def _agenda_rows(agenda: tuple[AgendaLine, ...]) -> list[list[str]]:
    rows = []
    for item in agenda:
        when = f"{item.start} – {item.end}" if item.start and item.end else item.start
        title = f"{item.section.strip()} — {item.title.strip()}" if item.section.strip() else item.title
        duration = f"{item.duration_minutes} min" if item.duration_minutes is not None else ""
        rows.append([when, title, item.presenter, duration])
    return rows


def _key_indicators(territory: TerritoryLine) -> str:
    """Return one line per indicator with its latest value and date."""
    lines = []
    for series in territory.indicators:
        latest = series.latest
        if latest is None:
            continue
        when = f" ({format_date_short(latest.value_date)})" if latest.value_date else ""
        lines.append(f"{series.label} : {format_number(latest.value)} {series.unit}".rstrip() + when)
    return "\n".join(lines)


def meeting_fields(data: MeetingHandoutData) -> list[tuple[str, str]]:
    """Return the label and value pairs that head the handout."""
    fields = [("Date", meeting_day(data))]
    if data.start_time:
        fields.append(("Horaires", _time_range(data)))
    fields.append(("Lieu", data.place))
    if data.video_link.strip():
        fields.append(("Visioconférence", data.video_link))
    if data.kind_label:
        fields.append(("Type de réunion", data.kind_label))
    fields += [("Grappe", data.cluster), ("Région", data.region), ("Document préparé par", data.author)]
    return fields


def handout_story(data: MeetingHandoutData) -> list[Flowable]:
    """Return the flowables of a meeting's handout, for its own file or a meeting pack."""
    st = styles()
    title = handout_title(data)
    story: list[Flowable] = [
        paragraph(title, st.title),
        fields_table(meeting_fields(data)),
    ]
    story += table_section(
        "Ordre du jour", ["Horaire", "Point", "Présenté par", "Durée"], _agenda_rows(data.agenda),
        "Ordre du jour non communiqué.",
    )
    story += table_section(
        "Territoires invités", ["Territoire", "Département", "Étape", "Habilitation", "Indicateurs clés",
                                 "Actions ouvertes"],
        [
            [
                territory.name,
                territory.departement,
                territory.stage_label,
                _habilitation(territory),
                _key_indicators(territory),
                _open_action_count(territory, data.generated_on),
            ]
            for territory in data.territories
        ],
        "Aucun territoire inscrit à cette réunion.",
    )
    actions = open_actions(data)
    story += table_section(
        "Actions ouvertes", ["Action", "Territoire", "Responsable", "Échéance", "Statut"],
        _action_rows(actions, data.generated_on), "Aucune action ouverte.",
        before=overdue_note(actions, data.generated_on),
    )
    story += table_section(
        "Documents joints", ["Document", "Catégorie", "Fichier ou adresse", "Commentaire"],
        [[document.title, document.category_label, document.link or document.file_name, document.comment]
         for document in data.documents],
        "Aucun document joint à cette réunion.",
    )
    if data.contacts:
        story += contacts_section(data.contacts, data.include_personal, territory_column=True)
    if data.minutes.strip():
        story += section_heading("Compte rendu")
        story += paragraphs(data.minutes, "")
    if data.decisions.strip():
        story += section_heading("Décisions")
        story += paragraphs(data.decisions, "")
    story.append(KeepTogether([Paragraph("Notes", st.heading), RuledLines(NOTE_LINES)]))
    return story


def build_meeting_handout(data: MeetingHandoutData, path: Path) -> int:
    """Write the handout of a meeting as a PDF at ``path`` and return its page count."""
    return build_pdf(
        path,
        title=handout_title(data),
        subject=f"{data.kind_label or 'Réunion de grappe'} du {meeting_day(data)}",
        author=data.author,
        flowables=handout_story(data),
        generated_on=data.generated_on,
    )
