"""Summary of one or more regions at a date: stages, territories, candidatures, deadlines, needs."""

from __future__ import annotations

from collections import Counter
from enum import Enum
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from tzcld_desktop.domain.frenchtext import format_date_long, format_date_short, plural
from tzcld_desktop.reports.charts import stage_bar_chart
from tzcld_desktop.reports.data import RegionalSummaryData, SummaryTerritory
from tzcld_desktop.reports.document import build_pdf
from tzcld_desktop.reports.style import CONTENT_WIDTH, paragraph, section_heading, styles
from tzcld_desktop.reports.tables import data_table, table_section


class Grouping(str, Enum):
    """How the table of territories is grouped."""

    STAGE = "stage"
    DEPARTEMENT = "departement"


def summary_title(data: RegionalSummaryData) -> str:
    """Return "Synthèse régionale — <régions>"."""
    return f"Synthèse régionale — {', '.join(data.regions) or 'aucune région'}"


def _day(value) -> str:
    return format_date_short(value) if value else ""


def _row(line: SummaryTerritory, grouping: Grouping, several_regions: bool) -> list[str]:
    place = line.stage_label if grouping is Grouping.DEPARTEMENT else line.departement
    if several_regions and grouping is Grouping.STAGE:
        place = f"{line.departement} ({line.region})" if line.departement else line.region
    return [
        line.name,
        place,
        line.cluster,
        line.habilitation,
        line.health_label,
        "" if line.readiness_percent is None else f"{line.readiness_percent} %",
        str(line.open_actions),
        _day(line.last_meeting),
    ]


def _groups(data: RegionalSummaryData, grouping: Grouping) -> list[tuple[str, list[list[str]]]]:
    several_regions = len(data.regions) > 1
    if grouping is Grouping.STAGE:
        keys = sorted({(line.stage_rank, line.stage_label) for line in data.territories})
        return [
            (f"{label} ({plural(sum(1 for t in data.territories if t.stage_rank == rank), 'territoire', 'territoires')})",
             [_row(t, grouping, several_regions) for t in data.territories if t.stage_rank == rank])
            for rank, label in keys
        ]
    counts = Counter(line.departement for line in data.territories)
    return [
        (f"{departement or 'Département non renseigné'} ({plural(counts[departement], 'territoire', 'territoires')})",
         [_row(t, grouping, several_regions) for t in data.territories if t.departement == departement])
        for departement in sorted(counts, key=lambda value: (value == "", value))
    ]


def summary_story(data: RegionalSummaryData, grouping: Grouping = Grouping.STAGE) -> list[Flowable]:
    """Return the flowables of the regional summary, for its own file or a meeting pack."""
    st = styles()
    total = len(data.territories)
    story: list[Flowable] = [
        paragraph(summary_title(data), st.title),
        Paragraph(f"Situation au {format_date_long(data.at_date)}", st.subtitle),
        *section_heading("Territoires par étape"),
        paragraph(f"{plural(total, 'territoire suivi', 'territoires suivis')} : "
                  + ", ".join(f"{label.lower()} : {count}" for label, count in data.stage_counts) + ".", st.body),
        stage_bar_chart(data.stage_counts, CONTENT_WIDTH),
    ]
    if data.not_yet_followed:
        story.append(Paragraph(
            f"{plural(data.not_yet_followed, 'territoire n’avait', 'territoires n’avaient')} encore aucune étape "
            "à cette date et n'apparaissent pas dans cette synthèse.", st.small))
    story += data_table_counts(data)

    second = "Étape" if grouping is Grouping.DEPARTEMENT else "Département"
    title = "Territoires par département" if grouping is Grouping.DEPARTEMENT else "Territoires par étape, en détail"
    story += table_section(
        title,
        ["Territoire", second, "Grappe", "Habilitation", "État du projet", "Préparation", "Actions ouvertes",
         "Dernière réunion"],
        [],
        "Aucun territoire dans ces régions.", groups=_groups(data, grouping),
    )
    story += table_section(
        "Candidatures en cours d'examen", ["Territoire", "Département", "Dernière étape", "Depuis le", "Attente"],
        [[line.territory, line.departement, line.step_label, _day(line.step_date),
          plural((data.at_date - line.step_date).days, "jour", "jours") if line.step_date else ""]
         for line in data.under_review],
        "Aucune candidature en cours d'examen.",
    )
    story += table_section(
        f"Échéances des {data.window_days} prochains jours",
        ["Échéance", "Action", "Territoire", "Responsable", "Statut"],
        [[_day(a.due_date), a.text, a.territory, a.owner, a.status_label] for a in data.deadlines],
        "Aucune action à échéance dans cette période.",
    )
    story += table_section(
        f"Réunions des {data.window_days} prochains jours", ["Date", "Réunion", "Grappe", "Lieu", "Territoires"],
        [[f"{_day(m.meeting_date)} {m.start_time}".strip(), m.title, m.cluster, m.place, str(m.territories)]
         for m in data.meetings],
        "Aucune réunion prévue dans cette période.",
    )
    story += _needs_section(data)
    return story


def data_table_counts(data: RegionalSummaryData) -> list[Flowable]:
    """Return the count of territories by stage as a small table under the chart."""
    return [data_table(
        ["Étape", "Territoires"], [[label, str(count)] for label, count in data.stage_counts],
        "",
    )]


def _needs_section(data: RegionalSummaryData) -> list[Flowable]:
    counts = Counter(need.category_label for need in data.needs)
    before: list[Flowable] = []
    if counts:
        before.append(data_table(
            ["Catégorie", "Besoins ouverts"],
            [[label, str(count)] for label, count in counts.items()],
            "",
        ))
    return table_section(
        "Besoins remontés", ["Catégorie", "Besoin", "Territoire", "Date", "Statut"],
        [[n.category_label, n.description, n.territory, _day(n.raised_on), n.status_label] for n in data.needs],
        "Aucun besoin ouvert.", before=before,
    )


def build_regional_summary(data: RegionalSummaryData, path: Path, grouping: Grouping = Grouping.STAGE) -> int:
    """Write the regional summary as a PDF at ``path`` and return its page count."""
    return build_pdf(
        path,
        title=summary_title(data),
        subject=f"Synthèse régionale au {format_date_long(data.at_date)}",
        author=data.author,
        flowables=summary_story(data, grouping),
        generated_on=data.generated_on,
    )
