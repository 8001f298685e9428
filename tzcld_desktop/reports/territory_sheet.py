"""Sheet of one territory: identity and perimeter, path, method, CLE, EBEs, indicators, journal."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from tzcld_desktop.domain.frenchtext import (
    format_date_long,
    format_date_or_note,
    format_date_short,
)
from tzcld_desktop.reports.charts import format_number, indicator_chart
from tzcld_desktop.reports.data import ContactLine, TerritorySheetData
from tzcld_desktop.reports.document import build_pdf
from tzcld_desktop.reports.style import paragraph, paragraphs, section_heading, styles
from tzcld_desktop.reports.tables import due_date_cell, fields_table, overdue_note, table_section

PERSONAL_DATA_LEFT_OUT = (
    "Les téléphones et adresses électroniques des contacts sont des données personnelles : "
    "ils ne figurent pas dans ce document, sauf coordonnées génériques (standard, adresse de service)."
)


def sheet_title(data: TerritorySheetData) -> str:
    """Return the document title, "Fiche territoire — <nom>"."""
    return f"Fiche territoire — {data.name.strip() or 'territoire sans nom'}"


def _day(value) -> str:
    return format_date_short(value) if value else ""


def _identity(data: TerritorySheetData) -> list[tuple[str, str]]:
    habilitation = format_date_or_note(data.habilitation_date, data.habilitation_date_note, long=True)
    act = data.habilitation_act_label
    if data.habilitation_published_on:
        act = f"{act}, publié au Journal officiel le {format_date_long(data.habilitation_published_on)}".lstrip(", ")
    health = data.health_label
    if data.health_reason.strip():
        health = f"{health} — {data.health_reason.strip()}" if health else data.health_reason.strip()
    identity = [
        ("Département", data.departement),
        ("Région", data.region),
        ("Grappe", data.cluster),
        ("Étape", data.stage_label),
        ("Date d'habilitation", habilitation),
    ]
    if act:
        identity.append(("Acte d'habilitation", act))
    identity.append(("État du projet", health))
    identity.extend(data.extra.items())
    identity.append(("Document préparé par", data.author))
    return identity


def _indicator_rows(data: TerritorySheetData) -> list[list[object]]:
    rows: list[list[object]] = []
    for series in data.indicators:
        latest = series.latest
        value = f"{format_number(latest.value)} {series.unit}".strip() if latest else ""
        chart = indicator_chart(series.points)
        count = len([point for point in series.points if point.value is not None])
        rows.append([
            series.label,
            value,
            _day(latest.value_date) if latest else "",
            chart if chart is not None else f"{count} valeur{'s' if count > 1 else ''} : pas de courbe",
        ])
    return rows


def contacts_section(contacts: tuple[ContactLine, ...], include_personal: bool, territory_column: bool) -> list[Flowable]:
    """Make the contacts table; phone and e-mail are there only when the records carry them.

    The collect step leaves them out of contacts marked as personal data unless
    the user requested them, so without ``include_personal`` a sentence states it.
    """
    first = ["Territoire"] if territory_column else []
    details = any(contact.phone or contact.email for contact in contacts)
    headers = [*first, "Nom", "Rôle", "Organisation", *(["Coordonnées"] if details else [])]
    rows = [
        [
            *([contact.territory] if territory_column else []),
            contact.name,
            contact.role_label,
            contact.organisation,
            *(["\n".join(part for part in (contact.phone, contact.email) if part)] if details else []),
        ]
        for contact in contacts
    ]
    before: list[Flowable] = []
    if contacts and not include_personal:
        before.append(Paragraph(PERSONAL_DATA_LEFT_OUT, styles().small))
    return table_section("Contacts", headers, rows, "Aucun contact enregistré.", before=before)


def sheet_story(data: TerritorySheetData) -> list[Flowable]:
    """Return the flowables of one territory's sheet, for its own file or a longer document."""
    st = styles()
    story: list[Flowable] = [
        paragraph(data.name.strip() or "Territoire sans nom", st.title),
        Paragraph("Fiche territoire", st.subtitle),
        fields_table(_identity(data)),
        *section_heading("Périmètre"),
        fields_table([
            ("Communes", data.communes),
            ("EPCI", data.epci),
            ("Quartiers prioritaires (QPV)", data.qpv),
            ("Précisions", data.perimeter_note),
        ]),
    ]
    story += table_section(
        "Parcours", ["Date", "Étape", "Publication", "Commentaire"],
        [[_day(e.event_date) or "date inconnue", e.step_label, _day(e.published_on), e.comment]
         for e in data.stage_events],
        "Aucune étape datée.",
    )
    story += table_section(
        "Avancement de la méthode", ["Phase", "Statut", "Depuis le", "Commentaire"],
        [[p.label, p.status_label, _day(p.status_date), p.comment] for p in data.phases],
        "Avancement non renseigné.",
    )
    readiness = (
        f"Préparation du dossier : {data.readiness_percent} % "
        "(un critère rempli compte entier, un critère en cours pour moitié)."
        if data.readiness_percent is not None else "Préparation du dossier non évaluée."
    )
    story += table_section(
        "Cahier des charges", ["Critère", "Statut", "Date", "Commentaire"],
        [[c.label, c.status_label, _day(c.status_date), c.comment] for c in data.criteria],
        "Aucun critère renseigné.",
        before=[paragraph(readiness, st.body)],
    )
    story += section_heading("Comité local pour l'emploi (CLE)")
    story.append(fields_table([
        ("Présidence", data.cle_president),
        ("Créé le", format_date_long(data.cle_created_on) if data.cle_created_on else ""),
        ("Membres", data.cle_members),
    ]))
    story += table_section(
        "Entreprises à but d'emploi (EBE)", ["Nom", "Ouverture", "Secteurs d'activité", "ETP conventionnés"],
        [[e.name, _day(e.opening_date), e.sectors, format_number(e.max_etp) if e.max_etp is not None else ""]
         for e in data.ebes],
        "Aucune EBE enregistrée.",
    )
    story += table_section(
        "Indicateurs", ["Indicateur", "Dernière valeur", "Date", "Évolution"], _indicator_rows(data),
        "Aucun indicateur saisi.",
    )
    journal_title = "Journal"
    older = data.journal_total - len(data.journal)
    before = [Paragraph(f"Les {len(data.journal)} notes les plus récentes sur {data.journal_total}.", st.small)] \
        if older > 0 else []
    story += table_section(
        journal_title, ["Date", "Type", "Auteur", "Note"],
        [[_day(n.note_date), n.kind_label, n.author, n.text] for n in data.journal],
        "Aucune note dans le journal.", before=before,
    )
    open_actions = [action for action in data.actions if action.is_open]
    story += table_section(
        "Actions ouvertes", ["Action", "Responsable", "Échéance", "Statut"],
        [[a.text, a.owner, due_date_cell(a, data.generated_on), a.status_label] for a in open_actions],
        "Aucune action ouverte pour ce territoire.", before=overdue_note(open_actions, data.generated_on),
    )
    story += table_section(
        "Réunions suivies", ["Date", "Grappe", "Lieu"],
        [[format_date_long(m.meeting_date), m.cluster, m.place] for m in data.meetings],
        "Aucune réunion enregistrée pour ce territoire.",
    )
    story += contacts_section(data.contacts, data.include_personal, territory_column=False)
    story += [
        *section_heading("Notes"),
        *paragraphs(data.notes, "Aucune note."),
        *section_heading("Source"),
        *paragraphs(data.source, "Aucune source indiquée."),
    ]
    return story


def build_territory_sheet(data: TerritorySheetData, path: Path) -> int:
    """Write the sheet of one territory as a PDF at ``path`` and return its page count."""
    return build_pdf(
        path,
        title=sheet_title(data),
        subject="Fiche territoire",
        author=data.author,
        flowables=sheet_story(data),
        generated_on=data.generated_on,
    )
