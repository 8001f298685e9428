"""Needs raised (remontées de besoins): saving, the national list and its filters, a meeting's needs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from dialog_answers import answer_next_dialog
from tzcld_desktop.db import need_queries
from tzcld_desktop.db.need_queries import NeedQuery
from tzcld_desktop.db.services import Services
from tzcld_desktop.db.store import open_store
from tzcld_desktop.domain.errors import ValidationError
from tzcld_desktop.domain.forms import ClusterInput, MeetingInput, TerritoryInput
from tzcld_desktop.domain.need_forms import NeedInput
from tzcld_desktop.domain.stages import Stage
from tzcld_desktop.domain.vocabulary import NeedCategory, NeedStatus
from tzcld_desktop.sync.exchange import export_data, import_data
from tzcld_desktop.ui import messages
from tzcld_desktop.ui.models import need_table
from tzcld_desktop.ui.need_form import NeedDialog
from tzcld_desktop.ui.needs_view import MeetingNeedsWidget, NeedsView

MEETING_DAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def french_referent(french, profile):
    """Run every test in French, for a referent who follows Auvergne-Rhône-Alpes and Île-de-France."""


@pytest.fixture
def places(context):
    """Two clusters in two regions, a territory in each, and a meeting of the first cluster."""
    services = context.services
    teil = services.create_territory(TerritoryInput("Le Teil", Stage.HABILITATED, "07",
                                                    habilitation_date=date(2022, 2, 10)))
    paris = services.create_territory(TerritoryInput("Paris 13e", Stage.EMERGING, "75"))
    rhone = services.save_cluster(None, ClusterInput("Grappe Rhône-Alpes", "84"))
    idf = services.save_cluster(None, ClusterInput("Grappe Île-de-France", "11"))
    services.set_cluster_territories(rhone, [teil])
    services.set_cluster_territories(idf, [paris])
    meeting = services.save_meeting(None, MeetingInput(rhone, MEETING_DAY, title="Grappe de mars",
                                                       territory_ids=[teil]))
    return {"teil": teil, "paris": paris, "rhone": rhone, "idf": idf, "meeting": meeting}


@pytest.fixture
def needs(context, places):
    """Four needs of different categories, statuses, clusters and regions."""
    save = context.services.save_need
    return {
        "formation": save(None, NeedInput(NeedCategory.TRAINING, "Former les élus du CLE à l'exhaustivité",
                                          territory_id=places["teil"], raised_on=date(2026, 3, 10))),
        "juridique": save(None, NeedInput(NeedCategory.LEGAL, "Modèle de convention avec le Département",
                                          territory_id=places["paris"], raised_on=date(2026, 2, 1),
                                          status=NeedStatus.IN_PROGRESS)),
        "outil": save(None, NeedInput(NeedCategory.TOOL, "Tableau de suivi des personnes volontaires",
                                      cluster_id=places["rhone"], raised_on=date(2026, 1, 5),
                                      status=NeedStatus.ANSWERED)),
        "financement": save(None, NeedInput(NeedCategory.FUNDING, "Financement du poste de chargé de mission",
                                            territory_id=places["paris"], raised_on=date(2025, 12, 1))),
    }


@pytest.fixture
def view(qtbot, context, needs):
    widget = NeedsView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    return widget


def descriptions(model) -> list[str]:
    return [model.need_at(row).description for row in range(model.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


# -- services ----------------------------------------------------------------------------


def test_need_without_description_rejected(services):
    with pytest.raises(ValidationError) as raised:
        services.save_need(None, NeedInput(NeedCategory.OTHER, "   "))
    assert set(raised.value.errors) == {"description"}


def test_need_in_future_rejected(services):
    with pytest.raises(ValidationError) as raised:
        services.save_need(None, NeedInput(NeedCategory.OTHER, "Un besoin",
                                           raised_on=date.today() + timedelta(days=1)))
    assert set(raised.value.errors) == {"raised_on"}


def test_need_takes_cluster_of_meeting_or_territory(context, places, store):
    services = context.services
    at_meeting = services.save_need(None, NeedInput(NeedCategory.SUPPORT, "Appui pour le CLE",
                                                    meeting_id=places["meeting"]))
    from_territory = services.save_need(None, NeedInput(NeedCategory.SUPPORT, "Appui",
                                                        territory_id=places["paris"]))
    with store.session() as session:
        assert need_queries.get_need(session, at_meeting).cluster_id == places["rhone"]
        assert need_queries.get_need(session, from_territory).cluster_id == places["idf"]
        assert need_queries.get_need(session, from_territory).region_name == "Île-de-France"


def test_need_saving_can_be_undone(context, places, store):
    need_id = context.services.save_need(None, NeedInput(NeedCategory.TOOL, "Un outil"))
    assert context.services.undo() == "Enregistrement du besoin"
    with store.session() as session:
        assert need_queries.get_need(session, need_id) is None


# -- the list across clusters -------------------------------------------------------------


def test_needs_view_lists_every_need_newest_first(view):
    assert descriptions(view.model) == [
        "Former les élus du CLE à l'exhaustivité",
        "Modèle de convention avec le Département",
        "Tableau de suivi des personnes volontaires",
        "Financement du poste de chargé de mission",
    ]
    first = [view.model.index(0, column).data() for column in range(need_table.COLUMN_COUNT)]
    assert first == ["10/03/2026", "Grappe Rhône-Alpes", "Le Teil", "Formation",
                     "Former les élus du CLE à l'exhaustivité", "Ouvert"]
    assert view.count_label.text() == "4 besoins"


def test_needs_view_filters_combine(view):
    choose(view.category_filter, "Juridique")
    assert descriptions(view.model) == ["Modèle de convention avec le Département"]
    choose(view.category_filter, "Toutes les catégories")
    choose(view.status_filter, "Ouvert")
    assert len(descriptions(view.model)) == 2
    choose(view.cluster_filter, "Grappe Île-de-France")
    assert descriptions(view.model) == ["Financement du poste de chargé de mission"]
    choose(view.status_filter, "Tous les statuts")
    choose(view.cluster_filter, "Toutes les grappes")
    choose(view.region_filter, "Auvergne-Rhône-Alpes")
    assert descriptions(view.model) == ["Former les élus du CLE à l'exhaustivité",
                                        "Tableau de suivi des personnes volontaires"]


def test_needs_view_text_search_ignores_accents(view):
    choose(view.region_filter, "Toutes les régions")
    view.search_edit.setText("departement")
    assert descriptions(view.model) == ["Modèle de convention avec le Département"]
    view.search_edit.setText("PARIS")
    assert len(descriptions(view.model)) == 2
    view.search_edit.setText("aucun mot pareil")
    assert descriptions(view.model) == []
    assert view.empty_label.text() == "Aucun besoin ne correspond à ces filtres."
    assert not view.export_button.isEnabled()


def test_need_added_through_dialog(view, context, places):
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NeedDialog)
        choose(dialog.category_combo, "Accompagnement")
        dialog.description_edit.setPlainText("Accompagner la rédaction du dossier de candidature")
        choose(dialog.territory_combo, "Le Teil")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(fill)
    view.new_button.click()
    assert errors == []
    need = view.selected_need()
    assert need.description == "Accompagner la rédaction du dossier de candidature"
    assert need.category is NeedCategory.SUPPORT
    assert need.cluster_name == "Grappe Rhône-Alpes"
    assert need.raised_on == date.today()
    assert view.count_label.text() == "5 besoins"


def test_need_dialog_shows_missing_description(view):
    def fill(dialog: QDialog) -> None:
        dialog.buttons.accepted.emit()
        assert dialog.isVisible()
        assert dialog.errors.shown() == {"description": "Décrivez le besoin."}

    errors = answer_next_dialog(fill)
    view.new_button.click()
    assert errors == []
    assert view.model.rowCount() == 4


def test_need_status_changed_and_deleted(view, monkeypatch):
    view.table.selectRow(0)

    def answer(dialog: QDialog) -> None:
        assert dialog.description_edit.toPlainText() == "Former les élus du CLE à l'exhaustivité"
        choose(dialog.status_combo, "Traité")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(answer)
    view.edit_button.click()
    assert errors == []
    assert view.selected_need().status is NeedStatus.ANSWERED

    questions = []
    monkeypatch.setattr(messages, "confirm", lambda _parent, _title, text: questions.append(text) or True)
    view.delete_button.click()
    assert questions == ["Supprimer le besoin « Former les élus du CLE à l'exhaustivité » ?"]
    assert "Former les élus du CLE à l'exhaustivité" not in descriptions(view.model)


def test_needs_exported_as_shown(view, monkeypatch, tmp_path):
    target = tmp_path / "besoins.csv"
    monkeypatch.setattr(messages, "save_file", lambda *_args: target)
    monkeypatch.setattr(messages, "information", lambda *_args: None)
    choose(view.region_filter, "Île-de-France")
    view.export_button.click()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Date;Région;Grappe;Territoire;Catégorie;Description;Statut;Réunion"
    assert lines[1:] == [
        "01/02/2026;Île-de-France;Grappe Île-de-France;Paris 13e;Juridique;"
        "Modèle de convention avec le Département;En cours;",
        "01/12/2025;Île-de-France;Grappe Île-de-France;Paris 13e;Financement;"
        "Financement du poste de chargé de mission;Ouvert;",
    ]


def test_needs_view_grabbed(view, needs):
    view.table.selectRow(1)
    view.grab().save("/tmp/shots/needs_view.png")


# -- one meeting's needs --------------------------------------------------------------------


def test_meeting_needs_widget_adds_need_to_meeting(qtbot, context, places, store):
    widget = MeetingNeedsWidget(context, places["meeting"])
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    assert widget.empty_label.isVisible()

    def fill(dialog: QDialog) -> None:
        assert dialog.meeting_label.text() == "Grappe de mars"
        choose(dialog.category_combo, "Formation")
        dialog.description_edit.setPlainText("Formation à l'animation du CLE")
        choose(dialog.territory_combo, "Le Teil")
        dialog.buttons.accepted.emit()

    errors = answer_next_dialog(fill)
    widget.add_button.click()
    assert errors == []
    assert descriptions(widget.model) == ["Formation à l'animation du CLE"]
    assert not widget.empty_label.isVisible()
    with store.session() as session:
        need = need_queries.list_needs(session, NeedQuery(meeting_id=places["meeting"]))[0]
    assert (need.meeting_id, need.cluster_id, need.raised_on) == (places["meeting"], places["rhone"], MEETING_DAY)
    widget.grab().save("/tmp/shots/meeting_needs.png")


def test_needs_list_statement_count_does_not_grow(context, places, store):
    from sqlalchemy import event

    def count_statements() -> int:
        statements = []

        def count(*_args):
            statements.append(1)

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            with store.session() as session:
                need_queries.list_needs(session, NeedQuery())
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        return len(statements)

    context.services.save_need(None, NeedInput(NeedCategory.TOOL, "Un", territory_id=places["teil"]))
    few = count_statements()
    for index in range(20):
        context.services.save_need(None, NeedInput(NeedCategory.TOOL, f"Besoin {index}",
                                                   territory_id=places["paris"], meeting_id=places["meeting"]))
    assert count_statements() == few


# -- exchange ------------------------------------------------------------------------------


def test_needs_travel_to_second_copy(tmp_path, context, needs, store):
    other = open_store(tmp_path / "bruno")
    try:
        Services(other).save_profile("Bruno Petit", ["84"])
        path = tmp_path / "echange.tzsync"
        export_data(store, path)
        import_data(other, path)
        with store.session() as session:
            sent = need_queries.list_needs(session)
        with other.session() as session:
            received = need_queries.list_needs(session)
        assert received == sent
        assert {need.status for need in received} == {NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.ANSWERED}

        Services(other).delete_need(needs["outil"])
        back = tmp_path / "retour.tzsync"
        export_data(other, back)
        import_data(store, back)
        with store.session() as session:
            assert needs["outil"] not in {need.id for need in need_queries.list_needs(session)}
    finally:
        other.close()
