"""Tables of user values: field lists, grid tables with repeated headers, landscape sections.

Every cell is a Paragraph, so long text wraps, and a row taller than the room left
continues on the next page (``splitInRow``). A table whose columns cannot fit the
portrait width goes on landscape pages of its own (``table_section``).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from tzcld_desktop.reports.style import (
    CONTENT_WIDTH,
    EMPTY_CELL,
    FONT_BOLD,
    FONT_REGULAR,
    HEADER_FILL,
    LANDSCAPE_CONTENT_WIDTH,
    RULE_COLOUR,
    STRIPE_FILL,
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

Cell = str | Flowable | list[Flowable]


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


def _check_fractions(headers: Sequence[str], column_fractions: Sequence[float]) -> None:
    if len(column_fractions) != len(headers) or abs(sum(column_fractions) - 1) > 1e-6:
        raise ValueError(
            f"column_fractions {list(column_fractions)} must give one share per header "
            f"({len(headers)}) and add up to 1"
        )


def _cell(value: Cell) -> list[Flowable]:
    """Wrap a cell: user text becomes a Paragraph ("—" when blank), flowables stay as they are."""
    if isinstance(value, str):
        return [paragraph(value.strip() or EMPTY_CELL, styles().cell)]
    if isinstance(value, Flowable):
        return [value]
    return list(value)


_GRID_COMMANDS: list[tuple[object, ...]] = [
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    column_fractions: Sequence[float],
    empty_text: str,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """Make a grid table of user values whose header row repeats on every page.

    ``column_fractions`` gives each column's share of ``width`` and must add up to 1.
    A text cell becomes a Paragraph, so long text wraps and a tall row can split
    across pages; a cell may also be a flowable such as a chart. Without rows,
    ``empty_text`` is returned as a paragraph.
    """
    _check_fractions(headers, column_fractions)
    st = styles()
    if not rows:
        return Paragraph(escape(empty_text), st.empty)

    data: list[list[object]] = [[[Paragraph(escape(header), st.cell_header)] for header in headers]]
    data.extend([_cell(value) for value in row] for row in rows)
    return _new_table(
        data,
        [share * width for share in column_fractions],
        repeat_rows=1,
        commands=[*_GRID_COMMANDS, ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL])],
    )


def grouped_table(
    headers: Sequence[str],
    groups: Sequence[tuple[str, Sequence[Sequence[Cell]]]],
    column_fractions: Sequence[float],
    empty_text: str,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """Make a grid table whose rows come in labelled groups, each label a full-width row.

    The header row repeats on every page; a group label is not repeated when its
    rows continue on the next page.
    """
    _check_fractions(headers, column_fractions)
    st = styles()
    if not any(rows for _label, rows in groups):
        return Paragraph(escape(empty_text), st.empty)

    data: list[list[object]] = [[[Paragraph(escape(header), st.cell_header)] for header in headers]]
    commands: list[tuple[object, ...]] = list(_GRID_COMMANDS)
    for label, rows in groups:
        if not rows:
            continue
        row_index = len(data)
        data.append([[paragraph(label, st.group)]] + [""] * (len(headers) - 1))
        commands.append(("SPAN", (0, row_index), (-1, row_index)))
        commands.append(("BACKGROUND", (0, row_index), (-1, row_index), GROUP_FILL))
        data.extend([_cell(value) for value in row] for row in rows)
    return _new_table(data, [share * width for share in column_fractions], 1, commands)


def needs_landscape(headers: Sequence[str], column_fractions: Sequence[float]) -> bool:
    """Tell whether a table is too wide for a portrait page.

    It is when it has more than seven columns, or when a column of the portrait
    width is narrower than the longest word of its header plus the cell padding,
    which would break that word inside.
    """
    if len(headers) > _PORTRAIT_MAX_COLUMNS:
        return True
    font_size = styles().cell_header.fontSize
    for header, share in zip(headers, column_fractions, strict=True):
        longest = max((pdfmetrics.stringWidth(word, FONT_BOLD, font_size) for word in header.split()), default=0)
        if longest + _CELL_PADDING > share * CONTENT_WIDTH:
            return True
    return False


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
    column_fractions: Sequence[float],
    empty_text: str,
    before: Sequence[Flowable] = (),
    groups: Sequence[tuple[str, Sequence[Sequence[Cell]]]] | None = None,
) -> list[Flowable]:
    """Make a headed section holding one table, on landscape pages when it is too wide.

    ``before`` goes between the heading and the table. With ``groups``, the rows
    come from the groups and ``rows`` is ignored.
    """
    has_rows = any(group_rows for _label, group_rows in groups) if groups is not None else bool(rows)
    wide = has_rows and needs_landscape(headers, column_fractions)
    width = LANDSCAPE_CONTENT_WIDTH if wide else CONTENT_WIDTH
    if groups is not None:
        table = grouped_table(headers, groups, column_fractions, empty_text, width)
    else:
        table = data_table(headers, rows, column_fractions, empty_text, width)
    section = [*section_heading(title), *before, table]
    return landscape_pages(section) if wide else section
