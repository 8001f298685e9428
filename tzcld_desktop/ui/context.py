"""What every window and panel needs: the store, its services, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Only named in annotations, so the main window can show before the database layer loads.
    from tzcld_desktop.db.services import Services
    from tzcld_desktop.db.store import Store


class DataBus(QObject):
    """Fans out "these tables changed" so every view showing them reloads."""

    changed = Signal(object)  # a frozenset of table names

    def notify(self, *tables: str) -> None:
        self.changed.emit(frozenset(tables))


@dataclass
class AppContext:
    store: Store
    services: Services
    bus: DataBus
