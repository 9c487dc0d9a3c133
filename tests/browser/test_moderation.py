"""Moderation in a real browser: a communicator logs in through Wagtail's login form, opens "New
event" from their dashboard, fills the event and submits it to the editors; an editor logs in
and approves it from the dashboard; the event is then on the public agenda and in its feed."""

import re

from wagtail.models import TaskState

import pytest
from playwright.sync_api import expect

from agenda.models import EventPage
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import in_days
from tests.browser.conftest import ensure_taxonomies, log_in
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
    log_in(tab, live_server, "alice")
    tab.get_by_role("link", name="New event").click()
    tab.wait_for_url(re.compile(r"/admin/pages/add/agenda/eventpage/\d+/$"))

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
