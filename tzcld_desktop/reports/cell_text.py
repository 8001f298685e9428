"""Measure and wrap table text, and share a table's width between its columns.

Lines break at the text's own line breaks, at spaces and after the hyphen of a
compound word ("Auvergne-" / "Rhône-Alpes"), never at a no-break space. Only a
word wider than the whole column is cut inside, so that nothing runs off the page.
Measurements are cached because table cells repeat the same values many times.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reportlab.pdfbase import pdfmetrics

from tzcld_desktop.reports.style import register_fonts

# A compound word may break after a hyphen that joins two letters: "Saint-" / "Étienne".
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")
_URL_SEPARATORS = "/._?&="


@functools.lru_cache(maxsize=65536)
def text_width(text: str, font_name: str, font_size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font_name, font_size)


def split_words(line: str) -> list[list[str]]:
    """Split a line at spaces, and each word after the hyphens where it may break."""
    return [_HYPHEN_BREAK.split(word) for word in line.split(" ") if word]


def _cut(piece: str, font_name: str, font_size: float, width: float) -> list[str]:
    """Cut a word wider than ``width`` into chunks that fit, the last resort of wrapping.

    A chunk ends after the last "/", ".", "_", "?", "&" or "=" that fits, so a web
    address breaks between its parts, and anywhere only when none fits.
    """
    chunks: list[str] = []
    rest = piece
    while text_width(rest, font_name, font_size) > width:
        end = 1
        while end < len(rest) and text_width(rest[:end + 1], font_name, font_size) <= width:
            end += 1
        separator = max(rest.rfind(mark, 0, end) for mark in _URL_SEPARATORS)
        if separator > 0:
            end = separator + 1
        chunks.append(rest[:end])
        rest = rest[end:]
    chunks.append(rest)
    return chunks


@functools.lru_cache(maxsize=16384)
def wrap_text(text: str, font_name: str, font_size: float, width: float) -> tuple[str, ...]:
    """Break prepared text into lines no wider than ``width`` points.

    Lines break at the text's own line breaks, at spaces and after the hyphen of a
    compound word; a no-break space never breaks. Only a word wider than ``width``
    is cut inside.
    """
    space = text_width(" ", font_name, font_size)
    # A column sized to its longest word must hold that word despite rounding.
    width += 0.01
    lines: list[str] = []
    for text_line in text.split("\n"):
        line, line_width = "", 0.0
        for pieces in split_words(text_line):
            for index, piece in enumerate(pieces):
                separator = " " if index == 0 and line else ""
                piece_width = text_width(piece, font_name, font_size)
                added = piece_width + (space if separator else 0.0)
                if line and line_width + added <= width:
                    line, line_width = line + separator + piece, line_width + added
                    continue
                if line:
                    lines.append(line)
                if piece_width > width:
                    *full, piece = _cut(piece, font_name, font_size, width)
                    lines.extend(full)
                    piece_width = text_width(piece, font_name, font_size)
                line, line_width = piece, piece_width
        lines.append(line)
    return tuple(lines)


@functools.lru_cache(maxsize=16384)
def text_limits(text: str, font_name: str, font_size: float) -> tuple[float, float]:
    """Return the width of the longest unbreakable piece of ``text`` and of its longest line."""
    space = text_width(" ", font_name, font_size)
    longest_piece = longest_line = 0.0
    for line in text.split("\n"):
        words = split_words(line)
        line_width = space * max(len(words) - 1, 0)
        for pieces in words:
            for piece in pieces:
                piece_width = text_width(piece, font_name, font_size)
                longest_piece = max(longest_piece, piece_width)
                line_width += piece_width
        longest_line = max(longest_line, line_width)
    return longest_piece, longest_line


def column_widths(limits: Sequence[tuple[float, float]], width: float) -> list[float]:
    """Share ``width`` between columns given their minimum and natural widths.

    When every column fits on one line, the room left is shared in proportion to
    the natural widths. Otherwise the narrow columns (a date, a status), whose
    natural width is within an even share, keep it, and the others get their
    minimum plus the rest in proportion to how much they would still wrap. When
    even the minimums do not fit, they are scaled down and the longest words are
    cut.
    """
    naturals = [natural for _minimum, natural in limits]
    if sum(naturals) <= width:
        total = sum(naturals) or len(naturals)
        return [(natural or 1) * width / total for natural in naturals]

    widths: dict[int, float] = {}
    remaining = width
    wide = list(range(len(limits)))
    while wide:
        share = remaining / len(wide)
        narrow = [index for index in wide if naturals[index] <= share]
        if not narrow:
            break
        for index in narrow:
            widths[index] = naturals[index]
            remaining -= naturals[index]
        wide = [index for index in wide if index not in widths]
    if sum(limits[index][0] for index in wide) > remaining:
        # The narrow columns took room that the others need for their longest words.
        widths, remaining, wide = {}, width, list(range(len(limits)))
    widths.update(_share_wrapping(wide, limits, remaining))
    return [widths[index] for index in range(len(limits))]


def _share_wrapping(columns: list[int], limits: Sequence[tuple[float, float]], width: float) -> dict[int, float]:
    """Give each column its minimum and share the rest by how much each would still wrap."""
    minimums = {index: limits[index][0] for index in columns}
    if sum(minimums.values()) >= width:
        return {index: minimum * width / sum(minimums.values()) for index, minimum in minimums.items()}
    wrap_need = {index: limits[index][1] - limits[index][0] for index in columns}
    spare = width - sum(minimums.values())
    total = sum(wrap_need.values())
    if total <= 0:
        return {index: minimum + spare / len(columns) for index, minimum in minimums.items()}
    return {index: minimums[index] + spare * wrap_need[index] / total for index in columns}
