"""The directory in a real browser: keyboard-only filtering, the map matching the list, the back
button, accessibility (axe-core) and the filter form with JavaScript off."""

from urllib.parse import parse_qs, urlsplit

import pytest

from core.models import Commune, Theme
from tests.browser.conftest import axe_violations, filter_with_keyboard
from tests.factories import DirectoryPageFactory, OrganisationPageFactory

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]

BRIANCON, GAP, EMBRUN = "05023", "05061", "05046"

# title: (commune INSEE, theme slug)
ORGANISATIONS = {
    "Cinéma des Écrins": (BRIANCON, "culture"),
    "Théâtre du Briançonnais": (BRIANCON, "culture"),
    "Épicerie solidaire de Briançon": (BRIANCON, "alimentation"),
    "Vélo-école du Briançonnais": (BRIANCON, "mobilite"),
    "Festival de Gap": (GAP, "culture"),
    "Jardins partagés de Gap": (GAP, "alimentation"),
    "Autopartage gapençais": (GAP, "mobilite"),
    "Musique en Embrunais": (EMBRUN, "culture"),
    "AMAP d'Embrun": (EMBRUN, "alimentation"),
}
ALL = sorted(ORGANISATIONS)
BRIANCONNAIS_CULTURE = ["Cinéma des Écrins", "Théâtre du Briançonnais"]
FILTERED = "/annuaire/?territory=brianconnais&theme=culture"


@pytest.fixture(scope="module")
def directory(scene_home_page):
    directory = DirectoryPageFactory(parent=scene_home_page)
    for index, (title, (insee, theme)) in enumerate(ORGANISATIONS.items()):
        OrganisationPageFactory(
            parent=directory,
            title=title,
            slug=f"organisation-{index}",
            summary=f"{title}, une structure de l'ESS.",
            commune=Commune.objects.get(insee=insee),
            themes=[Theme.objects.get(slug=theme)],
        )
    return directory


def card_titles(tab):
    return tab.locator(".organisation-card h3").all_inner_texts()


def query(tab):
    return parse_qs(urlsplit(tab.url).query)


def test_filter_by_territory_then_theme_with_the_keyboard(page, live_server, directory):
    page.goto(live_server.url + "/annuaire/")
    assert card_titles(page) == ALL
    filter_with_keyboard(page, territory="brianconnais", theme="culture")
    params = query(page)
    assert params["territory"] == ["brianconnais"]
    assert params["theme"] == ["culture"]
    assert page.locator("#id_territory").input_value() == "brianconnais"
    assert page.locator("#id_theme").input_value() == "culture"
    assert card_titles(page) == BRIANCONNAIS_CULTURE
    assert page.console_errors == []


@pytest.mark.parametrize(
    "path",
    ["/annuaire/", FILTERED, "/annuaire/?theme=alimentation", "/annuaire/?territory=gapencais"],
)
def test_map_shows_the_same_organisations_as_the_list(page, live_server, directory, path):
    page.goto(live_server.url + path)
    page.wait_for_function(
        "() => document.getElementById('directory-map')?.dataset.markers !== undefined"
    )
    titles = card_titles(page)
    assert titles  # each of these listings has results, all on one page
    markers = page.locator("#directory-map").get_attribute("data-markers")
    assert int(markers) == len(titles)
    # Organisations of one commune share a cluster (tests/browser/test_map.py opens them).
    alts = page.locator("#directory-map img.leaflet-marker-icon").evaluate_all(
        "imgs => imgs.map(img => img.alt)"
    )
    clustered = page.locator("#directory-map .marker-cluster").all_inner_texts()
    assert set(alts) <= set(titles)
    assert len(alts) + sum(int(count) for count in clustered) == len(titles)
    assert page.console_errors == []


def test_back_button_restores_the_unfiltered_listing(page, live_server, directory):
    page.goto(live_server.url + "/annuaire/")
    assert len(card_titles(page)) == len(ALL)
    filter_with_keyboard(page, territory="brianconnais", theme="culture")
    assert card_titles(page) == BRIANCONNAIS_CULTURE
    page.go_back()
    page.wait_for_url(live_server.url + "/annuaire/")
    assert card_titles(page) == ALL
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/annuaire/", FILTERED, "/annuaire/organisation-0/"])
def test_axe_reports_no_violations(page, live_server, directory, path):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    if "directory-map" in page.content():
        page.wait_for_function(
            "() => document.getElementById('directory-map').dataset.markers !== undefined"
        )
    assert axe_violations(page) == []


def test_filter_form_works_without_javascript(browser, live_server, directory):
    context = browser.new_context(
        locale="fr-FR", viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    try:
        tab = context.new_page()
        tab.goto(live_server.url + "/annuaire/")
        assert card_titles(tab) == ALL
        filter_with_keyboard(tab, territory="brianconnais", theme="culture")
        params = query(tab)
        assert params["territory"] == ["brianconnais"]
        assert params["theme"] == ["culture"]
        assert card_titles(tab) == BRIANCONNAIS_CULTURE
        # No script ran: the map stayed an empty box, the list is the whole answer.
        assert tab.locator("#directory-map").get_attribute("data-markers") is None
    finally:
        context.close()
