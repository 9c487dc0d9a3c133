"""The iCalendar feeds read by an independent parser: ical.js, the parser of Thunderbird and
Nextcloud (vendored in tests/agenda/vendor/ by `make vendor`), run with node by parse_ical.mjs.

What it finds must be what icalendar (Python) finds, and what the site lists."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

import pytest
from icalendar import Calendar

from agenda.models import PARIS, EventPage, Occurrence, OccurrenceChange
from tests.agenda.conftest import commune, in_days, paris, theme
from tests.conftest import la_roue, once_per_module
from tests.factories import AgendaPageFactory, DirectoryPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).parent / "parse_ical.mjs"
NEXT_YEAR = timezone.localdate().year + 1

SERIES = "Repair café ♻️"
FORUM = "Forum de l'ESS — trois jours 🎪"
CANCELLED = "Marché paysan annulé 🥕"
ATELIER = 'Atelier vélo ; réparation, entretien \\ « pièces » 🚲 "chez Zoé"'
WINTER = "Soirée d'hiver à Briançon ❄️"
SUMMER = "Fête d'été à Gap ☀️"
LONG_DESCRIPTION = (
    "Apportez votre vélo : nous démontons, nettoyons et réglons ensemble freins, dérailleurs "
    "et roulements. Les bénévoles de l'atelier — Zoé, Loïc et Anaïs — montrent les gestes, "
    "prêtent les outils et expliquent comment choisir des pièces d'occasion 🚲🔧. Café, thé et "
    "gâteaux offerts ; participation libre. Ouvert à toutes et à tous, débutants bienvenus, "
    "accessible en fauteuil roulant par l'entrée côté cour."
)

# query: the summaries (masters) that feed and listing select
FEEDS = {
    "": [ATELIER, CANCELLED, FORUM, SERIES, SUMMER, WINTER],
    "territory=brianconnais": [CANCELLED, FORUM, WINTER],
    "theme=mobilite": [ATELIER, SERIES],
    "organisation=la-roue": [ATELIER, SERIES],
}


@pytest.fixture
def node():
    path = shutil.which("node")
    if path is None:
        message = "node is missing: the ical.js check needs Node.js (apt-get install nodejs)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def ical_js(node, tmp_path):
    """Run parse_ical.mjs on some iCalendar bytes; its JSON answer."""

    def parse(body, name="feed.ics"):
        path = tmp_path / name
        path.write_bytes(body)
        result = subprocess.run(
            [node, str(SCRIPT), str(path)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, f"ical.js rejected {name}:\n{result.stderr}"
        return json.loads(result.stdout)

    return parse


def body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def local(value):
    """An instant as ical.js writes a Europe/Paris DATE-TIME: local wall-clock time."""
    return timezone.localtime(value, PARIS).strftime("%Y-%m-%dT%H:%M:%S")


def build_events(home_page, locales):
    """The events every test reads, built once for the module (`events`)."""
    agenda = AgendaPageFactory(parent=home_page)
    roue = la_roue(DirectoryPageFactory(parent=home_page))
    first = in_days(2)
    series = EventPageFactory.build(
        title=SERIES,
        slug="repair-cafe",
        start=first,
        end=first + timedelta(hours=2),
        rrule="FREQ=WEEKLY;COUNT=4",
        exdates=(first + timedelta(days=21)).date().isoformat(),
        commune=commune("05061"),
    )
    series.occurrence_changes = [
        OccurrenceChange(original_start=first + timedelta(days=7), cancelled=True)
    ]
    agenda.add_child(instance=series)
    series.themes.set([theme("mobilite")])
    series.organisers.set([roue])
    series.save_revision().publish()
    return {
        "series": series,
        "forum": EventPageFactory(
            parent=agenda,
            title=FORUM,
            start=in_days(10, 0, 0),
            end=in_days(12, 0, 0),
            all_day=True,
            commune=commune("05023"),
            themes=[theme("cooperation")],
        ),
        "cancelled": EventPageFactory(
            parent=agenda,
            title=CANCELLED,
            start=in_days(6),
            status="cancelled",
            commune=commune("05023"),
            themes=[theme("alimentation")],
        ),
        "atelier": EventPageFactory(
            parent=agenda,
            title=ATELIER,
            start=in_days(4),
            end=in_days(4, 21, 0),
            commune=commune("05046"),
            venue="Local de l'atelier, 3 rue de la Gare",
            summary="Réparer son vélo soi-même, avec les bénévoles.",
            description=f"<p>{LONG_DESCRIPTION}</p>",
            themes=[theme("mobilite")],
            organisers=[roue],
        ),
        # on both sides of the change of time: the VTIMEZONE must carry the two offsets
        "winter": EventPageFactory(
            parent=agenda,
            title=WINTER,
            start=paris(NEXT_YEAR, 1, 15, 18, 30),
            end=paris(NEXT_YEAR, 1, 15, 22, 0),
            commune=commune("05023"),
            themes=[theme("culture")],
        ),
        "summer": EventPageFactory(
            parent=agenda,
            title=SUMMER,
            start=paris(NEXT_YEAR, 7, 15, 18, 30),
            end=paris(NEXT_YEAR, 7, 15, 23, 30),
            commune=commune("05061"),
            themes=[theme("culture")],
        ),
        "old": EventPageFactory(parent=agenda, title="Très ancien", start=in_days(-60)),
    }


_events = once_per_module(build_events)


@pytest.fixture
def events(_events, db):
    """The module's events, read afresh for this test."""
    return {name: EventPage.objects.get(pk=event.pk) for name, event in _events.items()}


@pytest.mark.parametrize("query", list(FEEDS))
def test_ical_js_reads_the_feed_as_icalendar_does_and_as_the_listing_counts(
    client, events, ical_js, query
):
    raw = body(client.get(f"/agenda/agenda.ics?{query}"))
    found = ical_js(raw)
    python = Calendar.from_ical(raw)
    vevents = python.walk("VEVENT")
    # the same VEVENTs, in the same order, with the same UIDs and (unescaped) summaries
    assert found["vevents"] == len(vevents)
    assert found["uids"] == [str(e["UID"]) for e in vevents]
    assert found["summaries"] == [str(e["SUMMARY"]) for e in vevents]
    assert found["tzids"] == ["Europe/Paris"]
    masters = [e for e in found["events"] if e["recurrence_id"] is None]
    assert found["masters"] == len(masters)
    assert sorted(e["summary"] for e in masters) == sorted(FEEDS[query])
    # one master per event of the listing for the same filters (from 30 days ago, like the feed)
    since = (timezone.localdate() - timedelta(days=30)).isoformat()
    listing = client.get(f"/agenda/?date_from={since}&{query}").context["page_obj"]
    assert listing.paginator.num_pages == 1
    assert found["masters"] == len({o.event_id for o in listing.object_list})
    if SERIES not in FEEDS[query]:
        # without a series, one date per event: the listing's count is the feed's
        assert found["masters"] == listing.paginator.count


def test_every_start_and_end_is_the_same_wall_clock_time_in_europe_paris(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    by_uid = {e["uid"]: e for e in found["events"] if e["recurrence_id"] is None}
    for key in ("series", "cancelled", "atelier", "winter", "summer"):
        event = events[key]
        parsed = by_uid[event.uid]
        assert parsed["all_day"] is False
        assert parsed["tzid"] == "Europe/Paris"
        assert (parsed["start"], parsed["end"]) == (local(event.start), local(event.effective_end))


def test_the_feeds_vtimezone_gives_ical_js_the_winter_offset(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    (winter,) = [e for e in found["events"] if e["summary"] == WINTER]
    assert winter["start_utc"] == f"{NEXT_YEAR}-01-15T17:30:00Z"  # UTC+1
    assert winter["end_utc"] == f"{NEXT_YEAR}-01-15T21:00:00Z"


def test_the_feeds_vtimezone_gives_ical_js_the_summer_offset(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    (summer,) = [e for e in found["events"] if e["summary"] == SUMMER]
    assert summer["start_utc"] == f"{NEXT_YEAR}-07-15T16:30:00Z"  # UTC+2


def test_all_day_multi_day_event_is_dates_with_an_exclusive_end(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    (forum,) = [e for e in found["events"] if e["summary"] == FORUM]
    first, last = in_days(10).date(), in_days(12).date()
    assert forum["all_day"] is True
    assert (forum["start"], forum["end"]) == (str(first), str(last + timedelta(days=1)))
    assert forum["dates"] == [
        {"start": str(first), "end": str(last + timedelta(days=1)), "cancelled": False}
    ]


def test_series_expands_to_the_stored_occurrences(client, events, ical_js):
    series = events["series"]
    found = ical_js(body(client.get("/agenda/agenda.ics?organisation=la-roue")))
    (master,) = [
        e for e in found["events"] if e["uid"] == series.uid and e["recurrence_id"] is None
    ]
    (override,) = [e for e in found["events"] if e["recurrence_id"] is not None]
    first = in_days(2)
    assert master["rrule"] == "FREQ=WEEKLY;COUNT=4"
    assert master["exdates"] == [local(first + timedelta(days=21))]
    assert override["uid"] == series.uid
    assert override["recurrence_id"] == local(first + timedelta(days=7))
    assert override["status"] == "CANCELLED"
    # ical.js applies RRULE, EXDATE and the cancelled RECURRENCE-ID as the site did
    stored = [
        {"start": local(o.start), "end": local(o.end), "cancelled": o.cancelled}
        for o in Occurrence.objects.filter(event=series).order_by("start")
    ]
    assert master["dates"] == stored
    assert [d["cancelled"] for d in stored] == [False, True, False]


def test_cancelled_event_and_categories(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    by_summary = {e["summary"]: e for e in found["events"] if e["recurrence_id"] is None}
    assert by_summary[CANCELLED]["status"] == "CANCELLED"
    assert by_summary[CANCELLED]["dates"][0]["cancelled"] is True
    assert by_summary[ATELIER]["status"] == "CONFIRMED"
    assert by_summary[ATELIER]["categories"] == ["Mobilité"]


def test_long_description_is_folded_and_unfolds_to_the_same_text(client, events, ical_js):
    raw = body(client.get("/agenda/agenda.ics"))
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75  # octets, RFC 5545 §3.1
    for line in lines:
        line.decode("utf-8")  # folding never splits a multi-byte character (é, 🚲)
    (at,) = [i for i, line in enumerate(lines) if line.startswith("DESCRIPTION:Réparer".encode())]
    assert lines[at + 1].startswith(b" ") and lines[at + 2].startswith(b" ")
    found = ical_js(raw)
    (atelier,) = [e for e in Calendar.from_ical(raw).walk("VEVENT") if str(e["SUMMARY"]) == ATELIER]
    (parsed,) = [e for e in found["events"] if e["summary"] == ATELIER]
    assert parsed["description"] == str(atelier["DESCRIPTION"])
    assert LONG_DESCRIPTION in parsed["description"]
    assert parsed["description"].endswith(events["atelier"].full_url)
    assert parsed["location"] == str(atelier["LOCATION"])
    assert parsed["location"].startswith("Local de l'atelier, 3 rue de la Gare")


def test_single_event_download_is_read_by_ical_js(client, events, ical_js):
    event = events["series"]
    found = ical_js(body(client.get(event.url + "event.ics")), name="event.ics")
    assert found["tzids"] == ["Europe/Paris"]
    assert found["masters"] == 1
    assert found["uids"] == [event.uid, event.uid]
    assert found["summaries"] == [SERIES, SERIES]
    assert found["calname"] == SERIES


def test_the_old_event_is_out_of_every_feed(client, events, ical_js):
    found = ical_js(body(client.get("/agenda/agenda.ics")))
    assert events["old"].uid not in found["uids"]  # 60 days ago; feeds keep 30 days


def test_the_harness_fails_on_a_file_ical_js_cannot_parse(node, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nTHIS LINE HAS NO COLON\r\nEND:VCALENDAR\r\n"
    )
    result = subprocess.run([node, str(SCRIPT), str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "ical.js could not parse" in result.stderr
