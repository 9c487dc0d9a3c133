"""The communicator's home in the admin: "My organisation" with its upcoming events, its news, its
sources and their last sync, what waits for moderation and the address to subscribe to its
agenda — and nothing of another organisation's; in a bounded number of queries."""

import re
from datetime import datetime, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from tests.accounts import content
from tests.accounts.conftest import (
    built_once_on_module_scene,
    from_module_scene,
    logged_in,
    outcome,
    read_again,
)
from tests.agenda.conftest import in_days

pytestmark = pytest.mark.django_db

# One scene for the module's tests, built once (tests/accounts/conftest.py `module_scene`)
# and read afresh by each test inside its own savepoint.
home_page = from_module_scene("home_page")
agenda = from_module_scene("agenda")
newsroom = from_module_scene("newsroom")
directory = from_module_scene("directory")
org_a = from_module_scene("org_a")
org_b = from_module_scene("org_b")
communicator_a = from_module_scene("communicator_a")
communicator_b = from_module_scene("communicator_b")
editor = from_module_scene("editor")

# The whole dashboard of a communicator of one organisation (Wagtail's panels and menus
# included), measured: 30 queries, whether 3 or 30 events and news (half of them waiting).
MAX_QUERIES = 34


def panel(response):
    """The "My organisation" panels of the dashboard, as HTML."""
    html = response.content.decode()
    starts = [
        m.start()
        for m in re.finditer(r'<section class="panel" aria-labelledby="my-organisation-', html)
    ]
    return "".join(html[start : html.index("</section>", start)] for start in starts)


def build_organisations_content(scene):
    """Two organisations' events, news, sources and items waiting for moderation."""
    agenda, newsroom, org_a, org_b = (
        scene[name] for name in ("agenda", "newsroom", "org_a", "org_b")
    )
    communicator_a, communicator_b = scene["communicator_a"], scene["communicator_b"]
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


_organisations_content = built_once_on_module_scene(build_organisations_content)


@pytest.fixture
def organisations_content(_organisations_content, db):
    """The module's content read afresh for this test (each test changes it in its savepoint)."""
    return {key: read_again(reference) for key, reference in _organisations_content.items()}


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


def request_changes(page, editor, comment):
    """`editor` asks for changes on `page` (waiting for review), as the dashboard's button does."""
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    assert logged_in(editor).post(url, {"comment": comment}).status_code in {200, 302}


class TestChangesRequested:
    def test_the_communicator_reads_the_editors_comment_on_the_dashboard(
        self, organisations_content, communicator_a, editor
    ):
        waiting = organisations_content["waiting"]
        request_changes(waiting, editor, "Il manque le lieu exact.\nEt l'heure de fin ?")
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        changes = html[html.index("Changes requested") : html.index("Waiting for moderation")]
        assert "Repair café de La Roue" in changes
        assert "Edith asked for changes on" in changes
        assert "Il manque le lieu exact.<br>Et l&#x27;heure de fin ?" in changes
        assert reverse("wagtailadmin_pages:edit", args=[waiting.pk]) in changes
        assert reverse("wagtailadmin_pages:workflow_history", args=[waiting.pk]) in changes
        # no longer said to wait for the editors
        waiting_list = html[html.index("Waiting for moderation") : html.index("Upcoming events")]
        assert "Repair café de La Roue" not in waiting_list
        events = html[html.index("Upcoming events") : html.index("<h3>News")]
        line = events[events.index("Repair café de La Roue") :].split("</li>")[0]
        assert "changes requested" in line and "awaiting approval" not in line

    def test_once_resubmitted_it_waits_again(self, organisations_content, communicator_a, editor):
        waiting = organisations_content["waiting"]
        request_changes(waiting, editor, "Il manque le lieu exact.")
        Page.objects.get(pk=waiting.pk).current_workflow_state.resume(communicator_a)
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        assert "Changes requested" not in html and "Il manque le lieu exact." not in html
        waiting_list = html[html.index("Waiting for moderation") : html.index("Upcoming events")]
        assert "Repair café de La Roue" in waiting_list

    def test_nothing_is_said_when_no_changes_are_requested(
        self, organisations_content, communicator_a
    ):
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        assert "Changes requested" not in html and "changes requested" not in html


class TestPageStates:
    def test_a_published_item_says_when_it_was_published(
        self, organisations_content, communicator_a
    ):
        news = organisations_content["news"]
        news.last_published_at = timezone.make_aware(datetime(2026, 3, 14, 10, 0))
        news.save(update_fields=["last_published_at"])
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        line = html[html.index("La Roue passe à 100 commerces") :].split("</li>")[0]
        assert "published on March 14, 2026" in line

    def test_in_french_published_is_never_left_without_its_date(
        self, organisations_content, communicator_a
    ):
        UserProfile.objects.filter(user=communicator_a).update(preferred_language="fr")
        news = organisations_content["news"]
        news.last_published_at = timezone.make_aware(datetime(2026, 3, 14, 10, 0))
        news.save(update_fields=["last_published_at"])
        html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
        line = html[html.index("La Roue passe à 100 commerces") :].split("</li>")[0]
        assert "14 mars 2026" in line.split("—")[-1]
        assert not re.search(r"publié le\s*(</li>|$)", html)


@pytest.mark.indexed
class TestSearch:
    """The dashboard's search box, for a communicator: their organisations' pages, drafts
    included; nothing of another organisation's (Wagtail's page search refused them)."""

    def search(self, user, query):
        client = logged_in(user)
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        action = re.search(r'<form[^>]*action="([^"]+)"[^>]*role="search"', dashboard).group(1)
        return client.get(action, {"q": query})

    def test_a_communicator_finds_their_organisations_pages(
        self, organisations_content, communicator_a
    ):
        response = self.search(communicator_a, "Repair")
        assert response.status_code == 200
        html = response.content.decode()
        waiting = organisations_content["waiting"]
        assert "Repair café de La Roue" in html
        assert reverse("wagtailadmin_pages:edit", args=[waiting.pk]) in html

    def test_a_communicator_finds_nothing_of_another_organisation(
        self, organisations_content, communicator_a
    ):
        html = self.search(communicator_a, "Ludambule").content.decode()
        for title in ["Nuit du jeu de Ludambule", "Ludambule déménage", "Brouillon de Ludambule"]:
            assert title not in html
        html = self.search(communicator_a, "Brouillon").content.decode()
        assert "Brouillon de nouvelle de La Roue" in html
        assert "Brouillon de Ludambule" not in html

    def test_the_results_view_searches_the_same_pages(self, organisations_content, communicator_a):
        html = (
            logged_in(communicator_a)
            .get(reverse("home_page_search_results"), {"q": "La Roue"})
            .content.decode()
        )
        assert "Atelier vélo de La Roue" in html and "Ludambule" not in html

    def test_an_editor_is_sent_on_to_wagtails_page_search(self, organisations_content, editor):
        response = self.search(editor, "Ludambule")
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:search") + "?q=Ludambule"
        results = logged_in(editor).get(response["Location"]).content.decode()
        assert "Nuit du jeu de Ludambule" in results


class TestHistory:
    def test_a_communicator_reads_their_pages_history_with_the_comment(
        self, organisations_content, communicator_a, editor
    ):
        waiting = organisations_content["waiting"]
        request_changes(waiting, editor, "Il manque le lieu exact.")
        client = logged_in(communicator_a)
        for name in ["history", "history_results", "workflow_history"]:
            response = client.get(reverse(f"wagtailadmin_pages:{name}", args=[waiting.pk]))
            assert response.status_code == 200, name
        history = client.get(reverse("wagtailadmin_pages:history", args=[waiting.pk]))
        assert "Il manque le lieu exact." in history.content.decode()
        state = Page.objects.get(pk=waiting.pk).current_workflow_state
        detail = client.get(
            reverse("wagtailadmin_pages:workflow_history_detail", args=[waiting.pk, state.pk])
        )
        assert "Il manque le lieu exact." in detail.content.decode()

    def test_not_the_history_of_another_organisations_page(
        self, organisations_content, communicator_a, agenda
    ):
        other = agenda.get_children().get(title="Nuit du jeu de Ludambule")
        response = logged_in(communicator_a).get(
            reverse("wagtailadmin_pages:history", args=[other.pk])
        )
        assert outcome(response) == "denied"


def test_a_paused_source_says_so(organisations_content, communicator_a):
    calendar = organisations_content["calendar"]
    type(calendar).objects.filter(pk=calendar.pk).update(active=False)
    html = panel(logged_in(communicator_a).get(reverse("wagtailadmin_home")))
    sources = html[html.index("Our sources") :]
    assert "Agenda Google de La Roue » — Paused — last synchronised" in sources
    assert "actus.xml — never synchronised" in sources  # the feed still synchronises


def test_a_communicator_gets_the_code_that_shows_their_events_on_their_site(
    client, communicator_a, org_a, agenda
):
    from tests.factories import EventPageFactory

    EventPageFactory(parent=agenda, title="Vélo-école", organisers=[org_a])
    client.force_login(communicator_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    url = reverse("agenda_embed_code")
    assert f'href="{url}?organisation={org_a.slug}"' in dashboard
    form = client.get(url, {"organisation": org_a.slug}).content.decode()
    assert re.search(rf'value="{org_a.slug}"[^>]*checked', form)
    chosen = {"organisation": org_a.slug, "layout": "cards", "language": "fr", "limit": 5}
    html = client.get(url, chosen).content.decode()
    query = f"organisation={org_a.slug}&amp;layout=cards&amp;limit=5"
    embed = f"http://testserver{agenda.url}embed/?{query}"  # the host the member came by
    assert f'<iframe src="{embed}"' in html
    assert "&lt;hub-agenda src=" in html and "js/hub-embed.js" in html
    assert (
        "Vélo-école"
        in client.get(agenda.url + f"embed/?organisation={org_a.slug}").content.decode()
    )
