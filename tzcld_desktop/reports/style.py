"""Shared look of every PDF: fonts, colours, paragraph styles, tables and the page frame.

Each document module builds a list of flowables with the helpers below and hands it
to ``build_pdf``, which adds the running header and footer and writes the file.
User text always goes through ``markup`` or ``paragraph``: it is escaped, gets French
typographic spaces, and any character the font cannot draw becomes ``PLACEHOLDER``.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from tzcld_desktop import __version__
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from tzcld_desktop.domain.frenchtext import (
    NARROW_NO_BREAK_SPACE,
    NO_BREAK_SPACE,
    format_date_long,
    french_typography,
)
from tzcld_desktop.resources import resource_path

log = logging.getLogger(__name__)

PAGE_SIZE = A4
MARGIN_LEFT = 2.0 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.0 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_OBLIQUE = "DejaVuSans-Oblique"
_FONT_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_OBLIQUE: "DejaVuSans-Oblique.ttf",
}

# Drawn in place of a character that the font has no glyph for, such as most emoji.
PLACEHOLDER = "\u25a1"
EMPTY_CELL = "—"

TEXT_COLOUR = colors.HexColor("#1A1A1A")
ACCENT_COLOUR = colors.HexColor("#1F3A5F")
MUTED_COLOUR = colors.HexColor("#5A6270")
RULE_COLOUR = colors.HexColor("#B8C2CF")
HEADER_FILL = colors.HexColor("#DCE5F0")
STRIPE_FILL = colors.HexColor("#F4F6F9")

_FRAME_FONT_SIZE = 8
# Room for a heading, a table header and one row or two lines of text.
_SECTION_MIN_ROOM = 3.5 * cm
_HEADER_MAX_LINES = 2


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans fonts as one family, so ``<b>`` and ``<i>`` work.

    DejaVu Sans has no bold oblique face in ``resources/fonts``, so bold italic
    falls back to bold.
    """
    for name, file_name in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD
    )


@functools.cache
def _drawable_codepoints(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _is_invisible(char: str) -> bool:
    # Format characters (joiners, bidi marks) and variation selectors have no
    # visible form, so dropping them when the font lacks them loses nothing shown.
    codepoint = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= codepoint <= 0xFE0F
        or 0xE0100 <= codepoint <= 0xE01EF
    )


def drawable_text(text: str, font_name: str = FONT_REGULAR) -> str:
    """Prepare plain user text for ``font_name``: French spacing, placeholders, ``\\n`` breaks.

    Every line break form (``\\r\\n``, U+2028…) becomes ``\\n`` and tabs become
    spaces. A visible character without a glyph in the font becomes ``PLACEHOLDER``,
    so no visible character is dropped. The result is not escaped: see ``markup``.
    """
    text = "\n".join(text.splitlines()).replace("\t", " ")
    text = french_typography(text)
    # reportlab 5.1 breaks lines at U+202F (paragraph.py lists it among its
    # breakable spaces), which would leave "?" alone at the start of a line.
    # U+00A0 is slightly wider but never breaks.
    text = text.replace(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE)

    codepoints = _drawable_codepoints(font_name)
    drawable = []
    for char in text:
        if char == "\n" or ord(char) in codepoints:
            drawable.append(char)
        elif not _is_invisible(char):
            drawable.append(PLACEHOLDER)
    return "".join(drawable)


def markup(text: str, font_name: str = FONT_REGULAR) -> str:
    """Turn arbitrary user text into safe Paragraph markup drawn in ``font_name``.

    NOTE: without reportlab's optional rlbidi and uharfbuzz packages, characters
    are drawn in stored order without shaping, so Arabic or Hebrew text shows its
    letters unjoined and left to right.
    """
    return escape(drawable_text(text, font_name)).replace("\n", "<br/>")


@dataclass(frozen=True)
class ReportStyles:
    """Paragraph styles shared by every document."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    empty: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    label: ParagraphStyle


@functools.cache
def styles() -> ReportStyles:
    """Return the shared paragraph styles, registering the fonts first."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT_REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=TEXT_COLOUR,
        alignment=TA_LEFT,
        spaceAfter=5,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return ReportStyles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
            textColor=ACCENT_COLOUR, spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED_COLOUR,
            spaceAfter=10,
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16,
            textColor=ACCENT_COLOUR, spaceBefore=14, spaceAfter=6,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED_COLOUR),
        empty=ParagraphStyle("empty", parent=body, fontName=FONT_OBLIQUE, textColor=MUTED_COLOUR),
        cell=cell,
        cell_header=ParagraphStyle(
            "cell_header", parent=cell, fontName=FONT_BOLD, textColor=ACCENT_COLOUR
        ),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, spaceAfter=0),
    )


def section_heading(text: str) -> list[Flowable]:
    """Make a section heading that starts a new page when little room is left.

    ``keepWithNext`` is not used because it glues the heading to the whole next
    flowable, so a long table or text would leave the rest of the page blank.
    """
    return [CondPageBreak(_SECTION_MIN_ROOM), Paragraph(escape(text), styles().heading)]


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """Make a Paragraph of user text, checked against the font of ``style``."""
    return Paragraph(markup(text, style.fontName), style)


def paragraphs(text: str, empty_text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Make one Paragraph per blank-line-separated block, or ``empty_text`` when blank.

    Separate Paragraphs let a long text break across pages between blocks as well
    as inside them.
    """
    style = style or styles().body
    normalised = "\n".join(text.splitlines())
    blocks = [block for block in re.split(r"\n\s*\n", normalised) if block.strip()]
    if not blocks:
        return [Paragraph(escape(empty_text), styles().empty)]
    return [paragraph(block.strip("\n"), style) for block in blocks]


class _PagedTable(Table):
    """Table whose remainder after a split always starts on the next page.

    reportlab 5.1 otherwise lays the remainder out in the space left under the
    first part, and with splitInRow it splits the next row there, printing the
    repeated header row a second time in the middle of the page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], FrameBreak(), parts[1]]
        return parts


def _new_table(
    data: list[list[object]],
    col_widths: list[float],
    repeat_rows: int,
    commands: list[tuple[object, ...]],
) -> Table:
    # splitInRow=1 lets a row continue on the next page. Splits between rows are
    # tried first, so a row is cut only when it is the first under the header and
    # does not fit, as a row taller than a page does (a LayoutError otherwise).
    table = _PagedTable(
        data, colWidths=col_widths, repeatRows=repeat_rows, splitInRow=1, hAlign="LEFT"
    )
    # Table sets a cell font even when every cell contains flowables, so without
    # FONTNAME each page would reference an unembedded Helvetica.
    base = [("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    table.setStyle(TableStyle(base + commands))
    return table


def fields_table(fields: Sequence[tuple[str, str]]) -> Table:
    """Make a borderless two-column table of labels and user values ("—" when empty)."""
    st = styles()
    data: list[list[object]] = [
        [[Paragraph(escape(label), st.label)], [paragraph(value.strip() or EMPTY_CELL, st.body)]]
        for label, value in fields
    ]
    return _new_table(
        data,
        [0.3 * CONTENT_WIDTH, 0.7 * CONTENT_WIDTH],
        repeat_rows=0,
        commands=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_COLOUR),
        ],
    )


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    column_fractions: Sequence[float],
    empty_text: str,
) -> Flowable:
    """Make a grid table of user values whose header row repeats on every page.

    ``column_fractions`` gives each column's share of the text width and must add
    up to 1. Every cell is a Paragraph, so long text wraps and a tall row can
    split across pages. Without rows, ``empty_text`` is returned as a paragraph.
    """
    if len(column_fractions) != len(headers) or abs(sum(column_fractions) - 1) > 1e-6:
        raise ValueError(
            f"column_fractions {list(column_fractions)} must give one share per header "
            f"({len(headers)}) and add up to 1"
        )
    st = styles()
    if not rows:
        return Paragraph(escape(empty_text), st.empty)

    data: list[list[object]] = [[[Paragraph(escape(header), st.cell_header)] for header in headers]]
    for row in rows:
        data.append([[paragraph(value.strip() or EMPTY_CELL, st.cell)] for value in row])
    return _new_table(
        data,
        [share * CONTENT_WIDTH for share in column_fractions],
        repeat_rows=1,
        commands=[
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


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

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            super().showPage()
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


def _new_document(stream: object, *, title: str, subject: str, author: str) -> BaseDocTemplate:
    document = BaseDocTemplate(
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
    body = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[body])])
    return document


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
    errors raise ``ReportWriteError``, and layout errors propagate unchanged.
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
            document.build(list(flowables), canvasmaker=canvasmaker)
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
