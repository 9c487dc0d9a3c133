"""The newsroom's feeds and the members' feeds, measured:

1. generating `/actualites/rss.xml` and `/actualites/atom.xml` with 50 and with 5,000 news items
   (median of RUNS after a warm-up, SQL queries per request); the feeds show the latest 30 items,
   so the ratio 5,000 / 50 should stay close to 1;
2. refreshing 70 member feed sources (`sync_feed` on each) of which 60 answer 304 Not Modified,
   against refreshing only the 10 that changed (budget: at most 2×). The feeds are served by a
   real HTTP server on 127.0.0.1 in this process (ETag / If-None-Match), fetched by the project's
   safe fetcher (config.settings.test sets FETCH_ALLOW_PRIVATE_ADDRESSES).

The first 50 news items are realistic (created with `add_child` and published with
`save_revision().publish()`, with themes, organisations and some images); the rest are published
the same way if the first ones show that 5,000 fit in PUBLISH_BUDGET seconds, otherwise they are
written in bulk as live pages without revision (Page rows with treebeard paths, NewsPage rows,
themes, organisation: still real live pages of the tree; `add_child` took about 70 ms each on a
busy machine, six minutes for 5,000), older than the first 50.

Run from the project root: `.venv/bin/python bench/news.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed."""

import gc
import statistics
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# common sets Django up: it comes before any Django import
from common import (
    build_home,
    build_la_roue,
    count_queries,
    get_ok,
    reported,
    run_parts,
    scratch_database,
    timed_runs,
    total_time,
    verdict,
)

# isort: split

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

SIZES = (50, 5_000)
REALISTIC = 50
PUBLISH_BUDGET = 150  # seconds allowed for publishing all 5,000 with revisions
PROGRESS_EVERY = 500
BATCH = 100
WARMUP, RUNS = 3, 15
FEEDS = {"RSS": "/actualites/rss.xml", "Atom": "/actualites/atom.xml"}
FEED_RATIO_BUDGET = 1.5  # informative: "should not depend much" on the size

SOURCES, CHANGED = 70, 10
ITEMS_PER_FEED = 20
NEW_PER_CHANGE = 2  # a changed feed has 2 new entries on top (and drops its 2 oldest)
SYNC_RUNS = 5
SYNC_BUDGET = 2.0

THEMES = ["culture", "alimentation", "mobilite", "solidarite", "environnement", "emploi"]
TITLES = [
    "La Roue passe le cap des 100 commerces",
    "Un nouveau tiers-lieu ouvre à Embrun",
    "Retour sur le forum de l'ESS à Gap",
    "Appel à projets : mobilité solidaire en montagne",
    "Le repair café de Briançon fête ses cinq ans",
    "Communiqué : le Hub ESS 05 est en ligne",
    "Une coopérative d'habitants à Veynes",
    "Formation « créer sa coopérative » : inscriptions ouvertes",
]
SUMMARY = (
    "Un temps d'échange ouvert à toutes et à tous autour des initiatives du territoire, "
    "avec la présentation des structures et des ateliers pratiques."
)


# The site -------------------------------------------------------------------------------------


def build_site():
    """The site tree of tests/conftest.py's `home_page` fixture, a newsroom and a directory with
    one organisation."""
    from tests.factories import NewsIndexPageFactory

    home = build_home()
    index = NewsIndexPageFactory(parent=home)
    return index, build_la_roue(home)


class News:
    """Adds NewsPages to the newsroom: item n is dated n days before today (so the first ones
    stay the latest), has one or two themes, La Roue as organisation, and every third an
    image."""

    def __init__(self, index, organisation):
        from wagtail.images import get_image_model
        from wagtail.images.tests.utils import get_test_image_file

        from core.models import Theme

        self.index = index
        self.organisation = organisation
        self.count = 0
        self.publish_all = None
        self.themes = list(Theme.objects.filter(slug__in=THEMES).order_by("slug"))
        assert self.themes, "no themes in the database"
        Image = get_image_model()
        self.images = [
            Image.objects.create(
                title=f"Photo {n}",
                file=get_test_image_file(f"photo-{n}.png", size=(64, 48)),
            )
            for n in range(3)
        ]
        self.today = timezone.localdate()

    def _page(self, n, **extra):
        from news.models import Kind, NewsPage

        return NewsPage(
            title=f"{TITLES[n % len(TITLES)]} ({n})",
            slug=f"nouvelle-{n:05d}",
            date=self.today - timedelta(days=n),
            kind=Kind.PRESS if n % 5 == 0 else Kind.NEWS,
            summary=SUMMARY,
            body=[("paragraph", f"<p>{SUMMARY}</p><p>Nouvelle numéro {n}.</p>")],
            image=self.images[n % 3] if n % 3 == 0 else None,
            image_alt="Une photo" if n % 3 == 0 else "",
            **extra,
        )

    def _publish(self, n):
        page = self._page(n)
        page.themes.set([self.themes[n % len(self.themes)], self.themes[(n + 1) % 6]])
        page.organisations.set([self.organisation])
        page = self.index.add_child(instance=page)
        page.save_revision().publish()

    def _bulk(self, first, total):
        """Items first..total-1 as live NewsPages without revision, written in bulk: Page rows
        with their tree paths (as treebeard computes them), the NewsPage rows, their themes and
        organisation, and the newsroom's numchild. Still real pages of the tree."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import F

        from wagtail.models import Page

        from news.models import NewsPage, NewsTheme

        index = Page.objects.get(pk=self.index.pk)
        last = index.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        content_type = ContentType.objects.get_for_model(NewsPage)
        now = timezone.now()
        fields = NewsPage._meta.local_concrete_fields
        through = NewsPage.organisations.through
        for start in range(first, total, BATCH):
            numbers = range(start, min(start + BATCH, total))
            pages = [self._page(n) for n in numbers]
            for k, page in enumerate(pages, start=1):
                page.path = Page._get_path(index.path, index.depth + 1, step + k)
                page.depth = index.depth + 1
                page.numchild = 0
                page.url_path = f"{index.url_path}{page.slug}/"
                page.content_type = content_type
                page.locale_id = index.locale_id
                page.live = True
                page.draft_title = page.title
                page.first_published_at = page.last_published_at = now
            step += len(pages)
            bases = Page.objects.bulk_create(
                [
                    Page(**{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields})
                    for p in pages
                ]
            )
            for page, base in zip(pages, bases, strict=True):
                page.page_ptr_id = page.id = base.pk
            NewsPage._base_manager._insert(pages, fields=fields, using=connection.alias)
            NewsTheme.objects.bulk_create(
                NewsTheme(tag=self.themes[n % len(self.themes)], content_object_id=page.pk)
                for n, page in zip(numbers, pages, strict=True)
            )
            through.objects.bulk_create(
                through(newspage_id=page.pk, organisationpage_id=self.organisation.pk)
                for page in pages
            )
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
            self.count += len(pages)
            if self.count % PROGRESS_EVERY == 0 or self.count == total:
                elapsed = time.perf_counter() - self.started
                print(
                    f"  {self.count:5,d} news items (bulk live pages, no revision; "
                    f"{elapsed:5.1f} s)",
                    flush=True,
                )

    def grow_to(self, total):
        self.started = time.perf_counter()
        while self.count < total:
            if self.count >= REALISTIC and not self.publish_all:
                self._bulk(self.count, total)
                break
            self._publish(self.count)
            self.count += 1
            if self.count == REALISTIC and self.publish_all is None:
                elapsed = time.perf_counter() - self.started
                each = elapsed / REALISTIC
                projected = each * (SIZES[-1] - REALISTIC)
                self.publish_all = projected <= PUBLISH_BUDGET
                print(
                    f"  {REALISTIC} published in {elapsed:.1f} s ({each * 1000:.0f} ms each): "
                    f"{SIZES[-1]:,d} would take another {projected:.0f} s → "
                    + (
                        "publishing them all"
                        if self.publish_all
                        else f"the rest in bulk (publishing budget {PUBLISH_BUDGET} s)"
                    ),
                    flush=True,
                )
            if self.count % PROGRESS_EVERY == 0 or self.count == total:
                elapsed = time.perf_counter() - self.started
                print(f"  {self.count:5,d} news items (published; {elapsed:5.1f} s)", flush=True)


def measure(client, url):
    """(median ms, p90 ms, SQL queries, bytes, item count) of GET url after WARMUP requests."""
    import feedparser

    cache.clear()
    for _ in range(WARMUP):
        get_ok(client, url)
    query_count, response = count_queries(lambda: client.get(url))
    entries = len(feedparser.parse(response.content).entries)
    median, p90 = timed_runs(lambda: client.get(url), RUNS)
    return median, p90, query_count, len(response.content), entries


def measure_304(client, url):
    """(median ms, SQL queries) of a conditional GET that gets 304."""
    etag = client.get(url)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304, f"conditional GET {url}: {response.status_code}"
    query_count = len(queries)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url, HTTP_IF_NONE_MATCH=etag)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), query_count


def bench_feeds(index, organisation):
    from news.models import NewsPage

    print("\n1. Newsroom feeds", flush=True)
    news = News(index, organisation)
    client = Client()
    results = {}
    for size in SIZES:
        print(f"Creating news items up to {size:,d}…", flush=True)
        news.grow_to(size)
        live = NewsPage.objects.live().count()
        revisions = NewsPage.objects.exclude(latest_revision=None).count()
        print(f"  {live:,d} live NewsPages ({revisions:,d} with a revision)", flush=True)
        for name, url in FEEDS.items():
            median, p90, queries, size_bytes, entries = measure(client, url)
            median_304, queries_304 = measure_304(client, url)
            results[size, name] = median
            print(
                f"  {size:5,d} items  {name:4s} {url}: median {median:6.1f} ms  p90 {p90:6.1f} ms"
                f"  {queries} SQL queries  {entries} entries, {size_bytes / 1024:.0f} KiB\n"
                f"                    conditional GET → 304: median {median_304:5.1f} ms  "
                f"{queries_304} SQL queries",
                flush=True,
            )
    small, large = SIZES
    for name in FEEDS:
        ratio = results[large, name] / results[small, name]
        print(
            f"  {name:4s} ratio median_{large} / median_{small} = {ratio:.2f}  "
            f"(≤ {FEED_RATIO_BUDGET}: {verdict(ratio, FEED_RATIO_BUDGET, 'SCALES WITH SIZE')})",
            flush=True,
        )


# The members' feeds ----------------------------------------------------------------------------


class FeedServer:
    """RSS feeds at /feed/<n>.xml on 127.0.0.1, each with a version: its ETag is "<n>-<v>" and
    a request with that ETag in If-None-Match gets 304. Counts the answers by status."""

    def __init__(self, count):
        self.versions = dict.fromkeys(range(count), 0)
        self.lock = threading.Lock()
        self.statuses = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.answer(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, n):
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/feed/{n}.xml"

    def change(self, n):
        with self.lock:
            self.versions[n] += 1

    def reset_counts(self):
        with self.lock:
            self.statuses = {}

    def _count(self, status):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1

    def answer(self, handler):
        try:
            n = int(handler.path.removeprefix("/feed/").removesuffix(".xml"))
            version = self.versions[n]
        except (ValueError, KeyError):
            handler.send_error(404)
            self._count(404)
            return
        etag = f'"{n}-{version}"'
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            self._count(304)
            return
        body = rss(n, version)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("ETag", etag)
        handler.end_headers()
        handler.wfile.write(body)
        self._count(200)


def rss(n, version):
    """Feed n at `version`: its ITEMS_PER_FEED latest entries, NEW_PER_CHANGE more per version."""
    base = datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(minutes=n)
    newest = ITEMS_PER_FEED - 1 + version * NEW_PER_CHANGE
    items = []
    for k in range(newest, newest - ITEMS_PER_FEED, -1):
        items.append(
            f"<item><guid>https://membre{n}.example.org/?p={k}</guid>"
            f"<title>Nouvelle {k} de l'association {n} : l'été à la ferme</title>"
            f"<link>https://membre{n}.example.org/nouvelles/{k}</link>"
            f"<pubDate>{format_datetime(base + timedelta(days=k))}</pubDate>"
            f'<description><![CDATA[<p>{SUMMARY} <a href="https://membre{n}.example.org/">'
            f"En savoir plus</a></p>]]></description>"
            f'<enclosure url="https://membre{n}.example.org/img/{k}.jpg" length="1000" '
            f'type="image/jpeg"/></item>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Association {n}</title><link>https://membre{n}.example.org/</link>"
        f"<description>Les nouvelles de l'association {n}</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def sync_run(server, changed, subset):
    """Change the `changed` feeds on the server, then time sync_feed over `subset` (the sources
    are read from the database before the clock starts). (seconds, errors, results, statuses)"""
    from news.aggregation import sync_feed
    from news.models import FeedSource

    for n in changed:
        server.change(n)
    by_url = {s.url: s for s in FeedSource.objects.select_related("organisation")}
    sources = [by_url[server.url(n)] for n in subset]
    server.reset_counts()
    gc.collect()
    started = time.perf_counter()
    errors = [error for source in sources if (error := sync_feed(source))]
    seconds = time.perf_counter() - started
    results = {}
    for source in sources:
        results[source.last_result] = results.get(source.last_result, 0) + 1
    return seconds, errors, results, dict(sorted(server.statuses.items()))


def bench_member_feeds(organisation):
    from news.aggregation import sync_feed
    from news.models import FeedSource, MemberNewsItem

    print(
        f"\n2. Member feeds: {SOURCES} sources, {CHANGED} changed, served on 127.0.0.1",
        flush=True,
    )
    assert getattr(settings, "FETCH_ALLOW_PRIVATE_ADDRESSES", False), (
        "FETCH_ALLOW_PRIVATE_ADDRESSES must be True (config.settings.test)"
    )
    with FeedServer(SOURCES) as server:
        for n in range(SOURCES):
            FeedSource.objects.create(
                organisation=organisation, url=server.url(n), publish_directly=True
            )
        started = time.perf_counter()
        errors = [e for s in FeedSource.objects.all() if (e := sync_feed(s))]
        first = time.perf_counter() - started
        with_etag = FeedSource.objects.exclude(etag="").count()
        print(
            f"  first full sync of {SOURCES}: {first:.2f} s, {MemberNewsItem.objects.count():,d} "
            f"items stored, {with_etag} sources with an ETag, errors: {errors or 'none'}",
            flush=True,
        )
        changed = list(range(0, SOURCES, SOURCES // CHANGED))[:CHANGED]
        everything = list(range(SOURCES))
        sync_run(server, changed, everything)  # warm-up
        all_times, only_times = [], []
        for run in range(SYNC_RUNS):
            # Alternated, so that drift (a busy machine, a growing table) hits both alike.
            for label, subset, times in (
                ("all 70", everything, all_times),
                (f"only the {CHANGED} changed", changed, only_times),
            ):
                seconds, errors, results, statuses = sync_run(server, changed, subset)
                times.append(seconds)
                if run == 0:
                    print(
                        f"  {label}: {seconds:.3f} s; server answers {statuses}; results "
                        f"{results}; errors: {errors or 'none'}",
                        flush=True,
                    )
        breakdown = why_a_304_costs(server, [n for n in everything if n not in changed])
    all_time, only_time = statistics.median(all_times), statistics.median(only_times)
    ratio = all_time / only_time
    print(
        f"  refresh all {SOURCES} ({SOURCES - CHANGED} × 304): median {all_time:.3f} s of "
        f"{SYNC_RUNS} (min {min(all_times):.3f}, max {max(all_times):.3f})\n"
        f"  refresh only the {CHANGED} changed:  median {only_time:.3f} s of {SYNC_RUNS} "
        f"(min {min(only_times):.3f}, max {max(only_times):.3f})\n"
        f"  per 304: {(all_time - only_time) / (SOURCES - CHANGED) * 1000:.1f} ms, "
        f"per changed feed: {only_time / CHANGED * 1000:.1f} ms\n"
        f"  ratio all / changed = {ratio:.2f}  "
        f"(budget ≤ {SYNC_BUDGET}: {verdict(ratio, SYNC_BUDGET)})\n" + breakdown,
        flush=True,
    )


def why_a_304_costs(server, unchanged):
    """Where a 304's time goes: the bare fetch (core.fetch.fetch with the ETag) of the unchanged
    feeds vs. sync_feed on them, and the SQL of one sync_feed that got 304."""
    from core.fetch import fetch
    from news.aggregation import sync_feed
    from news.models import FeedSource

    by_url = {s.url: s for s in FeedSource.objects.select_related("organisation")}
    sources = [by_url[server.url(n)] for n in unchanged]
    fetch_times, sync_times = [], []
    for _ in range(3):
        started = time.perf_counter()
        results = [fetch(s.url, etag=s.etag) for s in sources]
        fetch_times.append(time.perf_counter() - started)
        assert all(r.not_modified for r in results), "an unchanged feed did not answer 304"
        started = time.perf_counter()
        for source in sources:
            sync_feed(source)
        sync_times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        sync_feed(sources[0])
    statements = [" ".join(q["sql"].split()[:4])[:70] for q in queries.captured_queries]
    count = len(sources)
    fetch_ms = statistics.median(fetch_times) / count * 1000
    sync_ms = statistics.median(sync_times) / count * 1000
    return (
        f"  where a 304 goes ({count} unchanged feeds, median of 3): bare fetch {fetch_ms:.1f} ms, "
        f"sync_feed {sync_ms:.1f} ms each; one sync_feed that got 304 ran "
        f"{len(statements)} SQL statements:\n"
        + "\n".join(f"      {statement}" for statement in statements)
    )


def main():
    with scratch_database(), total_time(), reported(), translation.override("fr"):
        index, organisation = build_site()
        run_parts(
            lambda: bench_feeds(index, organisation),
            lambda: bench_member_feeds(organisation),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
