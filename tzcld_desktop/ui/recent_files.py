"""The exchange files imported or exported lately, and the "Fichiers récents" menu that lists them.

The list is kept in the interface settings (INI) of the data folder, newest first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from tzcld_desktop.ui import messages

log = logging.getLogger(__name__)

RECENT_FILES_KEY = "exchange/recent_files"
MAX_RECENT_FILES = 8
IMPORTED = "import"
EXPORTED = "export"


@dataclass(frozen=True)
class RecentFile:
    """An exchange file and whether it was last imported or exported."""

    path: Path
    direction: str


class RecentFiles:
    """The recent exchange files, read from and written to ``settings()`` at each call."""

    def __init__(self, settings: Callable[[], QSettings]) -> None:
        self._settings = settings

    def entries(self) -> list[RecentFile]:
        """Return the recent files, newest first, skipping malformed entries."""
        settings = self._settings()
        count = settings.beginReadArray(RECENT_FILES_KEY)
        found: list[RecentFile] = []
        for index in range(count):
            settings.setArrayIndex(index)
            path = str(settings.value("path", "") or "")
            direction = str(settings.value("direction", "") or "")
            if path and direction in (IMPORTED, EXPORTED):
                found.append(RecentFile(Path(path), direction))
        settings.endArray()
        return found

    def add(self, path: Path, direction: str) -> None:
        """Put ``path`` first, dropping its older entry and the entries past the maximum."""
        path = Path(path).absolute()
        others = [entry for entry in self.entries() if entry.path != path]
        self._write([RecentFile(path, direction), *others][:MAX_RECENT_FILES])

    def remove(self, path: Path) -> None:
        self._write([entry for entry in self.entries() if entry.path != Path(path)])

    def clear(self) -> None:
        self._write([])

    def _write(self, entries: list[RecentFile]) -> None:
        settings = self._settings()
        settings.remove(RECENT_FILES_KEY)
        settings.beginWriteArray(RECENT_FILES_KEY, len(entries))
        for index, entry in enumerate(entries):
            settings.setArrayIndex(index)
            settings.setValue("path", str(entry.path))
            settings.setValue("direction", entry.direction)
        settings.endArray()
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            log.warning("Recent exchange files not saved to %s: %s", settings.fileName(), settings.status())


def show_in_folder(path: Path) -> bool:
    """Open the folder that contains ``path`` in the system's file manager; return False on failure."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class RecentFilesMenu(QMenu):
    """The "Fichiers récents" menu, rebuilt each time it opens.

    An imported file is imported again (with its preview) through ``import_path``. An
    exported file opens its folder, ready to attach it to an e-mail. A file that no
    longer exists is listed disabled.
    """

    def __init__(self, recent: RecentFiles, import_path: Callable[[Path], None], parent: QWidget) -> None:
        super().__init__(self.tr("Fichiers récents"), parent)
        self.recent = recent
        self._import_path = import_path
        self.setToolTipsVisible(True)
        # Built when opened, so the window's start reads no file.
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the recent files again, checking which still exist."""
        self.clear()
        entries = self.recent.entries()
        if not entries:
            self.addAction(self.tr("Aucun fichier récent")).setEnabled(False)
        for entry in entries:
            exists = entry.path.is_file()
            if entry.direction == IMPORTED:
                text = self.tr("Importé : {name}").format(name=entry.path.name)
            else:
                text = self.tr("Exporté : {name}").format(name=entry.path.name)
            if not exists:
                text = self.tr("{entry} (introuvable)").format(entry=text)
            action = self.addAction(text)
            action.setToolTip(str(entry.path))
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, entry=entry: self.open_entry(entry))
        self.addSeparator()
        self.clear_action = self.addAction(self.tr("Vider la liste"))
        self.clear_action.setEnabled(bool(entries))
        self.clear_action.triggered.connect(self.recent.clear)

    def open_entry(self, entry: RecentFile) -> None:
        """Import an imported file again, or show the folder of an exported one."""
        if not entry.path.is_file():
            self.recent.remove(entry.path)
            log.info("Recent exchange file %s no longer exists and left the list", entry.path)
            messages.warning(self.parentWidget(), self.tr("Fichiers récents"), self.tr(
                "Le fichier {path} n'existe plus : il a été déplacé, renommé ou supprimé. "
                "Il est retiré de la liste des fichiers récents."
            ).format(path=str(entry.path)))
            self.rebuild()
            return
        if entry.direction == IMPORTED:
            self._import_path(entry.path)
        elif not show_in_folder(entry.path):
            log.warning("Folder of %s could not be opened in the file manager", entry.path)
            messages.information(self.parentWidget(), self.tr("Fichiers récents"), self.tr(
                "Le dossier n'a pas pu être ouvert. Le fichier se trouve ici :\n{path}"
            ).format(path=str(entry.path)))
