"""A volunteer communicator whose admin speaks French proposes a correction to a contact
another member added, in a real browser; a network editor then approves it. Both pages have no
accessibility violations (axe-core)."""

import pytest
from playwright.sync_api import expect

from press.models import ChangeStatus, ContactChange
from tests.browser.conftest import axe_violations, logged_in, press_book_members
from tests.press.factories import PressContactFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def journalist(home_page):
    users = press_book_members(home_page, "bruno")
    return PressContactFactory(
        first_name="Élise", last_name="Faure", role="Pigiste", added_by=users["bruno"]
    )


def test_a_communicator_proposes_a_correction_that_an_editor_applies(page, live_server, journalist):
    logged_in(page, live_server, "alice")
    page.goto(f"{live_server.url}/admin/snippets/press/presscontact/inspect/{journalist.pk}/")
    page.get_by_role("link", name="Proposer une correction").click()
    page.get_by_role("textbox", name="Fonction").fill("Rédactrice en chef")
    page.get_by_role("textbox", name="D'où viennent les nouvelles informations").fill(
        "Sa signature de courriel"
    )
    assert axe_violations(page) == []
    page.get_by_role("button", name="Transmettre à l'équipe éditoriale").click()
    expect(page.locator(".messages .success")).to_contain_text("transmise")
    change = ContactChange.objects.get()
    assert change.changes == {"role": "Rédactrice en chef"}

    page.context.clear_cookies()
    logged_in(page, live_server, "bruno")
    page.goto(f"{live_server.url}/admin/snippets/press/contactchange/review/{change.pk}/")
    expect(page.locator("table.listing")).to_contain_text("Pigiste")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Accepter et appliquer").click()
    expect(page.locator(".messages .success")).to_contain_text("Correction appliquée")
    journalist.refresh_from_db()
    change.refresh_from_db()
    assert journalist.role == "Rédactrice en chef" and change.status == ChangeStatus.APPROVED
    assert page.console_errors == []
