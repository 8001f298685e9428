"""A small line chart of one indicator's dated values, drawn with QPainter.

PySide6-Essentials ships without QtCharts, so the chart draws its own axes: values
from zero at the left, French dates below, one dot per value and the latest value
written beside its dot.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tzcld_desktop.ui.record.followup_widgets import format_number

_DOT_RADIUS = 3.5
_PADDING = 8
# A span of dates shorter than this is labelled with days, a longer one with months.
_DAYS_LABELLED_WITH_DAY = 120


def nice_ceiling(value: float) -> float:
    """Return the smallest of 1, 2, 2.5 or 5 times a power of ten that is at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


class IndicatorChart(QWidget):
    """Line chart of dated values; ``set_series`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, float]] = []
        self._unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(380, 220)

    def set_series(self, points: Sequence[tuple[date, float]], unit: str = "", name: str = "") -> None:
        """Show ``points`` (in any order) with ``unit`` after the latest value."""
        self._points = sorted(points, key=lambda point: point[0])
        self._unit = unit
        if self._points:
            latest_date, latest_value = self._points[-1]
            summary = self.tr("{name} : {value} au {date}").format(
                name=name, value=self.value_text(latest_value), date=self.date_text(latest_date, True))
        else:
            summary = self.tr("{name} : aucune valeur").format(name=name)
        self.setAccessibleName(self.tr("Évolution de l'indicateur"))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def points(self) -> list[tuple[date, float]]:
        """Return the (date, value) pairs drawn, oldest first."""
        return list(self._points)

    def value_text(self, value: float) -> str:
        number = format_number(value)
        return f"{number}\u00a0{self._unit}" if self._unit else number

    def date_text(self, value: date, with_day: bool) -> str:
        """Format a date as on the axis: "3 mars 2025", or "mars 2025" without the day."""
        pattern = "d MMM yyyy" if with_day else "MMM yyyy"
        return QLocale().toString(QDate(value.year, value.month, value.day), pattern)

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if not self._points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Aucune valeur à afficher pour cet indicateur."))
            painter.end()
            return
        top = nice_ceiling(max(value for _day, value in self._points))
        plot = self._plot_area(top)
        self._draw_value_axis(painter, plot, top)
        self._draw_date_axis(painter, plot)
        self._draw_series(painter, plot, top)
        painter.end()

    def _plot_area(self, top: float) -> QRectF:
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(format_number(value)) for value in (0, top / 2, top))
        left = _PADDING + label_width + 6
        # Room above the highest dot for the latest value, and below the axis for the dates.
        upper = _PADDING + metrics.height() + 4
        lower = _PADDING + metrics.height() + 4
        right = _PADDING + _DOT_RADIUS
        return QRectF(left, upper, max(self.width() - left - right, 10), max(self.height() - upper - lower, 10))

    def _y(self, plot: QRectF, top: float, value: float) -> float:
        return plot.bottom() - plot.height() * (value / top)

    def _x(self, plot: QRectF, day: date) -> float:
        first, last = self._points[0][0], self._points[-1][0]
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        return plot.left() + plot.width() * (day - first).days / span

    def _draw_value_axis(self, painter: QPainter, plot: QRectF, top: float) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        grid = QPen(palette.color(QPalette.ColorRole.Midlight), 1, Qt.PenStyle.DashLine)
        for value in (0.0, top / 2, top):
            y = self._y(plot, top, value)
            painter.setPen(grid if value else QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = format_number(value)
            painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                             label)

    def _draw_date_axis(self, painter: QPainter, plot: QRectF) -> None:
        metrics = self.fontMetrics()
        first, last = self._points[0][0], self._points[-1][0]
        with_day = (last - first).days < _DAYS_LABELLED_WITH_DAY
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        baseline = plot.bottom() + 4 + metrics.ascent()
        labels = [(first, Qt.AlignmentFlag.AlignLeft)]
        if last != first:
            labels.append((last, Qt.AlignmentFlag.AlignRight))
        for day, side in labels:
            text = self.date_text(day, with_day)
            width = metrics.horizontalAdvance(text)
            x = self._x(plot, day)
            # The first date starts under its dot and the last ends under its dot,
            # so both stay inside the widget; a single date is centred.
            if last == first:
                x -= width / 2
            elif side == Qt.AlignmentFlag.AlignRight:
                x -= width
            painter.drawText(QPointF(max(x, 1), baseline), text)

    def _draw_series(self, painter: QPainter, plot: QRectF, top: float) -> None:
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        dots = [QPointF(self._x(plot, day), self._y(plot, top, value)) for day, value in self._points]
        painter.setPen(QPen(colour, 2))
        for start, end in zip(dots, dots[1:]):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for dot in dots:
            painter.drawEllipse(dot, _DOT_RADIUS, _DOT_RADIUS)

        label = self.value_text(self._points[-1][1])
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self.palette().color(QPalette.ColorRole.Text)))
        width = painter.fontMetrics().horizontalAdvance(label)
        latest = dots[-1]
        # The latest dot is at the right end of the plot, so its label ends above it.
        # A single dot is in the middle, so its label is centred.
        x = latest.x() - width / 2 if len(dots) == 1 else latest.x() - width + _DOT_RADIUS
        painter.drawText(QPointF(max(x, plot.left()), latest.y() - _DOT_RADIUS - 4), label)
