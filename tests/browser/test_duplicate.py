"""Duplicating an event for its next edition in a real browser, as a communicator working in
French: from their event's edit page, "Dupliquer pour une nouvelle édition" in the header's
menu, the new first day in the form (which passes axe), and the new edition's draft opens."""

import re
from datetime import timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

import pytest

from agenda.models import EventPage
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import in_days
from tests.browser.conftest import axe_violations, ensure_taxonomies, logged_in
from tests.factories import AgendaPageFactory, DirectoryPageFactory, EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(home_page):
    ensure_taxonomies()
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    roue = organisation(DirectoryPageFactory(parent=home_page), "org_a")  # La Roue
    alice = make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    UserProfile.objects.filter(user=alice).update(preferred_language="fr")
    event = EventPageFactory(
        parent=agenda,
        title="Fête du vélo",
        slug="fete-du-velo",
        start=in_days(3, hour=14, minute=0),
        end=in_days(3, hour=18, minute=0),
        organisers=[roue],
    )
    return {"agenda": agenda, "event": event}


def test_a_communicator_duplicates_their_event_for_next_year(page, live_server, site):
    event = site["event"]
    next_year = timezone.localtime(event.start).date() + timedelta(weeks=52)
    logged_in(page, live_server, "alice")
    page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")

    page.locator("header [data-w-dropdown-target=toggle]").first.click()
    with translation.override("fr"):  # "Dupliquer pour une nouvelle édition"
        label = gettext("Duplicate for a new edition")
    page.get_by_role("link", name=label).click()
    page.wait_for_url(re.compile(rf"/admin/agenda/events/{event.pk}/duplicate/$"))
    assert axe_violations(page) == []

    page.fill("#id_first_day", next_year.isoformat())
    page.keyboard.press("Escape")  # closes the date picker
    page.get_by_role("button", name=re.compile("brouillon|draft", re.I)).click()

    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    copy = EventPage.objects.exclude(pk=event.pk).get()
    assert page.url.endswith(f"/admin/pages/{copy.pk}/edit/")
    assert "Fête du vélo" in page.locator(".messages").inner_text()
    assert page.locator("#id_title").input_value() == "Fête du vélo"
    assert not copy.live and copy.slug == "fete-du-velo-2"
    assert timezone.localtime(copy.start).date() == next_year
    assert timezone.localtime(copy.start).hour == 14
    assert page.console_errors == []
