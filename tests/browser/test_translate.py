"""A volunteer translates their own event: a communicator of a trusted organisation, whose admin
speaks French, opens the Italian copy of their event (made when the event was published): its
edit view is wagtail-localize's translation editor; they enter the Italian title and publish
it; the Italian agenda and event page show the Italian title, no longer marked as French."""

import re

from wagtail.users.models import UserProfile

import pytest
from playwright.sync_api import expect

from agenda.models import EventPage
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.browser.conftest import axe_violations, ensure_taxonomies, logged_in, network_quiet
from tests.conftest import translate
from tests.factories import AgendaPageFactory, DirectoryPageFactory, EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ITALIAN_TITLE = "Radio aperta: laboratorio di podcast"


@pytest.fixture
def scene(home_page, locales):
    ensure_taxonomies()
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    translate(agenda, locales["en"], title="What's on", slug="whats-on")
    translate(agenda, locales["it"], title="Agenda", slug="agenda")
    zinzine = organisation(DirectoryPageFactory(parent=home_page), "org_t")  # trusted
    communicator = make_user("tess", groups=[COMMUNICATORS], organisations=[zinzine])
    UserProfile.objects.filter(user=communicator).update(preferred_language="fr")
    event = EventPageFactory(
        parent=agenda, title="Radio ouverte : atelier podcast", organisers=[zinzine]
    )
    italian = EventPage.objects.get(translation_key=event.translation_key, locale=locales["it"])
    return {"event": event, "italian": italian}


def test_a_communicator_translates_their_event_into_italian(page, live_server, scene):
    italian = scene["italian"]
    assert italian.live and italian.title == scene["event"].title  # there at once, in French
    tab = page
    logged_in(tab, live_server, "tess")

    tab.goto(f"{live_server.url}/admin/pages/{italian.pk}/edit/")
    # the synchronised copy opens in wagtail-localize's translation editor
    title = tab.locator("li", has=tab.locator("text=Radio ouverte : atelier podcast")).first
    expect(title).to_be_visible()
    title.get_by_role("button", name=re.compile("Traduire|Translate")).click()
    title.locator("textarea").fill(ITALIAN_TITLE)
    title.get_by_role("button", name=re.compile("Enregistrer|Save")).click()
    expect(title.get_by_text(ITALIAN_TITLE)).to_be_visible()

    tab.get_by_role("button", name=re.compile("Publier|Publish")).first.click()
    network_quiet(tab)
    assert "permission" not in tab.content().lower()

    italian = EventPage.objects.get(pk=italian.pk)
    assert italian.live and italian.title == ITALIAN_TITLE
    assert not italian.has_unpublished_changes

    tab.goto(live_server.url + italian.get_parent().url)
    card = tab.locator(".card__title a", has_text=ITALIAN_TITLE)
    expect(card).to_be_visible()
    assert card.get_attribute("lang") is None  # translated: no longer marked as French
    assert axe_violations(tab) == []
    tab.goto(live_server.url + italian.url)
    expect(tab.locator("h1")).to_have_text(ITALIAN_TITLE)
