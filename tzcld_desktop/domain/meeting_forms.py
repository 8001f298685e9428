"""Values entered in the meeting record (agenda, outcomes, people) and the rules they follow.

Also the status flow of a meeting: brouillon → planifiée → tenue → compte rendu validé.
Validated minutes are read-only until reopened, with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_MEETING_MINUTES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from tzcld_desktop.domain.stages import ActionStatus
from tzcld_desktop.domain.vocabulary import ItemStatus, MeetingStatus, OutcomeKind

# Status changes the buttons of the meeting window offer; reopening validated minutes
# goes through its own service because it needs a reason.
_NEXT_STATUSES: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.DRAFT: frozenset({MeetingStatus.PLANNED, MeetingStatus.HELD}),
    MeetingStatus.PLANNED: frozenset({MeetingStatus.DRAFT, MeetingStatus.HELD}),
    MeetingStatus.HELD: frozenset({MeetingStatus.PLANNED, MeetingStatus.VALIDATED}),
    MeetingStatus.VALIDATED: frozenset(),
}


class MeetingLocked(UserError):
    """A write on a meeting whose minutes are validated."""

    context = "MeetingLocked"

    def __init__(self) -> None:
        super().__init__(
            "Le compte rendu de cette réunion est validé : il ne peut plus être modifié. "
            "Pour le corriger, rouvrez-le d'abord avec le bouton « Rouvrir… »."
        )


class StatusChangeRejected(UserError):
    """A status change that the flow of a meeting does not allow."""

    context = "StatusChangeRejected"


def check_status_change(current: MeetingStatus, target: MeetingStatus) -> None:
    """Raise a ``UserError`` unless a meeting may go from ``current`` to ``target``."""
    if current is target:
        return
    if current is MeetingStatus.VALIDATED:
        raise MeetingLocked()
    if target not in _NEXT_STATUSES[current]:
        if target is MeetingStatus.VALIDATED:
            raise StatusChangeRejected(
                "Seul le compte rendu d'une réunion tenue peut être validé : "
                "marquez d'abord la réunion comme tenue."
            )
        raise StatusChangeRejected(
            "Une réunion « {current} » ne peut pas passer directement à « {target} ».",
            current=current.text(), target=target.text(),
        )


def is_future_meeting(meeting_date: date | None, today: date) -> bool:
    """Return whether a meeting is dated after ``today``, so cannot have been held yet."""
    return meeting_date is not None and meeting_date > today


@dataclass
class AgendaItemInput:
    """An item of a meeting's agenda; ``section`` groups items (a theme or a territory)."""

    title: str
    section: str = ""
    territory_id: str | None = None
    presenter: str = ""
    duration_minutes: int | None = None
    minutes: str = ""
    status: ItemStatus = ItemStatus.OPEN


@dataclass
class OutcomeInput:
    """A decision, an information or an action recorded on an agenda item.

    ``owner``, ``due_date`` and ``action_status`` only apply to an action.
    """

    kind: OutcomeKind
    text: str
    owner: str = ""
    due_date: date | None = None
    action_status: ActionStatus = ActionStatus.TODO


@dataclass
class MeetingPersonInput:
    """A person invited to a meeting, picked from the contacts or typed in."""

    name: str
    organisation: str = ""
    contact_id: str | None = None
    territory_id: str | None = None
    invited: bool = True
    present: bool | None = None


def validate_agenda_item(data: AgendaItemInput) -> None:
    """Raise ``ValidationError`` naming every invalid field of an agenda item."""
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = QT_TRANSLATE_NOOP("Validation", "Indiquez l'intitulé du point.")
    elif len(data.title) > MAX_NAME_LENGTH:
        errors["title"] = QT_TRANSLATE_NOOP("Validation", "L'intitulé du point dépasse 300 caractères.")
    if len(data.section) > MAX_NAME_LENGTH:
        errors["section"] = QT_TRANSLATE_NOOP("Validation", "Le nom de la section dépasse 300 caractères.")
    if len(data.presenter) > 200:
        errors["presenter"] = QT_TRANSLATE_NOOP("Validation", "Le nom de l'intervenant dépasse 200 caractères.")
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= MAX_MEETING_MINUTES:
        errors["duration_minutes"] = QT_TRANSLATE_NOOP(
            "Validation", "La durée prévue doit être comprise entre 1 minute et 24 heures."
        )
    if len(data.minutes) > MAX_TEXT_LENGTH:
        errors["minutes"] = QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")
    if errors:
        raise ValidationError(errors)


def validate_outcome(data: OutcomeInput) -> None:
    """Raise ``ValidationError`` naming every invalid field of an outcome."""
    errors: dict[str, str] = {}
    if not data.text.strip():
        errors["text"] = QT_TRANSLATE_NOOP("Validation", "Décrivez la décision, l'information ou l'action.")
    elif len(data.text) > MAX_TEXT_LENGTH:
        errors["text"] = QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")
    if len(data.owner) > 200:
        errors["owner"] = QT_TRANSLATE_NOOP("Validation", "Le nom du responsable dépasse 200 caractères.")
    if errors:
        raise ValidationError(errors)


def validate_person(data: MeetingPersonInput) -> None:
    """Raise ``ValidationError`` naming every invalid field of a person invited to a meeting."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez le nom de la personne.")
    elif len(data.name) > 200:
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Le nom dépasse 200 caractères.")
    if len(data.organisation) > MAX_NAME_LENGTH:
        errors["organisation"] = QT_TRANSLATE_NOOP("Validation", "Le nom de la structure dépasse 300 caractères.")
    if errors:
        raise ValidationError(errors)


def validate_reason(reason: str) -> None:
    """Raise ``ValidationError`` when the reason for reopening minutes is missing or too long."""
    if not reason.strip():
        raise ValidationError({"reason": QT_TRANSLATE_NOOP("Validation", "Indiquez pourquoi vous rouvrez le compte rendu.")})
    if len(reason) > MAX_TEXT_LENGTH:
        raise ValidationError({"reason": QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")})


def validate_template_name(name: str) -> None:
    if not name.strip():
        raise ValidationError({"name": QT_TRANSLATE_NOOP("Validation", "Indiquez le nom du modèle.")})
    if len(name) > 200:
        raise ValidationError({"name": QT_TRANSLATE_NOOP("Validation", "Le nom du modèle dépasse 200 caractères.")})


def position_between(before: float | None, after: float | None) -> float | None:
    """Return a position strictly between two neighbours' positions, or None when none fits.

    ``before`` None means the start of the list and ``after`` None its end. Writing only
    the moved item's position lets two copies move different items at the same time
    without losing either move. None tells the caller to renumber the list first.
    """
    if before is None and after is None:
        return 1.0
    if before is None:
        return after - 1.0
    if after is None:
        return before + 1.0
    middle = (before + after) / 2
    if before < middle < after:
        return middle
    return None


def format_minutes(total: int) -> str:
    """Format a duration in minutes the French way: "45 min", "2 h", "1 h 30"."""
    hours, minutes = divmod(total, 60)
    if hours == 0:
        return f"{minutes} min"
    if minutes == 0:
        return f"{hours} h"
    return f"{hours} h {minutes:02d}"
