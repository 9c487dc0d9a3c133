"""Moderation in a real browser: a communicator logs in through Wagtail's login form, opens "New
event" from their dashboard, fills the event and submits it to the editors; an editor logs in
and approves it from the dashboard; the event is then on the public agenda and in its feed.
And when the editor asks for changes: the communicator, in French, reads the comment on the
dashboard and on the page, answers it and submits again."""

import re

from django.core import mail

from wagtail.models import Page, TaskState, WorkflowState
from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect

from agenda.models import EventPage
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.accounts import content
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import in_days
from tests.browser.conftest import (
    autosaved,
    axe_violations,
    edits_watched,
    ensure_taxonomies,
    log_in,
    watch_requests,
)
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Atelier réparation de vélos à Gap"


@pytest.fixture
def site(home_page):
    ensure_taxonomies()
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    roue = organisation(DirectoryPageFactory(parent=home_page), "org_a")  # La Roue
    return {
        "agenda": agenda,
        "roue": roue,
        "communicator": make_user("alice", groups=[COMMUNICATORS], organisations=[roue]),
        "editor": make_user("edith", groups=[NETWORK_EDITORS]),
    }


def fill_date(tab, selector, value):
    tab.fill(selector, value)
    tab.keyboard.press("Tab")  # closes the date picker


def test_a_communicators_event_is_approved_by_an_editor_and_published(browser, live_server, site):
    start = in_days(10, hour=18, minute=0)
    communicator = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = communicator.new_page()
    watch_requests(communicator, tab)
    log_in(tab, live_server, "alice")
    tab.get_by_role("link", name="New event").click()
    tab.wait_for_url(re.compile(r"/admin/pages/add/agenda/eventpage/\d+/$"))
    edits_watched(tab)

    tab.fill("#id_title", TITLE)
    tab.fill("#id_summary", "On répare ensemble, outils fournis.")
    fill_date(tab, "#id_start", start.strftime("%Y-%m-%d %H:%M"))
    fill_date(tab, "#id_end", start.replace(hour=20).strftime("%Y-%m-%d %H:%M"))
    tab.fill("#id_venue", "Atelier de La Roue")
    # the commune, through Wagtail's snippet chooser
    tab.locator("#id_commune-chooser .chooser__choose-button").click()
    # (communes are not searchable there: one on the first page of the list)
    tab.locator(".modal-content a", has_text="Ancelle (05260)").click()
    tab.wait_for_function("() => document.getElementById('id_commune').value !== ''")
    tab.select_option("#id_organisers", [str(site["roue"].pk)])
    autosaved(tab)

    # submit to moderation: in the footer's "more actions" menu
    tab.locator("footer .footer__container [data-w-dropdown-target=toggle]").first.click()
    tab.locator("button[name=action-submit]").click()
    tab.wait_for_url(live_server.url + "/admin/")
    assert "submitted for moderation" in tab.locator(".messages").inner_text()
    assert "permission" not in tab.locator(".messages").inner_text()
    waiting = tab.locator("section", has_text="Waiting for moderation")
    assert TITLE in waiting.first.inner_text()
    event = EventPage.objects.get(title=TITLE)
    assert not event.live and event.workflow_in_progress
    communicator.close()

    # the editor approves it from the dashboard
    editor = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = editor.new_page()
    watch_requests(editor, tab)
    log_in(tab, live_server, "edith")
    row = tab.locator("tr", has_text=TITLE)
    row.get_by_role("button", name="Actions").click()
    tab.get_by_role("button", name="Approve with comment", exact=True).click()
    modal = tab.locator(".modal-content")
    modal.locator("textarea[name=comment]").fill("Parfait, merci !")
    modal.locator("button[type=submit]").click()
    expect(tab.locator("tr", has_text=TITLE)).to_have_count(0)
    tab.wait_for_load_state()
    event.refresh_from_db()
    assert event.live
    (task_state,) = TaskState.objects.filter(workflow_state__object_id=str(event.pk))
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.finished_by == site["editor"]
    assert task_state.comment == "Parfait, merci !"

    # on the public agenda and in its feed
    tab.goto(live_server.url + site["agenda"].url)
    assert TITLE in tab.locator(".event-card h3").all_inner_texts()
    response = tab.request.get(live_server.url + site["agenda"].url + "agenda.ics")
    assert response.ok
    assert f"SUMMARY:{TITLE}" in response.text().replace("\r\n ", "")
    editor.close()


COMMENT = "Il manque le lieu exact : dans quelle salle ?"


@pytest.fixture
def sent_back(site):
    """Alice's event, submitted, that the editor sent back with a comment; Alice's admin speaks
    the site's default language, French."""
    UserProfile.objects.filter(user=site["communicator"]).update(preferred_language="")
    event = content.draft_event(site["agenda"], site["roue"], title=TITLE)
    event.get_workflow().start(event, site["communicator"])
    task_state = Page.objects.get(pk=event.pk).current_workflow_task_state
    task_state.task.specific.on_action(task_state, site["editor"], "reject", comment=COMMENT)
    mail.outbox.clear()
    return event


def test_a_communicator_reads_the_editors_comment_then_edits_and_resubmits(
    page, live_server, site, sent_back
):
    tab = page
    log_in(tab, live_server, "alice")

    # the dashboard says what the editor asked, in words and in French
    expect(tab.get_by_role("heading", name="Modifications demandées", exact=True)).to_be_visible()
    changes = tab.locator(".my-organisation__changes")
    expect(changes).to_contain_text(COMMENT)
    expect(changes).to_contain_text(TITLE)
    assert axe_violations(tab) == []

    # on the page itself, the workflow's status gives the comment too
    changes.get_by_role("link", name=TITLE).click()
    tab.wait_for_url(re.compile(rf"/admin/pages/{sent_back.pk}/edit/$"))
    tab.locator('[data-side-panel-toggle="status"]').click()
    tab.get_by_role("button", name="Voir les détails").click()
    dialog = tab.locator("#workflow-status-dialog")
    expect(dialog).to_contain_text("Modifications demandées par Edith")
    expect(dialog).to_contain_text(COMMENT)
    tab.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    # she answers it and submits the event again
    tab.fill("#id_venue", "Salle polyvalente de La Roue, 12 rue de France, Gap")
    tab.locator("footer .footer__container [data-w-dropdown-target=toggle]").first.click()
    resubmit = tab.locator("button[name=action-submit]")
    expect(resubmit).to_contain_text("Resoumettre")
    resubmit.click()
    tab.wait_for_url(live_server.url + "/admin/")
    assert "permission" not in tab.locator(".messages").inner_text()

    waiting = tab.locator("section.panel").filter(has_text="En attente de validation")
    expect(waiting).to_contain_text(TITLE)
    expect(tab.locator("section.panel")).not_to_contain_text(COMMENT)
    assert axe_violations(tab) == []
    event = EventPage.objects.get(pk=sent_back.pk)
    assert event.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert event.get_latest_revision_as_object().venue.startswith("Salle polyvalente")
    assert not event.live
    # the editor is told once
    assert [m.to for m in mail.outbox] == [[site["editor"].email]]
