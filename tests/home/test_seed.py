"""`seed_demo` builds the same believable site every time, and everything it builds renders."""

from datetime import timedelta
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

import pytest
from django_tasks import default_task_backend

from agenda.models import AgendaPage, EventPage
from core.models import Theme
from directory.models import DirectoryPage, OrganisationPage
from home.management.commands.seed_demo import no_redirects_for_new_slugs
from home.models import HomePage, SiteSettings
from news.models import NewsIndexPage
from tests.agenda.conftest import copies_of, listed_dates, occurrences
from tests.conftest import once_per_module
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

QUEUE_NOBODY_DRAINS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def snapshot():
    return sorted(
        (p.locale.language_code, p.url_path, p.title, p.live, p.latest_revision_id is not None)
        for p in Page.objects.select_related("locale").filter(depth__gt=1)
    )


def seed(home_page, locales):
    """The demo site (seed_demo makes its own home page), seeded once for this module
    (`seeded`); how many tasks wait in the queue after it. As in production, tasks wait in a
    queue that nobody drains during the seed."""
    with override_settings(TASKS=QUEUE_NOBODY_DRAINS):
        call_command("seed_demo", stdout=StringIO())
        return len(default_task_backend.results)


seeded = once_per_module(seed)


def test_seed_twice_gives_the_same_site(seeded):
    first = snapshot()
    revisions = {p.id: p.latest_revision_id for p in Page.objects.all()}
    call_command("seed_demo", stdout=StringIO())
    assert snapshot() == first
    assert {p.id: p.latest_revision_id for p in Page.objects.all()} == revisions
    assert HomePage.objects.count() == 3


def test_while_seeding_a_new_slug_leaves_no_redirect(home_page, django_capture_on_commit_callbacks):
    """Each translation is renamed from the French slug before it is first published: while
    seeding, no redirect from that slug fills the admin's list. (Wagtail sends the signal on
    commit, which the seed's own transaction reaches inside `no_redirects_for_new_slugs`; the
    module's seed above runs in a transaction rolled back, where it is never sent.)"""
    page = StandardPageFactory(
        parent=home_page, title="Une page renommée", slug="une-page-renommee"
    )

    def rename(slug):
        with django_capture_on_commit_callbacks(execute=True):
            page.slug = slug
            page.save_revision().publish()

    with no_redirects_for_new_slugs():
        rename("a-renamed-page")
    assert not Redirect.objects.exists()

    rename("una-pagina-rinominata")  # outside the seed, Wagtail keeps the old address
    assert Redirect.objects.get().old_path == "/a-renamed-page"


def test_search_finds_the_seeded_pages_with_no_indexing_left_in_the_queue(seeded, client):
    assert seeded == 0
    for language in ("fr", "en", "it"):
        with translation.override(language):
            url = reverse("search")
        response = client.get(url, {"q": "Embrun"})
        assert response.status_code == 200
        assert response.context["results"].paginator.count > 0
        assert "Embrun" in response.content.decode()


def test_seed_builds_three_languages_and_the_forums(seeded):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert {p.locale.language_code for p in home.get_translations(inclusive=True)} == {
        "fr",
        "en",
        "it",
    }
    titles = set(Page.objects.filter(locale__language_code="fr").values_list("title", flat=True))
    assert {"Forum 2018 à Embrun", "Table ronde 2019 à Tallard", "Forum 2021"} <= titles
    settings = SiteSettings.for_site(site)
    assert settings.contact_email.endswith("example.org")
    assert settings.accessibility_page is not None


def test_seed_shows_the_press_book_at_work(seeded):
    """A correction waits for an editor, a press release is ready for its segment."""
    from press.models import ChangeStatus, ContactChange, PressMailing

    change = ContactChange.objects.get(status=ChangeStatus.PENDING)
    assert change.proposed_by.username == "lucie.laroue" and "role" in change.changes
    mailing = PressMailing.objects.get(sent_at=None)
    assert mailing.organisation.slug == "la-roue"
    assert mailing.recipients().exists()  # the demo book has journalists for it


def test_every_seeded_page_type_and_its_admin_edit_view_render(seeded, client):
    """One page of each type in each language renders for the public and in the editor's form
    (pages of one type share their view, template and edit form)."""
    admin = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    pages = list(Page.objects.filter(depth__gt=1).live().specific().order_by("path"))
    assert len(pages) >= 400
    kinds = {}
    for page in pages:
        kinds.setdefault((type(page), page.locale_id), page)
    assert (
        len(kinds) == 3 * len({kind for kind, _locale in kinds}) >= 3 * 9
    )  # every type, 3 languages
    for page in kinds.values():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    client.force_login(admin)
    for page in kinds.values():
        response = client.get(f"/admin/pages/{page.id}/edit/")
        assert response.status_code == 200, page.url


PUBLIC_QUERY_BUDGET = 12


def public_urls():
    """One URL of every public page type and route, in each language where it exists."""
    urls = ["/sitemap.xml", reverse("search") + "?q=Embrun"]
    pages = Page.objects.filter(depth__gt=1).live().specific().order_by("path")
    kinds = {}
    for page in pages:
        kinds.setdefault((type(page), page.locale_id), page)
    month = timezone.localdate() + timedelta(days=31)
    for page in kinds.values():
        urls.append(page.url)
        if isinstance(page, AgendaPage):
            urls += [
                page.url + route
                for route in (
                    "past/",
                    "agenda.ics",
                    f"month/{month.year}/{month.month}/",
                    "events.csv",
                    "events.json",
                )
            ]
        elif isinstance(page, NewsIndexPage):
            urls += [page.url + "rss.xml", page.url + "atom.xml", page.url + "?kind=press"]
        elif isinstance(page, DirectoryPage):
            urls += [
                page.url + route
                for route in ("organisations.csv", "organisations.json", "gogocarto.json")
            ]
    return urls


def queries_per_url(client, urls):
    counts = {}
    for url in urls:
        assert client.get(url).status_code == 200, url  # what is cached once is warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_every_public_page_stays_within_its_query_budget_however_much_content(seeded, client):
    """With the page cache off (as for each worker's first request after a publish), every
    public page type costs at most PUBLIC_QUERY_BUDGET queries, and exactly as many once the
    site holds more events, dates, organisations and news (the seed already fills more than one
    listing page of each: 84 events, 36 organisations, 45 news)."""
    urls = public_urls()
    before = queries_per_url(client, urls)
    over = {url: count for url, count in before.items() if count > PUBLIC_QUERY_BUDGET}
    assert not over

    agenda = AgendaPage.objects.get(locale__language_code="fr")
    newsroom = NewsIndexPage.objects.get(locale__language_code="fr")
    directory = DirectoryPage.objects.get(locale__language_code="fr")
    organisation = OrganisationPage.objects.filter(locale=directory.locale).first()
    themes = list(Theme.objects.all()[:3])
    for n in range(6):
        EventPageFactory(
            parent=agenda,
            themes=themes,
            organisers=[organisation],
            rrule="FREQ=WEEKLY;COUNT=4" if n % 5 == 0 else "",
            start=timezone.now().replace(microsecond=0) + timedelta(days=n % 40, hours=n),
        )
        NewsPageFactory(parent=newsroom, themes=themes, organisations=[organisation])
    for _n in range(3):
        OrganisationPageFactory(parent=directory, themes=themes)

    assert queries_per_url(client, urls) == before


def test_every_public_page_type_describes_itself_to_search_engines(seeded, client):
    """Listing pages too (Lighthouse SEO): their introduction when no search description."""
    pages = Page.objects.filter(depth__gt=1).live().specific().order_by("path")
    kinds = {}
    for page in pages:
        kinds.setdefault((type(page), page.locale_id), page)
    for page in kinds.values():
        html = client.get(page.url).content.decode()
        assert html.count('<meta name="description" content="') == 1, page.url
        content = html.split('<meta name="description" content="')[1].split('"')[0]
        assert len(content) > 20 and "<" not in content, page.url


def test_the_seeded_demo_lists_the_same_dates_in_every_language(seeded, client):
    agendas = {
        page.locale.language_code: page
        for page in AgendaPage.objects.select_related("locale").filter(depth=3)
    }
    assert set(agendas) == {"fr", "en", "it"}
    french = listed_dates(client, agendas["fr"])
    assert len(french) == AgendaPage.PER_PAGE
    for code in ("en", "it"):
        assert listed_dates(client, agendas[code]) == french
        assert occurrences(agendas[code]) == occurrences(agendas["fr"])
    fr_events = EventPage.objects.live().filter(locale__language_code="fr")
    for event in fr_events:
        assert set(copies_of(event)) == {"fr", "en", "it"}, event.title
