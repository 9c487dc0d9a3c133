"""The site, the page of a URL, the Locales and the absence of view restrictions come from the
shared cache (core/routing.py): a page no longer costs a query per URL segment, and the cache
never serves a page that was renamed, unpublished, deleted or made private."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

import pytest

from tests.conftest import translate
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

ROUTING_TABLES = ("wagtailcore_site", "wagtailcore_locale", "wagtailcore_pageviewrestriction")


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries.captured_queries]


@pytest.fixture
def event(agenda):
    return EventPageFactory(parent=agenda, title="Atelier vélo", slug="atelier-velo")


def test_a_known_route_reads_no_site_locale_or_restriction_and_fetches_the_page_once(client, event):
    client.get(event.url)
    response, queries = tables_read(client, event.url)
    assert response.status_code == 200 and "Atelier vélo" in response.content.decode()
    assert not [sql for sql in queries if any(table in sql for table in ROUTING_TABLES)]
    assert not [sql for sql in queries if '"wagtailcore_page"."slug" =' in sql]  # by segment
    fetched = [
        sql for sql in queries if f'WHERE "agenda_eventpage"."page_ptr_id" = {event.pk}' in sql
    ]
    assert len(fetched) == 1


def test_a_renamed_page_is_found_at_its_new_address_only(client, event):
    old_url = event.url
    assert client.get(old_url).status_code == 200
    event.slug = "atelier-velo-participatif"
    event.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert client.get("/agenda/atelier-velo-participatif/").status_code == 200


def test_an_unpublished_or_deleted_page_is_gone_at_once(client, agenda, event):
    other = EventPageFactory(parent=agenda, title="Jeux", slug="jeux")
    for url in (event.url, other.url):
        assert client.get(url).status_code == 200
    event.unpublish()
    assert client.get("/agenda/atelier-velo/").status_code == 404
    other.delete()
    assert client.get("/agenda/jeux/").status_code == 404


def test_a_page_made_private_asks_for_a_login_at_once(client, agenda, event):
    assert client.get(event.url).status_code == 200
    PageViewRestriction.objects.create(page=agenda, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(event.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    PageViewRestriction.objects.all().delete()
    assert client.get(event.url).status_code == 200


def test_routes_of_a_routable_page_and_its_files_are_resolved_from_a_known_route(
    client, agenda, event
):
    for _attempt in range(2):
        assert client.get("/agenda/past/").status_code == 200
        feed = client.get("/agenda/agenda.ics")
        assert feed.status_code == 200 and b"Atelier v\xc3\xa9lo" in b"".join(
            feed.streaming_content
        )
        assert client.get("/agenda/month/2026/13/").status_code == 404
        assert client.get("/agenda/no-such-event/").status_code == 404


def test_each_language_keeps_its_own_route_and_locale(client, locales, agenda, event):
    translate(agenda, locales["en"], title="What's on", slug="whats-on")
    translate(event, locales["en"], title="Bike workshop", slug="bike-workshop")
    for _attempt in range(2):
        assert "Atelier vélo" in client.get("/agenda/atelier-velo/").content.decode()
        assert "Bike workshop" in client.get("/en/whats-on/bike-workshop/").content.decode()
        assert client.get("/en/agenda/atelier-velo/").status_code == 404
    with CaptureQueriesContext(connection) as queries:
        for _attempt in range(2):
            with translation.override("en"):
                assert Locale.get_active() == locales["en"]
            with translation.override("fr"):
                assert Locale.get_active() == locales["fr"]
    assert len(queries) == 0  # read by the requests above, then from the cache


def test_a_publish_by_another_worker_is_seen_by_this_one(shared_cache, client, event):
    """Two processes sharing Redis, as gunicorn's workers do: the pages' version moved by
    another process makes this one find the site and the route again."""
    client.get(event.url)
    _response, queries = tables_read(client, event.url)
    assert not [sql for sql in queries if "wagtailcore_site" in sql]
    shared_cache("from core.cache import forget_pages; forget_pages()")
    response, queries = tables_read(client, event.url)
    assert response.status_code == 200
    assert [sql for sql in queries if "wagtailcore_site" in sql]


def test_a_listing_reads_the_shared_cache_a_bounded_number_of_times(
    client, agenda, directory, monkeypatch
):
    """Each read of the shared cache is a round trip to Redis in production: the version of
    the pages and the Locale are read once per request, a map marker's URL costs none, so the
    reads do not grow with what a page lists."""
    from django.core.cache.backends.locmem import LocMemCache

    from tests.factories import OrganisationPageFactory

    reads = []
    for name in ("get", "get_many", "get_or_set"):
        original = getattr(LocMemCache, name)

        def counted(self, *args, _original=original, **kwargs):
            reads.append(args[0])
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(LocMemCache, name, counted)

    def reads_of(url):
        client.get(url)  # what every worker keeps
        reads.clear()
        assert client.get(url).status_code == 200
        return len(reads)

    for _ in range(2):
        EventPageFactory(parent=agenda)
        OrganisationPageFactory(parent=directory)
    few = {url: reads_of(url) for url in (agenda.url, directory.url)}
    for _ in range(10):
        EventPageFactory(parent=agenda)
        OrganisationPageFactory(parent=directory)
    many = {url: reads_of(url) for url in (agenda.url, directory.url)}
    assert many == few
    assert all(count <= 20 for count in many.values()), many
