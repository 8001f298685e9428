"""Meeting pack: contents, the handout, one sheet per attending territory and the regional summary.

One PDF whose outline has an entry per part and per territory, and whose first page
lists them with their page numbers. On request, the PDF documents attached to the
meeting follow, each with its own outline entry.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph
from reportlab.platypus.flowables import PageBreakIfNotEmpty
from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import blobs
from tzcld_desktop.db.models import Cluster, Document, DocumentLink, Meeting, Region, Territory
from tzcld_desktop.reports.collect import meeting_handout_data, territory_sheet_data
from tzcld_desktop.reports.collect_summary import regional_summary_data
from tzcld_desktop.reports.data import MeetingPackData
from tzcld_desktop.reports.document import Bookmark, build_pdf, contents_table
from tzcld_desktop.reports.handout import meeting_day, handout_story, handout_title
from tzcld_desktop.reports.regional_summary import Grouping, summary_story
from tzcld_desktop.reports.style import paragraph, styles
from tzcld_desktop.reports.territory_sheet import sheet_story


def meeting_pack_data(
    session: Session,
    meeting_id: str,
    today: date | None = None,
    *,
    include_personal: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> MeetingPackData:
    """Collect the handout, the sheets of the attending territories and the summary of their regions.

    The summary covers the region of the meeting's cluster, or else the regions of
    the attending territories, as they stand on ``today``.
    """
    handout = meeting_handout_data(session, meeting_id, today, include_personal=include_personal)
    territory_ids = [line.territory_id for line in handout.territories]
    sheets = []
    for number, territory_id in enumerate(territory_ids, start=1):
        sheets.append(territory_sheet_data(session, territory_id, today, include_personal=include_personal))
        if progress is not None:
            progress(number, len(territory_ids))
    codes = _region_codes(session, meeting_id, territory_ids)
    summary = regional_summary_data(session, codes, today, today) if codes else None
    return MeetingPackData(handout, tuple(sheets), summary)


def _region_codes(session: Session, meeting_id: str, territory_ids: list[str]) -> list[str]:
    code = session.scalar(
        select(Region.code)
        .join(Cluster, Cluster.region_id == Region.id)
        .join(Meeting, Meeting.cluster_id == Cluster.id)
        .where(Meeting.id == meeting_id)
    )
    if code:
        return [code]
    return sorted(set(session.scalars(
        select(Region.code).join(Territory, Territory.region_id == Region.id).where(Territory.id.in_(territory_ids))
    )))


def pack_title(data: MeetingPackData) -> str:
    """Return "Dossier de réunion — <titre du document de réunion>"."""
    return f"Dossier de réunion — {handout_title(data.handout)}"


def pack_story(data: MeetingPackData, grouping: Grouping = Grouping.STAGE) -> list[Flowable]:
    """Return the flowables of the whole pack, each part starting on a new page."""
    st = styles()
    story: list[Flowable] = [
        paragraph(pack_title(data), st.part),
        Paragraph(f"Réunion du {meeting_day(data.handout)}", st.subtitle),
        Paragraph("Sommaire", st.heading),
        contents_table(),
        PageBreak(),
        Bookmark("Document de réunion"),
        *handout_story(data.handout),
    ]
    for number, sheet in enumerate(data.sheets):
        story.append(PageBreakIfNotEmpty())
        if number == 0:
            story.append(Bookmark("Fiches des territoires"))
        story.append(Bookmark(sheet.name.strip() or "Territoire sans nom", level=1))
        story += sheet_story(sheet)
    if data.summary is not None:
        story += [PageBreakIfNotEmpty(), Bookmark("Synthèse régionale"), *summary_story(data.summary, grouping)]
    return story


def build_meeting_pack(data: MeetingPackData, path: Path, grouping: Grouping = Grouping.STAGE) -> int:
    """Write the meeting pack as one PDF at ``path`` and return its page count."""
    return build_pdf(
        path,
        title=pack_title(data),
        subject=f"Dossier de la réunion du {meeting_day(data.handout)}",
        author=data.handout.author,
        flowables=pack_story(data, grouping),
        generated_on=data.handout.generated_on,
    )


def _is_pdf(document: Document) -> bool:
    return document.media_type == "application/pdf" or document.file_name.lower().endswith(".pdf")


def append_meeting_documents(session: Session, data_dir: Path, meeting_id: str, path: Path) -> tuple[int, list[str]]:
    """Append the PDF documents attached to the meeting to the pack at ``path``.

    Returns the pack's new page count and the titles of the attached documents left
    out: those that are not PDF, whose file has not arrived, or that cannot be read.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    documents = session.scalars(
        select(Document)
        .join(DocumentLink, DocumentLink.document_id == Document.id)
        .where(DocumentLink.meeting_id == meeting_id, DocumentLink.deleted.is_(False), Document.deleted.is_(False))
        .order_by(Document.title_key)
    ).all()
    writer = PdfWriter(clone_from=str(path))
    left_out: list[str] = []
    parent = None
    for document in documents:
        stored = blobs.blob_path(data_dir, document.sha256) if document.sha256 else None
        if not _is_pdf(document) or stored is None or not stored.is_file():
            left_out.append(document.title)
            continue
        try:
            reader = PdfReader(str(stored))
            first_page = len(writer.pages)
            for page in reader.pages:
                writer.add_page(page)
        except (PdfReadError, ValueError, OSError):
            left_out.append(document.title)
            continue
        if parent is None:
            parent = writer.add_outline_item(title="Documents joints", page_number=first_page)
        writer.add_outline_item(title=document.title or document.file_name, page_number=first_page, parent=parent)
    if parent is not None:
        descriptor, temporary = tempfile.mkstemp(prefix=".pack-", suffix=".pdf", dir=path.parent)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                writer.write(stream)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
    return len(writer.pages), left_out
