"""Writes on the document base: add, edit, publish a new version, import a folder.

``LibraryWrites`` is a base of ``tzcld_desktop.db.services.Services``. Files are copied
into the content-addressed store (``blobs``) before the transaction; the text index is
refreshed after it (``library.refresh_index``), so call these methods off the GUI thread
when files are large. Giving a document to a territory or a meeting is
``Services.link_document``.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db import blobs, library
from tzcld_desktop.db.models import Document, new_id
from tzcld_desktop.db.record_services import get_live
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from tzcld_desktop.domain.forms import MAX_NAME_LENGTH
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.domain.vocabulary import DocumentCategory

log = logging.getLogger(__name__)

MAX_TAG_LENGTH = 60
LANGUAGES = ("fr", "en", "de", "es", "it")

# Words of a sub-folder name (normalised) and the category they suggest, checked in order.
_CATEGORY_WORDS = (
    (("juridique", "droit", "loi", "legal", "reglementation", "convention"), DocumentCategory.LEGAL),
    (("modele", "modeles", "gabarit", "trame", "template", "templates"), DocumentCategory.TEMPLATE),
    (("formation", "formations", "webinaire", "atelier"), DocumentCategory.TRAINING),
    (("methode", "methodologie", "guide", "guides", "fiche", "fiches"), DocumentCategory.METHOD),
    (("communication", "presse", "presentation", "presentations"), DocumentCategory.COMMUNICATION),
    (("evaluation", "bilan", "bilans", "indicateurs"), DocumentCategory.EVALUATION),
)


@dataclass(frozen=True)
class LibraryDocumentInput:
    """The values of the library form for one document."""

    title: str
    description: str = ""
    category: DocumentCategory = DocumentCategory.OTHER
    tags: tuple[str, ...] = ()
    stages: tuple[Stage, ...] = ()
    source: str = ""
    version: str = ""
    document_date: date | None = None
    language: str = "fr"
    link: str = ""


def validate_library_document(data: LibraryDocumentInput, has_file: bool) -> None:
    """Raise ValidationError, keyed by field, when the document cannot be saved."""
    errors = {}
    if not data.title.strip():
        errors["title"] = QT_TRANSLATE_NOOP("Validation", "Indiquez un titre.")
    elif len(data.title.strip()) > MAX_NAME_LENGTH:
        errors["title"] = QT_TRANSLATE_NOOP("Validation", "Le titre est trop long.")
    link = data.link.strip()
    if not has_file and not link:
        errors["file"] = QT_TRANSLATE_NOOP("Validation", "Choisissez un fichier ou indiquez une adresse web.")
    if link and not link.lower().startswith(("http://", "https://")):
        errors["link"] = QT_TRANSLATE_NOOP("Validation", "L'adresse web doit commencer par http:// ou https://.")
    if any(len(tag) > MAX_TAG_LENGTH or "," in tag for tag in data.tags):
        errors["tags"] = QT_TRANSLATE_NOOP("Validation", "Un mot-clé est trop long.")
    if data.language not in LANGUAGES:
        errors["language"] = QT_TRANSLATE_NOOP("Validation", "Langue inconnue.")
    if errors:
        raise ValidationError(errors)


def guess_category(relative_folder: Path) -> DocumentCategory:
    """Guess a document's category from the names of the sub-folders it sits in, innermost first."""
    for part in reversed(relative_folder.parts):
        words = set(normalize(part).replace("-", " ").replace("_", " ").split())
        for keys, category in _CATEGORY_WORDS:
            if words & set(keys):
                return category
    return DocumentCategory.OTHER


@dataclass
class FolderCandidate:
    """A file found in a folder to import, with what the review step shows and lets the user change."""

    path: Path
    relative: str
    title: str
    category: DocumentCategory
    size: int
    sha256: str = ""
    # Title of the library document that already contains this content, if any.
    duplicate_of: str = ""
    # Relative path of an earlier file of the same folder with this content, if any.
    same_as: str = ""
    too_large: bool = False
    selected: bool = True


def scan_folder(store, folder: Path) -> list[FolderCandidate]:
    """Walk ``folder`` and return its files with a guessed category and their duplicates marked.

    Hidden files and folders are skipped. Duplicates (same content as a library document
    or as an earlier file of the folder) and files over the document size limit start
    unselected. Reads every file to hash it, so call this off the GUI thread.
    """
    folder = Path(folder)
    candidates = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.startswith("~$"):
                continue
            path = Path(root) / name
            relative = path.relative_to(folder)
            try:
                size = path.stat().st_size
            except OSError as error:
                log.warning("Skipped %s while scanning a folder: %s", path, error)
                continue
            candidates.append(FolderCandidate(
                path=path, relative=relative.as_posix(), title=path.stem[:MAX_NAME_LENGTH],
                category=guess_category(relative.parent), size=size,
                too_large=size > blobs.MAX_DOCUMENT_BYTES,
            ))
    with store.session() as session:
        known = _library_titles_by_hash(session)
    first_of: dict[str, str] = {}
    for candidate in candidates:
        if candidate.too_large:
            candidate.selected = False
            continue
        candidate.sha256 = _hash_file(candidate.path)
        candidate.duplicate_of = known.get(candidate.sha256, "")
        candidate.same_as = first_of.setdefault(candidate.sha256, candidate.relative)
        if candidate.same_as == candidate.relative:
            candidate.same_as = ""
        candidate.selected = not (candidate.duplicate_of or candidate.same_as)
    return candidates


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _library_titles_by_hash(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(Document.sha256, Document.title)
        .where(Document.deleted.is_(False), Document.in_library.is_(True), Document.sha256 != "")
    )
    return {sha256: title for sha256, title in rows}


@dataclass
class FolderImportResult:
    """Result of a folder import: documents added, files skipped as duplicates, failures."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class LibraryWrites:
    """Writes on the document base (a base of ``Services``)."""

    store: object

    def _write(self, label: str = "") -> AbstractContextManager[Session]:  # pragma: no cover - in Services
        raise NotImplementedError

    def add_library_document(self, data: LibraryDocumentInput, source: Path | None = None) -> str:
        """Add a document to the base, from a file copied into the data folder or a web link; return its id."""
        validate_library_document(data, source is not None)
        stored = blobs.store_file(self.store.data_dir, source) if source is not None else None
        with self._write(QT_TRANSLATE_NOOP("Undo", "Ajout d'un document à la base")) as session:
            document = _new_document(session, data, source, stored)
        library.refresh_index(self.store)
        log.info("Library document added: %s", document.id)
        return document.id

    def update_library_document(self, document_id: str, data: LibraryDocumentInput) -> None:
        """Change the description of a library document; its file stays."""
        with self._write(QT_TRANSLATE_NOOP("Undo", "Modification d'un document")) as session:
            document = get_live(session, Document, document_id)
            validate_library_document(data, bool(document.sha256))
            _apply(document, data)
        library.refresh_index(self.store)
        log.info("Library document updated: %s", document_id)

    def publish_new_version(self, document_id: str, data: LibraryDocumentInput, source: Path | None = None) -> str:
        """Add a newer version of a library document and mark the old one as superseded by it.

        The old version stays readable; ``superseded_by_id`` travels to the other copies.
        Raises UserError when the document already has a newer version.
        """
        stored = None
        with self.store.session() as session:
            old = get_live(session, Document, document_id)
            has_file = source is not None or (bool(old.sha256) and not data.link.strip())
        validate_library_document(data, has_file)
        if source is not None:
            stored = blobs.store_file(self.store.data_dir, source)
        with self._write(QT_TRANSLATE_NOOP("Undo", "Nouvelle version d'un document")) as session:
            old = get_live(session, Document, document_id)
            if old.superseded_by_id and session.get(Document, old.superseded_by_id) is not None:
                raise UserError(
                    "Ce document a déjà été remplacé par une version plus récente. Publiez la nouvelle "
                    "version à partir de la dernière."
                )
            document = _new_document(session, data, source, stored)
            if source is None and not data.link.strip():
                # Same file as the previous version, with new information.
                document.file_name, document.sha256 = old.file_name, old.sha256
                document.size, document.media_type = old.size, old.media_type
            old.superseded_by_id = document.id
        library.refresh_index(self.store)
        log.info("Library document %s superseded by %s", document_id, document.id)
        return document.id

    def add_library_files(self, candidates: Sequence[FolderCandidate]) -> FolderImportResult:
        """Add the selected files of a folder to the base in one transaction.

        A file whose content is already in the base, or selected twice, is stored once and
        reported in ``duplicates``; a file that cannot be read is reported in ``failed``.
        """
        result = FolderImportResult()
        with self.store.session() as session:
            known = _library_titles_by_hash(session)
        to_add: list[tuple[FolderCandidate, blobs.StoredFile]] = []
        for candidate in candidates:
            if not candidate.selected:
                continue
            try:
                stored = blobs.store_file(self.store.data_dir, candidate.path)
            except UserError as error:
                result.failed.append((candidate.relative, error.message()))
                continue
            if stored.sha256 in known:
                result.duplicates.append(candidate.relative)
                continue
            known[stored.sha256] = candidate.title
            to_add.append((candidate, stored))
        with self._write(QT_TRANSLATE_NOOP("Undo", "Import d'un dossier de documents")) as session:
            for candidate, stored in to_add:
                data = LibraryDocumentInput(title=candidate.title.strip() or candidate.path.stem,
                                            category=candidate.category)
                result.added.append(_new_document(session, data, candidate.path, stored).id)
        library.refresh_index(self.store)
        log.info("Folder imported into the library: %d added, %d duplicates, %d failed",
                 len(result.added), len(result.duplicates), len(result.failed))
        return result


def _new_document(session: Session, data: LibraryDocumentInput, source: Path | None,
                  stored: blobs.StoredFile | None) -> Document:
    document = Document(
        id=new_id(), file_name=source.name[:255] if source else "", sha256=stored.sha256 if stored else "",
        size=stored.size if stored else None, media_type=stored.media_type if stored else "",
        in_library=True, superseded_by_id=None, added_on=date.today(),
    )
    _apply(document, data)
    session.add(document)
    return document


def _apply(document: Document, data: LibraryDocumentInput) -> None:
    document.title = data.title.strip()
    document.description = data.description.strip()
    document.category = data.category.value
    document.tags = ",".join(tag.strip() for tag in data.tags if tag.strip())
    document.stages = ",".join(stage.value for stage in data.stages)
    document.source = data.source.strip()[:300]
    document.version = data.version.strip()[:50]
    document.document_date = data.document_date
    document.language = data.language
    document.link = data.link.strip()
