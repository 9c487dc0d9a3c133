"""The recurrence editor in a real browser, as a volunteer communicator of an ordinary (not
trusted) organisation whose admin speaks French, the default: a weekly series chosen with the
editor (a weekday, an end date, one skipped date), its sentence on the form the same as the event
page's (agenda/recurrence_text.py), submitted to the editors; once published, the stored rule,
the skipped date and the occurrences. The form has no accessibility violations (axe-core). A
monthly series on the second Tuesday goes through the same script. Series on the 1st, with
dates on the 8th and the 11th, read the same on the form as on the page, in French and Italian
("le 1er mai", "il 1º maggio", "l'8 giugno", "all'11 maggio")."""

import re
from datetime import date, datetime, timedelta

from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import capfirst

from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect

from agenda.dates import PARIS
from agenda.models import EventPage
from agenda.recurrence_text import WEEKDAYS, describe
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import in_days
from tests.browser.conftest import (
    autosaved,
    axe_violations,
    edits_watched,
    ensure_taxonomies,
    logged_in,
    network_quiet,
)
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Permanence du comptoir de change"
# The French names of the weekdays, as the editor's boxes are labelled.
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@pytest.fixture
def site(home_page):
    ensure_taxonomies()
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    roue = organisation(DirectoryPageFactory(parent=home_page), "org_a")  # La Roue, not trusted
    alice = make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    # no preferred language: the admin speaks the site's default, French
    UserProfile.objects.filter(user=alice).update(preferred_language="")
    return {
        "agenda": agenda,
        "roue": roue,
        "alice": alice,
        "editor": make_user("edith", groups=[NETWORK_EDITORS]),
    }


def local(moment):
    return moment.astimezone(PARIS)


def fill_date(tab, selector, value):
    tab.fill(selector, value)
    tab.keyboard.press("Tab")  # closes the date picker


def open_new_event(tab, live_server, agenda, saved=True):
    """The form of a new event, ready to type in; when it is to be `saved`, once Wagtail watches
    the edits (2 s after the page loads)."""
    tab.goto(f"{live_server.url}/admin/pages/add/agenda/eventpage/{agenda.pk}/")
    expect(tab.locator("#id_title")).to_be_visible()
    if saved:
        edits_watched(tab)


def fill_event(tab, start, organisation):
    tab.fill("#id_title", TITLE)
    tab.fill("#id_summary", "Échanger ses euros contre des Roues, une fois par semaine.")
    fill_date(tab, "#id_start", f"{local(start):%Y-%m-%d %H:%M}")
    fill_date(tab, "#id_end", f"{local(start) + timedelta(hours=2):%Y-%m-%d %H:%M}")
    tab.select_option("#id_organisers", [str(organisation.pk)])


def settle(tab):
    """Wait for the admin's scripts and fonts (the comment buttons Wagtail adds beside each field
    are placed once they ran): axe measures targets as the user sees them."""
    network_quiet(tab)
    tab.evaluate("document.fonts.ready.then(() => true)")
    # Every scrolled box back to the top at once (the admin scrolls its content inside an
    # element of its own, smoothly): a click lower down can leave the date list under Wagtail's
    # sticky header, whose buttons then cover the field's comment button for axe.
    tab.evaluate(
        "() => document.querySelectorAll('*').forEach("
        "e => e.scrollTop && e.scrollTo({top: 0, behavior: 'instant'}))"
    )
    tab.wait_for_function("() => [...document.querySelectorAll('*')].every(e => !e.scrollTop)")


def editor(tab):
    return tab.locator("[data-recurrence]")


def summary_on_the_form(tab):
    return editor(tab).locator("[data-recurrence-summary]")


def french(rule, start, **dates):
    with translation.override("fr"):
        return describe(rule, start, **dates)


def test_a_communicator_makes_a_weekly_series_with_a_skipped_date(page, live_server, site):
    start = in_days(8)
    weekday = WEEKDAYS[local(start).weekday()]
    until = local(start).date() + timedelta(days=28)
    skipped = local(start).date() + timedelta(days=14)
    logged_in(page, live_server, "alice")
    open_new_event(page, live_server, site["agenda"])
    fill_event(page, start, site["roue"])

    recurrence = editor(page)
    # only the choice of repeat shows until one is made
    expect(recurrence.locator("[data-show-for-ends=until]")).to_be_hidden()
    page.get_by_label("Répétition").select_option(label="Chaque semaine")
    days = recurrence.get_by_role("group", name="Ces jours-là")
    days.get_by_label(JOURS[local(start).weekday()], exact=True).check()
    ends = recurrence.get_by_role("group", name="Se termine")
    ends.get_by_label("à une date").check()
    fill_date(page, f"#{ends.get_by_label('Dernier jour').get_attribute('id')}", f"{until}")

    # one skipped date, through the date list
    page.fill("#id_exdates", f"{skipped}")
    page.get_by_role("button", name="Sauter cette date").click()
    skipped_items = page.locator("[data-date-list=exdates] [data-date-list-items] li")
    expect(skipped_items).to_have_count(1)
    with translation.override("fr"):
        shown = date_format(skipped, "l j F Y")
    expect(skipped_items.first).to_contain_text(shown)

    rule = f"FREQ=WEEKLY;BYDAY={weekday};UNTIL={until:%Y%m%d}"
    expected = french(rule, start, skipped=[skipped])
    expect(summary_on_the_form(page)).to_have_text(expected)
    assert JOURS[local(start).weekday()] in expected and "sauf le" in expected

    autosaved(page)
    settle(page)
    assert axe_violations(page) == []

    # submitted to the editors (La Roue is not trusted: no publishing)
    page.locator("footer .footer__container [data-w-dropdown-target=toggle]").first.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    event = EventPage.objects.get(title=TITLE)
    assert not event.live and event.workflow_in_progress

    # the edit form shows the series as chosen, with no accessibility violations
    page.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    expect(page.get_by_label("Répétition")).to_have_value("WEEKLY")
    expect(recurrence.get_by_label(JOURS[local(start).weekday()], exact=True)).to_be_checked()
    expect(summary_on_the_form(page)).to_have_text(expected)
    settle(page)
    assert axe_violations(page) == []
    assert page.console_errors == []

    # an editor publishes it
    event.get_latest_revision().publish(user=site["editor"])
    event.refresh_from_db()
    assert event.live
    assert event.rrule == rule
    assert event.exdates.splitlines() == [f"{skipped}"]
    days = [local(occurrence.start).date() for occurrence in event.occurrences.order_by("start")]
    first = local(start).date()
    assert days == [first + timedelta(days=n) for n in (0, 7, 21, 28)]  # not the 14th day
    assert all(local(occurrence.start).hour == 18 for occurrence in event.occurrences.all())

    # the event page says the same sentence
    page.goto(live_server.url + event.url)
    expect(page.locator(".recurrence-summary")).to_have_text(capfirst(expected))


def test_a_monthly_series_on_the_second_tuesday(page, live_server, site):
    start = in_days(10, hour=20, minute=0)
    logged_in(page, live_server, "alice")
    open_new_event(page, live_server, site["agenda"])
    fill_event(page, start, site["roue"])

    recurrence = editor(page)
    page.get_by_label("Répétition").select_option(label="Chaque mois")
    which = recurrence.get_by_role("group", name="Quel jour du mois")
    which.get_by_label("un jour de la semaine").check()
    which.get_by_label("Lequel").select_option("2")
    which.get_by_label("Jour de la semaine", exact=True).select_option("TU")
    expect(recurrence.locator("[data-show-for-monthly=monthday]")).to_be_hidden()
    ends = recurrence.get_by_role("group", name="Se termine")
    ends.locator("input[type=radio][value=count]").check()
    count = recurrence.locator("[data-show-for-ends=count] input")
    count.fill("3")

    rule = "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"
    expected = french(rule, start)
    expect(summary_on_the_form(page)).to_have_text(expected)
    assert re.search(r"deuxième mardi à 20h00, 3 fois$", expected), expected

    # saved as a draft, the rule is what the sentence says
    autosaved(page)
    page.locator("footer button.action-save").click()
    expect(page.locator(".messages .success")).to_be_visible()
    event = EventPage.objects.get(title=TITLE)
    assert event.get_latest_revision_as_object().rrule == rule
    expect(summary_on_the_form(page)).to_have_text(expected)
    assert page.console_errors == []


# Fixed dates, not relative to today: the series starts on the 1st (a Thursday), its other dates
# fall on the 1st, the 8th and the 11th.
FIRST_OF_MAY = datetime(2031, 5, 1, 18, 30, tzinfo=PARIS)
LAST_DAY = date(2034, 5, 11)
SKIPPED = [date(2031, 6, 8), date(2032, 5, 1), date(2033, 5, 11)]
EXTRA = [date(2031, 8, 1)]
# What the sentences must say whatever the catalogue says of a list's later dates.
FIRSTS = {
    "fr": {
        "YEARLY": [
            "tous les ans le 1er mai à 18h30 jusqu'au 11 mai 2034, sauf le 8 juin, ",
            "aussi le 1er août",
        ],
        "MONTHLY": ["tous les mois le 1er à 18h30 jusqu'au 11 mai 2034, sauf le 8 juin, "],
    },
    "it": {
        "YEARLY": [
            "ogni anno il 1º maggio alle 18:30 fino all'11 maggio 2034, tranne l'8 giugno, ",
            "anche il 1º agosto",
        ],
        "MONTHLY": [
            "ogni mese il giorno 1 alle 18:30 fino all'11 maggio 2034, tranne l'8 giugno, "
        ],
    },
}


def add_date(tab, name, day):
    tab.fill(f"#id_{name}", f"{day}")
    tab.locator(f"[data-date-list={name}] [data-date-list-add]").click()


@pytest.mark.parametrize("language", ["fr", "it"])
def test_dates_on_the_first_the_eighth_and_the_eleventh_read_as_on_the_page(
    page, live_server, site, language
):
    UserProfile.objects.filter(user=site["alice"]).update(preferred_language=language)
    logged_in(page, live_server, "alice")
    open_new_event(page, live_server, site["agenda"], saved=False)  # the sentence only
    fill_event(page, FIRST_OF_MAY, site["roue"])

    recurrence = editor(page)
    page.select_option("[name=rrule_0]", "YEARLY")
    recurrence.locator("[name=rrule_7][value=until]").check()
    fill_date(page, "[name=rrule_8]", f"{LAST_DAY}")
    for day in SKIPPED:
        add_date(page, "exdates", day)
    for day in EXTRA:
        add_date(page, "rdates", day)
    expect(page.locator("[data-date-list=exdates] [data-date-list-items] li")).to_have_count(3)

    dates = {"skipped": SKIPPED, "extra": EXTRA}
    with translation.override(language):
        expected = describe(f"FREQ=YEARLY;UNTIL={LAST_DAY:%Y%m%d}", FIRST_OF_MAY, **dates)
    expect(summary_on_the_form(page)).to_have_text(expected)
    assert all(words in expected for words in FIRSTS[language]["YEARLY"]), expected

    # every month, on the start's day: the 1st alone
    page.select_option("[name=rrule_0]", "MONTHLY")
    recurrence.locator("[name=rrule_3][value=monthday]").check()
    with translation.override(language):
        expected = describe(f"FREQ=MONTHLY;UNTIL={LAST_DAY:%Y%m%d}", FIRST_OF_MAY, **dates)
    expect(summary_on_the_form(page)).to_have_text(expected)
    assert all(words in expected for words in FIRSTS[language]["MONTHLY"]), expected
    assert page.console_errors == []
