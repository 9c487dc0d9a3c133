"""The register of places in a real browser, as a volunteer communicator whose admin speaks
French: an existing place chosen in the event form with the snippet chooser (searched by name),
the event submitted, and once published its page shows the place's venue, address and commune.
The edit form has no accessibility violations (axe-core)."""

from django.test import Client

from wagtail.models import Page

import pytest
from playwright.sync_api import expect

from agenda.models import EventPage, Place
from tests.agenda.conftest import commune, in_days
from tests.browser.conftest import autosaved, axe_violations, logged_in
from tests.browser.test_recurrence_editor import (  # noqa: F401
    fill_event,
    open_new_event,
    settle,
    site,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Permanence du comptoir de change"


@pytest.fixture
def gare(site):  # noqa: F811
    return Place.objects.create(
        name="La Gare aux Idées", address="1 rue des Cheminots", commune=commune("05179")
    )


def test_a_communicator_chooses_a_place_of_the_register(page, live_server, site, gare):  # noqa: F811
    logged_in(page, live_server, "alice")
    open_new_event(page, live_server, site["agenda"])
    fill_event(page, in_days(8), site["roue"])

    page.locator("#id_place-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("textbox").first.fill("gare")
    modal.get_by_role("link", name="La Gare aux Idées, Veynes").click()
    expect(page.locator("#id_place-chooser")).to_contain_text("La Gare aux Idées")
    autosaved(page)
    settle(page)
    assert axe_violations(page) == []

    page.locator("footer .footer__container [data-w-dropdown-target=toggle]").first.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    event = EventPage.objects.get(title=TITLE)
    assert event.place == gare and event.venue == "La Gare aux Idées"

    page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    settle(page)
    assert axe_violations(page) == []

    event.get_latest_revision().publish()
    html = Client().get(Page.objects.get(pk=event.pk).url).content.decode()
    assert "La Gare aux Idées<br>1 rue des Cheminots<br>05400 Veynes" in html
