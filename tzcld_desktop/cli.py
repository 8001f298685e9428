"""Entry point: the window with no command, headless commands otherwise.

Messages are French; errors go to standard error with exit status 1, usage errors
with status 2 (argparse).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from typing import NoReturn
from pathlib import Path

from tzcld_desktop import __version__
from tzcld_desktop.domain.errors import UserError


class FrenchArgumentParser(argparse.ArgumentParser):
    """An argument parser whose own messages (usage errors, help option) are French."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur dans la commande : {message}\n"
                     f"Tapez « {self.prog} --help » pour la liste des commandes et options.\n")


def _parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="tzcld-desktop",
        description="TZCLD Desktop : territoires, grappes, réunions, PDF et échanges par fichier. "
        "Sans commande, la fenêtre de l'application s'ouvre.",
    )
    parser.add_argument("--version", action="version", version=f"TZCLD Desktop {__version__}",
                        help="afficher la version et quitter")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DOSSIER",
        help="dossier de données à utiliser (par défaut : la variable TZCLD_DATA_DIR, "
        "sinon le dossier de données de l'utilisateur)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=FrenchArgumentParser,
                                     title="commandes")

    command = commands.add_parser("profile", help="enregistrer votre nom et les régions que vous suivez")
    command.add_argument("--name", required=True, metavar="NOM", help="votre nom, tel qu'il apparaîtra "
                         "dans les documents et chez vos collègues")
    command.add_argument("--regions", required=True, metavar="CODES",
                         help="codes INSEE des régions suivies, séparés par des virgules (ex. : 84,11)")

    command = commands.add_parser("import-territories", help="importer une liste de territoires (CSV)")
    command.add_argument("file", type=Path, metavar="FICHIER")

    command = commands.add_parser("list-territories", help="lister les territoires")
    command.add_argument("--format", choices=("table", "csv"), default="table", help="format de sortie")

    command = commands.add_parser("export-data", help="écrire un fichier d'échange avec toutes les données")
    command.add_argument("file", type=Path, metavar="FICHIER")
    command.add_argument(
        "--passphrase-file", type=Path, metavar="FICHIER_MOT_DE_PASSE",
        help="chiffrer le fichier d'échange avec le mot de passe écrit sur la première ligne "
        "de ce fichier (sans mot de passe, le fichier d'échange n'est pas chiffré)",
    )

    command.add_argument(
        "--for", dest="for_peer", metavar="COLLEGUE",
        help="n'écrire que ce que ce collègue ne vous a pas encore signalé connaître "
        "(son identifiant ou son nom, voir la commande peers)",
    )

    command = commands.add_parser("import-data", help="importer un fichier d'échange")
    command.add_argument("file", type=Path, metavar="FICHIER")
    command.add_argument(
        "--passphrase-file", type=Path, metavar="FICHIER_MOT_DE_PASSE",
        help="fichier dont la première ligne contient le mot de passe du fichier d'échange "
        "chiffré",
    )
    command.add_argument(
        "--dry-run", action="store_true",
        help="montrer ce que l'import changerait, sans rien enregistrer",
    )

    command = commands.add_parser("sync-folder", help="se synchroniser par un dossier partagé")
    command.add_argument("folder", type=Path, metavar="DOSSIER")
    command.add_argument(
        "--passphrase-file", type=Path, metavar="FICHIER_MOT_DE_PASSE",
        help="mot de passe des fichiers du dossier partagé (première ligne du fichier)",
    )

    command = commands.add_parser("conflicts", help="lister les conflits à régler")
    command.add_argument("--format", choices=("table", "csv"), default="table", help="format de sortie")

    commands.add_parser("peers", help="lister les collègues dont vous avez reçu des fichiers")

    commands.add_parser("list-meetings", help="lister les réunions (identifiant, date, grappe, titre, lieu)")

    command = commands.add_parser("pdf", help="produire un document PDF")
    command.add_argument("kind", choices=("territory", "meeting"), metavar="territory|meeting")
    command.add_argument("record_id", metavar="ID")
    command.add_argument("output", type=Path, metavar="SORTIE.pdf")
    return parser


def _open(data_dir: Path | None):
    from tzcld_desktop.db.store import default_data_dir, open_store

    return open_store(data_dir or default_data_dir())


def _list_territories(store, output_format: str) -> None:
    from tzcld_desktop.db import queries
    from tzcld_desktop.domain.errors import translate

    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    header = ["id", "nom", "departement", "region", "etape", "date_habilitation"]
    records = [
        [row.id, row.name, row.departement_code, row.region_name, translate("Stage", row.stage.label),
         row.habilitation_date.isoformat() if row.habilitation_date else row.habilitation_date_note]
        for row in rows
    ]
    if output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(records)
    else:
        for record in records:
            print("\t".join(record))


def _list_meetings(store) -> None:
    from tzcld_desktop.db import queries

    with store.session() as session:
        meetings = queries.list_meetings(session)
    for meeting in meetings:
        day = meeting.meeting_date.isoformat() if meeting.meeting_date else ""
        print("\t".join([meeting.id, day, meeting.cluster_name, meeting.title, meeting.place]))


def _pdf(store, kind: str, record_id: str, output: Path) -> int:
    from tzcld_desktop.reports import collect

    with store.session() as session:
        if kind == "territory":
            from tzcld_desktop.reports.territory_sheet import build_territory_sheet

            pages = build_territory_sheet(collect.territory_sheet_data(session, record_id), output)
        else:
            from tzcld_desktop.reports.handout import build_meeting_handout

            pages = build_meeting_handout(collect.meeting_handout_data(session, record_id), output)
    return pages


def _read_passphrase(path: Path | None) -> str | None:
    """Return the first line of ``path`` without its line ending, or None without a path."""
    if path is None:
        return None
    try:
        # utf-8-sig drops the byte order mark that some Windows editors write.
        with path.open(encoding="utf-8-sig", newline="") as file:
            line = file.readline()
    except FileNotFoundError as error:
        raise UserError(
            "Le fichier de mot de passe {path} est introuvable. Vérifiez le chemin indiqué "
            "après --passphrase-file.",
            path=str(path),
        ) from error
    except UnicodeDecodeError as error:
        raise UserError(
            "Le fichier de mot de passe {path} n'est pas du texte UTF-8. Enregistrez-le en "
            "UTF-8, puis réessayez.",
            path=str(path),
        ) from error
    except OSError as error:
        raise UserError(
            "La lecture du fichier de mot de passe {path} a échoué ({reason}). Vérifiez ce "
            "fichier et vos droits d'accès, puis réessayez.",
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    return line.removesuffix("\n").removesuffix("\r")


def _resolve_peer(store, wanted: str) -> str:
    """Return the replica id of the peer named by id or by (unique) person name."""
    from tzcld_desktop.domain.text import normalize
    from tzcld_desktop.sync.peers import list_peers

    with store.session() as session:
        peers = list_peers(session)
    matches = [peer for peer in peers if peer.replica_id == wanted]
    if not matches:
        names = {}
        for peer in peers:  # most recent first: keep each person's latest identity
            names.setdefault(normalize(peer.person), peer)
        match = names.get(normalize(wanted))
        matches = [match] if match else []
    if not matches:
        raise UserError(
            "Collègue inconnu : « {peer} ». Importez d'abord un fichier de ce collègue, "
            "ou utilisez la commande peers pour voir les noms connus.",
            peer=wanted,
        )
    return matches[0].replica_id


def _list_peers(store) -> None:
    from tzcld_desktop.sync.peers import list_peers

    with store.session() as session:
        for peer in list_peers(session):
            received = peer.last_received_at.isoformat(timespec="minutes") if peer.last_received_at else ""
            print("\t".join([peer.replica_id, peer.person, received]))


def _list_conflicts(store, output_format: str) -> None:
    from tzcld_desktop.db.conflicts import conflict_rows_for_export

    with store.session() as session:
        rows = conflict_rows_for_export(session)
    header = ["table", "id", "element", "champ", "valeur", "auteur", "date", "affichee"]
    if output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif not rows:
        print("Aucun conflit à régler.")
    else:
        for row in rows:
            print("\t".join(row[name] for name in header))


def _run_command(arguments: argparse.Namespace) -> None:
    # Read before opening the store, so that a bad passphrase file changes nothing.
    passphrase = _read_passphrase(getattr(arguments, "passphrase_file", None))
    store = _open(arguments.data_dir)
    try:
        if arguments.command == "import-territories":
            from tzcld_desktop.db.territory_import import import_territory_list

            print(import_territory_list(store, arguments.file).summary_text())
        elif arguments.command == "list-territories":
            _list_territories(store, arguments.format)
        elif arguments.command == "list-meetings":
            _list_meetings(store)
        elif arguments.command == "profile":
            from tzcld_desktop.db.services import Services

            codes = [code.strip() for code in arguments.regions.split(",") if code.strip()]
            Services(store).save_profile(arguments.name, codes)
            print(f"Profil enregistré : {arguments.name.strip()}, régions {', '.join(codes)}.")
        elif arguments.command == "export-data":
            from tzcld_desktop.sync.exchange import export_data

            peer = _resolve_peer(store, arguments.for_peer) if arguments.for_peer else None
            print(export_data(store, arguments.file, passphrase, for_peer=peer).summary_text())
        elif arguments.command == "import-data":
            from tzcld_desktop.sync.exchange import import_data

            report = import_data(store, arguments.file, passphrase, dry_run=arguments.dry_run)
            print(report.summary_text())
        elif arguments.command == "sync-folder":
            from tzcld_desktop.sync.folder import sync_folder

            print(sync_folder(store, arguments.folder, passphrase).summary_text())
        elif arguments.command == "conflicts":
            _list_conflicts(store, arguments.format)
        elif arguments.command == "peers":
            _list_peers(store)
        elif arguments.command == "pdf":
            pages = _pdf(store, arguments.kind, arguments.record_id, arguments.output)
            print(f"{arguments.output} : {pages} page(s).")
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    from tzcld_desktop.logging_setup import configure_logging

    configure_logging()
    if arguments.command is None:
        from tzcld_desktop.db.store import default_data_dir
        from tzcld_desktop.ui.app import run_gui

        return run_gui(arguments.data_dir or default_data_dir())
    try:
        _run_command(arguments)
    except UserError as error:
        print(error.message(), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
