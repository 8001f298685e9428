"""French labels of the synced tables and fields, for the conflicts screen and reports."""

from __future__ import annotations

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP

TABLE_LABELS = {
    "territory": QT_TRANSLATE_NOOP("Fields", "Territoire"),
    "cluster": QT_TRANSLATE_NOOP("Fields", "Grappe"),
    "meeting": QT_TRANSLATE_NOOP("Fields", "Réunion"),
    "meeting_territory": QT_TRANSLATE_NOOP("Fields", "Présence à une réunion"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
}

FIELD_LABELS = {
    "deleted": QT_TRANSLATE_NOOP("Fields", "Suppression"),
    "name": QT_TRANSLATE_NOOP("Fields", "Nom"),
    "departement_id": QT_TRANSLATE_NOOP("Fields", "Département"),
    "region_id": QT_TRANSLATE_NOOP("Fields", "Région"),
    "cluster_id": QT_TRANSLATE_NOOP("Fields", "Grappe"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Étape"),
    "habilitation_date": QT_TRANSLATE_NOOP("Fields", "Date d'habilitation"),
    "habilitation_date_note": QT_TRANSLATE_NOOP("Fields", "Note sur la date"),
    "communes": QT_TRANSLATE_NOOP("Fields", "Communes"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "animator": QT_TRANSLATE_NOOP("Fields", "Animation"),
    "title": QT_TRANSLATE_NOOP("Fields", "Titre"),
    "meeting_date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "place": QT_TRANSLATE_NOOP("Fields", "Lieu"),
    "minutes": QT_TRANSLATE_NOOP("Fields", "Compte rendu"),
    "decisions": QT_TRANSLATE_NOOP("Fields", "Décisions"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "Réunion"),
    "territory_id": QT_TRANSLATE_NOOP("Fields", "Territoire"),
    "text": QT_TRANSLATE_NOOP("Fields", "Action"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Responsable"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Échéance"),
    "status": QT_TRANSLATE_NOOP("Fields", "Statut"),
}

# Fields whose values are long free text: the conflicts screen shows their differences.
LONG_TEXT_FIELDS = frozenset({"notes", "minutes", "decisions", "communes", "animator", "source"})
