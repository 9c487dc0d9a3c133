"""The directory map in a real browser: organisations placed on one spot (their commune's centre)
form one cluster, a button named by their number that the keyboard opens to reach each of them,
without axe-core violations (target-size included)."""

import pytest

from core.models import Commune
from tests.browser.conftest import axe_violations, tab_until
from tests.factories import DirectoryPageFactory, OrganisationPageFactory

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]

GAP = "05061"
IN_GAP = [f"Structure gapençaise {n:02d}" for n in range(1, 14)]
# Communes more than 110 px from Gap and from each other at the map's zoom (8): not clustered.
ELSEWHERE = {
    "Refuge de La Grave": "05063",
    "Foyer rural de Rosans": "05126",
    "Fromagerie de Saint-Véran": "05157",
}
CLUSTER = "#directory-map .marker-cluster"
MARKER = "#directory-map img.leaflet-marker-icon"


@pytest.fixture(scope="module")
def directory(scene_home_page):
    directory = DirectoryPageFactory(parent=scene_home_page)
    places = [(title, GAP) for title in IN_GAP] + list(ELSEWHERE.items())
    for index, (title, insee) in enumerate(places):
        OrganisationPageFactory(
            parent=directory,
            title=title,
            slug=f"organisation-{index}",
            commune=Commune.objects.get(insee=insee),
        )
    return directory


def open_map(page, live_server):
    page.goto(live_server.url + "/annuaire/")
    page.wait_for_function(
        "() => document.getElementById('directory-map')?.dataset.markers !== undefined"
    )


def marker_names(page):
    return page.locator(MARKER).evaluate_all("imgs => imgs.map(img => img.alt)")


def focused(page, expression):
    return page.evaluate(f"(el => {expression})(document.activeElement)")


def boxes(locator):
    return [locator.nth(i).bounding_box() for i in range(locator.count())]


def overlap(a, b):
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def test_organisations_of_one_commune_form_one_cluster_named_by_their_number(
    page, live_server, directory
):
    open_map(page, live_server)
    cluster = page.locator(CLUSTER)
    assert cluster.count() == 1
    assert cluster.get_attribute("role") == "button"
    assert cluster.get_attribute("tabindex") == "0"
    assert cluster.get_attribute("aria-label") == "13 organisations"
    assert cluster.inner_text() == "13"
    box = cluster.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    # The other communes keep their own marker, and the list still shows everyone.
    assert sorted(marker_names(page)) == sorted(ELSEWHERE)
    assert page.locator(".organisation-card").count() == len(IN_GAP) + len(ELSEWHERE)
    assert page.console_errors == []
    assert axe_violations(page) == []


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_keyboard_opens_the_cluster_and_reaches_each_organisation(
    page, live_server, directory, key
):
    open_map(page, live_server)
    tab_until(page, "el => el.classList.contains('marker-cluster')")
    page.keyboard.press(key)
    page.wait_for_selector(f"{CLUSTER}[aria-expanded=true]")

    # Focus moves to the first organisation of the cluster; Tab walks through the others, in
    # the order of the list.
    reached = [focused(page, "el.alt")]
    for _ in IN_GAP[1:]:
        page.keyboard.press("Tab")
        reached.append(focused(page, "el.alt"))
    assert reached == IN_GAP
    assert sorted(marker_names(page)) == sorted(IN_GAP + list(ELSEWHERE))

    # Each one shows in the map, a target of its own that no other covers.
    map_box = page.locator("#directory-map").bounding_box()
    opened = [
        page.locator(MARKER).nth(i).bounding_box()
        for i, name in enumerate(marker_names(page))
        if name in IN_GAP
    ]
    opened.append(page.locator(CLUSTER).bounding_box())
    for i, box in enumerate(opened):
        assert box["width"] >= 24 and box["height"] >= 24
        assert (
            map_box["x"] <= box["x"] and box["x"] + box["width"] <= map_box["x"] + map_box["width"]
        )
        assert (
            map_box["y"] <= box["y"]
            and box["y"] + box["height"] <= map_box["y"] + map_box["height"]
        )
        assert not any(overlap(box, other) for other in opened[i + 1 :])
    assert axe_violations(page) == []

    # Enter on one of them opens its card; Escape closes the cluster and focus goes back to it.
    page.keyboard.press(key)
    popup_link = page.locator("#directory-map .leaflet-popup-content a")
    assert popup_link.inner_text() == IN_GAP[-1]
    page.keyboard.press("Escape")
    page.wait_for_selector(f"{CLUSTER}[aria-expanded=false]")
    assert focused(page, "el.getAttribute('aria-label')") == "13 organisations"
    page.wait_for_function(f"() => document.querySelectorAll('{MARKER}').length === 3")
    assert page.console_errors == []


def test_organisation_page_map_keeps_its_single_marker(page, live_server, directory):
    page.goto(live_server.url + "/annuaire/organisation-0/")
    page.wait_for_function(
        "() => document.getElementById('directory-map')?.dataset.markers === '1'"
    )
    assert marker_names(page) == [IN_GAP[0]]
    assert page.locator(CLUSTER).count() == 0
    assert page.console_errors == []


def test_a_member_site_embeds_the_directory_map_with_its_list(
    page, live_server, directory, httpserver
):
    """The <hub-directory> element with the map layout on another site: the same organisations
    on the map (its own files only: no tiles are set in the tests) and in the list, and no
    accessibility violation inside the frame."""
    embed = f"{live_server.url}/annuaire/embed/?layout=map"
    httpserver.expect_request("/").respond_with_data(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Nos voisins'
        '</title><link rel="icon" href="data:,"></head><body><main><h1>Nos voisins</h1>'
        f'<script src="{live_server.url}/static/js/hub-embed.js" defer></script>'
        f'<hub-directory src="{embed}" title="Les structures de l\'ESS"></hub-directory>'
        "</main></body></html>",
        content_type="text/html",
    )
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(httpserver.url_for("/"))
    frame = page.frame_locator("hub-directory iframe")
    frame.locator("#directory-map[data-markers]").wait_for(state="attached")
    assert frame.locator("#directory-map").get_attribute("data-markers") == "16"
    names = frame.locator(".embed-event__title").all_inner_texts()
    assert len(names) == 16 and set(names) == {*IN_GAP, *ELSEWHERE}
    inside = next(f for f in page.frames if f.url.startswith(embed))
    assert axe_violations(inside) == []
    hosts = {url.split("/")[2] for url in requested if url.startswith("http")}
    assert hosts == {live_server.url.split("/")[2], httpserver.url_for("/").split("/")[2]}
