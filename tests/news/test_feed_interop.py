"""The newsroom's RSS and Atom feeds read by an independent parser, fast-xml-parser (vendored in
tests/news/vendor/ by `make vendor`, one dependency-free file), run with node by parse_feed.cjs:
what it finds must be what feedparser (Python) finds, and what the listing counts.

Then hostile member feeds through news.aggregation, and the newsroom's query budget."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

import feedparser
import pytest

from core.models import Commune, Theme
from news.aggregation import FeedImportError, import_feed, parse_feed
from news.feeds import ITEMS
from news.models import FeedSource, MemberNewsItem
from tests.factories import (
    DirectoryPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).parent / "parse_feed.cjs"
MAX_QUERIES = 15

# Titles that XML must escape and both parsers must give back unchanged.
TRICKY = [
    'Coopérative & co : « l\'été » <en> "direct" 🌄',
    "Monnaie locale — 100 commerces à Briançon 💶",
    "Communiqué : AG 2026 de l'UDESS 05 ; vote < 50 % ?",
]


@pytest.fixture
def node():
    path = shutil.which("node")
    if path is None:
        message = (
            "node is missing: the fast-xml-parser check needs Node.js (apt-get install nodejs)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def fxp(node, tmp_path):
    """Run parse_feed.cjs on some feed bytes; its JSON answer."""

    def parse(body, name="feed.xml"):
        path = tmp_path / name
        path.write_bytes(body)
        result = subprocess.run(
            [node, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, f"fast-xml-parser rejected {name}:\n{result.stderr}"
        return json.loads(result.stdout)

    return parse


def theme(slug):
    return Theme.objects.get(slug=slug)


@pytest.fixture
def index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def organisations(home_page):
    directory = DirectoryPageFactory(parent=home_page)
    return {
        slug: OrganisationPageFactory(
            parent=directory, title=title, slug=slug, commune=Commune.objects.get(insee=insee)
        )
        for slug, title, insee in [
            ("la-roue", "La Roue", "05023"),
            ("ludambule", "Ludambule", "05061"),
            ("alpes-coop", "Alpes Coop & Cie", "05046"),
        ]
    }


@pytest.fixture
def newsroom(index, organisations):
    """22 news items and press releases over three themes and three organisations: every
    selection below stays under the feeds' cap of ITEMS (30) items, so a feed's count must be
    the listing's count (with more, the feed would stop at 30 while the listing paginates)."""
    themes = [theme("monnaie-locale"), theme("cooperation"), theme("culture")]
    orgs = list(organisations.values())
    today = timezone.localdate()
    items = []
    for n in range(22):
        items.append(
            NewsPageFactory(
                parent=index,
                title=TRICKY[n] if n < len(TRICKY) else f"Nouvelle n° {n} — l'ESS & vous",
                kind="press" if n % 4 == 0 else "news",
                date=today - timedelta(days=n * 5),
                themes=themes[n % 3 : n % 3 + 1 + n % 2],
                organisations=orgs[: n % 4],
            )
        )
    return items


SELECTIONS = ["", "kind=press", "theme=cooperation", "organisation=la-roue"]


def body(response):
    assert response.status_code == 200
    return response.content


def check_feed(client, fxp, feed, query):
    raw = body(client.get(f"/actualites/{feed}.xml?{query}"))
    python = feedparser.parse(raw)
    assert not python.bozo, python.get("bozo_exception")
    assert python.version == ("rss20" if feed == "rss" else "atom10")
    found = fxp(raw)
    assert found["format"] == feed
    assert found["title"] == python.feed.title
    # the same entries, in the same order, with the same (unescaped) titles, links and ids
    assert [i["title"] for i in found["items"]] == [e.title for e in python.entries]
    assert [i["link"] for i in found["items"]] == [e.link for e in python.entries]
    assert [i["id"] for i in found["items"]] == [e.id for e in python.entries]
    assert all(i["link"].startswith("http://localhost/actualites/") for i in found["items"])
    assert all(i["id"].startswith("urn:uuid:") for i in found["items"])
    assert len({i["id"] for i in found["items"]}) == len(found["items"])
    # one entry per item of the listing for the same filters (fewer than ITEMS: no cap)
    listing = client.get(f"/actualites/?{query}").context["page_obj"]
    assert 0 < listing.paginator.count < ITEMS
    assert len(found["items"]) == listing.paginator.count
    expected = list(listing.paginator.object_list)
    assert [i["title"] for i in found["items"]] == [p.title for p in expected]


def test_fast_xml_parser_reads_the_feed_as_feedparser_does_and_as_the_listing_counts(
    client, newsroom, fxp, subtests
):
    """Every selection in both formats, and the tricky titles, over one newsroom (built once:
    it is the slow part)."""
    for query in SELECTIONS:
        for feed in ("rss", "atom"):
            with subtests.test(feed=feed, query=query):
                check_feed(client, fxp, feed, query)
    for feed in ("rss", "atom"):
        with subtests.test("tricky titles come back unchanged", feed=feed):
            raw = body(client.get(f"/actualites/{feed}.xml"))
            titles = [i["title"] for i in fxp(raw)["items"]]
            assert titles[: len(TRICKY)] == TRICKY


def test_the_harness_fails_on_a_file_fast_xml_parser_cannot_parse(node, tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(b'<rss version="2.0"><channel><title>x</channel></rss>')
    result = subprocess.run([node, str(SCRIPT), str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "fast-xml-parser could not read" in result.stderr


# --- Hostile member feeds ------------------------------------------------------------------


@pytest.fixture(autouse=False)
def source(organisations):
    with translation.override("en"):
        yield FeedSource.objects.create(
            organisation=organisations["la-roue"],
            url="https://roue.example.org/feed.xml",
            publish_directly=True,
        )


HOSTILE_HTML = (
    '<p onclick="alert(1)" style="position:fixed;top:0">Bonjour '
    '<script>alert(1)</script><iframe src="https://evil.example.org/"></iframe>'
    '<img src="x" onerror="alert(2)"><svg onload="alert(3)"></svg>'
    '<a href="javascript:alert(4)">a</a> <a href=" JaVaScRiPt:alert(5)">b</a> '
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">c</a> '
    '<a href="vbscript:msgbox(7)">d</a> <a href="https://ok.example.org/" onmouseover="x()" '
    'style="color:red">ok</a><style>body{display:none}</style>'
    '<object data="x.swf"></object><form action="https://evil.example.org/"><input></form></p>'
)
FORBIDDEN = [
    "<script",
    "<iframe",
    "<img",
    "<svg",
    "<style",
    "<object",
    "<form",
    "<input",
    "onclick",
    "onerror",
    "onload",
    "onmouseover",
    "style=",
    "javascript:",
    "data:",
    "vbscript:",
    "alert(",
]


def hostile_rss():
    escaped = HOSTILE_HTML.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile</title><link>https://roue.example.org/</link>
<item><guid>h1</guid><title>En CDATA</title><link>https://roue.example.org/1</link>
<description><![CDATA[{HOSTILE_HTML}]]></description></item>
<item><guid>h2</guid><title>Échappé</title><link>https://roue.example.org/2</link>
<description>{escaped}</description></item>
<item><guid>h3</guid><title>&lt;script&gt;alert(8)&lt;/script&gt;Titre</title>
<link>https://roue.example.org/3</link><description>x</description></item>
<item><guid>h4</guid><title>Lien data</title><link>data:text/html,hello</link></item>
</channel></rss>""".encode()


def hostile_atom():
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hostile</title><id>urn:h</id>
<updated>2026-11-20T10:00:00Z</updated>
<entry><id>urn:h:1</id><title type="html">Atom &lt;b onclick="x()"&gt;html&lt;/b&gt;</title>
<link href="https://roue.example.org/a1"/><updated>2026-11-20T10:00:00Z</updated>
<summary type="html"><![CDATA[{HOSTILE_HTML}]]></summary></entry>
<entry><id>urn:h:2</id><title>Atom xhtml</title>
<link href="https://roue.example.org/a2"/><updated>2026-11-20T10:00:00Z</updated>
<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onclick="alert(1)"
style="color:red">Salut <script>alert(1)</script><a href="javascript:alert(1)">x</a>
<iframe src="https://evil.example.org/"/></p></div></summary></entry></feed>""".encode()


@pytest.mark.parametrize("content", [hostile_rss(), hostile_atom()], ids=["rss", "atom"])
def test_hostile_markup_is_neutralised_in_stored_items(source, content):
    import_feed(content, source)
    items = list(MemberNewsItem.objects.filter(source=source))
    assert items
    for item in items:
        stored = (item.summary + item.title + item.link).lower()
        for needle in FORBIDDEN:
            assert needle not in stored, (needle, item.title, item.summary)
        assert "<" not in item.title
        assert item.link.startswith("https://roue.example.org/")
    by_title = {i.title: i for i in items}
    assert "Lien data" not in by_title  # a data: link is no link: the entry is dropped
    if "En CDATA" in by_title:
        summary = by_title["En CDATA"].summary
        assert "Bonjour" in summary
        assert '<a href="https://ok.example.org/" rel="noopener noreferrer nofollow">' in summary


LATIN1_RSS = (
    '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
    '<rss version="2.0"><channel><title>Caf\xe9 associatif</title>'
    "<link>https://cafe.example.org/</link>"
    "<item><guid>c1</guid><title>R\xe9seau d'\xe9t\xe9 \xe0 Gap</title>"
    "<link>https://cafe.example.org/ete</link>"
    "<description>&lt;p&gt;Pr\xe9sentation du caf\xe9&lt;/p&gt;</description></item>"
    "</channel></rss>"
).encode("latin-1")


def test_an_iso_8859_1_feed_is_read_correctly(source):
    assert b"\xe9" in LATIN1_RSS
    (entry,) = parse_feed(LATIN1_RSS)
    assert entry["title"] == "Réseau d'été à Gap"
    assert entry["summary"] == "<p>Présentation du café</p>"
    import_feed(LATIN1_RSS, source)
    assert MemberNewsItem.objects.get(source=source).title == "Réseau d'été à Gap"


def test_a_wrong_encoding_declaration_gives_readable_text_or_a_clear_error(source):
    wrong = LATIN1_RSS.replace(b"ISO-8859-1", b"utf-8")
    try:
        import_feed(wrong, source)
    except FeedImportError:
        assert not MemberNewsItem.objects.filter(source=source).exists()
        return
    # feedparser falls back to windows-1252 (a bozo CharacterEncodingOverride): the text is right
    (item,) = MemberNewsItem.objects.filter(source=source)
    assert item.title in ("Réseau d'été à Gap", "R\ufffdseau d'\ufffdt\ufffd \ufffd Gap")


UNCLOSED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>x</title>
<item><guid>u1</guid><title>Ouvert<link>https://a.example.org/2</link></item>
<item><guid>u2</guid><title>Apr\xc3\xa8s</title><link>https://a.example.org/3</link></item>
</channel></rss>"""
TRUNCATED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>x</title>
<item><guid>t1</guid><title>Complet</title><link>https://a.example.org/4</link></item>
<item><guid>t2</guid><title>Coup"""
NOT_XML = b'<rss version="2.0"><channel><title>x</title><item><title>a</b></rss'


@pytest.mark.parametrize(
    "content", [UNCLOSED, TRUNCATED, NOT_XML], ids=["unclosed", "truncated", "garbage"]
)
def test_malformed_xml_is_refused_or_stores_no_junk(source, content):
    assert feedparser.parse(content).bozo  # feedparser itself calls it malformed
    try:
        import_feed(content, source)
    except FeedImportError:
        assert not MemberNewsItem.objects.filter(source=source).exists()
        return
    # Stored anyway (feedparser's loose parser): only complete entries, nothing half-read.
    for item in MemberNewsItem.objects.filter(source=source):
        assert item.title and item.link.startswith("https://a.example.org/")
        assert "<" not in item.title and "Coup" not in item.title
        assert item.entry_id in ("t1", "u2", "https://a.example.org/3")


# --- Query budget --------------------------------------------------------------------------


def test_news_index_and_news_page_cost_the_same_queries_with_9_and_30_items(
    client, index, organisations
):
    themes = [theme("monnaie-locale"), theme("cooperation"), theme("culture")]
    orgs = list(organisations.values())
    today = timezone.localdate()
    created = []

    def add(count):
        start = len(created)
        for n in range(start, start + count):
            created.append(
                NewsPageFactory(
                    parent=index,
                    kind="press" if n % 3 == 0 else "news",
                    date=today - timedelta(days=n),
                    themes=themes[: 1 + n % 3],
                    organisations=orgs[: 1 + n % 3],
                )
            )

    def queries(url):
        client.get(url)  # warm-up: caches (site root paths, taxonomy choices)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured.captured_queries)

    urls = ["/actualites/", "/actualites/?theme=cooperation&kind=news"]

    add(9)  # less than a listing page of 12
    page_url = created[1].url  # two themes, two organisations
    small = {url: queries(url) for url in [*urls, page_url]}
    add(21)  # two pages and a half
    large = {url: queries(url) for url in [*urls, page_url]}
    assert large == small
    assert max(small.values()) <= MAX_QUERIES, small
