"""iCalendar out: what calendar apps subscribe to."""

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from agenda.models import OccurrenceChange
from tests.agenda.conftest import commune, in_days, paris, theme
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def parse(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return Calendar.from_ical(body)


def vevents(calendar, masters_only=True):
    return [e for e in calendar.walk("VEVENT") if not (masters_only and "RECURRENCE-ID" in e)]


def republish(event, **changes):
    event = event.specific.__class__.objects.get(pk=event.pk)
    for name, value in changes.items():
        setattr(event, name, value)
    event.save_revision().publish()
    return event.__class__.objects.get(pk=event.pk)


@pytest.fixture
def events(agenda, roue):
    return {
        "atelier": EventPageFactory(
            parent=agenda,
            title="Atelier vélo",
            start=in_days(4),
            end=in_days(4, 21, 0),
            commune=commune("05046"),
            themes=[theme("mobilite")],
            organisers=[roue],
        ),
        "forum": EventPageFactory(
            parent=agenda,
            title="Forum de l'ESS",
            start=paris(2027, 1, 14),
            end=paris(2027, 1, 15),
            all_day=True,
            commune=commune("05061"),
            themes=[theme("cooperation")],
        ),
        "annule": EventPageFactory(
            parent=agenda, title="Marché annulé", start=in_days(6), status="cancelled"
        ),
        "ancien": EventPageFactory(parent=agenda, title="Très ancien", start=in_days(-60)),
    }


def test_feed_is_a_valid_calendar_with_timezone_name_and_refresh(client, events):
    response = client.get("/agenda/agenda.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = parse(response)
    assert calendar["X-WR-CALNAME"] == "Agenda"
    assert str(calendar["REFRESH-INTERVAL"].to_ical().decode()) == "PT6H"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    # the event of 60 days ago is out; the rest are in
    assert sorted(str(e["SUMMARY"]) for e in vevents(calendar)) == [
        "Atelier vélo",
        "Forum de l'ESS",
        "Marché annulé",
    ]


def test_vevent_carries_what_calendar_apps_need(client, events):
    calendar = parse(client.get("/agenda/agenda.ics"))
    (atelier,) = [e for e in vevents(calendar) if e["SUMMARY"] == "Atelier vélo"]
    assert atelier["UID"] == f"{events['atelier'].translation_key}@hub-ess-05"
    assert atelier["DTSTART"].dt == in_days(4)
    assert atelier["DTSTART"].params["TZID"] == "Europe/Paris"
    assert atelier["DTEND"].dt == in_days(4, 21, 0)
    assert atelier["SEQUENCE"] == 0
    assert atelier["STATUS"] == "CONFIRMED"
    assert "Embrun" in atelier["LOCATION"]
    assert atelier["URL"].endswith(events["atelier"].url)
    assert atelier["ORGANIZER"].params["CN"] == "La Roue"
    assert [str(c) for c in atelier["CATEGORIES"].cats] == ["Mobilité"]
    assert atelier["GEO"].latitude == pytest.approx(commune("05046").latitude)
    assert "DTSTAMP" in atelier and "LAST-MODIFIED" in atelier


def test_all_day_event_uses_dates_with_an_exclusive_end(client, events):
    calendar = parse(client.get("/agenda/agenda.ics"))
    (forum,) = [e for e in vevents(calendar) if e["SUMMARY"] == "Forum de l'ESS"]
    assert forum["DTSTART"].dt == date(2027, 1, 14)
    assert forum["DTEND"].dt == date(2027, 1, 16)


def test_cancelled_event_is_status_cancelled(client, events):
    calendar = parse(client.get("/agenda/agenda.ics"))
    (cancelled,) = [e for e in vevents(calendar) if e["SUMMARY"] == "Marché annulé"]
    assert cancelled["STATUS"] == "CANCELLED"


def test_series_has_rrule_exdate_and_recurrence_ids(client, agenda):
    first = in_days(2)
    event = EventPageFactory.build(
        title="Repair café",
        start=first,
        end=first + timedelta(hours=2),
        rrule="FREQ=WEEKLY;COUNT=4",
        exdates=(first + timedelta(days=21)).date().isoformat(),
    )
    event.occurrence_changes = [
        OccurrenceChange(original_start=first + timedelta(days=7), cancelled=True)
    ]
    agenda.add_child(instance=event)
    event.save_revision().publish()
    calendar = parse(client.get("/agenda/agenda.ics"))
    master, override = calendar.walk("VEVENT")
    assert master["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=4"
    assert master["EXDATE"].dts[0].dt == first + timedelta(days=21)
    assert override["RECURRENCE-ID"].dt == first + timedelta(days=7)
    assert override["STATUS"] == "CANCELLED"
    assert override["UID"] == master["UID"]


def test_uid_never_changes_and_sequence_rises_only_when_time_place_or_status_change(client, events):
    atelier = events["atelier"]
    uid = atelier.uid
    atelier = republish(atelier, title="Atelier vélo et réparation")
    assert (atelier.uid, atelier.sequence) == (uid, 0)
    atelier = republish(atelier, start=in_days(5), end=in_days(5, 21, 0))
    assert (atelier.uid, atelier.sequence) == (uid, 1)
    atelier = republish(atelier, venue="Gymnase")
    assert atelier.sequence == 2
    atelier = republish(atelier, status="cancelled")
    assert atelier.sequence == 3
    calendar = parse(client.get("/agenda/agenda.ics"))
    (vevent,) = [e for e in vevents(calendar) if e["UID"] == uid]
    assert vevent["SEQUENCE"] == 3
    assert vevent["STATUS"] == "CANCELLED"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("territory=embrunais", ["Atelier vélo"]),
        ("theme=cooperation", ["Forum de l'ESS"]),
        ("organisation=la-roue", ["Atelier vélo"]),
        ("territory=gapencais&theme=mobilite", []),
    ],
)
def test_filtered_feed_has_exactly_that_selection(client, events, query, expected):
    calendar = parse(client.get(f"/agenda/agenda.ics?{query}"))
    assert sorted(str(e["SUMMARY"]) for e in vevents(calendar)) == expected


@pytest.mark.parametrize("query", ["", "territory=embrunais", "theme=cooperation"])
def test_feed_event_count_equals_the_listing_count_for_the_same_filters(client, events, query):
    since = (date.today() - timedelta(days=30)).isoformat()
    listing = client.get(f"/agenda/?date_from={since}&{query}")
    calendar = parse(client.get(f"/agenda/agenda.ics?{query}"))
    assert len(vevents(calendar)) == listing.context["page_obj"].paginator.count


def test_conditional_requests_get_304_until_an_event_changes(client, events):
    first = client.get("/agenda/agenda.ics")
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert client.get("/agenda/agenda.ics", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/agenda/agenda.ics", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    # another selection is another resource
    assert (
        client.get("/agenda/agenda.ics?territory=embrunais", HTTP_IF_NONE_MATCH=etag).status_code
        == 200
    )
    republish(events["atelier"], title="Atelier vélo solidaire")
    changed = client.get("/agenda/agenda.ics", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert "Atelier vélo solidaire" in b"".join(changed.streaming_content).decode()


def test_unpublished_event_leaves_the_feed(client, events):
    events["atelier"].unpublish()
    calendar = parse(client.get("/agenda/agenda.ics"))
    assert "Atelier vélo" not in [str(e["SUMMARY"]) for e in vevents(calendar)]


def test_feed_costs_a_fixed_number_of_queries(client, events, django_assert_max_num_queries):
    client.get("/agenda/agenda.ics")
    with django_assert_max_num_queries(12):
        response = client.get("/agenda/agenda.ics?territory=embrunais")
        b"".join(response.streaming_content)


def test_single_event_download(client, events):
    response = client.get(events["forum"].url + "event.ics")
    calendar = parse(response)
    assert response["Content-Disposition"].startswith("attachment")
    assert [str(e["SUMMARY"]) for e in vevents(calendar)] == ["Forum de l'ESS"]


def test_each_language_has_its_own_feed(client, events, locales):
    from tests.conftest import translate

    agenda = events["atelier"].get_parent()
    translate(agenda, locales["en"], title="What's on", slug="whats-on")
    translate(events["atelier"], locales["en"], title="Bike workshop")
    english = parse(client.get("/en/whats-on/agenda.ics"))
    assert english["X-WR-CALNAME"] == "What's on"
    (vevent,) = vevents(english)
    assert vevent["SUMMARY"] == "Bike workshop"
    # the same event in both languages: one UID, so a calendar never shows it twice
    assert vevent["UID"] == events["atelier"].uid
    assert vevent["URL"].endswith("/en/whats-on/" + events["atelier"].slug + "/")


def test_description_is_plain_text_with_real_characters_line_breaks_and_links(
    client, agenda, locales
):
    from tests.conftest import translate

    event = EventPageFactory(
        parent=agenda,
        title="Atelier d'Anaïs & Loïc",
        start=in_days(5),
        summary="L'atelier s'installe à Gap & Embrun ; 2 < 3 > 1.",
        description=(
            "<p>Entrée libre &amp; gratuite, l&#x27;atelier s&#x27;installe « chez Zoé ».</p>"
            '<p>Programme : <a href="https://www.laroue.example.org/programme">le programme'
            '</a><br/>Inscriptions : <a href="https://www.laroue.example.org/inscription">'
            "https://www.laroue.example.org/inscription</a></p>"
            "<ul><li>Café</li><li>Thé &amp; gâteaux</li></ul>"
            f'<p>Voir aussi <a linktype="page" id="{agenda.pk}">l&#x27;agenda</a>.</p>'
        ),
    )
    english = translate(
        event,
        locales["en"],
        title="Anaïs & Loïc's workshop",
        summary="The workshop's on, in Gap & Embrun.",
        description=(
            '<p>Bring tools &amp; friends: <a href="https://x.example.org/?a=1&amp;b=2">'
            "the list</a>.</p>"
        ),
    )
    french_feed = b"".join(client.get("/agenda/agenda.ics").streaming_content)
    english_feed = b"".join(client.get("/en/agenda/agenda.ics").streaming_content)
    single = client.get(event.url + "event.ics").content
    for body in (french_feed, english_feed, single):
        for entity in (b"&#x27", b"&#39", b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"<p>", b"<br"):
            assert entity not in body
    (vevent,) = vevents(parse(client.get("/agenda/agenda.ics")))
    assert str(vevent["DESCRIPTION"]) == (
        "L'atelier s'installe à Gap & Embrun ; 2 < 3 > 1.\n\n"
        "Entrée libre & gratuite, l'atelier s'installe « chez Zoé ».\n\n"
        "Programme : le programme (https://www.laroue.example.org/programme)\n"
        "Inscriptions : https://www.laroue.example.org/inscription\n\n"
        "• Café\n"
        "• Thé & gâteaux\n\n"
        f"Voir aussi l'agenda ({agenda.full_url}).\n\n"
        f"{event.full_url}"
    )
    assert str(vevent["SUMMARY"]) == "Atelier d'Anaïs & Loïc"
    (vevent,) = vevents(Calendar.from_ical(english_feed))
    assert str(vevent["DESCRIPTION"]) == (
        "The workshop's on, in Gap & Embrun.\n\n"
        "Bring tools & friends: the list (https://x.example.org/?a=1&b=2).\n\n"
        f"{english.full_url}"
    )


def test_our_description_reads_back_as_the_same_summary_and_description(client, agenda, roue):
    from agenda.ical.parser import parse_calendar

    event = EventPageFactory(
        parent=agenda,
        start=in_days(5),
        summary="Un repair café pour tous, à La Roue.",
        description=(
            '<p>Outils &amp; conseils.<br/>Inscription : <a href="https://roue.example.org/i">'
            "https://roue.example.org/i</a></p><ul><li>Vélos</li><li>Petit électroménager</li></ul>"
        ),
    )
    body = b"".join(client.get("/agenda/agenda.ics").streaming_content)
    (imported,) = parse_calendar(body).events
    assert imported.fields["summary"] == event.summary
    # the event's own address, which the feed adds, comes back as a last paragraph
    assert imported.fields["description"] == (
        event.description + f'<p><a href="{event.full_url}">{event.full_url}</a></p>'
    )


def test_render_calendar_text_rewrites_what_an_earlier_version_stored(client, events):
    """Events published before the export wrote plain text kept HTML entities in their stored
    VEVENT; the command writes them again, once, and the feed's version moves."""
    from io import StringIO

    from django.core.management import call_command

    from agenda.models import EventPage

    atelier = events["atelier"]
    current = EventPage.objects.get(pk=atelier.pk).ical_fragment
    stale = current.replace("SUMMARY:Atelier vélo", "SUMMARY:Atelier v&#xe9\\;lo &amp\\; co")
    assert stale != current
    EventPage.objects.filter(pk=atelier.pk).update(ical_fragment=stale)
    etag = client.get("/agenda/agenda.ics")["ETag"]
    out = StringIO()
    call_command("render_calendar_text", stdout=out)
    assert "1 event(s) written again." in out.getvalue()
    assert EventPage.objects.get(pk=atelier.pk).ical_fragment == current
    response = client.get("/agenda/agenda.ics", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "&amp" not in b"".join(response.streaming_content).decode()
    call_command("render_calendar_text", stdout=out)
    assert "0 event(s) written again." in out.getvalue()
