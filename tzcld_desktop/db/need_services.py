"""Writes on the needs raised (remontées de besoins) by territories and at meetings.

``NeedWrites`` is a base of ``tzcld_desktop.db.services.Services``; every method runs in
one transaction opened by ``Services._write``, labelled so Ctrl+Z can undo it.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from datetime import date

from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Cluster, Meeting, Need, Territory, new_id
from tzcld_desktop.db.record_services import get_live
from tzcld_desktop.domain.errors import QT_TRANSLATE_NOOP
from tzcld_desktop.domain.need_forms import NeedInput, validate_need

log = logging.getLogger(__name__)


class NeedWrites:
    """Writes on needs raised (a base of ``Services``)."""

    def _write(self, label: str = "") -> AbstractContextManager[Session]:  # pragma: no cover - in Services
        raise NotImplementedError

    def save_need(self, need_id: str | None, data: NeedInput) -> str:
        """Create a need (``need_id`` None) or update one; return its id.

        A need without a cluster takes the cluster of its meeting, or else of its
        territory, so the national team can sort every need by cluster and region.
        """
        validate_need(data, date.today())
        with self._write(QT_TRANSLATE_NOOP("Undo", "Enregistrement du besoin")) as session:
            cluster_id = _cluster_of(session, data)
            if need_id is None:
                need = Need(id=new_id())
                session.add(need)
            else:
                need = get_live(session, Need, need_id)
            need.category = data.category.value
            need.description = data.description.strip()
            need.territory_id = data.territory_id or None
            need.cluster_id = cluster_id
            need.meeting_id = data.meeting_id or None
            need.raised_on = data.raised_on
            need.status = data.status.value
        log.info("Need saved: %s", need.id)
        return need.id

    def delete_need(self, need_id: str) -> None:
        with self._write(QT_TRANSLATE_NOOP("Undo", "Suppression du besoin")) as session:
            get_live(session, Need, need_id).deleted = True
        log.info("Need deleted: %s", need_id)


def _cluster_of(session: Session, data: NeedInput) -> str | None:
    """Check that the referenced records exist and return the cluster the need belongs to."""
    territory = get_live(session, Territory, data.territory_id) if data.territory_id else None
    meeting = get_live(session, Meeting, data.meeting_id) if data.meeting_id else None
    if data.cluster_id:
        return get_live(session, Cluster, data.cluster_id).id
    if meeting is not None and meeting.cluster_id:
        return meeting.cluster_id
    if territory is not None and territory.cluster_id:
        return territory.cluster_id
    return None
