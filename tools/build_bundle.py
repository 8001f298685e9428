"""Build the one-folder PyInstaller bundle of TZCLD Desktop, then check that it runs.

Steps:

1. install PyInstaller into the running Python environment when it is missing;
2. build ``build.spec`` into ``dist/tzcld-desktop`` (work files in ``build/pyinstaller``);
3. run the bundled console program headless in temporary data folders: ``--version``,
   ``profile``, ``import-territories`` on the list shipped in the bundle,
   ``list-territories``, ``export-data``, ``import-data`` into a second folder and
   ``pdf territory``, checking each exit status and output.

Prints one result line in French and English and exits 1 when a step fails.

Usage::

    python tools/build_bundle.py                 # build, then check
    python tools/build_bundle.py --skip-build    # check the bundle already in dist/
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
BUNDLE_NAME = "tzcld-desktop"
CONSOLE_PROGRAM = "tzcld-desktop-console"
WINDOW_PROGRAM = "tzcld-desktop"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
# Each command loads about 250 MB of libraries; a slow disk or a virus scanner can make the
# first start take much longer than the few seconds it takes on a build machine.
COMMAND_TIMEOUT_SECONDS = 300
TERRITORY_LIST = ("resources", "data", "territoires_habilites.csv")


class SmokeFailure(Exception):
    """A bundled command failed or printed something unexpected."""


@dataclass
class SmokeResult:
    """Counts from the smoke run, for the result line."""

    commands: int
    territories: int
    pdf_bytes: int


def ensure_pyinstaller() -> None:
    """Install PyInstaller into this Python environment when it is not importable."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print(f"Installing {PYINSTALLER_REQUIREMENT} into {sys.prefix}")
    subprocess.run([sys.executable, "-m", "pip", "install", PYINSTALLER_REQUIREMENT], check=True)


def build(dist_dir: Path, work_dir: Path, clean: bool) -> Path:
    """Build the bundle into ``dist_dir`` and return its folder."""
    # The guide's screenshots are generated, never committed: make them first so the
    # bundled guide shows them.
    screenshots = [sys.executable, str(ROOT / "tools" / "make_guide_screenshots.py")]
    print("Running:", " ".join(screenshots), flush=True)
    subprocess.run(screenshots, check=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist_dir), "--workpath", str(work_dir), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("Running:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return dist_dir / BUNDLE_NAME


def program_path(bundle: Path, name: str) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle / f"{name}{suffix}"


def internal_dir(bundle: Path) -> Path:
    """Return the folder that ``sys._MEIPASS`` names in a bundled program.

    PyInstaller 6 puts everything but the programs in ``_internal``; older versions used
    the bundle folder itself.
    """
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


class BundleRunner:
    """Runs one bundled program with a private log folder and checks each result."""

    def __init__(self, program: Path, log_dir: Path) -> None:
        self.program = program
        self.environment = {**os.environ, "TZCLD_LOG_DIR": str(log_dir)}
        self.environment.pop("TZCLD_DATA_DIR", None)
        self.count = 0

    def run(self, *arguments: str, expect: str = "") -> str:
        """Run the program with ``arguments``; return its standard output.

        Raises SmokeFailure when the exit status is not 0 or ``expect`` is missing from
        the output.
        """
        command = [str(self.program), *arguments]
        self.count += 1
        try:
            completed = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                                       timeout=COMMAND_TIMEOUT_SECONDS, env=self.environment)
        except subprocess.TimeoutExpired as error:
            raise SmokeFailure(f"{' '.join(command)} timed out after {COMMAND_TIMEOUT_SECONDS} s") from error
        if completed.returncode != 0:
            raise SmokeFailure(f"{' '.join(command)} exited with status {completed.returncode}\n"
                               f"stdout: {completed.stdout[-2000:]}\nstderr: {completed.stderr[-2000:]}")
        if expect not in completed.stdout:
            raise SmokeFailure(f"{' '.join(command)} printed no {expect!r}\nstdout: {completed.stdout[-2000:]}")
        print(f"  ok: {' '.join(arguments)}", flush=True)
        return completed.stdout


def _territory_rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def check_bundle_files(bundle: Path) -> None:
    """Raise SmokeFailure when a data file that the application needs is not in the bundle."""
    internal = internal_dir(bundle)
    required = [
        internal / "resources" / "fonts" / "DejaVuSans.ttf",
        internal / "resources" / "translations" / "tzcld_en.qm",
        internal / "resources" / "translations" / "tzcld_fr.qm",
        internal / "resources" / "icons" / "tzcld.png",
        internal / "tzcld_desktop" / "db" / "migrations" / "env.py",
        internal.joinpath(*TERRITORY_LIST),
    ]
    if (ROOT / "docs" / "guide-utilisateur.md").is_file():
        required.append(internal / "resources" / "guide" / "guide-utilisateur.html")
    missing = [str(path.relative_to(bundle)) for path in required if not path.is_file()]
    if missing:
        raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")


def smoke_test(bundle: Path) -> SmokeResult:
    """Run the headless commands of the bundle in temporary data folders."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tzcld_desktop import __version__

    check_bundle_files(bundle)
    expected_version = f"TZCLD Desktop {__version__}"
    with tempfile.TemporaryDirectory(prefix="tzcld-bundle-") as temporary:
        scratch = Path(temporary)
        runner = BundleRunner(program_path(bundle, CONSOLE_PROGRAM), scratch / "logs")
        runner.run("--version", expect=expected_version)
        if sys.platform != "win32":
            # A Windows program without a console has no standard output to read.
            BundleRunner(program_path(bundle, WINDOW_PROGRAM), scratch / "logs").run(
                "--version", expect=expected_version)

        first = ["--data-dir", str(scratch / "premier")]
        second = ["--data-dir", str(scratch / "second")]
        runner.run(*first, "profile", "--name", "Essai Paquet", "--regions", "84,11", expect="Profil enregistré")
        shipped_list = internal_dir(bundle).joinpath(*TERRITORY_LIST)
        runner.run(*first, "import-territories", str(shipped_list), expect="territoires créés")
        territories = _territory_rows(runner.run(*first, "list-territories", "--format", "csv", expect="id,nom"))
        if not territories:
            raise SmokeFailure("list-territories printed no territory after the import")

        exchange_file = scratch / "echange.tzsync"
        runner.run(*first, "export-data", str(exchange_file))
        if not exchange_file.is_file():
            raise SmokeFailure(f"export-data wrote no file {exchange_file}")
        runner.run(*second, "profile", "--name", "Second Poste", "--regions", "84,11", expect="Profil enregistré")
        runner.run(*second, "import-data", str(exchange_file))
        received = _territory_rows(runner.run(*second, "list-territories", "--format", "csv", expect="id,nom"))
        if {row["id"] for row in received} != {row["id"] for row in territories}:
            raise SmokeFailure(f"the second folder lists {len(received)} territories after import-data, "
                               f"expected the {len(territories)} exported")

        pdf_file = scratch / "fiche.pdf"
        runner.run(*second, "pdf", "territory", territories[0]["id"], str(pdf_file), expect="page(s)")
        content = pdf_file.read_bytes() if pdf_file.is_file() else b""
        if not content.startswith(b"%PDF"):
            raise SmokeFailure(f"pdf territory wrote no PDF file at {pdf_file}")
        if b"DejaVu" not in content:
            raise SmokeFailure("the PDF does not embed the bundled DejaVu font")
        return SmokeResult(commands=runner.count + (0 if sys.platform == "win32" else 1),
                           territories=len(territories), pdf_bytes=len(content))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist", help="folder that receives the bundle")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder, kept between builds to save time")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches before building")
    parser.add_argument("--skip-build", action="store_true", help="check the bundle already in --dist-dir")
    options = parser.parse_args(argv)

    started = time.monotonic()
    if options.skip_build:
        bundle = options.dist_dir / BUNDLE_NAME
    else:
        ensure_pyinstaller()
        try:
            bundle = build(options.dist_dir, options.work_dir, options.clean)
        except subprocess.CalledProcessError as error:
            print(f"ÉCHEC / FAILED: PyInstaller exited with status {error.returncode}", file=sys.stderr)
            return 1
    built = time.monotonic()

    print(f"Checking {bundle}", flush=True)
    try:
        result = smoke_test(bundle)
    except SmokeFailure as error:
        print(f"ÉCHEC / FAILED: {error}", file=sys.stderr)
        return 1
    checked = time.monotonic()

    size_mb = folder_size(bundle) / 1_000_000
    print(f"Paquet vérifié : {result.commands} commandes réussies, {result.territories} territoires "
          f"importés, échangés et imprimés ; {size_mb:.0f} Mo.")
    print(f"Bundle OK: {result.commands} commands passed, {result.territories} territories imported, "
          f"exchanged and printed; {size_mb:.0f} MB; build {built - started:.0f} s, "
          f"check {checked - built:.0f} s; {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
