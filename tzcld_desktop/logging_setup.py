"""Logging for a support call: a rotating file in the platform's log folder and a memory tail.

INFO records what the user did (imports with counts, PDFs written, backups made),
WARNING what was recovered. Messages carry record ids, never personal data such as
contact details.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIR_ENV = "TZCLD_LOG_DIR"
LOG_FILE_NAME = "tzcld-desktop.log"
# Five files of 1 MiB: weeks of normal use, small enough to attach to an e-mail.
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
TAIL_LINES = 200
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class TailHandler(logging.Handler):
    """Keeps the last formatted records in memory, for the crash dialog."""

    def __init__(self, capacity: int = TAIL_LINES) -> None:
        super().__init__(logging.INFO)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def text(self) -> str:
        return "\n".join(self.lines)


tail = TailHandler()


def log_dir() -> Path:
    configured = os.environ.get(LOG_DIR_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_log_dir

    return Path(user_log_dir("TZCLD Desktop", "TZCLD"))


def configure_logging(console_level: int = logging.WARNING) -> Path | None:
    """Send INFO and above to the rotating file and the tail; return the file's path.

    When the log folder cannot be created (read-only home, full disk), logging goes
    on to the console and the tail only, and None is returned.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_tzcld", False):
            root.removeHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._tzcld = True  # type: ignore[attr-defined]
    tail._tzcld = True  # type: ignore[attr-defined]
    root.addHandler(console)
    root.addHandler(tail)
    path = log_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(__name__).warning("Log file %s not opened: %s", path, error)
        return None
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._tzcld = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return path
