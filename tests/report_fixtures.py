"""A small region with a meeting, filled the way a referent would, for the report tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tzcld_desktop.db.models import AgendaItem, Document, DocumentLink, MeetingPerson, MeetingTerritory, Need, Outcome
from tzcld_desktop.db.services import Services
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.record_forms import (
    CleInput,
    ContactInput,
    CriterionInput,
    EbeInput,
    IndicatorInput,
    NoteInput,
    PerimeterInput,
    PhaseInput,
    StageEventInput,
)
from tzcld_desktop.domain.stages import ActionStatus, Stage
from tzcld_desktop.domain.vocabulary import (
    ContactRole,
    Criterion,
    CriterionStatus,
    Indicator,
    MethodPhase,
    NoteKind,
    PhaseStatus,
    StageStep,
)

TODAY = date(2026, 3, 1)
MEETING_DAY = date(2026, 3, 10)


@dataclass
class Seeded:
    """Ids of the records that ``seed_region`` creates."""

    territories: dict[str, str]
    cluster_id: str
    meeting_id: str


def seed_region(services: Services) -> Seeded:
    """Create three territories of Auvergne-Rhône-Alpes (84), a cluster and a meeting of 10 March 2026."""
    services.save_profile("Claire Martin", ["84"])
    cluster_id = services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", region_code="84"))
    territories = {
        "echirolles": services.create_territory(TerritoryInput(
            "Échirolles-Ouest", Stage.HABILITATED, departement_code="38", cluster_id=cluster_id,
            habilitation_date=date(2022, 2, 10), communes="Échirolles")),
        "teil": services.create_territory(TerritoryInput(
            "Le Teil", Stage.CANDIDATURE, departement_code="07", cluster_id=cluster_id)),
        "brosses": services.create_territory(TerritoryInput(
            "Villeurbanne – Les Brosses", Stage.EMERGING, departement_code="69")),
    }
    echirolles, teil = territories["echirolles"], territories["teil"]
    services.save_perimeter(echirolles, PerimeterInput("Échirolles", "Grenoble-Alpes Métropole",
                                                       "Village Sud ; Essarts-Surieux", "Quartiers ouest"))
    services.save_stage_event(None, StageEventInput(echirolles, StageStep.CHARTER_SIGNED, date(2019, 5, 2)))
    services.save_stage_event(None, StageEventInput(teil, StageStep.DOSSIER_FILED, date(2025, 11, 3)))
    services.save_phase(PhaseInput(echirolles, MethodPhase.EBE_OPENING, PhaseStatus.REACHED, date(2022, 9, 1)))
    services.save_criterion(CriterionInput(echirolles, Criterion.CLE_CREATED, CriterionStatus.MET))
    services.save_criterion(CriterionInput(echirolles, Criterion.PROFILE, CriterionStatus.IN_PROGRESS))
    services.save_cle(echirolles, CleInput("Renée Dupont", "Mairie d'Échirolles\nPôle emploi", date(2019, 9, 12)))
    ebe_id = services.save_ebe(None, EbeInput(echirolles, "EBE Ouest Solidaire", date(2022, 9, 1),
                                              "Recyclerie, maraîchage", 42.5))
    for day, value in ((date(2023, 1, 1), 12), (date(2024, 1, 1), 31), (date(2025, 1, 1), 47)):
        services.save_indicator_value(None, IndicatorInput(echirolles, Indicator.HIRES, day, value))
    services.save_indicator_value(None, IndicatorInput(echirolles, Indicator.EBE_HEADCOUNT, date(2025, 6, 1), 38,
                                                       ebe_id=ebe_id))
    services.save_contact(None, ContactInput("Samir Haddad", territory_id=echirolles, role=ContactRole.PROJECT_LEAD,
                                             organisation="Ville d'Échirolles", phone="04 76 00 00 01",
                                             email="samir.haddad@example.fr"))
    for number in range(12):
        services.save_note(None, NoteInput(echirolles, date(2025, 1, 1 + number), NoteKind.CALL,
                                           f"Appel numéro NOTE{number:02d} avec l'équipe projet.", "Claire Martin"))
    services.save_action(None, ActionInput("Mettre à jour les effectifs de l'EBE", "Claire Martin",
                                           date(2026, 3, 20), ActionStatus.TODO, territory_id=echirolles))
    services.save_action(None, ActionInput("Action déjà faite", "Claire Martin", date(2025, 1, 1),
                                           ActionStatus.DONE, territory_id=echirolles))
    meeting_id = services.save_meeting(
        None,
        MeetingInput(cluster_id, MEETING_DAY, title="Grappe de printemps", place="Grenoble, Maison des associations",
                     minutes="Tour de table des territoires.", decisions="Prochaine réunion à Échirolles.",
                     territory_ids=[echirolles, teil], start_time="09:30"),
        actions=[(None, ActionInput("Envoyer le dossier complété", "Paul Morel", date(2026, 4, 2),
                                    territory_id=teil))],
    )
    _seed_meeting_details(services, meeting_id, echirolles, teil, cluster_id)
    return Seeded(territories, cluster_id, meeting_id)


def _seed_meeting_details(services: Services, meeting_id: str, echirolles: str, teil: str, cluster_id: str) -> None:
    # No service writes agenda items, outcomes, people and needs in every version of
    # this branch yet, so the rows are added as a synchronised import would add them.
    with services.store.transaction() as session:
        for item_id, position, title, presenter, duration in (
            ("item-1", 1.0, "Accueil et tour de table", "Claire Martin", 30),
            ("item-2", 2.0, "Point sur la candidature du Teil", "Paul Morel", 45),
            ("item-3", 3.0, "Questions diverses", "", None),
        ):
            session.add(AgendaItem(id=item_id, meeting_id=meeting_id, position=position, title=title,
                                   presenter=presenter, duration_minutes=duration,
                                   minutes=f"Échanges sur le point « {title} »."))
        session.add(Outcome(id="outcome-1", meeting_id=meeting_id, agenda_item_id="item-2", territory_id=teil,
                            kind="decision", text="Le dossier du Teil sera relu par la grappe."))
        session.add(Outcome(id="outcome-2", meeting_id=meeting_id, agenda_item_id="item-1",
                            kind="information", text="Le comité national se réunit en mai."))
        session.add(MeetingPerson(id="person-1", meeting_id=meeting_id, name="Renée Dupont",
                                  organisation="Mairie d'Échirolles", territory_id=echirolles, present=True))
        session.add(Need(id="need-1", meeting_id=meeting_id, territory_id=teil, cluster_id=cluster_id,
                         category="juridique", description="Modèle de convention avec le département",
                         raised_on=MEETING_DAY))
        session.add(Document(id="doc-1", title="Guide de la candidature", file_name="guide-candidature.pdf",
                             category="methode"))
        session.add(DocumentLink(id="link-1", document_id="doc-1", meeting_id=meeting_id))
        for territory_id, present, attendees in ((echirolles, True, 3), (teil, False, None)):
            link = session.query(MeetingTerritory).filter_by(meeting_id=meeting_id, territory_id=territory_id).one()
            link.present = present
            link.attendees = attendees
