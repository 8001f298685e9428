"""Headless commands, run as a script of the national team would run them."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile

import pypdf

from tzcld_desktop import __version__
from tzcld_desktop.resources import resource_path

REAL_LIST = str(resource_path("data", "territoires_habilites.csv"))


def run(*arguments, env=None):
    """Run the installed entry point in a child process; return the completed process."""
    environment = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "tzcld_desktop", *arguments],
        capture_output=True, text=True, env=environment, timeout=120,
    )


def listed(data_dir):
    result = run("--data-dir", str(data_dir), "list-territories", "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"TZCLD Desktop {__version__}"


def test_import_then_list(tmp_path):
    result = run("--data-dir", str(tmp_path), "import-territories", REAL_LIST)
    assert result.returncode == 0, result.stderr
    assert "73 lignes lues : 73 territoires créés" in result.stdout
    rows = listed(tmp_path)
    assert len(rows) == 73
    assert list(rows[0]) == ["id", "nom", "departement", "region", "etape", "date_habilitation"]
    echirolles = next(row for row in rows if row["nom"] == "Échirolles-Ouest")
    assert echirolles["departement"] == "38"
    assert echirolles["region"] == "Auvergne-Rhône-Alpes"
    assert echirolles["etape"] == "Territoire habilité"


def test_data_dir_from_environment(tmp_path):
    folder = tmp_path / "cle-usb"
    result = run("import-territories", REAL_LIST, env={"TZCLD_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "tzcld.sqlite3").exists()
    assert len(listed(folder)) == 73


def test_export_import_between_folders(tmp_path):
    anne, bruno = tmp_path / "anne", tmp_path / "bruno"
    run("--data-dir", str(anne), "import-territories", REAL_LIST)
    exchange = tmp_path / "anne.tzsync"
    result = run("--data-dir", str(anne), "export-data", str(exchange))
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(exchange)
    result = run("--data-dir", str(bruno), "import-data", str(exchange))
    assert result.returncode == 0, result.stderr
    assert "146 nouveaux éléments" in result.stdout
    assert {row["id"] for row in listed(bruno)} == {row["id"] for row in listed(anne)}


def test_bad_exchange_file_fails_cleanly(tmp_path):
    bogus = tmp_path / "faux.tzsync"
    bogus.write_text("pas une archive", encoding="utf-8")
    result = run("--data-dir", str(tmp_path / "donnees"), "import-data", str(bogus))
    assert result.returncode == 1
    assert "n'est pas un fichier d'échange" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_csv_fails_cleanly(tmp_path):
    result = run("--data-dir", str(tmp_path), "import-territories", str(tmp_path / "absent.csv"))
    assert result.returncode == 1
    assert result.stderr.strip()
    assert "Traceback" not in result.stderr


def test_pdf_territory(tmp_path):
    run("--data-dir", str(tmp_path), "import-territories", REAL_LIST)
    teil = next(row for row in listed(tmp_path) if row["nom"] == "Le Teil")
    output = tmp_path / "le-teil.pdf"
    result = run("--data-dir", str(tmp_path), "pdf", "territory", teil["id"], str(output))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(output).pages)
    assert "Le Teil" in text
    assert "Auvergne-Rhône-Alpes" in text


def test_pdf_unknown_id_fails_cleanly(tmp_path):
    result = run("--data-dir", str(tmp_path), "pdf", "meeting", "00000000-0000-4000-8000-000000000000",
                 str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "Élément introuvable" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_dry_run_then_import(tmp_path):
    anne, bruno = tmp_path / "anne", tmp_path / "bruno"
    run("--data-dir", str(anne), "import-territories", REAL_LIST)
    exchange = tmp_path / "anne.tzsync"
    run("--data-dir", str(anne), "export-data", str(exchange))
    preview = run("--data-dir", str(bruno), "import-data", str(exchange), "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "Aperçu" in preview.stdout
    assert "146 nouveaux éléments" in preview.stdout
    assert listed(bruno) == []


def test_sync_folder_and_peers(tmp_path):
    anne, bruno, cloud = tmp_path / "anne", tmp_path / "bruno", tmp_path / "partage"
    cloud.mkdir()
    run("--data-dir", str(anne), "import-territories", REAL_LIST)
    assert run("--data-dir", str(anne), "sync-folder", str(cloud)).returncode == 0
    [anne_folder] = [path.name for path in cloud.iterdir()]
    result = run("--data-dir", str(bruno), "sync-folder", str(cloud))
    assert result.returncode == 0, result.stderr
    assert "1 fichier importé" in result.stdout
    assert len(listed(bruno)) == 73
    peers = run("--data-dir", str(bruno), "peers")
    assert [line.split("\t")[0] for line in peers.stdout.splitlines()] == [anne_folder.removeprefix("tzcld-")]


def test_export_for_unknown_peer_fails(tmp_path):
    result = run("--data-dir", str(tmp_path), "export-data", str(tmp_path / "x.tzsync"), "--for", "Personne")
    assert result.returncode == 1
    assert "Collègue inconnu" in result.stderr
    assert not (tmp_path / "x.tzsync").exists()


def test_conflicts_empty_then_csv(tmp_path):
    result = run("--data-dir", str(tmp_path), "conflicts")
    assert result.returncode == 0
    assert "Aucun conflit" in result.stdout
    result = run("--data-dir", str(tmp_path), "conflicts", "--format", "csv")
    assert result.stdout.splitlines() == ["table,id,element,champ,valeur,auteur,date,affichee"]


def test_profile_then_list_meetings(tmp_path):
    result = run("--data-dir", str(tmp_path), "profile", "--name", "Anne Durand", "--regions", "84,11")
    assert result.returncode == 0, result.stderr
    assert "Profil enregistré" in result.stdout
    result = run("--data-dir", str(tmp_path), "list-meetings")
    assert result.returncode == 0
    assert result.stdout == ""


def test_profile_unknown_region_fails(tmp_path):
    result = run("--data-dir", str(tmp_path), "profile", "--name", "Anne", "--regions", "99")
    assert result.returncode == 1
    assert "Région inconnue" in result.stderr


def test_usage_error_in_french():
    result = run("commande-inexistante")
    assert result.returncode == 2
    assert "erreur dans la commande" in result.stderr
    assert "--help" in result.stderr


def test_meeting_listed_and_printed(tmp_path):
    from datetime import date

    from tzcld_desktop.db.services import Services
    from tzcld_desktop.db.store import open_store
    from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
    from tzcld_desktop.domain.stages import Stage

    store = open_store(tmp_path)
    services = Services(store)
    services.save_profile("Anne Durand", ["84"])
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Drôme-Ardèche", "84"))
    meeting = services.save_meeting(None, MeetingInput(cluster, date(2026, 3, 3), "Réunion de grappe",
                                                       "Mairie du Teil", territory_ids=[teil]))
    store.close()
    result = run("--data-dir", str(tmp_path), "list-meetings")
    assert result.stdout.split("\t")[:3] == [meeting, "2026-03-03", "Grappe Drôme-Ardèche"]
    output = tmp_path / "reunion.pdf"
    assert run("--data-dir", str(tmp_path), "pdf", "meeting", meeting, str(output)).returncode == 0
    text = "".join(page.extract_text() for page in pypdf.PdfReader(output).pages)
    assert "Grappe Drôme-Ardèche" in text
    assert "mardi 3 mars 2026" in text


def _seeded_data_dir(tmp_path):
    """Return a data folder holding the region of ``report_fixtures`` and its meeting id."""
    from report_fixtures import seed_region

    from tzcld_desktop.db.services import Services
    from tzcld_desktop.db.store import open_store

    data_dir = tmp_path / "donnees"
    store = open_store(data_dir)
    try:
        seeded = seed_region(Services(store))
    finally:
        store.close()
    return data_dir, seeded


def _text(path):
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def test_pdf_minutes_summary_pack(tmp_path):
    data_dir, seeded = _seeded_data_dir(tmp_path)
    base = ("--data-dir", str(data_dir), "pdf")

    result = run(*base, "minutes", seeded.meeting_id, str(tmp_path / "cr.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Compte rendu — Grappe de printemps" in _text(tmp_path / "cr.pdf")

    result = run(*base, "summary", "--region", "84", "--date", "2026-03-01", "--group", "departement",
                 str(tmp_path / "synthese.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Situation au dimanche 1er mars 2026" in _text(tmp_path / "synthese.pdf")
    assert "page(s)" in result.stdout

    result = run(*base, "pack", seeded.meeting_id, str(tmp_path / "dossier.pdf"))
    assert result.returncode == 0, result.stderr
    assert len(pypdf.PdfReader(tmp_path / "dossier.pdf").outline) >= 3


def test_pdf_personal_data_option(tmp_path):
    data_dir, seeded = _seeded_data_dir(tmp_path)
    territory = seeded.territories["echirolles"]
    base = ("--data-dir", str(data_dir), "pdf", "territory", territory)

    assert run(*base, str(tmp_path / "sans.pdf")).returncode == 0
    assert run(*base, str(tmp_path / "avec.pdf"), "--with-personal-data").returncode == 0
    assert "samir.haddad@example.fr" not in _text(tmp_path / "sans.pdf")
    assert "samir.haddad@example.fr" in _text(tmp_path / "avec.pdf")


def test_pdf_batch_folder_and_one_file(tmp_path):
    data_dir, _seeded = _seeded_data_dir(tmp_path)
    folder = tmp_path / "fiches"
    folder.mkdir()

    result = run("--data-dir", str(data_dir), "pdf", "batch", "--region", "84", str(folder))
    assert result.returncode == 0, result.stderr
    assert len(list(folder.glob("fiche-*.pdf"))) == 3
    assert "3 fichier(s)" in result.stdout

    result = run("--data-dir", str(data_dir), "pdf", "batch", "--region", "84", "--one-file",
                 str(tmp_path / "toutes.pdf"))
    assert result.returncode == 0, result.stderr
    assert len(pypdf.PdfReader(tmp_path / "toutes.pdf").outline) == 3


def test_pdf_regional_errors_in_french(tmp_path):
    data_dir, _seeded = _seeded_data_dir(tmp_path)

    result = run("--data-dir", str(data_dir), "pdf", "summary", "--region", "99", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "Région inconnue : « 99 »" in result.stderr

    result = run("--data-dir", str(data_dir), "pdf", "batch", "--region", "84", str(tmp_path / "absent"))
    assert result.returncode == 1
    assert "n'existe pas" in result.stderr

    result = run("--data-dir", str(data_dir), "pdf", "summary", "--region", "84", "--date", "03/2026",
                 str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "date invalide" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
