"""Small charts drawn with reportlab.graphics: indicator curves and counts by stage.

Every label uses the embedded DejaVu font, so a chart never brings in an unembedded
standard font.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import cm

from tzcld_desktop.reports.data import IndicatorPoint
from tzcld_desktop.reports.style import (
    ACCENT_COLOUR,
    FONT_REGULAR,
    MUTED_COLOUR,
    RULE_COLOUR,
    drawable_text,
    register_fonts,
)

_LABEL_SIZE = 6.5


def _number(value: float) -> str:
    """Format a number the French way: "12", "12,5", "1 250" (no-break thin space)."""
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def format_number(value: float | None) -> str:
    """Format an indicator value for a table, "—" when unknown."""
    return "—" if value is None else _number(value)


def indicator_chart(points: Sequence[IndicatorPoint], width: float = 6.5 * cm, height: float = 2.6 * cm) -> Drawing | None:
    """Draw the dated values of one indicator as a line, or return None with fewer than two.

    The x axis is the date (labelled month/year at both ends) and the y axis starts
    at zero unless a value is negative.
    """
    register_fonts()
    dated = sorted(
        ((point.value_date, point.value) for point in points if point.value_date and point.value is not None),
        key=lambda pair: pair[0],
    )
    if len(dated) < 2:
        return None
    xs = [day.toordinal() for day, _value in dated]
    ys = [float(value) for _day, value in dated]

    drawing = _drawing(width, height)
    plot = LinePlot()
    plot.x = 0.9 * cm
    plot.y = 0.45 * cm
    plot.width = width - plot.x - 0.3 * cm
    plot.height = height - plot.y - 0.2 * cm
    plot.data = [list(zip(xs, ys, strict=True))]
    plot.lines[0].strokeColor = ACCENT_COLOUR
    plot.lines[0].strokeWidth = 1.2
    plot.lines[0].symbol = makeMarker("FilledCircle", size=2.5, fillColor=ACCENT_COLOUR)

    low, high = min(ys), max(ys)
    plot.yValueAxis.valueMin = min(0.0, low)
    plot.yValueAxis.valueMax = high if high > plot.yValueAxis.valueMin else plot.yValueAxis.valueMin + 1
    # Two labels, the bottom and the top of the scale, are all a small chart has room for.
    plot.yValueAxis.valueSteps = [plot.yValueAxis.valueMin, plot.yValueAxis.valueMax]
    plot.yValueAxis.labelTextFormat = _number
    plot.xValueAxis.valueMin = xs[0]
    plot.xValueAxis.valueMax = xs[-1] if xs[-1] > xs[0] else xs[0] + 1
    plot.xValueAxis.valueSteps = [xs[0], plot.xValueAxis.valueMax]
    plot.xValueAxis.labelTextFormat = lambda ordinal: _month(date.fromordinal(int(ordinal)))
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT_REGULAR
        axis.labels.fontSize = _LABEL_SIZE
        axis.labels.fillColor = MUTED_COLOUR
        axis.strokeColor = RULE_COLOUR
        axis.strokeWidth = 0.5
    plot.xValueAxis.labels.boxAnchor = "n"
    drawing.add(plot)
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    # Without an initial font, the renderer sets Helvetica first, and every page
    # of the document then references that unembedded font.
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT_REGULAR
    return drawing


def _month(day: date) -> str:
    return f"{day.month:02d}/{day.year}"


def stage_bar_chart(counts: Sequence[tuple[str, int]], width: float, height: float = 5.5 * cm) -> Drawing:
    """Draw one bar per stage with its count written above it."""
    register_fonts()
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 1.0 * cm
    chart.y = 1.0 * cm
    chart.width = width - chart.x - 0.3 * cm
    chart.height = height - chart.y - 0.5 * cm
    values = [count for _label, count in counts]
    chart.data = [values or [0]]
    chart.bars[0].fillColor = ACCENT_COLOUR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 4
    chart.groupSpacing = 14
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.forceZero = True
    chart.valueAxis.labelTextFormat = lambda value: str(int(value)) if value == int(value) else ""
    chart.categoryAxis.categoryNames = [drawable_text(label) for label, _count in counts] or [""]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 7
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT_REGULAR
        axis.labels.fontSize = 8
        axis.labels.fillColor = MUTED_COLOUR
        axis.strokeColor = RULE_COLOUR
    drawing.add(chart)
    if not any(values):
        drawing.add(String(width / 2, height / 2, "Aucun territoire", fontName=FONT_REGULAR, fontSize=9,
                           fillColor=MUTED_COLOUR, textAnchor="middle"))
    return drawing
