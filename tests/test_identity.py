"""Each copy writes under its own identity, even when a data folder is copied."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.forms import TerritoryInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.sync.exchange import export_data, import_data


def test_copied_folder_gets_new_identity(tmp_path):
    original = open_store(tmp_path / "original")
    Services(original).save_profile("Anne", ["84"])
    original_id = original.replica_id()
    original.close()
    shutil.copytree(tmp_path / "original", tmp_path / "copie")

    copy = open_store(tmp_path / "copie")
    assert copy.replica_id() != original_id
    copy.close()
    reopened = open_store(tmp_path / "original")
    assert reopened.replica_id() == original_id
    reopened.close()


def test_copy_edits_do_not_collide(tmp_path):
    original = open_store(tmp_path / "original")
    services = Services(original)
    services.save_profile("Anne", ["84"])
    territory_id = services.create_territory(TerritoryInput("Le Teil", Stage.EMERGING, "07"))
    original.close()
    shutil.copytree(tmp_path / "original", tmp_path / "copie")

    original, copy = open_store(tmp_path / "original"), open_store(tmp_path / "copie")
    for store, notes in ((original, "Note de l'original"), (copy, "Note de la copie")):
        Services(store).update_territory(territory_id, TerritoryInput("Le Teil", Stage.EMERGING, "07", notes=notes))
    export_data(copy, tmp_path / "copie.tzsync")
    import_data(original, tmp_path / "copie.tzsync")
    with original.session() as session:
        territory = session.scalars(select(Territory)).one()
    # Without a new identity both edits would carry the same dot and one would vanish.
    assert territory.has_conflict
    original.close()
    copy.close()


def test_file_put_back_gets_new_identity(tmp_path):
    store = open_store(tmp_path / "donnees")
    first = store.replica_id()
    store.close()
    db_path = tmp_path / "donnees" / "tzcld.sqlite3"
    saved = tmp_path / "ancienne-copie.sqlite3"
    shutil.copy2(db_path, saved)
    # Copied while the original still exists, so the file put back has another inode.
    put_back = db_path.with_name("remis.sqlite3")
    shutil.copy2(saved, put_back)
    put_back.replace(db_path)
    store = open_store(tmp_path / "donnees")
    assert store.replica_id() != first
    store.close()
