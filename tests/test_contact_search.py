"""The contacts group of the global search: which contacts match, how many, and in what order."""

from __future__ import annotations

from tzcld_desktop.db import overview
from tzcld_desktop.domain.forms import ClusterInput, TerritoryInput
from tzcld_desktop.domain.record_forms import ContactInput
from tzcld_desktop.domain.stages import Stage

from profiled_stores import query_plans


def contacts_found(store, text: str, limit: int = 20) -> overview.SearchGroup:
    with store.session() as session:
        results = overview.search_everything(session, text, limit_per_kind=limit)
    return next(group for group in results.groups if group.kind is overview.SearchKind.CONTACT)


def build_contacts(services) -> dict[str, str]:
    live = services.create_territory(TerritoryInput("Échirolles", Stage.HABILITATED, "38"))
    closed = services.create_territory(TerritoryInput("Quartier fermé", Stage.EMERGING, "38"))
    cluster = services.save_cluster(None, ClusterInput("Grappe Isère", "84"))
    ids = {
        "name": services.save_contact(None, ContactInput("Zoé Dupont", territory_id=live)),
        "email": services.save_contact(None, ContactInput("Anne Petit", territory_id=live,
                                                          email="Jean.DUPONT@Exemple.fr")),
        "organisation": services.save_contact(None, ContactInput("Marc Leroy", territory_id=live,
                                                                 organisation="Cabinet Dupont & Fils")),
        "animator": services.save_contact(None, ContactInput("Paul Dupontel", cluster_id=cluster)),
        "deleted territory": services.save_contact(None, ContactInput("Luc Dupont", territory_id=closed)),
        "deleted contact": services.save_contact(None, ContactInput("Léa Dupont", territory_id=live)),
        "other": services.save_contact(None, ContactInput("Jeanne Martin", territory_id=live)),
    }
    services.delete_territory(closed)
    services.delete_contact(ids["deleted contact"])
    return ids


def test_contacts_match_name_email_organisation(store, services, profile):
    ids = build_contacts(services)

    group = contacts_found(store, "dupont")

    found = [hit.record_id for hit in group.hits]
    assert group.total == 4
    # In name order: Anne Petit, Marc Leroy, Paul Dupontel, Zoé Dupont.
    assert found == [ids["email"], ids["organisation"], ids["animator"], ids["name"]]


def test_contacts_leave_out_deleted(store, services, profile):
    ids = build_contacts(services)

    found = {hit.record_id for hit in contacts_found(store, "dupont").hits}

    assert ids["deleted territory"] not in found
    assert ids["deleted contact"] not in found


def test_contacts_total_counts_past_limit(store, services, profile):
    ids = build_contacts(services)

    group = contacts_found(store, "dupont", limit=2)

    assert group.total == 4
    assert [hit.record_id for hit in group.hits] == [ids["email"], ids["organisation"]]


def test_contacts_hit_shows_territory_and_detail(store, services, profile):
    ids = build_contacts(services)

    hit = next(hit for hit in contacts_found(store, "cabinet").hits if hit.record_id == ids["organisation"])

    assert hit.title == "Marc Leroy"
    assert hit.territory_name == "Échirolles"
    assert hit.detail == "Cabinet Dupont & Fils"


def test_contact_search_reads_narrow_index(store, services, profile):
    build_contacts(services)

    plans = query_plans(store, lambda session: overview.search_everything(session, "dupont"))

    assert "COVERING INDEX ix_contact_live_search" in plans, plans
