"""The dot index behind exports for a peer, the import undo record and the clock warning."""

from __future__ import annotations

import json
import sqlite3

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select

from tzcld_desktop.db import schema
from tzcld_desktop.db.backup import list_backups
from tzcld_desktop.db.models import LocalReplica, Peer, SyncRegister, Territory
from tzcld_desktop.domain import crdt
from tzcld_desktop.domain.crdt import Dot, Knowledge
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import exchange
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.sync.peers import register_dots, registers_missing_from
from tzcld_desktop.sync.undo import last_undoable_import, undo_last_import

from test_exchange import Copy, send

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def copies(tmp_path):
    made = {name: Copy(tmp_path / name, person) for name, person in
            (("anne", "Anne Durand"), ("bruno", "Bruno Petit"))}
    yield made
    for copy in made.values():
        copy.store.close()


def shared_history(anne, bruno, tmp_path):
    """Give both copies a few territories, edits on each side and a delete."""
    for name in ("Le Teil", "Échirolles-Ouest", "Villeurbanne – Les Brosses", "Pipriac"):
        anne.services.create_territory(TerritoryInput(name, Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path, "premier.tzsync")
    bruno.edit("Le Teil", notes="Vu par Bruno")
    bruno.services.create_territory(TerritoryInput("Thiers", Stage.INTERESTED, "63"))
    anne.edit("Échirolles-Ouest", communes="Échirolles")
    anne.services.delete_territory(anne.territory("Pipriac").id)
    send(bruno, anne, tmp_path, "retour.tzsync")
    anne.edit("Le Teil", notes="Vu par Anne ensuite")


def missing_by_full_scan(session, known):
    """Return the registers ``known`` lacks, checked one by one without the dot index."""
    missing = set()
    for table, record_id, field, entries, context in session.execute(
            select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
                   SyncRegister.entries, SyncRegister.context)):
        dots = register_dots(json.loads(entries), json.loads(context))
        if any(not known.contains(dot) for dot in dots):
            missing.add((table, record_id, field))
    return missing


def test_dot_index_finds_every_missing_register(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    shared_history(anne, bruno, tmp_path)
    anne_id, bruno_id = anne.store.replica_id(), bruno.store.replica_id()
    with anne.store.session() as session:
        local = Knowledge(json.loads(session.scalars(select(LocalReplica)).one().knowledge))
        highest = {replica: spans[-1][1] for replica, spans in local.to_dict().items()}
        with_gap = Knowledge({anne_id: [[1, 3], [6, highest[anne_id] - 2]]})
        cases = {
            "nothing": Knowledge(),
            "everything": local,
            "only Bruno": Knowledge({bruno_id: [[1, highest[bruno_id]]]}),
            "gap in Anne's counters": with_gap,
            "unknown replica only": Knowledge({"99999999-9999-4999-8999-999999999999": [[1, 5]]}),
        }
        for name, known in cases.items():
            found = {row[:3] for row in registers_missing_from(session, known)}
            assert found == missing_by_full_scan(session, known), name
    assert found


def test_export_for_peer_sends_edit_after_gap(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    shared_history(anne, bruno, tmp_path)
    send(anne, bruno, tmp_path, "rattrapage.tzsync")
    send(bruno, anne, tmp_path, "accuse.tzsync")
    anne.edit("Le Teil", communes="Le Teil, Alba-la-Romaine")
    path = tmp_path / "pour-bruno.tzsync"
    report = export_data(anne.store, path, for_peer=bruno.store.replica_id())
    assert report.records == 1
    import_data(bruno.store, path)
    assert bruno.territory("Le Teil").communes == "Le Teil, Alba-la-Romaine"
    assert bruno.territory("Le Teil").notes == "Vu par Anne ensuite"


def test_migration_backfill_within_live_index(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    shared_history(anne, bruno, tmp_path)
    db_path = anne.store.db_path
    anne.store.engine.dispose()
    with sqlite3.connect(db_path) as connection:
        live = set(connection.execute("SELECT * FROM sync_dot"))
    connection.close()
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with anne.store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_local_indexes")
        command.upgrade(config, "0007_sync_dots")
    anne.store.engine.dispose()
    with sqlite3.connect(db_path) as connection:
        backfilled = set(connection.execute("SELECT * FROM sync_dot"))
    connection.close()
    assert backfilled
    assert backfilled <= live


def territory_row_ids(copy):
    with copy.store.session() as session:
        return set(session.scalars(select(Territory.id)))


def register_rows(copy):
    with copy.store.session() as session:
        rows = session.execute(select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
                                      SyncRegister.entries, SyncRegister.context))
        return {tuple(row) for row in rows}


def test_undo_restores_registers_rows_and_state(copies, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "BACKUP_BEFORE_IMPORT_MAX_BYTES", 0)
    anne, bruno = copies["anne"], copies["bruno"]
    shared_history(anne, bruno, tmp_path)
    send(anne, bruno, tmp_path, "rattrapage.tzsync")
    anne.edit("Échirolles-Ouest", notes="Note d'Anne", communes="Échirolles, Eybens")
    anne.services.create_territory(TerritoryInput("Loos", Stage.HABILITATED, "59"))
    anne.services.delete_territory(anne.territory("Thiers").id)
    registers_before = register_rows(bruno)
    rows_before = territory_row_ids(bruno)
    with bruno.store.session() as session:
        knowledge_before = session.scalars(select(LocalReplica)).one().knowledge
        peer_before = session.get(Peer, anne.store.replica_id()).knowledge

    report = send(anne, bruno, tmp_path, "suite.tzsync")
    assert report.created == 2  # the territory and the first step of its history
    assert report.updated >= 1
    assert report.deleted == 1
    assert "Loos" in bruno.territories()
    assert [backup.reason for backup in list_backups(bruno.store.db_path)].count("import") == 0

    undo_last_import(bruno.store)

    assert register_rows(bruno) == registers_before
    assert territory_row_ids(bruno) == rows_before
    territories = bruno.territories()
    assert "Loos" not in territories
    assert "Thiers" in territories
    assert bruno.territory("Échirolles-Ouest").communes == "Échirolles"
    assert bruno.territory("Échirolles-Ouest").notes == ""
    assert bruno.territory("Le Teil").notes == "Vu par Anne ensuite"
    with bruno.store.session() as session:
        assert session.scalars(select(LocalReplica)).one().knowledge == knowledge_before
        assert session.get(Peer, anne.store.replica_id()).knowledge == peer_before
    assert last_undoable_import(bruno.store) is None
    # The same file brings everything back once imported again.
    import_data(bruno.store, tmp_path / "suite.tzsync")
    assert "Loos" in bruno.territories()
    assert "Thiers" not in bruno.territories()


def test_undo_of_first_import_forgets_peer(copies, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "BACKUP_BEFORE_IMPORT_MAX_BYTES", 0)
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    undo_last_import(bruno.store)
    assert bruno.territories() == {}
    assert register_rows(bruno) == set()
    with bruno.store.session() as session:
        assert session.get(Peer, anne.store.replica_id()) is None


def test_small_store_still_backed_up(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    assert [backup.reason for backup in list_backups(bruno.store.db_path)].count("import") == 1


def test_dry_run_keeps_undo_record(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    anne.services.create_territory(TerritoryInput("Loos", Stage.HABILITATED, "59"))
    path = tmp_path / "apercu.tzsync"
    export_data(anne.store, path)
    import_data(bruno.store, path, dry_run=True)
    undo_last_import(bruno.store)
    assert bruno.territories() == {}


def test_clock_warning_when_receiver_behind(copies, tmp_path, monkeypatch):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    real = crdt.wall_clock_ms
    # Anne's clock is right; Bruno's computer is three days behind when he imports.
    monkeypatch.setattr(crdt, "wall_clock_ms", lambda: real() - 3 * DAY_MS)
    report = send(anne, bruno, tmp_path)
    text = report.summary_text()
    assert report.clamped_stamps > 0
    assert "3 jours" in text
    assert "cet ordinateur" in text
    assert "Anne Durand" in text
    assert "en avance" not in text
    assert "ramenées" not in text


def test_clock_warning_absent_within_a_day(copies, tmp_path, monkeypatch):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    real = crdt.wall_clock_ms
    monkeypatch.setattr(crdt, "wall_clock_ms", lambda: real() - DAY_MS // 2)
    report = send(anne, bruno, tmp_path)
    assert report.clamped_stamps == 0
    assert "horloge" not in report.summary_text()


def test_dot_cheap_tuple_keeps_order():
    assert Dot("a", 2) < Dot("b", 1)
    assert Dot("a", 2) < Dot("a", 10)
    assert Dot("a", 2) == Dot("a", 2)
    assert {Dot("a", 2): 1}[Dot("a", 2)] == 1
