"""A communicator of A cannot edit, publish, delete or see the drafts of B's content — through
the admin's views and through every direct URL Wagtail has for a page or a snippet, GET and
POST, nor through listings, choosers, bulk actions, reports or the admin API.

Every title and address of B's private content carries CONFIDENTIAL: no response shown to A
may contain it, and after every request B's content is exactly as it was."""

from django.urls import reverse

from wagtail.models import Page, PageViewRestriction, WorkflowState

import pytest

from agenda.models import CalendarSource
from news.models import FeedSource
from tests.accounts import content
from tests.accounts.conftest import (
    built_once_on_module_scene,
    from_module_scene,
    outcome,
    read_again,
)

pytestmark = pytest.mark.django_db

# One scene for the module's tests, built once (tests/accounts/conftest.py `module_scene`)
# and read afresh by each test inside its own savepoint.
home_page = from_module_scene("home_page")
agenda = from_module_scene("agenda")
newsroom = from_module_scene("newsroom")
org_a = from_module_scene("org_a")
org_b = from_module_scene("org_b")
communicator_a = from_module_scene("communicator_a")
communicator_b = from_module_scene("communicator_b")
editor = from_module_scene("editor")
superuser = from_module_scene("superuser")

CONFIDENTIAL = "confidentiel"
# Wagtail's refusals: "permission denied" (redirect to the dashboard with its message), a bare
# 403, a 404 for what the user may not know of, a 405 for a method the view does not take.
REFUSALS = {"denied", "HTTP 403 → ", "HTTP 404 → ", "HTTP 405 → "}


def build_b_content(scene):
    """B's private content: a draft event waiting for moderation, a live event with an
    unpublished change, a draft news item, B's two sources. (And one of A's, not to confuse
    "refused" with "nothing to see".)"""
    agenda, newsroom = scene["agenda"], scene["newsroom"]
    org_a, org_b, communicator_b = scene["org_a"], scene["org_b"], scene["communicator_b"]
    waiting = content.draft_event(
        agenda, org_b, title="Brouillon confidentiel de Ludambule", slug="brouillon-b"
    )
    waiting.get_workflow().start(waiting, communicator_b)
    live = content.live_event(agenda, org_b, title="Bal de Ludambule", slug="bal-b")
    live.title = "Projet confidentiel de Ludambule"
    live.save_revision(user=communicator_b)
    news = content.draft_news(newsroom, org_b, title="Nouvelle confidentielle de Ludambule")
    calendar = content.calendar_source(
        org_b, name="Agenda confidentiel", url="https://ludambule.example.org/confidentiel.ics"
    )
    feed = content.feed_source(org_b, url="https://ludambule.example.org/confidentiel.xml")
    content.live_event(agenda, org_a, title="Atelier de La Roue")
    return {
        "waiting event": Page.objects.get(pk=waiting.pk),
        "live event": Page.objects.get(pk=live.pk),
        "draft news": Page.objects.get(pk=news.pk),
        "calendar source": calendar,
        "feed source": feed,
    }


_b_content = built_once_on_module_scene(build_b_content)


@pytest.fixture
def b_content(_b_content, db):
    """B's private content, built once for the module, read afresh for each test."""
    return {key: read_again(reference) for key, reference in _b_content.items()}


def snapshot():
    """Everything A must not be able to change."""
    return {
        "pages": sorted(
            Page.objects.values_list(
                "pk",
                "path",
                "url_path",
                "live",
                "title",
                "draft_title",
                "latest_revision_id",
                "locked",
                "has_unpublished_changes",
            )
        ),
        "workflows": sorted(WorkflowState.objects.values_list("pk", "status")),
        "restrictions": PageViewRestriction.objects.count(),
        "calendar sources": sorted(
            CalendarSource.objects.values_list("pk", "name", "url", "publish_directly", "active")
        ),
        "feed sources": sorted(
            FeedSource.objects.values_list("pk", "url", "publish_directly", "active")
        ),
    }


def page_urls(page, agenda, newsroom):
    """Every URL of wagtail/admin/urls/pages.py that takes a page (the names are Wagtail's)."""
    revision = page.latest_revision
    state = (
        WorkflowState.objects.filter(
            base_content_type=page.content_type_id, object_id=str(page.pk)
        ).first()
        or WorkflowState.objects.first()
    )
    task_state = state.current_task_state
    destination = page.get_parent()  # the one destination Wagtail's page types allow
    urls = {
        "edit": [page.pk],
        "delete": [page.pk],
        "unpublish": [page.pk],
        "view_draft": [page.pk],
        "preview_on_edit": [page.pk],
        "revisions_index": [page.pk],
        "history": [page.pk],
        "history_results": [page.pk],
        "revisions_view": [page.pk, revision.pk],
        "revisions_compare": [page.pk, "earliest", "latest"],
        "revisions_revert": [page.pk, revision.pk],
        "revisions_unschedule": [page.pk, revision.pk],
        "move": [page.pk],
        "move_confirm": [page.pk, destination.pk],
        "set_page_position": [page.pk],
        "copy": [page.pk],
        "lock": [page.pk],
        "unlock": [page.pk],
        "usage": [page.pk],
        "workflow_history": [page.pk],
        "workflow_history_detail": [page.pk, state.pk],
        "workflow_action": [page.pk, "approve", task_state.pk],
        "collect_workflow_action_data": [page.pk, "approve", task_state.pk],
        "workflow_preview": [page.pk, task_state.task_id],
        "set_privacy": [page.pk],
        "add_subpage": [page.pk],
        "convert_alias": [page.pk],
    }
    return {name: reverse(f"wagtailadmin_pages:{name}", args=args) for name, args in urls.items()}


POSTS = {
    "copy": {
        "new_title": "Copie confidentiel",
        "new_slug": "copie",
        "new_parent_page": "",
        "publish_copies": "on",
    },
    "set_privacy": {"restriction_type": "password", "password": "x"},
    "workflow_action": {"comment": "ok"},
    "collect_workflow_action_data": {"comment": "ok"},
    "set_page_position": {"position": "0"},
}


def follow_to_refusal(client, method, url, data=None):
    """Wagtail answers some URLs with a redirect to another view (revisions → history):
    follow those, never the one to the dashboard or the login page."""
    response = getattr(client, method)(url, data or {})
    for _hop in range(3):
        if response.status_code != 302 or outcome(response) in {"denied", "login"}:
            break
        response = client.get(response["Location"])
    return response


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("key", ["waiting event", "live event", "draft news"])
def test_no_page_url_opens_another_organisations_page(
    client, subtests, b_content, communicator_a, agenda, newsroom, key, method
):
    page = b_content[key]
    before = snapshot()
    client.force_login(communicator_a)
    for name, url in page_urls(page, agenda, newsroom).items():
        with subtests.test(view=name):
            if name == "move_confirm":
                # confirm the move into the destination
                response = follow_to_refusal(client, method, url)
            else:
                response = follow_to_refusal(client, method, url, POSTS.get(name))
            assert outcome(response) in REFUSALS
            assert CONFIDENTIAL not in response.content.decode()
            assert snapshot() == before


def test_the_refusals_are_the_permissions_not_the_urls(
    client, b_content, editor, communicator_b, agenda, newsroom
):
    """The same URLs open for an editor, and the edit views for B (the test above can fail)."""
    page = b_content["waiting event"]
    urls = page_urls(page, agenda, newsroom)
    client.force_login(editor)
    for name in ["edit", "history", "move_confirm", "copy", "workflow_history"]:
        assert outcome(client.get(urls[name])) == "ok", name
    client.force_login(communicator_b)
    for name in ["edit", "history", "workflow_history"]:
        assert outcome(client.get(urls[name])) == "ok", name
    # (Wagtail's usage view first asks for a page permission on some page, which communicators
    # have none of)
    assert outcome(client.get(urls["usage"])) == "denied"


def test_an_editor_and_the_organisation_preview_an_event_waiting_for_review(
    client, b_content, editor, communicator_b, agenda, newsroom
):
    """The reviewers preview it from the workflow; its organisation sees its own draft."""
    urls = page_urls(b_content["waiting event"], agenda, newsroom)
    for user, names in [
        (editor, ["view_draft", "workflow_preview"]),
        (communicator_b, ["view_draft"]),
    ]:
        client.force_login(user)
        for name in names:
            response = client.get(urls[name])
            assert response.status_code == 200, (user, name)
            assert CONFIDENTIAL in response.content.decode()


def test_publishing_by_a_forged_edit_post_changes_nothing(
    client, b_content, communicator_a, superuser
):
    """The edit form of B's page as an administrator sees it, posted by A with every action
    Wagtail's edit view knows."""
    from tests.accounts.conftest import form_data

    page = b_content["waiting event"]
    admin = type(client)(headers={"accept-language": "en"})
    admin.force_login(superuser)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(admin.get(url), {"title": "Pris par A"})
    before = snapshot()
    client.force_login(communicator_a)
    for action in [
        "action-publish",
        "action-submit",
        "action-workflow-action",
        "action-cancel-workflow",
        "action-restart-workflow",
        "",
    ]:
        response = client.post(url, {**data, **({action: action} if action else {})})
        assert outcome(response) == "denied"
    assert snapshot() == before


def test_workflow_cancellation_modal_shows_no_content(client, b_content, communicator_a):
    """Wagtail's confirmation modal (asked before publishing a page in moderation) answers any
    admin user without a permission check: it names the workflow and the task, nothing of
    the page, and changes nothing."""
    page = b_content["waiting event"]
    before = snapshot()
    client.force_login(communicator_a)
    url = reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[page.pk])
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        assert CONFIDENTIAL not in response.content.decode()
        assert "Ludambule" not in response.content.decode()
    assert snapshot() == before


SNIPPETS = {
    "calendar source": "wagtailsnippets_agenda_calendarsource",
    "feed source": "wagtailsnippets_news_feedsource",
}
CHOOSERS = {
    "calendar source": "wagtailsnippetchoosers_agenda_calendarsource",
    "feed source": "wagtailsnippetchoosers_news_feedsource",
}


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("key", ["calendar source", "feed source"])
def test_no_source_url_opens_another_organisations_source(
    client, subtests, b_content, communicator_a, key, method
):
    source = b_content[key]
    name = SNIPPETS[key]
    urls = {
        view: reverse(f"{name}:{view}", args=[source.pk])
        for view in ["edit", "delete", "copy", "usage", "history", "history_results"]
    }
    urls["chosen"] = reverse(f"{CHOOSERS[key]}:chosen", args=[source.pk])
    if key == "calendar source":
        urls["sync now"] = reverse("agenda_sync_now", args=[source.pk])
    before = snapshot()
    client.force_login(communicator_a)
    for view, url in urls.items():
        with subtests.test(view=view):
            response = getattr(client, method)(url)
            assert outcome(response) in REFUSALS
            assert CONFIDENTIAL not in response.content.decode()
            assert snapshot() == before


def listing_urls(b_content, agenda):
    waiting = b_content["waiting event"]
    bulk = {
        f"bulk {action} of B's draft": reverse(
            "wagtail_bulk_action", args=["wagtailcore", "page", action]
        )
        + f"?id={waiting.pk}&id={b_content['live event'].pk}"
        for action in ["publish", "unpublish", "delete", "move"]
    }
    bulk.update(
        {
            f"bulk {action} of all the agenda": reverse(
                "wagtail_bulk_action", args=["wagtailcore", "page", action]
            )
            + f"?id=all&childOf={agenda.pk}"
            for action in ["publish", "delete"]
        }
    )
    for key, model in [("calendar source", "calendarsource"), ("feed source", "feedsource")]:
        app = "agenda" if model == "calendarsource" else "news"
        bulk[f"bulk delete of B's {key}"] = (
            reverse("wagtail_bulk_action", args=[app, model, "delete"]) + f"?id={b_content[key].pk}"
        )
        bulk[f"bulk delete of every {key}"] = (
            reverse("wagtail_bulk_action", args=[app, model, "delete"]) + "?id=all"
        )
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[agenda.pk]),
        "page search": reverse("wagtailadmin_pages:search") + "?q=confidentiel",
        "page chooser": reverse("wagtailadmin_choose_page_child", args=[agenda.pk]),
        "page chooser search": reverse("wagtailadmin_choose_page_search") + "?q=Ludambule",
        "admin API listing": reverse("wagtailadmin_api:pages:listing") + f"?child_of={agenda.pk}",
        "admin API detail": reverse("wagtailadmin_api:pages:detail", args=[waiting.pk]),
        "pages of this type": reverse("wagtailadmin_pages:type_use", args=["agenda", "eventpage"]),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "workflow report": reverse("wagtailadmin_reports:workflow"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "calendar sources": reverse("wagtailsnippets_agenda_calendarsource:list"),
        "calendar sources search": reverse("wagtailsnippets_agenda_calendarsource:list_results")
        + "?q=confidentiel",
        "feed sources": reverse("wagtailsnippets_news_feedsource:list"),
        "calendar source chooser": reverse(f"{CHOOSERS['calendar source']}:choose"),
        "calendar source chooser results": reverse(f"{CHOOSERS['calendar source']}:choose_results")
        + "?q=confidentiel",
        "feed source chooser": reverse(f"{CHOOSERS['feed source']}:choose"),
        "chosen several sources": reverse(f"{CHOOSERS['calendar source']}:chosen_multiple")
        + f"?id={b_content['calendar source'].pk}",
        "calendar upload": reverse("agenda_ical_upload"),
        **bulk,
    }


@pytest.mark.indexed
def test_no_listing_chooser_bulk_action_or_report_shows_another_organisations_drafts(
    client, subtests, b_content, communicator_a, agenda
):
    before = snapshot()
    client.force_login(communicator_a)
    for name, url in listing_urls(b_content, agenda).items():
        with subtests.test(view=name):
            for method in ("get", "post"):
                response = getattr(client, method)(url)
                assert CONFIDENTIAL not in response.content.decode()
                assert snapshot() == before


@pytest.mark.indexed
def test_the_same_listings_show_the_drafts_to_their_organisation(
    client, b_content, communicator_b, agenda
):
    """The requests above, as B: B's content does appear (the test above can fail)."""
    client.force_login(communicator_b)
    urls = listing_urls(b_content, agenda)
    for name in [
        "dashboard",
        "page chooser",
        "page chooser search",
        "calendar sources",
        "calendar source chooser",
        "bulk delete of B's draft",
        "bulk delete of B's calendar source",
    ]:
        assert CONFIDENTIAL in client.get(urls[name]).content.decode(), name


def test_the_public_site_never_shows_a_draft(client, b_content, communicator_a, agenda):
    client.force_login(communicator_a)
    waiting = b_content["waiting event"]
    assert client.get(waiting.url).status_code == 404
    for url in [agenda.url, agenda.url + "agenda.ics"]:
        response = client.get(url)
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert CONFIDENTIAL not in body.decode()
        assert "Bal de Ludambule" in body.decode()
