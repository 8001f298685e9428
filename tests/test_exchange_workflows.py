"""Incremental files, preview, undo, shared folder and conflicts between copies."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from tzcld_desktop.db import conflicts
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync import folder as shared
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.sync.undo import last_undoable_import, undo_last_import

from test_exchange import Copy, send


@pytest.fixture
def copies(tmp_path):
    made = {name: Copy(tmp_path / name, person) for name, person in
            (("anne", "Anne Durand"), ("bruno", "Bruno Petit"), ("nadia", "Nadia Roux"))}
    yield made
    for copy in made.values():
        copy.store.close()


def registers_in(path):
    """Return the registers of an exchange file of format 2, one dict per register as in format 1."""
    with zipfile.ZipFile(path) as archive:
        batches = [json.loads(line) for line in archive.read("registers.ndjson").decode().splitlines()]
    return [
        dict(zip("trfec", values, strict=True))
        for batch in batches
        for values in zip(batch["t"], batch["r"], batch["f"], batch["e"], batch["c"], strict=True)
    ]


def test_export_for_peer_sends_only_news(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    for name in ("Le Teil", "Échirolles-Ouest", "Villeurbanne – Les Brosses"):
        anne.services.create_territory(TerritoryInput(name, Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path, "complet.tzsync")
    send(bruno, anne, tmp_path, "accuse.tzsync")  # tells Anne what Bruno knows
    anne.edit("Le Teil", notes="Rencontre avec le maire")
    path = tmp_path / "pour-bruno.tzsync"
    export_data(anne.store, path, for_peer=bruno.store.replica_id())
    sent = registers_in(path)
    assert [(line["t"], line["f"]) for line in sent] == [("territory", "notes")]
    import_data(bruno.store, path)
    assert bruno.territory("Le Teil").notes == "Rencontre avec le maire"


def test_lost_incremental_file_heals(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path, "complet.tzsync")
    send(bruno, anne, tmp_path, "accuse.tzsync")
    anne.edit("Le Teil", notes="Première note")
    export_data(anne.store, tmp_path / "perdu.tzsync", for_peer=bruno.store.replica_id())  # never delivered
    anne.edit("Le Teil", communes="Le Teil, Alba-la-Romaine")
    path = tmp_path / "suivant.tzsync"
    export_data(anne.store, path, for_peer=bruno.store.replica_id())
    import_data(bruno.store, path)
    territory = bruno.territory("Le Teil")
    assert territory.notes == "Première note"
    assert territory.communes == "Le Teil, Alba-la-Romaine"


def test_misdelivered_incremental_file_is_harmless(copies, tmp_path):
    anne, bruno, nadia = copies["anne"], copies["bruno"], copies["nadia"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path, "complet.tzsync")
    send(bruno, anne, tmp_path, "accuse.tzsync")
    anne.edit("Le Teil", notes="Pour Bruno")
    path = tmp_path / "pour-bruno.tzsync"
    export_data(anne.store, path, for_peer=bruno.store.replica_id())
    import_data(nadia.store, path)  # Nadia never had the territory's other fields
    assert nadia.territories() == {}  # a record known only by one field stays hidden
    # Nadia must not believe she knows everything Anne knows: a full file from Anne
    # later still brings the rest.
    send(anne, nadia, tmp_path, "complet-nadia.tzsync")
    assert nadia.territory("Le Teil").name == "Le Teil"
    assert nadia.territory("Le Teil").stage == "emergent"


def test_dry_run_changes_nothing(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    path = tmp_path / "anne.tzsync"
    export_data(anne.store, path)
    bruno.store.engine.dispose()
    before = bruno.store.db_path.read_bytes()
    preview = import_data(bruno.store, path, dry_run=True)
    bruno.store.engine.dispose()
    assert preview.created == 2  # the territory and the first step of its history
    assert "Aperçu" in preview.summary_text()
    assert bruno.store.db_path.read_bytes() == before
    assert bruno.territories() == {}


def test_undo_last_import(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    bruno.services.create_territory(TerritoryInput("Échirolles-Ouest", Stage.HABILITATED, "38"))
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    before_id = bruno.store.replica_id()
    send(anne, bruno, tmp_path)
    assert set(bruno.territories()) == {"Le Teil", "Échirolles-Ouest"}
    assert last_undoable_import(bruno.store).peer_person == "Anne Durand"
    undo_last_import(bruno.store)
    assert set(bruno.territories()) == {"Échirolles-Ouest"}
    assert bruno.store.replica_id() != before_id
    # The undone file can be imported again later.
    send(anne, bruno, tmp_path, "encore.tzsync")
    assert set(bruno.territories()) == {"Le Teil", "Échirolles-Ouest"}


def test_undo_refused_after_local_edit(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    bruno.edit("Le Teil", notes="Modifié après l'import")
    assert last_undoable_import(bruno.store) is None
    with pytest.raises(UserError) as raised:
        undo_last_import(bruno.store)
    assert "Aucun import ne peut être annulé" in raised.value.message()
    assert bruno.territory("Le Teil").notes == "Modifié après l'import"


def test_shared_folder_keeps_copies_in_step(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    cloud = tmp_path / "Nextcloud" / "TZCLD"
    cloud.mkdir(parents=True)
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    shared.sync_folder(anne.store, cloud)
    report = shared.sync_folder(bruno.store, cloud)
    assert len(report.imported) == 1
    assert "Le Teil" in bruno.territories()
    # Each copy wrote only into its own sub-folder.
    assert sorted(p.name for p in cloud.iterdir()) == sorted(
        f"tzcld-{copy.store.replica_id()}" for copy in (anne, bruno)
    )
    again = shared.sync_folder(bruno.store, cloud)
    assert (len(again.imported), again.skipped) == (0, 1)


def test_shared_folder_imports_conflicted_copy(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    cloud = tmp_path / "partage"
    cloud.mkdir()
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    report = shared.sync_folder(anne.store, cloud)
    conflicted = report.written.with_name("etat (conflicted copy 2026-12-01).tzsync")
    shutil.copy2(report.written, conflicted)
    anne.services.create_territory(TerritoryInput("Le Port", Stage.HABILITATED, "974"))
    shared.sync_folder(anne.store, cloud)
    result = shared.sync_folder(bruno.store, cloud)
    assert len(result.imported) == 2
    assert {"Le Teil", "Le Port"} <= set(bruno.territories())


def test_shared_folder_rejects_bad_file_but_goes_on(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    cloud = tmp_path / "partage"
    cloud.mkdir()
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    report = shared.sync_folder(anne.store, cloud)
    (report.written.parent / "abime.tzsync").write_bytes(b"PK\x03\x04 tronque")
    result = shared.sync_folder(bruno.store, cloud)
    assert len(result.imported) == 1
    assert [path.name for path, _reason in result.rejected] == ["abime.tzsync"]


def test_missing_shared_folder_message(copies, tmp_path):
    with pytest.raises(UserError) as raised:
        shared.sync_folder(copies["anne"].store, tmp_path / "absent")
    assert "introuvable" in raised.value.message()


def test_conflict_listed_and_resolution_travels(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    anne.edit("Le Teil", notes="Version d'Anne")
    bruno.edit("Le Teil", notes="Version de Bruno")
    send(bruno, anne, tmp_path, "b.tzsync")
    with anne.store.session() as session:
        found = conflicts.list_conflicts(session)
    assert [(c.record_label, c.field) for c in found] == [("Le Teil", "notes")]
    assert {(v.value, v.author) for v in found[0].values} == {
        ("Version d'Anne", "Anne Durand"), ("Version de Bruno", "Bruno Petit")}
    shown = next(v.value for v in found[0].values if v.shown)
    # Keeping the value already shown is still a decision that must travel.
    conflicts.resolve_conflict(anne.store, "territory", found[0].record_id, "notes", shown)
    assert not anne.territory("Le Teil").has_conflict
    send(anne, bruno, tmp_path, "a.tzsync")
    assert not bruno.territory("Le Teil").has_conflict
    assert bruno.territory("Le Teil").notes == shown
    with bruno.store.session() as session:
        assert conflicts.list_conflicts(session) == []


def test_review_after_concurrent_delete(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    bruno.services.delete_territory(bruno.territory("Le Teil").id)
    anne.edit("Le Teil", notes="Nouvelle réunion du CLE")
    send(bruno, anne, tmp_path, "b.tzsync")
    with anne.store.session() as session:
        reviews = conflicts.list_reviews(session)
    assert [review.record_label for review in reviews] == ["Le Teil"]
    conflicts.settle_review(anne.store, "territory", reviews[0].record_id, keep=False)
    assert "Le Teil" not in anne.territories()
    send(anne, bruno, tmp_path, "a.tzsync")
    assert "Le Teil" not in bruno.territories()
    with bruno.store.session() as session:
        assert conflicts.list_reviews(session) == []


def test_peers_recorded_with_names(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    send(anne, bruno, tmp_path)
    from tzcld_desktop.sync.peers import list_peers

    with bruno.store.session() as session:
        peers = list_peers(session)
    assert [(peer.replica_id, peer.person) for peer in peers] == [(anne.store.replica_id(), "Anne Durand")]


def test_undo_keeps_exchange_log(copies, tmp_path):
    from tzcld_desktop.db.exchange_log import list_exchange_log

    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    undo_last_import(bruno.store)
    with bruno.store.session() as session:
        directions = [entry.direction for entry in list_exchange_log(session)]
    assert directions[:2] == ["undo", "import"]


def test_conflict_resolution_rejects_empty_name(copies, tmp_path):
    from tzcld_desktop.domain.errors import ValidationError

    anne = copies["anne"]
    territory_id = anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(anne.store, "territory", territory_id, "name", "   ")
    assert anne.territory("Le Teil").name == "Le Teil"


def test_undo_only_once(copies, tmp_path):
    anne, bruno = copies["anne"], copies["bruno"]
    anne.services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    send(anne, bruno, tmp_path)
    undo_last_import(bruno.store)
    assert last_undoable_import(bruno.store) is None
