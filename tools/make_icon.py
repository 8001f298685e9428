"""Draw the application icon into ``resources/icons/tzcld.png`` and ``resources/icons/tzcld.ico``.

The icon is a rounded blue square with the letters "TZ" in the bundled DejaVu Sans Bold
and an orange bar underneath. Every size is drawn directly, not scaled down from the
largest one, so the 16 and 32 pixel icons stay sharp. The ``.ico`` file stores each size
as a PNG image, a form that Windows reads since Windows Vista.

Usage::

    python tools/make_icon.py            # write both files
    python tools/make_icon.py --check    # exit 1 when a file is missing
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
FONT_FILE = ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
PNG_SIZE = 512
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

BACKGROUND_TOP = "#2B6CB0"
BACKGROUND_BOTTOM = "#1A4A7A"
ACCENT = "#F6A623"


def _application():
    """Return a QGuiApplication, creating an offscreen one when none exists."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def _font_family() -> str:
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        raise RuntimeError(f"could not load the font {FONT_FILE}")
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def draw_icon(size: int, family: str):
    """Return a ``size`` × ``size`` QImage of the icon with a transparent background."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QImage, QLinearGradient, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # Small icons get a thinner margin so the square keeps most of the pixels.
    margin = size * (0.03 if size <= 32 else 0.06)
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0.0, QColor(BACKGROUND_TOP))
    gradient.setColorAt(1.0, QColor(BACKGROUND_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    radius = square.width() * 0.2
    painter.drawRoundedRect(square, radius, radius)

    font = QFont(family)
    font.setBold(True)  # the family name alone would select the regular face
    font.setPixelSize(max(6, round(square.height() * 0.5)))
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    text_box = QRectF(square.left(), square.top() + square.height() * 0.08,
                      square.width(), square.height() * 0.62)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, "TZ")

    bar_height = max(1.0, square.height() * 0.09)
    bar = QRectF(square.left() + square.width() * 0.22, square.top() + square.height() * 0.74,
                 square.width() * 0.56, bar_height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACCENT))
    painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
    painter.end()
    return image


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode the icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Return an ICO file holding one PNG-encoded image per size (``{size: png}``)."""
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, image count
    directory = b""
    payload = b""
    offset = len(header) + 16 * len(images)
    for size, png in sorted(images.items()):
        # A width or height of 0 in the directory entry means 256 pixels.
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


def write_icons(folder: Path = ICONS_DIR) -> tuple[Path, Path]:
    """Draw the icon and write ``tzcld.png`` and ``tzcld.ico`` into ``folder``."""
    _application()
    family = _font_family()
    folder.mkdir(parents=True, exist_ok=True)
    png_file = folder / "tzcld.png"
    png_file.write_bytes(_png_bytes(draw_icon(PNG_SIZE, family)))
    ico_file = folder / "tzcld.ico"
    ico_file.write_bytes(ico_bytes({size: _png_bytes(draw_icon(size, family)) for size in ICO_SIZES}))
    return png_file, ico_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when an icon file is missing")
    options = parser.parse_args(argv)
    if options.check:
        missing = [name for name in ("tzcld.png", "tzcld.ico") if not (ICONS_DIR / name).exists()]
        for name in missing:
            print(f"missing: {ICONS_DIR / name}", file=sys.stderr)
        return 1 if missing else 0
    for path in write_icons():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
