"""The event proposal form in a real browser: no accessibility violations (axe-core) on the
form and on the form showing errors, and a proposal filled in and sent with the keyboard only."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from agenda.models import EventPage
from core.models import Commune, Sector, Territory, Theme
from home.roles import ensure_roles
from tests.browser.conftest import axe_violations, tab_until
from tests.conftest import translate
from tests.factories import AgendaPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Troc de graines au jardin"


def next_day_numbered_as_its_month():
    """The next 1 January, 2 February … 12 December: Chromium orders a date field's parts by
    its own locale, not the page's, and on such a day "ddmmyyyy" and "mmddyyyy" agree."""
    day = timezone.localdate() + timedelta(days=1)
    while day.day != day.month:
        day += timedelta(days=1)
    return day


@pytest.fixture
def agenda(home_page, locales):
    if Commune.objects.count() == 0:  # a previous transactional test flushed the taxonomies
        from core.taxonomies import load_taxonomies

        load_taxonomies(Territory, Commune, Theme, Sector)
    agenda = AgendaPageFactory(parent=home_page)
    translate(agenda, locales["en"], title="What's on")
    ensure_roles()  # the flush removed the moderation workflow's root assignment
    return agenda


def test_form_has_no_accessibility_violations(page, live_server, agenda):
    response = page.goto(live_server.url + "/agenda/propose/")
    assert response.status == 200
    assert page.locator("form.proposal fieldset").count() == 4
    assert axe_violations(page) == []
    assert page.console_errors == []


def test_form_with_errors_has_no_accessibility_violations(page, live_server, agenda):
    page.goto(live_server.url + "/agenda/propose/")
    page.locator("#id_title").fill("<b>Fête</b>")
    page.locator("#id_start_date").fill((timezone.localdate() - timedelta(days=1)).isoformat())
    page.locator("form.proposal button[type=submit]").click()
    page.wait_for_selector("#form-problems")
    assert page.locator("#form-problems li a").count() >= 5
    assert page.locator("[aria-invalid=true]").count() >= 5
    assert page.locator("#id_title").get_attribute("aria-describedby") == "id_title_error"
    assert axe_violations(page) == []
    assert EventPage.objects.count() == 0


def test_proposal_is_filled_and_sent_with_the_keyboard_only(page, live_server, agenda):
    day = next_day_numbered_as_its_month()
    page.goto(live_server.url + "/en/agenda/")
    tab_until(page, "el => el.getAttribute('href') === '/en/agenda/propose/'")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/en/agenda/propose/")

    tab_until(page, "el => el.id === 'id_title'")
    page.keyboard.type(TITLE)
    tab_until(page, "el => el.id === 'id_description'")
    page.keyboard.type("Apportez vos graines et repartez avec d'autres. Goûter offert.")
    tab_until(page, "el => el.id === 'id_theme'")
    page.keyboard.type("Farm")  # a select chooses by typing the start of an option
    tab_until(page, "el => el.id === 'id_start_date'")
    page.keyboard.type(day.strftime("%d%m%Y"))
    tab_until(page, "el => el.id === 'id_start_time'")
    page.keyboard.type("1430")
    tab_until(page, "el => el.id === 'id_end_time'")
    page.keyboard.type("1800")
    tab_until(page, "el => el.id === 'id_venue'")
    page.keyboard.type("Jardin partagé")
    tab_until(page, "el => el.id === 'id_commune'")
    page.keyboard.type("Gap")
    tab_until(page, "el => el.id === 'id_name'")
    page.keyboard.type("Les Jardiniers")
    tab_until(page, "el => el.id === 'id_email'")
    page.keyboard.type("jardiniers@example.org")
    # on to the button, recording every field passed: the honeypot is not among them
    tab_until(page, "el => ((window.passed ||= []).push(el.name), el.type === 'submit')")
    assert page.evaluate("window.passed") == [""]  # the button itself (it has no name)
    values = page.evaluate(
        "() => Object.fromEntries(new FormData(document.querySelector('form.proposal')))"
    )
    assert values["start_date"] == day.isoformat()
    assert (values["start_time"], values["end_time"]) == ("14:30", "18:00")
    page.keyboard.press("Enter")

    page.wait_for_url(live_server.url + "/en/agenda/propose/?sent=1")
    assert page.locator("h1").inner_text() == "Thank you for your proposal"
    assert page.locator("[role=status]").count() == 1
    event = EventPage.objects.get()
    assert (event.title, event.live, event.proposer_email) == (
        TITLE,
        False,
        "jardiniers@example.org",
    )
    assert timezone.localtime(event.start).date() == day
    assert timezone.localtime(event.start).strftime("%H:%M") == "14:30"
    assert event.commune.name == "Gap"
    assert [theme.slug for theme in event.themes.all()] == ["agriculture"]
    assert [message.to for message in mail.outbox] == [["jardiniers@example.org"]]
    assert page.console_errors == []
