"""Closed lists of the territory record and of meetings, with their French labels.

Each list is a ``Choice``: the value is what the database and exchange files store,
``label`` the French source text (translated in the context named after the class) and
``text()`` the text in the interface language.
"""

from __future__ import annotations

import enum

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP, translate

_LABELS: dict[type, dict[str, str]] = {}


class Choice(str, enum.Enum):
    """A value of a closed list, stored as its ``value``."""

    @property
    def label(self) -> str:
        """French source label, to translate in the context named after the class."""
        return _LABELS[type(self)][self.value]

    def text(self) -> str:
        """Return the label in the interface language."""
        return translate(type(self).__name__, self.label)

    @classmethod
    def parse(cls, value: str | None, default: Choice | None = None) -> Choice | None:
        """Return the member stored as ``value``, or ``default`` for an unknown value.

        Values come from other copies that may run a newer version with more choices.
        """
        try:
            return cls(value)
        except ValueError:
            return default


def _labels(cls: type[Choice], labels: dict[str, str]) -> None:
    missing = {member.value for member in cls} - labels.keys()
    assert not missing, f"{cls.__name__} lacks labels for {missing}"
    _LABELS[cls] = labels


# -- Territory record -------------------------------------------------------------------


class StageStep(Choice):
    """A dated step of a territory's path; each belongs to one stage."""

    INTEREST = "interet"
    CHARTER_SIGNED = "charte_signee"
    DOSSIER_FILED = "dossier_depose"
    UNDER_REVIEW = "en_instruction"
    OPINION_FAVOURABLE = "avis_favorable"
    OPINION_DEFERRED = "avis_ajourne"
    DOSSIER_REFILED = "dossier_redepose"
    ARRETE = "arrete"
    DECRET = "decret"

    @property
    def stage(self) -> str:
        """The value of the ``Stage`` this step belongs to."""
        return _STEP_STAGE[self]

    @property
    def order(self) -> int:
        """Position in the path; orders steps recorded on the same day."""
        return list(StageStep).index(self)

    @property
    def is_habilitation(self) -> bool:
        return self in (StageStep.ARRETE, StageStep.DECRET)


_labels(StageStep, {
    "interet": QT_TRANSLATE_NOOP("StageStep", "Intérêt manifesté"),
    "charte_signee": QT_TRANSLATE_NOOP("StageStep", "Charte d'engagement signée"),
    "dossier_depose": QT_TRANSLATE_NOOP("StageStep", "Dossier de candidature déposé"),
    "en_instruction": QT_TRANSLATE_NOOP("StageStep", "Dossier en instruction"),
    "avis_favorable": QT_TRANSLATE_NOOP("StageStep", "Avis favorable"),
    "avis_ajourne": QT_TRANSLATE_NOOP("StageStep", "Avis d'ajournement"),
    "dossier_redepose": QT_TRANSLATE_NOOP("StageStep", "Dossier déposé de nouveau"),
    "arrete": QT_TRANSLATE_NOOP("StageStep", "Habilitation par arrêté"),
    "decret": QT_TRANSLATE_NOOP("StageStep", "Habilitation par décret"),
})

_STEP_STAGE = {
    StageStep.INTEREST: "interesse",
    StageStep.CHARTER_SIGNED: "emergent",
    StageStep.DOSSIER_FILED: "candidature",
    StageStep.UNDER_REVIEW: "candidature",
    StageStep.OPINION_FAVOURABLE: "candidature",
    StageStep.OPINION_DEFERRED: "candidature",
    StageStep.DOSSIER_REFILED: "candidature",
    StageStep.ARRETE: "habilite",
    StageStep.DECRET: "habilite",
}

# Steps after which a candidature waits for ETCLD's opinion.
UNDER_REVIEW_STEPS = frozenset({StageStep.DOSSIER_FILED, StageStep.UNDER_REVIEW, StageStep.DOSSIER_REFILED})


class MethodPhase(Choice):
    """The four phases of the method, which overlap rather than follow each other."""

    CONSENSUS = "consensus_cle"
    USEFUL_WORK = "travaux_utiles"
    VOLUNTEERS = "rencontre_ppde"
    EBE_OPENING = "ouverture_ebe"


_labels(MethodPhase, {
    "consensus_cle": QT_TRANSLATE_NOOP("MethodPhase", "Fabrique du consensus et CLE"),
    "travaux_utiles": QT_TRANSLATE_NOOP("MethodPhase", "Identification des travaux utiles"),
    "rencontre_ppde": QT_TRANSLATE_NOOP("MethodPhase", "Rencontre des personnes volontaires (PPDE)"),
    "ouverture_ebe": QT_TRANSLATE_NOOP("MethodPhase", "Ouverture des EBE"),
})


class PhaseStatus(Choice):
    NOT_STARTED = "a_venir"
    IN_PROGRESS = "en_cours"
    REACHED = "atteinte"


_labels(PhaseStatus, {
    "a_venir": QT_TRANSLATE_NOOP("PhaseStatus", "À venir"),
    "en_cours": QT_TRANSLATE_NOOP("PhaseStatus", "En cours"),
    "atteinte": QT_TRANSLATE_NOOP("PhaseStatus", "Atteinte"),
})


class Criterion(Choice):
    """Criteria of the first part of the cahier des charges, « un territoire de consensus »."""

    COMMITMENTS = "engagements"
    PROFILE = "profil"
    COMMUNICATION = "communication"
    PUBLIC_POLICIES = "politiques_publiques"
    MOBILISATION = "mobilisation"
    CLE_CREATED = "creation_cle"
    JOBS_PROJECTED = "emplois_projetes"
    EXHAUSTIVENESS = "exhaustivite"
    CLE_MEANS = "moyens_cle"
    ORGANISATION = "organisation"


_labels(Criterion, {
    "engagements": QT_TRANSLATE_NOOP("Criterion", "Engagements du candidat et des collectivités qui le soutiennent"),
    "profil": QT_TRANSLATE_NOOP("Criterion", "Profil du territoire"),
    "communication": QT_TRANSLATE_NOOP("Criterion", "Plan de communication"),
    "politiques_publiques": QT_TRANSLATE_NOOP(
        "Criterion", "Cohérence avec le développement local et les politiques publiques"
    ),
    "mobilisation": QT_TRANSLATE_NOOP("Criterion", "Mobilisation des acteurs"),
    "creation_cle": QT_TRANSLATE_NOOP("Criterion", "Création effective du CLE"),
    "emplois_projetes": QT_TRANSLATE_NOOP("Criterion", "Projection des créations d'emplois"),
    "exhaustivite": QT_TRANSLATE_NOOP("Criterion", "Leviers de l'exhaustivité"),
    "moyens_cle": QT_TRANSLATE_NOOP("Criterion", "Moyens du CLE"),
    "organisation": QT_TRANSLATE_NOOP("Criterion", "Organisation"),
})


class CriterionStatus(Choice):
    NOT_STARTED = "non_commence"
    IN_PROGRESS = "en_cours"
    MET = "rempli"


_labels(CriterionStatus, {
    "non_commence": QT_TRANSLATE_NOOP("CriterionStatus", "Non commencé"),
    "en_cours": QT_TRANSLATE_NOOP("CriterionStatus", "En cours"),
    "rempli": QT_TRANSLATE_NOOP("CriterionStatus", "Rempli"),
})


def readiness(statuses: list[CriterionStatus | None]) -> int:
    """Return the readiness percentage of a checklist: met criteria count whole, those in progress half.

    ``statuses`` contains one status per criterion of the cahier des charges; a criterion
    never touched counts as not started.
    """
    total = len(Criterion)
    weights = {CriterionStatus.MET: 1.0, CriterionStatus.IN_PROGRESS: 0.5}
    score = sum(weights.get(status, 0.0) for status in statuses)
    return round(100 * score / total)


class Indicator(Choice):
    """Dated values followed for a territory (ETCLD's assessment pages follow the same)."""

    PEOPLE_CONCERNED = "personnes_concernees"
    VOLUNTEERS = "volontaires"
    HIRES = "embauches"
    MONTHS_WITHOUT_JOB = "duree_privation"
    DEPRIVATION_TOTAL = "privation_totale"
    DEPRIVATION_PARTIAL = "privation_partielle"
    DEPRIVATION_REGULAR = "privation_reguliere"
    EBE_HEADCOUNT = "effectif_ebe"

    @property
    def unit(self) -> str:
        """French source text of the unit, in context ``Indicator``."""
        return _UNITS[self]

    @property
    def per_ebe(self) -> bool:
        return self is Indicator.EBE_HEADCOUNT


_labels(Indicator, {
    "personnes_concernees": QT_TRANSLATE_NOOP("Indicator", "Personnes potentiellement concernées"),
    "volontaires": QT_TRANSLATE_NOOP("Indicator", "Personnes volontaires (cumul)"),
    "embauches": QT_TRANSLATE_NOOP("Indicator", "Embauches (cumul)"),
    "duree_privation": QT_TRANSLATE_NOOP("Indicator", "Durée moyenne sans emploi"),
    "privation_totale": QT_TRANSLATE_NOOP("Indicator", "Privation d'emploi totale"),
    "privation_partielle": QT_TRANSLATE_NOOP("Indicator", "Privation d'emploi partielle"),
    "privation_reguliere": QT_TRANSLATE_NOOP("Indicator", "Privation d'emploi régulière"),
    "effectif_ebe": QT_TRANSLATE_NOOP("Indicator", "Effectif de l'EBE"),
})

_UNITS = {
    Indicator.PEOPLE_CONCERNED: QT_TRANSLATE_NOOP("Indicator", "personnes"),
    Indicator.VOLUNTEERS: QT_TRANSLATE_NOOP("Indicator", "personnes"),
    Indicator.HIRES: QT_TRANSLATE_NOOP("Indicator", "personnes"),
    Indicator.MONTHS_WITHOUT_JOB: QT_TRANSLATE_NOOP("Indicator", "mois"),
    Indicator.DEPRIVATION_TOTAL: QT_TRANSLATE_NOOP("Indicator", "%"),
    Indicator.DEPRIVATION_PARTIAL: QT_TRANSLATE_NOOP("Indicator", "%"),
    Indicator.DEPRIVATION_REGULAR: QT_TRANSLATE_NOOP("Indicator", "%"),
    Indicator.EBE_HEADCOUNT: QT_TRANSLATE_NOOP("Indicator", "salariés"),
}


class ContactRole(Choice):
    ELECTED = "elu"
    PROJECT_LEAD = "chef_projet"
    ANIMATOR = "animateur"
    EBE_DIRECTOR = "directeur_ebe"
    CLE_MEMBER = "membre_cle"
    PARTNER = "partenaire"
    OTHER = "autre"


_labels(ContactRole, {
    "elu": QT_TRANSLATE_NOOP("ContactRole", "Élu ou élue"),
    "chef_projet": QT_TRANSLATE_NOOP("ContactRole", "Chef ou cheffe de projet"),
    "animateur": QT_TRANSLATE_NOOP("ContactRole", "Animation"),
    "directeur_ebe": QT_TRANSLATE_NOOP("ContactRole", "Direction d'EBE"),
    "membre_cle": QT_TRANSLATE_NOOP("ContactRole", "Membre du CLE"),
    "partenaire": QT_TRANSLATE_NOOP("ContactRole", "Partenaire"),
    "autre": QT_TRANSLATE_NOOP("ContactRole", "Autre"),
})


class NoteKind(Choice):
    VISIT = "visite"
    CALL = "appel"
    MEETING = "reunion"
    EMAIL = "courriel"
    OTHER = "autre"


_labels(NoteKind, {
    "visite": QT_TRANSLATE_NOOP("NoteKind", "Visite"),
    "appel": QT_TRANSLATE_NOOP("NoteKind", "Appel"),
    "reunion": QT_TRANSLATE_NOOP("NoteKind", "Réunion"),
    "courriel": QT_TRANSLATE_NOOP("NoteKind", "Courriel"),
    "autre": QT_TRANSLATE_NOOP("NoteKind", "Autre"),
})


class Health(Choice):
    UNKNOWN = ""
    ON_TRACK = "en_bonne_voie"
    AT_RISK = "a_risque"
    BLOCKED = "bloque"


_labels(Health, {
    "": QT_TRANSLATE_NOOP("Health", "Non renseignée"),
    "en_bonne_voie": QT_TRANSLATE_NOOP("Health", "En bonne voie"),
    "a_risque": QT_TRANSLATE_NOOP("Health", "À risque"),
    "bloque": QT_TRANSLATE_NOOP("Health", "Bloqué"),
})


class HabilitationAct(Choice):
    NONE = ""
    ARRETE = "arrete"
    DECRET = "decret"


_labels(HabilitationAct, {
    "": QT_TRANSLATE_NOOP("HabilitationAct", "Non précisé"),
    "arrete": QT_TRANSLATE_NOOP("HabilitationAct", "Arrêté ministériel"),
    "decret": QT_TRANSLATE_NOOP("HabilitationAct", "Décret en Conseil d'État"),
})


# -- Meetings ---------------------------------------------------------------------------


class MeetingKind(Choice):
    CLUSTER = "grappe"
    STEERING = "copil"
    TRAINING = "formation"
    VISIT = "visite"
    NATIONAL = "national"


_labels(MeetingKind, {
    "grappe": QT_TRANSLATE_NOOP("MeetingKind", "Réunion de grappe"),
    "copil": QT_TRANSLATE_NOOP("MeetingKind", "Comité de pilotage"),
    "formation": QT_TRANSLATE_NOOP("MeetingKind", "Formation"),
    "visite": QT_TRANSLATE_NOOP("MeetingKind", "Visite de territoire"),
    "national": QT_TRANSLATE_NOOP("MeetingKind", "Événement national"),
})


class MeetingStatus(Choice):
    DRAFT = "brouillon"
    PLANNED = "planifiee"
    HELD = "tenue"
    VALIDATED = "validee"


_labels(MeetingStatus, {
    "brouillon": QT_TRANSLATE_NOOP("MeetingStatus", "Brouillon"),
    "planifiee": QT_TRANSLATE_NOOP("MeetingStatus", "Planifiée"),
    "tenue": QT_TRANSLATE_NOOP("MeetingStatus", "Tenue"),
    "validee": QT_TRANSLATE_NOOP("MeetingStatus", "Compte rendu validé"),
})


class OutcomeKind(Choice):
    DECISION = "decision"
    INFORMATION = "information"
    ACTION = "action"


_labels(OutcomeKind, {
    "decision": QT_TRANSLATE_NOOP("OutcomeKind", "Décision"),
    "information": QT_TRANSLATE_NOOP("OutcomeKind", "Information"),
    "action": QT_TRANSLATE_NOOP("OutcomeKind", "Action"),
})


class ItemStatus(Choice):
    """Whether an agenda item was dealt with; undecided items are proposed again next time."""

    OPEN = "ouvert"
    DONE = "traite"
    POSTPONED = "reporte"


_labels(ItemStatus, {
    "ouvert": QT_TRANSLATE_NOOP("ItemStatus", "À traiter"),
    "traite": QT_TRANSLATE_NOOP("ItemStatus", "Traité"),
    "reporte": QT_TRANSLATE_NOOP("ItemStatus", "Reporté"),
})


class NeedCategory(Choice):
    TRAINING = "formation"
    TOOL = "outil"
    LEGAL = "juridique"
    FUNDING = "financement"
    SUPPORT = "accompagnement"
    OTHER = "autre"


_labels(NeedCategory, {
    "formation": QT_TRANSLATE_NOOP("NeedCategory", "Formation"),
    "outil": QT_TRANSLATE_NOOP("NeedCategory", "Outil"),
    "juridique": QT_TRANSLATE_NOOP("NeedCategory", "Juridique"),
    "financement": QT_TRANSLATE_NOOP("NeedCategory", "Financement"),
    "accompagnement": QT_TRANSLATE_NOOP("NeedCategory", "Accompagnement"),
    "autre": QT_TRANSLATE_NOOP("NeedCategory", "Autre"),
})


class NeedStatus(Choice):
    OPEN = "ouvert"
    IN_PROGRESS = "en_cours"
    ANSWERED = "traite"


_labels(NeedStatus, {
    "ouvert": QT_TRANSLATE_NOOP("NeedStatus", "Ouvert"),
    "en_cours": QT_TRANSLATE_NOOP("NeedStatus", "En cours"),
    "traite": QT_TRANSLATE_NOOP("NeedStatus", "Traité"),
})


# -- Documents --------------------------------------------------------------------------


class DocumentCategory(Choice):
    METHOD = "methode"
    LEGAL = "juridique"
    TEMPLATE = "modele"
    TRAINING = "formation"
    COMMUNICATION = "communication"
    EVALUATION = "evaluation"
    OTHER = "autre"


_labels(DocumentCategory, {
    "methode": QT_TRANSLATE_NOOP("DocumentCategory", "Méthode"),
    "juridique": QT_TRANSLATE_NOOP("DocumentCategory", "Juridique"),
    "modele": QT_TRANSLATE_NOOP("DocumentCategory", "Modèle"),
    "formation": QT_TRANSLATE_NOOP("DocumentCategory", "Formation"),
    "communication": QT_TRANSLATE_NOOP("DocumentCategory", "Communication"),
    "evaluation": QT_TRANSLATE_NOOP("DocumentCategory", "Évaluation"),
    "autre": QT_TRANSLATE_NOOP("DocumentCategory", "Autre"),
})
