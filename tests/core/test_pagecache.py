"""The anonymous page cache: kept once rendered, shared by every worker, stale as soon as the
content changes, never for logged-in users or pages with forms."""

from django.test import Client

import pytest

from core.pagecache import content_version
from tests.factories import AgendaPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def newsroom(home_page):
    newsroom = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=newsroom, title="Cent commerçants acceptent la Roue")
    return newsroom


def test_a_kept_page_costs_no_query_and_an_unchanged_one_a_304(
    client, newsroom, django_assert_num_queries
):
    first = client.get(newsroom.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    assert "Cent commerçants" in first.content.decode()
    with django_assert_num_queries(0):
        again = client.get(newsroom.url)
    assert again["X-Page-Cache"] == "hit" and again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert "public" in again["Cache-Control"] and "max-age=60" in again["Cache-Control"]
    with django_assert_num_queries(0):
        unchanged = client.get(newsroom.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert unchanged.status_code == 304 and unchanged.content == b""


def test_the_page_does_not_vary_with_accept_language(client, newsroom):
    for _ in range(2):
        response = client.get(newsroom.url, HTTP_ACCEPT_LANGUAGE="it")
        assert "accept-language" not in response.get("Vary", "").lower()
        assert response["Content-Language"] == "fr"


def test_publishing_makes_every_kept_page_stale(client, newsroom, home_page):
    listing = client.get(newsroom.url)
    home = client.get(home_page.url)
    news = NewsPageFactory(parent=newsroom, title="Brouillon", live=False)
    news.title = "Le marché de Noël solidaire"
    news.save_revision().publish()
    fresh = client.get(newsroom.url)
    assert fresh["X-Page-Cache"] == "miss" and fresh["ETag"] != listing["ETag"]
    assert "Le marché de Noël solidaire" in fresh.content.decode()
    assert client.get(home_page.url)["ETag"] != home["ETag"]
    # an old ETag is no longer a 304
    assert client.get(newsroom.url, HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 200
    news.refresh_from_db()
    news.unpublish()
    assert "Le marché de Noël" not in client.get(newsroom.url).content.decode()


def test_a_taxonomy_or_snippet_change_makes_pages_stale(client, newsroom):
    from core.models import Theme

    client.get(newsroom.url)
    version = content_version()
    theme = Theme.objects.first()
    theme.name_it = theme.name_it + " "
    theme.save()
    assert content_version() > version
    assert client.get(newsroom.url)["X-Page-Cache"] == "miss"


def test_a_draft_saved_by_a_communicator_changes_nothing_public(client, newsroom):
    client.get(newsroom.url)
    version = content_version()
    news = newsroom.get_children().first().specific
    news.title = "Un brouillon"
    news.save_revision()
    assert content_version() == version
    assert client.get(newsroom.url)["X-Page-Cache"] == "hit"


def test_logged_in_users_and_pages_with_forms_are_never_kept(
    client, newsroom, home_page, django_user_model
):
    agenda = AgendaPageFactory(parent=home_page)
    form = agenda.url + "propose/"
    for _ in range(2):
        response = client.get(form)
        assert response.status_code == 200 and "X-Page-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()
    user = django_user_model.objects.create_user("lucie", "lucie@example.org", "pw")
    member = Client()
    member.force_login(user)
    for _ in range(2):
        response = member.get(newsroom.url)
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert client.get("/admin/login/").get("X-Page-Cache") is None
    # free text: one entry per phrase typed would fill the shared cache
    assert "X-Page-Cache" not in client.get(newsroom.url, {"q": "vélo"})
    assert client.get(newsroom.url, {"kind": "press"})["X-Page-Cache"] == "miss"


def test_feeds_are_kept_too(client, newsroom, django_assert_num_queries):
    rss = newsroom.url + "rss.xml"
    first = client.get(rss)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    assert first["Content-Type"].startswith("application/rss+xml")
    with django_assert_num_queries(0):
        again = client.get(rss, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_a_change_seen_by_one_worker_is_seen_by_all(shared_cache, client, newsroom):
    """Two processes sharing Redis, as gunicorn's workers do: a version moved by another
    process makes this one's kept page stale."""
    first = client.get(newsroom.url)
    assert client.get(newsroom.url)["X-Page-Cache"] == "hit"
    shared_cache("from core.pagecache import forget_content; forget_content()")
    again = client.get(newsroom.url)
    assert again["X-Page-Cache"] == "miss" and again["ETag"] != first["ETag"]


def test_the_redis_cache_makes_one_client_per_pool_and_works_across_processes(shared_cache):
    """Django builds a redis.Redis per operation (0.2 ms of CPU each): ours keeps one."""
    from django.core.cache import cache

    backend = cache._cache
    assert backend.get_client() is backend.get_client()
    assert backend.get_client(write=True) is backend.get_client()  # one server: one pool
    cache.set("greeting", {"fr": "bonjour"})
    assert cache.get_many(["greeting", "absent"]) == {"greeting": {"fr": "bonjour"}}
    shared_cache(
        "from django.core.cache import cache; cache.set('counter', 41); cache.incr('counter')"
    )
    assert cache.get("counter") == 42


def test_a_cdn_in_front_is_told_to_forget_the_page_its_listing_and_the_home_page(
    settings, newsroom, home_page, httpserver
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": httpserver.url_for("/"),
        }
    }
    httpserver.expect_request("", method="PURGE").respond_with_data("")  # any path
    news = NewsPageFactory(parent=newsroom, title="Brouillon", slug="fete", live=False)
    news.save_revision().publish()
    purged = {request.path for request, _response in httpserver.log}
    assert {"/", newsroom.url, news.url} <= purged
    assert all(request.method == "PURGE" for request, _response in httpserver.log)
    assert all(request.headers["Host"] == "localhost" for request, _response in httpserver.log)


def test_what_pages_show_moves_the_version_and_derived_or_private_rows_do_not(
    home_page, newsroom, django_user_model
):
    from agenda.models import Occurrence
    from directory.models import Communicator
    from home.models import SiteSettings
    from news.models import FeedSource, MemberNewsItem
    from tests.factories import DirectoryPageFactory, EventPageFactory, OrganisationPageFactory

    def moved(change):
        before = content_version()
        change()
        return content_version() > before

    settings = SiteSettings.objects.get()
    assert moved(lambda: settings.save())
    event = EventPageFactory(parent=AgendaPageFactory(parent=home_page), title="Atelier vélo")
    event.save_revision().publish()
    assert Occurrence.objects.filter(event=event).exists()
    # derived rows: the occurrences are rebuilt on publish, which alone moves the version
    assert not moved(lambda: Occurrence.objects.filter(event=event).delete())
    organisation = OrganisationPageFactory(parent=DirectoryPageFactory(parent=home_page))
    source = FeedSource.objects.create(organisation=organisation, url="https://x.example/")
    assert not moved(lambda: source.save())  # private bookkeeping
    user = django_user_model.objects.create_user("lucie", "lucie@example.org", "pw")
    assert not moved(lambda: Communicator.objects.create(user=user, organisation=organisation))
    item = MemberNewsItem(
        source=source,
        entry_id="1",
        title="Cent commerçants",
        link="https://x.example/1",
        published=event.start,
    )
    assert moved(lambda: item.save())
    assert moved(lambda: item.delete())
