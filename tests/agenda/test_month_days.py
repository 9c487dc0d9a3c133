"""The month view's days as publishing keeps them (agenda/days.py): after every change of an
event's dates (published, published again, taken offline, deleted, made private or public,
moved), the stored days are those the dates give; a filtered month counts from the dates."""

from datetime import date, timedelta
from importlib import import_module

from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from wagtail.models import Page, PageViewRestriction

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from agenda.models import AgendaDay, EventPage
from agenda.queries import day_summaries
from tests.agenda.conftest import commune, paris
from tests.factories import AgendaPageFactory, EventPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db

# The events of the tests begin from November to January, and may be moved months away
FIRST, LAST = date(2026, 11, 1), date(2027, 1, 31)
SINCE, UNTIL = date(2026, 6, 1), date(2027, 7, 31)


def stored(agenda):
    return {
        day: (total, shown)
        for day, total, shown in AgendaDay.objects.filter(agenda=agenda).values_list(
            "day", "total", "shown"
        )
    }


def from_the_dates(agenda):
    return day_summaries(agenda.occurrences(), SINCE, UNTIL)


def named(html, day):
    """What the month's cell of `day` names (its links' words)."""
    cell = html.split(f'datetime="{day.isoformat()}"')[1].split("</td>")[0]
    return [a.split(">")[-1] for a in cell.split("</a>")[:-1]]


def event_on(agenda, day, title, hour=18, days=0):
    """An event on `day` at `hour` for two hours, or all day on `days` days."""
    start = paris(day.year, day.month, day.day, 0 if days else hour)
    end = start + (timedelta(days=days - 1) if days else timedelta(hours=2))
    return EventPageFactory(
        parent=agenda, title=title, slug=slugify(title), start=start, end=end, all_day=bool(days)
    )


class TestStoredDays:
    def test_publishing_counts_the_days_an_event_covers(self, agenda):
        event_on(agenda, date(2026, 12, 10), "Salon", days=2)
        event_on(agenda, date(2026, 12, 10), "Atelier", hour=9)

        salon = {"slug": "salon", "title": "Salon", "time": "", "cancelled": False}
        atelier = {"slug": "atelier", "title": "Atelier", "time": "09:00", "cancelled": False}
        assert stored(agenda) == {
            date(2026, 12, 10): (2, [salon, atelier]),
            date(2026, 12, 11): (1, [salon]),
        }
        assert stored(agenda) == from_the_dates(agenda)

    def test_each_change_of_an_event_moves_it_in_the_month(
        self, client, agenda, django_capture_on_commit_callbacks
    ):
        december = "/agenda/month/2026/12/"
        event = event_on(agenda, date(2026, 12, 10), "Atelier vélo")
        assert named(client.get(december).content.decode(), date(2026, 12, 10)) == [
            "18:00 Atelier vélo"
        ]

        event = EventPage.objects.get(pk=event.pk)
        event.start, event.end = paris(2026, 12, 17, 14), paris(2026, 12, 17, 16)
        event.title = "Atelier vélo solidaire"
        event.save_revision().publish()
        html = client.get(december).content.decode()
        assert named(html, date(2026, 12, 10)) == []
        assert named(html, date(2026, 12, 17)) == ["14:00 Atelier vélo solidaire"]

        restriction = PageViewRestriction.objects.create(
            page=event, restriction_type=PageViewRestriction.LOGIN
        )
        assert named(client.get(december).content.decode(), date(2026, 12, 17)) == []
        with django_capture_on_commit_callbacks(execute=True):
            restriction.delete()
        assert named(client.get(december).content.decode(), date(2026, 12, 17)) != []

        event.unpublish()
        assert not AgendaDay.objects.filter(agenda=agenda).exists()
        event.get_latest_revision().publish()
        assert stored(agenda) == from_the_dates(agenda) != {}

        with django_capture_on_commit_callbacks(execute=True):
            EventPage.objects.get(pk=event.pk).delete()
        assert not AgendaDay.objects.filter(agenda=agenda).exists()
        assert named(client.get(december).content.decode(), date(2026, 12, 17)) == []

    def test_an_event_moved_to_another_agenda_leaves_the_first(self, agenda):
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="autre-accueil")
        other = AgendaPageFactory(parent=home)
        event_on(agenda, date(2026, 12, 3), "Repair café")
        moved = event_on(agenda, date(2026, 12, 3), "Troc de graines", days=3)

        moved.move(other, pos="last-child")

        assert stored(agenda) == {
            date(2026, 12, 3): (
                1,
                [
                    {
                        "slug": "repair-cafe",
                        "title": "Repair café",
                        "time": "18:00",
                        "cancelled": False,
                    }
                ],
            )
        }
        assert set(stored(other)) == {date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5)}
        assert stored(other) == from_the_dates(other)

    def test_deleting_the_agenda_with_its_events_leaves_no_day(
        self, agenda, django_capture_on_commit_callbacks
    ):
        event_on(agenda, date(2026, 12, 3), "Repair café")
        with django_capture_on_commit_callbacks(execute=True):
            agenda.delete()
        assert not AgendaDay.objects.exists()

    def test_the_command_and_the_migration_count_every_day_again(self, agenda):
        event_on(agenda, date(2026, 11, 29), "Exposition", days=5)
        event_on(agenda, date(2026, 12, 1), "Atelier")
        before = stored(agenda)
        AgendaDay.objects.all().delete()

        call_command("refresh_agenda_days", verbosity=0)
        assert stored(agenda) == before

        AgendaDay.objects.all().delete()
        import_module("agenda.migrations.0011_agenda_day").count_days(django_apps, None)
        assert stored(agenda) == before


class TestMonthView:
    def test_a_filtered_month_names_only_the_chosen_events(self, client, agenda):
        event_on(agenda, date(2026, 12, 8), "Marché de Gap", hour=9)
        briancon = event_on(agenda, date(2026, 12, 8), "Marché de Briançon", hour=10)
        EventPage.objects.filter(pk=briancon.pk).update(commune=commune("05023"))
        briancon = EventPage.objects.get(pk=briancon.pk)
        briancon.save_revision().publish()

        every = client.get("/agenda/month/2026/12/").content.decode()
        gap = client.get("/agenda/month/2026/12/?territory=gapencais").content.decode()

        assert named(every, date(2026, 12, 8)) == [
            "09:00 Marché de Gap",
            "10:00 Marché de Briançon",
        ]
        assert named(gap, date(2026, 12, 8)) == ["09:00 Marché de Gap"]

    def test_a_month_reads_as_many_queries_with_many_events(self, client, agenda):
        url = "/agenda/month/2026/12/"
        event_on(agenda, date(2026, 12, 8), "Atelier")
        client.get(url)
        with CaptureQueriesContext(connection) as few:
            client.get(url)
        for n in range(12):  # six on the 8th, six from the 7th to the 9th
            event_on(agenda, date(2026, 12, 8 - n % 2), f"Atelier {n}", 8 + n, days=3 * (n % 2))
        client.get(url)
        with CaptureQueriesContext(connection) as many:
            response = client.get(url)
        assert named(response.content.decode(), date(2026, 12, 8))[4] == "et 9 autres"
        assert len(many) == len(few) <= 12


EVENTS = st.lists(
    st.tuples(
        st.integers(0, 91),  # its day, from the 1st of November
        st.integers(0, 23),  # its hour
        st.sampled_from([0, 0, 1, 2, 5, 40]),  # days it lasts (0: two hours)
    ),
    min_size=1,
    max_size=5,
)
CHANGES = st.lists(
    st.tuples(
        st.integers(0, 4),  # which event
        st.sampled_from(["move", "unpublish", "republish", "restrict", "open", "delete"]),
        st.integers(-20, 20),  # days moved
    ),
    max_size=5,
)


@hypothesis_settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(events=EVENTS, changes=CHANGES)
def test_any_changes_leave_the_days_the_dates_give(
    agenda, django_capture_on_commit_callbacks, events, changes
):
    with transaction.atomic():  # every example starts from the same database
        pages = [
            event_on(agenda, FIRST + timedelta(days=day), f"Date {n}", hour, days)
            for n, (day, hour, days) in enumerate(events)
        ]
        for which, change, days in changes:
            event = EventPage.objects.filter(pk=pages[which % len(pages)].pk).first()
            if event is None:
                continue
            with django_capture_on_commit_callbacks(execute=True):
                if change == "move":
                    event.start += timedelta(days=days)
                    event.end += timedelta(days=days)
                    event.save_revision().publish()
                elif change == "unpublish" and event.live:
                    event.unpublish()
                elif change == "republish":
                    event.save_revision().publish()
                elif change == "restrict":
                    PageViewRestriction.objects.get_or_create(
                        page=event, restriction_type=PageViewRestriction.LOGIN
                    )
                elif change == "open":
                    PageViewRestriction.objects.filter(page=event).delete()
                elif change == "delete":
                    event.delete()
        assert stored(agenda) == from_the_dates(agenda)
        transaction.set_rollback(True)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite locks no row: it has one writer at a time"
)
def test_the_agenda_is_locked_before_its_days_are_counted(agenda):
    """Two publications of one day at once: the second waits for the first one's commit before
    it counts the day (without the lock, two threads publishing at once made the second fail on
    the unique day, or count without the first one's date)."""
    event = event_on(agenda, date(2026, 12, 12), "Atelier")
    event = EventPage.objects.get(pk=event.pk)
    with CaptureQueriesContext(connection) as queries:
        event.save_revision().publish()
    sql = [query["sql"] for query in queries.captured_queries]
    locks = [
        n for n, text in enumerate(sql) if "FOR UPDATE" in text and "agenda_agendapage" in text
    ]
    counts = [n for n, text in enumerate(sql) if "ROW_NUMBER()" in text]
    replaced = [
        n for n, text in enumerate(sql) if text.startswith('INSERT INTO "agenda_agendaday"')
    ]
    assert locks and counts and replaced
    assert locks[0] < counts[0] < replaced[0]
