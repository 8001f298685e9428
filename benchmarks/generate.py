"""Build the reference datasets as ready-to-open data folders, fast and always the same.

    python -m benchmarks.generate --dataset today [--force] [--check]

Writing through the services would take hours at the decade size, with one capture hook
and one transaction per record. So the generator creates an empty store with
``open_store``, then bulk-inserts the domain rows and their registers with
``sqlite3.executemany``: one ``sync_register`` row per synced field, and its dot in
``sync_dot``, in the form that ``tzcld_desktop.db.capture`` writes. Every register contains a single write by this
copy's replica, and the dots are numbered 1..N in the order of the records' creation
times. ``local_replica`` ends with ``counter = N`` and ``knowledge = {replica: [[1, N]]}``.

Datasets are cached under ``benchmarks/data/<name>/`` with a ``dataset.json`` that
lists the counts and the records that the scenarios open. ``--check`` exports the new
store with ``export_data``, imports the file into an empty store with ``import_data``
and compares the two stores row by row.

The "journal notes + actions" count of the datasets is split evenly between the two.
Every meeting gets an agenda of two to five items. Documents hold small text files,
written into the data folder's document store, and the document index is built
before the dataset is cached, as the application builds it at its first start.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks import names
from tzcld_desktop.domain.text import normalize

log = logging.getLogger("benchmarks.generate")

DATA_DIR = Path(__file__).resolve().parent / "data"
# Bump when the generated data changes, so cached datasets are rebuilt.
GENERATOR_VERSION = 2
DEFAULT_SEED = 20261204
# Dates of the generated data run from the first habilitations to this fixed day, so a
# seed builds the same dataset whatever day it runs (and no stamp is in the future).
FIRST_DAY = date(2016, 9, 1)
LAST_DAY = date(2026, 11, 30)
AUTHOR = "Claire Martin"
INSERT_BATCH = 20_000


@dataclass(frozen=True)
class DatasetSpec:
    """Counts of one dataset.

    ``stages`` maps each stage value to its number of territories. ``heavy_actions`` and
    ``heavy_notes`` are the actions and journal notes of the one territory that the
    scenarios open, counted in ``actions`` and ``notes``.
    """

    name: str
    stages: dict[str, int]
    clusters: int
    meetings: int
    actions: int
    heavy_actions: int
    notes: int
    heavy_notes: int
    contacts: int
    indicator_values: int
    documents: int
    seed: int = DEFAULT_SEED

    @property
    def territories(self) -> int:
        return sum(self.stages.values())


DATASETS = {
    # A smoke-test size: every kind of record, built in about a second.
    "tiny": DatasetSpec("tiny", {"habilite": 9, "candidature": 3, "emergent": 12, "interesse": 6},
                        clusters=2, meetings=10, actions=30, heavy_actions=10, notes=30, heavy_notes=10,
                        contacts=20, indicator_values=40, documents=6),
    # The national copy in 2026.
    "today": DatasetSpec("today", {"habilite": 90, "emergent": 150, "interesse": 60},
                         clusters=20, meetings=2_000, actions=10_000, heavy_actions=300, notes=10_000,
                         heavy_notes=300, contacts=2_000, indicator_values=5_000, documents=500),
    # Ten years ahead with everything kept. The split of stages is an estimate.
    "decade": DatasetSpec("decade", {"habilite": 1_500, "candidature": 500, "emergent": 2_000, "interesse": 1_000},
                          clusters=200, meetings=20_000, actions=100_000, heavy_actions=1_000, notes=100_000,
                          heavy_notes=1_000, contacts=20_000, indicator_values=50_000, documents=5_000),
}


# -- records ------------------------------------------------------------------------


@dataclass
class Record:
    """One synced record before it is written: its table, values and creation time (ms)."""

    table: str
    values: dict[str, object]
    created_ms: int


def _read_reference(file_name: str) -> list[dict[str, str]]:
    from tzcld_desktop.resources import resource_path

    with resource_path("data", file_name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _ms(day: date, rng: random.Random) -> int:
    """Return a time in milliseconds during working hours of ``day`` (UTC)."""
    moment = datetime(day.year, day.month, day.day, 8, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 10 * 3600))
    return int(moment.timestamp() * 1000)


def _random_day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


class _Builder:
    """Makes the records of one dataset from a seeded random generator."""

    def __init__(self, spec: DatasetSpec) -> None:
        from tzcld_desktop.db.models import derived_id
        from tzcld_desktop.db.reference import departement_id, region_id

        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.derived_id = derived_id
        self.departements = _read_reference("departements.csv")
        self.region_names = {row["code"]: row["nom"] for row in _read_reference("regions.csv")}
        self.departement_ids = {row["code"]: departement_id(row["code"]) for row in self.departements}
        self.region_ids = {code: region_id(code) for code in self.region_names}
        self.region_of = {row["code"]: row["region_code"] for row in self.departements}
        # Overseas départements get fewer projects. The other weights are drawn once per seed.
        self.weights = [0.4 if row["code"].startswith("97") else self.rng.uniform(0.5, 2.0)
                        for row in self.departements]
        self.records: list[Record] = []
        self.territories: list[dict[str, object]] = []
        self.clusters: list[dict[str, object]] = []
        self.meetings: list[dict[str, object]] = []
        self.attendance: dict[str, list[str]] = {}
        # Contents of the document files by SHA-256, written into the store's document folder.
        self.files: dict[str, bytes] = {}

    def _uuid(self) -> str:
        # uuid4 from the seeded generator, so ids repeat from one build to the next.
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self) -> dict[str, object]:
        self._territories()
        self._clusters()
        self._meetings()
        heavy = self._heavy_territory()
        self._actions(heavy)
        self._notes(heavy)
        self._agendas()
        self._contacts()
        self._indicator_values()
        self._documents()
        busiest = max(self.meetings, key=lambda meeting: len(self.attendance[meeting["id"]]))
        return {"heavy_territory_id": heavy["id"], "heavy_territory_name": heavy["name"],
                "busiest_meeting_id": busiest["id"]}

    # -- territories --------------------------------------------------------------------

    def _territories(self) -> None:
        from tzcld_desktop.domain.text import normalize
        from tzcld_desktop.domain.territory_list import parse_territory_list
        from tzcld_desktop.resources import resource_path

        rng = self.rng
        seen: set[str] = set()
        real = parse_territory_list(resource_path("data", "territoires_habilites.csv")).rows
        stages = [stage for stage, count in self.spec.stages.items() for _ in range(count)]
        for index, stage in enumerate(stages):
            source = ""
            if stage == "habilite" and index < len(real):
                row = real[index]
                name, communes, code = row.name, row.communes, row.departement_code
                habilitation, note, source = row.habilitation.value, row.habilitation.note, row.source
                # One real territory names only its region ("Corse (...)"), as the import allows.
                region = self.region_of[code] if code else self._region_code_by_name(row.region_name)
            else:
                code = rng.choices(self.departements, self.weights)[0]["code"]
                region = self.region_of[code]
                name, communes = names.territory_name(rng)
                habilitation, note = self._habilitation(stage)
            # The services derive the same id from the name and the place.
            key = self.derived_id("territory", normalize(name), code or region)
            while key in seen:
                name = f"{name} {rng.choice(names.DIRECTIONS)}"
                key = self.derived_id("territory", normalize(name), code or region)
            seen.add(key)
            values = {
                "id": key, "name": name, "name_key": normalize(name),
                "departement_id": self.departement_ids[code] if code else None, "region_id": self.region_ids[region],
                "cluster_id": None, "stage": stage, "habilitation_date": habilitation,
                "habilitation_date_note": note, "communes": communes,
                "notes": names.text(rng, rng.randint(0, 3)), "source": source or self._source(),
            }
            self.territories.append(values)
            started = habilitation or _random_day(rng)
            self.records.append(Record("territory", values, _ms(max(started - timedelta(days=120), FIRST_DAY), rng)))

    def _region_code_by_name(self, cell: str) -> str:
        from tzcld_desktop.domain.text import normalize

        key = normalize(cell)
        for code, region_name in self.region_names.items():
            if key.startswith(normalize(region_name)):
                return code
        raise ValueError(f"Region {cell!r} of resources/data/territoires_habilites.csv is not in regions.csv")

    def _habilitation(self, stage: str) -> tuple[date | None, str]:
        if stage != "habilite":
            return None, ""
        rng = self.rng
        day = _random_day(rng, date(2016, 11, 24))
        if rng.random() < 0.08:
            return None, f"~{day:%Y-%m} (même vague que {names.commune(rng)})"
        if rng.random() < 0.1:
            return day, f"{day.isoformat()} (arrêté ; publication au JO quelques jours après)"
        return day, ""

    def _source(self) -> str:
        rng = self.rng
        if rng.random() < 0.4:
            return ""
        return f"Compte rendu du comité local du {_random_day(rng):%d/%m/%Y}"

    # -- clusters -----------------------------------------------------------------------

    def _clusters(self) -> None:
        rng = self.rng
        by_region: dict[str, list[dict[str, object]]] = {}
        for territory in self.territories:
            by_region.setdefault(territory["region_id"], []).append(territory)
        regions = sorted(by_region, key=lambda region: -len(by_region[region]))
        departement_names = {self.departement_ids[row["code"]]: row["nom"] for row in self.departements}
        region_names = {self.region_ids[code]: name for code, name in self.region_names.items()}
        used: set[str] = set()
        clusters_by_region: dict[str, list[dict[str, object]]] = {}
        for index in range(self.spec.clusters):
            if index < len(regions):
                region = regions[index]
            else:
                region = rng.choices(regions, [len(by_region[r]) for r in regions])[0]
            sample = rng.choice(by_region[region])
            place = departement_names.get(sample["departement_id"]) or region_names[region]
            base = f"Grappe {place}"
            label = base if base not in used else f"{base} {rng.choice(names.DIRECTIONS)}"
            number = 2
            while label in used:
                label = f"{base} {number}"
                number += 1
            used.add(label)
            values = {
                "id": self._uuid(), "name": label, "region_id": region,
                "animator": f"{names.person(rng)} ({rng.choice(names.ORGANISATIONS)})\n{names.person(rng)}",
                "notes": names.text(rng, rng.randint(0, 2)),
            }
            self.clusters.append(values)
            clusters_by_region.setdefault(region, []).append(values)
            self.records.append(Record("cluster", values, _ms(_random_day(rng, date(2017, 1, 1)), rng)))
        for territory in self.territories:
            choices = clusters_by_region.get(territory["region_id"])
            if choices and rng.random() < 0.65:
                territory["cluster_id"] = rng.choice(choices)["id"]

    # -- meetings -----------------------------------------------------------------------

    def _meetings(self) -> None:
        rng = self.rng
        members: dict[str, list[str]] = {cluster["id"]: [] for cluster in self.clusters}
        by_region: dict[str, list[str]] = {}
        for territory in self.territories:
            if territory["cluster_id"]:
                members[territory["cluster_id"]].append(territory["id"])
            by_region.setdefault(territory["region_id"], []).append(territory["id"])
        all_ids = [territory["id"] for territory in self.territories]
        weights = [len(members[cluster["id"]]) + 1 for cluster in self.clusters]
        for _ in range(self.spec.meetings):
            cluster = rng.choices(self.clusters, weights)[0]
            day = _random_day(rng, date(2017, 1, 1))
            meeting_id = self._uuid()
            values = {
                "id": meeting_id, "cluster_id": cluster["id"], "title": self._meeting_title(cluster, day),
                "meeting_date": day, "place": names.place(rng), "minutes": names.text(rng, rng.randint(2, 6)),
                "decisions": "\n".join(f"- {names.task(rng)}" for _ in range(rng.randint(0, 4))),
            }
            self.meetings.append(values)
            created = _ms(day, rng)
            self.records.append(Record("meeting", values, created))
            count = min(rng.randint(5, 20), len(all_ids))
            attending = self._attendees(members[cluster["id"]], by_region[cluster["region_id"]], all_ids, count)
            self.attendance[meeting_id] = attending
            for territory_id in attending:
                link = {"id": self.derived_id("meeting_territory", meeting_id, territory_id),
                        "meeting_id": meeting_id, "territory_id": territory_id}
                self.records.append(Record("meeting_territory", link, created + 1))

    def _meeting_title(self, cluster: dict[str, object], day: date) -> str:
        pattern = self.rng.random()
        if pattern < 0.2:
            return ""
        if pattern < 0.6:
            return f"Réunion de grappe du {day:%d/%m/%Y}"
        if pattern < 0.85:
            return f"Comité de la {cluster['name']}"
        return "Séminaire des territoires de la grappe"

    def _attendees(self, members: list[str], region: list[str], everyone: list[str], count: int) -> list[str]:
        """Pick ``count`` territories: the cluster's members first, then its region's, then any."""
        chosen: list[str] = []
        for pool in (members, region, everyone):
            candidates = [territory_id for territory_id in pool if territory_id not in chosen]
            self.rng.shuffle(candidates)
            chosen += candidates[: count - len(chosen)]
            if len(chosen) == count:
                break
        return chosen

    # -- actions ------------------------------------------------------------------------

    def _heavy_territory(self) -> dict[str, object]:
        """Return the territory given ``heavy_actions`` actions: the habilitated one attending most meetings."""
        attended: dict[str, int] = {}
        for attending in self.attendance.values():
            for territory_id in attending:
                attended[territory_id] = attended.get(territory_id, 0) + 1
        habilitated = [t for t in self.territories if t["stage"] == "habilite"] or self.territories
        return max(habilitated, key=lambda territory: (attended.get(territory["id"], 0), territory["id"]))

    def _actions(self, heavy: dict[str, object]) -> None:
        rng = self.rng
        others = [territory for territory in self.territories if territory is not heavy]
        for index in range(self.spec.actions):
            meeting = None
            if index < self.spec.heavy_actions:
                territory_id = heavy["id"]
                if rng.random() < 0.5:
                    meeting = rng.choice(self.meetings)
            else:
                kind = rng.random()
                if kind < 0.1 or not others:
                    territory_id = None
                    meeting = rng.choice(self.meetings)
                elif kind < 0.55:
                    meeting = rng.choice(self.meetings)
                    territory_id = rng.choice(self.attendance[meeting["id"]])
                else:
                    territory_id = rng.choice(others)["id"]
            start = meeting["meeting_date"] if meeting else _random_day(rng, date(2017, 1, 1))
            due = start + timedelta(days=rng.randint(7, 120)) if rng.random() < 0.85 else None
            values = {
                "id": self._uuid(), "text": names.task(rng),
                "owner": names.person(rng) if rng.random() < 0.9 else "",
                "due_date": due, "status": self._status(due or start),
                "territory_id": territory_id, "meeting_id": meeting["id"] if meeting else None,
            }
            self.records.append(Record("action", values, _ms(start, self.rng)))

    def _status(self, due: date) -> str:
        statuses = ("a_faire", "en_cours", "fait", "abandonne")
        if due < LAST_DAY - timedelta(days=60):
            return self.rng.choices(statuses, (10, 8, 70, 12))[0]
        return self.rng.choices(statuses, (50, 35, 15, 0))[0]

    # -- journal notes and agendas ------------------------------------------------------

    def _notes(self, heavy: dict[str, object]) -> None:
        """Add the journal notes: ``heavy_notes`` on ``heavy``, a third of the others filed from a meeting."""
        rng = self.rng
        others = [territory["id"] for territory in self.territories if territory is not heavy] or [heavy["id"]]
        kinds = ("visite", "appel", "courriel", "autre")
        for index in range(self.spec.notes):
            meeting = None
            if index < self.spec.heavy_notes:
                territory_id = heavy["id"]
            elif rng.random() < 0.3:
                meeting = rng.choice(self.meetings)
                attending = [item for item in self.attendance[meeting["id"]] if item != heavy["id"]] or others
                territory_id = rng.choice(attending)
            else:
                territory_id = rng.choice(others)
            day = meeting["meeting_date"] if meeting else _random_day(rng, date(2017, 1, 1))
            values = {
                "id": self._uuid(), "territory_id": territory_id, "meeting_id": meeting["id"] if meeting else None,
                "note_date": day, "kind": "reunion" if meeting else rng.choice(kinds),
                "author": AUTHOR if rng.random() < 0.7 else names.person(rng),
                "text": names.text(rng, rng.randint(1, 3)),
            }
            self.records.append(Record("journal_note", values, _ms(day, rng)))

    def _agendas(self) -> None:
        """Give every meeting two to five agenda items, up to two of them on an attending territory."""
        rng = self.rng
        territory_names = {territory["id"]: territory["name"] for territory in self.territories}
        for meeting in self.meetings:
            attending = self.attendance[meeting["id"]]
            featured = rng.sample(attending, min(len(attending), rng.randint(0, 2)))
            created = _ms(meeting["meeting_date"], rng)
            for position in range(rng.randint(2, 5)):
                territory_id = featured[position] if position < len(featured) else None
                section = territory_names[territory_id] if territory_id else rng.choice(names.AGENDA_THEMES)
                values = {
                    "id": self._uuid(), "meeting_id": meeting["id"], "section": section,
                    "territory_id": territory_id, "position": float(position + 1),
                    "title": rng.choice(names.AGENDA_POINTS),
                    "presenter": names.person(rng) if rng.random() < 0.7 else "",
                    "duration_minutes": rng.choice((10, 15, 20, 30, 45)),
                    "minutes": names.paragraph(rng, rng.randint(1, 3)),
                    "status": "traite" if rng.random() < 0.9 else "reporte",
                }
                self.records.append(Record("agenda_item", values, created))

    # -- contacts and indicators ------------------------------------------------------

    def _contacts(self) -> None:
        """Add the contacts: one in ten is an animator of a cluster, the others belong to a territory."""
        rng = self.rng
        roles = ("elu", "chef_projet", "directeur_ebe", "membre_cle", "partenaire", "autre")
        for _ in range(self.spec.contacts):
            first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
            territory_id = cluster_id = None
            if rng.random() < 0.1:
                cluster_id, role = rng.choice(self.clusters)["id"], "animateur"
            else:
                territory_id, role = rng.choice(self.territories)["id"], rng.choice(roles)
            organisation = rng.choice(names.ORGANISATIONS)
            mailbox = ".".join(re.sub(r"[^a-z]+", "-", normalize(part)) for part in (first, last))
            values = {
                "id": self._uuid(), "territory_id": territory_id, "cluster_id": cluster_id,
                "name": f"{first} {last}", "role": role,
                "organisation": organisation[0].upper() + organisation[1:],
                "phone": f"0{rng.randint(1, 7)} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)),
                "email": f"{mailbox}@exemple.fr", "personal": rng.random() < 0.8,
                "notes": names.paragraph(rng, rng.randint(0, 1)),
            }
            self.records.append(Record("contact", values, _ms(_random_day(rng, date(2017, 1, 1)), rng)))

    def _indicator_values(self) -> None:
        """Add dated indicator values to the habilitated and emerging territories."""
        rng = self.rng
        followed = [territory["id"] for territory in self.territories
                    if territory["stage"] in ("habilite", "emergent")] or [t["id"] for t in self.territories]
        ranges = {
            "personnes_concernees": (100, 2_000), "volontaires": (20, 400), "embauches": (0, 150),
            "duree_privation": (12, 60), "privation_totale": (50, 1_500), "privation_partielle": (20, 800),
            "privation_reguliere": (10, 400),
        }
        indicators = list(ranges)
        for _ in range(self.spec.indicator_values):
            indicator = rng.choice(indicators)
            day = _random_day(rng, date(2017, 1, 1))
            values = {
                "id": self._uuid(), "territory_id": rng.choice(followed), "ebe_id": None, "indicator": indicator,
                "value_date": day, "value": float(rng.randint(*ranges[indicator])),
                "comment": rng.choice(("", "", "", "Chiffre du comité local", "Estimation de France Travail")),
            }
            self.records.append(Record("indicator_value", values, _ms(day, rng)))

    # -- documents ------------------------------------------------------------------------

    def _documents(self) -> None:
        """Add documents with small text files: three in ten in the document base, the others given to a territory or attached to a meeting."""
        rng = self.rng
        categories = ("methode", "juridique", "modele", "formation", "communication", "evaluation", "autre")
        for _ in range(self.spec.documents):
            day = _random_day(rng, date(2017, 1, 1))
            title = f"{rng.choice(names.DOCUMENT_TITLES)} – {names.commune(rng)}"
            content = f"{title}\n\n{names.text(rng, rng.randint(2, 8))}\n".encode()
            sha256 = hashlib.sha256(content).hexdigest()
            self.files[sha256] = content
            in_library = rng.random() < 0.3
            document_id = self._uuid()
            values = {
                "id": document_id, "title": title,
                "description": names.paragraph(rng, 1) if in_library else "",
                "file_name": re.sub(r"[^a-z0-9]+", "-", normalize(title)).strip("-") + ".txt",
                "sha256": sha256, "size": len(content), "media_type": "text/plain", "link": "",
                "in_library": in_library, "category": rng.choice(categories) if in_library else "autre",
                "tags": ", ".join(rng.sample(names.DOCUMENT_TAGS, rng.randint(0, 3))) if in_library else "",
                "stages": "", "source": "TZCLD" if in_library else "", "version": "", "document_date": day,
                "superseded_by_id": None, "language": "fr", "added_on": day,
            }
            created = _ms(day, rng)
            self.records.append(Record("document", values, created))
            if in_library and rng.random() < 0.5:
                continue
            territory_id = meeting_id = None
            if rng.random() < 0.7:
                territory_id = rng.choice(self.territories)["id"]
            else:
                meeting_id = rng.choice(self.meetings)["id"]
            link = {"id": self._uuid(), "document_id": document_id, "territory_id": territory_id,
                    "meeting_id": meeting_id, "given_on": day, "comment": ""}
            self.records.append(Record("document_link", link, created + 1))


# -- writing --------------------------------------------------------------------------


def _sql_value(value: object) -> object:
    """Return a Python value in the form SQLAlchemy stores it in SQLite."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _json_value(value: object) -> object:
    """Return a value as ``capture.encode_value`` puts it into a register."""
    if isinstance(value, date):
        return value.isoformat()
    return value


def _updated_at(stamp: int) -> str:
    """Return ``capture.stamp_to_datetime(stamp)`` as SQLAlchemy writes a DateTime in SQLite."""
    moment = datetime.fromtimestamp((stamp >> 16) / 1000, UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class _Writer:
    """Bulk-inserts records and their registers, numbering dots and stamps as the capture hook does."""

    def __init__(self, connection: sqlite3.Connection, replica: str) -> None:
        from tzcld_desktop.db.models import SYNCED_MODELS

        self.connection = connection
        self.replica = replica
        self.models = SYNCED_MODELS
        self.counter = 0
        self.stamp = 0
        self.pending_rows: dict[str, list[tuple]] = {table: [] for table in SYNCED_MODELS}
        self.pending_registers: list[tuple[str, str, str, str, str]] = []
        # Rows of the dot index (db.models.SyncDot) that exports for a peer read.
        self.pending_dots: list[tuple[str, int, str, str, str]] = []
        self.statements = {table: self._insert_statement(table) for table in SYNCED_MODELS}
        self.columns = {table: self._columns(table) for table in SYNCED_MODELS}
        self.registers_written = 0

    def _columns(self, table: str) -> list[str]:
        return [column.name for column in self.models[table].__table__.columns]

    def _insert_statement(self, table: str) -> str:
        columns = self._columns(table)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"

    def write(self, record: Record) -> None:
        model = self.models[record.table]
        values = dict(record.values)
        values["deleted"] = False
        for column in model.__table__.columns:
            if column.name not in values:
                default = column.default
                values[column.name] = default.arg if default is not None and default.is_scalar else None
        for field_name in model.SYNC_FIELDS:
            self.counter += 1
            self.stamp = max(record.created_ms << 16, self.stamp + 1)
            entries = [[self.replica, self.counter, self.stamp, AUTHOR, _json_value(values[field_name])]]
            self.pending_registers.append((
                record.table, values["id"], field_name,
                json.dumps(entries, ensure_ascii=False, separators=(",", ":")),
                json.dumps({self.replica: self.counter}, sort_keys=True, separators=(",", ":")),
            ))
            self.pending_dots.append((self.replica, self.counter, record.table, values["id"], field_name))
        values.update(needs_review=False, has_conflict=False, updated_at=_updated_at(self.stamp), updated_by=AUTHOR)
        values.update(model.derived_values(values))
        row = tuple(_sql_value(values[column]) for column in self.columns[record.table])
        self.pending_rows[record.table].append(row)
        if len(self.pending_registers) >= INSERT_BATCH:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.pending_rows.items():
            if rows:
                self.connection.executemany(self.statements[table], rows)
                rows.clear()
        self.connection.executemany(
            "INSERT INTO sync_register (table_name, record_id, field, entries, context) VALUES (?, ?, ?, ?, ?)",
            self.pending_registers,
        )
        self.connection.executemany(
            "INSERT INTO sync_dot (replica, counter, table_name, record_id, field) VALUES (?, ?, ?, ?, ?)",
            self.pending_dots,
        )
        self.registers_written += len(self.pending_registers)
        self.pending_registers.clear()
        self.pending_dots.clear()


def _write_store(folder: Path, spec: DatasetSpec, builder: _Builder) -> dict[str, int]:
    from tzcld_desktop.db import library
    from tzcld_desktop.db.store import DB_FILE_NAME, open_store

    store = open_store(folder, daily_backup=False)
    replica = store.replica_id()
    store.close()

    connection = sqlite3.connect(folder / DB_FILE_NAME, isolation_level=None)
    try:
        # A failed build leaves only the ".partial" folder, which the next build deletes,
        # so the inserts need no fsync.
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("BEGIN")
        writer = _Writer(connection, replica)
        for record in sorted(builder.records, key=lambda record: record.created_ms):
            writer.write(record)
        writer.flush()
        knowledge = {replica: [[1, writer.counter]]}
        connection.execute("UPDATE local_replica SET counter = ?, last_stamp = ?, knowledge = ?",
                           (writer.counter, writer.stamp, json.dumps(knowledge)))
        region_codes = sorted(builder.region_names)
        connection.execute("INSERT INTO profile (id, name, region_codes) VALUES (1, ?, ?)",
                           (AUTHOR, json.dumps(region_codes)))
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    _write_files(folder, builder.files)
    # The application indexes the document base at its first start, so the dataset is
    # cached in the state that start leaves.
    store = open_store(folder, daily_backup=False)
    try:
        library.refresh_index(store)
    finally:
        store.close()
    counts = {table: sum(1 for record in builder.records if record.table == table) for table in writer.models}
    counts["sync_register"] = writer.registers_written
    return counts


def _write_files(folder: Path, files: dict[str, bytes]) -> None:
    """Write the document files where ``db.blobs`` stores them, without the fsync of each file."""
    from tzcld_desktop.db import blobs

    for sha256, content in files.items():
        path = blobs.blob_path(folder, sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


# -- cache ----------------------------------------------------------------------------


def dataset_dir(name: str, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / name


def read_manifest(name: str, data_dir: Path = DATA_DIR) -> dict[str, object] | None:
    """Return the ``dataset.json`` of a cached dataset, or None when it is missing or outdated."""
    path = dataset_dir(name, data_dir) / "dataset.json"
    if not path.exists():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    spec = DATASETS.get(name)
    if manifest.get("generator_version") != GENERATOR_VERSION or (spec and manifest.get("spec") != asdict(spec)):
        return None
    return manifest


def generate(spec: DatasetSpec, data_dir: Path = DATA_DIR, force: bool = False) -> dict[str, object]:
    """Build ``spec`` under ``data_dir/<name>`` unless an up-to-date copy is cached, and return its manifest."""
    cached = None if force else read_manifest(spec.name, data_dir)
    if cached is not None:
        log.info("Dataset %s already built in %s", spec.name, dataset_dir(spec.name, data_dir))
        return cached
    started = time.perf_counter()
    target = dataset_dir(spec.name, data_dir)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    builder = _Builder(spec)
    picks = builder.build()
    built = time.perf_counter()
    counts = _write_store(partial, spec, builder)
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "spec": asdict(spec),
        "counts": counts,
        "build_seconds": round(built - started, 1),
        "write_seconds": round(time.perf_counter() - built, 1),
        **picks,
    }
    (partial / "dataset.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    log.info("Dataset %s built in %.1f s: %s", spec.name, time.perf_counter() - started, counts)
    return manifest


# -- check ----------------------------------------------------------------------------


def _table_rows(db_path: Path, table: str) -> list[tuple]:
    order = "table_name, record_id, field" if table == "sync_register" else "id"
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    finally:
        connection.close()


def check_round_trip(name: str, data_dir: Path = DATA_DIR) -> dict[str, int]:
    """Export a copy of the dataset, import it into an empty store, and compare both stores.

    Raises ``AssertionError`` naming the first table whose rows differ.
    """
    from tzcld_desktop.db import blobs
    from tzcld_desktop.db.models import SYNCED_MODELS
    from tzcld_desktop.db.store import DB_FILE_NAME, open_store
    from tzcld_desktop.sync.exchange import export_data, import_data

    with tempfile.TemporaryDirectory(prefix="tzcld-check-") as scratch:
        scratch_dir = Path(scratch)
        source_dir = scratch_dir / "source"
        source_dir.mkdir()
        shutil.copyfile(dataset_dir(name, data_dir) / DB_FILE_NAME, source_dir / DB_FILE_NAME)
        documents = blobs.blob_dir(dataset_dir(name, data_dir))
        if documents.is_dir():
            shutil.copytree(documents, blobs.blob_dir(source_dir))
        source = open_store(source_dir, daily_backup=False)
        exchange_file = scratch_dir / "tout.tzsync"
        export_data(source, exchange_file)
        source.close()
        target = open_store(scratch_dir / "target", daily_backup=False)
        report = import_data(target, exchange_file)
        target.close()
        compared = {}
        for table in [*SYNCED_MODELS, "sync_register"]:
            expected = _table_rows(source_dir / DB_FILE_NAME, table)
            actual = _table_rows(scratch_dir / "target" / DB_FILE_NAME, table)
            if expected != actual:
                difference = next((pair for pair in zip(expected, actual, strict=False) if pair[0] != pair[1]), None)
                raise AssertionError(
                    f"Table {table} differs after export and import: {len(expected)} rows before, "
                    f"{len(actual)} after; first difference {difference}"
                )
            compared[table] = len(expected)
        if report.conflicts or report.clamped_stamps:
            raise AssertionError(f"Import of the generated data reported {report.counts()}")
    return compared


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a benchmark dataset of TZCLD Desktop.")
    parser.add_argument("--dataset", choices=sorted(DATASETS), default="today", help="dataset to build")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR,
                        help="folder of the cached datasets (default: benchmarks/data)")
    parser.add_argument("--force", action="store_true", help="rebuild even when an up-to-date copy is cached")
    parser.add_argument("--check", action="store_true",
                        help="export the dataset, import it into an empty store and compare both "
                             "(always done for tiny and today)")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    # Schema creation logs each migration step, which hides the generator's own progress.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    manifest = generate(DATASETS[arguments.dataset], arguments.data_dir, arguments.force)
    print(json.dumps(manifest["counts"]))
    if arguments.check or arguments.dataset in ("tiny", "today"):
        started = time.perf_counter()
        compared = check_round_trip(arguments.dataset, arguments.data_dir)
        print(f"Round trip through an exchange file reproduced every row: {compared} "
              f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
