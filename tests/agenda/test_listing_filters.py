"""The agenda's listing as its visitors narrow it: upcoming dates in order, territory, theme,
organisation, price, attendance, audience, keywords, a date range, the archive and the
subscription to a selection; over one scene built once for the module (its tests only read)."""

from datetime import timedelta

from django.utils import timezone

import pytest

from tests.agenda.conftest import four_events, ludambule_of
from tests.conftest import card_titles, la_roue, once_per_module
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = pytest.mark.django_db


def build_events(home_page, locales):
    directory = DirectoryPageFactory(parent=home_page)
    return four_events(
        AgendaPageFactory(parent=home_page), la_roue(directory), ludambule_of(directory)
    )


scene = once_per_module(build_events)


class TestFilters:
    def test_upcoming_dates_in_order_by_default(self, client, scene):
        response = client.get("/agenda/")
        assert response.status_code == 200
        assert card_titles(response) == ["Réunion La Roue", "Soirée jeux", "Webinaire Créacoop"]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("territory=brianconnais", ["Réunion La Roue"]),
            ("theme=culture", ["Soirée jeux"]),
            ("organisation=la-roue", ["Réunion La Roue", "Soirée jeux"]),
            ("organisation=ludambule", ["Soirée jeux"]),
            ("free=on", ["Réunion La Roue", "Webinaire Créacoop"]),
            ("online=on", ["Webinaire Créacoop"]),
            ("audience=families", ["Soirée jeux"]),
            ("commune=05061&free=on", ["Webinaire Créacoop"]),
            ("q=jeux", ["Soirée jeux"]),
        ],
    )
    @pytest.mark.indexed
    def test_filters_combine(self, client, scene, query, expected):
        assert card_titles(client.get(f"/agenda/?{query}")) == expected

    def test_custom_date_range(self, client, scene):
        day = (timezone.localdate() + timedelta(days=40)).isoformat()
        assert card_titles(client.get(f"/agenda/?date_from={day}&date_to={day}")) == [
            "Webinaire Créacoop"
        ]

    def test_reversed_dates_are_explained_not_a_server_error(self, client, scene):
        response = client.get("/agenda/?date_from=2026-12-10&date_to=2026-12-01&when=bogus")
        assert response.status_code == 200
        assert 'role="alert"' in response.content.decode()

    def test_past_events_are_in_the_archive(self, client, scene):
        assert card_titles(client.get("/agenda/past/")) == ["Forum passé"]

    def test_listing_offers_to_subscribe_to_the_current_selection(self, client, scene):
        html = client.get("/agenda/?territory=brianconnais&when=week").content.decode()
        assert 'href="webcal://testserver/agenda/agenda.ics?territory=brianconnais"' in html
        assert 'href="http://testserver/agenda/agenda.ics?territory=brianconnais"' in html
