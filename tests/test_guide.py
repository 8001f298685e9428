"""The French user guide: its screenshots come from the running application, its menus exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tzcld_desktop.ui.help import SOURCE_GUIDE, heading_anchor

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "make_guide_screenshots.py"
IMAGE_FOLDER = "guide/images/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
# A menu entry cited as « Fichier › Mon profil… », or « Menu › Sous-menu › Entrée ».
MENU_CITATION = re.compile(r"«\s*([^«»]*›[^«»]*?)\s*»")
INTERNAL_LINK = re.compile(r"\]\(#([^)]+)\)")


def guide_text() -> str:
    return SOURCE_GUIDE.read_text(encoding="utf-8")


def cited_images() -> list[str]:
    return IMAGE_LINK.findall(guide_text())


def cited_menu_paths() -> list[tuple[str, ...]]:
    """Return each cited menu path; a citation wrapped over two lines reads as one, as Markdown shows it."""
    citations = (" ".join(citation.split()) for citation in MENU_CITATION.findall(guide_text()))
    return [tuple(part.strip() for part in citation.split("›")) for citation in citations]


def menu_paths(menu, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Return every path of menu titles and entry texts under ``menu``, without the "&" marks."""
    paths = set()
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = (*prefix, action.text().replace("&", ""))
        paths.add(path)
        if action.menu() is not None:
            paths |= menu_paths(action.menu(), path)
    return paths


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Run the screenshot script as a user would, into a temporary folder."""
    out = tmp_path_factory.mktemp("captures")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"screenshot script failed:\n{result.stdout}\n{result.stderr}"
    return out


def test_guide_cites_images_and_menus():
    assert len(cited_images()) >= 10
    assert len(cited_menu_paths()) >= 10


def test_guide_images_are_in_the_generated_folder():
    misplaced = [link for link in cited_images() if not link.startswith(IMAGE_FOLDER)]

    assert misplaced == []


def test_script_writes_every_guide_image(screenshots):
    missing = [link for link in cited_images() if not (screenshots / link.removeprefix(IMAGE_FOLDER)).is_file()]

    assert missing == []


def test_every_guide_image_is_a_readable_png(screenshots):
    for link in cited_images():
        path = screenshots / link.removeprefix(IMAGE_FOLDER)
        assert path.read_bytes()[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG file"
        image = QImage(str(path))
        assert not image.isNull(), f"{path.name} cannot be read"
        assert image.width() >= 300, f"{path.name} is only {image.width()} pixels wide"
        assert image.height() >= 200, f"{path.name} is only {image.height()} pixels high"


def test_cited_menu_entries_exist(qtbot, context, profile):
    from tzcld_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    existing = menu_paths(window.menuBar())

    unknown = [" › ".join(path) for path in cited_menu_paths() if path not in existing]

    assert unknown == []


def test_internal_links_reach_a_heading():
    text = guide_text()
    anchors = {heading_anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}

    broken = [target for target in INTERNAL_LINK.findall(text) if target not in anchors]

    assert broken == []
