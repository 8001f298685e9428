"""The French user guide: found, converted from Markdown and shown in a help window.

The guide is written in ``docs/guide-utilisateur.md``. A source checkout shows that file
directly. A PyInstaller bundle has no ``docs/`` folder, so ``build.spec`` converts the
guide with ``write_guide_html`` into ``resources/guide/guide-utilisateur.html`` and copies
the images it shows beside it, at the same relative paths.

Qt converts the Markdown itself (``QTextDocument.setMarkdown``, CommonMark with GitHub's
tables), so the guide needs no other package, and the source and bundled guides look alike.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import (
    QImageReader,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from tzcld_desktop.resources import resource_path
from tzcld_desktop.ui import messages

log = logging.getLogger(__name__)

GUIDE_NAME = "guide-utilisateur"
SOURCE_GUIDE = Path(__file__).resolve().parent.parent.parent / "docs" / f"{GUIDE_NAME}.md"

# Qt writes the build machine's default font into the <body> of every exported page.
_BODY_STYLE = re.compile(r"<body\s+style=\"[^\"]*\">")


def bundled_guide() -> Path:
    """Return where a bundle keeps the guide converted to HTML (it may not exist)."""
    return resource_path("guide", f"{GUIDE_NAME}.html")


def expected_guide() -> Path:
    """Return the guide file this installation should have: HTML in a bundle, Markdown otherwise."""
    if getattr(sys, "frozen", False):
        return bundled_guide()
    return SOURCE_GUIDE


def find_user_guide() -> Path | None:
    """Return the Markdown guide of a source checkout, else the bundled HTML guide, else None."""
    for candidate in (SOURCE_GUIDE, bundled_guide()):
        if candidate.is_file():
            return candidate
    return None


def heading_anchor(text: str) -> str:
    """Return the anchor that GitHub gives a heading: "Préparer une réunion" → "préparer-une-réunion"."""
    kept = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return kept.replace(" ", "-")


def _markdown_document(markdown: str) -> QTextDocument:
    """Return ``markdown`` as a document whose headings carry GitHub-style anchors.

    The anchors let ``[Installer](#installer)`` links of the guide scroll to the heading,
    which Qt's Markdown reader alone does not do. The first level-1 heading becomes the
    document title.
    """
    document = QTextDocument()
    document.setMarkdown(markdown)
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            if level == 1 and not document.metaInformation(QTextDocument.MetaInformation.DocumentTitle):
                document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, block.text().strip())
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([heading_anchor(block.text())])
            cursor.mergeCharFormat(anchor)
        block = block.next()
    return document


def image_references(document: QTextDocument) -> list[str]:
    """Return the image paths or URLs that ``document`` shows, in order, without repeats."""
    found: list[str] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                name = QTextImageFormat(char_format).name()
                if name and name not in found:
                    found.append(name)
            iterator += 1
        block = block.next()
    return found


def markdown_to_html(markdown: str) -> str:
    """Convert the guide's Markdown to the HTML that the help window shows.

    The page keeps relative image paths, so it must be shown from the guide's folder.
    Needs a QGuiApplication, because Qt measures fonts while it writes the HTML.
    """
    html = _markdown_document(markdown).toHtml()
    return _BODY_STYLE.sub("<body>", html, count=1)


def _is_local(reference: str) -> bool:
    url = QUrl(reference)
    return url.isRelative() and not Path(reference).is_absolute()


def write_guide_html(source: Path, target_dir: Path) -> Path:
    """Convert the Markdown guide ``source`` into ``target_dir`` with the images it shows.

    Returns the HTML file. Each image given by a path relative to the guide is copied to
    the same relative path under ``target_dir``. An image that is missing, or outside the
    guide's folder, is left out with a warning in the log, and the page shows its
    alternative text instead.
    """
    markdown = source.read_text(encoding="utf-8-sig")
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{GUIDE_NAME}.html"
    target.write_text(markdown_to_html(markdown), encoding="utf-8")

    guide_folder = source.parent.resolve()
    for reference in image_references(_markdown_document(markdown)):
        if not _is_local(reference):
            continue
        image = (guide_folder / QUrl.fromPercentEncoding(reference.encode())).resolve()
        if not image.is_relative_to(guide_folder):
            log.warning("Guide image %s is outside %s and was not copied", reference, guide_folder)
        elif not image.is_file():
            log.warning("Guide image %s not found in %s", reference, guide_folder)
        else:
            copy = target_dir / image.relative_to(guide_folder)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(image, copy)
    return target


class UserGuideWindow(QWidget):
    """A window that shows the user guide, with back, forward and start-of-guide buttons.

    Links inside the guide scroll to their heading, and web links open in the browser.
    """

    def __init__(self, guide: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide = guide

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        self.browser.setAccessibleName(self.tr("Texte du guide d'utilisation"))
        # Relative image paths of the guide resolve against its folder.
        self.browser.setSearchPaths([str(guide.parent)])
        # Natural sizes of the guide's images by name; None for an image not found.
        self._image_sizes: dict[str, QSize | None] = {}
        self.browser.sourceChanged.connect(self.fit_images)
        self.browser.viewport().installEventFilter(self)

        self.back_button = QPushButton(self.tr("Précédent"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = QPushButton(self.tr("Suivant"))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.setEnabled(False)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.home_button = QPushButton(self.tr("Début du guide"))
        self.home_button.clicked.connect(self.show_start)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)

        self._load()
        self.resize(900, 700)

    def show_start(self) -> None:
        """Scroll back to the top of the guide, which is a single page."""
        self.browser.verticalScrollBar().setValue(0)

    def _load(self) -> None:
        if self.guide.suffix.lower() == ".md":
            markdown = self.guide.read_text(encoding="utf-8-sig")
            self.browser.setHtml(markdown_to_html(markdown))
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(self.guide)), QTextDocument.ResourceType.HtmlResource)
        title = self.browser.documentTitle().strip()
        default_title = self.tr("Guide d'utilisation")
        self.setWindowTitle(title if title else default_title)
        self.fit_images()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
        return False

    def _image_size(self, name: str) -> QSize | None:
        """Return the natural size of the guide image ``name``, or None when its file is missing."""
        if name not in self._image_sizes:
            size = None
            if _is_local(name):
                path = self.guide.parent / QUrl.fromPercentEncoding(name.encode())
                if path.is_file():
                    size = QImageReader(str(path)).size()
                    size = size if size.isValid() and not size.isEmpty() else None
            else:
                size = QSize()  # a web image: Qt shows it at its own size
            self._image_sizes[name] = size
        return self._image_sizes[name]

    def fit_images(self) -> None:
        """Scale each image down to the text width, keeping its proportions.

        An image whose file is missing, as in a fresh clone before the screenshots are
        made, is replaced by a line of text saying so.
        """
        document = self.browser.document()
        margin = 2 * document.documentMargin() + 4
        available = max(int(self.browser.viewport().width() - margin), 50)
        fragments = []
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    fragments.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
                iterator += 1
            block = block.next()

        # From the end, so replacing an image does not move the ones still to do.
        for position, length, image_format in reversed(fragments):
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            size = self._image_size(image_format.name())
            if size is None:
                cursor.insertText(self._missing_image_text(image_format), QTextCharFormat())
                continue
            if not size.isValid():
                continue
            width = min(size.width(), available)
            image_format.setWidth(width)
            image_format.setHeight(size.height() * width / size.width())
            cursor.setCharFormat(image_format)

    def _missing_image_text(self, image_format: QTextImageFormat) -> str:
        description = str(image_format.property(QTextFormat.Property.ImageAltText) or "").strip()
        if description:
            return self.tr("[Image non disponible : {description}]").format(description=description)
        return self.tr("[Image non disponible]")


def open_user_guide(parent: QWidget | None, guide: Path | None = None) -> UserGuideWindow | None:
    """Show the user guide in its own window, or a French message when the guide is missing.

    ``guide`` defaults to ``find_user_guide()``. A window already open on the same parent
    is raised instead of opening a second one. Returns the window, or None when the guide
    was not found or could not be read.
    """
    if parent is not None:
        for window in parent.findChildren(UserGuideWindow):
            window.show()
            window.raise_()
            window.activateWindow()
            return window

    path = guide if guide is not None else find_user_guide()
    title = QCoreApplication.translate("UserGuide", "Guide d'utilisation")
    if path is None or not path.is_file():
        missing = path if path is not None else expected_guide()
        log.warning("User guide not found: %s", missing)
        messages.warning(parent, title, QCoreApplication.translate(
            "UserGuide",
            "Le guide d'utilisation est introuvable : le fichier {path} n'existe pas. "
            "Réinstallez l'application pour le retrouver.",
        ).format(path=missing))
        return None

    try:
        window = UserGuideWindow(path, parent)
    except (OSError, UnicodeDecodeError) as error:
        log.warning("User guide %s could not be read: %s", path, error)
        messages.warning(parent, title, QCoreApplication.translate(
            "UserGuide",
            "La lecture du guide d'utilisation {path} a échoué ({reason}). Réinstallez "
            "l'application pour le retrouver.",
        ).format(path=path, reason=getattr(error, "strerror", None) or str(error)))
        return None
    log.info("User guide opened: %s", path)
    window.show()
    return window
