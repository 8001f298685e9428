"""Install the interface language: Qt's own texts, the application's texts, dates and numbers.

French is the source language of every text in the code. Each language loads Qt's
``qtbase_<language>`` (except English, Qt's own source language) and
``resources/translations/tzcld_<language>.qm``; for French that file only adds the
singular forms of plural messages.
The ``.qm`` files are not in git: ``tools/update_translations.py --release`` builds them,
and ``install_language`` compiles one with ``pyside6-lrelease`` when it is missing or
older than its ``.ts`` file, as in a source checkout.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tzcld_desktop.domain import errors
from tzcld_desktop.resources import resource_path

log = logging.getLogger(__name__)

# Locale for dates and numbers in each interface language. English uses the United
# Kingdom's conventions (day before month, 24-hour clock), closest to the French ones.
LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Installed translators must outlive the call that installs them, or Qt drops them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def _find_lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease")


def compiled_translation(language: str, folder: Path | None = None) -> Path | None:
    """Return ``tzcld_<language>.qm``, compiling it from the ``.ts`` file when needed.

    Returns None when neither an up-to-date ``.qm`` file nor a way to build one exists;
    the reason is logged.
    """
    folder = folder or translations_dir()
    ts_file = folder / f"tzcld_{language}.ts"
    qm_file = folder / f"tzcld_{language}.qm"
    stale = ts_file.exists() and (not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime)
    if stale:
        lrelease = _find_lrelease()
        if lrelease is None:
            log.warning("pyside6-lrelease not found: %s not rebuilt from %s", qm_file.name, ts_file.name)
        else:
            try:
                subprocess.run([lrelease, str(ts_file), "-qm", str(qm_file)],
                               check=True, capture_output=True, text=True, timeout=60)
                log.info("Built %s from %s", qm_file, ts_file.name)
            except (OSError, subprocess.SubprocessError) as error:
                log.warning("Building %s with pyside6-lrelease failed: %s", qm_file, error)
    if qm_file.exists():
        return qm_file
    log.warning("Translation %s not found in %s", qm_file.name, folder)
    return None


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_language(app: QCoreApplication, language: str) -> None:
    """Make ``language`` ("fr" or "en") the language of the interface and of user errors.

    Removes the translators that an earlier call installed, so calling it again switches
    the language of texts translated from then on. Windows already open keep their texts
    until they are rebuilt. A missing translation file is logged, and its texts stay in
    French (with plural forms only).
    """
    if language not in LOCALES:
        raise ValueError(f"unsupported interface language {language!r}; expected one of {sorted(LOCALES)}")
    while _installed:
        app.removeTranslator(_installed.pop())

    QLocale.setDefault(LOCALES[language])
    errors.set_translator(QCoreApplication.translate)

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own texts are written in English, so English needs no qtbase file.
    if language != "en" and not _install(app, f"qtbase_{language}", qt_folder):
        log.warning("Qt's translation qtbase_%s was not found in %s", language, qt_folder)

    # French loads its file too, for the singular of plural messages ("%Ln territoire").
    qm_file = compiled_translation(language)
    if qm_file is not None and not _install(app, qm_file.stem, str(qm_file.parent)):
        log.warning("Translation %s could not be loaded", qm_file)
