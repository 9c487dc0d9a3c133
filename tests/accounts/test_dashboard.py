"""The communicator's home in the admin: "My organisation" with its upcoming events, its news, its
sources and their last sync, what waits for moderation and the address to subscribe to its
agenda — and nothing of another organisation's; in a bounded number of queries."""

import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from tests.accounts import content
from tests.accounts.conftest import logged_in
from tests.agenda.conftest import in_days

pytestmark = pytest.mark.django_db

# The whole dashboard of a communicator of one organisation (Wagtail's panels and menus
# included), measured: 30 queries, whether 3 or 30 events and news (half of them waiting).
MAX_QUERIES = 32


def panel(response):
    """The "My organisation" panels of the dashboard, as HTML."""
    html = response.content.decode()
    starts = [
        m.start()
        for m in re.finditer(r'<section class="panel" aria-labelledby="my-organisation-', html)
    ]
    return "".join(html[start : html.index("</section>", start)] for start in starts)


@pytest.fixture
def organisations_content(agenda, newsroom, org_a, org_b, communicator_a, communicator_b):
    a = {
        "upcoming": content.live_event(
            agenda, org_a, title="Atelier vélo de La Roue", start=in_days(2)
        ),
        "later": content.live_event(agenda, org_a, title="Assemblée de La Roue", start=in_days(12)),
        "past": content.live_event(
            agenda, org_a, title="Vieille fête de La Roue", start=in_days(-20), end=in_days(-20, 23)
        ),
        "news": content.live_news(newsroom, org_a, title="La Roue passe à 100 commerces"),
        "draft news": content.draft_news(newsroom, org_a, title="Brouillon de nouvelle de La Roue"),
        "calendar": content.calendar_source(
            org_a,
            name="Agenda Google de La Roue",
            last_fetch_at=timezone.now() - timedelta(hours=2),
            last_result="2 created, 1 updated",
        ),
        "feed": content.feed_source(org_a, url="https://la-roue.example.org/actus.xml"),
    }
    waiting = content.draft_event(agenda, org_a, title="Repair café de La Roue", start=in_days(4))
    waiting.get_workflow().start(waiting, communicator_a)
    a["waiting"] = waiting
    b_waiting = content.draft_event(agenda, org_b, title="Brouillon de Ludambule")
    b_waiting.get_workflow().start(b_waiting, communicator_b)
    content.live_event(agenda, org_b, title="Nuit du jeu de Ludambule")
    content.live_news(newsroom, org_b, title="Ludambule déménage")
    content.calendar_source(org_b, name="Agenda de Ludambule")
    content.feed_source(org_b, url="https://ludambule.example.org/actus.xml")
    return a


class TestMyOrganisation:
    def test_it_shows_the_organisations_events_news_sources_and_waiting_items(
        self, organisations_content, communicator_a, org_a
    ):
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        assert "My organisation: La Roue" in html
        assert reverse("wagtailadmin_pages:edit", args=[org_a.pk]) in html
        # upcoming events, soonest first, with their state; not the past one
        assert html.index("Atelier vélo de La Roue") < html.index("Assemblée de La Roue")
        assert "Vieille fête de La Roue" not in html
        # its news, published or draft
        assert "La Roue passe à 100 commerces" in html
        assert "Brouillon de nouvelle de La Roue" in html
        # what waits for the editors
        waiting = html[html.index("Waiting for moderation") : html.index("Upcoming events")]
        assert "Repair café de La Roue" in waiting
        assert "Atelier vélo de La Roue" not in waiting
        assert "Repair café de La Roue</a> — " in html and "awaiting approval" in html
        # sources and their last sync
        sources = html[html.index("Our sources") :]
        assert "Agenda Google de La Roue" in sources and "last synchronised" in sources
        assert "2 created, 1 updated" in sources
        assert "https://la-roue.example.org/actus.xml — never synchronised" in sources
        # where to subscribe to its agenda
        assert "http://localhost/agenda/agenda.ics?organisation=la-roue" in html
        assert "http://localhost/agenda/?organisation=la-roue" in html

    def test_nothing_of_another_organisation(self, organisations_content, communicator_a):
        response = logged_in(communicator_a).get(reverse("wagtailadmin_home"))
        assert "Ludambule" not in response.content.decode()

    def test_the_other_organisation_sees_its_own(self, organisations_content, communicator_b):
        html = panel(logged_in(communicator_b).get(reverse("wagtailadmin_home")))
        assert "My organisation: Ludambule" in html
        assert "Brouillon de Ludambule" in html and "Nuit du jeu de Ludambule" in html
        assert "La Roue" not in html

    def test_editors_have_no_such_panel(self, organisations_content, editor):
        html = logged_in(editor).get(reverse("wagtailadmin_home")).content.decode()
        assert "My organisation" not in html

    def test_a_communicator_of_two_organisations_gets_a_panel_for_each(
        self, organisations_content, communicator_a, org_b
    ):
        from directory.models import Communicator

        Communicator.objects.create(user=communicator_a, organisation=org_b)
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        assert "My organisation: La Roue" in html and "My organisation: Ludambule" in html


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries)


def add_content(agenda, newsroom, org, communicator, count):
    """`count` events and news items of `org`, every other one waiting for moderation."""
    for n in range(count):
        if n % 2:
            event = content.draft_event(agenda, org, start=in_days(n + 1))
            event.get_workflow().start(event, communicator)
            item = content.draft_news(newsroom, org)
            item.get_workflow().start(item, communicator)
        else:
            content.live_event(agenda, org, start=in_days(n + 1))
            content.live_news(newsroom, org)


def test_the_dashboard_needs_as_many_queries_for_3_or_30_events(
    agenda, newsroom, org_a, communicator_a, django_assert_max_num_queries
):
    client = logged_in(communicator_a)
    add_content(agenda, newsroom, org_a, communicator_a, 3)
    content.calendar_source(org_a)
    content.feed_source(org_a)
    client.get(reverse("wagtailadmin_home"))  # caches (site root, menus) filled
    with django_assert_max_num_queries(MAX_QUERIES):
        few = dashboard_queries(client)
    add_content(agenda, newsroom, org_a, communicator_a, 27)
    client.get(reverse("wagtailadmin_home"))  # publishing made the cached site stale
    with django_assert_max_num_queries(MAX_QUERIES):
        many = dashboard_queries(client)
    assert many == few
