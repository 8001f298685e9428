"""Values of a need raised (remontée de besoin) and the rules they follow before saving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from tzcld_desktop.domain.forms import MAX_TEXT_LENGTH
from tzcld_desktop.domain.record_forms import EARLIEST_YEAR
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus


@dataclass
class NeedInput:
    """A need as entered in the form; territory, cluster and meeting are all optional."""

    category: NeedCategory
    description: str
    territory_id: str | None = None
    cluster_id: str | None = None
    meeting_id: str | None = None
    raised_on: date | None = None
    status: NeedStatus = NeedStatus.OPEN


def validate_need(data: NeedInput, today: date) -> None:
    """Raise ``ValidationError`` naming every invalid field of a need."""
    errors: dict[str, str] = {}
    if not data.description.strip():
        errors["description"] = QT_TRANSLATE_NOOP("Validation", "Décrivez le besoin.")
    elif len(data.description) > MAX_TEXT_LENGTH:
        errors["description"] = QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")
    if data.raised_on is not None:
        if data.raised_on.year < EARLIEST_YEAR:
            errors["raised_on"] = QT_TRANSLATE_NOOP(
                "Validation", "Cette date précède les débuts de l'expérimentation (2014)."
            )
        elif data.raised_on > today:
            errors["raised_on"] = QT_TRANSLATE_NOOP("Validation", "Cette date est dans le futur.")
    if errors:
        raise ValidationError(errors)
