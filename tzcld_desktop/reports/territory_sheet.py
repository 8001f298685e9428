"""Sheet of one territory: identity, communes, notes, source, actions and meetings."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from tzcld_desktop.domain.frenchtext import (
    format_date_long,
    format_date_or_note,
    format_date_short,
)
from tzcld_desktop.reports.data import TerritorySheetData
from tzcld_desktop.reports.style import (
    build_pdf,
    data_table,
    fields_table,
    paragraph,
    paragraphs,
    section_heading,
    styles,
)


def sheet_title(data: TerritorySheetData) -> str:
    """Return the document title, "Fiche territoire — <nom>"."""
    return f"Fiche territoire — {data.name.strip() or 'territoire sans nom'}"


def build_territory_sheet(data: TerritorySheetData, path: Path) -> int:
    """Write the sheet of one territory as a PDF at ``path`` and return its page count."""
    st = styles()
    identity = [
        ("Département", data.departement),
        ("Région", data.region),
        ("Grappe", data.cluster),
        ("Étape", data.stage_label),
        (
            "Date d'habilitation",
            format_date_or_note(data.habilitation_date, data.habilitation_date_note, long=True),
        ),
    ]
    identity.extend(data.extra.items())
    identity.append(("Document préparé par", data.author))

    story: list[Flowable] = [
        paragraph(data.name.strip() or "Territoire sans nom", st.title),
        Paragraph("Fiche territoire", st.subtitle),
        fields_table(identity),
        *section_heading("Communes"),
        *paragraphs(data.communes, "Aucune commune renseignée."),
        *section_heading("Notes"),
        *paragraphs(data.notes, "Aucune note."),
        *section_heading("Source"),
        *paragraphs(data.source, "Aucune source indiquée."),
        *section_heading("Actions"),
        data_table(
            ["Action", "Responsable", "Échéance", "Statut"],
            [
                [
                    action.text,
                    action.owner,
                    format_date_short(action.due_date) if action.due_date else "",
                    action.status_label,
                ]
                for action in data.actions
            ],
            [0.48, 0.22, 0.14, 0.16],
            "Aucune action pour ce territoire.",
        ),
        *section_heading("Réunions suivies"),
        data_table(
            ["Date", "Grappe", "Lieu"],
            [
                [format_date_long(meeting.meeting_date), meeting.cluster, meeting.place]
                for meeting in data.meetings
            ],
            [0.3, 0.3, 0.4],
            "Aucune réunion enregistrée pour ce territoire.",
        ),
    ]

    return build_pdf(
        path,
        title=sheet_title(data),
        subject="Fiche territoire",
        author=data.author,
        flowables=story,
        generated_on=data.generated_on,
    )
