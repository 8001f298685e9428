"""Stages of a territory in the experiment, in the order a territory goes through them."""

from __future__ import annotations

import enum

from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP


class Stage(str, enum.Enum):
    """Stage of a territory; the value is what the database and exchange files store."""

    INTERESTED = "interesse"
    EMERGING = "emergent"
    CANDIDATURE = "candidature"
    HABILITATED = "habilite"

    @property
    def label(self) -> str:
        """French source label, to translate in context ``Stage``."""
        return _LABELS[self]

    @property
    def rank(self) -> int:
        return list(Stage).index(self)


_LABELS = {
    Stage.INTERESTED: QT_TRANSLATE_NOOP("Stage", "Territoire intéressé"),
    Stage.EMERGING: QT_TRANSLATE_NOOP("Stage", "Projet émergent"),
    Stage.CANDIDATURE: QT_TRANSLATE_NOOP("Stage", "Candidature"),
    Stage.HABILITATED: QT_TRANSLATE_NOOP("Stage", "Territoire habilité"),
}


class ActionStatus(str, enum.Enum):
    """Progress of an action decided for a territory or at a meeting."""

    TODO = "a_faire"
    IN_PROGRESS = "en_cours"
    DONE = "fait"
    DROPPED = "abandonne"

    @property
    def label(self) -> str:
        """French source label, to translate in context ``ActionStatus``."""
        return _ACTION_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.TODO, ActionStatus.IN_PROGRESS)


_ACTION_LABELS = {
    ActionStatus.TODO: QT_TRANSLATE_NOOP("ActionStatus", "À faire"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActionStatus", "En cours"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Fait"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("ActionStatus", "Abandonnée"),
}
