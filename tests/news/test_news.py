import json
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import feedparser
import pytest

from core.models import Theme
from tests.conftest import card_titles, la_roue
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def roue(directory):
    return la_roue(directory, press_email="presse@laroue.example.org")


@pytest.fixture
def news(index, roue):
    today = timezone.localdate()
    return {
        "monnaie": NewsPageFactory(
            parent=index,
            title="La Roue passe le cap des 100 commerces",
            date=today,
            themes=[Theme.objects.get(slug="monnaie-locale")],
            organisations=[roue],
        ),
        "communique": NewsPageFactory(
            parent=index,
            title="Communiqué : le Hub ESS 05 est en ligne",
            kind="press",
            date=today - timedelta(days=3),
            organisations=[roue],
        ),
        "ancienne": NewsPageFactory(
            parent=index,
            title="Retour sur le forum 2021",
            date=today - timedelta(days=200),
            themes=[Theme.objects.get(slug="cooperation")],
        ),
    }


class TestListing:
    def test_newest_first(self, client, news):
        assert card_titles(client.get("/actualites/")) == [
            "La Roue passe le cap des 100 commerces",
            "Communiqué : le Hub ESS 05 est en ligne",
            "Retour sur le forum 2021",
        ]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("kind=press", ["Communiqué : le Hub ESS 05 est en ligne"]),
            ("theme=cooperation", ["Retour sur le forum 2021"]),
            (
                "organisation=la-roue",
                [
                    "La Roue passe le cap des 100 commerces",
                    "Communiqué : le Hub ESS 05 est en ligne",
                ],
            ),
            ("organisation=la-roue&kind=news", ["La Roue passe le cap des 100 commerces"]),
        ],
    )
    def test_filters(self, client, news, query, expected):
        assert card_titles(client.get(f"/actualites/?{query}")) == expected

    def test_month_archive(self, client, news):
        date = news["ancienne"].date
        response = client.get(f"/actualites/archive/{date.year}/{date.month}/")
        assert card_titles(response) == ["Retour sur le forum 2021"]

    def test_listing_queries_do_not_grow_with_the_news(self, client, index, roue):
        def count():
            client.get("/actualites/")
            with CaptureQueriesContext(connection) as captured:
                client.get("/actualites/?kind=news")
            return len(captured.captured_queries)

        for _ in range(5):
            NewsPageFactory(parent=index, organisations=[roue])
        small = count()
        for _ in range(40):
            NewsPageFactory(parent=index, organisations=[roue])
        assert count() == small <= 15

    def test_news_page_names_its_press_contact_and_has_structured_data(self, client, news):
        html = client.get(news["communique"].url).content.decode()
        assert "presse@laroue.example.org" in html
        data = json.loads(
            html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        )
        assert data["@type"] == "NewsArticle"
        assert data["publisher"] == [{"@type": "Organization", "name": "La Roue"}]
        assert 'type="application/rss+xml"' in html


class TestFeeds:
    @pytest.mark.parametrize("kind", ["rss", "atom"])
    def test_feed_parses_with_absolute_links_and_stable_guids(self, client, news, kind):
        response = client.get(f"/actualites/{kind}.xml")
        assert response.status_code == 200
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo
        assert [e.title for e in parsed.entries][0] == "La Roue passe le cap des 100 commerces"
        first = parsed.entries[0]
        # absolute, on the canonical address of the Wagtail site
        assert first.link.startswith("http://localhost/actualites/")
        assert first.id == f"urn:uuid:{news['monnaie'].translation_key}"
        assert [t.term for t in first.tags] == ["Monnaie locale"]

    def test_press_releases_only(self, client, news):
        parsed = feedparser.parse(client.get("/actualites/rss.xml?kind=press").content)
        assert [e.title for e in parsed.entries] == ["Communiqué : le Hub ESS 05 est en ligne"]
        assert "communiqués" in parsed.feed.title

    def test_by_theme_and_by_organisation(self, client, news):
        by_theme = feedparser.parse(client.get("/actualites/atom.xml?theme=cooperation").content)
        assert [e.title for e in by_theme.entries] == ["Retour sur le forum 2021"]
        by_org = feedparser.parse(client.get("/actualites/rss.xml?organisation=la-roue").content)
        assert len(by_org.entries) == 2

    def test_conditional_get_answers_304_until_news_changes(self, client, news, index):
        first = client.get("/actualites/rss.xml")
        etag = first["ETag"]
        assert client.get("/actualites/rss.xml", HTTP_IF_NONE_MATCH=etag).status_code == 304
        assert (
            client.get(
                "/actualites/rss.xml", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
            ).status_code
            == 304
        )
        NewsPageFactory(parent=index, title="Nouvelle toute fraîche")
        assert client.get("/actualites/rss.xml", HTTP_IF_NONE_MATCH=etag).status_code == 200

    def test_each_language_has_its_feed(self, client, news, index, locales):
        from tests.conftest import translate

        translate(index, locales["en"], title="News", slug="news")
        translate(news["monnaie"], locales["en"], title="La Roue passes 100 shops")
        parsed = feedparser.parse(client.get("/en/news/rss.xml").content)
        assert [e.title for e in parsed.entries] == ["La Roue passes 100 shops"]
        assert parsed.entries[0].id == f"urn:uuid:{news['monnaie'].translation_key}"


def test_home_page_with_every_section_stays_within_budget(
    client, news, roue, agenda, django_assert_max_num_queries
):
    EventPageFactory(parent=agenda, title="Réunion La Roue", organisers=[roue])
    client.get("/")
    with django_assert_max_num_queries(15):
        html = client.get("/").content.decode()
    assert "Réunion La Roue" in html  # agenda
    assert "La Roue passe le cap des 100 commerces" in html  # news
    assert 'class="card organisation-card"' in html  # directory


def test_organisation_page_shows_its_news(client, news, roue):
    html = client.get(roue.url).content.decode()
    assert "La Roue passe le cap des 100 commerces" in html


def test_press_room_lists_releases_contacts_and_feeds(
    client, news, home_page, agenda, django_assert_max_num_queries
):
    from news.models import PressRoomPage

    room = home_page.add_child(instance=PressRoomPage(title="Salle de presse", slug="presse"))
    room.save_revision().publish()
    client.get("/presse/")
    with django_assert_max_num_queries(15):
        html = client.get("/presse/").content.decode()
    assert "Communiqué : le Hub ESS 05 est en ligne" in html
    assert "La Roue passe le cap" not in html  # news, not a press release
    assert "presse@laroue.example.org" in html
    assert "http://testserver/actualites/rss.xml?kind=press" in html
    assert "webcal://testserver/agenda/agenda.ics" in html


def test_feed_items_carry_their_image_as_an_enclosure(client, index):
    import wagtail_factories

    image = wagtail_factories.ImageFactory(title="Marché paysan")
    NewsPageFactory(parent=index, title="Le marché paysan s'agrandit", image=image)
    parsed = feedparser.parse(client.get("/actualites/rss.xml").content)
    (enclosure,) = parsed.entries[0].enclosures
    assert enclosure.href.startswith("http://testserver/media/original_images/")
    assert enclosure.type.startswith("image/")
    assert int(enclosure.length) == image.get_file_size() > 0
