"""Drafts of the territory and meeting forms, so that unsaved edits survive a crash.

While the user types, a form writes its values as JSON to
``<data folder>/brouillons/<kind>-<record id or "nouveau">.json``, about one second
after the last change. Saving the form or answering "Ne pas enregistrer" removes the
file. At the next start, the main window offers to reopen the drafts it finds.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.formatting import format_long_date

log = logging.getLogger(__name__)

DRAFT_FOLDER_NAME = "brouillons"
NEW_RECORD_NAME = "nouveau"
TERRITORY_KIND = "territoire"
MEETING_KIND = "reunion"
DRAFT_KINDS = (TERRITORY_KIND, MEETING_KIND)
FORMAT_VERSION = 1
# Delay after the last keystroke before the draft is written, in milliseconds.
WRITE_DELAY_MS = 1000
INVALID_SUFFIX = ".invalide"

# Record ids are uuids. Any other id is rejected because it might not be a safe file name.
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


@dataclass(frozen=True)
class Draft:
    """The unsaved values of one form, as read back from its draft file."""

    kind: str
    record_id: str | None
    label: str
    values: dict[str, Any]
    saved_at: str
    path: Path


def draft_folder(data_dir: Path) -> Path:
    return Path(data_dir) / DRAFT_FOLDER_NAME


def draft_path(data_dir: Path, kind: str, record_id: str | None) -> Path:
    """Return the draft file of a form; raise ValueError on an unknown kind or an unsafe id."""
    if kind not in DRAFT_KINDS:
        raise ValueError(f"unknown draft kind {kind!r}")
    if record_id is not None and not _SAFE_ID.match(record_id):
        raise ValueError(f"record id {record_id!r} cannot be used in a file name")
    return draft_folder(data_dir) / f"{kind}-{record_id or NEW_RECORD_NAME}.json"


def write_draft(path: Path, kind: str, record_id: str | None, label: str, values: dict[str, Any]) -> bool:
    """Write a draft atomically (temporary file, then os.replace); return False after logging a failure."""
    content = {
        "version": FORMAT_VERSION,
        "kind": kind,
        "record_id": record_id,
        "label": label,
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "values": values,
    }
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.stem + "-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(content, file, ensure_ascii=False, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError) as error:
        # TypeError and ValueError come from values that JSON cannot store.
        log.warning("Draft %s not written: %s", path, error)
        if temporary is not None:
            _remove_quietly(Path(temporary))
        return False
    return True


def remove_draft(path: Path) -> None:
    """Remove a draft file. A missing file is not an error, and other failures are only logged."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Draft %s not removed: %s", path, error)


def list_drafts(data_dir: Path) -> list[Draft]:
    """Read every draft of the data folder, oldest first.

    A file that is not a valid draft is renamed with the ``.invalide`` suffix and a
    warning is logged, so that it is neither offered again nor lost.
    """
    folder = draft_folder(data_dir)
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError as error:
        log.warning("Draft folder %s not read: %s", folder, error)
        return []
    drafts = []
    for path in paths:
        try:
            drafts.append(read_draft(path))
        except OSError as error:
            log.warning("Draft %s not read: %s", path, error)
        except ValueError as error:
            log.warning("Invalid draft %s moved aside: %s", path, error)
            _move_aside(path)
    drafts.sort(key=lambda draft: draft.saved_at)
    return drafts


def read_draft(path: Path) -> Draft:
    """Read one draft file; raise ValueError when its content is not a valid draft."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text: {error}") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error}") from error
    if not isinstance(content, dict):
        raise ValueError("the file does not contain a JSON object")
    if content.get("version") != FORMAT_VERSION:
        raise ValueError(f"unsupported version {content.get('version')!r}")
    kind = content.get("kind")
    record_id = content.get("record_id")
    label = content.get("label")
    values = content.get("values")
    saved_at = content.get("saved_at")
    if kind not in DRAFT_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if record_id is not None and not (isinstance(record_id, str) and _SAFE_ID.match(record_id)):
        raise ValueError(f"invalid record id {record_id!r}")
    if not isinstance(label, str) or not isinstance(saved_at, str) or not isinstance(values, dict):
        raise ValueError("missing label, saved_at or values")
    if path.name != draft_path(path.parent.parent, kind, record_id).name:
        raise ValueError(f"the file name does not match kind {kind!r} and record id {record_id!r}")
    return Draft(kind, record_id, label, values, saved_at, path)


def _move_aside(path: Path) -> None:
    target = path.with_name(path.name + INVALID_SUFFIX)
    try:
        os.replace(path, target)
    except OSError as error:
        log.warning("Invalid draft %s not moved aside: %s", path, error)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Temporary draft file %s not removed: %s", path, error)


# -- values ----------------------------------------------------------------------------


def text_value(values: dict[str, Any], key: str, default: str = "") -> str:
    """Return ``values[key]`` when it is a string, else ``default``, so a hand-edited draft cannot break a form."""
    value = values.get(key)
    return value if isinstance(value, str) else default


def optional_text_value(values: dict[str, Any], key: str) -> str | None:
    value = values.get(key)
    return value if isinstance(value, str) else None


def text_list_value(values: dict[str, Any], key: str) -> list[str]:
    value = values.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str)]


# -- the draft of one open form --------------------------------------------------------


class FormDraft(QObject):
    """Writes the draft of one open form and asks before its unsaved changes are closed.

    ``read_values`` returns the form's values as a JSON-ready dict, and ``describe``
    the name of the record shown in messages. The form calls ``mark_unchanged`` once
    its record is loaded, then ``watch`` with the signals of its fields.
    """

    def __init__(
        self,
        dialog: QDialog,
        data_dir: Path,
        kind: str,
        record_id: str | None,
        read_values: Callable[[], dict[str, Any]],
        describe: Callable[[], str],
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.kind = kind
        self.record_id = record_id
        self._data_dir = data_dir
        self.path = draft_path(data_dir, kind, record_id)
        self._read_values = read_values
        self._describe = describe
        self._unchanged_values: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        app = QCoreApplication.instance()
        if app is not None:
            # The event loop of a modal form stops without closing it when the application quits.
            app.aboutToQuit.connect(self.flush)

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self.schedule_write)

    def mark_unchanged(self) -> None:
        """Take the current values as the saved state that closing compares against."""
        self._unchanged_values = self._read_values()

    def is_modified(self) -> bool:
        return self._unchanged_values is not None and self._read_values() != self._unchanged_values

    def describe(self) -> str:
        return self._describe()

    def schedule_write(self, *_args) -> None:
        if self._unchanged_values is not None:
            self._timer.start()

    def is_write_pending(self) -> bool:
        return self._timer.isActive()

    def write_now(self) -> None:
        """Write the draft when the form differs from its saved state, else remove it."""
        self._timer.stop()
        if self.is_modified():
            write_draft(self.path, self.kind, self.record_id, self.describe(), self._read_values())
        else:
            remove_draft(self.path)

    def flush(self) -> None:
        if self._timer.isActive():
            self.write_now()

    def follow_record(self, record_id: str) -> None:
        """Keep the draft under ``record_id`` from now on: a new record just got its id on "Appliquer".

        The draft of the unsaved new record is removed, so the next start does not
        offer to create the record a second time.
        """
        self.discard()
        self.record_id = record_id
        self.path = draft_path(self._data_dir, self.kind, record_id)

    def discard(self) -> None:
        """Drop the draft after a save or an explicit "Ne pas enregistrer"."""
        self._timer.stop()
        remove_draft(self.path)

    def confirm_close(self, save: Callable[[], bool]) -> bool:
        """Ask what to do with unsaved changes; return True when the form may close.

        ``save`` saves the form and returns whether it worked. After "Annuler", or a
        failed save, the form stays open with its values.
        """
        if not self.is_modified():
            self.discard()
            return True
        answer = messages.ask_save_discard_cancel(
            self.dialog,
            QCoreApplication.translate("Drafts", "Modifications non enregistrées"),
            QCoreApplication.translate("Drafts", "Enregistrer les modifications de « {name} » ?").format(name=self.describe()),
        )
        if answer == "save":
            return save()
        if answer == "discard":
            log.info("Unsaved changes of %s discarded", self.path.name)
            self.discard()
            return True
        return False


class DraftForm(QDialog):
    """Base of the forms that keep a draft: asks before closing with unsaved changes.

    "Annuler", Escape and the window's close button go through ``reject`` and ask.
    A close that the program requests (``close()`` at shutdown or from the tests),
    and the rejection of a hidden form, do not ask because nobody may be there to
    answer. They write the draft instead, which the next start offers to reopen.
    """

    form_draft: FormDraft | None = None
    _closing_quietly = False

    def save_for_close(self) -> bool:
        """Save the form as "Enregistrer" does; return whether the save worked."""
        raise NotImplementedError

    def close_with_question(self) -> bool:
        """Close the form, asking first about unsaved changes; return whether it closed."""
        if self.isVisible():
            self.reject()
        return not self.isVisible()

    def reject(self) -> None:
        draft = self.form_draft
        if draft is not None and (self._closing_quietly or not self.isVisible()):
            # Nobody sees a hidden form, so keep its changes as a draft instead of asking.
            if draft.is_modified():
                draft.write_now()
        elif draft is not None and not draft.confirm_close(self.save_for_close):
            return
        if self.isVisible() or self.result() != QDialog.DialogCode.Accepted:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.spontaneous() or self.form_draft is None:
            super().closeEvent(event)
            return
        self._closing_quietly = True
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False


def visible_forms(window: QWidget) -> list[DraftForm]:
    return [form for form in window.findChildren(DraftForm) if form.isVisible()]


# -- reopening at start ----------------------------------------------------------------


def draft_description(draft: Draft) -> str:
    if draft.kind == TERRITORY_KIND:
        text = QCoreApplication.translate("Drafts", "Territoire « {name} »") if draft.record_id else QCoreApplication.translate("Drafts", "Nouveau territoire « {name} »")
    else:
        text = QCoreApplication.translate("Drafts", "Réunion « {name} »") if draft.record_id else QCoreApplication.translate("Drafts", "Nouvelle réunion « {name} »")
    return text.format(name=_current_label(draft))


def _current_label(draft: Draft) -> str:
    """Return the draft's name in the interface language of this session.

    ``draft.label`` was written in the language of the session that saved the draft,
    so a meeting's title and date are put together again from its values, the date
    through ``QLocale``. The stored label serves when the values lack them.
    """
    if draft.kind == TERRITORY_KIND:
        return text_value(draft.values, "name").strip() or draft.label
    title = text_value(draft.values, "title").strip()
    day_text = optional_text_value(draft.values, "meeting_date")
    try:
        day = date.fromisoformat(day_text) if day_text else None
    except ValueError:
        day = None
    if not title or day is None:
        return draft.label
    return QCoreApplication.translate("Drafts", "{title} du {date}").format(title=title, date=format_long_date(day))


def offer_drafts(context: AppContext, parent: QWidget) -> None:
    """Offer to reopen the drafts left by an earlier session, then reopen them one by one.

    "Plus tard" keeps the files for the next start, and "Supprimer" removes them.
    """
    drafts = list_drafts(context.store.data_dir)
    if not drafts:
        return
    listing = "\n".join(f"• {draft_description(draft)}" for draft in drafts)
    answer = messages.choose(
        parent,
        QCoreApplication.translate("Drafts", "Modifications non enregistrées"),
        QCoreApplication.translate("Drafts", "Vous aviez des modifications non enregistrées :\n{list}\n\nLes rouvrir maintenant ?").format(
            list=listing
        ),
        [("reopen", QCoreApplication.translate("Drafts", "Rouvrir")), ("later", QCoreApplication.translate("Drafts", "Plus tard")), ("remove", QCoreApplication.translate("Drafts", "Supprimer"))],
        escape_key="later",
    )
    log.info("%d drafts found at start, user choice: %s", len(drafts), answer)
    if answer == "remove":
        for draft in drafts:
            remove_draft(draft.path)
        return
    if answer != "reopen":
        return
    for draft in drafts:
        reopen_draft(context, draft, parent)


def reopen_draft(context: AppContext, draft: Draft, parent: QWidget) -> QDialog | None:
    """Open the form of ``draft`` with its values and run it; return None when its record was deleted."""
    # Imported here because both forms import this module.
    from tzcld_desktop.ui.meeting_form import MeetingDialog, meeting_exists
    from tzcld_desktop.ui.territory_form import TerritoryDialog, territory_exists

    if draft.kind == TERRITORY_KIND:
        exists = draft.record_id is None or territory_exists(context, draft.record_id)
    else:
        exists = draft.record_id is None or meeting_exists(context, draft.record_id)
    if not exists:
        log.info("Draft %s dropped: its record was deleted", draft.path.name)
        messages.information(
            parent,
            QCoreApplication.translate("Drafts", "Brouillon abandonné"),
            QCoreApplication.translate("Drafts", "{record} a été supprimé depuis : ses modifications non enregistrées ne peuvent pas être "
                "rouvertes. Vous les trouverez sous « Montrer les détails… ».").format(
                record=draft_description(draft)
            ),
            details=_draft_text(draft),
        )
        remove_draft(draft.path)
        return None
    if draft.kind == TERRITORY_KIND:
        dialog: QDialog = TerritoryDialog(context, draft.record_id, parent, draft=draft)
    else:
        dialog = MeetingDialog(context, draft.record_id, None, parent, draft=draft)
    dialog.exec()
    return dialog


def _draft_text(draft: Draft) -> str:
    """Return the text values of a draft, one per line, for the user to copy."""
    lines = []
    for key, value in draft.values.items():
        if isinstance(value, str) and value.strip():
            lines.append(f"{key} : {value}")
    return "\n".join(lines)
