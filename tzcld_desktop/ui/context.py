"""What every window and panel needs: the store, its services, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

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
