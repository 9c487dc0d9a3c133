"""Importing a calendar file in a real browser, as a volunteer communicator of an ordinary
(not trusted) organisation whose admin is in French, the default: the admin menu's "Importer un
agenda", the organisation, the Google Calendar export of tests/agenda/corpus/google.ics, a
preview that stores nothing and has no accessibility violations (axe-core), the import confirmed
with the keyboard and waiting for the editors' review; the same file again creates nothing."""

import json
from datetime import date

from wagtail.models import Revision, WorkflowState
from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect

from agenda.models import CalendarSource, EventPage, Occurrence
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.agenda.conftest import CORPUS, SHIFT, corpus
from tests.browser.conftest import axe_violations, ensure_taxonomies, log_in, tab_until
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILE = CORPUS / "google.ics"

# The corpus is dated 2027: once that comes near, its dates move by whole years of 52 weeks
# (weekdays kept), by SHIFT (see tests/agenda/conftest.py), so this test never rots.

# What google.ics holds, once read: a weekly series (its moved and cancelled dates are changes
# of the series, not events of their own), a meeting and a two-day fair; a 2025 event is past.
SERIES = "Permanence du comptoir de change"
MEETING = "Assemblée générale de La Roue"
FAIR = "Foire bio et locale de Gap"
PAST = "Apéro de lancement des nouveaux billets"
MOVED = "Permanence du comptoir de change (exceptionnellement le vendredi)"
SERIES_PLACE = "Local de La Roue, 12 rue de France, 05000 Gap, France"
MEETING_PLACE = "Salle du Conseil, Mairie de Gap, 3 rue Colonel Roux, 05000 Gap"

# How the French admin writes days (Django's "D", abbreviated) and months ("F", in full).
WEEKDAYS = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def day(year, month, number):
    """A day of the corpus as the preview writes it ("jeu 7 janvier 2027"), moved with the corpus
    (by whole years of 52 weeks, so the weekday stays) once its dates come near."""
    shown = date(year, month, number) + SHIFT
    return f"{WEEKDAYS[shown.weekday()]} {shown.day} {MONTHS[shown.month - 1]} {shown.year}"


def the_file():
    """The export as set_input_files takes it: the file itself, or a copy with its dates moved."""
    if not SHIFT:
        return FILE
    return {"name": FILE.name, "mimeType": "text/calendar", "buffer": corpus(FILE.name)}


def summary(created=0, unchanged=0):
    return f"{created} créés, 0 mis à jour, {unchanged} inchangés, 0 dépubliés, 0 ignorés"


@pytest.fixture
def site(home_page):
    ensure_taxonomies()
    ensure_roles()  # the flush removed the moderation workflow's root assignment
    AgendaPageFactory(parent=home_page)
    directory = DirectoryPageFactory(parent=home_page)
    roue = organisation(directory, "org_a")  # La Roue, not trusted
    organisation(directory, "org_b")  # Ludambule, not hers
    alice = make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    # no preferred language: the admin speaks the site's default, French
    UserProfile.objects.filter(user=alice).update(preferred_language="")
    return {"roue": roue, "alice": alice}


def open_the_import(tab, live_server):
    menu = tab.get_by_role("navigation", name="Menu principal")
    menu.get_by_role("link", name="Importer un agenda").click()
    tab.wait_for_url(live_server.url + "/admin/agenda/import/")
    assert tab.locator("h1").inner_text().strip() == "Importer un fichier d'agenda"


def preview(tab):
    organisations = tab.get_by_label("Structure")
    offered = [
        text.strip()
        for text in organisations.locator("option").all_inner_texts()
        if text.strip("- ")
    ]
    assert offered == ["La Roue"]  # hers only
    organisations.select_option(label="La Roue")
    tab.get_by_label("Fichier d'agenda (.ics)").set_input_files(the_file())
    with tab.expect_navigation():
        tab.get_by_role("button", name="Aperçu", exact=True).click()
    heading = tab.get_by_role("heading", name="Aperçu : rien n'est enregistré avant votre")
    assert heading.is_visible()


def confirm_with_the_keyboard(tab):
    # the Tab key reaches the button, Enter presses it
    label = json.dumps("Confirmer l'import")
    tab_until(tab, f"el => el.tagName === 'BUTTON' && el.textContent.trim() === {label}")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    return tab.locator(".messages").inner_text()


def test_a_communicator_previews_then_imports_a_google_calendar_for_review(page, live_server, site):
    log_in(page, live_server, "alice")
    open_the_import(page, live_server)
    preview(page)

    # the preview: every event of the file, its dates and place; nothing stored yet
    main = page.locator("main")
    assert summary(created=3) in main.inner_text()
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 3  # the moved and cancelled dates are not events of their own
    cells = [[cell.strip() for cell in row.locator("td").all_inner_texts()] for row in rows.all()]
    by_title = {row[0]: row[1:] for row in cells}
    assert set(by_title) == {SERIES, MEETING, FAIR}
    assert PAST not in main.inner_text() and MOVED not in main.inner_text()

    when, where, change = by_title[SERIES]
    assert when == f"{day(2027, 1, 7)}, 18:30 – 20:30\nse répète"
    assert where == f"{SERIES_PLACE}\nGap"
    assert change == "Sera créé\nattend la relecture d'un éditeur"
    when, where, change = by_title[MEETING]
    assert when == f"{day(2027, 3, 12)}, 18:30 – 21:00"  # written in UTC: 17:30Z
    assert where == f"{MEETING_PLACE}\nGap"
    assert change == "Sera créé\nattend la relecture d'un éditeur"
    when, where, _change = by_title[FAIR]
    # all day from the 20th to the 21st (the file's DTEND, the 22nd, is exclusive)
    assert when == f"{day(2027, 3, 20)} – {day(2027, 3, 21)} (toute la journée)"
    assert where == "Place de la République, 05000 Gap, France\nGap"
    for title in (SERIES, MEETING):
        assert page.get_by_role("cell", name=title, exact=True).is_visible()
    assert page.get_by_role("cell").filter(has_text=SERIES_PLACE).first.is_visible()

    assert EventPage.objects.count() == 0
    assert CalendarSource.objects.count() == 0
    assert WorkflowState.objects.count() == 0  # nobody was asked to review anything

    assert axe_violations(page) == []

    # confirmed with the keyboard: imported, waiting for the editors' review
    message = confirm_with_the_keyboard(page)
    assert f"Import terminé : {summary(created=3)}" in message

    roue, alice = site["roue"], site["alice"]
    events = EventPage.objects.filter(import_organisation=roue)
    assert sorted(events.values_list("title", flat=True)) == sorted([SERIES, MEETING, FAIR])
    assert EventPage.objects.count() == 3
    (source,) = CalendarSource.objects.all()
    assert (source.organisation_id, source.name) == (roue.pk, FILE.name)
    assert not source.publish_directly
    assert source.event_count == 3
    assert source.last_success_at is not None and source.last_error == ""
    for event in events:
        assert not event.live and event.first_published_at is None, event.title
        assert event.source_id == source.pk, event.title
        assert list(event.organisers.all()) == [roue], event.title
        assert event.commune.name == "Gap", event.title
        state = event.current_workflow_state
        assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS, event.title
        assert state.requested_by == alice, event.title
    assert Occurrence.objects.count() == 0  # nothing on the public agenda
    series = events.get(title=SERIES)
    changes = sorted(series.occurrence_changes.values_list("cancelled", flat=True))
    assert changes == [False, True]  # 4 February moved to the 5th, 18 February cancelled

    # the message fades in: axe measures its contrast once it has
    expect(page.locator(".messages > ul")).to_have_css("opacity", "1")
    page.evaluate(
        "Promise.all(document.getAnimations()"
        ".filter(each => each instanceof CSSTransition).map(each => each.finished))"
    )
    assert axe_violations(page) == []
    assert page.console_errors == []


def test_the_same_file_again_creates_nothing(page, live_server, site):
    log_in(page, live_server, "alice")
    open_the_import(page, live_server)
    preview(page)
    confirm_with_the_keyboard(page)
    before = sorted(EventPage.objects.values_list("pk", "title", "latest_revision_id"))
    assert len(before) == 3
    revisions, reviews = Revision.objects.count(), WorkflowState.objects.count()

    open_the_import(page, live_server)
    preview(page)
    main = page.locator("main").inner_text()
    assert summary(unchanged=3) in main
    assert "3 événements sont déjà à jour." in main
    assert page.locator("table.listing").count() == 0  # no event listed as changing
    assert "Sera créé" not in main

    message = confirm_with_the_keyboard(page)
    assert f"Import terminé : {summary(unchanged=3)}" in message
    assert sorted(EventPage.objects.values_list("pk", "title", "latest_revision_id")) == before
    assert Revision.objects.count() == revisions  # an unchanged calendar writes nothing
    assert WorkflowState.objects.count() == reviews  # and asks for no other review
    (source,) = CalendarSource.objects.all()
    assert (source.name, source.event_count) == (FILE.name, 3)
    assert page.console_errors == []
