"""`seed_demo` builds the same believable site every time, and everything it builds renders."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

import pytest
from django_tasks import default_task_backend

from home.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db

QUEUE_NOBODY_DRAINS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def snapshot():
    return sorted(
        (p.locale.language_code, p.url_path, p.title, p.live, p.latest_revision_id is not None)
        for p in Page.objects.select_related("locale").filter(depth__gt=1)
    )


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The demo site, seeded once for this module inside a transaction rolled back at its end
    (each test still runs in its own savepoint)."""
    with django_db_blocker.unblock(), transaction.atomic():
        # As in production, tasks wait in a queue that nobody drains during the seed.
        with override_settings(TASKS=QUEUE_NOBODY_DRAINS):
            call_command("seed_demo", stdout=StringIO())
            queued = len(default_task_backend.results)
        yield queued
        transaction.set_rollback(True)


def test_seed_twice_gives_the_same_site(seeded):
    first = snapshot()
    revisions = {p.id: p.latest_revision_id for p in Page.objects.all()}
    call_command("seed_demo", stdout=StringIO())
    assert snapshot() == first
    assert {p.id: p.latest_revision_id for p in Page.objects.all()} == revisions
    assert HomePage.objects.count() == 3


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


def test_every_seeded_page_type_and_its_admin_edit_view_render(seeded, client):
    """One page of each type in each language renders for the public (pages of one type share
    their view and template), and the editor's form of every French page (the originals
    volunteers edit) and of one page of each type in each other language."""
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
    for page in pages:
        if page.locale.language_code != "fr" and kinds[(type(page), page.locale_id)] != page:
            continue
        response = client.get(f"/admin/pages/{page.id}/edit/")
        assert response.status_code == 200, page.url
