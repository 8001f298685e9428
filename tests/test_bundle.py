"""The standalone bundle: built with PyInstaller, then started for a headless run.

Building takes about three minutes and needs PyInstaller (which tools/build_bundle.py
installs when missing), so the test runs only when TZCLD_BUILD_BUNDLE=1 is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    os.environ.get("TZCLD_BUILD_BUNDLE") != "1",
    reason="building the PyInstaller bundle takes minutes: set TZCLD_BUILD_BUNDLE=1 to run it",
)


def test_bundle_builds_and_runs_headless(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--dist-dir", str(tmp_path / "dist")],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=1800,
    )
    output = completed.stdout + completed.stderr

    assert completed.returncode == 0, output[-4000:]
    assert "Bundle OK:" in completed.stdout, output[-4000:]
    assert "Paquet vérifié" in completed.stdout
    for step in ("--version", "import-territories", "export-data", "import-data", "pdf territory"):
        assert step in completed.stdout, f"smoke step {step} did not run"
    suffix = ".exe" if sys.platform == "win32" else ""
    assert (tmp_path / "dist" / "tzcld-desktop" / f"tzcld-desktop{suffix}").is_file()
    assert (tmp_path / "dist" / "tzcld-desktop" / f"tzcld-desktop-console{suffix}").is_file()
