"""A journalist keeps their own record in a real browser, with the keyboard only: from the
e-mailed link, they tick a subject they cover, say how they like to be contacted and confirm;
the link is then spent. The request page and the form have no accessibility violations."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from press import self_update
from tests.browser.conftest import axe_violations, ensure_taxonomies
from tests.press.factories import PressContactFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def journalist(home_page):
    ensure_taxonomies()
    return PressContactFactory(
        first_name="Élise", last_name="Faure", email="elise.faure@alpesetmidi.example"
    )


def test_a_journalist_corrects_their_details_with_the_keyboard(page, live_server, journalist):
    page.goto(f"{live_server.url}/presse/mes-coordonnees/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mettre à jour mes coordonnées dans le fichier presse"
    )
    assert axe_violations(page) == []

    self_update.send_link(journalist, origin="member")
    (link,) = re.findall(r"https?://[^/\s]+(/\S+:\S+/)", mail.outbox[-1].body)
    page.goto(live_server.url + link)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mes coordonnées dans le fichier presse"
    )
    assert axe_violations(page) == []

    culture = page.get_by_role("checkbox", name="Culture", exact=True)
    culture.focus()
    page.keyboard.press("Space")
    expect(culture).to_be_checked()
    page.get_by_role("textbox", name="Comment je préfère être contacté·e").focus()
    page.keyboard.type("Par courriel, le matin.")
    page.get_by_role("button", name="Ces coordonnées sont justes").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("vos coordonnées sont enregistrées")
    assert axe_violations(page) == []
    journalist.refresh_from_db()
    assert [theme.name for theme in journalist.beats.all()] == ["Culture"]
    assert journalist.contact_preferences == "Par courriel, le matin."

    assert page.console_errors == []
    page.goto(live_server.url + link)  # spent: a 410 that says so
    expect(page.get_by_role("alert")).to_contain_text("Ce lien ne fonctionne plus")
