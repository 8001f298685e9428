"""A contact's personal data from the interface: hand it over as a JSON file, or erase it (GDPR)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tzcld_desktop.db.erasure import ErasureReport, erase_person_everywhere
from tzcld_desktop.db.personal_data import ERASED_NAME, person_records, write_personal_data
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.context import AppContext
from tzcld_desktop.ui.tasks import run_task

log = logging.getLogger(__name__)

CONTEXT = "PersonalData"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suggested_file_name(name: str) -> str:
    """Return a file name made of the letters and digits of ``name``, such as "donnees-marie-lopez.json"."""
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "contact"
    return f"donnees-{slug}.json"


def export_contact_data(parent: QWidget | None, context: AppContext, contact_id: str, name: str) -> Path | None:
    """Ask where to write the contact's data, write it as the command line does, and return the path."""
    path = messages.save_file(parent, _tr("Exporter les données de ce contact"), suggested_file_name(name),
                              _tr("Fichiers JSON (*.json)"))
    if path is None:
        return None
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    try:
        with context.store.session() as session:
            write_personal_data(session, contact_id, path)
    except UserError as error:
        log.warning("Personal data of contact %s not exported: %s", contact_id, error)
        messages.show_user_error(parent, _tr("Export impossible"), error)
        return None
    log.info("Personal data of contact %s exported to %s", contact_id, path)
    messages.information(parent, _tr("Données exportées"), _tr(
        "Les données que cette copie contient sur « {name} » ont été écrites dans {path}. Transmettez ce fichier "
        "à la personne par un moyen sûr, puis supprimez-le."
    ).format(name=name, path=str(path)))
    return path


def erasure_question(name: str, participations: int) -> str:
    """Return the confirmation text of an erasure: what goes, where it travels, and that it is final."""
    if participations:
        what = _tr(
            "Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les "
            "notes de ce contact, ainsi que le nom et l'organisation de cette personne dans {count} "
            "participation(s) aux réunions."
        )
    else:
        what = _tr(
            "Seront effacés : le nom (remplacé par « {erased} »), l'organisation, le téléphone, le courriel et les "
            "notes de ce contact."
        )
    return _tr(
        "Effacer les données personnelles de « {name} » ?\n\n{what} Les anciennes valeurs sont aussi retirées "
        "du fichier de données et de toutes les sauvegardes de ce dossier.\n\n"
        "L'effacement sera transmis à vos collègues avec votre prochain échange de données. Il ne peut pas être "
        "annulé."
    ).format(name=name, what=what.format(erased=ERASED_NAME, count=participations))


def erase_contact_data(parent: QWidget | None, context: AppContext, contact_id: str, name: str) -> ErasureReport | None:
    """Confirm, then erase the contact's personal data everywhere; return the report, or None if not erased."""
    title = _tr("Effacer les données personnelles")
    try:
        with context.store.session() as session:
            participations = len(person_records(session, contact_id, include_deleted=True).participations)
    except UserError as error:
        messages.show_user_error(parent, title, error)
        return None
    if not messages.confirm(parent, title, erasure_question(name, participations)):
        return None
    try:
        # The database and each backup containing the contact are rewritten: 9 s for the 123 MiB benchmark
        # dataset on a 2-core VM.
        report = run_task(parent, _tr("Effacement en cours…"),
                          lambda: erase_person_everywhere(context.store, context.services, contact_id))
    except UserError as error:
        log.warning("Personal data of contact %s not erased: %s", contact_id, error)
        messages.show_user_error(parent, title, error)
        context.bus.notify()
        return None
    context.bus.notify("contact", "meeting_person")
    messages.information(parent, title, erasure_summary(report))
    return report


def erasure_summary(report: ErasureReport) -> str:
    """Return what the erasure did, and what the user still has to do, in the interface language."""
    lines = [_tr(
        "Les données personnelles ont été effacées de {records} élément(s) et de {backups} sauvegarde(s). "
        "L'effacement partira chez vos collègues avec votre prochain échange de données."
    ).format(records=report.records, backups=len(report.cleaned_backups))]
    if report.deleted_backups:
        lines.append(_tr("Ces sauvegardes ne pouvaient pas être nettoyées et ont été supprimées : {files}.").format(
            files=", ".join(report.deleted_backups)))
    if report.remaining_backups:
        lines.append(_tr(
            "Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. "
            "Supprimez-les vous-même du dossier « sauvegardes » du dossier de données."
        ).format(files=", ".join(report.remaining_backups)))
    if not report.compacted:
        lines.append(_tr(
            "Le fichier de données n'a pas pu être réécrit (disque plein, ou fichier lu par un autre programme) : "
            "d'anciennes valeurs peuvent y rester dans l'espace libre. Libérez de la place, fermez les autres "
            "programmes, puis effacez de nouveau les données de ce contact."
        ))
    return "\n\n".join(lines)
