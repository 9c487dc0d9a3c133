"""The public read API (/api/v1/): what a member's website or a national map reads."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.actions.delete_page import DeletePageAction
from wagtail.models import Page

import pytest

from agenda.dates import local_midnight
from core.models import Commune, Theme
from tests.conftest import la_roue
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

EVENTS = "/api/v1/events/"


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def gap_and_briancon(agenda, roue):
    """A repair café in Gap (culture) on the afternoon of the third day from now, and a market
    in Briançon organised by La Roue five days from now."""
    # At a fixed hour: three days from now at 22:30 would end after midnight, on the fourth day.
    afternoon = local_midnight(timezone.localdate() + timedelta(days=3)) + timedelta(hours=14)
    cafe = EventPageFactory(
        parent=agenda,
        title="Café réparation",
        themes=[Theme.objects.get(slug="culture")],
        start=afternoon,
    )
    market = EventPageFactory(
        parent=agenda,
        title="Marché paysan",
        commune=Commune.objects.get(insee="05023"),
        organisers=[roue],
        start=timezone.now().replace(microsecond=0) + timedelta(days=5),
    )
    return cafe, market


def test_events_carry_what_a_member_site_shows_and_are_open_to_every_origin(
    client, agenda, directory
):
    cafe, market = gap_and_briancon(agenda, la_roue(directory))
    response = client.get(EVENTS)
    assert response["Access-Control-Allow-Origin"] == "*"
    body = response.json()
    assert [e["title"] for e in body["results"]] == ["Café réparation", "Marché paysan"]
    event = body["results"][1]
    assert event["uid"] == market.uid
    assert event["url"] == market.get_full_url()
    assert event["ics_url"] == market.get_full_url() + "event.ics"
    assert event["commune"] == "Briançon" and event["insee"] == "05023"
    assert event["organisers"][0]["name"] == "La Roue"
    assert event["next_start"] == market.start.isoformat().replace("+00:00", "Z")
    assert event["language"] == "fr" and event["updated_at"]
    assert body["results"][0]["themes"] == [{"slug": "culture", "label": "Culture"}]


def test_events_take_the_listing_filters(client, agenda, directory):
    gap_and_briancon(agenda, la_roue(directory))
    by_territory = get(client, EVENTS, territory="brianconnais")["results"]
    assert [e["title"] for e in by_territory] == ["Marché paysan"]
    by_organiser = get(client, EVENTS, organisation="la-roue")["results"]
    assert [e["title"] for e in by_organiser] == ["Marché paysan"]
    by_theme = get(client, EVENTS, theme="culture")["results"]
    assert [e["title"] for e in by_theme] == ["Café réparation"]
    later = (timezone.localdate() + timedelta(days=4)).isoformat()
    assert [e["title"] for e in get(client, EVENTS, date_from=later)["results"]] == [
        "Marché paysan"
    ]
    assert get(client, EVENTS, updated_since=timezone.now() + timedelta(hours=1))["results"] == []


def test_a_bad_filter_is_a_400_in_the_requested_language(client, agenda):
    response = client.get(EVENTS, {"territory": "atlantide"})
    assert response.status_code == 400
    assert "territory" in response.json()["detail"]
    assert "Sélectionnez un choix valide" in response.json()["detail"]["territory"][0]
    english = client.get(EVENTS, {"territory": "atlantide", "lang": "en"}).json()
    assert "Select a valid choice" in english["detail"]["territory"][0]
    wrong_type = client.get(EVENTS, {"date_from": "yesterday"})
    assert wrong_type.status_code == 422


def test_pages_follow_a_cursor_without_gaps_or_repeats(client, agenda):
    created = [EventPageFactory(parent=agenda).pk for _ in range(5)]
    seen, url, params = [], EVENTS, {"page_size": 2}
    while url:
        body = get(client, url, **params)
        seen += [e["id"] for e in body["results"]]
        url, params = body["next"], {}
    assert seen == sorted(created)


def test_the_event_list_costs_the_same_queries_whatever_the_agenda_size(
    client, agenda, directory, django_assert_max_num_queries
):
    roue = la_roue(directory)
    culture = Theme.objects.get(slug="culture")

    def queries_for_a_page():
        get(client, EVENTS)  # what every worker keeps in the shared cache (site, locale…)
        with CaptureQueriesContext(connection) as captured:
            assert len(get(client, EVENTS, page_size=10)["results"]) >= 3
        return len(captured)

    for _ in range(3):
        EventPageFactory(parent=agenda, themes=[culture], organisers=[roue])
    small = queries_for_a_page()
    for _ in range(12):
        EventPageFactory(parent=agenda, themes=[culture], organisers=[roue])
    assert queries_for_a_page() == small <= 12
    with django_assert_max_num_queries(12):
        get(client, "/api/v1/occurrences/", page_size=10)


def test_removed_events_are_listed_for_delta_sync(client, agenda, admin_user):
    gone, kept, deleted = (EventPageFactory(parent=agenda) for _ in range(3))
    before = timezone.now() - timedelta(seconds=1)
    gone.unpublish(user=admin_user, log_action=True)
    DeletePageAction(Page.objects.get(pk=deleted.pk), user=admin_user).execute()
    removed = get(client, "/api/v1/events/removed/", since=before.isoformat())["results"]
    assert {(r["id"], r["reason"]) for r in removed} == {
        (gone.pk, "unpublished"),
        (deleted.pk, "deleted"),
    }
    assert [e["id"] for e in get(client, EVENTS)["results"]] == [kept.pk]
    gone.save_revision().publish()  # back again: no longer removed
    removed = get(client, "/api/v1/events/removed/", since=before.isoformat())["results"]
    assert [r["id"] for r in removed] == [deleted.pk]


def test_occurrences_come_in_date_order_with_their_event(client, agenda):
    later = EventPageFactory(parent=agenda, start=timezone.now() + timedelta(days=9))
    sooner = EventPageFactory(parent=agenda, start=timezone.now() + timedelta(days=2))
    dates = get(client, "/api/v1/occurrences/")["results"]
    assert [d["event_id"] for d in dates] == [sooner.pk, later.pk]
    assert dates[0]["url"] == sooner.get_full_url() and dates[0]["cancelled"] is False


def test_organisations_carry_their_offers_to_pool(client, directory):
    roue = la_roue(directory)
    roue.offers = [("room", {"title": "Salle de réunion", "description": "20 places"})]
    roue.save_revision().publish()
    body = get(client, "/api/v1/organisations/", offers="room")
    assert [o["name"] for o in body["results"]] == ["La Roue"]
    assert body["results"][0]["offers_room"] == ["Salle de réunion"]
    assert get(client, "/api/v1/organisations/", offers="skill")["results"] == []
    assert client.get("/api/v1/organisations/", {"legal_form": "sarl"}).status_code == 422


def test_news_newest_first_by_kind(client, home_page):
    newsroom = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=newsroom, title="Ancienne", date=timezone.localdate() - timedelta(1))
    NewsPageFactory(parent=newsroom, title="Communiqué", kind="press")
    everything = get(client, "/api/v1/news/")["results"]
    assert [n["title"] for n in everything] == ["Communiqué", "Ancienne"]
    assert [n["title"] for n in get(client, "/api/v1/news/", kind="press")["results"]] == [
        "Communiqué"
    ]


def test_an_unchanged_answer_is_a_304_and_a_publish_changes_it(client, agenda, settings):
    settings.PAGE_CACHE_SECONDS = 600
    event = EventPageFactory(parent=agenda)
    first = client.get(EVENTS)
    assert client.get(EVENTS, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    event.title = "Atelier vélo"
    event.save_revision().publish()
    again = client.get(EVENTS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and again.json()["results"][0]["title"] == "Atelier vélo"


def test_too_many_requests_from_one_address_are_a_429(client, agenda, settings):
    settings.API_RATE = "2/m"
    statuses = [client.get(EVENTS).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize(
    "since",
    ["0.5", "0928-06-15T09:53:14+23:32", "2300-01-01T00:00:00Z", "demain"],
)
def test_an_instant_is_iso_8601_within_the_listings_years(client, agenda, since):
    """Found by schemathesis: pydantic reads "0.5" as a Unix timestamp, and PostgreSQL refuses
    an offset of +23:32 (a 500)."""
    assert client.get(EVENTS, {"updated_since": since}).status_code == 422
    assert client.get("/api/v1/events/removed/", {"since": since}).status_code == 422


def test_an_instant_with_an_offset_or_none_is_read_right(client, agenda):
    EventPageFactory(parent=agenda)
    for since in ("2001-01-01T00:00:00+14:00", "2001-01-01T00:00:00", "2001-01-01"):
        assert len(get(client, EVENTS, updated_since=since)["results"]) == 1
