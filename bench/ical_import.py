"""What importing a member's calendar of 2,000 events costs, next to what it cannot avoid:

(a) bare icalendar: `Calendar.from_ical()` of the file and a walk over its VEVENTs (median of 5);
(b) bare Wagtail: the same number of bare EventPages created with `agenda.add_child()` and
    published with `save_revision().publish()`, under a second AgendaPage (one run);
(c) the first import, `import_calendar(data, source, publish=True)` (one run);
    budget: at most 1.5 × (a + b);
(d) the re-import of the unchanged file (median of 3); budget: at most 1.5 × (a); it must create,
    update and unpublish nothing, and leave the Revision and EventPage rows as they were; split
    into the importer's `parse_calendar` of the file (median of 3) and the rest, the importer's
    own work (its queries and comparisons), so that an overrun says which side to look at;
and the peak memory of each (tracemalloc).

Timings are taken with tracemalloc off: it slows this allocation-heavy code about threefold,
which would skew the ratios and turn a twelve-minute bench into a forty-minute one. Each peak is
measured by an extra pass under tracemalloc: one more parse for (a) and one more re-import for
(d), at full size; for (b) and (c), before their timed runs, the first --memory-events events
(50 unless told; 2,000 takes about half an hour more) created in a transaction then rolled back
(for (c), the importer's own `dry_run=True`), and for (c) also the importer's `parse_calendar`
of the whole file, which it holds through the whole import (a lower bound of its full-size
peak). The timed runs of (b) and (c) also print how much the process's resident memory
high-water mark rose during them (Linux only; it costs nothing).

The file: 2,000 VEVENTs over the coming twelve months (UID, DTSTAMP, DTSTART/DTEND with
TZID=Europe/Paris, an accented SUMMARY, a DESCRIPTION of about 300 characters, LOCATION, a weekly
RRULE;COUNT=6 on one event in ten) and the VTIMEZONE of Europe/Paris from icalendar's
`Timezone.from_tzid`.

Run from the project root: `.venv/bin/python bench/ical_import.py`. It builds a throwaway test
database (SQLite in memory, or DATABASE_URL's server with a `test_` prefix) and destroys it at
the end. Always exits 0: it is a measurement, the verdict is printed."""

import argparse
import gc
import random
import re
import statistics
import sys
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path

# common sets Django up: it comes before any Django import
from common import build_home, build_la_roue, reported, scratch_database, verdict

# isort: split

from django.db import transaction
from django.utils import timezone, translation

EVENTS = 2_000
PARSE_RUNS = 5
REIMPORT_RUNS = 3
FIRST_IMPORT_BUDGET = 1.5  # × (a + b)
REIMPORT_BUDGET = 1.5  # × (a)
PROGRESS_EVERY = 250
MEMORY_EVENTS = 50
WARMUP_EVENTS = 5
SEED = 5

KINDS = [
    "Repair café",
    "Atelier vélo",
    "Assemblée générale",
    "Ciné-débat",
    "Marché paysan",
    "Café des aidants",
    "Formation « créer sa coopérative »",
    "Permanence emploi",
    "Soirée jeux de société",
    "Chantier participatif",
    "Conférence sur l'économie circulaire",
    "Fête de la récup'",
    "Réunion d'information",
    "Atelier cuisine anti-gaspi",
    "Bourse aux vêtements",
    "Rencontre des bénévoles",
    "Balade découverte des plantes",
    "Atelier numérique",
    "Forum des associations",
    "Concert solidaire",
]
PLACES = [
    ("Gap", "05000", "Salle des fêtes", "place de la République"),
    ("Briançon", "05100", "Maison des associations", "rue Centrale"),
    ("Embrun", "05200", "Tiers-lieu « La Fabrique »", "avenue du Général de Gaulle"),
    ("Guillestre", "05600", "Médiathèque", "place Salva"),
    ("Veynes", "05400", "Foyer rural", "rue Jean Jaurès"),
    ("Laragne-Montéglin", "05300", "Café associatif", "avenue de Provence"),
    ("Chorges", "05230", "Salle polyvalente", "route de Prunières"),
    ("Saint-Bonnet-en-Champsaur", "05500", "Ferme des Écrins", "chemin des Prés"),
    ("L'Argentière-la-Bessée", "05120", "Espace Lionel Terray", "rue de la Gare"),
]
SENTENCES = [
    "Un temps d'échange ouvert à toutes et à tous autour des initiatives du territoire.",
    "Présentation des structures, ateliers pratiques et buvette tenue par les bénévoles.",
    "Entrée libre, accessible en fauteuil roulant ; inscription conseillée par courriel.",
    "Venez avec vos objets cassés : nos réparateurs et réparatrices vous aideront.",
    "Goûter partagé à la fin de la séance, apportez ce que vous voulez.",
    "Les enfants sont les bienvenus, un espace jeux est prévu près de l'entrée.",
    "Covoiturage possible depuis la gare, renseignez-vous auprès de l'accueil.",
    "Prochaine étape : un groupe de travail sur la mobilité en montagne.",
]


# The calendar ---------------------------------------------------------------------------------


def make_calendar(count=EVENTS, seed=SEED):
    """(the .ics bytes, [(title, start, end)] of its events), deterministic for a given seed."""
    from icalendar import Calendar, Event, Timezone

    from agenda.models import PARIS

    rng = random.Random(seed)
    calendar = Calendar()
    calendar.add("prodid", "-//La Roue//Agenda des bénévoles//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Agenda de La Roue")
    calendar.add_component(Timezone.from_tzid("Europe/Paris"))
    stamp = timezone.now().replace(microsecond=0)
    today = timezone.localdate()
    rows = []
    for n in range(count):
        kind = KINDS[rng.randrange(len(KINDS))]
        town, postcode, venue, street = PLACES[rng.randrange(len(PLACES))]
        day = today + timedelta(days=rng.randrange(1, 366))
        start = datetime(day.year, day.month, day.day, rng.randrange(9, 21), rng.choice((0, 30)))
        start = start.replace(tzinfo=PARIS)
        end = start + timedelta(minutes=rng.choice((60, 90, 120, 180)))
        title = f"{kind} à {town}"
        description = description_text(rng)
        event = Event()
        event.add("uid", f"{n:05d}-{rng.getrandbits(48):012x}@agenda.laroue.example.org")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", title)
        event.add("description", description)
        event.add("location", f"{venue}, {rng.randrange(1, 40)} {street}, {postcode} {town}")
        if n % 10 == 0:
            event.add("rrule", {"freq": "weekly", "count": 6})
        calendar.add_component(event)
        rows.append((title, start, end, description))
    return calendar.to_ical(), rows


def description_text(rng, length=300):
    """About `length` characters of French prose, in one or two paragraphs."""
    sentences = []
    while sum(len(s) + 1 for s in sentences) < length - 40:
        sentences.append(SENTENCES[rng.randrange(len(SENTENCES))])
    if len(sentences) > 2 and rng.random() < 0.5:
        middle = len(sentences) // 2
        return " ".join(sentences[:middle]) + "\n\n" + " ".join(sentences[middle:])
    return " ".join(sentences)


# The site -------------------------------------------------------------------------------------


def build_site():
    """The site tree of tests/conftest.py's `home_page` fixture, the agenda the import goes to,
    a directory with the calendar's organisation, and a second agenda for the bare pages."""
    from agenda.importer import agenda_for
    from agenda.models import CalendarSource
    from tests.factories import AgendaPageFactory

    home = build_home()
    agenda = AgendaPageFactory(parent=home)
    roue = build_la_roue(home)
    # AgendaPage allows one per parent in the admin; add_child does not check it. The importer
    # takes the first agenda of the organisation's locale (in tree order): the one made first.
    bare_agenda = AgendaPageFactory(parent=home, title="Agenda (témoin)", slug="agenda-temoin")
    assert agenda_for(roue).pk == agenda.pk, "the importer would not use the first agenda"
    source = CalendarSource.objects.create(
        organisation=roue, name="Agenda de La Roue", publish_directly=True
    )
    return agenda, bare_agenda, source


# Measuring ------------------------------------------------------------------------------------


class Rollback(Exception):
    pass


class progress:
    """Prints every PROGRESS_EVERY EventPages published while it is active (it listens to
    Wagtail's page_published signal, so it also counts inside the importer)."""

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        from wagtail.signals import page_published

        from agenda.models import EventPage

        self.count = 0
        self.started = time.perf_counter()
        self.model = EventPage
        page_published.connect(self.published, weak=False, dispatch_uid=id(self))
        return self

    def published(self, sender, instance, **kwargs):
        if isinstance(instance, self.model):
            self.count += 1
            if self.count % PROGRESS_EVERY == 0:
                elapsed = time.perf_counter() - self.started
                print(
                    f"    {self.label}: {self.count:5,d} published ({elapsed:6.1f} s)", flush=True
                )

    def __exit__(self, *exc):
        from wagtail.signals import page_published

        page_published.disconnect(dispatch_uid=id(self))


def timed(function):
    """(seconds, result) of one call."""
    gc.collect()
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def peak_mib(function):
    """(peak MiB traced during one call, result)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20, result


def rolled_back(function):
    """function() inside a transaction that is rolled back afterwards."""

    def run():
        try:
            with transaction.atomic():
                function()
                raise Rollback
        except Rollback:
            pass

    return run


class ResidentPeak:
    """How much the resident set's high-water mark rises while it is active (Linux: VmHWM,
    reset through /proc/self/clear_refs); `mib` stays None where that is not available."""

    STATUS = Path("/proc/self/status")

    def _kib(self, name):
        match = re.search(rf"^{name}:\s+(\d+) kB", self.STATUS.read_text(), re.MULTILINE)
        return int(match.group(1))

    def __enter__(self):
        self.mib = None
        try:
            gc.collect()
            Path("/proc/self/clear_refs").write_text("5")
            self.start = self._kib("VmRSS")
        except (OSError, AttributeError):
            self.start = None
        return self

    def __exit__(self, *exc):
        if self.start is not None:
            self.mib = (self._kib("VmHWM") - self.start) / 1024

    def __str__(self):
        return "n/a" if self.mib is None else f"{self.mib:.1f} MiB"


def bare_parse(data):
    """What any importer pays: parse the file and read each VEVENT's identity and times."""
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    count = 0
    for component in calendar.walk("VEVENT"):
        read = (component["UID"], component["DTSTART"].dt, component["DTEND"].dt)
        count += bool(read) and bool(component["SUMMARY"])
    return count


def bare_pages(agenda, rows, label):
    """The same number of bare EventPages, created and published through Wagtail's API."""
    from django.utils.text import slugify

    from agenda.models import EventPage

    def run():
        with progress(label):
            for n, (title, start, end, description) in enumerate(rows):
                page = agenda.add_child(
                    instance=EventPage(
                        title=title,
                        slug=f"{slugify(title)[:60]}-{n}",
                        summary=description[:300],
                        start=start,
                        end=end,
                    )
                )
                page.save_revision().publish()
        return len(rows)

    return run


def counts():
    from wagtail.models import Revision

    from agenda.models import EventPage

    return Revision.objects.count(), EventPage.objects.count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=EVENTS, help="a smaller run, to try")
    parser.add_argument(
        "--memory-events",
        type=int,
        default=MEMORY_EVENTS,
        help="events of the rolled-back passes that measure the peak memory of (b) and (c)",
    )
    options = parser.parse_args()
    with scratch_database(), reported(), translation.override("en"):
        run(options.events, min(options.memory_events, options.events))
    return 0


def run(events, memory_events):
    from agenda.importer import import_calendar, parse_calendar
    from agenda.models import AgendaPage, EventPage

    started = time.perf_counter()
    agenda, bare_agenda, source = build_site()
    data, rows = make_calendar(events)
    sample_data, sample_rows = make_calendar(memory_events)
    assert sample_rows == rows[:memory_events], "the sample is not the file's beginning"
    print(
        f"Calendar: {data.count(b'BEGIN:VEVENT'):,d} VEVENTs "
        f"({data.count(b'RRULE:'):,d} weekly series of 6), {len(data) / 2**20:.2f} MiB",
        flush=True,
    )

    # (a) bare icalendar
    parse_times = []
    for _ in range(PARSE_RUNS):
        seconds, found = timed(lambda: bare_parse(data))
        parse_times.append(seconds)
    parse_time = statistics.median(parse_times)
    parse_peak, _ = peak_mib(lambda: bare_parse(data))
    print(
        f"(a) bare icalendar parse + walk of {found:,d} VEVENTs: median {parse_time:.3f} s of "
        f"{PARSE_RUNS} (min {min(parse_times):.3f}, max {max(parse_times):.3f})  "
        f"peak {parse_peak:.1f} MiB",
        flush=True,
    )

    # peak memory of (b) and (c), before their timed runs, after a warm-up of both (imports,
    # caches, first queries), so that neither pass pays the process's one-time costs
    print(f"Memory passes (tracemalloc, {memory_events:,d} events, rolled back)…", flush=True)
    warmup_data, warmup_rows = make_calendar(WARMUP_EVENTS, seed=SEED + 1)
    rolled_back(bare_pages(bare_agenda, warmup_rows, "warm-up"))()
    import_calendar(warmup_data, source, publish=True, dry_run=True)
    bare_agenda = AgendaPage.objects.get(pk=bare_agenda.pk)
    pages_peak, _ = peak_mib(rolled_back(bare_pages(bare_agenda, sample_rows, "(b) memory")))
    with progress("(c) memory"):
        first_peak, dry = peak_mib(
            lambda: import_calendar(sample_data, source, publish=True, dry_run=True)
        )
    parsed_peak, (parsed, _) = peak_mib(lambda: parse_calendar(data))
    assert EventPage.objects.count() == 0, "a memory pass left pages behind"
    assert len(dry.created) == memory_events, f"dry run: {dry.summary()}"
    sample = "" if memory_events == events else f" (first {memory_events:,d} events)"

    # (b) bare Wagtail pages
    print(f"(b) creating and publishing {events:,d} bare EventPages…", flush=True)
    bare_agenda = AgendaPage.objects.get(pk=bare_agenda.pk)  # its numchild was rolled back
    with ResidentPeak() as pages_rss:
        pages_time, _ = timed(bare_pages(bare_agenda, rows, "(b)"))
    made = EventPage.objects.child_of(bare_agenda).live().count()
    print(
        f"(b) create + publish {made:,d} bare EventPages: {pages_time:.1f} s "
        f"({pages_time / events * 1000:.1f} ms each)  peak {pages_peak:.1f} MiB{sample}, "
        f"resident high-water +{pages_rss}",
        flush=True,
    )

    # (c) first import
    print(f"(c) first import of the {events:,d} events…", flush=True)
    with progress("(c)"), ResidentPeak() as first_rss:
        first_time, report = timed(lambda: import_calendar(data, source, publish=True))
    imported = EventPage.objects.child_of(agenda).filter(source=source).live().count()
    base = parse_time + pages_time
    ratio = first_time / base
    print(
        f"(c) first import: {first_time:.1f} s ({first_time / events * 1000:.1f} ms per event)  "
        f"peak {first_peak:.1f} MiB{sample}, resident high-water +{first_rss}\n"
        f"    the importer's parse_calendar of the whole file ({len(parsed):,d} events), held "
        f"through the import: peak {parsed_peak:.1f} MiB\n"
        f"    report: {report.summary()}; {imported:,d} live imported pages\n"
        f"    budget (c) ≤ {FIRST_IMPORT_BUDGET} × (a + b) = {FIRST_IMPORT_BUDGET * base:.1f} s: "
        f"ratio (c) / (a + b) = {ratio:.2f}  {verdict(ratio, FIRST_IMPORT_BUDGET)}",
        flush=True,
    )

    # (d) re-import of the unchanged file
    before = counts()
    reimport_times, problems = [], []
    for attempt in range(REIMPORT_RUNS + 1):
        if attempt < REIMPORT_RUNS:
            seconds, again = timed(lambda: import_calendar(data, source, publish=True))
            reimport_times.append(seconds)
        else:  # one more, under tracemalloc
            reimport_peak, again = peak_mib(lambda: import_calendar(data, source, publish=True))
        after = counts()
        if again.created or again.updated or again.unpublished:
            problems.append(f"run {attempt + 1}: {again.summary()}")
        if after != before:
            problems.append(
                f"run {attempt + 1}: Revision rows {before[0]:,d} → {after[0]:,d}, "
                f"EventPage rows {before[1]:,d} → {after[1]:,d}"
            )
    reimport_time = statistics.median(reimport_times)
    ratio = reimport_time / parse_time
    reading_time = statistics.median(timed(lambda: parse_calendar(data))[0] for _ in range(3))
    importer_time = reimport_time - reading_time
    print(
        f"(d) re-import of the unchanged file: median {reimport_time:.3f} s of {REIMPORT_RUNS} "
        f"(min {min(reimport_times):.3f}, max {max(reimport_times):.3f})  "
        f"peak {reimport_peak:.1f} MiB\n"
        f"    report: {again.summary()}\n"
        f"    created {len(again.created)}, updated {len(again.updated)}, unpublished "
        f"{len(again.unpublished)}; Revision rows {before[0]:,d} → {after[0]:,d}, "
        f"EventPage rows {before[1]:,d} → {after[1]:,d} (over all {REIMPORT_RUNS + 1} runs): "
        + ("nothing written — OK" if not problems else "WROTE: " + "; ".join(problems))
        + f"\n    of which parse_calendar {reading_time:.3f} s "
        f"({reading_time / parse_time:.2f} × (a)), the importer's own work "
        f"{importer_time:.3f} s ({importer_time / parse_time:.2f} × (a))"
        + f"\n    budget (d) ≤ {REIMPORT_BUDGET} × (a) = {REIMPORT_BUDGET * parse_time:.3f} s: "
        f"ratio (d) / (a) = {ratio:.2f}  {verdict(ratio, REIMPORT_BUDGET)}",
        flush=True,
    )
    print(f"Total {time.perf_counter() - started:.0f} s (after the test database).", flush=True)


if __name__ == "__main__":
    sys.exit(main())
