"""Members' news in: fetched from a real local HTTP server, sanitised, de-duplicated."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.utils import translation

import pytest

from core.models import Commune
from news.aggregation import FeedImportError, import_feed, parse_feed, sync_feed
from news.models import FeedSource, MemberNewsItem
from tests.factories import DirectoryPageFactory, NewsIndexPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>La Roue</title><link>https://roue.example.org/</link>
<item><guid>https://roue.example.org/?p=1</guid><title>Cent commer&#231;ants !</title>
<link>https://roue.example.org/cent</link><pubDate>Sun, 15 Nov 2026 10:00:00 +0100</pubDate>
<description><![CDATA[<p>Bravo <a href="javascript:alert(1)">ici</a>
<script>alert(1)</script><img src=x onerror="alert(1)"> et
<a href="https://roue.example.org/x">l&#224;</a></p>]]></description></item>
<item><title>Sans identifiant</title><link>https://roue.example.org/sans-id</link></item>
<item><guid>evil</guid><title>Lien dangereux</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ludambule</title><id>urn:ludambule</id>
<updated>2026-11-20T10:00:00Z</updated>
<entry><id>urn:ludambule:1</id><title>Nouveaux jeux</title>
<link href="https://ludambule.example.org/jeux"/><updated>2026-11-20T10:00:00Z</updated>
<summary>Des jeux coop&#233;ratifs.</summary></entry></feed>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title>
<link>https://x.example.org/</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>
<link>https://x.example.org/</link></item></channel></rss>"""


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def roue(home_page):
    directory = DirectoryPageFactory(parent=home_page)
    return OrganisationPageFactory(
        parent=directory,
        title="La Roue",
        slug="la-roue",
        commune=Commune.objects.get(insee="05023"),
    )


@pytest.fixture
def source(roue, httpserver):
    return FeedSource.objects.create(
        organisation=roue, url=httpserver.url_for("/feed.xml"), publish_directly=True
    )


def test_rss_entries_are_sanitised_and_keyed_by_id_or_link():
    entries = {e["title"]: e for e in parse_feed(RSS)}
    assert set(entries) == {"Cent commerçants !", "Sans identifiant"}  # javascript: link dropped
    summary = entries["Cent commerçants !"]["summary"]
    assert "javascript" not in summary and "<script" not in summary and "onerror" not in summary
    assert 'href="https://roue.example.org/x"' in summary
    assert entries["Sans identifiant"]["entry_id"] == "https://roue.example.org/sans-id"


def test_atom_is_read_too():
    (entry,) = parse_feed(ATOM)
    assert entry["title"] == "Nouveaux jeux"
    assert entry["link"] == "https://ludambule.example.org/jeux"


@pytest.mark.parametrize("content", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused(content):
    with pytest.raises(FeedImportError, match="entities"):
        parse_feed(content)


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedImportError, match="not an RSS or Atom"):
        parse_feed(b"<html><body>Maintenance</body></html>")


def test_sync_stores_once_and_costs_a_304_when_unchanged(source, httpserver):
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        RSS, content_type="application/rss+xml", headers={"ETag": '"r1"'}
    )
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(
        RSS, content_type="application/rss+xml"
    )
    httpserver.expect_ordered_request(
        "/feed.xml", headers={"If-None-Match": '"r1"'}
    ).respond_with_data("", status=304)
    assert sync_feed(source) == ""
    assert source.items.count() == 2
    source.etag = ""  # a full fetch: the same entries are not stored twice
    assert sync_feed(source) == ""
    assert source.items.count() == 2
    source.etag = '"r1"'
    assert sync_feed(source) == ""
    assert "Unchanged" in source.last_result


def test_broken_feed_keeps_its_last_good_entries_and_shows_its_error(source, httpserver):
    import_feed(RSS, source)
    httpserver.expect_request("/feed.xml").respond_with_data("oops", status=503)
    error = sync_feed(source)
    assert "(503)" in error
    source.refresh_from_db()
    assert "(503)" in source.last_error
    assert source.items.count() == 2


def test_items_of_a_moderated_feed_wait_for_approval(roue):
    moderated = FeedSource.objects.create(organisation=roue, url="https://roue.example.org/feed")
    import_feed(ATOM, moderated)
    assert not MemberNewsItem.objects.get().approved


def test_stream_appears_on_home_news_index_and_organisation_page(client, source, home_page, roue):
    import_feed(RSS, source)
    NewsIndexPageFactory(parent=home_page)
    for url in ("/", "/actualites/", roue.url):
        html = client.get(url).content.decode()
        assert 'href="https://roue.example.org/cent"' in html, url


def test_command_reads_a_file_and_rejects_bad_input(tmp_path, roue):
    good, bad = tmp_path / "feed.xml", tmp_path / "bad.xml"
    good.write_bytes(ATOM)
    bad.write_bytes(EXTERNAL_ENTITY)
    out = StringIO()
    call_command("import_feed", str(good), "--organisation", "la-roue", stdout=out)
    assert "1 new" in out.getvalue()
    with pytest.raises(CommandError, match="entities"):
        call_command("import_feed", str(bad), "--organisation", "la-roue")


def test_truncated_feed_is_refused_and_keeps_the_last_good_entries(source):
    import_feed(RSS, source)
    with pytest.raises(FeedImportError, match="well-formed"):
        import_feed(RSS[: RSS.index(b"<item><title>Sans")] + b"<item><title>Coup", source)
    assert source.items.count() == 2
