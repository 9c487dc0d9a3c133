import json
from datetime import UTC, datetime, timedelta
from importlib import import_module

from django.apps import apps as django_apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from agenda.filters import date_range
from agenda.models import PARIS, Occurrence
from tests.agenda.conftest import commune, four_events, in_days, paris, theme
from tests.conftest import card_titles
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

PAGE_MAX_QUERIES = 15


def json_ld(html):
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


@pytest.fixture
def events(agenda, roue, ludambule):
    return four_events(agenda, roue, ludambule)


class TestListing:
    def test_a_date_under_way_for_months_is_listed_and_one_just_ended_is_not(
        self, client, agenda, home_page
    ):
        # the listings read the start index from the longest date's length before now only
        for title, start, end, all_day in (
            ("Exposition", in_days(-150), in_days(2), True),
            ("Marché", in_days(-160), in_days(-1), True),
            ("Atelier", in_days(3), in_days(3, 20), False),
        ):
            EventPageFactory(parent=agenda, title=title, start=start, end=end, all_day=all_day)

        assert card_titles(client.get("/agenda/")) == ["Exposition", "Atelier"]
        today = timezone.localdate()
        window = f"date_from={today}&date_to={today + timedelta(days=5)}"
        assert card_titles(client.get(f"/agenda/?{window}")) == ["Exposition", "Atelier"]
        assert card_titles(client.get("/")) == ["Exposition", "Atelier"]

    def test_each_date_of_a_series_is_listed_at_its_own_date(self, client, agenda):
        EventPageFactory(
            parent=agenda, title="Repair café", start=in_days(1), rrule="FREQ=WEEKLY;COUNT=3"
        )
        assert card_titles(client.get("/agenda/")) == ["Repair café"] * 3

    def test_cancelled_event_is_shown_as_cancelled(self, client, agenda):
        EventPageFactory(parent=agenda, title="Ciné-débat", status="cancelled")
        html = client.get("/agenda/").content.decode()
        assert "event-card--cancelled" in html
        assert "Annulé" in html

    def test_an_event_behind_a_password_is_listed_nowhere_public(self, client, agenda):
        """A view restriction on the event keeps its dates out of the listing, the month view,
        the feed and the API (read as NOT EXISTS, which PostgreSQL plans well)."""
        shown = EventPageFactory(parent=agenda, title="Atelier couture", start=in_days(1))
        hidden = EventPageFactory(parent=agenda, title="Conseil restreint", start=in_days(1))
        PageViewRestriction.objects.create(
            page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="bureau"
        )
        month = timezone.localtime(shown.start).strftime("%Y/%-m")
        assert card_titles(client.get("/agenda/")) == ["Atelier couture"]
        pages = [client.get(f"/agenda/month/{month}/"), client.get("/agenda/agenda.ics")]
        pages += [client.get("/api/v1/occurrences/"), client.get("/api/v1/events/")]
        for response in pages:
            text = b"".join(response).decode().replace("\r\n ", "")  # the feed is streamed
            assert "Atelier couture" in text and "Conseil restreint" not in text, response

    def test_listing_queries_do_not_grow_from_10_to_50_events(self, client, agenda, roue):
        """Fewer events than a listing page, then two pages and a half: the count grows with
        neither the cards shown nor the events behind them."""

        def add(count):
            for n in range(count):
                EventPageFactory(
                    parent=agenda,
                    start=in_days(1 + n % 60),
                    commune=commune(["05023", "05061", "05046"][n % 3]),
                    themes=[theme("culture")] if n % 2 else [],
                    organisers=[roue] if n % 3 == 0 else [],
                )

        def count_queries(url):
            client.get(url)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            return len(captured.captured_queries)

        urls = ["/agenda/?theme=culture", "/agenda/", "/agenda/month/2026/12/", "/agenda/past/"]
        add(10)  # half a listing page of 20
        small = [count_queries(url) for url in urls]
        add(40)  # two pages and a half
        assert [count_queries(url) for url in urls] == small
        assert max(small) <= PAGE_MAX_QUERIES


class TestQuickRanges:
    @pytest.mark.parametrize(
        ("today", "start", "end"),
        [
            # a Wednesday: the coming Saturday and Sunday
            ("2026-11-25", paris(2026, 11, 28), paris(2026, 11, 30)),
            # on Sunday, this weekend is today
            ("2026-11-29", None, paris(2026, 11, 30)),
        ],
    )
    def test_this_weekend(self, today, start, end):
        from datetime import date

        day = date.fromisoformat(today)
        now = paris(day.year, day.month, day.day, 9, 0)
        window = date_range("weekend", today=day, now=now)
        assert window == (start or now, end)

    def test_this_month_ends_on_the_first_of_next_month(self):
        from datetime import date

        now = paris(2026, 12, 20, 10, 0)
        assert date_range("month", today=date(2026, 12, 20), now=now) == (
            now,
            paris(2027, 1, 1),
        )


class TestMonthView:
    def test_month_view_puts_each_date_on_its_day(self, client, agenda):
        EventPageFactory(
            parent=agenda,
            title="Festival",
            start=paris(2026, 12, 4),
            end=paris(2026, 12, 6),
            all_day=True,
        )
        html = client.get("/agenda/month/2026/12/").content.decode()
        assert html.count(">Festival</a>") == 3
        assert "<caption>" in html

    def test_a_busy_day_names_its_first_four_dates_and_counts_the_others(self, client, agenda):
        EventPageFactory(
            parent=agenda,
            title="Salon",
            start=paris(2026, 12, 9),
            end=paris(2026, 12, 11),
            all_day=True,
        )
        for hour in (20, 9, 18, 11, 14, 16):
            EventPageFactory(
                parent=agenda,
                title=f"Atelier de {hour} h",
                start=paris(2026, 12, 10, hour),
                end=paris(2026, 12, 10, hour + 1),
            )
        # a date from the evening to the next morning is on both days
        EventPageFactory(
            parent=agenda,
            title="Nuit des étoiles",
            start=paris(2026, 12, 10, 22),
            end=paris(2026, 12, 11, 6),
        )
        html = client.get("/agenda/month/2026/12/").content.decode()
        day = html.split('datetime="2026-12-10"')[1].split("</td>")[0].split("<ul")[1]
        assert [a.split('">')[-1] for a in day.split("</a>")[:-1]] == [
            "Salon",
            "09:00 Atelier de 9 h",
            "11:00 Atelier de 11 h",
            "14:00 Atelier de 14 h",
            "et 4 autres",
        ]
        next_day = html.split('datetime="2026-12-11"')[1].split("</td>")[0]
        assert "Salon" in next_day and "Nuit des étoiles" in next_day
        assert "autres" not in next_day

    def test_many_dates_over_several_days_are_named_four_a_day_and_all_counted(
        self, client, agenda
    ):
        # six exhibitions from the end of November into December, one starting each day
        for offset, day in enumerate((25, 26, 27, 28, 29, 30)):
            EventPageFactory(
                parent=agenda,
                title=f"Exposition {offset + 1}",
                start=paris(2026, 11, day),
                end=paris(2026, 12, 2 + offset % 2),
                all_day=True,
            )
        EventPageFactory(
            parent=agenda, title="Atelier", start=paris(2026, 12, 2, 8), end=paris(2026, 12, 2, 9)
        )
        html = client.get("/agenda/month/2026/12/").content.decode()

        def named(day):
            cell = html.split(f'datetime="2026-12-{day:02d}"')[1].split("</td>")[0]
            return [a.split('">')[-1] for a in cell.split("</a>")[:-1]]

        expected = ["Exposition 1", "Exposition 2", "Exposition 3", "Exposition 4"]
        assert named(1) == [*expected, "et 2 autres"]
        assert named(2) == [*expected, "et 3 autres"]  # the workshop at 8 is counted
        # on the 3rd only the exhibitions ending then (2, 4 and 6)
        assert named(3) == ["Exposition 2", "Exposition 4", "Exposition 6"]
        assert named(4) == []

    def test_a_date_begun_months_before_is_on_every_day_it_covers(self, client, agenda):
        # the month view looks back as far as the longest stored date goes: the longest one here
        # ends on the month's first day; an autumn fair long over; a weekend across the turn
        for title, start, end in (
            ("Exposition Glaciers", paris(2026, 9, 1), paris(2026, 12, 1)),
            ("Exposition Forêts", paris(2026, 11, 2), paris(2027, 1, 31)),
            ("Foire aux pommes", paris(2026, 10, 3), paris(2026, 10, 5)),
            ("Week-end", paris(2026, 11, 30), paris(2026, 12, 2)),
        ):
            EventPageFactory(parent=agenda, title=title, start=start, end=end, all_day=True)
        days = dict(Occurrence.objects.values_list("event__title", "days"))
        assert days == {
            "Exposition Glaciers": 92,
            "Exposition Forêts": 91,
            "Foire aux pommes": 3,
            "Week-end": 3,
        }

        html = client.get("/agenda/month/2026/12/").content.decode()

        assert html.count(">Exposition Glaciers</a>") == 1  # on the 1st
        assert html.count(">Exposition Forêts</a>") == 31
        assert "Foire" not in html
        assert html.count(">Week-end</a>") == 2  # on the 1st and the 2nd

    def test_a_date_from_year_one_breaks_no_listing(self, client, agenda):
        event = EventPageFactory(parent=agenda, title="Depuis toujours")
        first = datetime(1, 1, 2, tzinfo=UTC)
        Occurrence.objects.filter(event=event).update(
            start=first, first_date=first.date(), days=(event.end.date() - first.date()).days + 1
        )
        for url in ("/agenda/", "/agenda/past/", "/agenda/month/2000/1/", "/"):
            assert client.get(url).status_code == 200, url

    def test_the_migration_measures_the_dates_stored_before_it(self, agenda):
        EventPageFactory(
            parent=agenda,
            title="Salon",
            start=paris(2026, 12, 9),
            end=paris(2026, 12, 12),
            all_day=True,
        )
        EventPageFactory(parent=agenda, start=paris(2026, 12, 9, 20), end=paris(2026, 12, 9, 22))
        Occurrence.objects.update(days=1)  # as the column's default left them
        migration = import_module("agenda.migrations.0010_occurrence_span")

        migration.fill_days(django_apps, None)

        assert sorted(Occurrence.objects.values_list("days", flat=True)) == [1, 4]

    def test_impossible_month_is_a_404(self, client, agenda):
        assert client.get("/agenda/month/2026/13/").status_code == 404


class TestEventPage:
    def test_event_page_has_structured_data_calendar_links_and_bounded_queries(
        self, client, events, django_assert_max_num_queries
    ):
        url = events["jeux"].url
        client.get(url)
        with django_assert_max_num_queries(PAGE_MAX_QUERIES):
            response = client.get(url)
        html = response.content.decode()
        data = json.loads(
            html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        )
        assert data["@type"] == "Event"
        assert data["eventStatus"] == "https://schema.org/EventScheduled"
        assert [o["name"] for o in data["organizer"]] == ["La Roue", "Ludambule"]
        assert data["offers"]["price"] == "2 €"
        assert data["location"]["address"]["addressLocality"] == "Gap"
        assert data["startDate"] == timezone.localtime(in_days(2), PARIS).isoformat()
        assert f'href="/agenda/{events["jeux"].slug}/event.ics"' in html
        ics = client.get(f"/agenda/{events['jeux'].slug}/event.ics")
        assert ics["Content-Type"].startswith("text/calendar")
        assert "SUMMARY:Soirée jeux" in ics.content.decode()
        assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
        assert '<meta property="og:title" content="Soirée jeux">' in html

    def test_cancelled_event_says_so_everywhere(self, client, agenda):
        event = EventPageFactory(parent=agenda, title="Marché", status="cancelled")
        html = client.get(event.url).content.decode()
        data = json.loads(
            html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        )
        assert data["eventStatus"] == "https://schema.org/EventCancelled"
        assert 'class="status status--cancelled status--large"' in html

    def test_organisation_page_lists_its_upcoming_events_and_subscription(
        self, client, events, roue
    ):
        html = client.get(roue.url).content.decode()
        assert "Réunion La Roue" in html and "Soirée jeux" in html
        assert "agenda.ics?organisation=la-roue" in html

    def test_home_page_shows_what_is_coming_up_within_budget(
        self, client, events, django_assert_max_num_queries
    ):
        client.get("/")
        with django_assert_max_num_queries(15):
            html = client.get("/").content.decode()
        assert "Réunion La Roue" in html


def test_several_organisations_filter_the_listing_the_feed_and_the_api(
    client, agenda, directory, events, ludambule
):
    from tests.factories import OrganisationPageFactory

    creacoop = OrganisationPageFactory(
        parent=directory, title="Créacoop", slug="creacoop", commune=commune("05061")
    )
    EventPageFactory(
        parent=agenda, title="Atelier Créacoop", start=in_days(3), organisers=[creacoop]
    )
    both = {"organisation": "ludambule, creacoop,ludambule"}  # spaces and repeats tolerated

    listing = client.get(agenda.url, both)
    assert card_titles(listing) == ["Soirée jeux", "Atelier Créacoop"]
    # the drop-down list shows what the listing is filtered by
    html = listing.content.decode()
    assert "selected>Ludambule, Créacoop</option>" in html
    assert "organisation=ludambule%2Ccreacoop" in html  # the subscription keeps both
    feed = b"".join(client.get(agenda.url + "agenda.ics", both).streaming_content).decode()
    assert "Soirée jeux" in feed and "Atelier Créacoop" in feed and "Réunion La Roue" not in feed
    api = client.get("/api/v1/events/", both).json()
    assert [event["title"] for event in api["results"]] == ["Soirée jeux", "Atelier Créacoop"]

    # an unknown slug among them, or too many: said on the form, the filter left out
    unknown = client.get(agenda.url, {"organisation": "ludambule,nope"})
    assert unknown.status_code == 200 and "Réunion La Roue" in card_titles(unknown)
    assert "nope" in unknown.content.decode()
    many = ",".join(["ludambule"] + [f"x{n}" for n in range(20)])
    assert client.get(agenda.url, {"organisation": many}).status_code == 200
    assert client.get("/api/v1/events/", {"organisation": "ludambule,nope"}).status_code == 400
