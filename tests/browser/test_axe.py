"""The accessibility check every browser test relies on finds what it should."""

import pytest

from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


def test_axe_reports_each_violation_with_the_elements_at_fault(page):
    page.set_content(
        '<html lang="fr"><head><title>Essai</title></head><body><main>'
        '<h1>Agenda</h1><img id="sans-texte" src="data:image/gif;base64,'
        'R0lGODlhAQABAAAAACw=">'
        '<p style="color:#aaa;background:#fff">Marché paysan de Gap</p>'
        "</main></body></html>"
    )
    found = axe_violations(page)
    assert [v.split(":")[0] for v in found] == ["color-contrast", "image-alt"]
    assert "#sans-texte" in found[1]


def test_axe_reports_nothing_on_a_page_without_fault(page):
    page.set_content(
        '<html lang="fr"><head><title>Essai</title></head><body><main>'
        "<h1>Agenda</h1><p>Marché paysan de Gap</p></main></body></html>"
    )
    assert axe_violations(page) == []
