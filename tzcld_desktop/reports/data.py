"""Plain records that the report builders lay out.

The database layer fills them (``tzcld_desktop.db.queries``); the builders never run a
query, so each document can be built and tested from hand-made values. Labels are
already translated and every date is a ``datetime.date`` or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ActionLine:
    """One action: what to do, who does it, by when, and where it stands."""

    text: str
    owner: str
    due_date: date | None
    status_label: str
    territory: str = ""
    is_open: bool = True


@dataclass(frozen=True)
class TerritoryLine:
    """A territory as listed in a meeting handout."""

    name: str
    departement: str
    stage_label: str
    habilitation_date: date | None
    habilitation_date_note: str = ""
    open_actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class MeetingHandoutData:
    """Everything printed on the handout of one cluster meeting."""

    title: str
    cluster: str
    region: str
    meeting_date: date | None
    place: str
    territories: tuple[TerritoryLine, ...]
    minutes: str
    decisions: str
    actions: tuple[ActionLine, ...]
    author: str
    generated_on: date


@dataclass(frozen=True)
class MeetingReference:
    """A meeting a territory attended, as listed on its sheet."""

    meeting_date: date
    cluster: str
    place: str


@dataclass(frozen=True)
class TerritorySheetData:
    """Everything printed on the sheet of one territory."""

    name: str
    departement: str
    region: str
    cluster: str
    stage_label: str
    habilitation_date: date | None
    habilitation_date_note: str
    communes: str
    notes: str
    source: str
    actions: tuple[ActionLine, ...]
    meetings: tuple[MeetingReference, ...]
    author: str
    generated_on: date
    extra: dict[str, str] = field(default_factory=dict)
