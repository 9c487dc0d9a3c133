"""The agenda in a real browser: keyboard-only filtering by "this weekend" and territory, opening
an event and downloading its .ics with the keyboard, accessibility (axe-core) of the listing,
the month view and event pages, and no console errors."""

import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from django.utils import timezone

import pytest

from agenda.filters import date_range
from agenda.models import PARIS, local_midnight
from core.models import Commune, Theme
from tests.browser.conftest import (
    axe_violations,
    filter_with_keyboard,
    tab_until,
)
from tests.factories import AgendaPageFactory, EventPageFactory

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]

BRIANCON, GAP, EMBRUN = "05023", "05061", "05046"
TERRITORY = "gapencais"  # Gap's

FAIR = "Foire de l'ESS du week-end"
MARKET = "Marché paysan du dimanche"  # cancelled
BALL = "Bal folk solidaire"
REPAIR = "Repair café de Briançon"  # this weekend, another territory
COMPOST = "Atelier compostage à Gap"  # Gap, after the weekend
TALK = "Conférence sur les monnaies locales"  # cancelled, on the 1st of this month, Embrun

# Gap and this weekend, in the listing's order (by start): Saturday 00:00 (all day), Sunday
# 00:00 (all day), Sunday 20:30
WEEKEND_IN_GAP = [FAIR, MARKET, BALL]


def local(day, hour, minute=0):
    return local_midnight(day) + timedelta(hours=hour, minutes=minute)


@pytest.fixture(scope="module")
def agenda(scene_home_page):
    weekend_end = date_range("weekend")[1]  # the Monday midnight after it
    left = weekend_end - timezone.now()
    if left < timedelta(minutes=20):
        pytest.skip(f"this weekend ends in {left}: the test could cross into the next one")
    sunday = timezone.localtime(weekend_end, PARIS).date() - timedelta(days=1)
    saturday = sunday - timedelta(days=1)
    first_of_month = timezone.localdate().replace(day=1)
    agenda = AgendaPageFactory(parent=scene_home_page)

    def event(title, slug, insee, theme, start, end, **fields):
        return EventPageFactory(
            parent=agenda,
            title=title,
            slug=slug,
            summary=f"{title}, un rendez-vous de l'ESS.",
            start=start,
            end=end,
            commune=Commune.objects.get(insee=insee),
            themes=[Theme.objects.get(slug=theme)],
            **fields,
        )

    agenda.events_by_title = {
        e.title: e
        for e in [
            event(
                FAIR,
                "foire",
                GAP,
                "alimentation",
                local_midnight(saturday),
                local_midnight(sunday),
                all_day=True,
            ),
            event(
                MARKET,
                "marche",
                GAP,
                "agriculture",
                local_midnight(sunday),
                local_midnight(sunday),
                all_day=True,
                status="cancelled",
            ),
            event(BALL, "bal", GAP, "culture", local(sunday, 20, 30), local(sunday, 23, 45)),
            event(
                REPAIR, "repair", BRIANCON, "environnement", local(sunday, 10), local(sunday, 12)
            ),
            event(
                COMPOST,
                "compost",
                GAP,
                "environnement",
                local(sunday + timedelta(days=3), 18, 30),
                local(sunday + timedelta(days=3), 20, 30),
            ),
            event(
                TALK,
                "conference",
                EMBRUN,
                "monnaie-locale",
                local(first_of_month, 18),
                local(first_of_month, 20),
                status="cancelled",
            ),
        ]
    }
    return agenda


def card_titles(tab):
    return tab.locator(".event-card h3").all_inner_texts()


def test_weekend_in_a_territory_then_event_and_its_ics_with_the_keyboard(page, live_server, agenda):
    page.goto(live_server.url + "/agenda/")
    assert MARKET in card_titles(page) and COMPOST in card_titles(page)
    filter_with_keyboard(page, when="weekend", territory=TERRITORY)
    params = parse_qs(urlsplit(page.url).query)
    assert params["when"] == ["weekend"]
    assert params["territory"] == [TERRITORY]
    assert page.locator("#id_when").input_value() == "weekend"
    assert page.locator("#id_territory").input_value() == TERRITORY
    assert card_titles(page) == WEEKEND_IN_GAP
    assert page.locator(".event-card--cancelled h3").all_inner_texts() == [MARKET]

    # open the ball's page with the keyboard
    ball = agenda.events_by_title[BALL]
    tab_until(page, f"el => el.tagName === 'A' && el.textContent.trim() === {json.dumps(BALL)}")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + ball.url)
    assert page.locator("h1").inner_text() == BALL

    # and download its .ics with the keyboard
    with page.expect_download() as info:
        tab_until(page, "el => el.getAttribute('href')?.endsWith('event.ics')")
        page.keyboard.press("Enter")
    download = info.value
    assert download.failure() is None
    assert download.suggested_filename == "bal-folk-solidaire.ics"
    with open(download.path(), encoding="utf-8", newline="") as file:
        text = file.read()
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n" in text
    assert f"\r\nSUMMARY:{BALL}\r\n" in text
    assert f"\r\nUID:{ball.uid}\r\n" in text
    assert text.count("BEGIN:VEVENT") == 1
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("path", "cancelled"),
    [
        ("/agenda/", ".event-card--cancelled"),
        (f"/agenda/?when=weekend&territory={TERRITORY}", ".event-card--cancelled"),
        ("month", ".month__events li.is-cancelled"),
        ("/agenda/marche/", ".status--cancelled"),
        ("/agenda/conference/", ".status--cancelled"),
        ("/agenda/bal/", None),
    ],
    ids=["listing", "weekend-in-gap", "month", "cancelled-market", "cancelled-talk", "ball-map"],
)
def test_axe_reports_no_violations(page, live_server, agenda, path, cancelled):
    if path == "month":
        today = timezone.localdate()
        path = f"/agenda/month/{today.year}/{today.month}/"
    response = page.goto(live_server.url + path)
    assert response.status == 200
    if cancelled:  # each of these pages shows a cancelled event, marked as such
        assert page.locator(cancelled).count() >= 1
    if page.locator("#directory-map").count():
        page.wait_for_function(
            "() => document.getElementById('directory-map').dataset.markers !== undefined"
        )
    assert axe_violations(page) == []
    assert page.console_errors == []
