"""The page frame and the file: running header and footer, outlines, atomic writing.

``build_pdf`` lays out a list of flowables on A4 pages, portrait by default and
landscape after a ``NextPageTemplate(LANDSCAPE_TEMPLATE)`` (see ``reports.tables``).
It draws the header (the title) and the footer ("page x / y" and the generation
date), sets the PDF metadata, and gives the file its name only once it is complete.
"""

from __future__ import annotations

import ast
import functools
import itertools
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from tzcld_desktop import __version__
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.frenchtext import format_date_long
from tzcld_desktop.reports.style import (
    CONTENT_WIDTH,
    FONT_REGULAR,
    LANDSCAPE_PAGE_SIZE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED_COLOUR,
    PAGE_SIZE,
    RULE_COLOUR,
    drawable_text,
    register_fonts,
    styles,
)
from tzcld_desktop.reports.tables import LANDSCAPE_TEMPLATE, PORTRAIT_TEMPLATE

log = logging.getLogger(__name__)

_FRAME_FONT_SIZE = 8
_HEADER_MAX_LINES = 2


def _fit_header(title: str) -> list[str]:
    """Wrap the header title into at most two lines, ending the second with "…" if needed.

    Only the running header is shortened, because the full title stays in the
    document body and metadata.
    """
    max_width = CONTENT_WIDTH

    def width(text: str) -> float:
        return pdfmetrics.stringWidth(text, FONT_REGULAR, _FRAME_FONT_SIZE)

    # Two lines of 8-point text fit far fewer than 600 characters, and cutting
    # first keeps the wrapping cheap for an absurdly long title.
    normalised = " ".join(title.split())
    shortened = normalised[:600]

    lines: list[str] = []
    current = ""
    for word in shortened.split(" "):
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and width(current + char) > max_width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)

    if len(lines) > _HEADER_MAX_LINES or len(shortened) < len(normalised):
        lines = lines[:_HEADER_MAX_LINES]
        last = lines[-1]
        while last and width(last + "…") > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


class _FramedCanvas(Canvas):
    """Canvas that draws the header and footer of every page at save time.

    Pages are kept until ``save`` because the footer "page x / y" needs the total.
    """

    def __init__(
        self,
        *args: object,
        header_lines: list[str],
        footer_text: str,
        page_counts: list[int],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._header_lines = header_lines
        self._footer_text = footer_text
        self._page_counts = page_counts
        self._held_pages: list[dict[str, object]] = []
        self._page_marks: list[tuple[str, tuple[object, ...], dict[str, object]]] = []
        # Page number of each Bookmark key, shared by every held page.
        self.bookmark_pages: dict[str, int] = {}
        self._page_references: dict[str, tuple[str, float, object]] = {}

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._page_marks = []
        self._startPage()

    def refer_to_page(self, key: str, font_name: str, font_size: float, colour: object) -> None:
        """Draw the page number of bookmark ``key``, right-aligned at the current origin.

        The number is a form XObject drawn here and filled in at save time, once the
        layout has reached every bookmark, so it keeps its place in the text order.
        """
        self._page_references[key] = (font_name, font_size, colour)
        self.doForm(self._page_form(key))

    @staticmethod
    def _page_form(key: str) -> str:
        return f"page-of-{key}"

    def _define_page_forms(self) -> None:
        for key, (font_name, font_size, colour) in self._page_references.items():
            # The box reaches left of the origin, where the right-aligned number lies.
            self.beginForm(self._page_form(key), lowerx=-100, lowery=-font_size, upperx=1, uppery=2 * font_size)
            self.setFont(font_name, font_size)
            self.setFillColor(colour)
            self.drawRightString(0, 0, str(self.bookmark_pages.get(key, "?")))
            self.endForm()

    def bookmarkPage(self, key: str, *args: object, **kwargs: object) -> None:  # noqa: N802
        # reportlab binds a bookmark to the page being written to the file, and
        # pages are written only at save time here, so the call waits until then.
        self._page_marks.append(("bookmarkPage", (key, *args), kwargs))

    def addOutlineEntry(self, *args: object, **kwargs: object) -> None:  # noqa: N802
        # Deferred with the bookmarks so that outline entries keep their order.
        self._page_marks.append(("addOutlineEntry", args, kwargs))

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            for name, args, kwargs in self._page_marks:
                getattr(Canvas, name)(self, *args, **kwargs)
            super().showPage()
        self._define_page_forms()
        self._page_counts.append(total)
        super().save()

    def _draw_frame(self, total: int) -> None:
        page_width, page_height = self._pagesize
        right = page_width - MARGIN_RIGHT
        self.saveState()
        self.setFont(FONT_REGULAR, _FRAME_FONT_SIZE)
        self.setFillColor(MUTED_COLOUR)
        self.setStrokeColor(RULE_COLOUR)
        self.setLineWidth(0.5)

        y = page_height - 1.2 * cm
        for line in self._header_lines:
            self.drawString(MARGIN_LEFT, y, line)
            y -= _FRAME_FONT_SIZE * 1.25
        rule_y = page_height - MARGIN_TOP + 0.45 * cm
        self.line(MARGIN_LEFT, rule_y, right, rule_y)

        rule_y = MARGIN_BOTTOM - 0.45 * cm
        self.line(MARGIN_LEFT, rule_y, right, rule_y)
        self.drawString(MARGIN_LEFT, 1.1 * cm, self._footer_text)
        self.drawRightString(right, 1.1 * cm, f"page {self._pageNumber} / {total}")
        self.restoreState()


class ReportWriteError(UserError):
    """The PDF file cannot be written where the user asked."""

    context = "ReportWriteError"


_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "ReportWriteError",
    "Le fichier PDF « {path} » n'a pas pu être écrit : {reason}. Vérifiez que le dossier "
    "existe, que vous avez le droit d'y écrire, qu'il reste de la place sur le disque et "
    "que le fichier n'est pas ouvert dans une autre application.",
)


class _ReportDocument(BaseDocTemplate):
    """Document template that turns ``Bookmark`` flowables into outlines and contents entries."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if not isinstance(flowable, Bookmark):
            return
        if flowable.on_reached is not None:
            flowable.on_reached()
        self.canv.bookmark_pages[flowable.key] = self.page
        self.canv.bookmarkPage(flowable.key, fit="XYZ", top=None)
        self.canv.addOutlineEntry(drawable_text(flowable.title), flowable.key, level=flowable.level)
        if flowable.in_contents:
            entry = escape(drawable_text(flowable.title))
            self.notify("TOCEntry", (flowable.level, entry, self.page, flowable.key))


class Bookmark(Flowable):
    """An invisible mark: an entry of the PDF outline and, with ``in_contents``, of the contents.

    ``level`` 0 is a part, 1 a section inside it; levels may rise by one at a time
    only. ``on_reached`` is called when the layout reaches the mark, so a long build
    can report progress or raise to stop.
    """

    _counter = itertools.count()

    def __init__(
        self,
        title: str,
        level: int = 0,
        in_contents: bool = True,
        on_reached: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.title = title
        self.level = level
        self.in_contents = in_contents
        self.on_reached = on_reached
        self.key = f"mark{next(self._counter)}"
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ContentsTable(TableOfContents):
    """Table of contents laid out in the same pass as the rest of the document.

    ``build_pdf`` gives it the document's ``Bookmark`` marks before the layout
    starts, so its height is right from the first pass. Each entry draws its title
    and dot leaders at once, and its page number at save time (see
    ``_FramedCanvas.refer_to_page``). reportlab's own TableOfContents would need a
    second layout of the whole document (``multiBuild``) to learn the numbers.
    """

    # Room kept at the right for the page number, which is unknown while laying out.
    _NUMBER_ROOM = "0000"

    def isIndexing(self) -> int:  # noqa: N802 - reportlab's name
        return 0

    def set_entries(self, bookmarks: Iterable[Bookmark]) -> None:
        """Fill the entries from the marks of the document, in their order."""
        self._lastEntries = [
            (mark.level, escape(drawable_text(mark.title)), 0, mark.key) for mark in bookmarks if mark.in_contents
        ]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        size = super().wrap(available_width, available_height)
        # Replaces the callback that the parent registers to draw a known page number.
        self.canv.setNamedCB("drawTOCEntryEnd", functools.partial(self._draw_entry_end, available_width))
        return size

    def _draw_entry_end(self, available_width: float, canvas: Canvas, _kind: str, label: str) -> None:
        _page, level, key = label.split(",", 2)
        style = self.getLevelStyle(int(level))
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        dot = " . "
        dots_end = available_width - pdfmetrics.stringWidth(self._NUMBER_ROOM, style.fontName, style.fontSize)
        count = int((dots_end - x) / pdfmetrics.stringWidth(dot, style.fontName, style.fontSize))
        if count > 0:
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            canvas.drawRightString(dots_end, y, dot * count)
            canvas.restoreState()
        canvas.saveState()
        canvas.translate(available_width, y)
        canvas.refer_to_page(ast.literal_eval(key), style.fontName, style.fontSize, style.textColor)
        canvas.restoreState()


def contents_table() -> ContentsTable:
    """Make the table of contents filled from the ``Bookmark`` marks of the document."""
    # The FONTNAME keeps the inner table from referencing an unembedded Helvetica.
    table_style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    return ContentsTable(dotsMinLevel=0, levelStyles=list(styles().toc_levels), tableStyle=table_style)


def _new_document(stream: object, *, title: str, subject: str, author: str) -> BaseDocTemplate:
    document = _ReportDocument(
        stream,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=f"TZCLD Desktop {__version__}",
        lang="fr-FR",
        # Without this, every page would also reference an unembedded Helvetica.
        initialFontName=FONT_REGULAR,
    )
    # A frame without padding makes CONTENT_WIDTH exact, so tables line up with
    # the header and footer rules.
    document.addPageTemplates([
        PageTemplate(id=PORTRAIT_TEMPLATE, frames=[_body_frame(PAGE_SIZE)], pagesize=PAGE_SIZE),
        PageTemplate(
            id=LANDSCAPE_TEMPLATE, frames=[_body_frame(LANDSCAPE_PAGE_SIZE)], pagesize=LANDSCAPE_PAGE_SIZE
        ),
    ])
    return document


def _body_frame(page_size: tuple[float, float]) -> Frame:
    return Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        page_size[0] - MARGIN_LEFT - MARGIN_RIGHT,
        page_size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )


def build_pdf(
    path: Path,
    *,
    title: str,
    subject: str,
    author: str,
    flowables: Iterable[Flowable],
    generated_on: date | None = None,
) -> int:
    """Write ``flowables`` as an A4 PDF at ``path`` and return its number of pages.

    The file is built beside ``path`` under a temporary name and renamed over it
    only when complete, so an error never leaves a truncated PDF behind. Disk
    errors raise ``ReportWriteError``, and layout errors propagate unchanged, as
    does any exception raised by a ``Bookmark.on_reached`` callback. A
    ``contents_table`` lists the document's bookmarks in a single layout pass; only
    a document holding another reportlab indexing flowable is laid out twice or
    more (``multiBuild``), until its page numbers settle.
    """
    register_fonts()
    path = Path(path)
    generated_on = generated_on or date.today()
    page_counts: list[int] = []
    canvasmaker = functools.partial(
        _FramedCanvas,
        header_lines=_fit_header(drawable_text(title)),
        footer_text=f"Généré le {format_date_long(generated_on)}",
        page_counts=page_counts,
    )

    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        with os.fdopen(descriptor, "wb") as stream:
            document = _new_document(stream, title=title, subject=subject, author=author)
            story = list(flowables)
            bookmarks = [flowable for flowable in story if isinstance(flowable, Bookmark)]
            for flowable in story:
                if isinstance(flowable, ContentsTable):
                    flowable.set_entries(bookmarks)
            if any(flowable.isIndexing() for flowable in story):
                document.multiBuild(story, canvasmaker=canvasmaker)
            else:
                document.build(story, canvasmaker=canvasmaker)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove_quietly(temporary)
        raise ReportWriteError(
            _WRITE_FAILED, path=str(path), reason=error.strerror or str(error)
        ) from error
    except BaseException:
        _remove_quietly(temporary)
        raise

    log.info("PDF written: %s (%d pages)", path, page_counts[0])
    return page_counts[0]


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("Failed to remove temporary PDF %s: %s", path, error)
