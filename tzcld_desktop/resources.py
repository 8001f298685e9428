"""Locate the bundled files of ``resources/`` (fonts, reference data, translations).

In a source checkout or an editable install they sit beside the package; in a
PyInstaller bundle they sit under ``sys._MEIPASS`` (see ``build.spec``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that contains ``fonts/``, ``data/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
