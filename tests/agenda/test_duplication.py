"""Duplicating an event for its next edition (agenda/duplication.py): a draft copy under the
same agenda, its dates moved to the chosen first day (times kept, through summer time), a free
slug, nothing of the previous edition's changed dates nor of an imported event's identity; who
may; the form's messages in French; the copy's English and Italian copies once published."""

from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

import pytest

from agenda.choices import Status
from agenda.duplication import duplicate_event, may_duplicate, moved_rule
from agenda.importer import import_calendar
from agenda.models import AgendaPage, CalendarSource, EventPage, OccurrenceChange
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import paris
from tests.conftest import translate
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

WINTER_START = paris(2030, 3, 20, 18, 30)  # a Wednesday, before the clocks go forward
SUMMER_DAY = date(2030, 4, 10)  # three weeks later, in summer time


def url(event):
    return reverse("agenda_event_duplicate", args=[event.pk])


def in_french(user):
    UserProfile.objects.filter(user=user).update(preferred_language="fr")
    return user


@pytest.fixture
def org_a(directory):
    return organisation(directory, "org_a")  # La Roue


@pytest.fixture
def org_b(directory):
    return organisation(directory, "org_b")  # Ludambule


@pytest.fixture
def roles(home_page):
    return ensure_roles()


@pytest.fixture
def alice(roles, org_a):
    """A communicator of La Roue (not trusted: she submits for review), admin in French."""
    return in_french(make_user("alice", groups=[COMMUNICATORS], organisations=[org_a]))


@pytest.fixture
def bruno(roles, org_b):
    """A communicator of Ludambule."""
    return in_french(make_user("bruno", groups=[COMMUNICATORS], organisations=[org_b]))


@pytest.fixture
def edith(roles):
    return in_french(make_user("edith", groups=[NETWORK_EDITORS]))


@pytest.fixture
def series(agenda, org_a):
    """La Roue's weekly workshop of March 2030, with a skipped, an extra, a cancelled and a
    moved date."""
    event = EventPageFactory.build(
        title="Atelier vélo",
        slug="atelier-velo",
        start=WINTER_START,
        end=WINTER_START + timedelta(hours=2),
        rrule="FREQ=WEEKLY;UNTIL=20300327T225959Z",  # 23:59:59 in Paris on 27 March
        exdates="2030-03-27",
        rdates="2030-04-03 10:00",
        status=Status.POSTPONED,
        proposer_name="Camille",
        proposer_email="camille@example.org",
    )
    event.occurrence_changes = [
        OccurrenceChange(original_start=paris(2030, 3, 27, 18, 30), cancelled=True),
    ]
    agenda.add_child(instance=event)
    event.organisers.set([org_a])
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


class TestTheCopy:
    def test_dates_move_to_the_new_first_day_keeping_the_times(self, series, alice):
        copy = duplicate_event(series, SUMMER_DAY, alice)
        assert copy.start == paris(2030, 4, 10, 18, 30)
        assert copy.end == paris(2030, 4, 10, 20, 30)
        # 23:59:59 in Paris on 17 April: UTC is two hours behind in summer
        assert copy.rrule == "FREQ=WEEKLY;UNTIL=20300417T215959Z"
        assert copy.rdates == "2030-04-24 10:00"

    def test_the_previous_editions_changes_stay_behind(self, series, alice):
        copy = duplicate_event(series, SUMMER_DAY, alice)
        assert copy.exdates == ""
        assert copy.occurrence_changes.count() == 0
        assert copy.status == Status.SCHEDULED
        assert (copy.proposer_name, copy.proposer_email) == ("", "")
        assert series.occurrence_changes.count() == 1  # the original keeps them

    def test_the_copy_is_a_draft_of_the_same_agenda(self, series, agenda, alice, org_a):
        copy = duplicate_event(series, SUMMER_DAY, alice)
        assert copy.get_parent().pk == agenda.pk
        assert not copy.live and copy.has_unpublished_changes
        assert copy.first_published_at is None and copy.live_revision is None
        assert copy.get_latest_revision().content["start"].startswith("2030-04-10")
        assert copy.owner == alice
        assert copy.title == "Atelier vélo"
        assert list(copy.organisers.all()) == [org_a]
        assert copy.translation_key != series.translation_key
        assert copy.occurrences.count() == 0  # no date on the agenda until published
        series.refresh_from_db()
        assert series.live and series.start == WINTER_START

    def test_the_copy_gets_a_free_slug(self, series, alice):
        first = duplicate_event(series, SUMMER_DAY, alice)
        second = duplicate_event(first, SUMMER_DAY + timedelta(days=7), alice)
        assert (first.slug, second.slug) == ("atelier-velo-2", "atelier-velo-3")

    def test_all_day_events_stay_all_day(self, agenda, org_a, alice):
        festival = EventPageFactory(
            parent=agenda,
            organisers=[org_a],
            start=paris(2030, 6, 14),
            end=paris(2030, 6, 16),
            all_day=True,
            rrule="FREQ=YEARLY;UNTIL=20320614",
        )
        copy = duplicate_event(festival, date(2031, 6, 13), alice)
        assert (copy.start, copy.end) == (paris(2031, 6, 13), paris(2031, 6, 15))
        assert copy.all_day and copy.rrule == "FREQ=YEARLY;UNTIL=20330613"

    def test_the_latest_draft_is_copied(self, series, alice):
        draft = series.get_latest_revision_as_object()
        draft.title = "Atelier vélo (nouvelle formule)"
        draft.save_revision()
        copy = duplicate_event(series, SUMMER_DAY, alice)
        assert copy.title == "Atelier vélo (nouvelle formule)"
        assert copy.get_latest_revision_as_object().title == "Atelier vélo (nouvelle formule)"

    def test_rules_without_until_are_kept_as_written(self):
        assert moved_rule("FREQ=MONTHLY;BYDAY=1WE;COUNT=5", 30) == "FREQ=MONTHLY;BYDAY=1WE;COUNT=5"
        assert moved_rule("FREQ=DAILY;UNTIL=20300101", 1) == "FREQ=DAILY;UNTIL=20300102"
        assert moved_rule("FREQ=DAILY;UNTIL=20300101T183000", 1) == (
            "FREQ=DAILY;UNTIL=20300102T183000"
        )


class TestAnImportedEvent:
    CALENDAR = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//FR\r\n"
        "BEGIN:VEVENT\r\nUID:repair-cafe@la-roue\r\nDTSTAMP:20261101T000000Z\r\n"
        "DTSTART:20300320T173000Z\r\nDTEND:20300320T193000Z\r\nSUMMARY:Repair café\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()

    @pytest.fixture
    def source(self, agenda, org_a):
        return CalendarSource.objects.create(organisation=org_a, name="Agenda de La Roue")

    def test_a_copy_has_no_import_identity(self, source, alice):
        import_calendar(self.CALENDAR, source, publish=True)
        original = EventPage.objects.get(ical_uid="repair-cafe@la-roue")
        assert original.source == source and original.import_organisation_id
        copy = duplicate_event(original, SUMMER_DAY, alice)
        assert copy.source is None and copy.import_organisation is None
        assert copy.ical_uid == "" and copy.import_hash == "" and copy.import_fields == {}
        assert copy.import_sequence is None and copy.import_last_modified is None
        assert (copy.sequence, copy.schedule_fingerprint, copy.ical_fragment) == (0, "", "")
        assert copy.uid != original.uid

    def test_the_next_sync_updates_the_original_and_leaves_the_copy(self, source, alice):
        import_calendar(self.CALENDAR, source, publish=True)
        original = EventPage.objects.get(ical_uid="repair-cafe@la-roue")
        copy = duplicate_event(original, SUMMER_DAY, alice)
        changed = self.CALENDAR.replace(b"Repair caf\xc3\xa9", b"Repair caf\xc3\xa9 du printemps")
        import_calendar(changed, source, publish=True)
        assert EventPage.objects.get(pk=original.pk).title == "Repair café du printemps"
        copy = EventPage.objects.get(pk=copy.pk)
        assert copy.title == "Repair café" and copy.start == paris(2030, 4, 10, 18, 30)
        assert EventPage.objects.filter(source=source).count() == 1
        source.refresh_from_db()
        assert source.event_count == 1


class TestTranslations:
    def test_the_published_copy_gets_its_own_english_and_italian_copies(
        self, series, agenda, locales, alice
    ):
        translate(agenda, locales["en"], title="What's on", slug="whats-on")
        translate(agenda, locales["it"], title="Agenda", slug="agenda")
        series.save_revision().publish()  # the original's copies, as on any publication
        copy = duplicate_event(series, SUMMER_DAY, alice)
        assert EventPage.objects.filter(translation_key=copy.translation_key).count() == 1

        copy.get_latest_revision().publish()
        copies = {
            page.locale.language_code: page
            for page in EventPage.objects.filter(translation_key=copy.translation_key)
        }
        assert set(copies) == {"fr", "en", "it"}
        assert all(page.live for page in copies.values())
        assert {page.start for page in copies.values()} == {paris(2030, 4, 10, 18, 30)}
        originals = EventPage.objects.filter(translation_key=series.translation_key)
        assert originals.count() == 3
        assert {page.start for page in originals} == {WINTER_START}


class TestWhoMay:
    def test_a_communicator_for_their_organisations_events(self, series, alice, bruno, edith):
        assert may_duplicate(alice, series)
        assert may_duplicate(edith, series)
        assert not may_duplicate(bruno, series)

    def test_another_organisations_communicator_is_refused(self, client, series, bruno):
        client.force_login(bruno)
        for response in (client.get(url(series)), client.post(url(series), {"first_day": "x"})):
            assert response.status_code in (302, 403)
            if response.status_code == 302:
                assert response.url == reverse("wagtailadmin_home")
                messages = " ".join(str(m) for m in response.wsgi_request._messages)
                assert "pas les autorisations pour accéder à cette zone" in messages
        assert EventPage.objects.count() == 1

    def test_no_button_for_another_organisations_event(self, client, series, alice, bruno):
        client.force_login(alice)
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[series.pk]))
        assert url(series) in edit.content.decode()
        with translation.override("fr"):  # "Dupliquer pour une nouvelle édition"
            assert gettext("Duplicate for a new edition") in edit.content.decode()
        client.force_login(bruno)
        response = client.get(reverse("wagtailadmin_pages:edit", args=[series.pk]))
        assert url(series) not in response.content.decode()

    def test_the_listings_more_menu_offers_it_to_editors(self, client, series, agenda, edith):
        client.force_login(edith)
        response = client.get(reverse("wagtailadmin_explore", args=[agenda.pk]))
        assert response.status_code == 200
        assert url(series) in response.content.decode()


class TestTheForm:
    def test_a_communicator_duplicates_and_lands_on_the_draft(self, client, series, alice):
        client.force_login(alice)
        form = client.get(url(series))
        assert form.status_code == 200
        assert "Atelier vélo" in form.content.decode()
        response = client.post(url(series), {"first_day": "2030-04-10"}, follow=True)
        copy = EventPage.objects.exclude(pk=series.pk).get()
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[copy.pk])
        assert response.status_code == 200
        assert copy.start == paris(2030, 4, 10, 18, 30) and not copy.live
        messages = [str(m) for m in response.context["messages"]]
        assert any("Atelier vélo" in message for message in messages)

    @pytest.mark.parametrize("value", ["31/02/2030", "demain", ""])
    def test_a_bad_date_is_explained_in_french(self, client, series, alice, value):
        client.force_login(alice)
        response = client.post(url(series), {"first_day": value})
        assert response.status_code == 200
        errors = response.context["form"].errors["first_day"]
        assert errors == (["Champ requis."] if value == "" else ["Saisissez une date valide."])
        assert EventPage.objects.count() == 1

    def test_a_day_in_the_past_is_refused(self, client, series, alice):
        client.force_login(alice)
        yesterday = timezone.localdate() - timedelta(days=1)
        response = client.post(url(series), {"first_day": yesterday.isoformat()})
        assert response.status_code == 200
        assert response.context["form"].errors["first_day"]
        assert EventPage.objects.count() == 1

    def test_a_translation_duplicates_its_original(self, client, series, agenda, locales, edith):
        translate(agenda, locales["en"], title="What's on", slug="whats-on")
        translate(agenda, locales["it"], title="Agenda", slug="agenda")
        series.save_revision().publish()
        english = EventPage.objects.get(
            translation_key=series.translation_key, locale=locales["en"]
        )
        client.force_login(edith)
        client.post(url(english), {"first_day": "2030-04-10"})
        copy = EventPage.objects.get(start=paris(2030, 4, 10, 18, 30))
        assert copy.locale_id == series.locale_id
        assert copy.get_parent().specific_class is AgendaPage
