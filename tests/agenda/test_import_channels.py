"""A member's calendar through every channel (an uploaded file under any name, a subscribed
address, webcal://, the command): one event per (organisation, UID), whatever the channel; a
rejected input stores nothing at all; the place and the price as the calendar says them; the
source's health told once. Calendars are written here the way Google Calendar exports them."""

import hashlib
import re
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction
from django.utils import translation

from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision, TaskState, WorkflowState

import pytest
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from agenda.importer import CalendarImportError, CommuneMatcher, import_calendar
from agenda.models import CalendarSource, EventPage, Occurrence
from agenda.sync import sync_source
from core.models import Commune
from directory.models import Communicator
from tests.agenda.conftest import paris
from tests.conftest import self_signed_certificate, start_https_server
from tests.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/admin/agenda/import/"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


# Calendars as Google Calendar writes them ---------------------------------------------------

VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "X-LIC-LOCATION:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:GMT+2",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:GMT+1",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def google(*events, name="La Roue"):
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{name}",
        "X-WR-TIMEZONE:Europe/Paris",
        *VTIMEZONE,
        *events,
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def vevent(uid, summary, start, end, location="", *extra, all_day=False):
    when = (
        [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
        if all_day
        else [f"DTSTART;TZID=Europe/Paris:{start}", f"DTEND;TZID=Europe/Paris:{end}"]
    )
    return "\r\n".join(
        [
            "BEGIN:VEVENT",
            *when,
            "DTSTAMP:20261120T101500Z",
            f"UID:{uid}@google.com",
            "CREATED:20261001T080000Z",
            "DESCRIPTION:",
            "LAST-MODIFIED:20261015T090000Z",
            f"LOCATION:{location}",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            f"SUMMARY:{summary}",
            "TRANSP:OPAQUE",
            *extra,
            "END:VEVENT",
        ]
    )


ASSEMBLY = vevent(
    "3hq0k9v1r8d2m6t4l5s7n9p0ab",
    "Assemblée générale",
    "20270312T180000",
    "20270312T200000",
    "Mairie de Gap\\, 3 Rue Colonel Roux\\, 05000 Gap\\, France",
)
REPAIR_CAFE = "\r\n".join(
    [
        vevent(
            "7ur2c1m0d9e8f7g6h5i4j3k2lm",
            "Repair café",
            "20270306T093000",
            "20270306T120000",
            "Salle des fêtes\\, Veynes",
            "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=6",
        ),
        vevent(
            "7ur2c1m0d9e8f7g6h5i4j3k2lm",
            "Repair café",
            "20270321T140000",
            "20270321T170000",
            "Salle des fêtes\\, Veynes",
            "RECURRENCE-ID;TZID=Europe/Paris:20270320T093000",
        ),
    ]
)
FESTIVAL = vevent(
    "5fe7e0d1c2b3a4958677685940",
    "Fête de la transition",
    "20270605",
    "20270607",
    "Embrun",
    all_day=True,
)
WALK = vevent(
    "9ba1a2d3e4f5a6b7c8d9e0f1a2",
    "Balade botanique",
    "20270418T140000",
    "20270418T170000",
    "",
    "GEO:44.8990;6.6420",
)
WEBINAR = vevent(
    "2we3b4i5n6a7r8e9f0a1b2c3d4",
    "Webinaire : monter une coopérative",
    "20270415T180000",
    "20270415T193000",
    "Grenoble",
)
CALENDAR = google(ASSEMBLY, REPAIR_CAFE, FESTIVAL, WALK, WEBINAR)
UIDS = 5


def imported_events(organisation):
    """The organisation's imported events (its default-language pages)."""
    return EventPage.objects.filter(import_organisation=organisation)


def titles(items):
    return [item.title for item in items]


# Uploads through the admin, as a browser posts them -------------------------------------------


@pytest.fixture
def editor_client(client, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    client.force_login(user)
    return client


def preview(client, organisation, data, name="agenda.ics", publish=True):
    fields = {"organisation": organisation.pk, "file": SimpleUploadedFile(name, data)}
    if publish:
        fields["publish"] = "on"
    return client.post(UPLOAD_URL, fields)


def confirm(client, response):
    token = re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)
    return client.post(UPLOAD_URL, {"token": token})


def upload(client, organisation, data, name="agenda.ics", publish=True):
    return confirm(client, preview(client, organisation, data, name, publish))


@pytest.fixture
def url_source(roue, httpserver):
    return CalendarSource.objects.create(
        organisation=roue,
        name="Agenda Google de La Roue",
        url=httpserver.url_for("/roue.ics"),
        publish_directly=True,
    )


def serve(httpserver, data, path="/roue.ics", **kwargs):
    httpserver.clear()
    httpserver.expect_request(path).respond_with_data(data, content_type="text/calendar", **kwargs)


class TestOneEventPerOrganisationAndUid:
    def test_reupload_under_another_file_name_creates_no_duplicate(
        self, editor_client, agenda, roue
    ):
        upload(editor_client, roue, CALENDAR, "agenda.ics")
        assert imported_events(roue).count() == UIDS
        response = preview(editor_client, roue, CALENDAR, "agenda (1).ics")
        report = response.context["report"]
        assert (len(report.created), len(report.updated), len(report.unchanged)) == (0, 0, UIDS)
        confirm(editor_client, response)
        assert imported_events(roue).count() == UIDS
        assert EventPage.objects.count() == UIDS
        # the events now belong to the file that brought them last
        latest = CalendarSource.objects.get(name="agenda (1).ics")
        assert set(imported_events(roue).values_list("source", flat=True)) == {latest.pk}

    def test_url_source_and_upload_share_the_same_events(
        self, editor_client, agenda, roue, url_source, httpserver
    ):
        upload(editor_client, roue, CALENDAR)
        serve(httpserver, CALENDAR)
        report, error = sync_source(url_source)
        assert error == ""
        assert (len(report.created), len(report.unchanged)) == (0, UIDS)
        assert imported_events(roue).count() == UIDS
        assert set(imported_events(roue).values_list("source", flat=True)) == {url_source.pk}
        # and back: an upload of a changed calendar updates the same pages
        changed = CALENDAR.replace("Assemblée générale".encode(), b"AG 2027")
        response = preview(editor_client, roue, changed)
        (updated,) = response.context["report"].updated
        assert updated.title == "AG 2027" and updated.changed == ["title", "summary"]
        confirm(editor_client, response)
        assert imported_events(roue).count() == UIDS
        assert imported_events(roue).get(title="AG 2027").live

    def test_an_event_another_channel_brought_is_not_dropped_by_this_one(
        self, agenda, roue, url_source, httpserver
    ):
        upload_source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(google(ASSEMBLY, FESTIVAL), upload_source, publish=True)
        serve(httpserver, google(FESTIVAL))  # the subscribed calendar has only one of them
        report, _error = sync_source(url_source)
        assert report.unpublished == []
        assembly = imported_events(roue).get(title="Assemblée générale")
        assert assembly.live and assembly.source == upload_source
        serve(httpserver, google(ASSEMBLY))  # the festival is gone from the URL that has it
        report, _error = sync_source(url_source)
        assert titles(report.unpublished) == ["Fête de la transition"]
        assert not imported_events(roue).get(title="Fête de la transition").live

    def test_the_same_uids_in_another_organisation_are_other_events(self, agenda, roue, ludambule):
        for organisation in (roue, ludambule):
            source = CalendarSource.objects.create(organisation=organisation, name="agenda.ics")
            import_calendar(CALENDAR, source, publish=True)
        assert imported_events(roue).count() == imported_events(ludambule).count() == UIDS
        assert EventPage.objects.count() == 2 * UIDS

    def test_translations_do_not_take_the_identity(self, agenda, roue, locales):
        source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(CALENDAR, source, publish=True)
        original = imported_events(roue).get(title="Assemblée générale")
        translation_ = original.copy_for_translation(locales["en"], copy_parents=True).specific
        translation_.title = "General meeting"
        translation_.save_revision().publish()
        assert translation_.import_organisation is None and translation_.ical_uid
        changed = CALENDAR.replace(b"20270312T180000", b"20270312T183000")
        report = import_calendar(changed, source, publish=True)
        assert titles(report.updated) == ["Assemblée générale"]
        assert imported_events(roue).count() == UIDS
        original.refresh_from_db()
        assert original.start == paris(2027, 3, 12, 18, 30)
        # the time is the same in every language; the translated words stay translated
        translated = EventPage.objects.get(pk=translation_.pk)
        assert translated.title == "General meeting" and translated.live
        assert translated.start == paris(2027, 3, 12, 18, 30)
        assert not translated.has_unpublished_changes
        starts = Occurrence.objects.filter(event=translated).values_list("start", flat=True)
        assert list(starts) == [paris(2027, 3, 12, 18, 30)]
        # the English agenda's calendar says the new time too
        assert "DTSTART;TZID=Europe/Paris:20270312T183000" in translated.ical_fragment

    def test_a_translation_being_edited_gets_the_new_time_in_its_draft(self, agenda, roue, locales):
        source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(CALENDAR, source, publish=True)
        original = imported_events(roue).get(title="Assemblée générale")
        italian = original.copy_for_translation(locales["it"], copy_parents=True).specific
        italian.title = "Assemblea generale"
        italian.save_revision()  # a volunteer's draft, not published yet
        import_calendar(
            CALENDAR.replace(b"20270312T180000", b"20270312T183000"), source, publish=True
        )
        italian = EventPage.objects.get(pk=italian.pk)
        assert not italian.live and italian.start == paris(2027, 3, 12, 18, 0)
        draft = italian.get_latest_revision_as_object()
        assert draft.title == "Assemblea generale"
        assert draft.start == paris(2027, 3, 12, 18, 30)

    def test_the_database_refuses_a_second_event_of_the_same_identity(self, agenda, roue):
        source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(google(ASSEMBLY, FESTIVAL), source, publish=True)
        assembly, festival = imported_events(roue).order_by("start")
        with pytest.raises(IntegrityError), transaction.atomic():
            imported_events(roue).filter(pk=festival.pk).update(ical_uid=assembly.ical_uid)

    def test_the_command_reimports_a_file_of_another_name_without_duplicates(
        self, tmp_path, agenda, roue
    ):
        for name in ("roue.ics", "roue-export.ics"):
            path = tmp_path / name
            path.write_bytes(CALENDAR)
            call_command("import_ical", str(path), "--organisation", "la-roue", "--publish")
        assert imported_events(roue).count() == UIDS


# Place and price ------------------------------------------------------------------------------


def commune_named(name):
    return Commune.objects.get(name=name)


class TestPlace:
    @pytest.fixture
    def matcher(self, db):
        return CommuneMatcher(Commune.objects.all())

    @pytest.mark.parametrize(
        ("location", "expected"),
        [
            ("Mairie de Gap", "Gap"),
            ("MAIRIE DE GAP", "Gap"),
            ("Salle des fêtes, Veynes", "Veynes"),
            ("embrun", "Embrun"),
            ("Place de l'Église, Briancon", "Briançon"),
            ("Saint-Bonnet-en-Champsaur", "Saint-Bonnet-en-Champsaur"),
            ("Halle de St Bonnet", "Saint-Bonnet-en-Champsaur"),
            ("Salle polyvalente, Saint-Bonnet", "Saint-Bonnet-en-Champsaur"),
            ("Saint-Léger-les-Mélèzes", "Saint-Léger-les-Mélèzes"),
            ("Le Monêtier-les-Bains", "Le Monêtier-les-Bains"),
            ("L'Argentière-la-Bessée", "L'Argentière-la-Bessée"),
            ("Saint-André-d'Embrun, salle du conseil", "Saint-André-d'Embrun"),
            ("Les Serres de La Roue, Gap", "Gap"),
            ("12 rue Carnot, 05000 Gap", "Gap"),
            ("Mairie, 05100 Briançon", "Briançon"),
        ],
    )
    def test_location_names_a_commune(self, matcher, location, expected):
        assert matcher.match(location).name == expected

    @pytest.mark.parametrize(
        "location",
        [
            "Grenoble",
            "Salle des fêtes",
            "https://meet.example.org/abc",
            "les serres municipales",
            "Saint-Martin-d'Hères",
            "",
        ],
    )
    def test_unknown_places_give_no_commune(self, matcher, location):
        assert matcher.match(location) is None

    def test_geo_gives_the_nearest_commune_within_a_few_km(self, matcher):
        assert matcher.match("", 44.8990, 6.6420).name == "Briançon"
        assert matcher.match("", 45.19, 5.72) is None  # Grenoble: not in the department
        # several communes named: the one GEO is in
        assert matcher.match("Gap ou Embrun", 44.563, 6.495).name == "Embrun"

    def test_imported_events_take_the_place_their_calendar_gives(self, agenda, roue, client):
        source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(CALENDAR, source, publish=True)
        communes = dict(imported_events(roue).values_list("title", "commune__name"))
        assert communes == {
            "Assemblée générale": "Gap",
            "Repair café": "Veynes",
            "Fête de la transition": "Embrun",
            "Balade botanique": "Briançon",
            "Webinaire : monter une coopérative": None,
        }
        webinar = imported_events(roue).get(commune__isnull=True)
        html = client.get(webinar.url).content.decode()
        assert "Grenoble" in html  # the LOCATION text is its place

    def test_an_imported_price_is_unknown_not_free(self, agenda, roue, client):
        source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
        import_calendar(google(ASSEMBLY), source, publish=True)
        event = imported_events(roue).get()
        assert event.free is None
        html = client.get(event.url).content.decode()
        assert "Gratuit" not in html and "<dt>Tarif</dt>" not in html
        listing = client.get(agenda.url + "?free=on").content.decode()
        assert "Assemblée générale" not in listing
        # what the site says of the price is kept through later imports
        event.free = False
        event.price = "5 €"
        event.save_revision().publish()
        import_calendar(google(ASSEMBLY.replace("Assemblée générale", "AG")), source, publish=True)
        event.refresh_from_db()
        assert (event.title, event.free, event.price) == ("AG", False, "5 €")


# The preview says what will change --------------------------------------------------------------


def test_the_preview_shows_dates_places_and_changes(editor_client, agenda, roue):
    upload(editor_client, roue, google(ASSEMBLY, FESTIVAL))
    changed = google(ASSEMBLY.replace("20270312T180000", "20270312T183000"), REPAIR_CAFE)
    response = preview(editor_client, roue, changed)
    html = response.content.decode()
    assert "Sat 6 March 2027, 09:30 – 12:00" in html and "repeats" in html  # created
    assert "Salle des fêtes, Veynes" in html
    assert "Will be created" in html
    assert "Will be updated: starts" in html
    assert "Will be unpublished (gone from the file)" in html
    assert "Sat 5 June 2027 – Sun 6 June 2027 (all day)" in html  # the festival, unpublished
    assert "Embrun" in html


def test_an_uploaded_file_shows_its_events_and_when_it_was_imported(editor_client, agenda, roue):
    upload(editor_client, roue, CALENDAR, "roue.ics")
    source = CalendarSource.objects.get(name="roue.ics")
    assert source.event_count == UIDS
    assert source.last_fetch_at and source.last_success_at
    assert "5 created" in source.last_result


# A rejected input stores nothing ------------------------------------------------------------


def _models():
    agenda_models = apps.get_app_config("agenda").get_models(include_auto_created=True)
    return [*agenda_models, Page, Revision, WorkflowState, TaskState, PageLogEntry, ReferenceIndex]


SOURCE_STATUS = {"last_fetch_at", "last_result", "last_error", "failures"}


def database_state(source_status=True):
    """{table: (rows, hash of every row)} of the agenda and of the pages."""
    state = {}
    for model in _models():
        names = [f.attname for f in model._meta.concrete_fields]
        if model is CalendarSource and not source_status:
            names = [name for name in names if name not in SOURCE_STATUS]
        rows = list(model.objects.order_by("pk").values_list(*names))
        state[model._meta.db_table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return state


UNREADABLE_EVENT = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
    b"DTSTART:nonsense\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
REJECTED = {
    "html page": b"<!DOCTYPE html><html><body>Erreur 500</body></html>",
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n",
    "cut off": CALENDAR[: len(CALENDAR) // 2],
    "no event readable": UNREADABLE_EVENT,
}


@pytest.fixture
def existing(agenda, roue):
    """A calendar already imported, so that a rejected input has something to spoil."""
    source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
    import_calendar(google(ASSEMBLY, FESTIVAL), source, publish=True)
    return source


class TestRejectedInputStoresNothing:
    @pytest.mark.parametrize("name", ["new.ics", "agenda.ics"], ids=["new file", "known file"])
    @pytest.mark.parametrize("data", REJECTED.values(), ids=REJECTED.keys())
    def test_rejected_upload(self, editor_client, existing, roue, data, name):
        before = database_state()
        response = preview(editor_client, roue, data, name)
        assert response.status_code == 200 and response.context["form"].errors["file"]
        assert database_state() == before

    def test_too_big_a_file(self, editor_client, existing, roue):
        before = database_state()
        response = preview(editor_client, roue, CALENDAR + b" " * (20 * 1024 * 1024), "big.ics")
        assert "larger than the 20 MB" in response.content.decode()
        assert database_state() == before

    def test_too_many_events(self, editor_client, existing, roue, monkeypatch):
        monkeypatch.setattr("agenda.ical.parser.MAX_EVENTS", 2)
        before = database_state()
        response = preview(editor_client, roue, CALENDAR, "many.ics")
        assert "more than 2" in response.content.decode()
        assert database_state() == before

    def test_an_error_in_the_middle_of_the_import_undoes_all_of_it(
        self, editor_client, existing, roue, monkeypatch
    ):
        response = preview(editor_client, roue, CALENDAR, "new.ics")
        before = database_state()
        calls = []

        def broken(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("a bug")
            return original(self, *args, **kwargs)

        original = EventPage.save_revision
        monkeypatch.setattr(EventPage, "save_revision", broken)
        answer = confirm(editor_client, response)
        assert answer.status_code == 302
        messages = [str(m) for m in answer.wsgi_request._messages]
        assert any("nothing was changed" in m for m in messages)
        assert database_state() == before

    @pytest.mark.parametrize(
        ("status", "body"),
        [(500, b"oops"), (404, b"not found"), *((200, data) for data in REJECTED.values())],
    )
    def test_rejected_fetch_of_a_new_address(self, existing, httpserver, status, body):
        serve(httpserver, body, status=status)
        before = database_state()
        with pytest.raises(CommandError):
            call_command(
                "import_ical", httpserver.url_for("/roue.ics"), "--organisation", "la-roue"
            )
        assert database_state() == before

    @pytest.mark.parametrize(
        ("status", "body"),
        [(500, b"oops"), *((200, data) for data in REJECTED.values())],
    )
    def test_rejected_fetch_of_a_subscribed_source(
        self, existing, url_source, httpserver, status, body
    ):
        serve(httpserver, body, status=status)
        before = database_state(source_status=False)
        report, error = sync_source(url_source)
        assert report is None and error
        # only the source's own record of the attempt changes
        assert database_state(source_status=False) == before
        url_source.refresh_from_db()
        assert url_source.last_error == error and url_source.failures == 1


# Any bytes: a clear refusal that stores nothing, or an import that a second run leaves alone ----


LINES = [
    "DTSTART;TZID=Europe/Paris:20270312T180000",
    "DTSTART:20270312T170000Z",
    "DTSTART;VALUE=DATE:20270605",
    "DTSTART:nonsense",
    "DTEND;TZID=Europe/Paris:20270312T200000",
    "DURATION:PT2H",
    "RRULE:FREQ=WEEKLY;COUNT=3",
    "RRULE:FREQ=WEEKLY;UNTIL=20270401T000000Z",
    "RRULE:FREQ=SECONDLY",
    "RECURRENCE-ID;TZID=Europe/Paris:20270319T180000",
    "EXDATE;TZID=Europe/Paris:20270319T180000",
    "STATUS:CANCELLED",
    "CLASS:PRIVATE",
    "GEO:44.56;6.08",
    "LOCATION:Mairie de Gap",
    "URL:https://roue.example.org/agenda",
    "DESCRIPTION:<p>Entrée libre<br>Venez nombreux</p>",
]


@st.composite
def calendars(draw):
    events = []
    for _ in range(draw(st.integers(1, 4))):
        lines = ["BEGIN:VEVENT", f"UID:{draw(st.sampled_from(['a', 'b', 'c']))}@google.com"]
        lines.append(draw(st.sampled_from(LINES[:3])))
        lines += draw(st.lists(st.sampled_from(LINES), max_size=3))
        lines.append("SUMMARY:" + draw(st.text(max_size=30)).replace("\n", " "))
        lines.append("END:VEVENT")
        events.append("\r\n".join(lines))
    data = google(*events)
    cut = draw(st.one_of(st.none(), st.none(), st.integers(0, len(data))))
    return data if cut is None else data[:cut]


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.one_of(calendars(), st.binary(max_size=300)))
def test_any_bytes_are_refused_cleanly_or_imported_idempotently(agenda, roue, data):
    with transaction.atomic():  # every example starts from the same database
        before = database_state()
        source = CalendarSource(organisation=roue, name="fuzz.ics")
        try:
            import_calendar(data, source, publish=True)
        except CalendarImportError as error:
            event("refused")
            assert str(error)
            assert database_state() == before
        else:
            event("imported" if EventPage.objects.exists() else "imported, no event")
            again = import_calendar(data, source, publish=True)
            assert (again.created, again.updated, again.unpublished) == ([], [], [])
        transaction.set_rollback(True)


# webcal:// -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    return self_signed_certificate(tmp_path_factory, "127.0.0.1", "IP:127.0.0.1")


@pytest.fixture
def https_server(tls_files, monkeypatch):
    server = start_https_server(*tls_files)
    monkeypatch.setattr("core.fetch._CA_BUNDLE", str(tls_files[0]))
    yield server
    server.clear()
    server.stop()


def add_source(client, organisation, url):
    return client.post(
        "/admin/snippets/agenda/calendarsource/add/",
        {"organisation": organisation.pk, "name": "Google", "url": url, "active": "on"},
    )


class TestWebcal:
    def test_a_webcal_address_is_stored_as_https(self, editor_client, roue, https_server):
        serve(https_server, CALENDAR)
        response = add_source(
            editor_client, roue, f"webcal://127.0.0.1:{https_server.port}/roue.ics"
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert CalendarSource.objects.get().url == f"https://127.0.0.1:{https_server.port}/roue.ics"

    def test_as_http_when_the_calendar_answers_only_there(self, editor_client, roue, httpserver):
        serve(httpserver, CALENDAR)
        response = add_source(editor_client, roue, f"webcal://127.0.0.1:{httpserver.port}/roue.ics")
        assert response.status_code == 302
        assert CalendarSource.objects.get().url == f"http://127.0.0.1:{httpserver.port}/roue.ics"

    def test_private_addresses_stay_refused(self, editor_client, roue, settings):
        settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
        for url in (
            "webcal://127.0.0.1/roue.ics",
            "webcal://[::1]/roue.ics",
            "webcal://10.0.0.1/x",
        ):
            response = add_source(editor_client, roue, url)
            assert "private or local network" in response.content.decode()
        assert not CalendarSource.objects.exists()

    def test_a_plain_address_and_nonsense(self, editor_client, roue):
        response = add_source(editor_client, roue, "ftp://example.org/x.ics")
        assert "webcal://" in response.content.decode()
        add_source(editor_client, roue, "https://calendar.example.org/roue.ics")
        assert CalendarSource.objects.get().url == "https://calendar.example.org/roue.ics"

    def test_the_command_takes_a_webcal_address(self, agenda, roue, httpserver):
        serve(httpserver, CALENDAR)
        out = StringIO()
        call_command(
            "import_ical",
            f"webcal://127.0.0.1:{httpserver.port}/roue.ics",
            "--organisation",
            "la-roue",
            "--publish",
            stdout=out,
        )
        assert imported_events(roue).filter(live=True).count() == UIDS
        assert CalendarSource.objects.get().url == f"http://127.0.0.1:{httpserver.port}/roue.ics"


# Sync health -----------------------------------------------------------------------------------


class TestSyncHealth:
    @pytest.fixture
    def people(self, roue, django_user_model):
        from home.roles import NETWORK_EDITORS, ensure_roles

        _communicators, editors = ensure_roles()
        lucie = django_user_model.objects.create_user("lucie", "lucie@roue.example.org", "pw")
        Communicator.objects.create(user=lucie, organisation=roue)
        editor = django_user_model.objects.create_user("claire", "claire@hub.example.org", "pw")
        editor.groups.add(editors)
        other = OrganisationPageFactory(parent=roue.get_parent(), title="Autre", slug="autre")
        stranger = django_user_model.objects.create_user("x", "x@autre.example.org", "pw")
        Communicator.objects.create(user=stranger, organisation=other)
        assert editors.name == NETWORK_EDITORS
        return ["claire@hub.example.org", "lucie@roue.example.org"]

    def test_one_email_when_failing_and_one_when_working_again(
        self, agenda, url_source, httpserver, people, settings, editor_client
    ):
        settings.SOURCE_FAILURES_BEFORE_ALERT = 3
        serve(httpserver, b"oops", status=503)
        mail.outbox.clear()
        for attempt in range(5):
            sync_source(url_source)
            if attempt < 2:
                assert mail.outbox == []
        url_source.refresh_from_db()
        assert url_source.failures == 5
        assert sorted(address for m in mail.outbox for address in m.to) == people
        # In the recipients' admin language: French, the site's, when they chose none.
        assert all("ne peut pas être synchronisé" in m.subject for m in mail.outbox)
        assert all("(503)" in m.body for m in mail.outbox)
        listing = editor_client.get("/admin/snippets/agenda/calendarsource/").content.decode()
        assert "Failing (5 attempts in a row)" in listing  # this editor reads the admin in English
        mail.outbox.clear()
        serve(httpserver, CALENDAR)
        sync_source(url_source)
        sync_source(url_source)
        assert sorted(address for m in mail.outbox for address in m.to) == people
        assert all("est de nouveau synchronisé" in m.subject for m in mail.outbox)
        url_source.refresh_from_db()
        assert url_source.failures == 0

    def test_a_bug_during_the_import_is_a_failure_the_source_records(
        self, agenda, url_source, httpserver, monkeypatch
    ):
        serve(httpserver, CALENDAR)

        def broken(*args, **kwargs):
            raise RuntimeError("a bug")

        monkeypatch.setattr("agenda.sync.import_calendar", broken)
        report, error = sync_source(url_source)
        assert report is None and "nothing was changed" in error
        url_source.refresh_from_db()
        assert url_source.failures == 1 and url_source.last_error == error
        assert not EventPage.objects.exists()


def test_occurrences_of_the_imported_series_follow_the_calendar(agenda, roue):
    source = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
    import_calendar(google(REPAIR_CAFE), source, publish=True)
    event = imported_events(roue).get()
    starts = list(Occurrence.objects.filter(event=event).values_list("start", flat=True))
    assert paris(2027, 3, 21, 14, 0) in starts and paris(2027, 3, 20, 9, 30) not in starts
    assert len(starts) == 6


def test_the_migration_identifies_events_imported_before_without_failing_on_duplicates(
    agenda, roue, locales
):
    """Data made before: the same UIDs imported through two files (duplicates), a translation
    copying everything, and "free" set on every imported event."""
    from importlib import import_module

    migration = import_module("agenda.migrations.0004_imported_event_identity")
    first = CalendarSource.objects.create(organisation=roue, name="agenda.ics")
    import_calendar(google(ASSEMBLY, FESTIVAL), first, publish=True)
    EventPage.objects.update(import_organisation=None, free=True)
    second = CalendarSource.objects.create(organisation=roue, name="agenda (1).ics")
    import_calendar(google(ASSEMBLY, FESTIVAL), second, publish=True)
    EventPage.objects.update(import_organisation=None, free=True)
    assembly = EventPage.objects.filter(source=second, title="Assemblée générale").get()
    assembly.copy_for_translation(locales["en"], copy_parents=True)
    EventPage.objects.filter(locale=locales["en"]).update(source=second, free=True)
    assert EventPage.objects.count() == 5

    migration.identify_imported_events(apps, None)

    keyed = EventPage.objects.filter(import_organisation=roue)
    assert sorted(keyed.values_list("title", flat=True)) == [
        "Assemblée générale",
        "Fête de la transition",
    ]
    assert not keyed.filter(locale=locales["en"]).exists()
    assert set(keyed.values_list("free", flat=True)) == {None}
    # from now on, the calendar updates those and makes no third copy
    report = import_calendar(google(ASSEMBLY, FESTIVAL), second, publish=True)
    assert report.created == []


CORPUS = Path(__file__).parent / "corpus"  # the producers' calendars of test_real_calendars.py


@pytest.mark.parametrize(
    "path", sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else [], ids=lambda path: path.name
)
def test_every_calendar_of_the_corpus_through_every_channel_makes_no_duplicate(
    agenda, roue, url_source, httpserver, path
):
    data = path.read_bytes()
    try:
        import_calendar(data, CalendarSource.for_upload(roue, path.name), publish=True)
    except CalendarImportError:
        assert (
            not EventPage.objects.exists()
            and not CalendarSource.objects.exclude(pk=url_source.pk).exists()
        )
        return
    pages = sorted(EventPage.objects.values_list("pk", "ical_uid"))
    renamed = import_calendar(data, CalendarSource.for_upload(roue, "copie.ics"), publish=True)
    serve(httpserver, data)
    subscribed, error = sync_source(url_source)
    assert error == ""
    for report in (renamed, subscribed):
        assert (report.created, report.updated, report.unpublished) == ([], [], [])
    assert sorted(EventPage.objects.values_list("pk", "ical_uid")) == pages
