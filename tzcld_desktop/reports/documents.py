"""One entry point for every PDF document: what to build, from which record, with which options.

The command line and the export dialog both describe a document as a
``DocumentRequest`` and call ``write_document``, which reads the store in its own
sessions, so it can run on a worker thread.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tzcld_desktop.db.store import Store
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.reports.regional_summary import Grouping


class DocumentKind(str, enum.Enum):
    """The documents the application prints; the value is the command-line name."""

    SHEET = "territory"
    HANDOUT = "meeting"
    MINUTES = "minutes"
    SUMMARY = "summary"
    PACK = "pack"
    BATCH = "batch"

    @property
    def label(self) -> str:
        """French source label, to translate in context ``DocumentKind``."""
        return _LABELS[self]

    @property
    def record(self) -> str:
        """The record the document is about: "territory", "meeting" or "" (regions)."""
        return _RECORDS[self]

    @property
    def personal_data(self) -> str:
        """French source text, context ``DocumentKind``: which personal data the document may contain."""
        return _PERSONAL_DATA[self]

    @property
    def may_contain_personal_data(self) -> bool:
        return self in (DocumentKind.SHEET, DocumentKind.HANDOUT, DocumentKind.PACK, DocumentKind.BATCH)


_LABELS = {
    DocumentKind.SHEET: QT_TRANSLATE_NOOP("DocumentKind", "Fiche du territoire"),
    DocumentKind.HANDOUT: QT_TRANSLATE_NOOP("DocumentKind", "Document de réunion (avant la réunion)"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("DocumentKind", "Compte rendu de réunion (après la réunion)"),
    DocumentKind.SUMMARY: QT_TRANSLATE_NOOP("DocumentKind", "Synthèse régionale"),
    DocumentKind.PACK: QT_TRANSLATE_NOOP("DocumentKind", "Dossier de réunion (document, fiches et synthèse)"),
    DocumentKind.BATCH: QT_TRANSLATE_NOOP("DocumentKind", "Fiches de tous les territoires d'une région"),
}

_RECORDS = {
    DocumentKind.SHEET: "territory",
    DocumentKind.HANDOUT: "meeting",
    DocumentKind.MINUTES: "meeting",
    DocumentKind.SUMMARY: "",
    DocumentKind.PACK: "meeting",
    DocumentKind.BATCH: "",
}

_CONTACTS = QT_TRANSLATE_NOOP(
    "DocumentKind",
    "Ce document liste les contacts des territoires (nom, rôle, organisation). Leurs téléphones et adresses "
    "électroniques sont des données personnelles : ils n'y figurent que si vous cochez la case, et seulement "
    "pour les contacts marqués comme données personnelles ; les coordonnées génériques (standard, adresse "
    "de service) y figurent toujours.",
)
_PERSONAL_DATA = {
    DocumentKind.SHEET: _CONTACTS,
    DocumentKind.HANDOUT: _CONTACTS,
    DocumentKind.PACK: _CONTACTS,
    DocumentKind.BATCH: _CONTACTS,
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP(
        "DocumentKind",
        "Ce document contient les noms des personnes invitées et leur présence, mais aucun téléphone ni "
        "adresse électronique.",
    ),
    DocumentKind.SUMMARY: QT_TRANSLATE_NOOP("DocumentKind", "Ce document ne contient aucune donnée personnelle."),
}


@dataclass(frozen=True)
class DocumentRequest:
    """A document to build: its kind, its record or regions, and its options."""

    kind: DocumentKind
    record_id: str | None = None
    region_codes: tuple[str, ...] = ()
    at_date: date | None = None
    grouping: Grouping = Grouping.STAGE
    include_personal: bool = False
    one_file: bool = True
    # For a pack: append the PDF documents attached to the meeting.
    with_documents: bool = False
    today: date | None = field(default=None, compare=False)


@dataclass(frozen=True)
class WrittenDocument:
    """The files written for a request and their total number of pages."""

    files: tuple[Path, ...]
    pages: int


def write_document(
    store: Store,
    request: DocumentRequest,
    output: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WrittenDocument:
    """Build the requested document at ``output`` (a folder for a batch of one file per territory).

    Raises ``RecordNotFound`` for an unknown record, ``UnknownRegion`` for an unknown
    region code, ``ReportWriteError`` when the file cannot be written and
    ``BatchCancelled`` when ``cancelled`` stops a batch.
    """
    kind = request.kind
    if kind is DocumentKind.BATCH:
        from tzcld_desktop.reports.batch import build_region_sheets

        result = build_region_sheets(
            store, request.region_codes[0] if request.region_codes else "", output,
            one_file=request.one_file, include_personal=request.include_personal,
            progress=progress, cancelled=cancelled, today=request.today,
        )
        return WrittenDocument(result.files, result.pages)

    with store.session() as session:
        pages = _build_one(session, request, output, progress)
        if kind is DocumentKind.PACK and request.with_documents:
            from tzcld_desktop.reports.pack import append_meeting_documents

            pages, _left_out = append_meeting_documents(session, store.data_dir, request.record_id or "", output)
    return WrittenDocument((output,), pages)


def _build_one(session, request: DocumentRequest, output: Path, progress) -> int:
    kind, record_id, today = request.kind, request.record_id or "", request.today
    if kind is DocumentKind.SHEET:
        from tzcld_desktop.reports.collect import territory_sheet_data
        from tzcld_desktop.reports.territory_sheet import build_territory_sheet

        data = territory_sheet_data(session, record_id, today, include_personal=request.include_personal)
        return build_territory_sheet(data, output)
    if kind is DocumentKind.HANDOUT:
        from tzcld_desktop.reports.collect import meeting_handout_data
        from tzcld_desktop.reports.handout import build_meeting_handout

        data = meeting_handout_data(session, record_id, today, include_personal=request.include_personal)
        return build_meeting_handout(data, output)
    if kind is DocumentKind.MINUTES:
        from tzcld_desktop.reports.collect_minutes import minutes_data
        from tzcld_desktop.reports.minutes import build_minutes

        return build_minutes(minutes_data(session, record_id, today), output)
    if kind is DocumentKind.SUMMARY:
        from tzcld_desktop.reports.collect_summary import regional_summary_data
        from tzcld_desktop.reports.regional_summary import build_regional_summary

        data = regional_summary_data(session, list(request.region_codes), request.at_date, today)
        return build_regional_summary(data, output, request.grouping)
    from tzcld_desktop.reports.pack import build_meeting_pack, meeting_pack_data

    data = meeting_pack_data(session, record_id, today, include_personal=request.include_personal,
                             progress=progress)
    return build_meeting_pack(data, output, request.grouping)
