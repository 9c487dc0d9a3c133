"""A member's own site (a plain page on another loopback port) shows the hub's agenda in an
iframe and in the <hub-agenda> element: the filtered events appear, the element takes its
content's height, the embeds pass axe-core, and the hub's other pages refuse to be framed."""

from datetime import timedelta

from django.utils import timezone

import pytest

from core.models import Commune
from tests.browser.conftest import axe_violations
from tests.factories import AgendaPageFactory, EventPageFactory

# The tests only look: one scene for the module (tests/browser/conftest.py, scene_home_page).
pytestmark = [pytest.mark.browser]


@pytest.fixture(scope="module")
def agenda(scene_home_page):
    agenda = AgendaPageFactory(parent=scene_home_page)
    soon = timezone.now().replace(microsecond=0) + timedelta(days=2)
    EventPageFactory(
        parent=agenda,
        title="Marché paysan",
        commune=Commune.objects.get(insee="05023"),
        start=soon,
    )
    EventPageFactory(
        parent=agenda,
        title="Repair café",
        commune=Commune.objects.get(insee="05023"),
        start=soon + timedelta(days=1),
    )
    EventPageFactory(parent=agenda, title="Bal folk à Gap", start=soon)
    return agenda


def host_page(live_server, embed):
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Roue, monnaie locale</title>
<link rel="icon" href="data:,"></head>
<body><main style="max-width: 40rem">
  <h1>Nos rendez-vous</h1>
  <iframe id="frame" src="{embed}" title="L'agenda de l'ESS" style="width:100%;height:20em">
  </iframe>
  <script src="{live_server.url}/static/js/hub-embed.js" defer></script>
  <hub-agenda src="{embed}&amp;layout=compact" title="L'agenda, en bref">L'agenda</hub-agenda>
  <iframe id="refused" src="{live_server.url}/agenda/" title="L'agenda complet"></iframe>
</main></body></html>"""


def test_a_member_site_embeds_the_filtered_agenda_and_nothing_else(
    page, live_server, agenda, httpserver
):
    embed = f"{live_server.url}/agenda/embed/?territory=brianconnais"
    httpserver.expect_request("/").respond_with_data(
        host_page(live_server, embed), content_type="text/html"
    )
    page.set_viewport_size({"width": 390, "height": 800})  # a phone
    page.goto(httpserver.url_for("/"))

    frame = page.frame_locator("#frame")
    frame.locator(".embed-event__title").first.wait_for()
    assert frame.locator(".embed-event__title").all_inner_texts() == [
        "Marché paysan",
        "Repair café",
    ]
    component = page.frame_locator("hub-agenda iframe")
    component.locator(".embed-event__title").first.wait_for()
    assert component.locator(".embed-event__title").all_inner_texts() == [
        "Marché paysan",
        "Repair café",
    ]
    # The element takes its content's height (told by the embed), and the host column's width.
    page.wait_for_function("document.querySelector('hub-agenda iframe').style.height !== '480px'")
    inner = component.locator("html").evaluate("html => html.getBoundingClientRect().height")
    width, column, height = page.evaluate(
        "() => { const f = document.querySelector('hub-agenda iframe').getBoundingClientRect();"
        " return [f.width, document.querySelector('main').clientWidth, f.height]; }"
    )
    assert width == column and abs(height - inner) <= 1
    # The hub's ordinary pages are not shown inside another site.
    refused = page.query_selector("#refused").content_frame()
    assert not refused.url.startswith(live_server.url)
    # the only console error: Chromium refusing that frame
    assert len(page.console_errors) == 1 and "frame-ancestors" in page.console_errors[0]


@pytest.mark.parametrize("layout", ["list", "compact", "cards", "month"])
def test_every_layout_of_the_embed_passes_axe(page, live_server, agenda, layout):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}/agenda/embed/?layout={layout}")
    assert page.locator("h1").inner_text() == "Agenda"
    assert axe_violations(page) == []
    # no horizontal scrolling in a phone-wide frame
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
