"""Values entered in the forms, and the rules they must follow before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import MeetingKind, MeetingStatus

MAX_NAME_LENGTH = 300
# Long enough for minutes of a whole day; exchange files reject larger values.
MAX_TEXT_LENGTH = 200_000
# A meeting lasts at most a day; a national event over several days is entered day by day.
MAX_MEETING_MINUTES = 24 * 60
# Far above the largest regional meetings (80 people), low enough to catch a typing slip.
MAX_ATTENDEES = 10_000
# The size of the cluster.referent column.
MAX_REFERENT_LENGTH = 200


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
    referent: str = ""


@dataclass(frozen=True)
class TerritoryAttendance:
    """Whether an invited territory came to a meeting, and with how many people."""

    present: bool | None = None
    """None until the meeting is held."""
    attendees: int | None = None


@dataclass
class MeetingInput:
    """The fields of a meeting and the territories invited to it.

    ``status`` None keeps the current status (a new meeting is "planifiée"); a change
    of status must follow ``domain.meeting_forms.check_status_change``. ``attendance``
    gives the presence of invited territories; a territory it leaves out keeps its values.
    """

    cluster_id: str | None
    meeting_date: date | None
    title: str = ""
    place: str = ""
    minutes: str = ""
    decisions: str = ""
    territory_ids: list[str] = field(default_factory=list)
    kind: MeetingKind = MeetingKind.CLUSTER
    start_time: str = ""
    duration_minutes: int | None = None
    video_link: str = ""
    status: MeetingStatus | None = None
    attendance: dict[str, TerritoryAttendance] = field(default_factory=dict)


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
    if len(data.referent) > MAX_REFERENT_LENGTH:
        errors["referent"] = QT_TRANSLATE_NOOP(
            "Validation", "Le nom de la référente ou du référent dépasse 200 caractères."
        )
    _check_length(errors, "animator", data.animator, MAX_TEXT_LENGTH)
    _check_length(errors, "notes", data.notes, MAX_TEXT_LENGTH)
    if errors:
        raise ValidationError(errors)


def validate_meeting(data: MeetingInput) -> None:
    """Raise ``ValidationError`` naming every invalid field of a meeting.

    Only a cluster meeting (réunion de grappe) needs a cluster: a training, a visit or a
    national event may gather territories of several clusters.
    """
    errors: dict[str, str] = {}
    if data.meeting_date is None:
        errors["meeting_date"] = QT_TRANSLATE_NOOP("Validation", "Indiquez la date de la réunion.")
    if not data.cluster_id and data.kind is MeetingKind.CLUSTER:
        errors["cluster_id"] = QT_TRANSLATE_NOOP("Validation", "Choisissez la grappe qui se réunit.")
    if len(data.title) > MAX_NAME_LENGTH:
        errors["title"] = QT_TRANSLATE_NOOP("Validation", "Le titre dépasse 300 caractères.")
    if data.start_time and not _is_clock_time(data.start_time):
        errors["start_time"] = QT_TRANSLATE_NOOP("Validation", "Indiquez l'heure sous la forme HH:MM, par exemple 09:30.")
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= MAX_MEETING_MINUTES:
        errors["duration_minutes"] = QT_TRANSLATE_NOOP(
            "Validation", "La durée doit être comprise entre 1 minute et 24 heures."
        )
    for name in ("minutes", "decisions", "place", "video_link"):
        _check_length(errors, name, getattr(data, name), MAX_TEXT_LENGTH)
    if any(value.attendees is not None and not 0 <= value.attendees <= MAX_ATTENDEES
           for value in data.attendance.values()):
        errors["attendance"] = QT_TRANSLATE_NOOP(
            "Validation", "Le nombre de personnes d'un territoire doit être compris entre 0 et 10 000."
        )
    if errors:
        raise ValidationError(errors)


def _is_clock_time(text: str) -> bool:
    """Return True for a 24-hour 'HH:MM' time such as '09:30'."""
    if len(text) != 5 or text[2] != ":" or not (text[:2] + text[3:]).isdigit():
        return False
    return int(text[:2]) < 24 and int(text[3:]) < 60


def validate_action(data: ActionInput) -> None:
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = QT_TRANSLATE_NOOP("Validation", "Décrivez l'action.")
    _check_length(errors, "text", data.text, MAX_TEXT_LENGTH)
    if errors:
        raise ValidationError(errors)
