"""Members' news in: fetched from a real local HTTP server, sanitised, de-duplicated."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.utils import translation

import pytest

from news.aggregation import FeedImportError, import_feed, parse_feed, sync_feed
from news.models import FeedSource, MemberNewsItem
from tests.factories import NewsIndexPageFactory

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


# `roue` (La Roue) comes from tests/conftest.py


@pytest.fixture
def source(roue, httpserver):
    return FeedSource.objects.create(
        organisation=roue, url=httpserver.url_for("/feed.xml"), publish_directly=True
    )


def test_rss_entries_are_sanitised_and_keyed_by_their_guid_or_a_hash():
    entries = {e["title"]: e for e in parse_feed(RSS)}
    assert set(entries) == {"Cent commerçants !", "Sans identifiant"}  # javascript: link dropped
    summary = entries["Cent commerçants !"]["summary"]
    assert "javascript" not in summary and "<script" not in summary and "onerror" not in summary
    assert 'href="https://roue.example.org/x"' in summary
    assert entries["Cent commerçants !"]["entry_id"] == "https://roue.example.org/?p=1"
    assert entries["Sans identifiant"]["entry_id"].startswith("sha256:")


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


# Feeds as WordPress, Ghost and Mastodon write them, and one whose items have no guid and share
# a link: an id per item that does not change from one fetch to the next, and never a crash.

WORDPRESS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>La Roue</title>
	<atom:link href="https://roue.example.org/feed/" rel="self" type="application/rss+xml" />
	<link>https://roue.example.org</link>
	<description>Monnaie locale des Hautes-Alpes</description>
	<lastBuildDate>Mon, 30 Nov 2026 09:12:44 +0000</lastBuildDate>
	<language>fr-FR</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>
	<item>
		<title>La Roue fête ses dix ans</title>
		<link>https://roue.example.org/2026/11/30/dix-ans/</link>
		<comments>https://roue.example.org/2026/11/30/dix-ans/#respond</comments>
		<dc:creator><![CDATA[lucie]]></dc:creator>
		<pubDate>Mon, 30 Nov 2026 09:12:44 +0000</pubDate>
		<category><![CDATA[Vie de l'association]]></category>
		<guid isPermaLink="false">https://roue.example.org/?p=412</guid>
		<description><![CDATA[Dix ans de monnaie locale&#8230; <a href="https://roue.example.org/2026/11/30/dix-ans/">Lire la suite</a>]]></description>
		<content:encoded><![CDATA[<p>Dix ans de monnaie locale dans les Hautes-Alpes.</p>]]></content:encoded>
		<wfw:commentRss>https://roue.example.org/2026/11/30/dix-ans/feed/</wfw:commentRss>
		<slash:comments>0</slash:comments>
	</item>
	<item>
		<title>Assemblée générale 2027</title>
		<link>https://roue.example.org/2026/11/20/ag-2027/</link>
		<dc:creator><![CDATA[lucie]]></dc:creator>
		<pubDate>Fri, 20 Nov 2026 17:30:00 +0000</pubDate>
		<guid isPermaLink="false">https://roue.example.org/?p=405</guid>
		<description><![CDATA[Rendez-vous le 12 mars à Gap.]]></description>
	</item>
</channel>
</rss>
""".encode()  # noqa: E501 (as the software writes them)

GHOST = """<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title><![CDATA[Ludambule]]></title><description><![CDATA[Ludothèque itinérante]]></description><link>https://ludambule.example.org/</link><generator>Ghost 5.105</generator><lastBuildDate>Tue, 01 Dec 2026 08:00:00 GMT</lastBuildDate><atom:link href="https://ludambule.example.org/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl><item><title><![CDATA[Nouveaux jeux coopératifs]]></title><description><![CDATA[Douze jeux où l'on gagne ensemble.]]></description><link>https://ludambule.example.org/nouveaux-jeux/</link><guid isPermaLink="false">674b2c1f9e3a5d0001a7c2e4</guid><category><![CDATA[Jeux]]></category><dc:creator><![CDATA[Marc]]></dc:creator><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><media:content url="https://ludambule.example.org/content/images/2026/12/jeux.jpg" medium="image"/><content:encoded><![CDATA[<p>Douze jeux où l'on gagne ensemble.</p>]]></content:encoded></item></channel></rss>""".encode()  # noqa: E501 (as the software writes them)

MASTODON = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>La Locomotive</title>
    <description>Public posts from @locomotive@mastodon.example</description>
    <link>https://mastodon.example/@locomotive</link>
    <image>
      <url>https://files.mastodon.example/accounts/avatars/locomotive.png</url>
      <title>La Locomotive</title>
      <link>https://mastodon.example/@locomotive</link>
    </image>
    <lastBuildDate>Wed, 02 Dec 2026 10:00:00 +0000</lastBuildDate>
    <webfeeds:icon>https://files.mastodon.example/accounts/avatars/locomotive.png</webfeeds:icon>
    <generator>Mastodon v4.3.2</generator>
    <item>
      <guid isPermaLink="true">https://mastodon.example/@locomotive/113589012345678901</guid>
      <link>https://mastodon.example/@locomotive/113589012345678901</link>
      <pubDate>Wed, 02 Dec 2026 10:00:00 +0000</pubDate>
      <description>&lt;p&gt;Ce soir au café associatif : soirée jeux et soupe partagée, venez nombreux avec vos voisins, vos amis et vos enfants, on a de la place pour tout le monde !&lt;/p&gt;</description>
      <media:content url="https://files.mastodon.example/media/soupe.jpg" type="image/jpeg" fileSize="123456" medium="image">
        <media:rating scheme="urn:simple">nonadult</media:rating>
        <media:description type="plain">Une marmite de soupe</media:description>
      </media:content>
      <category>soupe</category>
    </item>
    <item>
      <guid isPermaLink="true">https://mastodon.example/@locomotive/113580000000000000</guid>
      <link>https://mastodon.example/@locomotive/113580000000000000</link>
      <pubDate>Mon, 30 Nov 2026 18:00:00 +0000</pubDate>
      <description>&lt;p&gt;Merci !&lt;/p&gt;</description>
    </item>
  </channel>
</rss>
""".encode()  # noqa: E501 (as the software writes them)

# Items without guid that share one link: an events page announced item by item (several
# WordPress event plugins and hand-written feeds do that), one of them listed twice.
SHARED_LINK = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>La Roue</title><link>https://roue.example.org/</link>
<description>Agenda</description>
<item><title>Repair café de janvier</title><link>https://roue.example.org/agenda/</link>
<pubDate>Sat, 09 Jan 2027 09:30:00 +0100</pubDate><description>A Veynes.</description></item>
<item><title>Repair café de février</title><link>https://roue.example.org/agenda/</link>
<pubDate>Sat, 13 Feb 2027 09:30:00 +0100</pubDate><description>A Gap.</description></item>
<item><title>Repair café de février</title><link>https://roue.example.org/agenda/</link>
<pubDate>Sat, 13 Feb 2027 09:30:00 +0100</pubDate><description>A Gap.</description></item>
<item><title>Permanence</title><link>https://roue.example.org/agenda/</link>
<description>Tous les mardis.</description></item>
</channel></rss>
""".encode()  # noqa: E501 (as the software writes them)

FEEDS = {"wordpress": (WORDPRESS, 2), "ghost": (GHOST, 1), "mastodon": (MASTODON, 2)}


@pytest.mark.parametrize(("content", "count"), FEEDS.values(), ids=FEEDS.keys())
def test_real_world_feeds_sync_once_and_again(source, httpserver, content, count):
    httpserver.expect_request("/feed.xml").respond_with_data(
        content, content_type="application/rss+xml; charset=UTF-8"
    )
    assert sync_feed(source) == ""
    assert source.items.count() == count
    ids = set(source.items.values_list("entry_id", flat=True))
    assert sync_feed(source) == ""
    assert "0 new, 0 updated" in source.last_result
    assert set(source.items.values_list("entry_id", flat=True)) == ids


def test_ghost_and_wordpress_items_keep_their_guid_and_image(source):
    import_feed(GHOST, source)
    item = source.items.get()
    assert item.entry_id == "674b2c1f9e3a5d0001a7c2e4"
    assert item.image_url == "https://ludambule.example.org/content/images/2026/12/jeux.jpg"


def test_a_mastodon_post_without_title_takes_the_beginning_of_its_text(source):
    import_feed(MASTODON, source)
    titles = list(source.items.order_by("published").values_list("title", flat=True))
    assert titles[0] == "Merci !"
    assert titles[1].startswith("Ce soir au café associatif : soirée jeux et soupe partagée")
    assert titles[1].endswith("…") and len(titles[1]) <= 101


def test_items_without_guid_sharing_a_link_are_kept_apart_and_never_crash(source, httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(
        SHARED_LINK, content_type="application/rss+xml"
    )
    for _ in range(2):
        assert sync_feed(source) == ""
        titles = sorted(source.items.values_list("title", flat=True))
        assert titles == ["Permanence", "Repair café de février", "Repair café de janvier"]
    assert len(set(source.items.values_list("entry_id", flat=True))) == 3


def test_an_item_stored_under_its_link_by_an_earlier_version_is_not_duplicated(source):
    MemberNewsItem.objects.create(
        source=source,
        entry_id="https://roue.example.org/sans-id",
        title="Sans identifiant",
        link="https://roue.example.org/sans-id",
        published="2026-11-01T10:00:00Z",
        approved=True,
    )
    import_feed(RSS, source)
    assert source.items.filter(title="Sans identifiant").count() == 1
    assert source.items.get(title="Sans identifiant").entry_id.startswith("sha256:")


def test_a_bug_during_the_import_is_recorded_not_raised(source, httpserver, monkeypatch):
    httpserver.expect_request("/feed.xml").respond_with_data(RSS)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("news.aggregation.import_feed", broken)
    error = sync_feed(source)
    assert "nothing was changed" in error
    source.refresh_from_db()
    assert source.last_error == error


def test_a_failing_feed_is_told_once_and_its_recovery_once(
    source, roue, httpserver, settings, django_user_model
):
    """The same sync health as calendars: one e-mail to the organisation's communicators and
    the network's editors when the feed starts failing, one when it works again."""
    from django.core import mail

    from wagtail.users.models import UserProfile

    from directory.models import Communicator
    from home.roles import ensure_roles

    _communicators, editors = ensure_roles()
    lucie = django_user_model.objects.create_user("lucie", "lucie@roue.example.org", "pw")
    Communicator.objects.create(user=lucie, organisation=roue)
    UserProfile.get_for_user(lucie)
    UserProfile.objects.filter(user=lucie).update(preferred_language="it")
    claire = django_user_model.objects.create_user("claire", "claire@hub.example.org", "pw")
    claire.groups.add(editors)
    django_user_model.objects.create_user("x", "x@autre.example.org", "pw")  # not told

    settings.SOURCE_FAILURES_BEFORE_ALERT = 3
    httpserver.expect_request("/feed.xml").respond_with_data("oops", status=503)
    mail.outbox.clear()
    for attempt in range(5):
        assert "(503)" in sync_feed(source)
        assert len(mail.outbox) == (0 if attempt < 2 else 2)
    source.refresh_from_db()
    assert source.failures == 5 and source.is_failing
    assert str(source.health()) == "Failing (5 attempts in a row)"
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "claire@hub.example.org": "Le fil d’actualités de La Roue ne peut pas être synchronisé",
        "lucie@roue.example.org": "Il feed di notizie di La Roue non può essere sincronizzato",
    }
    assert all("(503)" in m.body and source.url in m.body for m in mail.outbox)

    mail.outbox.clear()
    httpserver.clear()
    httpserver.expect_request("/feed.xml").respond_with_data(RSS)
    assert sync_feed(source) == ""
    assert sync_feed(source) == ""
    assert sorted(m.to[0] for m in mail.outbox) == [
        "claire@hub.example.org",
        "lucie@roue.example.org",
    ]
    assert "de nouveau synchronisé" in mail.outbox[0].subject + mail.outbox[1].subject
    source.refresh_from_db()
    assert source.failures == 0 and source.item_count == 2
