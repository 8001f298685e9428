"""A full snapshot imported into a copy without registers is loaded in one pass.

It must store exactly what the merge would store, and the copy must then export for
its peers what each one lacks, although the loaded registers have no dot index rows.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import orjson
import pytest
from sqlalchemy import func, select

from tzcld_desktop.db.models import Ebe, IndicatorValue, SyncBulkLoad, SyncDot, SyncRegister
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.crdt import Register
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.record_forms import EbeInput, IndicatorInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import Indicator
from tzcld_desktop.resources import resource_path
from tzcld_desktop.sync import exchange
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.sync.undo import undo_last_import
from tzcld_desktop.sync.validation import parse_register_batch

from test_exchange import Copy, send

# Texts that JSON escapes or that take several bytes in UTF-8, and the text that
# separates two entry lists in the JSON of a line.
AWKWARD_NOTES = 'Guillemets " et \\ barre, retour\nà la ligne, tab\t, séparateur \u2028, 😀, « chevrons » et ]],[['


# Rows that a bulk load and a merge may write differently: identities, times of the
# exchange, the undo record, the dot index, which a bulk load leaves out, and the profile.
LOCAL_TABLES = ("local_replica", "exchange_log", "import_undo_state", "import_undo_register", "sync_dot",
                "sync_bulk_load", "peer", "profile")


@pytest.fixture
def copies(tmp_path):
    opened = {name: Copy(tmp_path / name, person) for name, person in
            (("anne", "Anne Durand"), ("bruno", "Bruno Petit"), ("carla", "Carla Roux"),
             ("denis", "Denis Moreau"))}
    yield opened
    for copy in opened.values():
        copy.store.close()


def anne_history(anne, carla, tmp_path):
    """Give Anne the shipped list, awkward texts, decimal values, a delete and a conflict with Carla."""
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    alba = anne.services.create_territory(TerritoryInput("Alba-la-Romaine", Stage.EMERGING, "07"))
    anne.edit("Alba-la-Romaine", notes=AWKWARD_NOTES)
    # Tables with Float columns, which the first load inserts with bound parameters.
    anne.services.save_ebe(None, EbeInput(alba, "EBE Alba Services", max_etp=12.3))
    anne.services.save_indicator_value(None, IndicatorInput(alba, Indicator.VOLUNTEERS, date(2026, 3, 1), 0.1))
    send(anne, carla, tmp_path, "vers-carla.tzsync")
    anne.edit("Alba-la-Romaine", communes="Alba-la-Romaine, Aubignas")
    carla.edit("Alba-la-Romaine", communes="Alba-la-Romaine et Viviers")
    send(carla, anne, tmp_path, "de-carla.tzsync")
    some = sorted(anne.territories())[0]
    anne.services.delete_territory(anne.territory(some).id)


def shared_content(store) -> dict[str, list[tuple]]:
    """Return every row of every table but LOCAL_TABLES, sorted, by table."""
    connection = sqlite3.connect(store.db_path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%search_%' ORDER BY name")]
        content = {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                   for table in tables if table not in LOCAL_TABLES}
        # The search index by content, since its row ids follow the order of insertion.
        for search_table, table in (("action_search", "action"), ("note_search", "journal_note")):
            content[search_table] = sorted(connection.execute(
                f"SELECT search_row.table_name, search_row.record_id, search_row.deleted, {search_table}.text_key "
                f"FROM {search_table} JOIN search_row ON search_row.id = {search_table}.rowid "
                f"WHERE search_row.table_name = '{table}'").fetchall())
        return content
    finally:
        connection.close()


def merged_instead(monkeypatch):
    """Make the next imports take the merge, as for a copy that already has registers."""
    monkeypatch.setattr(exchange._OpenedFile, "is_full_snapshot", lambda _opened: False)


def rows_of(store, model) -> list:
    with store.session() as session:
        return list(session.scalars(select(model)))


def count(store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_first_import_stores_what_a_merge_stores(copies, tmp_path, monkeypatch):
    anne, bruno, carla, denis = (copies[name] for name in ("anne", "bruno", "carla", "denis"))
    anne_history(anne, carla, tmp_path)
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)

    loaded = import_data(bruno.store, path)
    merged_instead(monkeypatch)
    merged = import_data(denis.store, path)

    assert count(bruno.store, SyncDot) == 0
    assert count(bruno.store, SyncBulkLoad) == 1
    assert count(denis.store, SyncDot) > 0
    assert loaded.counts() == merged.counts()
    assert loaded.conflicts == 1
    assert shared_content(bruno.store) == shared_content(denis.store)
    assert bruno.territory("Alba-la-Romaine").notes == AWKWARD_NOTES
    assert bruno.territory("Alba-la-Romaine").has_conflict
    assert [row.max_etp for row in rows_of(bruno.store, Ebe)] == [12.3]
    assert [row.value for row in rows_of(bruno.store, IndicatorValue)] == [0.1]


def test_rows_one_at_a_time_store_the_same(copies, tmp_path, monkeypatch):
    anne, bruno, carla, denis = (copies[name] for name in ("anne", "bruno", "carla", "denis"))
    anne_history(anne, carla, tmp_path)
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)

    import_data(bruno.store, path)
    # As with an SQLite that would not give back the registers it was given.
    monkeypatch.setattr(exchange, "_sqlite_cuts_register_lines", lambda: False)
    import_data(denis.store, path)

    assert shared_content(bruno.store) == shared_content(denis.store)


def test_first_import_only_when_the_copy_is_empty(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    bruno.services.create_territory(TerritoryInput("Thiers", Stage.INTERESTED, "63"))

    send(anne, bruno, tmp_path)

    assert count(bruno.store, SyncBulkLoad) == 0
    assert set(bruno.territories()) == {"Le Teil", "Thiers"}


def test_copy_with_rows_is_merged(copies, tmp_path):
    """A first load only inserts and its undo removes every row, so a copy that has a row is merged into."""
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    bruno.services.create_territory(TerritoryInput("Thiers", Stage.INTERESTED, "63"))
    with bruno.store.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM sync_register")

    send(anne, bruno, tmp_path)
    assert count(bruno.store, SyncBulkLoad) == 0
    assert set(bruno.territories()) == {"Le Teil", "Thiers"}
    undo_last_import(bruno.store)
    assert set(bruno.territories()) == {"Thiers"}


def test_export_for_peer_after_first_import(copies, tmp_path):
    anne, bruno, carla = copies["anne"], copies["bruno"], copies["carla"]
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    send(anne, bruno, tmp_path, "anne-tout.tzsync")
    carla.services.create_territory(TerritoryInput("Thiers", Stage.INTERESTED, "63"))
    send(carla, bruno, tmp_path, "carla-tout.tzsync")
    bruno.edit("Thiers", notes="Rencontre prévue en janvier")

    # Anne has every loaded register: the file carries Bruno's and Carla's work only.
    for_anne = tmp_path / "pour-anne.tzsync"
    report = export_data(bruno.store, for_anne, for_peer=anne.store.replica_id())
    assert report.counts_by_table == {"territory": 1, "stage_event": 1}
    # Carla has none of them: the file carries what Anne sent Bruno too.
    for_carla = tmp_path / "pour-carla.tzsync"
    export_data(bruno.store, for_carla, for_peer=carla.store.replica_id())
    import_data(anne.store, for_anne)
    import_data(carla.store, for_carla)

    assert len(bruno.territories()) == 74
    assert anne.territories().keys() == bruno.territories().keys() == carla.territories().keys()
    assert carla.territory("Thiers").notes == "Rencontre prévue en janvier"


def test_undo_first_import_empties_the_copy(copies, tmp_path, monkeypatch):
    anne, bruno = copies["anne"], copies["bruno"]
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    send(anne, bruno, tmp_path)

    undo_last_import(bruno.store)

    assert bruno.territories() == {}
    assert count(bruno.store, SyncRegister) == 0
    assert count(bruno.store, SyncBulkLoad) == 0
    # Emptied, the copy loads the same file in bulk again.
    send(anne, bruno, tmp_path, "encore.tzsync")
    assert len(bruno.territories()) == 73
    assert count(bruno.store, SyncBulkLoad) == 1


def test_write_during_read_stops_import(copies, tmp_path, monkeypatch):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)
    checks = iter([True, False])
    monkeypatch.setattr(exchange, "_is_empty", lambda _source: next(checks))

    with pytest.raises(exchange.StorageError) as raised:
        import_data(bruno.store, path)

    assert "Recommencez l'import" in raised.value.message()
    assert bruno.territories() == {}


def test_writer_stores_rows_exactly(copies):
    """Rows sent as JSON to the second thread, or as bound parameters for a NUL character, read back as given."""
    store = copies["anne"].store
    columns = ["table_name", "record_id", "field", "entries", "context"]
    rows = [("action", "a", "text", AWKWARD_NOTES, None), ("action", "b", "text", "avant\x00après", "")]
    many = [("action", f"n{index:05}", "text", "x", None) for index in range(12000)]
    with store.transaction() as session:
        connection = session.connection()
        with exchange._StatementWriter(connection) as writer:
            for row in rows:
                writer.insert("import_undo_register", columns, [row])
            writer.insert("import_undo_register", columns, many)
        stored = connection.exec_driver_sql(
            "SELECT table_name, record_id, field, entries, context FROM import_undo_register ORDER BY rowid").all()
        session.rollback()

    assert [tuple(row) for row in stored] == rows + many


def test_writer_stores_registers_exactly(copies):
    """A line of registers sent to the second thread reads back as Register.to_json encodes each register."""
    store = copies["anne"].store
    first, second = "6e68f586-4759-434c-8a60-9271a3082ec9", "0b1c7a52-93a4-4d0e-8f4e-2c9d5a7e1f00"
    records = [f"{index:08x}-0000-4000-8000-000000000000" for index in range(3)]
    payload = {
        "t": ["territory"] * 4,
        "r": [records[0], records[0], records[1], records[2]],
        "f": ["notes", "name", "notes", "deleted"],
        # Two concurrent entries listed out of order, a text containing the separator of
        # entry lists, and contexts whose replicas are not in sorted order.
        "e": [[[first, 1, 10, "Anne", "Un"], [second, 2, 20, "Bruno", "Deux"]],
              [[first, 3, 30, "Anne", "Alba ]],[[ « 😀 »"]],
              [[first, 4, 40, "Anne", AWKWARD_NOTES]],
              [[first, 5, 50, "Anne", False]]],
        "c": [{second: 2, first: 1}, {first: 3}, {second: 1, first: 4}, {first: 5}],
    }
    line = parse_register_batch(orjson.loads(orjson.dumps(payload)), 1, first_load=True)
    expected = sorted(
        (table, record, field, *Register.from_lists(entries, context).to_json())
        for table, record, field, entries, context in zip(*payload.values(), strict=True)
    )
    with store.transaction() as session:
        connection = session.connection()
        with exchange._StatementWriter(connection) as writer:
            writer.write_registers(line)
        stored = connection.exec_driver_sql(
            "SELECT table_name, record_id, field, entries, context FROM sync_register ORDER BY 1, 2, 3").all()
        session.rollback()

    assert [tuple(row) for row in stored] == expected


def test_connection_rejected_while_writes_queued(copies):
    store = copies["anne"].store
    with store.transaction() as session:
        connection = session.connection()
        with exchange._StatementWriter(connection) as writer:
            writer.execute("CREATE TABLE queued (id TEXT)")
            with pytest.raises(RuntimeError):
                connection.exec_driver_sql("SELECT 1")
            assert writer.idle_connection().exec_driver_sql("SELECT count(*) FROM queued").scalar() == 0
