"""The "À propos" box and the user guide window, as a referent sees them."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QWidget

from tzcld_desktop import __version__
from tzcld_desktop.ui import help as user_help
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.about_dialog import (
    APPLICATION_LICENSE,
    DIRECT_DISTRIBUTIONS,
    AboutDialog,
    declared_license,
)

ROOT = Path(__file__).resolve().parent.parent

GUIDE = """# Guide d'utilisation de TZCLD Desktop

Voir [la section sur l'import](#importer-une-liste-de-territoires).

![La fenêtre principale](captures/fenêtre%20principale.png)

## Importer une liste de territoires

Ouvrez « Fichier › Importer… », puis choisissez le fichier de la liste.
""" + "\nParagraphe de remplissage pour que la page défile.\n" * 60


@pytest.fixture
def guide_file(tmp_path) -> Path:
    """A Markdown guide with a title, an image in a sub-folder and a link to a heading."""
    folder = tmp_path / "docs"
    (folder / "captures").mkdir(parents=True)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b6cb0"))
    assert image.save(str(folder / "captures" / "fenêtre principale.png"))
    path = folder / "guide-utilisateur.md"
    path.write_text(GUIDE, encoding="utf-8")
    return path


@pytest.fixture
def shown_messages(monkeypatch) -> list[tuple[str, str]]:
    """Records the (title, text) of each warning box instead of showing it."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text, details="": shown.append((title, text)))
    return shown


def _image_data(window: user_help.UserGuideWindow, name: str):
    return window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))


# --- About box ----------------------------------------------------------------------


def test_about_shows_version_licence_folder(qtbot, tmp_path):
    data_dir = tmp_path / "donnees"
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)

    assert __version__ in dialog.version_label.text()
    assert APPLICATION_LICENSE in dialog.license_label.text()
    assert str(data_dir) in dialog.data_dir_label.text()
    assert "TZCLD" in dialog.description_label.text()


def test_about_lists_declared_licences(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    shown = dialog.component_licenses()

    for name in DIRECT_DISTRIBUTIONS:
        distribution = metadata.distribution(name)
        shown_name = distribution.metadata["Name"]
        assert shown_name in shown, f"{name} missing from the About box"
        assert shown[shown_name] == declared_license(distribution)
        assert shown[shown_name] != dialog.tr("non indiquée"), f"{name} declares no licence"
    # Values as the installed metadata declares them.
    assert shown["SQLAlchemy"] == "MIT"
    assert shown["alembic"] == "MIT"
    assert "LGPL-3.0" in shown[metadata.distribution("PySide6-Essentials").metadata["Name"]]
    assert "Apache-2.0" in shown["cryptography"]
    assert "BSD" in shown["reportlab"]
    assert shown["DejaVu Sans"] == "bitstream-vera"


def test_about_includes_dependencies_of_dependencies(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    names = {name.lower() for name in dialog.component_licenses()}

    # shiboken6 comes with PySide6, et_xmlfile with openpyxl.
    assert "shiboken6" in names
    assert "et_xmlfile" in names or "et-xmlfile" in names


def test_application_metadata_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    assert project["version"] == __version__
    assert project["license"]["text"] == APPLICATION_LICENSE


def test_direct_distributions_match_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = {re.match(r"[A-Za-z0-9._-]+", requirement).group(0).lower() for requirement in project["dependencies"]}

    assert {name.lower() for name in DIRECT_DISTRIBUTIONS} == required


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("License-Expression: MIT\nLicense: ignored\n", "MIT"),
        ("License: BSD license, Copyright (c) ReportLab Inc.\n", "BSD license, Copyright (c) ReportLab Inc."),
        ("License: " + "Permission is hereby granted " * 10 + "\n"
         "Classifier: License :: OSI Approved :: MIT License\n", "MIT License"),
        ("Summary: no licence at all\n", ""),
    ],
    ids=["expression", "short-field", "full-text-then-classifier", "none"],
)
def test_declared_license_field_order(tmp_path, fields, expected):
    dist_info = tmp_path / "sample-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.4\nName: sample\nVersion: 1.0\n{fields}",
                                        encoding="utf-8")

    assert declared_license(metadata.PathDistribution(dist_info)) == expected


# --- User guide ---------------------------------------------------------------------


def test_guide_opens_with_title_and_image(qtbot, guide_file):
    window = user_help.open_user_guide(None, guide_file)
    assert window is not None
    qtbot.addWidget(window)

    assert window.isVisible()
    assert window.windowTitle() == "Guide d'utilisation de TZCLD Desktop"
    assert "Importer une liste de territoires" in window.browser.toPlainText()
    assert _image_data(window, "captures/fenêtre%20principale.png"), "the guide's image did not load"


def test_guide_link_scrolls_to_heading(qtbot, guide_file):
    window = user_help.open_user_guide(None, guide_file)
    qtbot.addWidget(window)
    scroll_bar = window.browser.verticalScrollBar()
    assert scroll_bar.value() == 0

    window.browser.setSource(QUrl("#importer-une-liste-de-territoires"))
    assert scroll_bar.value() > 0

    window.home_button.click()
    assert scroll_bar.value() == 0


def test_converted_guide_opens_as_in_bundle(qtbot, guide_file, tmp_path):
    bundle_guide = tmp_path / "paquet" / "resources" / "guide"

    html_file = user_help.write_guide_html(guide_file, bundle_guide)
    guide_file.parent.rename(tmp_path / "docs-supprime")  # a bundle has no docs/ folder
    window = user_help.open_user_guide(None, html_file)
    assert window is not None
    qtbot.addWidget(window)

    assert html_file == bundle_guide / "guide-utilisateur.html"
    assert (bundle_guide / "captures" / "fenêtre principale.png").is_file()
    assert window.windowTitle() == "Guide d'utilisation de TZCLD Desktop"
    assert _image_data(window, "captures/fenêtre%20principale.png"), "the copied image did not load"
    # Qt writes the build machine's font into <body>; the guide must use the reader's.
    assert "font-family" not in html_file.read_text(encoding="utf-8").split("<body", 1)[1].split(">", 1)[0]


def test_guide_without_heading_keeps_default_title(qtbot, tmp_path):
    guide = tmp_path / "guide-utilisateur.md"
    guide.write_text("", encoding="utf-8")

    window = user_help.open_user_guide(None, guide)
    assert window is not None
    qtbot.addWidget(window)

    assert window.windowTitle() == "Guide d'utilisation"


# The offscreen platform of the headless tests cannot raise windows.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_guide_window_reused_for_parent(qtbot, guide_file):
    parent = QWidget()
    qtbot.addWidget(parent)

    first = user_help.open_user_guide(parent, guide_file)
    second = user_help.open_user_guide(parent, guide_file)

    assert first is second


def test_missing_guide_shows_french_message(qtbot, tmp_path, shown_messages):
    missing = tmp_path / "guide-utilisateur.md"

    assert user_help.open_user_guide(None, missing) is None

    assert len(shown_messages) == 1
    title, text = shown_messages[0]
    assert title == "Guide d'utilisation"
    assert "Le guide d'utilisation est introuvable" in text
    assert str(missing) in text


def test_no_guide_installed_shows_message(qtbot, tmp_path, monkeypatch, shown_messages):
    monkeypatch.setattr(user_help, "SOURCE_GUIDE", tmp_path / "docs" / "guide-utilisateur.md")
    monkeypatch.setattr(user_help, "bundled_guide", lambda: tmp_path / "resources" / "guide" / "guide.html")

    assert user_help.find_user_guide() is None
    assert user_help.open_user_guide(None) is None

    assert len(shown_messages) == 1
    assert str(tmp_path / "docs" / "guide-utilisateur.md") in shown_messages[0][1]


def test_unreadable_guide_shows_french_message(qtbot, tmp_path, shown_messages):
    guide = tmp_path / "guide-utilisateur.md"
    guide.write_bytes("Échec de décodage".encode("utf-16"))

    assert user_help.open_user_guide(None, guide) is None

    assert "La lecture du guide d'utilisation" in shown_messages[0][1]


def test_bundle_finds_bundled_guide(tmp_path, monkeypatch):
    bundled = tmp_path / "resources" / "guide" / "guide-utilisateur.html"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("<html><head><title>Guide</title></head><body></body></html>", encoding="utf-8")
    monkeypatch.setattr(user_help, "SOURCE_GUIDE", tmp_path / "absent" / "guide-utilisateur.md")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)

    assert user_help.find_user_guide() == bundled
