"""Entry point: the window with no command, headless commands otherwise.

Messages are French; errors go to standard error with exit status 1, usage errors
with status 2 (argparse).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import date
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

    commands.add_parser("list-contacts", help="lister les contacts (identifiant, nom, rôle, organisation, territoire)")

    command = commands.add_parser(
        "personal-data", help="remettre ou effacer les données d'une personne (RGPD, articles 15 et 17)"
    )
    command.add_argument("action", choices=("export", "erase"), metavar="export|erase")
    command.add_argument("contact_id", metavar="ID_CONTACT", help="voir la commande list-contacts")
    command.add_argument("output", type=Path, nargs="?", metavar="SORTIE.json",
                         help="fichier JSON à écrire (pour export)")
    command.add_argument("--yes", action="store_true", help="confirmer l'effacement, qui ne peut pas être annulé")

    _add_pdf_parser(commands)
    return parser


def _add_pdf_parser(commands) -> None:
    command = commands.add_parser("pdf", help="produire un document PDF")
    documents = command.add_subparsers(dest="kind", metavar="DOCUMENT", parser_class=FrenchArgumentParser,
                                       title="documents", required=True)
    for name, help_text in (
        ("territory", "fiche d'un territoire"),
        ("meeting", "document de réunion, à distribuer avant la réunion"),
        ("minutes", "compte rendu d'une réunion"),
        ("pack", "dossier de réunion : document de réunion, fiches des territoires présents et synthèse "
                 "régionale, avec sommaire"),
    ):
        document = documents.add_parser(name, help=help_text)
        document.add_argument("record_id", metavar="ID", help="identifiant du territoire ou de la réunion "
                              "(voir list-territories et list-meetings)")
        document.add_argument("output", type=Path, metavar="SORTIE.pdf")
        if name != "minutes":
            _add_personal_option(document)

    document = documents.add_parser("summary", help="synthèse d'une ou plusieurs régions à une date")
    document.add_argument("--region", required=True, metavar="CODES",
                          help="codes INSEE des régions, séparés par des virgules (ex. : 84,11)")
    document.add_argument("--date", type=_iso_date, metavar="AAAA-MM-JJ",
                          help="date de la situation (par défaut : aujourd'hui)")
    document.add_argument("--group", choices=("stage", "departement"), default="stage",
                          help="regrouper les territoires par étape (stage, par défaut) ou par département")
    document.add_argument("output", type=Path, metavar="SORTIE.pdf")

    document = documents.add_parser("batch", help="fiches de tous les territoires d'une région")
    document.add_argument("--region", required=True, metavar="CODE", help="code INSEE de la région (ex. : 84)")
    document.add_argument("output", type=Path, metavar="DOSSIER",
                          help="dossier qui reçoit une fiche par territoire, ou fichier PDF avec --one-file")
    document.add_argument("--one-file", action="store_true",
                          help="écrire toutes les fiches dans un seul fichier PDF au lieu d'un fichier par territoire")
    _add_personal_option(document)


def _add_personal_option(parser) -> None:
    parser.add_argument("--with-personal-data", action="store_true",
                        help="inclure les téléphones et adresses électroniques des contacts (données personnelles, "
                        "exclues par défaut)")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"date invalide : « {text} » (format attendu : AAAA-MM-JJ)") from error


def _open(data_dir: Path | None):
    from tzcld_desktop.db.store import open_store
    from tzcld_desktop.locations import default_data_dir

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


def _pdf(store, arguments: argparse.Namespace) -> str:
    """Write the requested PDF and return the line that reports it."""
    from tzcld_desktop.reports.documents import DocumentKind, DocumentRequest, write_document
    from tzcld_desktop.reports.regional_summary import Grouping

    kind = DocumentKind(arguments.kind)
    codes = tuple(code.strip() for code in getattr(arguments, "region", "").split(",") if code.strip())
    request = DocumentRequest(
        kind=kind,
        record_id=getattr(arguments, "record_id", None),
        region_codes=codes,
        at_date=getattr(arguments, "date", None),
        grouping=Grouping.DEPARTEMENT if getattr(arguments, "group", "stage") == "departement" else Grouping.STAGE,
        include_personal=getattr(arguments, "with_personal_data", False),
        one_file=getattr(arguments, "one_file", True),
    )
    output = arguments.output
    if kind is DocumentKind.BATCH:
        if len(codes) != 1:
            raise UserError("Indiquez une seule région après --region pour les fiches d'une région.")
        if not request.one_file and not output.is_dir():
            raise UserError(
                "Le dossier « {path} » n'existe pas. Créez-le, ou ajoutez --one-file pour écrire un seul "
                "fichier PDF.", path=str(output))
    written = write_document(store, request, output)
    if len(written.files) == 1:
        return f"{written.files[0]} : {written.pages} page(s)."
    return f"{output} : {len(written.files)} fichier(s), {written.pages} page(s)."


def _list_contacts(store) -> None:
    from sqlalchemy import select

    from tzcld_desktop.db.models import Contact, Territory
    from tzcld_desktop.domain.vocabulary import ContactRole

    with store.session() as session:
        rows = session.execute(
            select(Contact, Territory.name)
            .outerjoin(Territory, Territory.id == Contact.territory_id)
            .where(Contact.deleted.is_(False))
            .order_by(Contact.name_key)
        ).all()
    for contact, territory_name in rows:
        role = ContactRole.parse(contact.role)
        role_text = role.text() if role is not None else contact.role
        print("\t".join([contact.id, contact.name, role_text, contact.organisation, territory_name or ""]))


def _personal_data(store, arguments: argparse.Namespace) -> None:
    from tzcld_desktop.db import personal_data

    if arguments.action == "export":
        if arguments.output is None:
            raise UserError("Indiquez le fichier JSON à écrire après l'identifiant du contact.")
        with store.session() as session:
            personal_data.write_personal_data(session, arguments.contact_id, arguments.output)
        print(f"Données de la personne écrites dans {arguments.output}.")
        return
    if not arguments.yes:
        raise UserError(
            "L'effacement ne peut pas être annulé. Relancez la commande avec --yes pour confirmer."
        )
    from tzcld_desktop.db.erasure import erase_person_everywhere
    from tzcld_desktop.db.services import Services

    report = erase_person_everywhere(store, Services(store), arguments.contact_id)
    print(f"Données personnelles effacées de {report.records} élément(s) et de {len(report.cleaned_backups)} "
          "sauvegarde(s). L'effacement partira chez vos collègues avec votre prochain envoi.")
    for name in report.deleted_backups:
        print(f"La sauvegarde {name} ne pouvait pas être nettoyée : elle a été supprimée.")
    if not report.compacted:
        print("Le fichier de données n'a pas pu être réécrit (disque plein, ou fichier lu par un autre programme) : "
              "d'anciennes valeurs peuvent y rester dans l'espace libre. Relancez l'effacement plus tard.")
    if report.remaining_backups:
        raise UserError(
            "Ces sauvegardes contiennent encore les données effacées et n'ont pas pu être supprimées : {files}. "
            "Supprimez-les vous-même du dossier sauvegardes.",
            files=", ".join(report.remaining_backups),
        )


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
        elif arguments.command == "list-contacts":
            _list_contacts(store)
        elif arguments.command == "personal-data":
            _personal_data(store, arguments)
        elif arguments.command == "pdf":
            print(_pdf(store, arguments))
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    from tzcld_desktop.logging_setup import configure_logging

    configure_logging()
    if arguments.command is None:
        from tzcld_desktop.locations import default_data_dir
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
