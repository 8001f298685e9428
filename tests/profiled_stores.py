"""Data folders opened with a referent's profile, and their content, for tests that exchange files between copies."""

from __future__ import annotations

import sqlite3

from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import Store, open_store


class CancelAfter:
    """A ``cancelled`` callback for ``import_data`` that counts its calls and requests a stop after ``limit`` of them."""

    def __init__(self, limit: int = 10**9) -> None:
        self.limit = limit
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls > self.limit


def open_profiled_store(folder, person: str, region_codes: tuple[str, ...] = ("84",)) -> Store:
    """Open a store in ``folder`` whose profile names ``person`` and follows ``region_codes``."""
    store = open_store(folder)
    Services(store).save_profile(person, list(region_codes))
    return store


def database_dump(store: Store) -> list[str]:
    """Return the SQL text that rebuilds the store's database, to compare its content before and after."""
    connection = sqlite3.connect(store.db_path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def query_plans(store: Store, read) -> str:
    """Return the query plans of the statements that ``read(session)`` runs on ``store``, as one text."""
    from sqlalchemy import event

    statements = []

    def record(_connection, _cursor, statement, parameters, _context, _executemany):
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.session() as session:
            read(session)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    plans = []
    with store.session() as session:
        for statement, parameters in statements:
            rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            plans.extend(str(row[-1]) for row in rows)
    return "\n".join(plans)
