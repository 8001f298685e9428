"""Regions and départements shipped in ``resources/data`` (INSEE codes, open licence)."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tzcld_desktop.db.models import Departement, Region, derived_id
from tzcld_desktop.domain.text import normalize
from tzcld_desktop.resources import resource_path


# Cached because the home dashboard and the lists convert the profile's regions on every reload.
@functools.lru_cache(maxsize=256)
def region_id(code: str) -> str:
    return derived_id("region", code)


def departement_id(code: str) -> str:
    return derived_id("departement", code)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def ensure_reference_data(session: Session) -> None:
    """Insert the regions and départements that the database does not have yet."""
    known_regions = set(session.scalars(select(Region.code)))
    for row in _read_csv(resource_path("data", "regions.csv")):
        if row["code"] not in known_regions:
            session.add(Region(id=region_id(row["code"]), code=row["code"], name=row["nom"],
                               name_key=normalize(row["nom"])))
    session.flush()
    known_departements = set(session.scalars(select(Departement.code)))
    for row in _read_csv(resource_path("data", "departements.csv")):
        if row["code"] not in known_departements:
            session.add(Departement(id=departement_id(row["code"]), code=row["code"], name=row["nom"],
                                    name_key=normalize(row["nom"]), region_id=region_id(row["region_code"])))
