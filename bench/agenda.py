"""How the agenda scales to 10,000 events:

- the pages whose cost could grow with the agenda (the listing `/agenda/` and a filtered one,
  the month view of next month, the archive of past dates, an event page with related events,
  the public API's first page of events and of dates): median render time with 50, 1,000 and
  10,000 events, and the ratios 10,000 / 50 (budget: at most 1.3) and 10,000 /
  1,000 (pages about full at 1,000: what more events cost), with the SQL queries of each
  request; the page cache is off, as for each worker's first request after a publish; then the
  same pages once 10,000 more events fill the two years past (an agenda in use for years), and
  the ratio with / without that history;
- the whole-agenda feed `/agenda/agenda.ics`: generation time (the streamed body consumed to the
  end) and peak memory (tracemalloc, during the request) with 1,000 and with 10,000 events, and
  its peak memory half-way, to show where it levels off;
- the same 10,000 events serialised by bare icalendar (one Calendar, one Event per event with
  UID, DTSTART, DTEND, SUMMARY, DESCRIPTION, LOCATION and URL, then to_ical()), and the ratio
  feed time / bare time (budget: at most 0.25).

Run from the project root: `.venv/bin/python bench/agenda.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed.

Publishing 10,000 events through Wagtail (revision, publish, search index) would take most of an
hour, so: TEMPLATES events are created and published with EventPageFactory as in the admin (their
VEVENT text, SEQUENCE and occurrences built by the app's publish signal), then cloned: each clone
is an EventPage saved by Page.save() at the tree path add_child() would give it (without
add_child()'s per-page queries, full_clean() and the audit log), with its VEVENT text from
`agenda.ical.export.render_fragment`, its themes and organisers bulk-inserted and its occurrences
from `agenda.recurrence.compute_occurrences` bulk-inserted, then the month view's days counted
again (`agenda.days.refresh_all_days`, which publishing does for the days of each event): what
publishing stores, minus the revision, the search index and the reference index, which neither
listings nor feeds read. Two clones are read back and checked against what publishing would have
stored."""

import argparse
import gc
import os
import sys
import time
import tracemalloc
from datetime import datetime, timedelta

# common sets Django up: it comes before any Django import
from common import build_home, count_queries, get_ok, scratch_database, timed_runs, verdict

# isort: split

from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

SMALL, MEDIUM, LARGE = 50, 1_000, 10_000
LISTING_BUDGET = 1.3
FEED_BUDGET = 0.25
WARMUP = 2
LISTING_RUNS = 30
FEED_RUNS = 10
BARE_RUNS = 5  # bare icalendar takes seconds for 10,000 events: five runs keep the bench short
ITERATOR_CHUNK = 2000  # Django's default chunk_size for QuerySet.iterator()
TEMPLATES = 20
SERIES = 4  # the template that is a weekly series
SPREAD_DAYS = 365  # clones are spread over the coming year
TERRITORY = "gapencais"
NEXT_MONTH = (timezone.localdate().replace(day=1) + timedelta(days=32)).strftime("%Y/%-m")
EVENT = "/agenda/rencontre-00/"  # the first template: two themes, so related events
LISTINGS = (
    "/agenda/",
    f"/agenda/?territory={TERRITORY}",
    f"/agenda/month/{NEXT_MONTH}/",
    "/agenda/past/",  # the archive: the past dates, latest first
    EVENT,
    "/api/v1/events/",  # the public API's first page of events (50), and of dates
    "/api/v1/occurrences/",
)
FEED = "/agenda/agenda.ics"
# one commune per territory (INSEE), so that a territory holds 1 event in 9
COMMUNES = [
    "05023",  # Briançon, Briançonnais
    "05006",  # L'Argentière-la-Bessée, Pays des Écrins
    "05065",  # Guillestre, Guillestrois-Queyras
    "05132",  # Saint-Bonnet-en-Champsaur, Champsaur-Valgaudemar
    "05046",  # Embrun, Embrunais
    "05040",  # Chorges, Serre-Ponçon
    "05061",  # Gap, Gapençais
    "05179",  # Veynes, Buëch-Dévoluy
    "05070",  # Laragne-Montéglin, Sisteronais-Buëch
]
THEMES = ["alimentation", "culture", "mobilite", "solidarite", "environnement", "emploi"]
DESCRIPTION = (
    "<p>Un temps d'échange ouvert à toutes et à tous autour des initiatives de l'économie "
    "sociale et solidaire du territoire : présentation des structures, ateliers pratiques, "
    "buvette tenue par les bénévoles. Entrée libre, accessible en fauteuil roulant.</p>"
)


def build_site():
    """The site tree of tests/conftest.py's `home_page` fixture, a directory with three
    organisations (the events' organisers) and the agenda."""
    from tests.factories import (
        AgendaPageFactory,
        DirectoryPageFactory,
        OrganisationPageFactory,
    )

    home = build_home()
    directory = DirectoryPageFactory(parent=home)
    organisations = [
        OrganisationPageFactory(parent=directory, title=title, slug=slug)
        for title, slug in (
            ("La Roue", "la-roue"),
            ("Ludambule", "ludambule"),
            ("Créacoop 05", "creacoop-05"),
        )
    ]
    return AgendaPageFactory(parent=home), organisations


def create_templates(agenda, organisations):
    """TEMPLATES published events, as the admin makes them: evenings, all-day and multi-day
    events, a cancelled one, an online one, and a weekly series with a cancelled date."""
    from agenda.models import PARIS, OccurrenceChange
    from core.models import Commune, Theme
    from tests.factories import EventPageFactory

    communes = {c.insee: c for c in Commune.objects.filter(insee__in=COMMUNES)}
    assert len(communes) == len(COMMUNES), f"missing communes: {set(COMMUNES) - set(communes)}"
    themes = {t.slug: t for t in Theme.objects.filter(slug__in=THEMES)}
    today = timezone.localdate()
    templates = []
    for i in range(TEMPLATES):
        day = today + timedelta(days=1 + i)
        start = datetime(day.year, day.month, day.day, 18 + i % 3, 30, tzinfo=PARIS)
        fields = {
            "parent": agenda,
            "title": f"Rencontre de l'ESS n°{i:02d} — « café-débat » ☕",
            "slug": f"rencontre-{i:02d}",
            "summary": "Un rendez-vous du réseau, ouvert à toutes et à tous.",
            "description": DESCRIPTION,
            "start": start,
            "end": start + timedelta(hours=2),
            "venue": "Salle des fêtes",
            "address": f"{i + 1} place de la Mairie",
            "commune": communes[COMMUNES[i % len(COMMUNES)]],
            "themes": [themes[THEMES[i % len(THEMES)]], themes[THEMES[(i + 2) % len(THEMES)]]],
            "organisers": [organisations[i % len(organisations)]],
        }
        if i % 5 == 1:  # all day, on three days
            fields.update(all_day=True, end=start + timedelta(days=2))
        if i == 2:
            fields["status"] = "cancelled"
        if i == 3:
            fields.update(attendance="mixed", online_url="https://visio.example.org/ess05")
        if i == SERIES:  # a weekly series of eight dates, the second one cancelled
            event = EventPageFactory.build(rrule="FREQ=WEEKLY;COUNT=8", **fields)
            event.occurrence_changes = [
                OccurrenceChange(original_start=start + timedelta(days=7), cancelled=True)
            ]
            agenda.add_child(instance=event)
            event.themes.set(fields["themes"])
            event.organisers.set(fields["organisers"])
            event.save_revision().publish()
        else:
            event = EventPageFactory(**fields)
        templates.append(event.__class__.objects.get(pk=event.pk))
    return templates


class Events:
    """Grows the agenda by cloning the templates, each clone on another day of the coming year
    and in another territory."""

    def __init__(self, agenda, templates):
        from core.models import Commune

        self.agenda = agenda
        self.templates = templates
        self.count = len(templates)
        self.communes = list(Commune.objects.filter(insee__in=COMMUNES))
        self.changes = {t.pk: list(t.occurrence_changes.all()) for t in templates}
        self.last_path = agenda.get_last_child().path
        self.back_days = 0  # clones made from now on begin this many days earlier

    def next_path(self):
        """The tree path treebeard's add_child() would give the agenda's next child."""
        from agenda.models import EventPage

        step = EventPage._str2int(self.last_path[-EventPage.steplen :]) + 1
        self.last_path = EventPage._get_path(self.agenda.path, self.agenda.depth + 1, step)
        return self.last_path

    def clone(self, template, n):
        """A live EventPage row in the tree with its VEVENT text, as add_child() and publishing
        save it, without add_child()'s per-page queries (last sibling, parent update), full_clean()
        (the template passed it) and the audit log; themes and organisers are inserted in bulk
        by grow_to()."""
        from agenda.ical.export import render_fragment
        from agenda.models import PARIS, EventPage, OccurrenceChange

        shift = timedelta(days=n % SPREAD_DAYS - self.back_days)

        def move(value):  # the same wall-clock time, n days later (DST-safe with zoneinfo)
            return timezone.localtime(value, PARIS) + shift if value else value

        now = timezone.now()
        title = f"{template.title} ({n})"
        clone = EventPage(
            title=title,
            draft_title=title,
            slug=f"{template.slug}-{n}",
            path=self.next_path(),
            depth=self.agenda.depth + 1,
            numchild=0,
            summary=template.summary,
            description=template.description,
            start=move(template.start),
            end=move(template.end),
            all_day=template.all_day,
            rrule=template.rrule,
            status=template.status,
            venue=template.venue,
            address=template.address,
            commune=self.communes[n % len(self.communes)],
            attendance=template.attendance,
            online_url=template.online_url,
            audience=template.audience,
            free=template.free,
            price=template.price,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            locale_id=template.locale_id,
        )
        clone._cached_parent_obj = self.agenda
        if self.changes[template.pk]:
            clone.occurrence_changes = [
                OccurrenceChange(
                    original_start=move(c.original_start),
                    cancelled=c.cancelled,
                    new_start=move(c.new_start),
                    new_end=move(c.new_end),
                )
                for c in self.changes[template.pk]
            ]
        clone.url_path = f"{self.agenda.url_path}{clone.slug}/"  # what save() would set
        clone.__dict__["theme_list"] = template.theme_list
        clone.__dict__["organiser_list"] = template.organiser_list
        clone.schedule_fingerprint = clone.compute_fingerprint()
        clone.ical_fragment = render_fragment(clone)
        clone.save(clean=False, log_action=None)
        return clone

    def grow_to(self, total, batch=500):
        from wagtail.models import Page
        from wagtail.signal_handlers import disable_reference_index_auto_update

        from agenda.days import refresh_all_days
        from agenda.models import EventPage, EventTheme, Occurrence
        from agenda.recurrence import compute_occurrences
        from agenda.signals import bump_feed_version

        organisers = EventPage.organisers.through
        started = time.perf_counter()
        with disable_reference_index_auto_update(), without_search_indexing(EventPage):
            while self.count < total:
                size = min(batch, total - self.count)
                with transaction.atomic():
                    clones = [
                        self.clone(self.templates[(self.count + k) % TEMPLATES], self.count + k)
                        for k in range(size)
                    ]
                    EventTheme.objects.bulk_create(
                        EventTheme(content_object_id=c.pk, tag_id=t.pk)
                        for c in clones
                        for t in c.theme_list
                    )
                    organisers.objects.bulk_create(
                        organisers(eventpage_id=c.pk, organisationpage_id=o.pk)
                        for c in clones
                        for o in c.organiser_list
                    )
                    Occurrence.objects.bulk_create(
                        (
                            Occurrence.of(c, s, e, a, x)
                            for c in clones
                            for s, e, a, x in compute_occurrences(c)
                        ),
                        batch_size=1000,
                    )
                self.count += size
                if self.count % 1000 == 0 or self.count == total:
                    elapsed = time.perf_counter() - started
                    print(f"  {self.count:6,d} events ({elapsed:5.1f} s)", flush=True)
        Page.objects.filter(pk=self.agenda.pk).update(numchild=self.count)
        refresh_all_days(self.agenda)  # the month view's days, as publishing counts them
        self.check_clones()
        bump_feed_version()
        # the planner's statistics (PostgreSQL) follow the new size, as autovacuum would
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def check_clones(self):
        """The last clone, and the last clone of the series, read back from the database:
        they render the VEVENT text they store and have the occurrences publishing gives."""
        from agenda.ical.export import render_fragment
        from agenda.models import EventPage
        from agenda.recurrence import compute_occurrences

        last = self.count - 1
        series = last - (last - SERIES) % TEMPLATES
        slugs = {
            f"{self.templates[last % TEMPLATES].slug}-{last}",
            f"{self.templates[SERIES].slug}-{series}",
        }
        clones = list(EventPage.objects.filter(slug__in=slugs))
        assert len(clones) == len(slugs), slugs
        for clone in clones:
            stored = list(clone.occurrences.values_list("start", "end", "all_day", "cancelled"))
            assert render_fragment(clone) == clone.ical_fragment, clone.slug
            assert compute_occurrences(clone) == stored, clone.slug
            assert stored and clone.theme_list and clone.organiser_list, clone.slug
            assert len(stored) == (8 if clone.rrule else 1), clone.slug


class without_search_indexing:
    """Clones are not put in the search index (only the listing's keyword filter reads it)."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        from django.db.models.signals import post_save

        from wagtail.search.signal_handlers import post_save_signal_handler

        self.handler = post_save_signal_handler
        self.connected = post_save.disconnect(self.handler, sender=self.model)

    def __exit__(self, *exc):
        from django.db.models.signals import post_save

        if self.connected:
            post_save.connect(self.handler, sender=self.model)


def load_average():
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def measure_listing(client, url):
    """(median ms, p90 ms, SQL queries, dates found) of GET url."""
    cache.clear()
    get_ok(client, url)
    query_count, response = count_queries(lambda: get_ok(client, url))
    context = response.context or {}  # the API answers JSON, without a template context
    found = context["page_obj"].paginator.count if "page_obj" in context else 0
    median, p90 = timed_runs(lambda: get_ok(client, url), LISTING_RUNS, WARMUP)
    return median, p90, query_count, found


def consume_feed(client):
    """The feed's body streamed to the end, chunk by chunk, as a server would send it."""
    response = get_ok(client, FEED)
    size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
    response.close()
    return size


def measure_feed(client, runs):
    """(median ms, p90 ms, peak MiB, bytes, SQL queries) of the whole feed."""
    cache.clear()
    size = consume_feed(client)
    query_count, _ = count_queries(lambda: consume_feed(client))
    median, p90 = timed_runs(lambda: consume_feed(client), runs, WARMUP)
    return median, p90, feed_peak(client), size, query_count


def feed_peak(client):
    """Peak memory (MiB) allocated while the whole feed is requested and streamed."""
    consume_feed(client)
    gc.collect()
    tracemalloc.start()
    try:
        consume_feed(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def count_masters(client):
    body = b"".join(get_ok(client, FEED).streaming_content)
    return body.count(b"BEGIN:VEVENT"), body.count(b"RECURRENCE-ID")


def bare_icalendar(agenda):
    """(serialise function, count) for the events the whole feed holds, loaded beforehand:
    only the serialisation is timed."""
    from django.utils.html import strip_tags

    from icalendar import Calendar, Event

    from agenda.models import PARIS, has_occurrence_after, local_midnight

    since = local_midnight(timezone.localdate() - timedelta(days=agenda.FEED_PAST_DAYS))
    rows = [
        {
            "uid": event.uid,
            "dtstart": timezone.localtime(event.start, PARIS),
            "dtend": timezone.localtime(event.effective_end, PARIS),
            "summary": event.title,
            "description": f"{event.summary}\n\n{strip_tags(event.description)}",
            "location": ", ".join(
                p
                for p in (
                    event.venue,
                    event.address,
                    f"{event.commune.postcode} {event.commune.name}",
                )
                if p
            ),
            "url": event.full_url,
        }
        for event in agenda.events()
        .filter(has_occurrence_after(since))
        .select_related("commune")
        .order_by("pk")
    ]

    def serialise():
        calendar = Calendar()
        calendar.add("prodid", "-//bench//bare icalendar//FR")
        calendar.add("version", "2.0")
        for row in rows:
            event = Event()
            for key, value in row.items():
                event.add(key, value)
            calendar.add_component(event)
        return calendar.to_ical()

    return serialise, len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=SMALL)
    parser.add_argument("--medium", type=int, default=MEDIUM)
    parser.add_argument("--large", type=int, default=LARGE)
    args = parser.parse_args()
    small, medium, large = args.small, args.medium, args.large
    probe = (medium + large) // 2  # memory only: where the feed's peak levels off

    with scratch_database(f"load average before: {load_average()} on {os.cpu_count()} CPUs"):
        bench_started = time.perf_counter()
        agenda, organisations = build_site()
        print(f"Publishing {TEMPLATES} events with EventPageFactory…", flush=True)
        started = time.perf_counter()
        templates = create_templates(agenda, organisations)
        print(f"  {TEMPLATES} events ({time.perf_counter() - started:5.1f} s)", flush=True)
        events = Events(agenda, templates)
        client = Client()
        listings, feeds = {}, {}
        for size in (small, medium, probe, large):
            print(f"Cloning up to {size:,d} events…", flush=True)
            events.grow_to(size)
            if connection.vendor == "postgresql":
                # What autovacuum does within a minute of such a load in production: without
                # fresh statistics the planner takes the agenda for the 50 events it last saw.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            if size == probe:
                feeds[size] = None, feed_peak(client)
                print(
                    f"{size:6,d} events  feed {FEED}: peak memory {feeds[size][1]:6.2f} MiB",
                    flush=True,
                )
            if size in (small, medium, large):
                for url in LISTINGS:
                    median, p90, queries, found = measure_listing(client, url)
                    listings[size, url] = median
                    print(
                        f"{size:6,d} events  page {url:<36} median {median:7.1f} ms  "
                        f"p90 {p90:7.1f} ms  {queries:2d} SQL queries"
                        + (f"  ({found:,d} dates listed)" if found else ""),
                        flush=True,
                    )
            if size in (medium, large):
                median, p90, peak, length, queries = measure_feed(client, FEED_RUNS)
                masters, overrides = count_masters(client)
                feeds[size] = median, peak
                print(
                    f"{size:6,d} events  feed {FEED}: {masters - overrides:,d} events "
                    f"(+{overrides:,d} moved/cancelled dates), {length / 2**20:.1f} MiB\n"
                    f"      median {median:8.1f} ms  p90 {p90:8.1f} ms  ({FEED_RUNS} runs)  "
                    f"peak memory {peak:6.2f} MiB  {queries} SQL queries",
                    flush=True,
                )
        serialise, count = bare_icalendar(agenda)
        bare_median, bare_p90 = timed_runs(serialise, BARE_RUNS, WARMUP)
        print(
            f"{large:6,d} events  bare icalendar ({count:,d} events, 7 properties each, data "
            f"already in memory)\n"
            f"      median {bare_median:8.1f} ms  p90 {bare_p90:8.1f} ms  ({BARE_RUNS} runs)",
            flush=True,
        )
        # An agenda in use for years: as many events again, in the two years before the coming
        # one. What the pages show does not change; what they cost should not either.
        print(f"Cloning {large:,d} events more, in the two years past…", flush=True)
        events.back_days = 2 * SPREAD_DAYS
        events.grow_to(2 * large)
        for url in LISTINGS:
            median, p90, queries, found = measure_listing(client, url)
            listings["history", url] = median
            print(
                f"{large:6,d} events + {large:,d} past  page {url:<36} median {median:7.1f} ms  "
                f"p90 {p90:7.1f} ms  {queries:2d} SQL queries",
                flush=True,
            )

        print()
        for url in LISTINGS:
            ratio = listings[large, url] / listings[small, url]
            full = listings[large, url] / listings[medium, url]
            print(
                f"page {url}: median_{large} / median_{small} = {ratio:.2f}  "
                f"(budget ≤ {LISTING_BUDGET}: {verdict(ratio, LISTING_BUDGET)});  "
                f"median_{large} / median_{medium} = {full:.2f};  "
                f"with {large:,d} past events more / without = "
                f"{listings['history', url] / listings[large, url]:.2f}"
            )
        print(
            f"      (at {medium:,d} events the listings show whole pages of cards and the month "
            f"names about three dates a day: the second ratio is what more events cost once a "
            f"page is about full)"
        )
        feed_median, large_peak = feeds[large]
        ratio = feed_median / bare_median
        print(
            f"feed: time_{large} / bare_icalendar_{large} = {ratio:.3f}  "
            f"(budget ≤ {FEED_BUDGET}: {verdict(ratio, FEED_BUDGET)})"
        )
        medium_peak, probe_peak = feeds[medium][1], feeds[probe][1]
        growth = large_peak / probe_peak
        shape = "levels off" if growth <= 1.2 else "still grows"
        print(
            f"feed peak memory: {medium_peak:.2f} MiB at {medium:,d} events, {probe_peak:.2f} MiB "
            f"at {probe:,d}, {large_peak:.2f} MiB at {large:,d}: ×{large_peak / medium_peak:.2f} "
            f"for ×{large / medium:.0f} the events, ×{growth:.2f} from {probe:,d} to {large:,d}\n"
            f"      QuerySet.iterator() fetches {ITERATOR_CHUNK:,d} fragments at a time: the peak "
            f"{shape} once the feed holds more than a few thousand events"
        )
        print(
            f"total {time.perf_counter() - bench_started:.0f} s; load average after: "
            f"{load_average()} (other work on the machine inflates the medians)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
