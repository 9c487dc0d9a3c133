"""The agenda, the directory and the news on members' own sites: embed routes that any site may
frame (and no other page), their layouts and filters, and the admin's code generator."""

from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from core.models import Commune
from tests.conftest import la_roue
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(agenda, directory):
    roue = la_roue(directory)
    return [
        EventPageFactory(
            parent=agenda,
            title="Marché paysan",
            organisers=[roue],
            commune=Commune.objects.get(insee="05023"),
            start=timezone.now().replace(microsecond=0) + timedelta(days=2),
        ),
        EventPageFactory(parent=agenda, title="Café réparation"),
    ]


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    return next(d for d in policy.split(";") if d.strip().startswith("frame-ancestors")).split()[1:]


def test_only_the_embed_routes_may_be_framed_by_any_site(client, agenda, directory, events):
    embed = client.get(agenda.url + "embed/")
    assert embed.status_code == 200
    assert frame_ancestors(embed) == ["*"] and "X-Frame-Options" not in embed
    for url in (agenda.url, agenda.url + "embed/x/", directory.url, "/"):
        response = client.get(url)
        assert frame_ancestors(response) == ["'self'"], url
    assert client.get(agenda.url)["X-Frame-Options"] == "DENY"


def test_the_embedded_agenda_follows_filters_layout_and_limit(client, agenda, events):
    html = client.get(agenda.url + "embed/", {"organisation": "la-roue"}).content.decode()
    assert "Marché paysan" in html and "Café réparation" not in html
    assert 'target="_blank"' in html and events[0].get_full_url() + "event.ics" in html
    assert "<h1" in html and '<html lang="fr">' in html
    compact = client.get(agenda.url + "embed/", {"layout": "compact", "limit": 1})
    assert compact.content.decode().count('<li class="embed-event') == 1
    assert "embed--compact" in compact.content.decode()
    month = client.get(agenda.url + "embed/", {"layout": "month"}).content.decode()
    assert "<table" in month
    titled = client.get(agenda.url + "embed/", {"title": "Nos rendez-vous", "layout": "nope"})
    assert "<title>Nos rendez-vous</title>" in titled.content.decode()
    assert "embed--list" in titled.content.decode()
    for limit in ("-3", "x", "100000"):
        assert client.get(agenda.url + "embed/", {"limit": limit}).status_code == 200


def test_the_directory_and_one_organisation_s_news_embed(client, home_page, directory):
    roue = la_roue(directory)
    newsroom = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=newsroom, title="La Roue a 10 ans", organisations=[roue])
    NewsPageFactory(parent=newsroom, title="Autre chose")
    news = client.get(newsroom.url + "embed/", {"organisation": "la-roue"})
    assert frame_ancestors(news) == ["*"]
    assert "La Roue a 10 ans" in news.content.decode()
    assert "Autre chose" not in news.content.decode()
    listing = client.get(directory.url + "embed/", {"territory": "brianconnais"})
    assert frame_ancestors(listing) == ["*"] and "La Roue" in listing.content.decode()


def test_the_embedded_month_links_each_date_to_the_hub_in_a_new_tab(client, agenda, directory):
    noon = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    event = EventPageFactory(parent=agenda, title="Assemblée de l'Écho", start=noon)
    html = client.get(agenda.url + "embed/", {"layout": "month"}).content.decode()
    link = f'<a href="http://testserver{event.url}" target="_blank" rel="noopener">12:00 Assemblée'
    assert link in html.replace("&#x27;", "'")
    assert '<abbr title="Lundi">Lun</abbr>' in html
    # the month page itself links within the site, in the same tab
    page = client.get(agenda.url + f"month/{noon:%Y/%m}/").content.decode()
    assert f'<a href="{event.url}">12:00 Assemblée' in page.replace("&#x27;", "'")


def test_embeds_say_when_nothing_matches(client, home_page, agenda, directory):
    newsroom = NewsIndexPageFactory(parent=home_page)
    cases = {
        agenda.url: "Nothing on for these filters. Try other dates or remove a filter.",
        directory.url: "No organisation matches these filters. Remove a filter to see more.",
        newsroom.url: "No news for these filters.",
    }
    for url, message in cases.items():
        html = client.get(url + "embed/", {"keywords": "zzz introuvable"})
        assert html.status_code == 200
        assert '<ul class="embed-list">' not in html.content.decode(), url
        with translation.override("fr"):
            assert gettext(message) in html.content.decode().replace("&#x27;", "'"), url


def test_the_directory_map_embed_lists_every_match_at_a_constant_cost(client, directory):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import OrganisationPageFactory

    la_roue(directory)

    def embed():
        client.get(directory.url + "embed/", {"layout": "map"})  # the site's settings read
        with CaptureQueriesContext(connection) as queries:
            html = client.get(directory.url + "embed/", {"layout": "map"}).content.decode()
        return html, len(queries)

    html, few = embed()
    assert 'id="directory-map"' in html and "La Roue" in html and "Briançonnais" in html
    assert '"lat": 44.8' in html  # the marker, at Briançon
    for n in range(30):
        OrganisationPageFactory(parent=directory, title=f"Structure {n:02d}", slug=f"s-{n}")
    html, many = embed()
    assert html.count('<li class="embed-organisation">') == 31
    assert many == few <= 12
    # the list and compact layouts have no map
    assert 'id="directory-map"' not in client.get(directory.url + "embed/").content.decode()
