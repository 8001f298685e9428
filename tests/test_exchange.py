"""Exchanging data between two copies by file, and rejecting bad files."""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import StageEvent, Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.errors import ExchangeFileError
from tzcld_desktop.domain.forms import ActionInput, ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.resources import resource_path
from tzcld_desktop.sync.exchange import export_data, import_data


class Copy:
    """One installation: a data folder, its store and services."""

    def __init__(self, folder, person):
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(person, ["84", "11"])

    def territories(self):
        with self.store.session() as session:
            return {row.name: row for row in queries.list_territories(session, queries.TerritoryQuery())}

    def territory(self, name):
        with self.store.session() as session:
            return session.scalars(select(Territory).where(Territory.name == name)).one()

    def edit(self, name, **changes):
        territory = self.territory(name)
        with self.store.session() as session:
            departement, region = queries.territory_codes(session, territory)
        values = dict(
            name=territory.name, stage=Stage(territory.stage), departement_code=departement,
            region_code=None if departement else region, cluster_id=territory.cluster_id,
            habilitation_date=territory.habilitation_date, habilitation_date_note=territory.habilitation_date_note,
            communes=territory.communes, notes=territory.notes, source=territory.source,
        )
        values.update(changes)
        self.services.update_territory(territory.id, TerritoryInput(**values))


@pytest.fixture
def anne(tmp_path):
    copy = Copy(tmp_path / "anne", "Anne Durand")
    yield copy
    copy.store.close()


@pytest.fixture
def bruno(tmp_path):
    copy = Copy(tmp_path / "bruno", "Bruno Petit")
    yield copy
    copy.store.close()


def send(sender, receiver, tmp_path, name="echange.tzsync"):
    path = tmp_path / name
    export_data(sender.store, path)
    return import_data(receiver.store, path)


def test_full_exchange_both_ways(anne, bruno, tmp_path):
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    report = send(anne, bruno, tmp_path)
    assert report.created == 2 * 73  # each territory and the first step of its history
    assert report.peer_person == "Anne Durand"
    assert set(bruno.territories()) == set(anne.territories())
    assert bruno.territory("Colombelles").habilitation_date == date(2016, 11, 24)
    assert bruno.territory("Laval – Grand Saint Nicolas").habilitation_date_note.startswith("2023-07-28?")

    bruno.services.create_territory(TerritoryInput("Grenoble – Mistral", Stage.EMERGING, "38"))
    bruno.edit("Le Teil", notes="Visite prévue en mars.")
    back = send(bruno, anne, tmp_path, "retour.tzsync")
    assert (back.created, back.updated) == (2, 1)
    assert anne.territories()["Grenoble – Mistral"].stage is Stage.EMERGING
    assert anne.territory("Le Teil").notes == "Visite prévue en mars."
    assert anne.territory("Le Teil").updated_by == "Bruno Petit"


def test_same_file_twice_changes_nothing(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    path = tmp_path / "anne.tzsync"
    export_data(anne.store, path)
    import_data(bruno.store, path)
    before = synced_content(bruno.store)
    again = import_data(bruno.store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, again.records)
    assert len(bruno.territories()) == 1
    # The log, the peer and the undo record note the second import; nothing else moves.
    assert synced_content(bruno.store) == before


def synced_content(store):
    """Return the registers and the rows of the territories and their history."""
    connection = sqlite3.connect(store.db_path)
    try:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("sync_register", "territory", "stage_event")}
    finally:
        connection.close()


def test_edits_of_different_fields_merge(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    anne.edit("Le Teil", communes="Le Teil, Alba-la-Romaine")
    bruno.edit("Le Teil", stage=Stage.CANDIDATURE)
    send(anne, bruno, tmp_path, "a.tzsync")
    send(bruno, anne, tmp_path, "b.tzsync")
    for copy in (anne, bruno):
        territory = copy.territory("Le Teil")
        assert territory.communes == "Le Teil, Alba-la-Romaine"
        assert territory.stage == "candidature"
        assert not territory.has_conflict


def test_concurrent_edits_of_one_field_conflict(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    anne.edit("Le Teil", notes="Version d'Anne")
    bruno.edit("Le Teil", notes="Version de Bruno")
    report = send(anne, bruno, tmp_path, "a.tzsync")
    send(bruno, anne, tmp_path, "b.tzsync")
    assert report.conflicts == 1
    assert anne.territory("Le Teil").has_conflict
    assert bruno.territory("Le Teil").has_conflict
    # Both copies show the same value.
    assert anne.territory("Le Teil").notes == bruno.territory("Le Teil").notes


def test_delete_travels_and_old_file_does_not_resurrect(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    old_file = tmp_path / "ancien.tzsync"
    export_data(anne.store, old_file)
    import_data(bruno.store, old_file)
    bruno.services.delete_territory(bruno.territory("Le Teil").id)
    report = send(bruno, anne, tmp_path, "suppression.tzsync")
    assert report.deleted == 1
    assert "Le Teil" not in anne.territories()
    import_data(anne.store, old_file)
    assert "Le Teil" not in anne.territories()


def test_delete_concurrent_with_edit_flags_record(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    bruno.services.delete_territory(bruno.territory("Le Teil").id)
    anne.edit("Le Teil", notes="Nouvelle réunion du CLE")
    send(bruno, anne, tmp_path, "b.tzsync")
    send(anne, bruno, tmp_path, "a.tzsync")
    for copy in (anne, bruno):
        row = copy.territories()["Le Teil"]
        assert row.needs_review


def test_meeting_with_actions_travels(anne, bruno, tmp_path):
    teil = anne.services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    cluster = anne.services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84", "Association Relais"))
    meeting = anne.services.save_meeting(
        None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de grappe", "Mairie du Teil", "Tour de table.",
                           "Prochaine réunion en avril.", [teil])
    )
    anne.services.save_action(None, ActionInput("Envoyer le modèle de statuts du CLE", "Anne", date(2026, 3, 20),
                                                territory_id=teil, meeting_id=meeting))
    send(anne, bruno, tmp_path)
    with bruno.store.session() as session:
        received = queries.get_meeting(session, meeting)
        actions = queries.list_actions(session, meeting_id=meeting)
    assert received.place == "Mairie du Teil"
    assert received.territory_ids == (teil,)
    assert [action.text for action in actions] == ["Envoyer le modèle de statuts du CLE"]


def test_future_clock_is_clamped_and_reported(anne, bruno, tmp_path, monkeypatch):
    import tzcld_desktop.domain.crdt as crdt

    real = crdt.wall_clock_ms
    monkeypatch.setattr(crdt, "wall_clock_ms", lambda: real() + 5 * 365 * 24 * 3600 * 1000)
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    monkeypatch.setattr(crdt, "wall_clock_ms", real)
    report = send(anne, bruno, tmp_path)
    assert report.clamped_stamps > 0
    assert "Anne Durand" in report.summary_text()
    # A later edit on the receiving copy still wins over the future-stamped value.
    bruno.edit("Le Teil", notes="Corrigé après l'échange")
    assert bruno.territory("Le Teil").notes == "Corrigé après l'échange"
    send(bruno, anne, tmp_path, "retour.tzsync")
    assert anne.territory("Le Teil").notes == "Corrigé après l'échange"
    assert not anne.territory("Le Teil").has_conflict


# -- Rejected files -----------------------------------------------------------------


def rejected_import(receiver, path) -> ExchangeFileError:
    """Import ``path`` into ``receiver``, expect a rejection, and check the database file did not change."""
    receiver.store.engine.dispose()
    before = receiver.store.db_path.read_bytes()
    with pytest.raises(ExchangeFileError) as raised:
        import_data(receiver.store, path)
    receiver.store.engine.dispose()
    assert receiver.store.db_path.read_bytes() == before
    return raised.value


def _rewrite(path, target, manifest_change=None, member_change=None):
    with zipfile.ZipFile(path) as source:
        manifest = json.loads(source.read("manifest.json"))
        members = {name: source.read(name) for name in source.namelist() if name != "manifest.json"}
    if member_change:
        members = member_change(members)
        for name, data in members.items():
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    if manifest_change:
        manifest_change(manifest)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)


def _first_line_changed(change):
    def apply(members):
        lines = members["registers.ndjson"].decode().splitlines()
        record = json.loads(lines[0])
        change(record)
        lines[0] = json.dumps(record)
        return {"registers.ndjson": ("\n".join(lines) + "\n").encode()}

    return apply


BAD_FILES = {
    "not_a_zip": lambda good, bad: bad.write_text("Bonjour, voici le fichier", encoding="utf-8"),
    "truncated": lambda good, bad: bad.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2]),
    "newer_format": lambda good, bad: _rewrite(
        good, bad, manifest_change=lambda m: m.update(format_version=99, min_reader_version=99)
    ),
    "unknown_table": lambda good, bad: _rewrite(
        good, bad, member_change=_first_line_changed(lambda r: r["t"].__setitem__(0, "table_inconnue"))
    ),
    "wrong_value_type": lambda good, bad: _rewrite(
        good, bad, member_change=_first_line_changed(lambda r: r["e"][0][0].__setitem__(4, {"pas": "un texte"}))
    ),
    "huge_text": lambda good, bad: _rewrite(
        good, bad, member_change=_first_line_changed(lambda r: r["e"][0][0].__setitem__(4, "x" * 300_000))
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_rejected_database_unchanged(anne, bruno, tmp_path, kind):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    bruno.services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    bad = tmp_path / f"{kind}.tzsync"
    BAD_FILES[kind](good, bad)
    message = rejected_import(bruno, bad).message()
    assert message and message[0].isupper()
    assert set(bruno.territories()) == {"Échirolles-Ouest"}


def test_unknown_departement_rejected(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    bad = tmp_path / "mauvais.tzsync"

    def point_elsewhere(batch):
        for index, field_name in enumerate(batch["f"]):
            if field_name == "departement_id":
                batch["e"][index][0][4] = "00000000-0000-4000-8000-000000000000"

    def change_all(members):
        lines = [json.loads(line) for line in members["registers.ndjson"].decode().splitlines()]
        for record in lines:
            point_elsewhere(record)
        return {"registers.ndjson": "".join(json.dumps(r) + "\n" for r in lines).encode()}

    _rewrite(good, bad, member_change=change_all)
    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, bad)
    assert "département inconnu" in raised.value.message()
    assert bruno.territories() == {}


def test_same_list_imported_on_both_copies_merges(anne, bruno, tmp_path):
    # Two referents each import the shipped list, then exchange: one record per territory.
    import_territory_list(anne.store, resource_path("data", "territoires_habilites.csv"))
    import_territory_list(bruno.store, resource_path("data", "territoires_habilites.csv"))
    report = send(anne, bruno, tmp_path)
    send(bruno, anne, tmp_path, "retour.tzsync")
    assert report.created == 0
    assert report.conflicts == 0
    assert len(anne.territories()) == len(bruno.territories()) == 73


# -- Released formats ----------------------------------------------------------------

GOLDEN_FORMAT_1 = Path(__file__).parent / "data" / "format-1.tzsync"
GOLDEN_FORMAT_2 = Path(__file__).parent / "data" / "format-2.tzsync"


def assert_golden_content(tmp_path: Path, golden: Path) -> None:
    """Import a golden file into a new store and check every field it carries."""
    store = open_store(tmp_path / "lecteur")
    report = import_data(store, golden)
    assert report.peer_person == "Anne Durand"
    with store.session() as session:
        rows = {row.name: row for row in queries.list_territories(session, queries.TerritoryQuery())}
        meetings = queries.list_meetings(session)
        actions = queries.list_actions(session)
    assert set(rows) == {"Le Teil", "Échirolles-Ouest"}
    assert rows["Le Teil"].habilitation_date_note == "~2021-12 [« fin décembre 2021 »]"
    assert rows["Échirolles-Ouest"].habilitation_date == date(2021, 9, 1)
    assert rows["Le Teil"].id == "c06e5c04-ff2a-5e6b-b9e4-b93c10ad0190"
    assert [(m.cluster_name, m.meeting_date, m.place, len(m.territory_ids)) for m in meetings] == [
        ("Grappe Drôme-Ardèche", date(2026, 3, 3), "Mairie du Teil", 2)
    ]
    assert [(a.text, a.due_date, a.territory_name) for a in actions] == [
        ("Envoyer le modèle de statuts du CLE", date(2026, 3, 20), "Le Teil")
    ]
    store.close()


def test_golden_format_1_still_imports(tmp_path):
    """A file written by the first released format keeps importing with every field."""
    with zipfile.ZipFile(GOLDEN_FORMAT_1) as archive:
        assert json.loads(archive.read("manifest.json"))["format_version"] == 1
    assert_golden_content(tmp_path, GOLDEN_FORMAT_1)


def test_golden_format_2_imports(tmp_path):
    """A file of format 2, with every register of a line in columns, imports with every field."""
    with zipfile.ZipFile(GOLDEN_FORMAT_2) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        lines = archive.read("registers.ndjson").decode().splitlines()
    assert (manifest["format_version"], manifest["min_reader_version"]) == (2, 2)
    assert len(lines) == 1
    assert len(json.loads(lines[0])["r"]) == manifest["registers"]
    assert_golden_content(tmp_path, GOLDEN_FORMAT_2)


def test_export_writes_format_2(anne, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
        lines = [json.loads(line) for line in archive.read("registers.ndjson").decode().splitlines()]
    assert manifest["format_version"] == 2
    assert manifest["min_reader_version"] == 2
    assert [sorted(line) for line in lines] == [["c", "e", "f", "r", "t"]]
    columns = lines[0]
    assert len(columns["t"]) == manifest["registers"] == len(Territory.SYNC_FIELDS) + len(StageEvent.SYNC_FIELDS)
    assert {len(column) for column in columns.values()} == {manifest["registers"]}
    name_index = next(index for index, field in enumerate(columns["f"]) if field == "name")
    assert columns["t"][name_index] == "territory"
    assert columns["e"][name_index][0][4] == "Le Teil"
    assert all(isinstance(context, dict) for context in columns["c"])


def test_export_splits_long_lines(anne, bruno, tmp_path, monkeypatch):
    import tzcld_desktop.sync.exchange as exchange

    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    anne.edit("Le Teil", notes="Réunion publique prévue. " * 60)
    monkeypatch.setattr(exchange, "MAX_NDJSON_LINE_LENGTH", 2_000)
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)
    with zipfile.ZipFile(path) as archive:
        lines = archive.read("registers.ndjson").splitlines()
    assert len(lines) > 1
    assert max(map(len, lines)) <= 2_000
    monkeypatch.undo()
    import_data(bruno.store, path)
    assert bruno.territory("Le Teil").notes == "Réunion publique prévue. " * 60


def test_export_escapes_hand_edited_ids(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    odd_id = 'Le "Teil" \\ copie'
    connection = sqlite3.connect(anne.store.db_path)
    with connection:
        connection.execute("UPDATE sync_register SET record_id = ? WHERE rowid = (SELECT min(rowid) FROM sync_register)",
                           (odd_id,))
    connection.close()
    path = tmp_path / "tout.tzsync"
    export_data(anne.store, path)
    with zipfile.ZipFile(path) as archive:
        batches = [json.loads(line) for line in archive.read("registers.ndjson").decode().splitlines()]
    assert batches[0]["r"][0] == odd_id
    assert {len(column) for column in batches[0].values()} == {len(batches[0]["t"])}
    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, path)
    assert "identifiant d'élément invalide" in raised.value.message()


def test_export_register_longer_than_a_line_rejected(anne, tmp_path, monkeypatch):
    import tzcld_desktop.sync.exchange as exchange

    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    anne.edit("Le Teil", notes="Réunion publique prévue. " * 200)
    monkeypatch.setattr(exchange, "MAX_NDJSON_LINE_LENGTH", 2_000)
    path = tmp_path / "tout.tzsync"
    with pytest.raises(ExchangeFileError) as raised:
        export_data(anne.store, path)
    assert "dépasse la taille maximale d'une ligne" in raised.value.message()
    assert not path.exists()


MALFORMED_BATCHES = {
    "table_missing": (lambda batch: batch.pop("t"), "clés inattendues"),
    "record_id_missing": (lambda batch: batch.pop("r"), "clés inattendues"),
    "extra_key": (lambda batch: batch.update(x=[]), "clés inattendues"),
    "column_not_a_list": (lambda batch: batch.update(t="territory"), "colonne qui n'est pas une liste"),
    "columns_of_different_lengths": (lambda batch: batch["f"].pop(), "longueurs différentes"),
    "empty_columns": (lambda batch: [column.clear() for column in batch.values()], "colonnes vides"),
    "table_not_a_string": (lambda batch: batch["t"].__setitem__(0, 7), "table inconnue"),
    "record_id_not_a_string": (lambda batch: batch["r"].__setitem__(0, 7), "identifiant d'élément invalide"),
    "record_id_not_a_uuid": (lambda batch: batch["r"].__setitem__(0, "Le Teil"), "identifiant d'élément invalide"),
    "record_id_a_list": (lambda batch: batch["r"].__setitem__(0, ["Le Teil"]), "identifiant d'élément invalide"),
    "table_a_list": (lambda batch: batch["t"].__setitem__(0, ["territory"]), "table inconnue"),
    "unknown_field": (lambda batch: batch["f"].__setitem__(0, "champ_inconnu"), "champ inconnu"),
    "field_not_a_string": (lambda batch: batch["f"].__setitem__(0, ["name"]), "champ inconnu"),
    "context_not_an_object": (lambda batch: batch["c"].__setitem__(0, [["x", 1]]), "contexte de synchronisation"),
    "context_missing_entry_dot": (lambda batch: batch["c"].__setitem__(0, {}), "absente du contexte"),
    "entries_not_a_list": (lambda batch: batch["e"].__setitem__(0, "Le Teil"), "valeurs manquantes"),
    "entry_stamp_not_an_integer": (lambda batch: batch["e"][0][0].__setitem__(2, "hier"), "horodatage invalide"),
}


@pytest.mark.parametrize("kind", sorted(MALFORMED_BATCHES))
def test_malformed_batch_rejected_database_unchanged(anne, bruno, tmp_path, kind):
    change, problem = MALFORMED_BATCHES[kind]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    bad = tmp_path / f"{kind}.tzsync"
    _rewrite(good, bad, member_change=_first_line_changed(change))
    message = rejected_import(bruno, bad).message()
    assert problem in message
    assert "ligne 1 des données" in message
    assert bruno.territories() == {}


def test_fifty_megabyte_field_rejected(anne, bruno, tmp_path):
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    bad = tmp_path / "enorme.tzsync"
    _rewrite(good, bad, member_change=_first_line_changed(lambda r: r["e"][0][0].__setitem__(4, "x" * 50_000_000)))
    message = rejected_import(bruno, bad).message()
    assert "trop longue" in message or "dépasse" in message


def test_large_export_split_into_members(anne, bruno, tmp_path, monkeypatch):
    import tzcld_desktop.sync.exchange as exchange

    monkeypatch.setattr(exchange, "REGISTERS_PER_MEMBER", 5)
    for name in ("Le Teil", "Échirolles-Ouest", "Villeurbanne – Les Brosses"):
        anne.services.create_territory(TerritoryInput(name, Stage.EMERGING, "07"))
    path = tmp_path / "gros.tzsync"
    export_data(anne.store, path)
    with zipfile.ZipFile(path) as archive:
        names = [name for name in archive.namelist() if name.startswith("registers")]
    assert names[0] == "registers.ndjson"
    registers = 3 * (len(Territory.SYNC_FIELDS) + len(StageEvent.SYNC_FIELDS))  # territory, first step
    assert len(names) == math.ceil(registers / 5)
    report = import_data(bruno.store, path)
    assert report.counts_by_table["territory"] == 3
    assert set(bruno.territories()) == {"Le Teil", "Échirolles-Ouest", "Villeurbanne – Les Brosses"}
