"""The register of places: an event at a place shows the place's venue, address, commune,
coordinates and accessibility everywhere (page, JSON-LD, iCalendar, filters); a date of a series
held elsewhere says so on the page and on its card; communicators add places and change their
own; the pages cost no more queries."""

import json
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from agenda.models import EventPage, OccurrenceChange, Place
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user
from tests.agenda.conftest import commune, in_days
from tests.conftest import card_titles
from tests.factories import EventPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db

PAGE_MAX_QUERIES = 15  # tests/agenda/test_listing.py


def json_ld(html):
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


@pytest.fixture
def gare():
    return Place.objects.create(
        name="La Gare aux Idées",
        address="1 rue des Cheminots",
        commune=commune("05179"),
        accessibility="Salle de plain-pied, toilettes adaptées.",
    )


@pytest.fixture
def mjc():
    return Place.objects.create(
        name="MJC du Briançonnais", address="4 avenue du Dauphiné", commune=commune("05023")
    )


def queries(client, url):
    client.get(url)  # what is cached once is warm
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


class TestEventAtAPlace:
    def test_place_fills_the_public_venue_address_commune_and_coordinates(
        self, client, agenda, gare
    ):
        event = EventPageFactory(
            parent=agenda, title="Ciné-débat", place=gare, venue="la gare", commune=commune("05061")
        )
        event.refresh_from_db()
        veynes = commune("05179")
        assert (event.venue, event.address, event.commune) == (
            "La Gare aux Idées",
            "1 rue des Cheminots",
            veynes,
        )
        html = client.get(event.url).content.decode()
        assert "La Gare aux Idées<br>1 rue des Cheminots<br>05400 Veynes" in html
        assert "Salle de plain-pied, toilettes adaptées." in html
        location = json_ld(html)["location"]
        assert location["name"] == "La Gare aux Idées"
        assert location["address"]["addressLocality"] == "Veynes"
        # no coordinates of its own: the commune's centre, on the map too
        assert location["geo"]["latitude"] == veynes.latitude
        assert f'"lat": {veynes.latitude}' in html
        ics = client.get(event.url + "event.ics").content.decode().replace("\r\n ", "")
        assert "LOCATION:La Gare aux Idées\\, 1 rue des Cheminots\\, 05400 Veynes" in ics

    def test_coordinates_of_the_place_win_over_the_communes(self, client, agenda, gare):
        gare.latitude, gare.longitude = 44.5342, 5.8213
        gare.save()
        event = EventPageFactory(parent=agenda, place=gare)
        location = json_ld(client.get(event.url).content.decode())["location"]
        assert location["geo"] == {
            "@type": "GeoCoordinates",
            "latitude": 44.5342,
            "longitude": 5.8213,
        }

    def test_free_entry_still_works_without_a_place(self, client, agenda):
        event = EventPageFactory(parent=agenda, venue="Chez l'habitant", commune=commune("05046"))
        html = client.get(event.url).content.decode()
        assert "Chez l&#x27;habitant<br>05200 Embrun" in html

    def test_a_place_edited_in_the_admin_changes_its_events_and_their_calendar(
        self, admin_client, agenda, gare
    ):
        event = EventPageFactory(parent=agenda, place=gare)
        sequence = EventPage.objects.get(pk=event.pk).sequence
        response = admin_client.post(
            reverse("wagtailsnippets_agenda_place:edit", args=[gare.pk]),
            {
                "name": "La Gare aux Idées",
                "address": "3 rue des Cheminots",
                "commune": commune("05179").pk,
                "latitude": "",
                "longitude": "",
                "accessibility": "",
                "organisation": "",
            },
        )
        assert response.status_code == 302
        event = EventPage.objects.get(pk=event.pk)
        assert event.address == "3 rue des Cheminots"
        assert "3 rue des Cheminots" in event.ical_fragment.replace("\r\n ", "")
        assert event.sequence == sequence + 1

    def test_a_second_place_of_the_same_name_in_a_commune_is_refused(self, admin_client, gare):
        response = admin_client.post(
            reverse("wagtailsnippets_agenda_place:add"),
            {"name": "la gare aux idées", "address": "", "commune": gare.commune_id},
        )
        assert response.status_code == 200
        assert Place.objects.count() == 1


class TestDateHeldElsewhere:
    @pytest.fixture
    def series(self, agenda, gare, mjc):
        first = in_days(3)
        event = EventPageFactory.build(
            title="Permanence",
            place=gare,
            start=first,
            end=first + timedelta(hours=2),
            rrule="FREQ=WEEKLY;COUNT=3",
        )
        event.occurrence_changes = [
            OccurrenceChange(original_start=first + timedelta(days=7), place=mjc)
        ]
        agenda.add_child(instance=event)
        event.save_revision().publish()
        return event

    def test_the_page_says_where_that_date_is_held(self, client, series):
        html = client.get(series.url).content.decode()
        assert html.count("MJC du Briançonnais (Briançon)") == 1
        assert "La Gare aux Idées<br>1 rue des Cheminots" in html

    def test_the_card_of_that_date_names_the_other_place(self, client, series):
        html = client.get("/agenda/").content.decode()
        metas = [part.split("</p>")[0] for part in html.split('<p class="card__meta">')[1:]]
        assert [meta.split(" ·")[0] for meta in metas] == [
            "La Gare aux Idées, Veynes",
            "MJC du Briançonnais, Briançon",
            "La Gare aux Idées, Veynes",
        ]

    def test_the_calendar_gives_that_date_its_own_location(self, client, series):
        ics = client.get(series.url + "event.ics").content.decode().replace("\r\n ", "")
        master, override = ics.split("BEGIN:VEVENT")[1:3]
        assert "RECURRENCE-ID" not in master and "RECURRENCE-ID" in override
        assert "LOCATION:La Gare aux Idées\\, 1 rue des Cheminots\\, 05400 Veynes" in master
        assert "LOCATION:MJC du Briançonnais\\, 4 avenue du Dauphiné\\, 05100 Briançon" in override
        assert "GEO:44.8" in override  # Briançon's centre, not Veynes' (44.5)

    def test_changing_the_place_of_a_date_is_a_new_sequence(self, series, mjc):
        before = series.compute_fingerprint()
        change = series.occurrence_changes.get()
        change.place = None
        change.save()
        assert EventPage.objects.get(pk=series.pk).compute_fingerprint() != before


class TestFilters:
    @pytest.fixture
    def events(self, agenda, gare, mjc):
        return {
            "gare": EventPageFactory(parent=agenda, title="À la gare", place=gare),
            "mjc": EventPageFactory(parent=agenda, title="À la MJC", place=mjc),
            "ailleurs": EventPageFactory(
                parent=agenda, title="Ailleurs", venue="Gare", commune=commune("05179")
            ),
        }

    def test_the_place_filter_lists_the_events_at_that_place(self, client, events, gare):
        response = client.get(f"/agenda/?place={gare.pk}")
        assert card_titles(response) == ["À la gare"]
        assert f'<option value="{gare.pk}" selected>La Gare aux Idées, Veynes</option>' in (
            response.content.decode()
        )

    def test_commune_and_territory_filters_follow_the_place(self, client, events):
        assert set(card_titles(client.get("/agenda/?commune=05179"))) == {"À la gare", "Ailleurs"}
        assert card_titles(client.get("/agenda/?territory=brianconnais")) == ["À la MJC"]

    def test_a_new_place_is_offered_at_once(self, client, events):
        client.get("/agenda/")
        place = Place.objects.create(name="Koopera", commune=commune("05023"))
        assert f'value="{place.pk}"' in client.get("/agenda/").content.decode()


class TestCommunicators:
    @pytest.fixture
    def alice(self, roue):
        ensure_roles()
        return make_user("alice", groups=[COMMUNICATORS], organisations=[roue])

    @pytest.fixture
    def others(self, directory):
        other = OrganisationPageFactory(parent=directory, title="Ludambule", slug="ludambule")
        return Place.objects.create(name="Ludothèque", commune=commune("05061"), organisation=other)

    def test_a_communicator_adds_a_place_and_changes_it(self, client, alice):
        client.force_login(alice)
        assert client.get(reverse("wagtailsnippets_agenda_place:list")).status_code == 200
        response = client.post(
            reverse("wagtailsnippets_agenda_place:add"),
            {"name": "Koopera", "address": "8 rue de la Paix", "commune": commune("05023").pk},
        )
        assert response.status_code == 302
        place = Place.objects.get(name="Koopera")
        assert place.created_by == alice
        edit = reverse("wagtailsnippets_agenda_place:edit", args=[place.pk])
        assert client.get(edit).status_code == 200

    def test_a_communicator_changes_their_organisations_places_not_others(
        self, client, alice, roue, others
    ):
        ours = Place.objects.create(
            name="Local de La Roue", commune=roue.commune, organisation=roue
        )
        client.force_login(alice)
        assert (
            client.get(reverse("wagtailsnippets_agenda_place:edit", args=[ours.pk])).status_code
            == 200
        )
        refused = client.get(reverse("wagtailsnippets_agenda_place:edit", args=[others.pk]))
        assert refused.status_code in (302, 403)
        delete = client.get(reverse("wagtailsnippets_agenda_place:delete", args=[ours.pk]))
        assert delete.status_code in (302, 403)
        # but every place is listed and can be chosen
        listing = client.get(reverse("wagtailsnippets_agenda_place:list")).content.decode()
        assert "Ludothèque" in listing and "Local de La Roue" in listing

    @pytest.mark.indexed
    def test_the_chooser_offers_the_organisations_places_first(self, client, alice, roue, others):
        Place.objects.create(name="Local de La Roue", commune=roue.commune, organisation=roue)
        Place.objects.create(name="Agora", commune=commune("05061"))
        client.force_login(alice)
        response = client.get(reverse("wagtailsnippetchoosers_agenda_place:choose"))
        html = json.loads(response.content)["html"]
        names = ["Local de La Roue", "Agora", "Ludothèque"]
        assert sorted(names, key=html.index) == names
        searched = client.get(
            reverse("wagtailsnippetchoosers_agenda_place:choose_results"), {"q": "ludo"}
        ).content.decode()
        assert "Ludothèque" in searched and "Agora" not in searched

    def test_a_communicator_creates_a_place_from_the_chooser(self, client, alice, roue):
        client.force_login(alice)
        response = client.post(
            reverse("wagtailsnippetchoosers_agenda_place:create"),
            {"name": "Salle du Vieux Colombier", "commune": commune("05023").pk},
        )
        assert json.loads(response.content)["step"] == "chosen"
        assert Place.objects.get(name="Salle du Vieux Colombier").created_by == alice


class TestQueries:
    def test_event_page_and_listing_cost_no_more_with_places(
        self, client, agenda, gare, mjc, django_assert_max_num_queries
    ):
        plain = EventPageFactory(parent=agenda, title="Sans lieu")
        plain_page, plain_listing = queries(client, plain.url), queries(client, "/agenda/")
        first = in_days(3)
        series = EventPageFactory.build(
            title="Avec lieu", place=gare, start=first, rrule="FREQ=WEEKLY;COUNT=3"
        )
        series.occurrence_changes = [
            OccurrenceChange(original_start=first + timedelta(days=7), place=mjc)
        ]
        agenda.add_child(instance=series)
        series.save_revision().publish()
        for _n in range(3):
            EventPageFactory(parent=agenda, place=mjc)
        assert queries(client, series.url) == plain_page
        assert queries(client, "/agenda/") == plain_listing
        assert queries(client, f"/agenda/?place={mjc.pk}") <= plain_listing + 1
        with django_assert_max_num_queries(PAGE_MAX_QUERIES):
            client.get(series.url)
