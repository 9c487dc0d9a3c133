"""Members' real calendars, written the way Google, Outlook, Apple, Nextcloud, Thunderbird,
Proton… write them (tests/agenda/corpus/): read, imported, then published again in the site's
own agenda.ics, where every date is checked to the instant (UTC) against what the producer
meant, by icalendar (with recurring-ical-events) and by ical.js.

The corpus is dated 2027; `corpus()` (tests/agenda/conftest.py) moves every date of a file by
whole years of 52 weeks (weekdays and seasons kept) once 2027 comes near, so that these tests
never rot."""

import json
import os
import shutil
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from django.utils import timezone

import pytest
import recurring_ical_events
from icalendar import Calendar

from agenda.ical.parser import PAST_HORIZON, parse_calendar
from agenda.importer import CalendarImportError, import_calendar
from agenda.models import PARIS, CalendarSource, EventPage, local_midnight
from tests.agenda.conftest import SHIFT, commune, corpus
from tests.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages are asserted in English, whatever language a previous test left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


VENDORED_ICAL_JS = Path(__file__).parent / "vendor" / "ical.es5.min.cjs"

# The corpus and SHIFT, by which its dates move: see `corpus` in tests/agenda/conftest.py.


def at(year, month, day, hour=0, minute=0, zone=PARIS):
    """A wall-clock time of the corpus (in Paris unless told), moved by SHIFT, in UTC."""
    return (datetime(year, month, day, hour, minute, tzinfo=zone) + SHIFT).astimezone(UTC)


def days(year, month, day, count=1):
    """An all-day date (or `count` days) of the corpus: (start, exclusive end) instants."""
    first = date(year, month, day) + SHIFT
    return (
        local_midnight(first).astimezone(UTC),
        local_midnight(first + timedelta(days=count)).astimezone(UTC),
    )


def times(start, end, cancelled=False):
    return (start, end, cancelled)


def whole_days(year, month, day, count=1, cancelled=False):
    return (*days(year, month, day, count), cancelled)


# What each producer meant: UID → every date (start, end, cancelled), in UTC. -------------------

GOOGLE_SERIES = "4q1ffg2c8v3b0r6l9ne3kq1t2s@google.com"
APPLE_PARK = "6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
APPLE_VEYNES = "0D1E2F3A-4B5C-4D6E-8F90-A1B2C3D4E5F6"
OUTLOOK_COLLECTE = (
    "040000008200E00074C5B7101A82E0080000000090E3C5A1B74CDB01000000000000000010000000"
    "C3E8C7F1A2B9D44D8E0B1F2A3C4D5E6F"
)
PUBLIC_EVOLUTION = "d41d8cd98f00b204e9800998ecf8427e-public@ludambule.example.org"
BAD_DTSTART = "grenier-20270514@legrenier.example.org"


def _weekly(first_day, count, hour, minute, hours, step=7):
    """`count` dates `step` days apart from a first (year, month, day), same wall-clock time."""
    start = date(*first_day)
    return [
        times(
            at(*(start + timedelta(days=step * n)).timetuple()[:3], hour, minute),
            at(*(start + timedelta(days=step * n)).timetuple()[:3], hour, minute)
            + timedelta(hours=hours),
        )
        for n in range(count)
    ]


EXPECTED = {
    "google.ics": {
        GOOGLE_SERIES: [
            times(at(2027, 1, 7, 18, 30), at(2027, 1, 7, 20, 30)),
            times(at(2027, 1, 14, 18, 30), at(2027, 1, 14, 20, 30)),
            # 21 January: EXDATE
            times(at(2027, 1, 28, 18, 30), at(2027, 1, 28, 20, 30)),
            times(at(2027, 2, 5, 19, 0), at(2027, 2, 5, 21, 0)),  # moved from Thursday 4
            times(at(2027, 2, 11, 18, 30), at(2027, 2, 11, 20, 30)),
            times(at(2027, 2, 18, 18, 30), at(2027, 2, 18, 20, 30), cancelled=True),
            # the last one, 25 February, is on the UNTIL day (23:59:59 Paris, written in UTC)
            times(at(2027, 2, 25, 18, 30), at(2027, 2, 25, 20, 30)),
        ],
        "2b7d9f1h3j5l7n9p1r3t5v7x9z@google.com": [
            times(at(2027, 3, 12, 17, 30, UTC), at(2027, 3, 12, 20, 0, UTC)),
        ],
        "0m9s3k1v0c4e5ab7n8p2q6r1t3@google.com": [whole_days(2027, 3, 20, 2)],
    },
    "outlook.ics": {
        OUTLOOK_COLLECTE: [
            times(at(2027, month, day, 10), at(2027, month, day, 12))
            for month, day in [
                (1, 16),
                (2, 20),
                (3, 20),
                (4, 17),
                # 15 May: EXDATE
                (6, 19),
                (7, 17),
                (8, 21),
                (9, 18),
                (10, 16),
                (11, 20),
                (12, 18),  # UNTIL=…T090000Z is exactly its start
            ]
        ],
        (
            "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DA01000000000000000010000000"
            "F0E1D2C3B4A5968778695A4B3C2D1E0F"
        ): [times(at(2027, 6, 23, 14), at(2027, 6, 23, 15, 30))],  # W. Europe Standard Time
        (
            "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DA01000000000000000010000000"
            "A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4"
        ): [whole_days(2027, 4, 10)],
    },
    "apple.ics": {
        APPLE_PARK: [times(at(2027, 4, 24, 14), at(2027, 4, 24, 18))],
        APPLE_VEYNES: [
            times(at(2027, month, day, 20), at(2027, month, day, 23))
            for month, day in [(2, 5), (3, 5), (4, 2), (5, 7), (6, 4), (7, 2)]
        ],
        "1A2B3C4D-5E6F-4708-9A0B-1C2D3E4F5A6B": [whole_days(2027, 7, 8, 3)],
    },
    "nextcloud.ics": {
        "5b0d8c3e-7e0a-4a0e-9f57-2f5f0e6f7a11": [
            times(at(2027, 3, 3, 14), at(2027, 3, 3, 17)),
            times(at(2027, 3, 18, 18), at(2027, 3, 18, 21)),  # moved from 17 March
            times(at(2027, 3, 31, 14), at(2027, 3, 31, 17)),  # summer time from 28 March
            times(at(2027, 4, 14, 14), at(2027, 4, 14, 17)),
            # 28 April: EXDATE
            times(at(2027, 5, 12, 14), at(2027, 5, 12, 17)),
        ],
        "8e2f1d4c-3b5a-4c6d-9e8f-7a6b5c4d3e2f": [
            times(at(2027, 4, 9, 19), at(2027, 4, 9, 23), cancelled=True)
        ],
        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d": [
            times(at(2027, 5, 22, 9), at(2027, 5, 22, 12, 30))
        ],
    },
    "thunderbird.ics": {
        "7c1e4f0a-2d3b-4c5d-8e9f-0a1b2c3d4e5f": _weekly((2027, 6, 9), 3, 9, 0, 3.5, step=1),
        "e3d2c1b0-a9f8-4e7d-6c5b-4a3f2e1d0c9b": [whole_days(2027, 9, 25)],
        # 30 October in summer time, 6 November in winter time: the same 18:00 in Paris
        "b9c8d7e6-f5a4-4b3c-2d1e-0f9e8d7c6b5a": _weekly((2027, 10, 30), 2, 18, 0, 1.5),
    },
    "proton.ics": {
        "wQ3eRk9zXbY2nT5mLp8vA1sD4fG7hJ0k@proton.me": _weekly((2027, 1, 7), 8, 17, 0, 2, step=14),
        "Zp4xC7vB1nM9qW3eR6tY8uI2oP5aS0dF@proton.me": [
            times(at(2027, 2, 13, 14), at(2027, 2, 13, 17))
        ],
    },
    "floating.ics": {
        "concert-2027-06-12@lalocomotive.example.org": [
            times(at(2027, 6, 12, 20, 30), at(2027, 6, 12, 23, 30))
        ],
        "repas-2027-11-27@lalocomotive.example.org": [
            times(at(2027, 11, 27, 19), at(2027, 11, 27, 22))
        ],
        # a floating UNTIL, read in Paris like the start: 30 March 14:00 is the last date
        "permanence-numerique@lalocomotive.example.org": _weekly((2027, 3, 2), 5, 14, 0, 2),
    },
    "duration.ics": {
        "20261115-repair-cafe-mai@recyclerie-buech.example.org": [
            times(at(2027, 5, 8, 9, 30), at(2027, 5, 8, 12))
        ],
        "20261115-fete-recup@recyclerie-buech.example.org": [whole_days(2027, 5, 22, 3)],
        "20261115-atelier-couture@recyclerie-buech.example.org": _weekly(
            (2027, 9, 15), 3, 18, 0, 1.5
        ),
        # five hours across the change to summer time: 23:00 CET → 05:00 CEST
        "20261115-nuit-chouette@recyclerie-buech.example.org": [
            times(at(2027, 3, 27, 23), at(2027, 3, 28, 5))
        ],
    },
    "private_and_todo.ics": {
        PUBLIC_EVOLUTION: [times(at(2027, 5, 18, 18), at(2027, 5, 18, 20))],
    },
    "folded_utf8.ics": {
        "fete-recup-2027@lalocomotive.example.org": [
            times(at(2027, 6, 19, 10), at(2027, 6, 19, 18))
        ],
    },
    "lf_only.ics": {
        "grand-chemin-2027-04-03-troc@legrandchemin.example.org": [
            times(at(2027, 4, 3, 10), at(2027, 4, 3, 13))
        ],
        "grand-chemin-2027-04-17-cine@legrandchemin.example.org": [
            times(at(2027, 4, 17, 20, 30), at(2027, 4, 17, 23))
        ],
    },
    "bom.ics": {
        "040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DA01000000000000000010000000": [
            times(at(2027, 5, 6, 16, 30), at(2027, 5, 6, 19))
        ],
    },
    "bad_dtstart.ics": {
        "grenier-20270508@legrenier.example.org": [times(at(2027, 5, 8, 9), at(2027, 5, 8, 12))],
        "grenier-20270522@legrenier.example.org": [times(at(2027, 5, 22, 14), at(2027, 5, 22, 17))],
    },
}

# Who keeps each calendar: (title, slug, INSEE code of its commune).
KEEPERS = {
    "google.ics": ("La Roue", "la-roue", "05061"),
    "outlook.ics": ("Ressourcerie de l'Embrunais", "ressourcerie-embrunais", "05046"),
    "apple.ics": ("Ludambule", "ludambule", "05061"),
    "nextcloud.ics": ("Tiers-lieu La Fabrique", "la-fabrique", "05046"),
    "thunderbird.ics": ("Coopérative Solstice", "solstice", "05023"),
    "proton.ics": ("AMAP du Champsaur", "amap-champsaur", "05132"),
    "floating.ics": ("La Locomotive", "la-locomotive", "05179"),
    "duration.ics": ("Recyclerie du Buëch", "recyclerie-buech", "05179"),
    "private_and_todo.ics": ("Ludambule", "ludambule", "05061"),
    "folded_utf8.ics": ("La Locomotive", "la-locomotive", "05179"),
    "lf_only.ics": ("Le Grand Chemin", "le-grand-chemin", "05046"),
    "bom.ics": ("Épicerie solidaire du Guillestrois", "epicerie-guillestrois", "05065"),
    "bad_dtstart.ics": ("Ressourcerie Le Grenier", "le-grenier", "05179"),
    "utf16.ics": ("Le Grand Chemin", "le-grand-chemin", "05046"),
}


@pytest.fixture
def source_for(agenda, directory):
    """The calendar source of a corpus file, of the organisation that keeps it."""
    organisations, sources = {}, {}

    def make(name):
        if name not in sources:
            title, slug, insee = KEEPERS[name]
            if slug not in organisations:
                organisations[slug] = OrganisationPageFactory(
                    parent=directory, title=title, slug=slug, commune=commune(insee)
                )
            sources[name] = CalendarSource.objects.create(
                organisation=organisations[slug], name=name
            )
        return sources[name]

    return make


# Reading the site's feed ---------------------------------------------------------------------


def feed(client):
    response = client.get("/agenda/agenda.ics")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def _utc(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return local_midnight(value).astimezone(UTC)


def dates_by_icalendar(body):
    """UID → [(start, end, cancelled)] of every date of the feed, expanded by
    recurring-ical-events over icalendar."""
    found = {}
    calendar = Calendar.from_ical(body)
    query = recurring_ical_events.of(calendar)
    for occurrence in query.between(datetime(2000, 1, 1), datetime(2100, 1, 1)):
        start = occurrence["DTSTART"].dt
        end = occurrence["DTEND"].dt
        cancelled = str(occurrence.get("STATUS", "")).upper() == "CANCELLED"
        found.setdefault(str(occurrence["UID"]), []).append((_utc(start), _utc(end), cancelled))
    return {uid: sorted(dates) for uid, dates in found.items()}


ICAL_JS_DATES = """
import { readFileSync } from "node:fs";
import ICAL from "%(ical_js)s";

function instant(time) {
  return time.isDate ? time.toString() : new Date(time.toUnixTime() * 1000).toISOString();
}

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[1], "utf8")));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
const vevents = calendar.getAllSubcomponents("vevent");
const exceptions = vevents.filter((vevent) => vevent.hasProperty("recurrence-id"));
const result = {};
for (const vevent of vevents.filter((vevent) => !vevent.hasProperty("recurrence-id"))) {
  const event = new ICAL.Event(vevent);
  for (const exception of exceptions) {
    if (exception.getFirstPropertyValue("uid") === event.uid) event.relateException(exception);
  }
  const dates = [];
  const cancelled = (component) =>
    String(component.getFirstPropertyValue("status") || "").toUpperCase() === "CANCELLED";
  if (!event.isRecurring()) {
    // its own DTEND: ical.js's occurrence details add the length on the wall clock, an hour
    // off for an event that spans the change of time
    dates.push([instant(event.startDate), instant(event.endDate), cancelled(vevent)]);
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); event.isRecurring() && next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    dates.push([
      instant(details.startDate),
      instant(details.endDate),
      cancelled(details.item.component),
    ]);
    if (dates.length >= 500) break;
  }
  result[event.uid] = { dates, summary: event.summary, description: event.description };
}
process.stdout.write(JSON.stringify(result));
"""


@pytest.fixture
def ical_js(tmp_path):
    """UID → {dates, summary, description} of a feed as ical.js (Thunderbird, Nextcloud)
    reads and expands it; its all-day dates as local midnights, like the site."""
    node = shutil.which("node")
    if node is None:
        message = "node is missing: the ical.js check needs Node.js (apt-get install nodejs)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    script = ICAL_JS_DATES % {"ical_js": VENDORED_ICAL_JS.as_uri()}

    def read(body):
        path = tmp_path / "feed.ics"
        path.write_bytes(body)
        result = subprocess.run(
            [node, "--input-type=module", "-e", script, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, f"ical.js rejected the feed:\n{result.stderr}"
        events = json.loads(result.stdout)
        for event in events.values():
            event["dates"] = sorted(
                (_read_instant(start), _read_instant(end), cancelled)
                for start, end, cancelled in event["dates"]
            )
        return events

    return read


def _read_instant(text):
    if len(text) == 10:
        return local_midnight(date.fromisoformat(text)).astimezone(UTC)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


# Every producer, every date ----------------------------------------------------------------


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_date_reaches_the_feed_at_the_instant_the_producer_meant(
    name, client, source_for, ical_js
):
    data = corpus(name)
    parsed = parse_calendar(data)
    assert sorted(event.uid for event in parsed.events) == sorted(EXPECTED[name])

    import_calendar(data, source_for(name), publish=True)
    body = feed(client)
    expected = {uid: sorted(dates) for uid, dates in EXPECTED[name].items()}
    assert dates_by_icalendar(body) == expected
    by_ical_js = ical_js(body)
    assert {uid: event["dates"] for uid, event in by_ical_js.items()} == expected
    for event in by_ical_js.values():
        text = event["summary"] + event["description"]
        assert "\ufffd" not in text and "&#" not in text and "&amp;" not in text
        assert "<br" not in text and "<a " not in text


def test_a_second_import_of_every_file_changes_nothing(source_for):
    for name in EXPECTED:
        source = source_for(name)
        import_calendar(corpus(name), source, publish=True)
        again = import_calendar(corpus(name), source, publish=True)
        assert not again.created and not again.updated and not again.unpublished, name


# What each producer's particulars become ---------------------------------------------------


def imported(uid):
    return EventPage.objects.get(ical_uid=uid)


def test_google_html_description_keeps_its_line_breaks_and_links(client, source_for):
    import_calendar(corpus("google.ics"), source_for("google.ics"), publish=True)
    series = imported(GOOGLE_SERIES)
    assert series.summary == (
        "Changez vos euros en Roues, la monnaie locale et citoyenne des Hautes-Alpes."
    )
    assert series.description == (
        "<p>Adhésion sur place\xa0: 5\xa0€ (prix libre pour les étudiant·es).</p>"
        "<p>Où dépenser ses Roues ? Voir la carte des prestataires "
        '(<a href="https://www.laroue.example.org/commerces">'
        "https://www.laroue.example.org/commerces</a>) &amp; le "
        '<a href="https://www.laroue.example.org/">https://www.laroue.example.org/</a></p>'
    )
    (vevent,) = [
        e
        for e in Calendar.from_ical(feed(client)).walk("VEVENT")
        if e["UID"] == GOOGLE_SERIES and "RECURRENCE-ID" not in e
    ]
    assert str(vevent["DESCRIPTION"]) == (
        "Changez vos euros en Roues, la monnaie locale et citoyenne des Hautes-Alpes.\n\n"
        "Adhésion sur place\xa0: 5\xa0€ (prix libre pour les étudiant·es).\n\n"
        "Où dépenser ses Roues ? Voir la carte des prestataires "
        "(https://www.laroue.example.org/commerces) & le https://www.laroue.example.org/\n\n"
        f"{series.full_url}"
    )


def test_google_past_event_is_left_out_and_counted():
    parsed = parse_calendar(corpus("google.ics"))
    assert parsed.left_out == {"7h2j4k6m8n0p2r4t6v8x0z2b4d@google.com"}
    assert parsed.name == "La Roue – rendez-vous publics"


def test_outlook_plain_description_link_and_place(source_for):
    import_calendar(corpus("outlook.ics"), source_for("outlook.ics"), publish=True)
    collecte = imported(OUTLOOK_COLLECTE)
    assert collecte.title == "Collecte solidaire à la ressourcerie"
    assert collecte.venue == "Ressourcerie de l'Embrunais, 3 avenue de la Gare, 05200 Embrun"
    assert collecte.summary.startswith("Déposez vos objets réutilisables : vaisselle, livres")
    assert collecte.description == (
        '<p>Inscription des bénévoles (<a href="https://www.ressourcerie-embrun.example.org/'
        'benevoles">https://www.ressourcerie-embrun.example.org/benevoles</a>)</p>'
    )


def test_apple_structured_location_and_geo_give_coordinates(source_for):
    import_calendar(corpus("apple.ics"), source_for("apple.ics"), publish=True)
    park, veynes = imported(APPLE_PARK), imported(APPLE_VEYNES)
    assert (park.latitude, park.longitude) == pytest.approx((44.55921, 6.07842))
    assert park.venue == "Parc de la Pépinière, Avenue Jean Jaurès, 05000 Gap, France"
    assert (veynes.latitude, veynes.longitude) == pytest.approx((44.53406, 5.82321))
    assert veynes.summary == (
        "Chaque premier vendredi du mois : jeux de société pour tous les âges. "
        "Apportez vos jeux préférés !"
    )
    assert veynes.description == ""  # the whole description is the summary: said once


def test_private_events_tasks_and_memos_stay_out_and_nothing_private_is_reported():
    parsed = parse_calendar(corpus("private_and_todo.ics"))
    assert [event.uid for event in parsed.events] == [PUBLIC_EVOLUTION]
    assert parsed.refused == [("", "", "private event")] * 2
    assert "médecin" not in repr(parsed) and "embauche" not in repr(parsed)


def test_an_event_made_private_leaves_the_agenda(client, source_for):
    source = source_for("private_and_todo.ics")
    public = corpus("private_and_todo.ics")
    import_calendar(public, source, publish=True)
    assert imported(PUBLIC_EVOLUTION).live
    private = public.replace(b"CLASS:PUBLIC\r\nTRANSP:OPAQUE", b"CLASS:PRIVATE\r\nTRANSP:OPAQUE")
    import_calendar(private, source, publish=True)
    assert not imported(PUBLIC_EVOLUTION).live
    assert PUBLIC_EVOLUTION.encode() not in feed(client)


def _calendar(*vevents, header=""):
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//FR\r\n"
        + header
        + "".join(
            f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261201T000000Z\r\nSUMMARY:Événement {uid}"
            f"\r\n{lines}\r\nEND:VEVENT\r\n"
            for uid, lines in vevents
        )
        + "END:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("lines", "property_name"),
    [
        ("DTSTART;TZID=Europe/Paris:20270514T180000\r\nRRULE:FREQ=FORTNIGHTLY", "RRULE"),
        ("DTSTART;TZID=Europe/Paris:20270514T180000\r\nDTEND:demain", "DTEND"),
        ("DTSTART;TZID=Europe/Paris:20270514T180000\r\nDURATION:2 heures", "DURATION"),
        (
            "DTSTART;TZID=Europe/Paris:20270514T180000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
            "EXDATE;TZID=Europe/Paris:21/05/2027",
            "EXDATE",
        ),
        ("DTSTART;VALUE=DATE:20271301", "DTSTART"),
        ("DTSTART:20270514T180000\r\nLieu : salle des fêtes", "line"),
    ],
)
def test_any_unreadable_property_skips_its_event_only(lines, property_name):
    good = ("good", "DTSTART;TZID=Europe/Paris:20270515T100000")
    parsed = parse_calendar(_calendar(good, ("bad", lines), good))
    assert [event.uid for event in parsed.events] == ["good"]
    assert parsed.unreadable == {"bad"}
    ((uid, title, reason),) = parsed.refused
    assert (uid, title) == ("bad", "Événement bad")
    assert property_name in reason


def test_a_file_where_nothing_can_be_read_is_refused_as_a_whole():
    with pytest.raises(CalendarImportError, match="could not be read"):
        parse_calendar(_calendar(("a", "DTSTART:nonsense"), ("b", "DTSTART:20271301T100000")))


def test_floating_times_are_read_in_the_calendars_x_wr_timezone_else_in_paris():
    vevent = ("f", "DTSTART:20270115T180000\r\nDTEND:20270115T200000")
    (paris_event,) = parse_calendar(_calendar(vevent)).events
    assert paris_event.fields["start"] == datetime(2027, 1, 15, 17, 0, tzinfo=UTC)
    header = "X-WR-TIMEZONE:America/Martinique\r\n"  # a member's calendar from the Antilles
    (antilles_event,) = parse_calendar(_calendar(vevent, header=header)).events
    assert antilles_event.fields["start"] == datetime(2027, 1, 15, 22, 0, tzinfo=UTC)


def test_a_vtimezone_of_one_file_never_changes_how_another_file_is_read():
    odd = (
        "BEGIN:VTIMEZONE\r\nTZID:Heure du Buëch\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000"
        "\r\nTZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    vevent = ("z", "DTSTART;TZID=Heure du Buëch:20270115T180000")
    (with_zone,) = parse_calendar(_calendar(vevent, header=odd)).events
    assert with_zone.fields["start"] == datetime(2027, 1, 15, 13, 0, tzinfo=UTC)
    (without_zone,) = parse_calendar(_calendar(vevent)).events  # unknown zone: Paris
    assert without_zone.fields["start"] == datetime(2027, 1, 15, 17, 0, tzinfo=UTC)


def test_a_fold_inside_a_character_gives_the_character():
    data = corpus("folded_utf8.ics")
    cut_inside = [line for line in data.split(b"\r\n") if not _decodes(line)]
    assert len(cut_inside) >= 3  # 🎉, à… each split by a fold
    (event,) = parse_calendar(data).events
    assert event.fields["title"] == (
        "Fête de la récup' à la ressourcerie Le Grenier avec Ludambule 🎉♻️"
    )
    assert event.fields["summary"] == (
        "Réparations, trocs et goûter partagé ; les enfants fabriquent des jouets à partir "
        "d'objets récupérés 🧸 ✂️. Entrée libre à tous."
    )


def test_utf16_with_a_byte_order_mark_as_powershell_writes_it(client, source_for, ical_js):
    text = corpus("lf_only.ics").decode("utf-8").replace("\n", "\r\n")
    data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    parsed = parse_calendar(data)
    assert [event.fields["title"] for event in parsed.events] == [
        "Troc de graines et de plants",
        "Ciné-débat « Les jours heureux »",
    ]
    import_calendar(data, source_for("utf16.ics"), publish=True)
    expected = {uid: sorted(dates) for uid, dates in EXPECTED["lf_only.ics"].items()}
    assert dates_by_icalendar(feed(client)) == expected


def test_a_truncated_file_is_refused_and_changes_nothing(source_for):
    source = source_for("google.ics")
    import_calendar(corpus("bom.ics"), source, publish=True)
    before = sorted(EventPage.objects.values_list("id", "title", "live", "latest_revision_id"))
    with pytest.raises(CalendarImportError, match="incomplete"):
        import_calendar(corpus("truncated.ics"), source, publish=True)
    after = sorted(EventPage.objects.values_list("id", "title", "live", "latest_revision_id"))
    assert after == before


def test_one_bad_dtstart_skips_that_event_only_and_reports_it_by_uid(source_for):
    parsed = parse_calendar(corpus("bad_dtstart.ics"))
    assert len(parsed.events) == 2
    assert parsed.unreadable == {BAD_DTSTART}
    ((uid, title, reason),) = parsed.refused
    assert (uid, title) == (BAD_DTSTART, "Soirée des bénévoles")
    assert "DTSTART" in reason and "2027-05-14T18:00:00" in reason
    report = import_calendar(corpus("bad_dtstart.ics"), source_for("bad_dtstart.ics"))
    assert len(report.created) == 2


def _decodes(line):
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# A long history -------------------------------------------------------------------------------


def big_history(past, future, start=None):
    """A Google-like calendar: `past` events of the last years (one every six hours, an hour
    each), then `future` ones from next week."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    first = start or now - PAST_HORIZON - timedelta(hours=6 * past + 24)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "X-WR-TIMEZONE:Europe/Paris",
    ]

    def vevent(uid, moment):
        return [
            "BEGIN:VEVENT",
            f"DTSTART:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f"DTEND:{(moment + timedelta(hours=1)).astimezone(UTC):%Y%m%dT%H%M%SZ}",
            "DTSTAMP:20261203T101503Z",
            f"UID:{uid}@google.com",
            "SUMMARY:Permanence d'accueil à la ressourcerie",
            "DESCRIPTION:Dépôt d'objets\\, conseils et café.",
            "STATUS:CONFIRMED",
            "END:VEVENT",
        ]

    for n in range(past):
        lines += vevent(f"past{n:05d}", first + timedelta(hours=6 * n))
    for n in range(future):
        lines += vevent(f"next{n:05d}", now + timedelta(days=7 + n))
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_long_history_imports_the_agenda_window_and_counts_what_it_left_out():
    data = big_history(past=20_000, future=3)
    started = time.perf_counter()
    parsed = parse_calendar(data)
    seconds = time.perf_counter() - started
    assert sorted(event.uid for event in parsed.events) == [
        "next00000@google.com",
        "next00001@google.com",
        "next00002@google.com",
    ]
    assert len(parsed.left_out) == 20_000
    assert not parsed.refused
    # icalendar alone parses this file in about four times as long; the bound is loose, for a
    # busy machine
    assert seconds < 30


def test_a_window_bigger_than_the_limit_is_refused_with_the_limit_and_what_to_do(monkeypatch):
    monkeypatch.setattr("agenda.ical.parser.MAX_EVENTS", 2)
    data = big_history(past=50, future=3)
    with pytest.raises(CalendarImportError) as error:
        parse_calendar(data)
    message = str(error.value)
    assert "3 events" in message and "more than 2" in message
    assert "shorter period" in message and "split the calendar" in message
    # the past does not count against the limit
    parse_calendar(big_history(past=50, future=2))
