"""The document base: text extraction, the local full-text index, and the reads of the library.

The index is the SQLite FTS5 table ``document_text`` (migration 0005), one row per live
library document: its title, description, tags and the text extracted from its file,
folded by the ``unicode61 remove_diacritics 2`` tokenizer so that "cle" finds "CLÉ". It
is local: it never travels in exchange files, and ``refresh_index`` rebuilds from the
``document`` table and the stored files whatever is missing or out of date.

"New since the last exchange": when an import creates a document record on this copy (its
id was absent before the merge), ``import_data`` stores the id of that import's log
entry in the document's index row, in the import's transaction. The new documents are
those whose row names the latest successful import.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tzcld_desktop.db import blobs
from tzcld_desktop.db.models import Document, DocumentLink, ExchangeLogEntry, Meeting, Territory
from tzcld_desktop.db.search_index import SEARCH_INDEX_TABLES

log = logging.getLogger(__name__)

INDEX_TABLE = "document_text"
# FTS5 keeps the index in these shadow tables, created with the virtual table.
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
# The document index and the global search index of tzcld_desktop.db.search_index.
LOCAL_INDEX_TABLES = frozenset({INDEX_TABLE, *(INDEX_TABLE + suffix for suffix in _SHADOW_SUFFIXES),
                                *SEARCH_INDEX_TABLES})
# Characters of extracted text kept per document: about 600 pages of dense text.
MAX_INDEXED_CHARS = 2_000_000
# Results returned by one search; the list shows no more.
MAX_RESULTS = 500
# Results, best first, that get a passage of matching text. snippet() rescans a document's
# text, about 2 ms for 20 kB full of matches (2-core AMD EPYC VM), so not all 500 get one.
MAX_SNIPPETS = 50
VALID = "a_jour"
SUPERSEDED = "remplace"

_WORD = re.compile(r"\w+")
_TEXT_SUFFIXES = frozenset({".txt", ".md", ".csv", ".text"})


def is_local_index_table(name: str) -> bool:
    """Return whether ``name`` is the index table or one of its shadow tables (not a model)."""
    return name in LOCAL_INDEX_TABLES


# -- Text extraction -------------------------------------------------------------------


def extract_text(path: Path, file_name: str) -> str:
    """Return the text of a PDF, DOCX or plain-text file, or "" for another kind or a damaged file.

    ``file_name`` (the original name) gives the kind, because stored files have no
    extension. A file that cannot be read is logged and indexed without its text.
    """
    suffix = Path(file_name).suffix.lower()
    try:
        if suffix == ".pdf":
            content = _pdf_text(path)
        elif suffix == ".docx":
            content = _docx_text(path)
        elif suffix in _TEXT_SUFFIXES:
            content = _plain_text(path)
        else:
            return ""
    except Exception as error:  # noqa: BLE001 - pypdf and python-docx raise many kinds on damaged files
        log.warning("Could not extract the text of %s (%s): %s", file_name, path.name, error)
        return ""
    return content[:MAX_INDEXED_CHARS]


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    parts: list[str] = []
    size = 0
    for page in reader.pages:
        page_text = page.extract_text() or ""
        parts.append(page_text)
        size += len(page_text)
        if size > MAX_INDEXED_CHARS:
            break
    return "\n".join(parts)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _plain_text(path: Path) -> str:
    data = path.read_bytes()[: 4 * MAX_INDEXED_CHARS]
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 decodes every byte except five, which "replace" turns into U+FFFD.
        return data.decode("cp1252", errors="replace")


# -- The index ---------------------------------------------------------------------------


@dataclass
class _IndexRow:
    rowid: int
    indexed_sha: str
    arrived_log: int | None
    title: str
    description: str
    tags: str


def record_arrivals(session: Session, document_ids: set[str], log_id: int) -> None:
    """Note, in the import's transaction, that the import ``log_id`` brought these documents.

    Only library documents are noted; their text is indexed by the next ``refresh_index``.
    """
    if not document_ids:
        return
    ids = sorted(document_ids)
    library_ids = []
    for start in range(0, len(ids), 500):
        library_ids += session.scalars(
            select(Document.id).where(Document.id.in_(ids[start : start + 500]), Document.in_library.is_(True))
        ).all()
    for document_id in library_ids:
        session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE document_id = :id"), {"id": document_id})
        session.execute(
            text(f"INSERT INTO {INDEX_TABLE} (document_id, indexed_sha, arrived_log, title, description, tags, body) "
                 "VALUES (:id, '', :log, '', '', '', '')"),
            {"id": document_id, "log": log_id},
        )


def refresh_index(store, full: bool = False) -> int:
    """Bring the index in line with the live library documents; return how many rows changed.

    A row is rewritten when the document's title, description or tags changed, or when its
    file is now stored and its text not yet extracted. With ``full``, every text is
    extracted again. Extraction reads files, so call this off the GUI thread.
    """
    with store.session() as session:
        documents = session.execute(
            select(Document.id, Document.title, Document.description, Document.tags, Document.sha256,
                   Document.file_name)
            .where(Document.deleted.is_(False), Document.in_library.is_(True))
        ).all()
        indexed = {
            row[0]: _IndexRow(*row[1:])
            for row in session.execute(text(
                f"SELECT document_id, rowid, indexed_sha, arrived_log, title, description, tags FROM {INDEX_TABLE}"
            ))
        }
    live = {row.id for row in documents}
    stale_rows = [row.rowid for document_id, row in indexed.items() if document_id not in live]

    updates: list[dict] = []
    for document in documents:
        current = indexed.get(document.id)
        needs_text = bool(document.sha256) and (full or current is None or current.indexed_sha != document.sha256)
        if needs_text and not blobs.has_blob(store.data_dir, document.sha256):
            needs_text = False  # The file has not arrived yet: index the text when it does.
        same_fields = current is not None and (current.title, current.description, current.tags) == (
            document.title, document.description, document.tags)
        if same_fields and not needs_text:
            continue
        body = None
        if needs_text:
            body = extract_text(blobs.blob_path(store.data_dir, document.sha256), document.file_name)
        updates.append({
            "id": document.id, "rowid": current.rowid if current else None,
            "indexed_sha": document.sha256 if needs_text else (current.indexed_sha if current else ""),
            "arrived_log": current.arrived_log if current else None,
            "title": document.title, "description": document.description, "tags": document.tags, "body": body,
        })
    if not stale_rows and not updates:
        return 0
    with store.transaction() as session:
        for rowid in stale_rows:
            session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
        for update in updates:
            _write_index_row(session, update)
    log.info("Document index refreshed: %d rows written, %d removed", len(updates), len(stale_rows))
    return len(updates) + len(stale_rows)


def _write_index_row(session: Session, values: dict) -> None:
    if values["rowid"] is not None and values["body"] is None:
        session.execute(
            text(f"UPDATE {INDEX_TABLE} SET title = :title, description = :description, tags = :tags, "
                 "indexed_sha = :indexed_sha WHERE rowid = :rowid"),
            values,
        )
        return
    if values["rowid"] is not None:
        session.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :rowid"), values)
    session.execute(
        text(f"INSERT INTO {INDEX_TABLE} (document_id, indexed_sha, arrived_log, title, description, tags, body) "
             "VALUES (:id, :indexed_sha, :arrived_log, :title, :description, :tags, :body)"),
        {**values, "body": values["body"] or ""},
    )


def rebuild_index(store) -> int:
    """Extract the text of every library document again; arrival notes are kept."""
    return refresh_index(store, full=True)


# -- Reads -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryQuery:
    """A search of the library: words to find and filters (None: any)."""

    words: str = ""
    category: str | None = None
    stage: str | None = None
    validity: str | None = None  # VALID or SUPERSEDED
    only_new: bool = False


@dataclass(frozen=True)
class LibraryRow:
    """One document of the library list."""

    id: str
    title: str
    category: str
    version: str
    document_date: date | None
    superseded_by_id: str | None
    superseded_by_title: str
    snippet: str
    file_name: str
    sha256: str
    link: str

    @property
    def is_current(self) -> bool:
        return self.superseded_by_id is None


_LIST_COLUMNS = (
    "d.id, d.title, d.category, d.version, d.document_date, newer.id, COALESCE(newer.title, ''), "
    "d.file_name, d.sha256, d.link"
)


# The passage of the best matching column, about 12 words, without highlight marks.
_SNIPPET = f"snippet({INDEX_TABLE}, -1, '', '', '…', 12)"


def last_import_id(session: Session) -> int | None:
    """Return the log id of the latest successful import, or None."""
    return session.scalars(
        select(ExchangeLogEntry.id)
        .where(ExchangeLogEntry.direction == "import", ExchangeLogEntry.result == "ok")
        .order_by(ExchangeLogEntry.id.desc())
        .limit(1)
    ).first()


def search_library(session: Session, query: LibraryQuery) -> list[LibraryRow]:
    """Return the live library documents that match ``query``, best match first when words are given.

    Words match titles, descriptions, tags and the extracted text, as word prefixes,
    without regard to case or accents. The first MAX_SNIPPETS results carry a passage of
    the matching text. Three statements at most.
    """
    # NOTE: FTS5 and snippet() are SQLite-only; on PostgreSQL this search would use tsvector.
    conditions = ["d.deleted = 0", "d.in_library = 1"]
    params: dict = {}
    if query.category:
        conditions.append("d.category = :category")
        params["category"] = query.category
    if query.stage:
        conditions.append("(',' || d.stages || ',') LIKE :stage")
        params["stage"] = f"%,{query.stage},%"
    if query.validity == VALID:
        conditions.append("newer.id IS NULL")
    elif query.validity == SUPERSEDED:
        conditions.append("newer.id IS NOT NULL")
    if query.only_new:
        params["log"] = last_import_id(session)
        if params["log"] is None:
            return []
        conditions.append(f"d.id IN (SELECT document_id FROM {INDEX_TABLE} WHERE arrived_log = :log)")
    join_newer = "LEFT JOIN document newer ON newer.id = d.superseded_by_id AND newer.deleted = 0"
    match = _match_expression(query.words)
    if match:
        params["match"] = match
        sql = (
            f"SELECT {_LIST_COLUMNS}, {INDEX_TABLE}.rowid "
            f"FROM {INDEX_TABLE} JOIN document d ON d.id = {INDEX_TABLE}.document_id {join_newer} "
            f"WHERE {INDEX_TABLE} MATCH :match AND {' AND '.join(conditions)} "
            f"ORDER BY bm25({INDEX_TABLE}, 0, 0, 0, 10, 4, 6, 1) LIMIT {MAX_RESULTS}"
        )
    else:
        sql = (
            f"SELECT {_LIST_COLUMNS}, NULL FROM document d {join_newer} "
            f"WHERE {' AND '.join(conditions)} ORDER BY d.title_key, d.document_date LIMIT {MAX_RESULTS}"
        )
    rows = session.execute(text(sql), params).all()
    snippets = _snippets(session, match, [row[10] for row in rows[:MAX_SNIPPETS]]) if match else {}
    return [
        LibraryRow(
            id=row[0], title=row[1], category=row[2], version=row[3],
            document_date=date.fromisoformat(row[4]) if row[4] else None, superseded_by_id=row[5],
            superseded_by_title=row[6], snippet=snippets.get(row[10], ""), file_name=row[7],
            sha256=row[8], link=row[9],
        )
        for row in rows
    ]


def _snippets(session: Session, match: str, rowids: list[int]) -> dict[int, str]:
    """Return the passage that matches ``match`` in each of these index rows, by rowid."""
    if not rowids:
        return {}
    placeholders = ", ".join(str(int(rowid)) for rowid in rowids)
    rows = session.execute(
        text(f"SELECT rowid, {_SNIPPET} FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match "
             f"AND rowid IN ({placeholders})"),
        {"match": match},
    )
    return {rowid: " ".join((snippet or "").split()) for rowid, snippet in rows}


def _match_expression(words: str) -> str:
    """Turn what the user typed into an FTS5 query: every word, as a prefix, must match."""
    tokens = _WORD.findall(words)
    return " ".join(f'"{token}"*' for token in tokens)


@dataclass(frozen=True)
class VersionView:
    id: str
    title: str
    version: str
    document_date: date | None
    is_current: bool


def version_history(session: Session, document_id: str) -> list[VersionView]:
    """Return every version of a document, oldest first, following ``superseded_by_id`` both ways."""
    rows = session.execute(
        select(Document.id, Document.title, Document.version, Document.document_date, Document.superseded_by_id)
        .where(Document.deleted.is_(False), Document.in_library.is_(True), Document.superseded_by_id.is_not(None))
    ).all()
    newer_of = {row.id: row.superseded_by_id for row in rows}
    older_of = {newer: older for older, newer in newer_of.items()}
    first = document_id
    seen = {first}
    while first in older_of and older_of[first] not in seen:
        first = older_of[first]
        seen.add(first)
    chain = [first]
    while chain[-1] in newer_of and newer_of[chain[-1]] not in chain:
        chain.append(newer_of[chain[-1]])
    documents = {
        row.id: row
        for row in session.execute(
            select(Document.id, Document.title, Document.version, Document.document_date, Document.deleted)
            .where(Document.id.in_(chain))
        )
    }
    return [
        VersionView(document_id, documents[document_id].title, documents[document_id].version,
                    documents[document_id].document_date, index == len(chain) - 1)
        for index, document_id in enumerate(chain)
        if document_id in documents and not documents[document_id].deleted
    ]


@dataclass(frozen=True)
class GivenDocument:
    """A library document given to a territory or attached to a meeting, and when."""

    link_id: str
    document_id: str
    title: str
    version: str
    given_on: date | None
    comment: str
    target_name: str
    is_current: bool


def documents_given_to(session: Session, territory_id: str) -> list[GivenDocument]:
    """Return the library documents given to a territory, most recent first."""
    return _given(session, DocumentLink.territory_id == territory_id, Territory, DocumentLink.territory_id)


def documents_of_meeting(session: Session, meeting_id: str) -> list[GivenDocument]:
    """Return the library documents attached to a meeting, most recent first."""
    return _given(session, DocumentLink.meeting_id == meeting_id, Meeting, DocumentLink.meeting_id)


def _given(session: Session, condition, target_model: type, target_column) -> list[GivenDocument]:
    name_column = Territory.name if target_model is Territory else Meeting.title
    rows = session.execute(
        select(DocumentLink.id, Document.id, Document.title, Document.version, DocumentLink.given_on,
               DocumentLink.comment, name_column, Document.superseded_by_id)
        .join(Document, Document.id == DocumentLink.document_id)
        .join(target_model, target_model.id == target_column)
        .where(condition, DocumentLink.deleted.is_(False), Document.deleted.is_(False),
               Document.in_library.is_(True))
        .order_by(DocumentLink.given_on.desc(), Document.title_key)
    ).all()
    return [GivenDocument(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] is None) for row in rows]


def document_usage(session: Session, document_id: str) -> list[GivenDocument]:
    """Return where a library document was given: territories and meetings, most recent first."""
    rows = session.execute(
        select(DocumentLink.id, DocumentLink.given_on, DocumentLink.comment, Territory.name, Meeting.title)
        .outerjoin(Territory, Territory.id == DocumentLink.territory_id)
        .outerjoin(Meeting, Meeting.id == DocumentLink.meeting_id)
        .where(DocumentLink.document_id == document_id, DocumentLink.deleted.is_(False))
        .order_by(DocumentLink.given_on.desc())
    ).all()
    return [
        GivenDocument(row[0], document_id, "", "", row[1], row[2], row[3] or row[4] or "", True) for row in rows
    ]
