"""The PDF export dialog, the export flow with its viewer, and cancellable tasks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pypdf import PdfReader

from report_fixtures import seed_region
from tzcld_desktop.reports.documents import DocumentKind, DocumentRequest
from tzcld_desktop.ui import messages, pdf_export, tasks
from tzcld_desktop.ui.pdf_export import PdfExportDialog


class _Cancelled(Exception):
    pass


@pytest.fixture
def seeded(services):
    return seed_region(services)


@pytest.fixture
def opened(monkeypatch):
    """Record the paths handed to the system viewer instead of opening them."""
    paths: list[Path] = []

    def fake_open(url):
        paths.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(pdf_export.QDesktopServices, "openUrl", fake_open)
    return paths


def test_dialog_offers_meeting_documents(qtbot, context, seeded):
    dialog = PdfExportDialog(context, DocumentKind.HANDOUT, "meeting")
    qtbot.addWidget(dialog)
    offered = [dialog.kind_combo.itemData(row) for row in range(dialog.kind_combo.count())]

    assert offered == ["meeting", "minutes", "summary", "pack", "batch"]
    assert dialog.kind() is DocumentKind.HANDOUT
    assert not dialog.personal_check.isChecked()
    assert "données personnelles" in dialog.personal_label.text()


def test_dialog_summary_has_no_personal_data(qtbot, context, seeded):
    dialog = PdfExportDialog(context, DocumentKind.SUMMARY)
    qtbot.addWidget(dialog)

    assert not dialog.personal_check.isEnabled()
    assert dialog.personal_label.text() == "Ce document ne contient aucune donnée personnelle."
    assert dialog.region_codes() == ("84",)
    assert dialog.request(None).region_codes == ("84",)


def test_dialog_batch_needs_one_region(qtbot, context, seeded):
    dialog = PdfExportDialog(context, DocumentKind.BATCH)
    qtbot.addWidget(dialog)
    dialog.set_region_codes({"84", "11"})

    assert "une seule région" in dialog.validation_error()
    dialog.set_region_codes({"84"})
    dialog.per_territory_radio.setChecked(True)
    dialog.personal_check.setChecked(True)
    request = dialog.request(None)
    assert dialog.validation_error() == ""
    assert request == DocumentRequest(DocumentKind.BATCH, None, ("84",), None, request.grouping, True, False)


def test_export_pdf_builds_and_opens_viewer(qtbot, context, seeded, tmp_path, monkeypatch, opened):
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(pdf_export, "ask_request",
                        lambda parent, ctx, kind, record_id: DocumentRequest(kind, record_id))
    monkeypatch.setattr(messages, "save_file", lambda *args: target)

    written = pdf_export.export_pdf(None, context, "pack", seeded.meeting_id)

    assert written is not None
    assert written.files == (target,)
    assert opened == [target]
    assert len(PdfReader(target).outline) >= 3


def test_export_pdf_without_record_offers_summary(qtbot, context, seeded, monkeypatch, opened):
    asked = []
    monkeypatch.setattr(pdf_export, "ask_request", lambda parent, ctx, kind, record_id: asked.append(kind))

    assert pdf_export.export_pdf(None, context, DocumentKind.SHEET) is None
    assert asked == [DocumentKind.SUMMARY]
    assert opened == []


def test_export_current_document_uses_selected_meeting(qtbot, context, seeded, monkeypatch):
    calls = []
    monkeypatch.setattr(pdf_export, "export_pdf", lambda parent, ctx, kind, record_id=None: calls.append(
        (kind, record_id)))

    class Screen:
        def selected_meeting_id(self):
            return seeded.meeting_id

    class Window:
        class tabs:  # noqa: N801 - stands for the main window's QTabWidget
            @staticmethod
            def currentWidget():  # noqa: N802 - Qt's name
                return Screen()

    pdf_export.export_current_document(Window(), context)

    assert calls == [(DocumentKind.HANDOUT, seeded.meeting_id)]


def test_suggested_name_is_plain_ascii(context, seeded):
    name = pdf_export.suggested_name(context, DocumentRequest(DocumentKind.SHEET, seeded.territories["echirolles"]))

    assert name == "fiche-echirolles-ouest.pdf"


def test_cancellable_task_stops_on_cancel(qtbot, monkeypatch):
    monkeypatch.setattr(tasks, "SHOW_DELAY_MS", 10)
    seen = []

    def work(control):
        for step in range(500):
            if control.cancelled():
                raise _Cancelled(step)
            control.report(step, 500)
            time.sleep(0.01)
        return "done"

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            seen.append(dialogs[0].maximum())
            dialogs[0].findChild(QPushButton).click()
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(300, press_cancel)
    with pytest.raises(_Cancelled) as caught:
        tasks.run_cancellable_task(None, "Travail long…", work)

    assert 0 < caught.value.args[0] < 500
    assert seen == [500]


def test_cancellable_task_returns_result(qtbot):
    assert tasks.run_cancellable_task(None, "Travail court…", lambda control: 42) == 42
