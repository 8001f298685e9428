"""Rules about the code itself: layers and the Qt binding's version."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tzcld_desktop"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


@pytest.mark.parametrize("layer", ["domain", "db", "sync", "reports"])
def test_lower_layers_import_no_widgets(layer):
    offenders = {}
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {m for m in _imported_modules(path) if m.startswith(("PySide6", "tzcld_desktop.ui"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


@pytest.mark.parametrize("layer", ["domain"])
def test_domain_imports_no_storage(layer):
    offenders = {}
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {m for m in _imported_modules(path)
               if m.startswith(("sqlalchemy", "tzcld_desktop.db", "tzcld_desktop.sync", "tzcld_desktop.reports"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_db_does_not_import_upper_layers():
    offenders = {}
    for path in (PACKAGE / "db").rglob("*.py"):
        bad = {m for m in _imported_modules(path) if m.startswith(("tzcld_desktop.sync", "tzcld_desktop.reports"))}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_headless_commands_load_no_widgets(tmp_path):
    # Running a headless command must not pull in QtWidgets (no screen on a server).
    code = (
        "import sys; from tzcld_desktop.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'list-territories']); "
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


# PySide6 6.12.0 on Python 3.11 takes a reference away from None on every call of a
# method that returns nothing, and the interpreter aborts after a few thousand calls.
# This test calls such methods many times in a child process and checks the count.
PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel
app = QApplication([])
label, combo, check = QLabel(), QComboBox(), QCheckBox()
before = sys.getrefcount(None)
for index in range(3000):
    label.setText("Territoires")
    combo.addItem(f"Département {index}")
    check.setChecked(False)
print(sys.getrefcount(None) - before)
sys.stdout.flush()
import os; os._exit(0)
"""


def test_qt_binding_keeps_none_refcount():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    drift = int(result.stdout.strip().splitlines()[-1])
    assert drift > -300, f"PySide6 loses references to None ({drift} over 9000 calls): pin PySide6 below 6.12"
