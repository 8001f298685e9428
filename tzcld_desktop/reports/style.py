"""Shared look of every PDF: fonts, colours, page geometry, paragraph styles and text.

Each document module builds a list of flowables with the helpers below and those of
``reports.tables`` and ``reports.charts``, and hands it to ``reports.document.build_pdf``,
which adds the running header and footer and writes the file. User text always goes
through ``markup`` or ``paragraph``: it is escaped, gets French typographic spaces, and
any character the font cannot draw becomes ``PLACEHOLDER``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from tzcld_desktop.domain.frenchtext import (
    NARROW_NO_BREAK_SPACE,
    NO_BREAK_SPACE,
    french_typography,
)
from tzcld_desktop.resources import resource_path

PAGE_SIZE = A4
LANDSCAPE_PAGE_SIZE = landscape(A4)
MARGIN_LEFT = 2.0 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.0 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_CONTENT_WIDTH = LANDSCAPE_PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

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
# Dark red for what needs attention. Text drawn in it also names the reason in words.
ALERT_COLOUR = colors.HexColor("#B3261E")

# Room for a heading, a table header and one row or two lines of text.
_SECTION_MIN_ROOM = 3.5 * cm


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans fonts as one family, so ``<b>`` and ``<i>`` work.

    DejaVu Sans has no bold oblique face in ``resources/fonts``, so bold italic
    falls back to bold.
    """
    # Binary (zlib only) streams. ASCII85 wrapping makes each stream a quarter
    # larger and, without reportlab's optional C accelerator, took about 7 % of a
    # regional summary's build under cProfile. The setting is global to reportlab
    # in this process.
    rl_config.useA85 = 0
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


# Table cells repeat the same values (stages, départements, statuses) many times.
@functools.lru_cache(maxsize=16384)
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
    cell_alert: ParagraphStyle
    alert: ParagraphStyle
    label: ParagraphStyle
    part: ParagraphStyle
    subheading: ParagraphStyle
    group: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


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
        alert=ParagraphStyle("alert", parent=body, fontName=FONT_BOLD, textColor=ALERT_COLOUR),
        cell_alert=ParagraphStyle("cell_alert", parent=cell, fontName=FONT_BOLD, textColor=ALERT_COLOUR),
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        part=ParagraphStyle(
            "part", parent=body, fontName=FONT_BOLD, fontSize=20, leading=25,
            textColor=ACCENT_COLOUR, spaceBefore=0, spaceAfter=12,
        ),
        subheading=ParagraphStyle(
            "subheading", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=13.5,
            textColor=TEXT_COLOUR, spaceBefore=8, spaceAfter=4,
        ),
        group=ParagraphStyle("group", parent=cell, fontName=FONT_BOLD, textColor=TEXT_COLOUR),
        toc_levels=(
            ParagraphStyle("toc0", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15,
                           leftIndent=0, firstLineIndent=0, spaceBefore=6, spaceAfter=0),
            ParagraphStyle("toc1", parent=body, fontSize=9.5, leading=12.5, leftIndent=0.8 * cm,
                           firstLineIndent=0, spaceBefore=0, spaceAfter=0),
        ),
    )


def section_heading(text: str) -> list[Flowable]:
    """Make a section heading that starts a new page when little room is left.

    ``keepWithNext`` is not used because it glues the heading to the whole next
    flowable, so a long table or text would leave the rest of the page blank.
    """
    return [CondPageBreak(_SECTION_MIN_ROOM), Paragraph(escape(text), styles().heading)]


def subheading(text: str) -> list[Flowable]:
    """Make a smaller heading of user text, kept with a few lines of what follows."""
    return [CondPageBreak(2.5 * cm), paragraph(text, styles().subheading)]


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
