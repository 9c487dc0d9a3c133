"""The press book's admin, measured:

1. the contact listing (`/admin/snippets/press/presscontact/`, logged in as a network editor,
   Django's test client) with 200 and with 20,000 contacts: median of RUNS after a warm-up and
   the SQL queries per request. The listing shows one page (50 rows) with each row's outlet,
   territories and beats, so the budget is median_20000 / median_200 ≤ 1.5; the "to verify"
   filter and a search are measured at both sizes too;
2. the exports of the whole book at 20,000 contacts (objected contacts excluded): CSV (Wagtail's
   spreadsheet export, streamed), XLSX and vCard, whole response consumed, with their size;
3. the shared contact log's listing with 500 and with 50,000 pitches (budget: the same ratio);
4. a press release sent to a segment of about 2,000 journalists of the 20,000 (the beat whose
   active contacts come closest): wall and CPU time and SQL queries of the whole send (the
   segment, the suppression check, one message per journalist with its own objection link,
   the contact log entries), median of MAILING_RUNS sends. The messages go to Django's
   in-memory mail backend: what is measured is the hub's work, not an SMTP server's.

Contacts are written with bulk_create (and their beats and territories through the M2M
tables): realistic rows, every contact with an outlet, one to three beats, one or two
territories, a mix of statuses and verification dates.

Run from the project root: `.venv/bin/python bench/press.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed."""

import gc
import statistics
import sys
import time
from datetime import timedelta

# common sets Django up: it comes before any Django import
from common import (
    count_queries,
    get_ok,
    median_p90,
    reported,
    run_parts,
    scratch_database,
    timings,
    total_time,
    verdict,
)

# isort: split

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

SIZES = (200, 20_000)
BATCH = 1_000
WARMUP, RUNS = 3, 21
EXPORT_RUNS = 3
RATIO_BUDGET = 1.5
LISTED = 50  # PressContactViewSet.list_per_page
LIST_URL = "/admin/snippets/press/presscontact/"
LISTINGS = {
    "listing": LIST_URL,
    "to verify": LIST_URL + "?freshness=due",
    "search": LIST_URL + "?q=example.org",  # matches every contact: a full page at both sizes
}
SURNAMES = [
    "Martin", "Faure", "Blanc", "Roux", "Garcin", "Arnaud", "Borel", "Chabrand", "Eyraud",
    "Davin", "Reynaud", "Michel", "Bonnet", "Gauthier", "Imbert", "Brun", "Allemand", "Para",
]  # fmt: skip
FIRST_NAMES = ["Camille", "Lou", "Hugo", "Inès", "Léa", "Nicolas", "Sarah", "Théo", "Manon"]


def build_editor():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from home import roles

    roles.ensure_roles()
    user = get_user_model().objects.create_user("bench-editor", "editor@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.NETWORK_EDITORS))
    return user


class Book:
    """Adds contacts in bulk, with their M2M rows."""

    def __init__(self):
        from core.models import Territory, Theme
        from press.models import MediaOutlet, OutletKind

        self.themes = list(Theme.objects.order_by("pk"))
        self.territories = list(Territory.objects.order_by("pk"))
        kinds = list(OutletKind.values)
        self.outlets = [
            MediaOutlet.objects.create(name=f"Média {n:02d}", kind=kinds[n % len(kinds)])
            for n in range(40)
        ]
        self.count = 0
        self.now = timezone.now()

    def _contact(self, n):
        from press.models import ContactStatus, PressContact

        statuses = [ContactStatus.ACTIVE] * 17 + [
            ContactStatus.MOVED,
            ContactStatus.BOUNCED,
            ContactStatus.OBJECTED,
        ]
        return PressContact(
            first_name=FIRST_NAMES[n % len(FIRST_NAMES)],
            last_name=f"{SURNAMES[n % len(SURNAMES)]}-{n:05d}",
            email=f"contact{n:05d}@bench.example.org",
            outlet=self.outlets[n % len(self.outlets)],
            role="Journaliste",
            phone="04 92 00 00 00",
            languages=["fr"] if n % 4 else ["fr", "it"],
            status=statuses[n % len(statuses)],
            source="Bench",
            last_verified_at=self.now - timedelta(days=(n * 37) % 1400),
        )

    def grow_to(self, total):
        from press.models import PressContact

        beats = PressContact.beats.through
        covered = PressContact.territories.through
        started = time.perf_counter()
        while self.count < total:
            numbers = range(self.count, min(self.count + BATCH, total))
            contacts = PressContact.objects.bulk_create([self._contact(n) for n in numbers])
            beats.objects.bulk_create(
                beats(presscontact_id=c.pk, theme_id=self.themes[(n + k) % len(self.themes)].pk)
                for n, c in zip(numbers, contacts, strict=True)
                for k in range(1 + n % 3)
            )
            covered.objects.bulk_create(
                covered(
                    presscontact_id=c.pk,
                    territory_id=self.territories[(n + k) % len(self.territories)].pk,
                )
                for n, c in zip(numbers, contacts, strict=True)
                for k in range(1 + n % 2)
            )
            self.count += len(contacts)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(
            f"  {self.count:,d} contacts ({time.perf_counter() - started:.1f} s to add them)",
            flush=True,
        )


def measure(client, url):
    """(median wall ms, median CPU ms, p90 wall ms, SQL queries, rows shown) of GET url after
    WARMUP requests. CPU time (this process only) is what the machine's other load does not
    inflate; both are printed."""
    for _ in range(WARMUP):
        get_ok(client, url)
    query_count, response = count_queries(lambda: client.get(url))
    rows = len(response.context["object_list"])
    wall, cpu = timings(lambda: client.get(url), RUNS, cpu=True)
    median, p90 = median_p90(wall)
    return median, statistics.median(cpu), p90, query_count, rows


def bench_listing(client, book):
    print(f"\n1. The contact listing ({LISTED} rows a page)", flush=True)
    results = {}
    for size in SIZES:
        print(f"Adding contacts up to {size:,d}…", flush=True)
        book.grow_to(size)
        for name, url in LISTINGS.items():
            wall, cpu, p90, queries, rows = measure(client, url)
            results[size, name] = wall, cpu
            print(
                f"  {size:6,d} contacts  {name:9s}: median {wall:6.1f} ms (CPU {cpu:6.1f} ms)  "
                f"p90 {p90:6.1f} ms  {queries} SQL queries  {rows} rows",
                flush=True,
            )
    small, large = SIZES
    for name in LISTINGS:
        wall_small, cpu_small = results[small, name]
        wall_large, cpu_large = results[large, name]
        ratio, cpu_ratio = wall_large / wall_small, cpu_large / cpu_small
        print(
            f"  {name:9s} median_{large} / median_{small} = {ratio:.2f} "
            f"({verdict(ratio, RATIO_BUDGET)}), "
            f"CPU {cpu_ratio:.2f} ({verdict(cpu_ratio, RATIO_BUDGET)})  [budget ≤ {RATIO_BUDGET}]",
            flush=True,
        )


def bench_exports(client):
    from press.models import PressContact, PressExport

    exported = PressContact.objects.contactable().count()
    print(
        f"\n2. Exports of the whole book ({PressContact.objects.count():,d} contacts, "
        f"{exported:,d} exportable)",
        flush=True,
    )
    for export_format in ("csv", "xlsx", "vcf"):
        timings, size, query_count = [], 0, 0
        for _ in range(EXPORT_RUNS):
            gc.collect()
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(LIST_URL, {"export": export_format})
                body = (
                    b"".join(response.streaming_content) if response.streaming else response.content
                )
                timings.append(time.perf_counter() - started)
            size, query_count = len(body), len(queries)
        log = PressExport.objects.order_by("-pk").first()
        assert log.contact_count == exported, (log.contact_count, exported)
        print(
            f"  {export_format:4s}: median {statistics.median(timings):5.2f} s of {EXPORT_RUNS} "
            f"(min {min(timings):.2f}, max {max(timings):.2f})  {size / 1024 / 1024:.1f} MiB  "
            f"{query_count} SQL queries  ({exported / statistics.median(timings):,.0f} "
            "contacts/s)",
            flush=True,
        )


PITCH_SIZES = (500, 50_000)


def bench_contact_log(client):
    """The shared contact log's listing (one page of 50 pitches, newest first, each with its
    contact, organisation and author) with 500 and with 50,000 pitches spread over the book."""
    from press.admin_urls import PITCHES
    from press.models import Pitch, PitchResult, PressContact

    print(f"\n3. The contact log ({LISTED} pitches a page)", flush=True)
    contacts = list(PressContact.objects.values_list("pk", flat=True)[:5_000])
    results = list(PitchResult.values)
    url = reverse(f"{PITCHES}:list")
    today, done, medians = timezone.localdate(), 0, {}
    for size in PITCH_SIZES:
        started = time.perf_counter()
        while done < size:
            numbers = range(done, min(done + BATCH * 5, size))
            Pitch.objects.bulk_create(
                Pitch(
                    contact_id=contacts[(n * 7) % len(contacts)],
                    subject=f"Invitation {n:05d}",
                    pitched_on=today - timedelta(days=n % 730),
                    result=results[n % len(results)],
                )
                for n in numbers
            )
            done = numbers[-1] + 1
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"  {done:,d} pitches ({time.perf_counter() - started:.1f} s to add them)")
        wall, cpu, p90, queries, rows = measure(client, url)
        medians[size] = wall
        print(
            f"  {size:6,d} pitches: median {wall:6.1f} ms (CPU {cpu:6.1f} ms)  p90 {p90:6.1f} ms"
            f"  {queries} SQL queries  {rows} rows",
            flush=True,
        )
    small, large = PITCH_SIZES
    ratio = medians[large] / medians[small]
    print(
        f"  median_{large} / median_{small} = {ratio:.2f} ({verdict(ratio, RATIO_BUDGET)})"
        f"  [budget ≤ {RATIO_BUDGET}]",
        flush=True,
    )


MAILING_TARGET = 2_000
MAILING_RUNS = 3


def bench_mailing(editor):
    from django.core import mail
    from django.db.models import Count, Q

    from core.models import Theme
    from press import mailings
    from press.models import ContactStatus, PressMailing

    active = Q(press_contacts__status=ContactStatus.ACTIVE)
    counts = Theme.objects.annotate(n=Count("press_contacts", filter=active))
    theme = min(counts, key=lambda t: abs(t.n - MAILING_TARGET))
    print(f"\n4. A press release sent to the beat “{theme}” ({theme.n:,d} active contacts)")
    walls, cpus = [], []
    for run in range(MAILING_RUNS):
        mailing = PressMailing.objects.create(
            subject=f"Communiqué {run}", message="La Roue a 10 ans."
        )
        mailing.beats.set([theme])
        mail.outbox = []
        gc.collect()
        with CaptureQueriesContext(connection) as queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            sent = mailings.send(mailing, editor)
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu_started) * 1000)
        assert sent == len(mail.outbox) == theme.n, (sent, len(mail.outbox), theme.n)
    print(
        f"  {sent:,d} messages: median {statistics.median(walls):7.1f} ms "
        f"(CPU {statistics.median(cpus):7.1f} ms, {statistics.median(cpus) / sent:.2f} ms a "
        f"message)  {len(queries)} SQL queries  ({MAILING_RUNS} sends)",
        flush=True,
    )


def main():
    with scratch_database(), total_time(), reported(), translation.override("fr"):
        client = Client()
        editor = build_editor()
        client.force_login(editor)
        book = Book()
        run_parts(
            lambda: bench_listing(client, book),
            lambda: bench_exports(client),
            lambda: bench_contact_log(client),
            lambda: bench_mailing(editor),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
