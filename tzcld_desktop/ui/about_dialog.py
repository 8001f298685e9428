"""The "À propos" box: name, version, licence, data folder and the licences of bundled parts.

The licences of the bundled Python distributions are read from their installed metadata
(``importlib.metadata``), so the box shows what each package declares, not a list
written here. ``build.spec`` copies that metadata into the bundle for the same reason.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tzcld_desktop import __version__
from tzcld_desktop.resources import resource_path

APPLICATION_NAME = "TZCLD Desktop"
# The licence declared in pyproject.toml; tests/test_about_help.py checks that they agree.
APPLICATION_LICENSE = "AGPL-3.0-or-later"
# The distributions that pyproject.toml lists as dependencies (a test checks that the two
# lists agree). Their own dependencies are found from their metadata.
DIRECT_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "platformdirs",
    "cryptography",
    "openpyxl",
    "pypdf",
    "python-docx",
    "icalendar",
    "isal",
    "orjson",
)
FONT_LICENSE_FILE = ("fonts", "LICENSE-DejaVu.txt")
# A "License" metadata field longer than this is the whole licence text, not its name.
_MAX_LICENSE_NAME = 120
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Component:
    """A bundled part with its version and the licence that its metadata declares."""

    name: str
    version: str
    license: str


def declared_license(distribution: metadata.Distribution) -> str:
    """Return the licence that ``distribution`` declares, or "" when it declares none.

    The SPDX ``License-Expression`` field comes first, then a short ``License`` field,
    then the ``License ::`` trove classifiers.
    """
    fields = distribution.metadata
    expression = (fields.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (fields.get("License") or "").strip()
    if text and len(text) <= _MAX_LICENSE_NAME and "\n" not in text:
        return text
    classifiers = [classifier.split("::")[-1].strip() for classifier in fields.get_all("Classifier") or []
                   if classifier.startswith("License ::")]
    return ", ".join(classifiers)


def _runtime_requirements(distribution: metadata.Distribution) -> list[str]:
    """Return the names that ``distribution`` requires, leaving out optional extras.

    Other environment markers are not evaluated. A requirement for another platform is
    dropped later because it is not installed.
    """
    names = []
    for requirement in distribution.requires or []:
        if re.search(r"\bextra\s*==", requirement):
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            names.append(match.group(0))
    return names


def bundled_distributions(roots: tuple[str, ...] = DIRECT_DISTRIBUTIONS) -> list[metadata.Distribution]:
    """Return the installed distributions of ``roots`` and of everything they require.

    A distribution that is not installed (or whose metadata a bundle lacks) is skipped.
    """
    found: dict[str, metadata.Distribution] = {}
    pending = list(roots)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = distribution
        pending.extend(_runtime_requirements(distribution))
    return sorted(found.values(), key=lambda distribution: distribution.metadata["Name"].lower())


def font_license(path: Path | None = None) -> str:
    """Return the licence names that the DejaVu licence file declares, e.g. "bitstream-vera".

    The file is in Debian's copyright format: the first ``License:`` line covers the fonts.
    """
    path = path or resource_path(*FONT_LICENSE_FILE)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    for line in lines:
        if line.startswith("License:"):
            return line.removeprefix("License:").strip()
    return ""


def bundled_components() -> list[Component]:
    """Return every bundled part with its declared licence: Python distributions, then the fonts."""
    components = [Component(distribution.metadata["Name"], distribution.version, declared_license(distribution))
                  for distribution in bundled_distributions()]
    components.append(Component("DejaVu Sans", "", font_license()))
    return components


class AboutDialog(QDialog):
    """The "À propos de TZCLD Desktop" box."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de TZCLD Desktop"))
        self.data_dir = data_dir

        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "tzcld.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        self.title_label = QLabel(f"<b style='font-size:x-large'>{APPLICATION_NAME}</b>")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel(self.tr(
            "L'outil hors ligne des référentes et référents nationaux de TZCLD : territoires, "
            "grappes, réunions, documents PDF et échanges par fichier."))
        self.description_label.setWordWrap(True)
        self.license_label = QLabel(self.tr(
            "Logiciel libre sous licence GNU Affero General Public License, version 3 ou "
            "ultérieure ({license}).").format(license=APPLICATION_LICENSE))
        self.license_label.setWordWrap(True)

        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.version_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.data_dir_label = QLabel(self.tr("Dossier de données : {path}").format(path=data_dir))
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Ouvrir le dossier"))
        open_folder.clicked.connect(self.open_data_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir_label, 1)
        folder_row.addWidget(open_folder)

        self.components_table = self._components_table(bundled_components())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        about_qt = buttons.addButton(self.tr("À propos de Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(QApplication.aboutQt)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description_label)
        layout.addWidget(self.license_label)
        layout.addLayout(folder_row)
        layout.addWidget(QLabel(self.tr("Composants inclus et leurs licences :")))
        layout.addWidget(self.components_table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _components_table(self, components: list[Component]) -> QTableWidget:
        table = QTableWidget(len(components), 3)
        table.setAccessibleName(self.tr("Composants inclus et leurs licences"))
        table.setHorizontalHeaderLabels([self.tr("Composant"), self.tr("Version"), self.tr("Licence")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        not_declared = self.tr("non indiquée")
        for row, component in enumerate(components):
            for column, text in enumerate((component.name, component.version, component.license or not_declared)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def component_licenses(self) -> dict[str, str]:
        """Return the licence shown for each component, by component name."""
        table = self.components_table
        return {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())}

    def open_data_dir(self) -> None:
        """Open the data folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))


def show_about(data_dir: Path, parent: QWidget | None = None) -> None:
    """Show the "À propos" box of the data folder ``data_dir`` until the user closes it."""
    AboutDialog(data_dir, parent).exec()
