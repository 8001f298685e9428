"""Opening a stored file in the system viewer, in one function that tests replace."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def open_path(path: Path) -> bool:
    """Ask the system to open ``path`` with its usual application; return False when it cannot."""
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("The system could not open %s", path)
    return opened
