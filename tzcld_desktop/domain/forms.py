"""Values entered in the forms, and the rules they must follow before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from tzcld_desktop.domain.stages import ActionStatus, Stage

MAX_NAME_LENGTH = 300
# Long enough for minutes of a whole day; exchange files reject larger values.
MAX_TEXT_LENGTH = 200_000


@dataclass
class TerritoryInput:
    name: str
    stage: Stage = Stage.INTERESTED
    departement_code: str | None = None
    region_code: str | None = None
    cluster_id: str | None = None
    habilitation_date: date | None = None
    habilitation_date_note: str = ""
    communes: str = ""
    notes: str = ""
    source: str = ""


@dataclass
class ClusterInput:
    name: str
    region_code: str | None = None
    animator: str = ""
    notes: str = ""


@dataclass
class MeetingInput:
    cluster_id: str | None
    meeting_date: date | None
    title: str = ""
    place: str = ""
    minutes: str = ""
    decisions: str = ""
    territory_ids: list[str] = field(default_factory=list)


@dataclass
class ActionInput:
    text: str
    owner: str = ""
    due_date: date | None = None
    status: ActionStatus = ActionStatus.TODO
    territory_id: str | None = None
    meeting_id: str | None = None


def _check_length(errors: dict[str, str], name: str, value: str, maximum: int) -> None:
    if len(value) > maximum:
        errors[name] = QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")


def validate_territory(data: TerritoryInput, today: date) -> None:
    """Raise ``ValidationError`` naming every invalid field of a territory."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez le nom du territoire.")
    elif len(data.name) > MAX_NAME_LENGTH:
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Le nom du territoire dépasse 300 caractères.")
    if data.habilitation_date is not None:
        if data.stage is not Stage.HABILITATED:
            errors["habilitation_date"] = QT_TRANSLATE_NOOP(
                "Validation", "Une date d'habilitation n'a de sens que pour un territoire habilité."
            )
        elif data.habilitation_date > today:
            errors["habilitation_date"] = QT_TRANSLATE_NOOP(
                "Validation", "La date d'habilitation ne peut pas être dans le futur."
            )
        elif data.habilitation_date.year < 2016:
            errors["habilitation_date"] = QT_TRANSLATE_NOOP(
                "Validation", "La date d'habilitation ne peut pas précéder la première loi (2016)."
            )
    for name in ("communes", "notes", "source", "habilitation_date_note"):
        _check_length(errors, name, getattr(data, name), MAX_TEXT_LENGTH)
    if errors:
        raise ValidationError(errors)


def validate_cluster(data: ClusterInput) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez le nom de la grappe.")
    elif len(data.name) > MAX_NAME_LENGTH:
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Le nom de la grappe dépasse 300 caractères.")
    if not data.region_code:
        errors["region_code"] = QT_TRANSLATE_NOOP("Validation", "Choisissez la région de la grappe.")
    if errors:
        raise ValidationError(errors)


def validate_meeting(data: MeetingInput) -> None:
    errors: dict[str, str] = {}
    if data.meeting_date is None:
        errors["meeting_date"] = QT_TRANSLATE_NOOP("Validation", "Indiquez la date de la réunion.")
    if not data.cluster_id:
        errors["cluster_id"] = QT_TRANSLATE_NOOP("Validation", "Choisissez la grappe qui se réunit.")
    for name in ("minutes", "decisions", "place"):
        _check_length(errors, name, getattr(data, name), MAX_TEXT_LENGTH)
    if errors:
        raise ValidationError(errors)


def validate_action(data: ActionInput) -> None:
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = QT_TRANSLATE_NOOP("Validation", "Décrivez l'action.")
    _check_length(errors, "text", data.text, MAX_TEXT_LENGTH)
    if errors:
        raise ValidationError(errors)
