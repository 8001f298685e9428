"""Unexpected errors: logged with their traceback, then shown with the log tail.

The user's own trouble (bad file, full disk) is a ``UserError`` and never reaches
here; anything that does is a bug, and the application keeps running where it can.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.logging_setup import tail
from tzcld_desktop.ui import messages

log = logging.getLogger(__name__)


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions of the GUI thread to the crash dialog."""

    def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, UserError):
            messages.show_user_error(None, QCoreApplication.translate("Crash", "Opération impossible"), error)
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        show_crash_dialog(error, trace, log_file)

    sys.excepthook = handle


def show_crash_dialog(error: BaseException, trace: TracebackType | None, log_file: Path | None) -> None:
    where = str(log_file) if log_file else QCoreApplication.translate("Crash", "(fichier journal indisponible)")
    text = QCoreApplication.translate(
        "Crash",
        "Une erreur inattendue s'est produite. Vos données déjà enregistrées ne sont pas touchées ; "
        "l'application continue. Pour aider à corriger le problème, envoyez le fichier journal "
        "à l'équipe qui vous accompagne :\n{path}",
    ).format(path=where)
    details = "".join(traceback.format_exception(type(error), error, trace)) + "\n" + tail.text()
    messages.warning(None, QCoreApplication.translate("Crash", "Erreur inattendue"), text, details)
