"""The "Contacts" and "Valeurs d'indicateurs" kinds of the import assistant.

Both name their territory by its name and, optionally, its département code, matched as
the territory import does. An empty or unmapped cell keeps the value already saved.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import get_type_hints

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Contact, IndicatorValue
from tzcld_desktop.db.reference import departement_id
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.table_import import ImportField, PlannedRow, RowStatus
from tzcld_desktop.db.territory_import import match_territory
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError, translate
from tzcld_desktop.domain.record_forms import ContactInput, IndicatorInput, validate_contact, validate_indicator
from tzcld_desktop.domain.tabular import (
    Record,
    cell_text,
    is_departement_code,
    is_empty,
    normalize_departement_code,
    parse_date,
    parse_decimal,
)
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import Choice, ContactRole, Indicator

_CONTEXT = "TableImport"
_TERRITORY_MISSING = QT_TRANSLATE_NOOP("TableImport", "Nom du territoire manquant.")
_TERRITORY_NOT_FOUND = QT_TRANSLATE_NOOP(
    "TableImport",
    "Territoire introuvable : « {name} »{place}. Importez ou créez d'abord ce territoire.",
)
_DEPARTEMENT_INVALID = QT_TRANSLATE_NOOP("TableImport", "Code département non reconnu : « {code} ».")
_CHOICE_UNKNOWN = QT_TRANSLATE_NOOP("TableImport", "Valeur non reconnue : « {value} ». Valeurs possibles : {choices}.")
_NAME_MISSING = QT_TRANSLATE_NOOP("TableImport", "Nom de la personne manquant.")
_INDICATOR_MISSING = QT_TRANSLATE_NOOP("TableImport", "Indicateur manquant.")
_PER_EBE = QT_TRANSLATE_NOOP(
    "TableImport", "L'effectif d'une EBE ne s'importe pas depuis un tableur : saisissez-le dans la fiche de l'EBE."
)
_DATE_INVALID = QT_TRANSLATE_NOOP(
    "TableImport",
    "Date illisible : « {cell} ». Formats reconnus : jj/mm/aaaa, jj/mm/aa, aaaa-mm-jj, « 3 mars 2026 » "
    "ou une date du classeur.",
)
_DATE_MISSING = QT_TRANSLATE_NOOP("TableImport", "Date de la valeur manquante.")
_NUMBER_INVALID = QT_TRANSLATE_NOOP("TableImport", "Nombre illisible : « {cell} ».")
_NUMBER_MISSING = QT_TRANSLATE_NOOP("TableImport", "Valeur manquante.")
_DUPLICATE_ROW = QT_TRANSLATE_NOOP("TableImport", "Cette ligne désigne le même élément que la ligne {line}.")
_ALREADY_UP_TO_DATE = QT_TRANSLATE_NOOP("TableImport", "Déjà à jour.")

_TERRITORY_FIELDS = (
    ImportField("territory", QT_TRANSLATE_NOOP("TableImport", "Territoire"), True,
                ("territoire", "nom_du_territoire", "nom_territoire", "territory")),
    ImportField("departement_code", QT_TRANSLATE_NOOP("TableImport", "Département du territoire (code)"), False,
                ("departement", "departement_code", "code_departement", "dept", "dep", "code_dept")),
)


def _find_territory(session: Session, cells: dict[str, object], errors: list[str]) -> str | None:
    """Return the id of the territory a row names, adding the reason to ``errors`` when none matches."""
    name = cell_text(cells.get("territory")).strip()
    if not name:
        errors.append(translate(_CONTEXT, _TERRITORY_MISSING))
        return None
    code = ""
    if not is_empty(cells.get("departement_code")):
        code = normalize_departement_code(cells["departement_code"])
        if not is_departement_code(code):
            errors.append(translate(_CONTEXT, _DEPARTEMENT_INVALID).format(code=code))
            return None
    territory = match_territory(session, name, code)
    if territory is None or (code and territory.departement_id != departement_id(code)):
        place = f" ({code})" if code else ""
        errors.append(translate(_CONTEXT, _TERRITORY_NOT_FOUND).format(name=name, place=place))
        return None
    return territory.id


def _parse_choice(choice_type: type[Choice], cell: object, errors: list[str]) -> Choice | None:
    """Return the choice whose label or stored value the cell names, ignoring accents and case."""
    key = normalize(cell_text(cell))
    for member in choice_type:
        if key in (normalize(member.value), normalize(member.label), normalize(member.text())):
            return member
    choices = ", ".join(member.text() for member in choice_type)
    errors.append(translate(_CONTEXT, _CHOICE_UNKNOWN).format(value=cell_text(cell), choices=choices))
    return None


def _saved_input(input_type: type, row: object) -> object:
    """Return the form input that would save ``row`` again, field by field from its columns."""
    hints = get_type_hints(input_type)
    values = {}
    for input_field in fields(input_type):
        value = getattr(row, input_field.name)
        hint = hints[input_field.name]
        if isinstance(hint, type) and issubclass(hint, enum.Enum) and value is not None:
            value = hint(value)
        values[input_field.name] = value
    return input_type(**values)


def _planned(record: Record, label: str, existing_id: str | None, data: object, saved: object | None,
             payload_type: type) -> PlannedRow:
    if existing_id is None:
        return PlannedRow(record, label, RowStatus.NEW, [], payload_type(None, data))
    if data == saved:
        return PlannedRow(record, label, RowStatus.UNCHANGED, [translate(_CONTEXT, _ALREADY_UP_TO_DATE)])
    return PlannedRow(record, label, RowStatus.UPDATED, [], payload_type(existing_id, data))


def _plan_all(kind, session: Session, records: list[tuple[Record, dict[str, object]]]) -> list[PlannedRow]:
    """Plan each row, marking as errors the later rows that target the same record as an earlier one."""
    first_line: dict[object, int] = {}
    planned = []
    for record, cells in records:
        row, key = kind.plan_row(session, record, cells)
        if row.status is not RowStatus.ERROR and key is not None:
            if key in first_line:
                row = PlannedRow(record, row.label, RowStatus.ERROR,
                                 [translate(_CONTEXT, _DUPLICATE_ROW).format(line=first_line[key])])
            else:
                first_line[key] = record.line_number
        planned.append(row)
    return planned


@dataclass
class _Change:
    record_id: str | None
    data: object


class ContactKind:
    """Contacts matched by normalised name within their territory."""

    key = "contacts"
    label = QT_TRANSLATE_NOOP("TableImport", "Contacts")
    fields = (
        *_TERRITORY_FIELDS,
        ImportField("name", QT_TRANSLATE_NOOP("TableImport", "Nom de la personne"), True,
                    ("nom", "nom_prenom", "prenom_nom", "contact", "personne", "name")),
        ImportField("role", QT_TRANSLATE_NOOP("TableImport", "Rôle"), False, ("role", "fonction", "qualite")),
        ImportField("organisation", QT_TRANSLATE_NOOP("TableImport", "Organisation"), False,
                    ("organisation", "organisme", "structure")),
        ImportField("phone", QT_TRANSLATE_NOOP("TableImport", "Téléphone"), False,
                    ("telephone", "tel", "portable", "phone")),
        ImportField("email", QT_TRANSLATE_NOOP("TableImport", "Adresse électronique"), False,
                    ("email", "e_mail", "courriel", "mail", "adresse_electronique")),
        ImportField("notes", QT_TRANSLATE_NOOP("TableImport", "Notes"), False, ("notes", "note", "commentaire")),
    )
    date_fields: tuple[str, ...] = ()

    def plan_rows(self, session: Session, records: list[tuple[Record, dict[str, object]]]) -> list[PlannedRow]:
        return _plan_all(self, session, records)

    def plan_row(self, session: Session, record: Record, cells: dict[str, object]) -> tuple[PlannedRow, object]:
        errors: list[str] = []
        name = cell_text(cells.get("name")).strip()
        if not name:
            errors.append(translate(_CONTEXT, _NAME_MISSING))
        territory_id = _find_territory(session, cells, errors)
        role = None if is_empty(cells.get("role")) else _parse_choice(ContactRole, cells["role"], errors)
        if errors:
            return PlannedRow(record, name, RowStatus.ERROR, errors), None

        existing = session.scalars(select(Contact).where(
            Contact.name_key == normalize(name), Contact.territory_id == territory_id, Contact.deleted.is_(False)
        )).first()
        saved = _saved_input(ContactInput, existing) if existing is not None else None
        data = replace(saved, name=name) if saved is not None else ContactInput(name=name, territory_id=territory_id)
        if role is not None:
            data = replace(data, role=role)
        for key in ("organisation", "phone", "email", "notes"):
            text = cell_text(cells.get(key)).strip()
            if text:
                data = replace(data, **{key: text})
        try:
            validate_contact(data)
        except ValidationError as error:
            return PlannedRow(record, name, RowStatus.ERROR, [error.message()]), None
        row = _planned(record, name, existing.id if existing else None, data, saved, _Change)
        return row, (territory_id, normalize(name))

    def apply(self, services: Services, row: PlannedRow) -> None:
        change = row.payload
        assert isinstance(change, _Change)
        services.save_contact(change.record_id, change.data)


class IndicatorKind:
    """Indicator values matched by territory, indicator and date."""

    key = "indicateurs"
    label = QT_TRANSLATE_NOOP("TableImport", "Valeurs d'indicateurs")
    fields = (
        *_TERRITORY_FIELDS,
        ImportField("indicator", QT_TRANSLATE_NOOP("TableImport", "Indicateur"), True, ("indicateur", "indicator")),
        ImportField("value_date", QT_TRANSLATE_NOOP("TableImport", "Date de la valeur"), True,
                    ("date", "date_de_la_valeur", "au", "date_valeur")),
        ImportField("value", QT_TRANSLATE_NOOP("TableImport", "Valeur"), True, ("valeur", "value", "nombre")),
        ImportField("comment", QT_TRANSLATE_NOOP("TableImport", "Commentaire"), False,
                    ("commentaire", "comment", "remarque", "source")),
    )
    date_fields = ("value_date",)

    def plan_rows(self, session: Session, records: list[tuple[Record, dict[str, object]]]) -> list[PlannedRow]:
        return _plan_all(self, session, records)

    def plan_row(self, session: Session, record: Record, cells: dict[str, object]) -> tuple[PlannedRow, object]:
        errors: list[str] = []
        territory_name = cell_text(cells.get("territory")).strip()
        territory_id = _find_territory(session, cells, errors)
        indicator = None
        if is_empty(cells.get("indicator")):
            errors.append(translate(_CONTEXT, _INDICATOR_MISSING))
        else:
            indicator = _parse_choice(Indicator, cells["indicator"], errors)
            if indicator is not None and indicator.per_ebe:
                errors.append(translate(_CONTEXT, _PER_EBE))
        value_date = self._date(cells.get("value_date"), errors)
        value = self._number(cells.get("value"), errors)
        label = f"{territory_name} — {indicator.text()}" if indicator is not None else territory_name
        if errors:
            return PlannedRow(record, label, RowStatus.ERROR, errors), None

        existing = session.scalars(select(IndicatorValue).where(
            IndicatorValue.territory_id == territory_id, IndicatorValue.indicator == indicator.value,
            IndicatorValue.value_date == value_date, IndicatorValue.deleted.is_(False),
        )).first()
        saved = _saved_input(IndicatorInput, existing) if existing is not None else None
        data = saved or IndicatorInput(territory_id=territory_id, indicator=indicator, value_date=value_date,
                                       value=value)
        data = replace(data, value=value)
        comment = cell_text(cells.get("comment")).strip()
        if comment:
            data = replace(data, comment=comment)
        try:
            validate_indicator(data, date.today())
        except ValidationError as error:
            return PlannedRow(record, label, RowStatus.ERROR, [error.message()]), None
        row = _planned(record, label, existing.id if existing else None, data, saved, _Change)
        return row, (territory_id, indicator.value, value_date)

    def apply(self, services: Services, row: PlannedRow) -> None:
        change = row.payload
        assert isinstance(change, _Change)
        services.save_indicator_value(change.record_id, change.data)

    @staticmethod
    def _date(cell: object, errors: list[str]) -> date | None:
        if is_empty(cell):
            errors.append(translate(_CONTEXT, _DATE_MISSING))
            return None
        parsed = parse_date(cell)
        if parsed is None:
            errors.append(translate(_CONTEXT, _DATE_INVALID).format(cell=cell_text(cell)))
            return None
        return parsed[0]

    @staticmethod
    def _number(cell: object, errors: list[str]) -> float | None:
        if is_empty(cell):
            errors.append(translate(_CONTEXT, _NUMBER_MISSING))
            return None
        number = parse_decimal(cell)
        if number is None:
            errors.append(translate(_CONTEXT, _NUMBER_INVALID).format(cell=cell_text(cell)))
        return number
