"""A network editor whose admin speaks French sends a press release to the journalists who
cover culture, in a real browser: writes it, ticks the beat, reads how many journalists it
will reach, sends. Both pages have no accessibility violations (axe-core)."""

from django.core import mail

import pytest
from playwright.sync_api import expect

from core.models import Theme
from press.models import PressMailing
from tests.browser.conftest import axe_violations, logged_in, press_book_members
from tests.press.factories import PressContactFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def journalists(home_page):
    press_book_members(home_page, "bruno")
    culture = Theme.objects.get(slug="culture")
    PressContactFactory(last_name="Faure", email="elise.faure@example.org", beats=[culture])
    PressContactFactory(last_name="Borel", email="lucie.borel@example.org", beats=[culture])
    PressContactFactory(last_name="Sport", email="sport@example.org")


def test_an_editor_sends_a_press_release_to_the_culture_journalists(page, live_server, journalists):
    logged_in(page, live_server, "bruno")
    page.goto(f"{live_server.url}/admin/snippets/press/pressmailing/add/")
    page.get_by_role("textbox", name="Objet").fill("La Roue fête ses dix ans")
    page.get_by_role("textbox", name="Message").fill(
        "Samedi à Briançon, fête de la monnaie locale."
    )
    page.get_by_role("checkbox", name="Culture", exact=True).check()
    assert axe_violations(page) == []
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages .success")).to_be_visible()

    mailing = PressMailing.objects.get()
    page.goto(f"{live_server.url}/admin/snippets/press/pressmailing/send/{mailing.pk}/")
    expect(page.locator("main")).to_contain_text("2 journalistes")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Envoyer maintenant").click()
    expect(page.locator(".messages .success")).to_contain_text("L'envoi est en route")
    assert sorted(m.to[0] for m in mail.outbox) == [
        "elise.faure@example.org",
        "lucie.borel@example.org",
    ]
    assert page.console_errors == []
