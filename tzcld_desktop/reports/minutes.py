"""Minutes of a meeting: attendance, each agenda item with its outcomes, decisions, actions, needs."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from tzcld_desktop.domain.frenchtext import format_date_or_note, format_date_short, plural
from tzcld_desktop.reports.data import MinutesData, MinutesItem
from tzcld_desktop.reports.document import build_pdf
from tzcld_desktop.reports.style import paragraph, paragraphs, section_heading, styles, subheading
from tzcld_desktop.reports.tables import data_table, due_date_cell, fields_table, overdue_note, table_section


def minutes_title(data: MinutesData) -> str:
    """Return "Compte rendu — <titre ou grappe>"."""
    name = data.title.strip() or data.cluster.strip() or data.kind_label.strip() or "réunion"
    return f"Compte rendu — {name}"


def _presence(present: bool | None) -> str:
    if present is None:
        return "Non renseignée"
    return "Présent" if present else "Absent"


def _day(value) -> str:
    return format_date_short(value) if value else ""


def _attendance_summary(data: MinutesData) -> str:
    present = [line for line in data.attendance if line.present]
    people = sum(line.attendees or 0 for line in present)
    absent = [line for line in data.attendance if line.present is False]
    return (
        f"{plural(len(present), 'territoire présent', 'territoires présents')} "
        f"({plural(people, 'personne', 'personnes')}), "
        f"{plural(len(absent), 'territoire absent', 'territoires absents')} "
        f"sur {plural(len(data.attendance), 'territoire invité', 'territoires invités')}."
    )


def _item_story(number: int, item: MinutesItem) -> list[Flowable]:
    st = styles()
    title = item.title.strip() or "Point sans titre"
    if item.section.strip():
        title = f"{item.section.strip()} — {title}"
    story = subheading(f"{number}. {title}")
    details = [part for part in (f"Présenté par {item.presenter.strip()}" if item.presenter.strip() else "",
                                 item.status_label) if part]
    if details:
        story.append(paragraph(" · ".join(details), st.small))
    story += paragraphs(item.minutes, "Pas de compte rendu pour ce point.")
    if item.outcomes:
        story.append(data_table(
            ["Type", "Contenu", "Territoire"],
            [[outcome.kind_label, outcome.text, outcome.territory] for outcome in item.outcomes],
            "",
        ))
        story.append(Spacer(0, 0.2 * cm))
    if item.actions:
        story.append(Paragraph(f"Actions décidées sur ce point : {len(item.actions)} (voir le tableau des actions).",
                               st.small))
    return story


def minutes_story(data: MinutesData) -> list[Flowable]:
    """Return the flowables of a meeting's minutes."""
    st = styles()
    story: list[Flowable] = [
        paragraph(minutes_title(data), st.title),
        fields_table([
            ("Date", format_date_or_note(data.meeting_date, "", long=True, missing="date à préciser")),
            ("Heure de début", data.start_time),
            ("Lieu", data.place),
            ("Type de réunion", data.kind_label),
            ("Grappe", data.cluster),
            ("Région", data.region),
            ("État du compte rendu", data.status_label),
            ("Document établi par", data.author),
        ]),
    ]
    story += table_section(
        "Présences", ["Territoire", "Présence", "Personnes présentes"],
        [[line.territory, _presence(line.present), "" if line.attendees is None else str(line.attendees)]
         for line in data.attendance],
        "Aucun territoire invité.",
        before=[paragraph(_attendance_summary(data), st.body)] if data.attendance else [],
    )
    story += table_section(
        "Personnes", ["Nom", "Organisation", "Territoire", "Présence"],
        [[person.name, person.organisation, person.territory, _presence(person.present)] for person in data.people],
        "Aucune personne enregistrée.",
    )
    story += section_heading("Déroulé")
    if data.items:
        for number, item in enumerate(data.items, start=1):
            story += _item_story(number, item)
    else:
        story.append(Paragraph("Aucun point à l'ordre du jour.", st.empty))
    if data.minutes.strip():
        story += subheading("Compte rendu général")
        story += paragraphs(data.minutes, "")

    decisions = [(item, outcome) for item in data.items for outcome in item.outcomes if outcome.is_decision]
    story += section_heading("Décisions")
    if decisions:
        story.append(data_table(
            ["Point", "Décision", "Territoire"],
            [[item.title, outcome.text, outcome.territory] for item, outcome in decisions],
            "",
        ))
        story.append(Spacer(0, 0.3 * cm))
    story += paragraphs(data.decisions, "" if decisions else "Aucune décision consignée.")

    story += table_section(
        "Actions", ["Action", "Territoire", "Responsable", "Échéance", "Statut"],
        [[a.text, a.territory, a.owner, due_date_cell(a, data.generated_on), a.status_label] for a in data.actions],
        "Aucune action décidée.", before=overdue_note(data.actions, data.generated_on),
    )
    story += table_section(
        "Besoins remontés", ["Catégorie", "Besoin", "Territoire", "Date", "Statut"],
        [[n.category_label, n.description, n.territory, _day(n.raised_on), n.status_label] for n in data.needs],
        "Aucun besoin remonté.",
    )
    return story


def build_minutes(data: MinutesData, path: Path) -> int:
    """Write the minutes of a meeting as a PDF at ``path`` and return its page count."""
    return build_pdf(
        path,
        title=minutes_title(data),
        subject=f"Compte rendu du {format_date_or_note(data.meeting_date, '', long=True, missing='date à préciser')}",
        author=data.author,
        flowables=minutes_story(data),
        generated_on=data.generated_on,
    )
