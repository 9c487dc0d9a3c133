"""A communicator gets, from her dashboard, the code that shows her organisation's events on
its own website: the generator pre-filled with her organisation, a layout chosen, the preview
showing her events, the code ready to copy; no accessibility violation (axe-core)."""

import pytest

from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.browser.conftest import axe_violations, ensure_taxonomies, log_in
from tests.factories import AgendaPageFactory, DirectoryPageFactory, EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(home_page):
    from wagtail.users.models import UserProfile

    ensure_taxonomies()
    ensure_roles()
    agenda = AgendaPageFactory(parent=home_page)
    directory = DirectoryPageFactory(parent=home_page)
    roue = organisation(directory, "org_a")  # La Roue
    ludambule = organisation(directory, "org_b")
    EventPageFactory(parent=agenda, title="Permanence du comptoir de change", organisers=[roue])
    EventPageFactory(parent=agenda, title="Soirée jeux", organisers=[ludambule])
    alice = make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    UserProfile.objects.filter(user=alice).update(preferred_language="")  # French admin
    return agenda


def test_a_communicator_gets_the_code_for_her_events_from_her_dashboard(page, live_server, site):
    log_in(page, live_server, "alice")
    page.get_by_role(
        "link", name="Obtenir le code qui affiche vos événements sur votre site"
    ).click()
    organisations = page.get_by_role("group", name="Structure")
    assert organisations.get_by_label("La Roue").is_checked()
    assert not organisations.get_by_label("Ludambule").is_checked()
    page.get_by_label("Présentation").select_option(label="Cartes")
    with page.expect_navigation():
        page.get_by_role("button", name="Prévisualiser et obtenir le code").click()

    preview = page.frame_locator("main iframe")
    preview.locator(".embed-event__title").first.wait_for()
    assert preview.locator(".embed-event__title").all_inner_texts() == [
        "Permanence du comptoir de change"
    ]
    code = page.get_by_label("Code pour votre site").input_value()
    assert code.startswith('<script src="') and "/static/js/hub-embed.js" in code
    assert "<hub-agenda src=" in code and "organisation=la-roue&layout=cards" in code
    assert axe_violations(page) == []

    # with a partner's events too: both organisations in one embed
    page.get_by_role("group", name="Structure").get_by_label("Ludambule").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Prévisualiser et obtenir le code").click()
    preview.locator(".embed-event__title").nth(1).wait_for()
    assert sorted(preview.locator(".embed-event__title").all_inner_texts()) == [
        "Permanence du comptoir de change",
        "Soirée jeux",
    ]
    code = page.get_by_label("Code pour votre site").input_value()
    assert "organisation=la-roue%2Cludambule&layout=cards" in code
    assert "<iframe src=" in page.get_by_label("Ou un cadre").input_value()
    assert axe_violations(page) == []
