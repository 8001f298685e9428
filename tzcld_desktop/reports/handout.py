"""Handout of one cluster meeting: attending territories, minutes, decisions, open actions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from tzcld_desktop.domain.frenchtext import (
    format_date_long,
    approximate_date_summary,
    format_date_or_note,
    format_date_short,
)
from tzcld_desktop.reports.data import ActionLine, MeetingHandoutData, TerritoryLine
from tzcld_desktop.reports.style import (
    RULE_COLOUR,
    build_pdf,
    data_table,
    fields_table,
    paragraph,
    paragraphs,
    section_heading,
    styles,
)

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


def _action_rows(actions: list[ActionLine]) -> list[list[str]]:
    return [
        [
            action.text,
            action.territory,
            action.owner,
            format_date_short(action.due_date) if action.due_date else "",
            action.status_label,
        ]
        for action in actions
    ]


def _habilitation(territory: TerritoryLine) -> str:
    # A handout has room for the approximate date only; the sheet shows the whole note.
    if territory.habilitation_date is None:
        return approximate_date_summary(territory.habilitation_date_note)
    return format_date_or_note(territory.habilitation_date, territory.habilitation_date_note)


def _meeting_day(data: MeetingHandoutData) -> str:
    # A meeting received from another copy may still lack its date.
    return format_date_or_note(data.meeting_date, "", long=True, missing="date à préciser")


def build_meeting_handout(data: MeetingHandoutData, path: Path) -> int:
    """Write the handout of a cluster meeting as a PDF at ``path`` and return its page count."""
    st = styles()
    title = handout_title(data)
    story: list[Flowable] = [
        paragraph(title, st.title),
        fields_table([
            ("Date", _meeting_day(data)),
            ("Lieu", data.place),
            ("Grappe", data.cluster),
            ("Région", data.region),
            ("Document préparé par", data.author),
        ]),
    ]

    story.extend(section_heading("Territoires présents"))
    story.append(
        data_table(
            ["Territoire", "Département", "Étape", "Habilitation"],
            [
                [
                    territory.name,
                    territory.departement,
                    territory.stage_label,
                    _habilitation(territory),
                ]
                for territory in data.territories
            ],
            [0.34, 0.2, 0.2, 0.26],
            "Aucun territoire inscrit à cette réunion.",
        )
    )

    story.extend(section_heading("Compte rendu"))
    story.extend(paragraphs(data.minutes, "Aucun compte rendu saisi."))

    story.extend(section_heading("Décisions"))
    story.extend(paragraphs(data.decisions, "Aucune décision consignée."))

    story.extend(section_heading("Actions ouvertes"))
    story.append(
        data_table(
            ["Action", "Territoire", "Responsable", "Échéance", "Statut"],
            _action_rows(open_actions(data)),
            [0.34, 0.2, 0.17, 0.14, 0.15],
            "Aucune action ouverte.",
        )
    )

    story.append(KeepTogether([Paragraph("Notes", st.heading), RuledLines(NOTE_LINES)]))

    return build_pdf(
        path,
        title=title,
        subject=f"Réunion de grappe du {_meeting_day(data)}",
        author=data.author,
        flowables=story,
        generated_on=data.generated_on,
    )
