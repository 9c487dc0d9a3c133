"""Nothing the browser loads leaves the site: a communicator working in the admin, and a visitor
on the public pages, make no request to a third-party host (no Gravatar, no fonts, no release
check), and the Content-Security-Policy refuses nothing the site itself needs."""

from urllib.parse import urlsplit

import pytest

from core.models import Commune, Sector, Territory, Theme
from home.roles import COMMUNICATORS, ensure_roles
from tests.accounts.conftest import make_user, organisation
from tests.browser.test_moderation import log_in
from tests.factories import AgendaPageFactory, DirectoryPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(home_page):
    if Commune.objects.count() == 0:  # a previous transactional test flushed the taxonomies
        from core.taxonomies import load_taxonomies

        load_taxonomies(Territory, Commune, Theme, Sector)
    ensure_roles()
    AgendaPageFactory(parent=home_page)
    directory = DirectoryPageFactory(parent=home_page)
    roue = organisation(directory, "org_a")  # La Roue
    make_user("alice", groups=[COMMUNICATORS], organisations=[roue])
    return {"directory": directory, "roue": roue}


def hosts_requested(context):
    hosts = []
    context.on("request", lambda request: hosts.append(urlsplit(request.url).netloc))
    return hosts


def test_the_admin_contacts_no_third_party(browser, live_server, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    hosts = hosts_requested(context)
    tab = context.new_page()
    errors = []
    tab.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    log_in(tab, live_server, "alice")
    for path in (
        "/admin/",
        f"/admin/pages/{site['roue'].pk}/edit/",
        "/admin/images/",
        "/admin/account/",
    ):
        response = tab.goto(live_server.url + path)
        assert response.status == 200, path
        tab.wait_for_load_state("networkidle")
    own = urlsplit(live_server.url).netloc
    assert hosts, "the browser made no request at all"
    assert {host for host in hosts if host} == {own}
    assert [e for e in errors if "Content Security Policy" in e] == []
    context.close()


def test_public_pages_load_only_the_sites_own_files(page, live_server, site):
    hosts = hosts_requested(page.context)
    for path in ("/", site["directory"].url, site["roue"].url):
        assert page.goto(live_server.url + path).status == 200
        page.wait_for_load_state("networkidle")
    assert {host for host in hosts if host} == {urlsplit(live_server.url).netloc}
    assert page.console_errors == []
