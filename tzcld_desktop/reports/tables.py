"""Tables of user values: field lists, grid tables with repeated headers, landscape sections.

Grid tables size their columns from their content: each column is at least as wide
as its longest word, and the room left goes to the columns whose text would
otherwise wrap. Lines break at spaces and after the hyphen of a compound word
("Auvergne-" / "Rhône-Alpes") only. A word wider than the widest column the page
allows is the one exception: it is cut so that nothing runs off the page.

A short cell is drawn as plain table text, wrapped by ``reports.cell_text``, which is
much faster than a Paragraph. A cell of more than ``_MAX_TEXT_LINES`` lines becomes
one Paragraph per line, so that a row taller than the room left continues on the
next page (``splitInRow``).
A table whose columns cannot fit the portrait width goes on landscape pages of its
own (``table_section``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from tzcld_desktop.domain.frenchtext import format_date_long, format_date_short
from tzcld_desktop.reports.cell_text import column_widths, text_limits, wrap_text
from tzcld_desktop.reports.data import ActionLine
from tzcld_desktop.reports.style import (
    ACCENT_COLOUR,
    ALERT_COLOUR,
    CONTENT_WIDTH,
    EMPTY_CELL,
    FONT_BOLD,
    FONT_REGULAR,
    HEADER_FILL,
    LANDSCAPE_CONTENT_WIDTH,
    RULE_COLOUR,
    STRIPE_FILL,
    TEXT_COLOUR,
    drawable_text,
    markup,
    paragraph,
    section_heading,
    styles,
)

PORTRAIT_TEMPLATE = "page"
LANDSCAPE_TEMPLATE = "landscape"
GROUP_FILL = colors.HexColor("#E8EDF4")
# Left and right padding of a cell, in points (6 each by default in reportlab).
_CELL_PADDING = 12
# Beyond this many columns a table is too dense for a portrait page whatever the widths.
_PORTRAIT_MAX_COLUMNS = 7
# A column never needs more than this share of the table for its longest word: a
# longer word (a web address, a run of letters) is cut rather than squeezing the
# other columns.
_MAX_WORD_SHARE = 0.4
# Plain table text cannot split inside a row at the right height (reportlab 5.1
# splits string cells by 1.2 × font size, not by the leading), so a cell taller
# than this becomes one Paragraph per line.
_MAX_TEXT_LINES = 12


@dataclass(frozen=True)
class Highlight:
    """Cell text that must stand out, such as an overdue action: drawn bold in the alert colour.

    The text itself must state why it is highlighted ("en retard"), because colour alone
    is lost on a black and white printer and to colour-blind readers.
    """

    text: str


Cell = str | Highlight | Flowable | list[Flowable]


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

    # The plain text of all cells goes into one PDF text object per drawn table part,
    # where reportlab's Table would open one per line: about twice as fast to draw.
    _text: PDFTextObject | None = None
    _text_state: tuple[object, ...] = ()

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_state = ()
        super().draw()
        self.canv.drawText(self._text)
        self._text = None

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802, ANN001 - reportlab's names
        text = self._text
        if text is None or not isinstance(cellval, str) or cellstyle.alignment != "LEFT" \
                or cellstyle.valign != "TOP" or cellstyle.href or cellstyle.destination:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        state = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading, cellstyle.color)
        if state[:3] != self._text_state[:3]:
            text.setFont(*state[:3])
        if state[3:] != self._text_state[3:]:
            text.setFillColor(cellstyle.color)
        self._text_state = state
        column_x, row_y = pos
        _width, row_height = size
        text.setTextOrigin(column_x + cellstyle.leftPadding,
                           row_y + row_height - cellstyle.topPadding - cellstyle.fontsize)
        for line in cellval.split("\n"):
            text.textLine(line)


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


def fields_table(fields: Sequence[tuple[str, str]], width: float = CONTENT_WIDTH) -> Table:
    """Make a borderless two-column table of labels and user values ("—" when empty)."""
    st = styles()
    data: list[list[object]] = [
        [[Paragraph(escape(label), st.label)], [paragraph(value.strip() or EMPTY_CELL, st.body)]]
        for label, value in fields
    ]
    return _new_table(
        data,
        [0.3 * width, 0.7 * width],
        repeat_rows=0,
        commands=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_COLOUR),
        ],
    )


@dataclass
class _TextCell:
    """A text cell, prepared for the font, with what it needs from its column."""

    text: str
    font_name: str
    font_size: float
    highlight: bool = False

    def limits(self) -> tuple[float, float]:
        return text_limits(self.text, self.font_name, self.font_size)


def _prepare(value: Cell, header: bool = False) -> _TextCell | list[Flowable]:
    st = styles()
    if isinstance(value, Highlight):
        return _TextCell(drawable_text(value.text.strip() or EMPTY_CELL, FONT_BOLD), FONT_BOLD,
                         st.cell.fontSize, highlight=True)
    if isinstance(value, str):
        font_name = FONT_BOLD if header else FONT_REGULAR
        return _TextCell(drawable_text(value.strip() or EMPTY_CELL, font_name), font_name, st.cell.fontSize)
    if isinstance(value, Flowable):
        return [value]
    return list(value)


def _flowable_width(flowables: list[Flowable]) -> float:
    return max((float(getattr(flowable, "width", 0) or 0) for flowable in flowables), default=0.0)


def _column_limits(columns: list[list[_TextCell | list[Flowable]]], width: float) -> list[tuple[float, float]]:
    """Return each column's minimum (longest word) and natural (longest line) width, padding included.

    The first cell of each column is its header, which may wrap at will: a short
    column such as "Actions ouvertes" above counts of actions stays narrow.
    """
    limits = []
    for cells in columns:
        minimum = natural = 0.0
        for position, cell in enumerate(cells):
            if isinstance(cell, _TextCell):
                longest_piece, longest_line = cell.limits()
                minimum = max(minimum, min(longest_piece, _MAX_WORD_SHARE * width))
                natural = max(natural, longest_piece if position == 0 else longest_line)
            else:
                minimum = max(minimum, _flowable_width(cell))
                natural = max(natural, _flowable_width(cell))
        limits.append((minimum + _CELL_PADDING, max(minimum, natural) + _CELL_PADDING))
    return limits


def _fits_portrait(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bool:
    if len(headers) > _PORTRAIT_MAX_COLUMNS:
        return False
    prepared = _prepared_columns(headers, rows)
    return sum(minimum for minimum, _natural in _column_limits(prepared, CONTENT_WIDTH)) <= CONTENT_WIDTH


def _prepared_columns(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[list[_TextCell | list[Flowable]]]:
    columns: list[list[_TextCell | list[Flowable]]] = [[_prepare(header, header=True)] for header in headers]
    for row in rows:
        for column, value in zip(columns, row, strict=True):
            column.append(_prepare(value))
    return columns


# -- building the grid ---------------------------------------------------------------------


_GRID_COMMANDS: list[tuple[object, ...]] = [
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("LEADING", (0, 0), (-1, -1), 10.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOUR),
    ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_COLOUR),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _layout_cell(
    cell: _TextCell | list[Flowable], width: float, position: tuple[int, int], commands: list[tuple[object, ...]]
) -> object:
    """Return what the table draws for a cell: wrapped plain text, a Paragraph or the flowables."""
    if not isinstance(cell, _TextCell):
        return cell
    if cell.highlight:
        commands.append(("FONTNAME", position, position, FONT_BOLD))
        commands.append(("TEXTCOLOR", position, position, ALERT_COLOUR))
    lines = wrap_text(cell.text, cell.font_name, cell.font_size, width - _CELL_PADDING)
    if len(lines) <= _MAX_TEXT_LINES:
        return "\n".join(lines)
    st = styles()
    if cell.highlight:
        style = st.cell_alert
    elif cell.font_name == FONT_BOLD:
        style = st.cell_header
    else:
        style = st.cell
    # One Paragraph per line, already broken where this module allows: reportlab
    # then never cuts a word itself, and a row split across pages starts its
    # continued part without a blank line.
    return [Paragraph(escape(line), style) if line else Spacer(0, style.leading) for line in lines]


def _grid(
    headers: Sequence[str],
    groups: Sequence[tuple[str | None, Sequence[Sequence[Cell]]]],
    width: float,
) -> Table:
    """Lay out a header row and rows in groups. A group with a label gets a full-width label row."""
    all_rows = [row for _label, rows in groups for row in rows]
    columns = _prepared_columns(headers, all_rows)
    widths = column_widths(_column_limits(columns, width), width)
    commands: list[tuple[object, ...]] = [
        *_GRID_COMMANDS, ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]),
    ]

    data: list[list[object]] = [
        [_layout_cell(column[0], column_width, (index, 0), commands)
         for index, (column, column_width) in enumerate(zip(columns, widths, strict=True))]
    ]
    prepared_row = 1
    for label, rows in groups:
        if label is not None:
            row_index = len(data)
            label_cell = _TextCell(drawable_text(label.strip() or EMPTY_CELL, FONT_BOLD), FONT_BOLD,
                                   styles().cell.fontSize)
            data.append([_layout_cell(label_cell, width, (0, row_index), commands)] + [""] * (len(headers) - 1))
            commands += [
                ("SPAN", (0, row_index), (-1, row_index)),
                ("FONTNAME", (0, row_index), (-1, row_index), FONT_BOLD),
                ("BACKGROUND", (0, row_index), (-1, row_index), GROUP_FILL),
            ]
        for _ in rows:
            row_index = len(data)
            data.append([
                _layout_cell(column[prepared_row], column_width, (index, row_index), commands)
                for index, (column, column_width) in enumerate(zip(columns, widths, strict=True))
            ])
            prepared_row += 1
    return _new_table(data, widths, 1, commands)


def due_date_cell(action: ActionLine, on: date) -> Cell:
    """Return an action's due date, marked "en retard" in the alert colour once it has passed on ``on``."""
    if action.due_date is None:
        return ""
    written = format_date_short(action.due_date)
    return Highlight(f"{written}\nen retard") if action.is_overdue(on) else written


def overdue_note(actions: Sequence[ActionLine], on: date) -> list[Flowable]:
    """Return a line counting the overdue actions of a table, or nothing when none is overdue."""
    count = sum(1 for action in actions if action.is_overdue(on))
    if not count:
        return []
    text = (f"Actions en retard au {format_date_long(on)} : {count} (échéance dépassée, marquée "
            "« en retard » dans le tableau).")
    return [Paragraph(markup(text), styles().alert)]


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    empty_text: str,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """Make a grid table of user values whose header row repeats on every page.

    Column widths follow the content (see the module docstring). A cell may also
    be a flowable such as a chart, or a ``Highlight``. Without rows, ``empty_text``
    is returned as a paragraph.
    """
    if not rows:
        return Paragraph(escape(empty_text), styles().empty)
    return _grid(headers, [(None, rows)], width)


def grouped_table(
    headers: Sequence[str],
    groups: Sequence[tuple[str, Sequence[Sequence[Cell]]]],
    empty_text: str,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """Make a grid table whose rows come in labelled groups, each label a full-width row.

    The header row repeats on every page; a group label is not repeated when its
    rows continue on the next page.
    """
    non_empty_groups = [(label, rows) for label, rows in groups if rows]
    if not non_empty_groups:
        return Paragraph(escape(empty_text), styles().empty)
    return _grid(headers, non_empty_groups, width)


def landscape_pages(flowables: Sequence[Flowable]) -> list[Flowable]:
    """Put ``flowables`` on landscape pages of their own, then go back to portrait pages."""
    return [
        NextPageTemplate(LANDSCAPE_TEMPLATE),
        PageBreak(),
        *flowables,
        NextPageTemplate(PORTRAIT_TEMPLATE),
        PageBreakIfNotEmpty(),
    ]


def table_section(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    empty_text: str,
    before: Sequence[Flowable] = (),
    groups: Sequence[tuple[str, Sequence[Sequence[Cell]]]] | None = None,
) -> list[Flowable]:
    """Make a headed section holding one table, on landscape pages when it is too wide.

    A table is too wide for a portrait page when it has more than seven columns or
    when the longest words of its columns do not fit side by side. ``before`` goes
    between the heading and the table. With ``groups``, the rows come from the
    groups and ``rows`` is ignored.
    """
    all_rows = [row for _label, group_rows in groups for row in group_rows] if groups is not None else rows
    wide = bool(all_rows) and not _fits_portrait(headers, all_rows)
    width = LANDSCAPE_CONTENT_WIDTH if wide else CONTENT_WIDTH
    if groups is not None:
        table = grouped_table(headers, groups, empty_text, width)
    else:
        table = data_table(headers, rows, empty_text, width)
    section = [*section_heading(title), *before, table]
    return landscape_pages(section) if wide else section
