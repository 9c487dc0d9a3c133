import pytest

from tests.browser.conftest import axe_violations, tab_until
from tests.factories import StandardPageFactory

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]


@pytest.fixture(scope="module")
def site(scene_home_page):
    StandardPageFactory(
        parent=scene_home_page,
        title="Mutualiser des locaux",
        intro="Un archipel de lieux partagés entre associations.",
        show_in_menus=True,
    )
    return scene_home_page


def test_home_page_loads_without_console_errors(page, live_server, site):
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "L'économie sociale et solidaire des Hautes-Alpes"
    assert page.console_errors == []


def test_language_switcher_works_with_the_keyboard(page, live_server, site):
    page.goto(live_server.url + "/")
    tab_until(page, "el => el.getAttribute('hreflang') === 'en'")
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "The social economy of the Alps"


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, live_server, site):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.indexed
def test_search_works_with_the_keyboard(page, live_server, site):
    page.goto(live_server.url + "/")
    tab_until(page, "el => el.id === 'site-search'")
    page.keyboard.type("locaux")
    page.keyboard.press("Enter")
    page.wait_for_url("**/recherche/?q=locaux")
    assert page.locator(".search-result h3").all_inner_texts() == ["Mutualiser des locaux"]
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/", "/en/", "/it/", "/recherche/?q=locaux", "/en/search/?q=x"])
def test_axe_reports_no_violations(page, live_server, site, path):
    page.goto(live_server.url + path)
    assert axe_violations(page) == []


def test_axe_harness_reports_a_real_violation(page):
    """The accessibility checks above would catch a missing alt text."""
    page.set_content('<html lang="fr"><body><main><img src="data:,"></main></body></html>')
    assert any(v.startswith("image-alt") for v in axe_violations(page))
