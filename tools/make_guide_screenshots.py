"""Take the screenshots of the French user guide from the real windows, on demo data.

Run from the project folder, with the application installed:

    python tools/make_guide_screenshots.py [--out docs/guide/images]

The script builds a demo data folder in a temporary directory. It holds a profile, the
shipped list of habilitated territories, a few emerging projects with their history,
contacts, notes and actions, a cluster with a past and an upcoming meeting, documents,
and an exchange with a colleague that leaves a conflict. The script then opens each
window offscreen in French and saves one PNG per screen. Git does not keep the images,
so run the script again after a change to the interface.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

# Set before any Qt import, so no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from tzcld_desktop.db.library_services import LibraryDocumentInput  # noqa: E402
from tzcld_desktop.db.models import StageEvent, Territory  # noqa: E402
from tzcld_desktop.db.services import Services  # noqa: E402
from tzcld_desktop.db.store import Store, open_store  # noqa: E402
from tzcld_desktop.db.territory_import import import_territory_list  # noqa: E402
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryAttendance, TerritoryInput  # noqa: E402
from tzcld_desktop.domain.meeting_forms import AgendaItemInput, MeetingPersonInput, OutcomeInput  # noqa: E402
from tzcld_desktop.domain.record_forms import (  # noqa: E402
    CleInput,
    ContactInput,
    CriterionInput,
    EbeInput,
    HealthInput,
    IndicatorInput,
    NoteInput,
    PerimeterInput,
    PhaseInput,
    StageEventInput,
)
from tzcld_desktop.domain.stages import ActionStatus, Stage  # noqa: E402
from tzcld_desktop.domain.vocabulary import (  # noqa: E402
    ContactRole,
    Criterion,
    CriterionStatus,
    DocumentCategory,
    Health,
    Indicator,
    ItemStatus,
    MeetingStatus,
    MethodPhase,
    NoteKind,
    OutcomeKind,
    PhaseStatus,
    StageStep,
)
from tzcld_desktop.resources import resource_path  # noqa: E402
from tzcld_desktop.sync.exchange import export_data, import_data  # noqa: E402
from tzcld_desktop.ui import messages  # noqa: E402
from tzcld_desktop.ui.app import install_french  # noqa: E402
from tzcld_desktop.ui.context import AppContext, DataBus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "docs" / "guide" / "images"
# The size of every main window and record window on the screenshots, in pixels.
WINDOW_SIZE = (1100, 700)
REFERENT = "Claire Martin"
COLLEAGUE = "Bruno Lefèvre"
TODAY = date.today()


# --- Demo data -----------------------------------------------------------------------------


@dataclass
class Demo:
    """Ids of the demo records that the screenshots show."""

    territories: dict[str, str] = field(default_factory=dict)
    # The values each demo project was created with, so that an edit can change one field.
    inputs: dict[str, TerritoryInput] = field(default_factory=dict)
    cluster_id: str = ""
    past_meeting_id: str = ""
    next_meeting_id: str = ""
    teil_id: str = ""


def _days(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def _territory_id(store: Store, name: str) -> str:
    with store.session() as session:
        return session.scalars(select(Territory.id).where(Territory.name == name)).one()


def seed_territories(store: Store, services: Services, demo: Demo) -> None:
    """Import the shipped list, then add emerging projects with their history, contacts and notes."""
    services.save_profile(REFERENT, ["84", "11"])
    import_territory_list(store, resource_path("data", "territoires_habilites.csv"))
    demo.teil_id = _territory_id(store, "Le Teil")
    demo.cluster_id = services.save_cluster(None, ClusterInput(
        "Grappe Drôme-Ardèche", region_code="84", animator="Maison de l'emploi Ardèche\nCoopérative Sud-Drôme",
        referent=REFERENT))

    projects = (
        ("annonay", "Annonay – Zodiaque", Stage.EMERGING, "07",
         ((StageStep.INTEREST, -420), (StageStep.CHARTER_SIGNED, -200))),
        ("crest", "Crest – Val de Drôme", Stage.EMERGING, "26",
         ((StageStep.INTEREST, -300), (StageStep.CHARTER_SIGNED, -90))),
        ("privas", "Privas – Nouvelle Cité", Stage.CANDIDATURE, "07",
         ((StageStep.INTEREST, -900), (StageStep.CHARTER_SIGNED, -600), (StageStep.DOSSIER_FILED, -75),
          (StageStep.UNDER_REVIEW, -40))),
        ("vals", "Vals-les-Bains", Stage.INTERESTED, "07", ((StageStep.INTEREST, -60),)),
    )
    for key, name, stage, departement, steps in projects:
        data = TerritoryInput(name, stage, departement_code=departement, cluster_id=demo.cluster_id,
                              communes=name.split(" – ")[0])
        territory_id = services.create_territory(data)
        demo.territories[key] = territory_id
        demo.inputs[key] = data
        _write_history(store, services, territory_id, steps)
    services.set_cluster_territories(demo.cluster_id, [demo.teil_id, *demo.territories.values()])
    _seed_teil(services, demo.teil_id)
    _seed_annonay(services, demo.territories["annonay"])
    _seed_followup(services, demo)


def _write_history(store: Store, services: Services, territory_id: str,
                   steps: tuple[tuple[StageStep, int], ...]) -> None:
    """Date the undated step that creating the territory added, and add the other steps.

    This is what a referent does in the "Historique" tab with "Modifier…" and "Ajouter une étape…".
    """
    with store.session() as session:
        undated = {event.step: event.id for event in session.scalars(select(StageEvent).where(
            StageEvent.territory_id == territory_id, StageEvent.event_date.is_(None),
            StageEvent.deleted.is_(False)))}
    for step, offset in steps:
        services.save_stage_event(undated.get(step.value), StageEventInput(territory_id, step, _days(offset)))


def _seed_teil(services: Services, teil: str) -> None:
    """Fill the record of a habilitated territory: perimeter, CLE, EBE, indicators and a contact."""
    services.save_perimeter(teil, PerimeterInput("Le Teil (07319)", "CC Ardèche Rhône Coiron", "", ""))
    services.save_cle(teil, CleInput("Maire du Teil", "Mairie du Teil\nFrance Travail\nDépartement de l'Ardèche",
                                     date(2019, 10, 3)))
    services.save_health(teil, HealthInput(Health.ON_TRACK))
    ebe_id = services.save_ebe(None, EbeInput(teil, "EBE Le Teil Solidaire", date(2022, 3, 1),
                                              "Recyclerie, maraîchage, mobilité", 35))
    for offset, hires in ((-1100, 9), (-730, 21), (-365, 30), (-30, 38)):
        services.save_indicator_value(None, IndicatorInput(teil, Indicator.HIRES, _days(offset), hires))
    services.save_indicator_value(None, IndicatorInput(teil, Indicator.EBE_HEADCOUNT, _days(-30), 34,
                                                       ebe_id=ebe_id))
    services.save_contact(None, ContactInput("Nadia Benali", territory_id=teil, role=ContactRole.PROJECT_LEAD,
                                             organisation="Mairie du Teil", phone="04 75 00 00 12",
                                             email="nadia.benali@example.fr"))


def _seed_annonay(services: Services, annonay: str) -> None:
    """Fill the record of an emerging project: method, criteria, health, contacts and notes."""
    services.save_perimeter(annonay, PerimeterInput("Annonay (07010)", "Annonay Rhône Agglo", "Zodiaque",
                                                    "Quartier prioritaire du Zodiaque"))
    services.save_phase(PhaseInput(annonay, MethodPhase.CONSENSUS, PhaseStatus.IN_PROGRESS, _days(-150),
                                   "Comité local en préparation"))
    services.save_phase(PhaseInput(annonay, MethodPhase.USEFUL_WORK, PhaseStatus.IN_PROGRESS, _days(-60)))
    services.save_criterion(CriterionInput(annonay, Criterion.COMMITMENTS, CriterionStatus.MET, _days(-120)))
    services.save_criterion(CriterionInput(annonay, Criterion.PROFILE, CriterionStatus.MET, _days(-80)))
    services.save_criterion(CriterionInput(annonay, Criterion.MOBILISATION, CriterionStatus.IN_PROGRESS))
    services.save_criterion(CriterionInput(annonay, Criterion.CLE_CREATED, CriterionStatus.IN_PROGRESS))
    services.save_health(annonay, HealthInput(Health.AT_RISK, "Le portage par l'agglomération reste à confirmer"))
    contacts = (
        ("Julien Roche", ContactRole.PROJECT_LEAD, "Centre social du Zodiaque", "julien.roche@example.fr", True),
        ("Martine Faure", ContactRole.ELECTED, "Ville d'Annonay", "", True),
        ("Accueil Annonay Rhône Agglo", ContactRole.PARTNER, "Annonay Rhône Agglo", "contact@example.fr", False),
    )
    for name, role, organisation, email, personal in contacts:
        services.save_contact(None, ContactInput(name, territory_id=annonay, role=role, organisation=organisation,
                                                 email=email, personal=personal))
    notes = (
        (-170, NoteKind.VISIT, "Visite du quartier avec l'équipe du centre social. Forte mobilisation des "
                               "habitants ; la mairie attend l'avis de l'agglomération."),
        (-95, NoteKind.CALL, "Appel avec Julien Roche : premier repérage des travaux utiles (jardins partagés, "
                             "petites réparations, mobilité)."),
        (-45, NoteKind.EMAIL, "Envoi du modèle de charte du comité local pour l'emploi."),
        (-12, NoteKind.MEETING, "Point avec la vice-présidente de l'agglomération : décision attendue en conseil."),
    )
    for offset, kind, text in notes:
        services.save_note(None, NoteInput(annonay, _days(offset), kind, text, REFERENT))


def _seed_followup(services: Services, demo: Demo) -> None:
    """Add open actions, one of them overdue, and notes on the other projects."""
    actions = (
        ("Relancer l'agglomération sur le portage du projet", REFERENT, -5, "annonay"),
        ("Envoyer le guide de la candidature", REFERENT, 10, "crest"),
        ("Préparer la visite d'instruction avec l'équipe projet", REFERENT, 20, "privas"),
        ("Présenter la démarche au conseil municipal", "Julien Roche", 35, "annonay"),
        ("Mettre à jour les effectifs de l'EBE", REFERENT, 25, None),
    )
    for text, owner, offset, key in actions:
        territory_id = demo.territories[key] if key else demo.teil_id
        services.save_action(None, ActionInput(text, owner, _days(offset), ActionStatus.TODO,
                                               territory_id=territory_id))
    services.save_note(None, NoteInput(demo.territories["privas"], _days(-40), NoteKind.CALL,
                                       "Le dossier est complet ; visite d'instruction annoncée.", REFERENT))
    services.save_note(None, NoteInput(demo.territories["crest"], _days(-20), NoteKind.VISIT,
                                       "Rencontre avec les élus du Val de Drôme et la mission locale.", REFERENT))


def seed_meetings(services: Services, demo: Demo) -> None:
    """Create a meeting held three weeks ago with its minutes, and the next one with its agenda prepared."""
    members = [demo.teil_id, *demo.territories.values()]
    present = {demo.teil_id: 2, demo.territories["annonay"]: 3, demo.territories["privas"]: 2}
    attendance = {
        territory_id: TerritoryAttendance(territory_id in present, present.get(territory_id))
        for territory_id in members
    }
    demo.past_meeting_id = services.save_meeting(None, MeetingInput(
        demo.cluster_id, _days(-21), title="Réunion de grappe", place="Privas, Maison des associations",
        territory_ids=members, start_time="09:30", duration_minutes=180))
    past = demo.past_meeting_id
    services.save_meeting_person(None, past, MeetingPersonInput("Julien Roche", "Centre social du Zodiaque",
                                                                territory_id=demo.territories["annonay"], present=True))
    services.save_meeting_person(None, past, MeetingPersonInput("Nadia Benali", "Mairie du Teil",
                                                                territory_id=demo.teil_id, present=True))
    welcome = services.add_agenda_item(past, AgendaItemInput("Accueil et tour de table", presenter=REFERENT,
                                                             duration_minutes=20))
    services.prefill_agenda(past, _days(-22))
    services.add_agenda_item(past, AgendaItemInput("Mutualiser les formations des équipes projet",
                                                   presenter="Maison de l'emploi Ardèche", duration_minutes=30))
    services.save_item_minutes(welcome, "Cinq territoires invités, trois présents. Présentation de la nouvelle "
                                        "chargée de mission de la coopérative.", ItemStatus.DONE)
    services.save_outcome(None, welcome, OutcomeInput(OutcomeKind.DECISION,
                                                      "La prochaine réunion se tiendra au Teil."))
    services.save_outcome(None, welcome, OutcomeInput(OutcomeKind.ACTION, "Partager le calendrier des formations",
                                                      owner="Maison de l'emploi Ardèche", due_date=_days(14)))
    services.save_meeting(past, MeetingInput(
        demo.cluster_id, _days(-21), title="Réunion de grappe", place="Privas, Maison des associations",
        minutes="Bonne participation ; le projet d'Annonay attend la décision de l'agglomération.",
        territory_ids=members, start_time="09:30", duration_minutes=180, status=MeetingStatus.HELD,
        attendance=attendance))

    demo.next_meeting_id = services.save_meeting(None, MeetingInput(
        demo.cluster_id, _days(12), title="Réunion de grappe", place="Le Teil, salle du conseil",
        territory_ids=members, start_time="14:00", duration_minutes=150))
    upcoming = demo.next_meeting_id
    services.add_agenda_item(upcoming, AgendaItemInput("Accueil et tour de table", presenter=REFERENT,
                                                       duration_minutes=15))
    services.prefill_agenda(upcoming)
    services.add_agenda_item(upcoming, AgendaItemInput("Questions diverses", duration_minutes=15))


def seed_library(services: Services, demo: Demo, folder: Path) -> None:
    """Add a few documents to the document base and give one to a territory."""
    folder.mkdir(parents=True, exist_ok=True)
    documents = (
        ("Guide de la candidature", DocumentCategory.METHOD, "guide-candidature.txt",
         "Les étapes du dossier de candidature et les pièces à joindre.", (Stage.EMERGING, Stage.CANDIDATURE)),
        ("Modèle de charte du comité local pour l'emploi", DocumentCategory.TEMPLATE, "charte-cle.txt",
         "Un modèle de charte à adapter par chaque comité local.", (Stage.EMERGING,)),
        ("Cahier des charges de l'appel à candidatures", DocumentCategory.LEGAL, "cahier-des-charges.txt",
         "Le cahier des charges fixé par arrêté, partie « un territoire de consensus ».", (Stage.CANDIDATURE,)),
    )
    first_id = ""
    for title, category, file_name, text, stages in documents:
        source = folder / file_name
        source.write_text(text + "\n", encoding="utf-8")
        document_id = services.add_library_document(LibraryDocumentInput(
            title, description=text, category=category, stages=stages, source="TZCLD", version="2025",
            document_date=_days(-200)), source)
        first_id = first_id or document_id
    services.link_document(first_id, territory_id=demo.territories["annonay"])


def exchange_with_colleague(store: Store, services: Services, demo: Demo, folder: Path) -> Path:
    """Send everything to a colleague, let both edit the same field, and import the colleague's file.

    Returns a further file of the colleague, not imported, for the import preview.
    """
    colleague_store = open_store(folder / "collegue")
    try:
        colleague = Services(colleague_store)
        colleague.save_profile(COLLEAGUE, ["84"])
        export_data(store, folder / "claire.tzsync")
        import_data(colleague_store, folder / "claire.tzsync")

        crest, crest_input = demo.territories["crest"], demo.inputs["crest"]
        services.update_territory(crest, replace(
            crest_input, notes="Réunion publique prévue au printemps avec les trois communes."))
        colleague.update_territory(crest, replace(
            crest_input, notes="Réunion publique reportée à l'automne, à la demande des élus."))
        colleague.save_action(None, ActionInput("Transmettre la liste des partenaires locaux", COLLEAGUE, _days(9),
                                                territory_id=crest))
        export_data(colleague_store, folder / "bruno.tzsync")
        import_data(store, folder / "bruno.tzsync")

        colleague.save_note(None, NoteInput(crest, _days(-1), NoteKind.CALL,
                                            "Appel avec la mission locale du Val de Drôme.", COLLEAGUE))
        later = folder / "bruno-2.tzsync"
        export_data(colleague_store, later)
        return later
    finally:
        colleague_store.close()


def build_demo(data_dir: Path, work_dir: Path) -> tuple[Store, Services, Demo, Path]:
    """Create the demo data folder; return its store, services, demo ids and an exchange file to preview."""
    store = open_store(data_dir)
    services = Services(store)
    demo = Demo()
    seed_territories(store, services, demo)
    seed_meetings(services, demo)
    seed_library(services, demo, work_dir / "documents")
    # The import from the colleague comes last, so "Annuler le dernier import…" stays available.
    pending_file = exchange_with_colleague(store, services, demo, work_dir)
    return store, services, demo, pending_file


def write_demo_spreadsheet(path: Path) -> Path:
    """Write a CSV as French Excel saves it: Windows-1252, ";" separators, a title line, one bad row."""
    lines = (
        "Projets suivis par la grappe Drôme-Ardèche;;",
        "Territoire;Département;Communes",
        "Annonay – Zodiaque;7;Annonay, Davézieux",
        "Die – Pays Diois;26;Die",
        "Saint-Péray;7;Saint-Péray",
        "Montélimar – Pracomtal;260;Montélimar",
    )
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return path


# --- Screenshots ---------------------------------------------------------------------------


class Camera:
    """Offscreen display of widgets, saving what they paint as PNG files in ``out``."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.saved: list[Path] = []

    def settle(self, milliseconds: int = 150) -> None:
        """Let queued timers, lazy tabs and layouts run before a grab."""
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()
        self.app.processEvents()

    def show(self, widget: QWidget, size: tuple[int, int] | None = None) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        self.settle()

    def save(self, widget: QWidget, name: str, size: tuple[int, int] | None = None) -> Path:
        """Show ``widget`` (resized to ``size`` when given) and save its picture as ``name``.png."""
        self.show(widget, size)
        return self.save_pixmap(widget.grab(), name)

    def save_pixmap(self, pixmap: QPixmap, name: str) -> Path:
        path = self.out / f"{name}.png"
        if not pixmap.save(str(path), "PNG"):
            raise OSError(f"Saving the screenshot {path} failed: check that the folder is writable.")
        self.saved.append(path)
        return path

    def save_with_menu(self, window: QMainWindow, menu_title: str, name: str) -> Path:
        """Save ``window`` with one of its menus drawn open under its title in the menu bar."""
        bar = window.menuBar()
        action = next(action for action in bar.actions() if action.text().replace("&", "") == menu_title)
        menu = action.menu()
        menu.aboutToShow.emit()  # as when the user opens it: refreshes which entries are enabled
        menu.popup(bar.mapToGlobal(bar.actionGeometry(action).bottomLeft()))
        self.settle()
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(bar.mapTo(window, bar.actionGeometry(action).bottomLeft()), menu.grab())
        painter.end()
        menu.hide()
        return self.save_pixmap(picture, name)


@dataclass
class Session:
    """The demo data and the windows shared by the screenshot functions."""

    camera: Camera
    context: AppContext
    demo: Demo
    work_dir: Path
    pending_file: Path
    window: QMainWindow | None = None


def shoot_first_start(session: Session) -> None:
    from tzcld_desktop.ui.first_run import ProfileDialog

    store = open_store(session.work_dir / "premier-demarrage")
    try:
        dialog = ProfileDialog(AppContext(store, Services(store), DataBus()))
        dialog.name_edit.setText(REFERENT)
        for code in ("84", "11"):
            dialog.region_boxes[code].setChecked(True)
        session.camera.save(dialog, "premier-demarrage")
        dialog.close()
    finally:
        store.close()


def shoot_main_tabs(session: Session) -> None:
    from tzcld_desktop.ui.main_window import MainWindow

    window = MainWindow(session.context)
    session.window = window
    camera = session.camera
    camera.show(window, WINDOW_SIZE)
    camera.save(window, "accueil")
    window.tabs.setCurrentWidget(window.territory_panel)
    window.territory_panel.select_territory(session.demo.territories["annonay"])
    camera.save(window, "territoires")
    window.tabs.setCurrentWidget(window.my_actions_tab)
    camera.save(window, "mes-actions")
    window.tabs.setCurrentWidget(window.meetings_panel)
    window.meetings_panel.select_cluster(session.demo.cluster_id)
    window.meetings_panel.select_meeting(session.demo.next_meeting_id)
    camera.save(window, "grappes")
    window.tabs.setCurrentWidget(window.library_tab)
    library = window.library_tab.ensure()
    camera.settle()
    library.table.selectRow(1)
    camera.save(window, "documents")
    window.tabs.setCurrentWidget(window.dashboard)
    camera.save_with_menu(window, "Échanges", "menu-echanges")


def shoot_spreadsheet_import(session: Session) -> None:
    from tzcld_desktop.ui.import_assistant import ImportAssistant

    assistant = ImportAssistant(session.context, session.window)
    camera = session.camera
    camera.show(assistant, (900, 600))
    assistant.file_page.set_file(write_demo_spreadsheet(session.work_dir / "projets-grappe.csv"))
    assistant.next()
    camera.save(assistant, "import-tableur-colonnes")
    assistant.next()
    camera.save(assistant, "import-tableur-apercu")
    assistant.reject()


def shoot_record(session: Session) -> None:
    from tzcld_desktop.ui.record.contacts_tab import ContactDialog
    from tzcld_desktop.ui.record.record_view import open_territory_record

    camera = session.camera
    annonay = open_territory_record(session.window, session.context, session.demo.territories["annonay"])
    camera.show(annonay, WINDOW_SIZE)
    for index, name in ((0, "fiche-resume"), (1, "fiche-historique"), (2, "fiche-methode"), (6, "fiche-journal")):
        annonay.view.tabs.setCurrentIndex(index)
        camera.save(annonay, name)
    annonay.view.tabs.setCurrentIndex(5)
    camera.save(annonay, "fiche-contacts")
    dialog = ContactDialog(session.context, session.demo.territories["annonay"], None, annonay)
    dialog.name_edit.setText("Julien Roche")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ContactRole.PROJECT_LEAD.value))
    dialog.organisation_edit.setText("Centre social du Zodiaque")
    dialog.email_edit.setText("julien.roche@example.fr")
    camera.save(dialog, "contact")
    dialog.reject()
    annonay.close()

    teil = open_territory_record(session.window, session.context, session.demo.teil_id)
    camera.show(teil, WINDOW_SIZE)
    teil.view.tabs.setCurrentIndex(4)
    camera.settle()
    indicators = teil.view.tabs.currentWidget()
    hires = indicators.tree.findItems("Embauches (cumul)", Qt.MatchFlag.MatchExactly)
    if hires:
        indicators.tree.setCurrentItem(hires[0])
    camera.save(teil, "fiche-indicateurs")
    teil.close()


def shoot_search(session: Session) -> None:
    from tzcld_desktop.ui.search_dialog import SearchDialog

    dialog = SearchDialog(session.context, session.window)
    dialog.search_edit.setText("annonay")
    dialog.run_search()
    session.camera.save(dialog, "recherche", (700, 520))
    dialog.close()


def shoot_meeting(session: Session) -> None:
    from tzcld_desktop.ui.meeting_form import MeetingDialog
    from tzcld_desktop.ui.meeting_next import NextMeetingDialog

    camera, demo, context = session.camera, session.demo, session.context
    upcoming = MeetingDialog(context, demo.next_meeting_id, demo.cluster_id, session.window)
    camera.show(upcoming, WINDOW_SIZE)
    upcoming.tabs.setCurrentIndex(1)
    upcoming.agenda_editor.tree.expandAll()
    _select_agenda_item(upcoming.agenda_editor.tree, 1)
    camera.save(upcoming, "reunion-ordre-du-jour")
    upcoming.reject()

    past = MeetingDialog(context, demo.past_meeting_id, demo.cluster_id, session.window)
    camera.show(past, WINDOW_SIZE)
    camera.save(past, "reunion")
    past.tabs.setCurrentIndex(2)
    camera.save(past, "reunion-presences")
    past.tabs.setCurrentIndex(3)
    past.minutes_editor.item_list.setCurrentRow(0)
    past.minutes_editor.findChild(QSplitter).setSizes([330, 750])
    camera.save(past, "reunion-compte-rendu")
    past.reject()

    next_dialog = NextMeetingDialog(context, demo.past_meeting_id, date.today() - timedelta(days=21), session.window)
    camera.save(next_dialog, "reunion-suivante")
    next_dialog.reject()


def _select_agenda_item(tree, section_index: int) -> None:
    """Select the first item of the agenda section at ``section_index``, so its prepared text shows."""
    if tree.topLevelItemCount() <= section_index:
        return
    section = tree.topLevelItem(section_index)
    tree.setCurrentItem(section.child(0) if section.childCount() else section)


def shoot_exchanges(session: Session) -> None:
    from tzcld_desktop.sync.peers import list_peers
    from tzcld_desktop.ui.conflicts_dialog import ConflictsDialog
    from tzcld_desktop.ui.exchange_dialogs import ImportPreviewDialog, PeerExportDialog
    from tzcld_desktop.ui.exchange_log_dialog import ExchangeLogDialog

    camera, context = session.camera, session.context
    preview = ImportPreviewDialog(import_data(context.store, session.pending_file, dry_run=True), session.window)
    camera.save(preview, "echanges-apercu")
    preview.reject()

    with context.store.session() as db_session:
        peers = list_peers(db_session)
    peer_dialog = PeerExportDialog(peers, False, session.window)
    camera.save(peer_dialog, "echanges-exporter-pour")
    peer_dialog.reject()

    log_dialog = ExchangeLogDialog(context, session.window)
    camera.save(log_dialog, "echanges-journal", (1100, 360))
    log_dialog.close()

    conflicts = ConflictsDialog(context, session.window)
    camera.show(conflicts, WINDOW_SIZE)
    conflicts.select_entry("Crest – Val de Drôme", "notes")
    camera.save(conflicts, "conflits")
    conflicts.close()


def shoot_backups(session: Session) -> None:
    from tzcld_desktop.ui.backup_dialog import RestoreBackupDialog

    dialog = RestoreBackupDialog(session.context, session.window)
    session.camera.save(dialog, "sauvegardes")
    dialog.reject()


SHOTS: tuple[Callable[[Session], None], ...] = (
    shoot_first_start,
    shoot_main_tabs,
    shoot_spreadsheet_import,
    shoot_record,
    shoot_search,
    shoot_meeting,
    shoot_exchanges,
    shoot_backups,
)


# --- Running -------------------------------------------------------------------------------


class UnexpectedMessages:
    """Replacement for the message boxes, because a message during the screenshots means a broken step.

    Each message is recorded and gets the "no" or "cancel" reply, so nothing waits for a person.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []

    def install(self) -> None:
        def record(_parent, title, text="", *_args, **_kwargs):
            self.texts.append(f"{title}: {getattr(text, 'message', lambda: text)()}")
            return None

        for name in ("information", "warning", "show_user_error", "confirm", "choose", "ask_save_discard_cancel",
                     "open_file", "save_file", "choose_folder", "ask_passphrase"):
            setattr(messages, name, record)


def make_screenshots(out: Path) -> list[Path]:
    """Build the demo data, take every screenshot into ``out`` and return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("TZCLD Desktop")
    install_french(app)
    unexpected = UnexpectedMessages()
    unexpected.install()

    with tempfile.TemporaryDirectory(prefix="tzcld-guide-") as folder:
        work_dir = Path(folder)
        store, services, demo, pending_file = build_demo(work_dir / "donnees", work_dir)
        try:
            session = Session(Camera(app, out), AppContext(store, services, DataBus()), demo, work_dir, pending_file)
            for shot in SHOTS:
                shot(session)
            if session.window is not None:
                session.window.close()
        finally:
            store.close()
    if unexpected.texts:
        raise RuntimeError("A message box opened while taking the screenshots:\n" + "\n".join(unexpected.texts))
    return session.camera.saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"folder that receives the PNG files (default: {DEFAULT_OUT.relative_to(ROOT)})")
    arguments = parser.parse_args(argv)
    saved = make_screenshots(arguments.out)
    for path in saved:
        print(path)
    print(f"{len(saved)} screenshots written to {arguments.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
