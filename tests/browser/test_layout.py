"""The layout on a phone and on a desktop: no public page is wider than a 390 px screen, the
month view stays usable (and accessible) there, and the listings' cards fill their row at
1280 px."""

from datetime import timedelta

from django.utils import timezone

import pytest

from agenda.models import local_midnight
from core.models import Commune
from news.models import PressRoomPage
from tests.browser.conftest import axe_violations, tab_until
from tests.factories import (
    AgendaPageFactory,
    DirectoryPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
)

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# Long French words and addresses, as members really write them: what pushes a page sideways.
ORGANISATIONS = [
    ("Coopérative d'activités et d'emploi des Hautes-Alpes", "presse@cae-hautes-alpes.example.org"),
    (
        "Association intercommunale d'accompagnement socioprofessionnel",
        "relations-presse@accompagnement-socioprofessionnel.example.org",
    ),
    ("Ressourcerie du Briançonnais", "presse@ressourcerie-brianconnais.example.org"),
    ("Monnaie locale complémentaire", "contact.presse@monnaie-locale-citoyenne.example.org"),
    ("Épicerie solidaire du Champsaur-Valgaudemar", "presse@epicerie-solidaire.example.org"),
]
EVENTS = [
    "Atelier d'autoréparation de vélos électriques",
    "Rencontre interprofessionnelle de l'économie sociale et solidaire",
    "Ciné-débat : l'habitat participatif intergénérationnel",
    "Marché paysan et artisanal",
    "Formation : comptabilité associative",
    "Assemblée générale extraordinaire",
]


@pytest.fixture(scope="module")
def site(scene_home_page):
    """A French site with one page of each public type, its listings holding five cards or
    more, and an agenda whose current month has events (one cancelled) on several days."""
    gap = Commune.objects.get(insee="05061")
    directory = DirectoryPageFactory(parent=scene_home_page, show_in_menus=True)
    organisations = [
        OrganisationPageFactory(
            parent=directory,
            title=title,
            slug=f"structure-{n}",
            commune=gap,
            press_email=email,
            press_phone="+33 4 92 00 00 0{n}",
            website=f"https://{email.split('@')[1]}/",
        )
        for n, (title, email) in enumerate(ORGANISATIONS)
    ]
    for organisation in organisations:
        organisation.save_revision().publish()

    agenda = AgendaPageFactory(parent=scene_home_page, show_in_menus=True)
    first = shown_month()
    for n, title in enumerate(EVENTS):
        day = first + timedelta(days=[1, 2, 2, 8, 15, 22][n])  # two on the 3rd; the 1st empty
        EventPageFactory(
            parent=agenda,
            title=title,
            slug=f"evenement-{n}",
            start=local_midnight(day) + timedelta(hours=18),
            end=local_midnight(day) + timedelta(hours=20),
            commune=gap,
            organisers=organisations[:2],
            status="cancelled" if n == 5 else "scheduled",
        )

    index = NewsIndexPageFactory(parent=scene_home_page, show_in_menus=True)
    for n in range(5):
        NewsPageFactory(
            parent=index,
            title=f"Communiqué : l'intercoopération dans les Hautes-Alpes, épisode {n}",
            slug=f"communique-{n}",
            kind="press",
            organisations=organisations[:1],
        )
    room = scene_home_page.add_child(
        instance=PressRoomPage(
            title="Salle de presse", slug="presse", intro="Pour les journalistes."
        )
    )
    room.save_revision().publish()
    StandardPageFactory(
        parent=scene_home_page,
        title="Mutualiser des locaux",
        slug="mutualiser",
        intro="Un archipel de lieux partagés entre associations.",
    )
    return scene_home_page


def shown_month():
    """The first day of the month after next: all its days are to come (the listings show
    its events) and the month view shows them all."""
    in_a_month = timezone.localdate().replace(day=1) + timedelta(days=32)
    return (in_a_month.replace(day=1) + timedelta(days=32)).replace(day=1)


def month_path():
    first = shown_month()
    return f"/agenda/month/{first.year}/{first.month}/"


PUBLIC_PAGES = {
    "home": "/",
    "agenda": "/agenda/",
    "month": None,  # the month of the events
    "event": "/agenda/evenement-0/",
    "directory": "/annuaire/",
    "organisation": "/annuaire/structure-1/",
    "newsroom": "/actualites/",
    "news item": "/actualites/communique-0/",
    "press room": "/presse/",
    "standard page": "/mutualiser/",
    "search results": "/recherche/?q=Hautes-Alpes",
}


def test_no_public_page_is_wider_than_a_phone(page, live_server, site):
    page.set_viewport_size(PHONE)
    too_wide = {}
    for name, path in PUBLIC_PAGES.items():
        response = page.goto(live_server.url + (path or month_path()))
        assert response.status == 200, name
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[name] = width
    assert too_wide == {}


def test_month_view_on_a_phone_lists_the_days_with_events_readably(page, live_server, site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + month_path())
    # Every event link is on screen and wide enough to read its title (not a 50 px column).
    links = page.locator(".month__events a")
    assert links.count() >= len(EVENTS)
    for box in (links.nth(i).bounding_box() for i in range(links.count())):
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= PHONE["width"]
    widths = [links.nth(i).bounding_box()["width"] for i in range(links.count())]
    assert max(widths) > PHONE["width"] / 2
    # Each day says which day it is, and days without events take no room.
    first_day = page.locator(".month__day:has(.month__events)").first
    assert first_day.locator(".month__date").is_visible()
    assert page.locator(".month__day:not(:has(.month__events))").first.is_hidden()


def test_month_view_on_a_phone_has_no_accessibility_violations(page, live_server, site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + month_path())
    assert page.locator(".month__events li.is-cancelled").count() >= 1
    assert axe_violations(page) == []
    assert page.console_errors == []


def test_press_contacts_scroll_in_a_focusable_box_on_a_phone(page, live_server, site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/presse/")
    box = page.locator(".table-scroll")
    assert box.get_attribute("role") == "region"
    assert box.get_attribute("tabindex") == "0"
    tab_until(page, "el => el.classList.contains('table-scroll')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    # It scrolls (here, its contents are wider than the phone) and the page does not.
    assert page.evaluate("document.activeElement.scrollWidth > document.activeElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(page) == []


@pytest.mark.parametrize("path", ["/agenda/", "/annuaire/", "/actualites/"])
def test_listing_cards_fill_four_columns_at_1280_px(page, live_server, site, path):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + path)
    tops = [
        round(box["y"]) for box in (card.bounding_box() for card in page.locator(".card").all())
    ]
    assert len(tops) >= 5
    assert tops.count(tops[0]) == 4
