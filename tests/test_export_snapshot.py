"""A full export reads the database in one read transaction, whatever is committed meanwhile."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest
from sqlalchemy import select

from tzcld_desktop.db.models import LocalReplica, SyncRegister
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import exchange
from tzcld_desktop.sync.container import read_exchange_file
from tzcld_desktop.sync.exchange import export_data, register_member_names
from tzcld_desktop.sync.validation import parse_register_batch

TERRITORIES = ("Le Teil", "Aubenas", "Privas", "Annonay", "Tournon-sur-Rhône", "Largentière")


@pytest.fixture
def territories(services, profile):
    """Ids of six territories in Ardèche, in the order of creation, so the last has the highest rowids."""
    return [services.create_territory(TerritoryInput(name, Stage.EMERGING, "07")) for name in TERRITORIES]


@pytest.fixture
def small_batches(monkeypatch):
    """Lines of 3 rowids and members of at most 20 registers, so a small store makes many of each."""
    monkeypatch.setattr(exchange, "REGISTERS_PER_LINE", 3)
    monkeypatch.setattr(exchange, "REGISTERS_PER_MEMBER", 20)


def database_registers(store) -> dict[tuple[str, str, str], tuple[list, dict]]:
    with store.session() as session:
        rows = session.execute(select(SyncRegister.table_name, SyncRegister.record_id, SyncRegister.field,
                                      SyncRegister.entries, SyncRegister.context)).all()
    return {(table, record, field): (json.loads(entries), json.loads(context))
            for table, record, field, entries, context in rows}


def database_knowledge(store) -> dict[str, int]:
    with store.session() as session:
        return json.loads(session.scalars(select(LocalReplica.knowledge)).one())


def file_registers(path) -> tuple[dict, Counter, dict, list[int]]:
    """Return the file's registers by key, how often each key occurs, its manifest and the registers per member.

    Every line also goes through the importer's parser, which rejects an invalid register.
    """
    exchange_file = read_exchange_file(path)
    names = [name for name in register_member_names(len(exchange_file.members)) if name in exchange_file.members]
    registers: dict[tuple[str, str, str], tuple[list, dict]] = {}
    occurrences: Counter = Counter()
    per_member: list[int] = []
    for name in names:
        per_member.append(0)
        for line_number, line in enumerate(exchange_file.iter_ndjson(name), start=1):
            parse_register_batch(line, line_number)
            for table, record, field, entries, context in zip(
                    line["t"], line["r"], line["f"], line["e"], line["c"], strict=True):
                registers[(table, record, field)] = (entries, context)
                occurrences[(table, record, field)] += 1
                per_member[-1] += 1
    return registers, occurrences, exchange_file.manifest, per_member


def test_full_export_equals_database(store, territories, small_batches, tmp_path):
    path = tmp_path / "tout.tzsync"

    export_data(store, path)

    registers, occurrences, manifest, per_member = file_registers(path)
    expected = database_registers(store)
    assert registers == expected
    assert set(occurrences.values()) == {1}
    assert manifest["registers"] == len(expected)
    assert manifest["knowledge"] == database_knowledge(store)
    assert manifest["counts"]["territory"] == len(TERRITORIES)
    assert len(per_member) >= 3
    assert max(per_member) <= 20


def test_edit_during_export_not_in_file(store, services, territories, small_batches, tmp_path, monkeypatch):
    before = database_registers(store)
    knowledge_before = database_knowledge(store)
    edited = territories[-1]
    ranges_read = 0
    read_lines = exchange._snapshot_lines

    def commit_after_first_range(cursor, first, last):
        nonlocal ranges_read
        lines = read_lines(cursor, first, last)
        ranges_read += 1
        if ranges_read == 1:
            # As from the GUI thread: through another pooled connection, committed at once.
            services.update_territory(edited, TerritoryInput(
                TERRITORIES[-1], Stage.EMERGING, "07", communes="Chassiers", notes="Modifié pendant l'export"))
        return lines

    monkeypatch.setattr(exchange, "_snapshot_lines", commit_after_first_range)
    path = tmp_path / "tout.tzsync"

    export_data(store, path)

    after = database_registers(store)
    changed = {key for key in after if after[key] != before.get(key)}
    assert ranges_read > 1
    assert {("territory", edited, "notes"), ("territory", edited, "communes")} <= changed
    registers, occurrences, manifest, _per_member = file_registers(path)
    assert registers == before
    assert set(occurrences.values()) == {1}
    assert manifest["registers"] == len(before)
    assert manifest["knowledge"] == knowledge_before
    assert database_knowledge(store) != knowledge_before


def test_failed_export_ends_read_transactions(store, territories, small_batches, tmp_path, monkeypatch):
    calls = 0
    read_lines = exchange._snapshot_lines

    def failing_on_fourth_range(cursor, first, last):
        nonlocal calls
        calls += 1
        if calls == 4:
            raise sqlite3.OperationalError("disk I/O error")
        return read_lines(cursor, first, last)

    monkeypatch.setattr(exchange, "_snapshot_lines", failing_on_fourth_range)

    with pytest.raises(sqlite3.OperationalError):
        export_data(store, tmp_path / "tout.tzsync")

    # A reader still in its transaction would keep the WAL from being emptied.
    checker = sqlite3.connect(store.db_path, isolation_level=None)
    try:
        busy, _frames, _done = checker.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        checker.close()
    assert busy == 0
    assert calls >= 4
