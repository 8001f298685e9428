"""The .ts files against the code, and the English interface through install_language."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from tzcld_desktop.domain import errors
from tzcld_desktop.domain.errors import StorageError, UserError
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.ui import i18n

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FR_TS = TRANSLATIONS / "tzcld_fr.ts"
EN_TS = TRANSLATIONS / "tzcld_en.ts"


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    # dataclasses looks the module up in sys.modules while the module runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _unfinished_sources(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    return [f"{context.findtext('name')}: {message.findtext('source')}"
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") == "unfinished"]


@pytest.fixture(scope="module")
def extraction(tmp_path_factory):
    return tool.extract_to(tmp_path_factory.mktemp("lupdate"))


@pytest.mark.parametrize("ts_file", [FR_TS, EN_TS], ids=["fr", "en"])
def test_ts_file_matches_code(extraction, ts_file):
    extracted, _collected = extraction
    committed = tool.read_messages(ts_file)
    missing = sorted(extracted - committed)
    extra = sorted(committed - extracted)
    hint = "the .ts files are out of date with the code: run python tools/update_translations.py"
    assert not missing, f"{hint}; texts missing from {ts_file.name}: {missing[:10]}"
    assert not extra, f"{hint}; texts no longer in the code: {extra[:10]}"


def test_extraction_resolves_every_error_text(extraction):
    _extracted, collected = extraction
    assert collected.problems == [], "texts that lupdate and the AST pass cannot read"


def test_extraction_finds_texts_lupdate_skips(extraction):
    extracted, _collected = extraction
    # A raise with a plain literal, a context given as a module constant, a text built
    # in super().__init__, and a QT_TRANSLATE_NOOP inside a tuple.
    assert ("UserError", "Cet élément n'existe plus : le conflit ne peut pas être réglé.") in extracted
    assert ("HandoutExport", "Document non créé") in extracted
    assert any(context == "RecordNotFound" for context, _source in extracted)
    storage_sources = [source for context, source in extracted if context == "StorageError"]
    assert any(source.startswith("Le disque est plein : la modification") for source in storage_sources)
    # A text given to a module's one-line helper ``_tr("…")`` that translates in its context.
    assert ("ImportAssistant", "Classeur Excel, feuille « {sheet} »") in extracted


def test_marker_file_keeps_texts_intact(tmp_path):
    messages = {("Ctx", 'guillemets " et \' apostrophe'), ("Ctx", "deux\nlignes « {x} » \\ fin")}
    marker = tmp_path / "texts.py"
    tool.write_marker_file(messages, marker)
    ts_file = tmp_path / "out_en.ts"
    lupdate = tool.find_tool("pyside6-lupdate")
    subprocess.run([lupdate, str(marker), "-ts", str(ts_file)], check=True, capture_output=True)
    assert tool.read_messages(ts_file) == messages


def test_french_ts_all_finished():
    unfinished = _unfinished_sources(FR_TS)
    assert unfinished == [], "run python tools/update_translations.py to complete tzcld_fr.ts"


def test_french_translations_equal_sources():
    root = ET.parse(FR_TS).getroot()
    different = [message.findtext("source") for message in root.iter("message")
                 if message.get("numerus") != "yes" and message.findtext("translation") != message.findtext("source")]
    assert different == []


def test_french_plural_forms_filled():
    root = ET.parse(FR_TS).getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            forms = [form.text for form in message.iter("numerusform")]
            assert len(forms) == 2, message.findtext("source")
            assert all(forms), message.findtext("source")


def test_english_ts_all_finished():
    unfinished = _unfinished_sources(EN_TS)
    assert unfinished == [], f"{len(unfinished)} texts of tzcld_en.ts have no English translation yet"


def test_english_keeps_placeholders():
    root = ET.parse(EN_TS).getroot()
    placeholder = re.compile(r"\{[a-z_]+\}")
    wrong = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not translation.text:
            continue
        source = message.findtext("source")
        if sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation.text)):
            wrong.append(source)
    assert wrong == []


@pytest.fixture
def english(tmp_path, monkeypatch):
    """The application in English, with .qm files built from the committed .ts files in a temporary folder."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(EN_TS, folder / EN_TS.name)
    shutil.copy(FR_TS, folder / FR_TS.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    app = QApplication.instance() or QApplication([])
    i18n.install_language(app, "en")
    yield folder
    i18n.install_language(app, "fr")
    errors.set_translator(None)


def _english(context: str, source: str) -> str:
    root = ET.parse(EN_TS).getroot()
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if message.findtext("source") == source and translation.get("type") != "unfinished":
                return translation.text
    pytest.fail(f"{context}: {source!r} has no English translation in tzcld_en.ts")


def test_install_language_builds_qm(english):
    assert (english / "tzcld_en.qm").exists()
    assert QLocale().language() == QLocale.Language.English


def test_english_main_window_texts(english):
    assert QCoreApplication.translate("MainWindow", "&Fichier") == _english("MainWindow", "&Fichier") == "&File"
    assert QCoreApplication.translate("MainWindow", "Territoires") == "Territories"


def test_english_list_headers(english):
    from PySide6.QtCore import Qt

    from tzcld_desktop.ui.models.territory_table import TerritoryTableModel

    model = TerritoryTableModel()
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Territory", "Département", "Region", "Cluster", "Stage", "Habilitation"]


def test_english_user_error(english):
    text = "Cet élément n'existe plus : le conflit ne peut pas être réglé."
    expected = _english("UserError", text)
    assert UserError(text).message() == expected
    assert errors.translate("UserError", text) != text


def test_english_storage_error_parameters(english):
    text = ("Le fichier de données {path} ne peut pas être ouvert. Vérifiez que le dossier existe toujours "
            "(clé USB retirée ?) et que vous avez le droit d'y écrire.")
    message = StorageError(text, path="/media/cle").message()
    assert message == _english("StorageError", text).format(path="/media/cle")
    assert "/media/cle" in message


def test_english_plural(english):
    assert QCoreApplication.translate("TerritoryPanel", "%Ln territoires", "", 1) == "1 territory"
    assert QCoreApplication.translate("TerritoryPanel", "%Ln territoires", "", 2) == "2 territories"


def test_english_stage_label(english):
    label = Stage.HABILITATED.label
    assert errors.translate("Stage", label) == _english("Stage", label)


def test_french_after_english(english):
    app = QApplication.instance()
    i18n.install_language(app, "fr")
    assert QCoreApplication.translate("MainWindow", "Territoires") == "Territoires"
    assert QLocale().language() == QLocale.Language.French


def test_french_singular_from_qm(english):
    app = QApplication.instance()
    i18n.install_language(app, "fr")
    assert QCoreApplication.translate("TerritoryPanel", "%Ln territoires", "", 1) == "1 territoire"
    assert QCoreApplication.translate("TerritoryPanel", "%Ln territoires", "", 3) == "3 territoires"


def test_unknown_language_rejected():
    app = QApplication.instance() or QApplication([])
    with pytest.raises(ValueError, match="unsupported interface language 'de'"):
        i18n.install_language(app, "de")
