"""Which territories the dashboard counts as without contact, from their journal notes."""

from __future__ import annotations

from datetime import date, timedelta

from tzcld_desktop.db import overview
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.record_forms import NoteInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import NoteKind

TODAY = date(2026, 6, 15)
WEEKS = 8
SINCE = TODAY - timedelta(weeks=WEEKS)


def test_notes_decide_contact(store, services, profile):
    def territory(name: str) -> str:
        return services.create_territory(TerritoryInput(name, Stage.EMERGING, "38"))

    recent, on_first_day, old, deleted_note, silent = (
        territory(name) for name in ("Récent", "Premier jour", "Ancien", "Note supprimée", "Silencieux"))
    services.save_note(None, NoteInput(recent, TODAY - timedelta(days=3), NoteKind.CALL, "Appel"))
    services.save_note(None, NoteInput(on_first_day, SINCE, NoteKind.VISIT, "Visite"))
    services.save_note(None, NoteInput(old, SINCE - timedelta(days=1), NoteKind.VISIT, "Visite"))
    removed = services.save_note(None, NoteInput(deleted_note, TODAY, NoteKind.EMAIL, "Courriel"))
    services.delete_note(removed)

    with store.session() as session:
        quiet = set(overview.territories_without_contact(session, ("84",), WEEKS, TODAY))
        dashboard = overview.load_dashboard(session, ("84",), no_contact_weeks=WEEKS, today=TODAY)

    assert recent not in quiet
    assert on_first_day not in quiet
    assert old in quiet
    assert deleted_note in quiet
    assert silent in quiet
    assert set(dashboard.no_contact_ids) == quiet
