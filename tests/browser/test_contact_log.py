"""The shared contact log in a real browser, as a volunteer communicator whose admin speaks
French: from a journalist's page in the press book, "Noter une sollicitation", the contact
already chosen, a subject and a result; the entry shows on the journalist's page. The form and
the page have no accessibility violations (axe-core)."""

import pytest
from playwright.sync_api import expect

from press.models import Pitch, PitchResult
from tests.browser.conftest import axe_violations, logged_in, press_book_members
from tests.press.factories import PressContactFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def journalist(home_page):
    press_book_members(home_page)
    return PressContactFactory(first_name="Élise", last_name="Faure")


def test_a_communicator_logs_a_pitch_from_a_journalist_s_page(page, live_server, journalist):
    logged_in(page, live_server, "alice")
    page.goto(f"{live_server.url}/admin/snippets/press/presscontact/inspect/{journalist.pk}/")
    expect(
        page.get_by_text("Aucun membre n'a noté de sollicitation de ce contact.")
    ).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Noter une sollicitation").click()
    expect(page.locator("#id_contact-chooser")).to_contain_text("Élise Faure")
    page.get_by_role("textbox", name="Sujet").fill("Fête de la monnaie locale, samedi à Gap")
    page.get_by_role("combobox", name="Résultat").select_option(label="Publié")
    assert axe_violations(page) == []
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages .success")).to_be_visible()
    pitch = Pitch.objects.get()
    assert pitch.contact == journalist and pitch.result == PitchResult.PUBLISHED
    assert pitch.pitched_by.username == "alice"
    page.goto(f"{live_server.url}/admin/snippets/press/presscontact/inspect/{journalist.pk}/")
    expect(page.locator("#pitches-title + ul")).to_contain_text("Fête de la monnaie locale")
    assert page.console_errors == []
