"""Embargoed press releases: a press release published with a go-live date is public nowhere
before it, readable by journalists with a personal access (page and RSS, within its beats),
public by itself at the embargo (`publish_scheduled`); a revoked access opens nothing."""

from datetime import timedelta
from io import StringIO
from urllib.parse import quote
from xml.etree import ElementTree

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import Theme
from news.kinds import Kind
from news.models import NewsPage
from press.admin_urls import TOKENS
from press.models import PressToken
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.press.conftest import leaks

pytestmark = pytest.mark.django_db

SECRET = "La Roue lance une carte de paiement"


@pytest.fixture
def newsroom(home_page):
    return NewsIndexPageFactory(parent=home_page)


def embargoed(newsroom, title=SECRET, themes=("culture",)):
    """A press release approved to go live in two hours, as the admin's scheduled publishing
    leaves it."""
    page = NewsPage(title=title, summary="Sous embargo jusqu'à la conférence.", kind=Kind.PRESS)
    newsroom.add_child(instance=page)
    page.themes.set([Theme.objects.get(slug=slug) for slug in themes])
    page.go_live_at = timezone.now() + timedelta(hours=2)
    page.live = False
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def access(name="Lucie Borel, Le Dauphiné", beats=()):
    token = PressToken(name=name)
    key = token.new_key()
    token.save()
    token.beats.set([Theme.objects.get(slug=slug) for slug in beats])
    return token, key


@pytest.mark.indexed
def test_before_the_embargo_only_the_access_reads_it(client, newsroom):
    NewsPageFactory(parent=newsroom, title="Une nouvelle publique", kind=Kind.PRESS)
    release = embargoed(newsroom)
    _token, key = access()

    page = client.get(reverse("press_embargo", args=[key]))
    assert page.status_code == 200
    text = page.content.decode()
    assert SECRET in text and "Une nouvelle publique" not in text
    assert "no-store" in page["Cache-Control"] and "noindex" in page["X-Robots-Tag"]
    feed = client.get(reverse("press_embargo_feed", args=[key]))
    assert feed.status_code == 200
    titles = [t.text for t in ElementTree.fromstring(feed.content).iter("title")]
    assert SECRET in titles

    # nowhere public: the page, the newsroom and its feeds, the press room, search, sitemap
    for url in (
        "/actualites/",
        "/actualites/rss.xml",
        "/actualites/rss.xml?kind=press",
        "/recherche/?q=carte+de+paiement",
        "/sitemap.xml",
    ):
        answer = client.get(url)
        assert SECRET not in answer.content.decode(), url
    assert client.get(release.get_url()).status_code == 404


def test_at_the_embargo_it_goes_public_by_itself_and_leaves_the_private_feed(
    client, newsroom, monkeypatch
):
    release = embargoed(newsroom)
    _token, key = access()
    assert SECRET in client.get(reverse("press_embargo", args=[key])).content.decode()
    # three hours later, the scheduled publishing runs (every minute in production)
    later = timezone.now() + timedelta(hours=3)
    with monkeypatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled", stdout=StringIO())
    assert not Revision.page_revisions.filter(approved_go_live_at__isnull=False).exists()
    release.refresh_from_db()
    assert release.live
    assert client.get(release.get_url()).status_code == 200
    assert SECRET in client.get("/actualites/").content.decode()
    assert SECRET not in client.get(reverse("press_embargo", args=[key])).content.decode()


def test_an_access_sees_only_its_beats(client, newsroom):
    embargoed(newsroom)
    embargoed(newsroom, title="Les AMAP du Gapençais recrutent", themes=("agriculture",))
    _token, key = access(beats=("agriculture",))
    text = client.get(reverse("press_embargo", args=[key])).content.decode()
    assert "Les AMAP du Gapençais recrutent" in text and SECRET not in text


def test_an_access_opens_the_embargoed_releases_only_not_the_book(client, newsroom, secret_contact):
    embargoed(newsroom)
    token, key = access()
    token.contact = secret_contact
    token.save()
    assert not leaks(client.get(reverse("press_embargo", args=[key])))
    assert not leaks(client.get(reverse("press_embargo_feed", args=[key])))
    admin = client.get(reverse(f"{TOKENS}:list"))
    assert admin.status_code == 302 and admin["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_revoked_or_unknown_access_opens_nothing(client, newsroom):
    embargoed(newsroom)
    token, key = access()
    assert client.get(reverse("press_embargo_feed", args=[key])).status_code == 200
    token.revoked = True
    token.save()
    assert token.revoked_at is not None
    for name in ("press_embargo", "press_embargo_feed"):
        answer = client.get(reverse(name, args=[key]))
        assert answer.status_code == 404 and SECRET not in answer.content.decode()
    other, other_key = access(name="Autre")
    assert client.get(reverse("press_embargo", args=[other_key + "x"])).status_code == 404
    assert client.get(reverse("press_embargo", args=[other_key])).status_code == 200


def test_only_a_hash_of_the_key_is_kept_and_the_address_is_shown_once(client, editor):
    client.force_login(editor)
    answer = client.post(
        reverse(f"{TOKENS}:add"), {"name": "Radio Alpine Meilleure", "contact": ""}, follow=True
    )
    token = PressToken.objects.get()
    message = answer.content.decode()
    start = message.index("/presse/embargo/")
    key = message[start:].split("/")[3]
    assert key.startswith(token.key_start) and len(key) > 20
    assert token.key_sha256 == PressToken.hash(key) and key not in token.key_sha256
    assert token.created_by == editor
    assert client.get(reverse("press_embargo", args=[key])).status_code == 200
    assert key not in client.get(reverse(f"{TOKENS}:list")).content.decode()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(key=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80))
def test_any_key_opens_nothing_and_never_errs(client, newsroom, key):
    for suffix in ("", "rss.xml"):
        answer = client.get(f"/presse/embargo/{quote(key, safe='')}/{suffix}")
        assert answer.status_code == 404
        assert SECRET not in answer.content.decode()
