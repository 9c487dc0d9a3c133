"""iCal import: whatever produced the file, the right events at the right instants, in sync."""

from datetime import date, datetime
from io import StringIO

from django.core.management import CommandError, call_command

from wagtail.models import Revision

import pytest
from icalendar import Calendar

from agenda.importer import CalendarImportError, import_calendar, parse_calendar
from agenda.models import PARIS, CalendarSource, EventPage, Occurrence
from tests.agenda.conftest import paris

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages are asserted in English, whatever language a previous test left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


def ics(*events, header=""):
    body = "\r\n".join(events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//FR\r\n"
        f"{header}{body}\r\nEND:VCALENDAR\r\n"
    ).encode()


def vevent(uid, start, end="", extra=""):
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z", start]
    if end:
        lines.append(end)
    if extra:
        lines.extend(extra.strip().split("\n"))
    if not any(line.startswith("SUMMARY") for line in lines):
        lines.append(f"SUMMARY:Événement {uid}")
    lines.append("END:VEVENT")
    return "\r\n".join(lines)


@pytest.fixture
def source(agenda, roue):
    return CalendarSource.objects.create(organisation=roue, name="Agenda de La Roue")


def imported(source, uid):
    return EventPage.objects.get(source=source, ical_uid=uid)


def titles(items):
    return [item.title for item in items]


class TestTimesWhateverTheProducer:
    def test_google_calendar_with_x_wr_timezone(self, source):
        data = ics(
            vevent("g1", "DTSTART:20270115T170000Z", "DTEND:20270115T190000Z"),
            header="X-WR-TIMEZONE:Europe/Paris\r\n",
        )
        import_calendar(data, source, publish=True)
        event = imported(source, "g1")
        assert event.start == paris(2027, 1, 15, 18, 0)
        assert event.end == paris(2027, 1, 15, 20, 0)

    def test_outlook_windows_zone_name(self, source):
        timezone_block = (
            "BEGIN:VTIMEZONE\r\nTZID:Romance Standard Time\r\n"
            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
            "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
            "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
            "END:VTIMEZONE\r\n"
        )
        data = ics(
            vevent(
                "o1",
                'DTSTART;TZID="Romance Standard Time":20270610T093000',
                'DTEND;TZID="Romance Standard Time":20270610T120000',
            ),
            header=timezone_block,
        )
        import_calendar(data, source, publish=True)
        assert imported(source, "o1").start == paris(2027, 6, 10, 9, 30)

    def test_floating_time_is_read_in_paris_and_utc_is_converted(self, source):
        data = ics(
            vevent("f1", "DTSTART:20270301T180000", "DTEND:20270301T200000"),
            vevent("u1", "DTSTART:20270301T180000Z", "DURATION:PT90M"),
        )
        import_calendar(data, source, publish=True)
        assert imported(source, "f1").start == paris(2027, 3, 1, 18, 0)
        utc_event = imported(source, "u1")
        assert utc_event.start == paris(2027, 3, 1, 19, 0)
        assert utc_event.end == paris(2027, 3, 1, 20, 30)

    def test_all_day_and_multi_day_events_have_an_exclusive_dtend(self, source):
        data = ics(
            vevent("d1", "DTSTART;VALUE=DATE:20270410", "DTEND;VALUE=DATE:20270411"),
            vevent("d3", "DTSTART;VALUE=DATE:20270412", "DTEND;VALUE=DATE:20270415"),
        )
        import_calendar(data, source, publish=True)
        one, three = imported(source, "d1"), imported(source, "d3")
        assert one.all_day and one.start == paris(2027, 4, 10) and one.end == paris(2027, 4, 10)
        (occurrence,) = three.occurrences.all()
        assert occurrence.last_day == date(2027, 4, 14)

    def test_series_with_rdate_exdate_and_moved_or_cancelled_dates(self, source):
        data = ics(
            vevent(
                "s1",
                "DTSTART;TZID=Europe/Paris:20270104T183000",
                "DTEND;TZID=Europe/Paris:20270104T200000",
                "RRULE:FREQ=WEEKLY;COUNT=4\n"
                "EXDATE;TZID=Europe/Paris:20270111T183000\n"
                "RDATE;TZID=Europe/Paris:20270201T183000",
            ),
            vevent(
                "s1",
                "DTSTART;TZID=Europe/Paris:20270119T190000",
                "DTEND;TZID=Europe/Paris:20270119T210000",
                "RECURRENCE-ID;TZID=Europe/Paris:20270118T183000",
            ),
            vevent(
                "s1",
                "DTSTART;TZID=Europe/Paris:20270125T183000",
                "",
                "RECURRENCE-ID;TZID=Europe/Paris:20270125T183000\nSTATUS:CANCELLED",
            ),
        )
        import_calendar(data, source, publish=True)
        event = imported(source, "s1")
        got = [
            (o.start, o.cancelled) for o in Occurrence.objects.filter(event=event).order_by("start")
        ]
        assert got == [
            (paris(2027, 1, 4, 18, 30), False),
            (paris(2027, 1, 19, 19, 0), False),
            (paris(2027, 1, 25, 18, 30), True),
            (paris(2027, 2, 1, 18, 30), False),
        ]

    def test_cancelled_tentative_and_todos(self, source):
        data = ics(
            vevent("c1", "DTSTART:20270501T100000", extra="STATUS:CANCELLED"),
            vevent("t1", "DTSTART:20270502T100000", extra="STATUS:TENTATIVE"),
            "BEGIN:VTODO\r\nUID:todo\r\nSUMMARY:Acheter du pain\r\nEND:VTODO",
            "BEGIN:VJOURNAL\r\nUID:j\r\nSUMMARY:Notes\r\nEND:VJOURNAL",
        )
        report = import_calendar(data, source, publish=True)
        assert imported(source, "c1").status == "cancelled"
        assert imported(source, "t1").status == "scheduled"
        assert len(report.created) == 2

    def test_accents_emoji_folded_and_escaped_text_bom_and_lf_only(self, source):
        text = (
            "\ufeffBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:t\n"
            "DTSTART:20270601T100000\nSUMMARY:Fête de l'ESS 🎉 à Briançon\\, avec \n"
            " La Roue\nDESCRIPTION:Ligne 1\\nLigne 2\\; fin\nEND:VEVENT\nEND:VCALENDAR\n"
        )
        import_calendar(text.encode(), source, publish=True)
        event = imported(source, "t")
        assert event.title == "Fête de l'ESS 🎉 à Briançon, avec La Roue"
        assert "Ligne 2; fin" in event.description


class TestNothingDangerousComesIn:
    def test_html_scripts_and_non_http_links_are_dropped(self, source):
        data = ics(
            vevent(
                "x1",
                "DTSTART:20270601T100000",
                extra=(
                    "SUMMARY:<b>Atelier</b><script>alert(1)</script>\n"
                    'DESCRIPTION:<a href="javascript:alert(1)">clic</a> <img src=x onerror=a>\n'
                    "URL:javascript:alert(1)"
                ),
            ),
            vevent("x2", "DTSTART:20270601T100000", extra="URL:https://roue.example.org/x"),
        )
        import_calendar(data, source, publish=True)
        event = imported(source, "x1")
        assert "<" not in event.title and "script" not in event.title
        assert "javascript" not in event.description and "onerror" not in event.description
        assert event.registration_url == ""
        assert imported(source, "x2").registration_url == "https://roue.example.org/x"

    def test_private_events_and_per_second_rules_are_refused(self, source):
        data = ics(
            vevent("p1", "DTSTART:20270601T100000", extra="CLASS:PRIVATE"),
            vevent("p2", "DTSTART:20270601T100000", extra="CLASS:CONFIDENTIAL"),
            vevent("r1", "DTSTART:20270601T100000", extra="RRULE:FREQ=SECONDLY;COUNT=99999"),
            vevent("ok", "DTSTART:20270601T100000"),
        )
        report = import_calendar(data, source, publish=True)
        assert list(EventPage.objects.filter(source=source).values_list("ical_uid", flat=True)) == [
            "ok"
        ]
        assert len(report.skipped) == 3

    def test_long_text_is_bounded(self, source):
        data = ics(vevent("l", "DTSTART:20270601T100000", extra="SUMMARY:" + "a" * 1000))
        import_calendar(data, source, publish=True)
        assert len(imported(source, "l").title) == 255


def snapshot():
    """Everything an import could touch."""
    return (
        sorted(
            EventPage.objects.values_list(
                "id", "title", "start", "end", "live", "import_hash", "latest_revision_id"
            )
        ),
        sorted(Occurrence.objects.values_list("event_id", "start", "end", "cancelled")),
        Revision.objects.count(),
    )


class TestSync:
    @pytest.fixture
    def calendar_v1(self):
        return ics(
            vevent("a", "DTSTART:20270601T100000", extra="SUMMARY:Assemblée générale"),
            vevent("b", "DTSTART:20270602T100000", extra="SUMMARY:Repair café"),
            vevent("c", "DTSTART:20270603T100000", extra="SUMMARY:Marché"),
        )

    def test_reimport_of_unchanged_calendar_changes_nothing(self, source, calendar_v1):
        import_calendar(calendar_v1, source, publish=True)
        before = snapshot()
        report = import_calendar(calendar_v1, source, publish=True)
        assert snapshot() == before
        assert (len(report.created), len(report.updated), len(report.unchanged)) == (0, 0, 3)

    def test_update_changes_one_removes_one_adds_one(self, source, calendar_v1):
        import_calendar(calendar_v1, source, publish=True)
        calendar_v2 = ics(
            vevent("a", "DTSTART:20270601T100000", extra="SUMMARY:Assemblée générale"),
            vevent("b", "DTSTART:20270602T140000", extra="SUMMARY:Repair café\nSEQUENCE:1"),
            vevent("d", "DTSTART:20270604T100000", extra="SUMMARY:Ciné-débat"),
        )
        report = import_calendar(calendar_v2, source, publish=True)
        assert titles(report.updated) == ["Repair café"]
        assert report.updated[0].changed == ["start", "end"]
        assert titles(report.unpublished) == ["Marché"]
        assert titles(report.created) == ["Ciné-débat"]
        assert imported(source, "b").start == paris(2027, 6, 2, 14, 0)
        assert imported(source, "b").sequence == 1
        marche = imported(source, "c")
        assert not marche.live  # unpublished, not deleted
        assert EventPage.objects.filter(source=source).count() == 4

    def test_local_edit_is_kept_until_the_calendar_changes_that_field(self, source, calendar_v1):
        import_calendar(calendar_v1, source, publish=True)
        event = imported(source, "a")
        event.title = "AG de La Roue (salle changée)"
        event.save_revision().publish()
        # the calendar says the same: the edit stays, nothing is written
        report = import_calendar(calendar_v1, source, publish=True)
        assert imported(source, "a").title == "AG de La Roue (salle changée)"
        assert titles(report.unchanged) == ["Assemblée générale", "Repair café", "Marché"]
        # the calendar moves it: the time follows the calendar, the edited title stays
        moved = calendar_v1.replace(b"20270601T100000", b"20270601T110000")
        report = import_calendar(moved, source, publish=True)
        event = imported(source, "a")
        assert event.title == "AG de La Roue (salle changée)"
        assert event.start == paris(2027, 6, 1, 11, 0)
        assert report.updated[0].changed == ["start", "end"]
        assert "other fields are kept" in report.updated[0].note
        # the calendar renames it: now the title follows the calendar too
        renamed = moved.replace("Assemblée générale".encode(), b"AG annuelle")
        import_calendar(renamed, source, publish=True)
        assert imported(source, "a").title == "AG annuelle"

    def test_without_publish_new_events_wait_for_moderation(self, source, calendar_v1):
        import_calendar(calendar_v1, source, publish=False)
        events = EventPage.objects.filter(source=source)
        assert events.count() == 3
        assert not any(e.live for e in events)
        assert all(e.latest_revision_id for e in events)
        # each waits in Wagtail's moderation workflow
        assert all(e.workflow_in_progress for e in events)

    def test_dry_run_reports_but_writes_nothing(self, source, calendar_v1):
        before = snapshot()
        report = import_calendar(calendar_v1, source, publish=True, dry_run=True)
        assert len(report.created) == 3
        assert snapshot() == before

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"<!DOCTYPE html><html><body>Erreur 500</body></html>", "not an iCalendar"),
            (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTST", "incomplete"),
            (
                b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\nEND:VEVENT\r\n"
                b"END:VCALENDAR\r\n",
                "could not be read",
            ),
        ],
    )
    def test_bad_input_changes_nothing_and_says_why(self, source, calendar_v1, data, message):
        import_calendar(calendar_v1, source, publish=True)
        before = snapshot()
        with pytest.raises(CalendarImportError) as error:
            import_calendar(data, source, publish=True)
        assert message in str(error.value)
        assert snapshot() == before


class TestRoundTrip:
    def test_imported_events_come_back_at_the_same_instants_in_the_organisation_feed(
        self, client, source, roue
    ):
        data = ics(
            vevent("r1", "DTSTART:20270115T170000Z", "DTEND:20270115T190000Z"),
            vevent("r2", "DTSTART;VALUE=DATE:20270410", "DTEND;VALUE=DATE:20270412"),
            vevent(
                "r3",
                "DTSTART;TZID=Europe/Paris:20270104T183000",
                "DTEND;TZID=Europe/Paris:20270104T200000",
                "RRULE:FREQ=WEEKLY;COUNT=3",
            ),
        )
        import_calendar(data, source, publish=True)
        response = client.get("/agenda/agenda.ics?organisation=la-roue")
        exported = Calendar.from_ical(b"".join(response.streaming_content))
        original = Calendar.from_ical(data)

        def instants(calendar):
            result = {}
            for event in calendar.walk("VEVENT"):
                start, end = event["DTSTART"].dt, event["DTEND"].dt
                if isinstance(start, datetime):
                    start, end = start.astimezone(PARIS), end.astimezone(PARIS)
                rule = event.get("RRULE")
                result[str(event["UID"])] = (start, end, rule.to_ical() if rule else None)
            return result

        assert instants(exported) == instants(original)


class TestCommand:
    def test_command_imports_a_file_and_reports(self, tmp_path, agenda, roue):
        path = tmp_path / "roue.ics"
        path.write_bytes(ics(vevent("k", "DTSTART:20270601T100000", extra="SUMMARY:Réunion")))
        out = StringIO()
        call_command("import_ical", str(path), "--organisation", "la-roue", "--publish", stdout=out)
        assert "created: Réunion" in out.getvalue()
        assert EventPage.objects.get(ical_uid="k").live

    def test_command_dry_run_and_rejected_input(self, tmp_path, agenda, roue):
        path = tmp_path / "bad.ics"
        path.write_bytes(b"<html>not a calendar</html>")
        with pytest.raises(CommandError, match="iCalendar"):
            call_command("import_ical", str(path), "--organisation", "la-roue")
        with pytest.raises(CommandError, match="No organisation"):
            call_command("import_ical", str(path), "--organisation", "nobody")


def test_parse_skips_events_long_over(source):
    events, _refused = parse_calendar(
        ics(vevent("old", "DTSTART:20200101T100000"), vevent("new", "DTSTART:20270101T100000"))
    )
    assert [e.uid for e in events] == ["new"]


def test_big_calendars_are_refused(source, monkeypatch):
    monkeypatch.setattr("agenda.ical.parser.MAX_EVENTS", 2)
    data = ics(*(vevent(str(n), "DTSTART:20270101T100000") for n in range(3)))
    with pytest.raises(CalendarImportError, match="more than 2"):
        import_calendar(data, source)


class TestAdmin:
    @pytest.fixture
    def editor(self, client, django_user_model):
        user = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
        client.force_login(user)
        return user

    def test_upload_previews_then_imports_on_confirmation(self, client, editor, source, roue):
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = ics(vevent("up", "DTSTART:20270601T100000", extra="SUMMARY:Réunion publique"))
        response = client.post(
            "/admin/agenda/import/",
            {
                "organisation": roue.pk,
                "publish": "on",
                "file": SimpleUploadedFile("roue.ics", data, "text/calendar"),
            },
        )
        html = response.content.decode()
        assert "Réunion publique" in html
        assert not EventPage.objects.filter(ical_uid="up").exists()  # a preview only
        token = html.split('name="token" value="')[1].split('"')[0]
        client.post("/admin/agenda/import/", {"token": token})
        assert EventPage.objects.get(ical_uid="up").live

    def test_upload_of_a_bad_file_says_why(self, client, editor, roue):
        from django.core.files.uploadedfile import SimpleUploadedFile

        response = client.post(
            "/admin/agenda/import/",
            {"organisation": roue.pk, "file": SimpleUploadedFile("x.ics", b"<html></html>")},
        )
        assert response.status_code == 200
        assert "iCalendar" in response.content.decode()
        assert not EventPage.objects.filter(source__isnull=False).exists()

    def test_sources_listing_shows_last_result(self, client, editor, source):
        source.last_result = "3 created"
        source.save()
        response = client.get("/admin/snippets/agenda/calendarsource/")
        assert response.status_code == 200
        assert "3 created" in response.content.decode()

    def test_anonymous_cannot_import(self, client):
        response = client.get("/admin/agenda/import/")
        assert response.status_code == 302


class TestSubscribedSource:
    """Sources synced from a real local HTTP server (private addresses are allowed in tests
    only: FETCH_ALLOW_PRIVATE_ADDRESSES)."""

    @pytest.fixture
    def url_source(self, source, httpserver):
        source.url = httpserver.url_for("/roue.ics")
        source.publish_directly = True
        source.save()
        return source

    def test_sync_imports_then_costs_one_304_when_unchanged(
        self, url_source, httpserver, django_assert_num_queries
    ):
        from agenda.sync import sync_source

        data = ics(vevent("h1", "DTSTART:20270601T100000", extra="SUMMARY:Atelier"))
        httpserver.expect_ordered_request("/roue.ics").respond_with_data(
            data, content_type="text/calendar", headers={"ETag": '"v1"'}
        )
        httpserver.expect_ordered_request(
            "/roue.ics", headers={"If-None-Match": '"v1"'}
        ).respond_with_data("", status=304)
        report, error = sync_source(url_source)
        assert error == "" and titles(report.created) == ["Atelier"]
        url_source.refresh_from_db()
        assert url_source.etag == '"v1"' and url_source.event_count == 1
        with django_assert_num_queries(1):  # the bookkeeping UPDATE, nothing else
            report, error = sync_source(url_source)
        assert report is None and error == ""
        url_source.refresh_from_db()
        assert "Unchanged" in url_source.last_result

    @pytest.mark.parametrize(
        ("status", "body", "expected"),
        [
            (500, b"oops", "(500)"),
            (200, b"<html><body>Service indisponible</body></html>", "not an iCalendar"),
        ],
    )
    def test_failed_fetch_changes_nothing_and_says_why(
        self, url_source, httpserver, status, body, expected
    ):
        from agenda.sync import sync_source

        import_calendar(ics(vevent("keep", "DTSTART:20270601T100000")), url_source, publish=True)
        before = snapshot()
        httpserver.expect_request("/roue.ics").respond_with_data(body, status=status)
        report, error = sync_source(url_source)
        assert report is None and expected in error
        url_source.refresh_from_db()
        assert expected in url_source.last_error
        assert snapshot() == before

    def test_sync_sources_command_queues_every_active_source(self, url_source, httpserver):
        httpserver.expect_request("/roue.ics").respond_with_data(
            ics(vevent("q", "DTSTART:20270601T100000")), content_type="text/calendar"
        )
        out = StringIO()
        call_command("sync_sources", stdout=out)
        assert "1 calendar source" in out.getvalue()
        # the immediate task backend of the tests ran it
        assert EventPage.objects.filter(ical_uid="q", live=True).exists()


def test_the_default_settings_refuse_private_addresses(source, settings):
    from agenda.sync import sync_source

    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    source.url = "http://127.0.0.1:9/calendar.ics"
    report, error = sync_source(source)
    assert report is None and "private or local network" in error


def test_ampersands_and_angle_brackets_come_in_as_text(source):
    data = ics(
        vevent(
            "amp",
            "DTSTART:20270601T100000",
            extra="SUMMARY:Repair café & troc\nDESCRIPTION:Venez à 2 & 3 < 5\nLOCATION:Café & Co",
        )
    )
    import_calendar(data, source, publish=True)
    event = imported(source, "amp")
    assert event.title == "Repair café & troc"
    assert event.venue == "Café & Co"
    assert event.summary == "Venez à 2 & 3 < 5"  # the description's first line (parser.py)
    assert event.organisers.get() == source.organisation
