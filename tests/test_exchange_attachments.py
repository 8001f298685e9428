"""Document files travelling in exchange files: carried, checked, stored, or refused whole."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile

import pytest
from sqlalchemy import select

from tzcld_desktop.db import blobs
from tzcld_desktop.db.models import Document
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import ExchangeFileError, StorageError
from tzcld_desktop.sync import container, exchange
from tzcld_desktop.sync.exchange import export_data, import_data

PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


class Copy:
    """One installation: a data folder, its store and services."""

    def __init__(self, folder, person):
        self.folder = folder
        self.store = open_store(folder)
        self.services = Services(self.store)
        self.services.save_profile(person, ["84"])

    def attach(self, tmp_path, name, content):
        source = tmp_path / name
        source.write_bytes(content)
        return self.services.attach_file(source, title=name)

    def document(self, document_id):
        with self.store.session() as session:
            return session.get(Document, document_id)

    def stored_files(self):
        folder = blobs.blob_dir(self.folder)
        return {path.name: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


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


def rewrite(source, target, change):
    """Copy an exchange file, letting ``change(manifest, members)`` alter it in place."""
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}
    change(manifest, members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)


def snapshot(copy):
    copy.store.engine.dispose()
    return copy.store.db_path.read_bytes(), copy.stored_files()


def test_file_bytes_identical_after_exchange(anne, bruno, tmp_path):
    document_id = anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    path = tmp_path / "echange.tzsync"
    export_report = export_data(anne.store, path)
    import_report = import_data(bruno.store, path)

    sha256 = hashlib.sha256(PDF_BYTES).hexdigest()
    with zipfile.ZipFile(path) as archive:
        listing = json.loads(archive.read("manifest.json"))["members"]
    assert listing[f"files/{sha256}"] == {"sha256": sha256, "size": len(PDF_BYTES)}
    assert export_report.files == 1
    assert import_report.files == 1
    assert import_report.files_missing == 0
    assert bruno.document(document_id).sha256 == sha256
    assert blobs.blob_path(bruno.folder, sha256).read_bytes() == PDF_BYTES


def test_tampered_file_rejected(anne, bruno, tmp_path):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    sha256 = hashlib.sha256(PDF_BYTES).hexdigest()
    bad = tmp_path / "modifie.tzsync"
    rewrite(good, bad, lambda manifest, members: members.__setitem__(f"files/{sha256}", PDF_BYTES[:-1] + b"X"))
    before = snapshot(bruno)

    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, bad)

    assert "empreinte SHA-256" in raised.value.message()
    assert snapshot(bruno) == before


def test_file_with_relisted_digest_rejected(anne, bruno, tmp_path):
    # The content and its manifest entry were both changed: the name no longer matches.
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    sha256 = hashlib.sha256(PDF_BYTES).hexdigest()
    forged = b"%PDF-1.4 autre contenu"

    def forge(manifest, members):
        members[f"files/{sha256}"] = forged
        manifest["members"][f"files/{sha256}"] = {"sha256": hashlib.sha256(forged).hexdigest(),
                                                   "size": len(forged)}

    bad = tmp_path / "falsifie.tzsync"
    rewrite(good, bad, forge)
    before = snapshot(bruno)
    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, bad)
    assert "contenu différent" in raised.value.message()
    assert snapshot(bruno) == before


@pytest.mark.parametrize("name", ["files/statuts.pdf", "files/" + "A" * 64, "files/" + "a" * 63,
                                  "files/" + "a" * 64 + "/x"])
def test_file_member_name_pattern_enforced(anne, bruno, tmp_path, name):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)

    def add(manifest, members):
        members[name] = PDF_BYTES
        manifest["members"][name] = {"sha256": hashlib.sha256(PDF_BYTES).hexdigest(), "size": len(PDF_BYTES)}

    bad = tmp_path / "nom.tzsync"
    rewrite(good, bad, add)
    before = snapshot(bruno)
    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, bad)
    assert "nom non autorisé" in raised.value.message()
    assert snapshot(bruno) == before


def test_oversized_file_rejected_before_reading(anne, bruno, tmp_path):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    good = tmp_path / "bon.tzsync"
    export_data(anne.store, good)
    sha256 = hashlib.sha256(PDF_BYTES).hexdigest()

    def inflate(manifest, members):
        # The manifest announces a file one byte over 50 MiB; the reader must stop there.
        manifest["members"][f"files/{sha256}"]["size"] = blobs.MAX_DOCUMENT_BYTES + 1

    bad = tmp_path / "enorme.tzsync"
    rewrite(good, bad, inflate)
    with pytest.raises(ExchangeFileError) as raised:
        import_data(bruno.store, bad)
    assert "50\u00a0Mio" in raised.value.message()
    assert "taille maximale d'un document" in raised.value.message()


def test_oversized_file_not_exported(anne, tmp_path, monkeypatch):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    monkeypatch.setattr(container, "MAX_FILE_MEMBER_SIZE", 1024)
    target = tmp_path / "echange.tzsync"
    with pytest.raises(ExchangeFileError) as raised:
        export_data(anne.store, target)
    assert "taille maximale d'un document" in raised.value.message()
    assert not target.exists()


def test_files_total_limit_on_export(anne, tmp_path, monkeypatch):
    anne.attach(tmp_path, "un.pdf", PDF_BYTES)
    anne.attach(tmp_path, "deux.pdf", PDF_BYTES + b"2")
    monkeypatch.setattr(container, "MAX_FILES_TOTAL_SIZE", len(PDF_BYTES) + 10)
    with pytest.raises(ExchangeFileError) as raised:
        export_data(anne.store, tmp_path / "echange.tzsync")
    assert "Exportez plutôt pour un référent précis" in raised.value.message()


def test_incremental_export_only_new_files(anne, bruno, tmp_path):
    anne.attach(tmp_path, "premier.pdf", PDF_BYTES)
    export_data(anne.store, tmp_path / "aller.tzsync")
    import_data(bruno.store, tmp_path / "aller.tzsync")
    export_data(bruno.store, tmp_path / "retour.tzsync")
    import_data(anne.store, tmp_path / "retour.tzsync")

    second = PDF_BYTES + b"version 2"
    anne.attach(tmp_path, "second.pdf", second)
    path = tmp_path / "increment.tzsync"
    export_data(anne.store, path, for_peer=bruno.store.replica_id())

    with zipfile.ZipFile(path) as archive:
        files = [name for name in archive.namelist() if name.startswith("files/")]
    assert files == [f"files/{hashlib.sha256(second).hexdigest()}"]
    import_data(bruno.store, path)
    assert blobs.blob_path(bruno.folder, hashlib.sha256(second).hexdigest()).read_bytes() == second


def test_encrypted_export_carries_file(anne, bruno, tmp_path):
    document_id = anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    path = tmp_path / "protege.tzsync"
    export_data(anne.store, path, passphrase="grappe drôme 2026")
    assert PDF_BYTES[:200] not in path.read_bytes()

    import_data(bruno.store, path, passphrase="grappe drôme 2026")
    sha256 = bruno.document(document_id).sha256
    assert blobs.blob_path(bruno.folder, sha256).read_bytes() == PDF_BYTES


def test_document_without_file_still_imported(anne, bruno, tmp_path):
    document_id = anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    sha256 = hashlib.sha256(PDF_BYTES).hexdigest()
    blobs.blob_path(anne.folder, sha256).unlink()  # The file was lost on the sender's side.
    path = tmp_path / "echange.tzsync"

    export_report = export_data(anne.store, path)
    import_report = import_data(bruno.store, path)

    assert export_report.files_missing == 1
    assert import_report.files_missing == 1
    assert "fichier manquant" in import_report.summary_text()
    assert bruno.document(document_id).title == "statuts-cle.pdf"
    assert not blobs.has_blob(bruno.folder, sha256)


def test_preview_writes_no_file(anne, bruno, tmp_path):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    path = tmp_path / "echange.tzsync"
    export_data(anne.store, path)

    report = import_data(bruno.store, path, dry_run=True)

    assert report.files == 1
    assert bruno.stored_files() == {}


def test_failed_import_removes_written_files(anne, bruno, tmp_path, monkeypatch):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    path = tmp_path / "echange.tzsync"
    export_data(anne.store, path)

    # Fails after the files are written, before the import commits.
    def broken_record_peer(*_arguments):
        raise RuntimeError("import interrupted")

    monkeypatch.setattr(exchange, "record_peer", broken_record_peer)
    with pytest.raises(RuntimeError):
        import_data(bruno.store, path)
    assert bruno.stored_files() == {}
    with bruno.store.session() as session:
        assert session.scalars(select(Document)).all() == []


def test_file_shared_by_two_documents_sent_once(anne, bruno, tmp_path):
    anne.attach(tmp_path, "statuts.pdf", PDF_BYTES)
    anne.attach(tmp_path, "copie-statuts.pdf", PDF_BYTES)
    path = tmp_path / "echange.tzsync"
    export_data(anne.store, path)
    with zipfile.ZipFile(path) as archive:
        assert len([name for name in archive.namelist() if name.startswith("files/")]) == 1
    import_data(bruno.store, path)
    assert list(bruno.stored_files().values()) == [PDF_BYTES]


def test_full_disk_while_storing_files(anne, bruno, tmp_path, monkeypatch):
    anne.attach(tmp_path, "statuts-cle.pdf", PDF_BYTES)
    anne.attach(tmp_path, "budget.pdf", PDF_BYTES + b"budget")
    path = tmp_path / "echange.tzsync"
    export_data(anne.store, path)
    before = snapshot(bruno)
    synced = []
    real_fsync, real_store_files = blobs.os.fsync, exchange._store_files

    def fsync(descriptor):
        # The first file is synced and renamed, then the disk is full.
        if synced:
            raise OSError(errno.ENOSPC, "No space left on device")
        synced.append(descriptor)
        real_fsync(descriptor)

    def store_files(*arguments):
        monkeypatch.setattr(blobs.os, "fsync", fsync)
        try:
            return real_store_files(*arguments)
        finally:
            monkeypatch.setattr(blobs.os, "fsync", real_fsync)

    monkeypatch.setattr(exchange, "_store_files", store_files)
    with pytest.raises(StorageError) as raised:
        import_data(bruno.store, path)

    assert synced
    assert "Libérez de la place sur le disque" in raised.value.message()
    assert snapshot(bruno) == before


def test_bytes_not_matching_hash_not_stored(tmp_path):
    good = hashlib.sha256(PDF_BYTES).hexdigest()
    other = hashlib.sha256(b"autre").hexdigest()

    with pytest.raises(ValueError):
        blobs.store_contents(tmp_path, {good: PDF_BYTES, other: b"autre contenu"})

    assert list(blobs.blob_dir(tmp_path).rglob("*")) == []
