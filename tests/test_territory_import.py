"""Importing the referent's own list into the store."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from tzcld_desktop.db import queries
from tzcld_desktop.db.models import Territory
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.db.territory_import import import_territory_list
from tzcld_desktop.domain.errors import UserError
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.resources import resource_path

REAL_LIST = resource_path("data", "territoires_habilites.csv")


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "donnees")
    Services(store).save_profile("Claire Martin", ["84", "11"])
    yield store
    store.close()


def _territory(store, name):
    with store.session() as session:
        return session.scalars(select(Territory).where(Territory.name == name)).one()


def test_real_list_all_rows_accounted(store):
    summary = import_territory_list(store, REAL_LIST)
    assert summary.rows_read == 73
    assert summary.created == 73
    assert summary.created + summary.updated + summary.unchanged + len(summary.skipped) == 73
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery())
    assert len(rows) == 73
    assert all(row.stage is Stage.HABILITATED for row in rows)


def test_exact_dates_kept(store):
    import_territory_list(store, REAL_LIST)
    colombelles = _territory(store, "Colombelles")
    assert colombelles.habilitation_date == date(2016, 11, 24)
    assert colombelles.habilitation_date_note == ""
    saumur = _territory(store, "Saumur Hauts-quartiers / Chemin Vert")
    assert saumur.habilitation_date == date(2022, 2, 10)
    assert "JORF 2022-02-16" in saumur.habilitation_date_note


def test_approximate_dates_kept_as_written_and_reported(store):
    summary = import_territory_list(store, REAL_LIST)
    laval = _territory(store, "Laval – Grand Saint Nicolas")
    assert laval.habilitation_date is None
    assert laval.habilitation_date_note.startswith("2023-07-28?")
    vannes = _territory(store, "Vannes – quartier de Ménimur")
    assert vannes.habilitation_date is None
    assert vannes.habilitation_date_note.startswith("~2021-12")
    reported = {name for _line, name, _text in summary.warnings}
    assert {"Laval – Grand Saint Nicolas", "Vannes – quartier de Ménimur", "Pont-Château"} <= reported
    text = summary.summary_text()
    assert "73 lignes lues : 73 territoires créés" in text
    assert "« ~2021-12 [announced 2021-11-30; arrêté date not found] »" in text


def test_region_without_departement(store):
    import_territory_list(store, REAL_LIST)
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery(text="costa verde"))
    assert [(row.departement_code, row.region_name) for row in rows] == [("", "Corse")]


def test_second_import_creates_no_duplicates(store):
    import_territory_list(store, REAL_LIST)
    again = import_territory_list(store, REAL_LIST)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 73)
    with store.session() as session:
        assert len(queries.list_territories(session, queries.TerritoryQuery())) == 73


def test_changed_row_updates_existing(store, tmp_path):
    import_territory_list(store, REAL_LIST)
    changed = tmp_path / "liste.csv"
    changed.write_text(
        "territoire,communes,departement_code,region,date_habilitation,source\n"
        "Colombelles,Colombelles et alentours,14,Normandie,2016-11-24,x\n",
        encoding="utf-8",
    )
    summary = import_territory_list(store, changed)
    assert (summary.created, summary.updated) == (0, 1)
    assert _territory(store, "Colombelles").communes == "Colombelles et alentours"


def test_bad_rows_skipped_with_reason(store, tmp_path):
    listing = tmp_path / "liste.csv"
    listing.write_text(
        "territoire;departement_code;date_habilitation\n"
        "Le Teil;07;2021-12-20\n"
        ";38;2022-01-01\n"
        "Nulle Part;999;2022-01-01\n"
        "Futur;38;2099-01-01\n",
        encoding="utf-8",
    )
    summary = import_territory_list(store, listing)
    assert summary.created == 1
    skipped = {line: text for line, _name, text in summary.skipped}
    assert set(skipped) == {3, 4, 5}
    assert "Département inconnu" in skipped[4]
    assert "futur" in skipped[5]


def test_unreadable_file_leaves_store_unchanged(store, tmp_path):
    db_path = store.db_path
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM territory").fetchone()
    with pytest.raises(UserError) as raised:
        import_territory_list(store, tmp_path / "absent.csv")
    assert "introuvable" in raised.value.message() or "n'existe pas" in raised.value.message()
    after = sqlite3.connect(db_path).execute("SELECT count(*) FROM territory").fetchone()
    assert before == after


def test_search_ignores_hyphens_and_accents(store):
    import_territory_list(store, REAL_LIST)
    with store.session() as session:
        for text in ("saint jean", "saint-jean", "SAINT JEAN", "échirolles ouest", "quatre-chemins"):
            rows = queries.list_territories(session, queries.TerritoryQuery(text=text))
            assert rows, text


def test_approximate_dates_sort_among_exact_ones(store):
    import_territory_list(store, REAL_LIST)
    with store.session() as session:
        rows = queries.list_territories(session, queries.TerritoryQuery(sort_column="habilitation_date"))
    keys = [row.habilitation_date.isoformat() if row.habilitation_date else row.habilitation_date_note.lstrip("~")
            for row in rows]
    assert keys == sorted(keys)
    assert keys[0].startswith("2016")
