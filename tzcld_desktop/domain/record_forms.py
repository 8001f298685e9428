"""Values entered in the parts of a territory record, and the rules they follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from tzcld_desktop.domain.vocabulary import (
    ContactRole,
    Criterion,
    CriterionStatus,
    HabilitationAct,
    Health,
    Indicator,
    MethodPhase,
    NoteKind,
    PhaseStatus,
    StageStep,
)

# The first law on the experiment dates from 29 February 2016; no step of a territory
# can precede the association's first contacts in 2014.
EARLIEST_YEAR = 2014
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./ \-]{4,30}$")


@dataclass
class StageEventInput:
    territory_id: str
    step: StageStep
    event_date: date | None
    comment: str = ""
    published_on: date | None = None


@dataclass
class PhaseInput:
    territory_id: str
    phase: MethodPhase
    status: PhaseStatus
    status_date: date | None = None
    comment: str = ""


@dataclass
class CriterionInput:
    territory_id: str
    criterion: Criterion
    status: CriterionStatus
    status_date: date | None = None
    comment: str = ""
    proof_document_id: str | None = None


@dataclass
class CleInput:
    president: str = ""
    members: str = ""
    created_on: date | None = None


@dataclass
class PerimeterInput:
    communes: str = ""
    epci: str = ""
    qpv: str = ""
    note: str = ""


@dataclass
class HealthInput:
    health: Health
    reason: str = ""


@dataclass
class HabilitationInput:
    act: HabilitationAct
    published_on: date | None = None


@dataclass
class EbeInput:
    territory_id: str
    name: str
    opening_date: date | None = None
    sectors: str = ""
    max_etp: float | None = None


@dataclass
class IndicatorInput:
    territory_id: str
    indicator: Indicator
    value_date: date | None
    value: float | None
    ebe_id: str | None = None
    comment: str = ""


@dataclass
class ContactInput:
    name: str
    territory_id: str | None = None
    cluster_id: str | None = None
    role: ContactRole = ContactRole.OTHER
    organisation: str = ""
    phone: str = ""
    email: str = ""
    personal: bool = True
    notes: str = ""


@dataclass
class NoteInput:
    territory_id: str | None
    note_date: date | None
    kind: NoteKind
    text: str
    author: str = ""
    meeting_id: str | None = None


def _check_date(errors: dict[str, str], name: str, value: date | None, today: date, *, required: bool) -> None:
    if value is None:
        if required:
            errors[name] = QT_TRANSLATE_NOOP("Validation", "Indiquez la date.")
        return
    if value.year < EARLIEST_YEAR:
        errors[name] = QT_TRANSLATE_NOOP("Validation", "Cette date précède les débuts de l'expérimentation (2014).")
    elif value > today:
        errors[name] = QT_TRANSLATE_NOOP("Validation", "Cette date est dans le futur.")


def _check_text(errors: dict[str, str], name: str, value: str, maximum: int = MAX_TEXT_LENGTH) -> None:
    if len(value) > maximum:
        errors[name] = QT_TRANSLATE_NOOP("Validation", "Ce texte est trop long.")


def _raise(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def validate_stage_event(data: StageEventInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "event_date", data.event_date, today, required=True)
    if data.published_on is not None:
        if not data.step.is_habilitation:
            errors["published_on"] = QT_TRANSLATE_NOOP(
                "Validation", "Une date de publication ne concerne qu'un arrêté ou un décret."
            )
        elif data.event_date is not None and data.published_on < data.event_date:
            errors["published_on"] = QT_TRANSLATE_NOOP(
                "Validation", "La publication ne peut pas précéder la signature de l'acte."
            )
    _check_text(errors, "comment", data.comment)
    _raise(errors)


def validate_phase(data: PhaseInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "status_date", data.status_date, today, required=False)
    _check_text(errors, "comment", data.comment)
    _raise(errors)


def validate_criterion(data: CriterionInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "status_date", data.status_date, today, required=False)
    _check_text(errors, "comment", data.comment)
    _raise(errors)


def validate_cle(data: CleInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "created_on", data.created_on, today, required=False)
    _check_text(errors, "president", data.president, MAX_NAME_LENGTH)
    _check_text(errors, "members", data.members)
    _raise(errors)


def validate_ebe(data: EbeInput, today: date) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez le nom de l'EBE.")
    _check_text(errors, "name", data.name, MAX_NAME_LENGTH)
    _check_date(errors, "opening_date", data.opening_date, today, required=False)
    if data.max_etp is not None and not 0 <= data.max_etp <= 10_000:
        errors["max_etp"] = QT_TRANSLATE_NOOP("Validation", "Le nombre d'ETP doit être compris entre 0 et 10 000.")
    _check_text(errors, "sectors", data.sectors)
    _raise(errors)


def validate_indicator(data: IndicatorInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "value_date", data.value_date, today, required=True)
    if data.value is None:
        errors["value"] = QT_TRANSLATE_NOOP("Validation", "Indiquez la valeur.")
    elif data.value < 0:
        errors["value"] = QT_TRANSLATE_NOOP("Validation", "La valeur ne peut pas être négative.")
    elif data.indicator.unit == "%" and data.value > 100:
        errors["value"] = QT_TRANSLATE_NOOP("Validation", "Un pourcentage ne peut pas dépasser 100.")
    elif data.value > 1_000_000:
        errors["value"] = QT_TRANSLATE_NOOP("Validation", "Cette valeur est trop grande.")
    if data.indicator.per_ebe and not data.ebe_id:
        errors["ebe_id"] = QT_TRANSLATE_NOOP("Validation", "Choisissez l'EBE dont c'est l'effectif.")
    _check_text(errors, "comment", data.comment)
    _raise(errors)


def validate_contact(data: ContactInput) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("Validation", "Indiquez le nom de la personne.")
    _check_text(errors, "name", data.name, 200)
    _check_text(errors, "organisation", data.organisation, MAX_NAME_LENGTH)
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors["email"] = QT_TRANSLATE_NOOP("Validation", "Cette adresse électronique n'est pas valide.")
    if data.phone.strip() and not _PHONE.match(data.phone.strip()):
        errors["phone"] = QT_TRANSLATE_NOOP(
            "Validation", "Ce numéro de téléphone n'est pas valide (chiffres, espaces, points, + et tirets)."
        )
    _check_text(errors, "notes", data.notes)
    _raise(errors)


def validate_note(data: NoteInput, today: date) -> None:
    errors: dict[str, str] = {}
    _check_date(errors, "note_date", data.note_date, today, required=True)
    if not data.text.strip():
        errors["text"] = QT_TRANSLATE_NOOP("Validation", "Écrivez la note.")
    _check_text(errors, "text", data.text)
    _raise(errors)
