"""Nothing of the press book is public: not a page, not in the site search, not in the
sitemap, no URL outside the admin but a journalist's own record and the objection link of the
mailings (reached by a personal link, each shows that contact only: tests/press/test_self_update.py
and tests/press/test_mailings.py)."""

from django.urls import get_resolver

from wagtail.models import Page
from wagtail.search.index import Indexed

import pytest

from press import views
from press.models import MediaOutlet, PressContact, PressExport, SuppressedAddress
from tests.factories import StandardPageFactory
from tests.press.conftest import SECRET_EMAIL, SECRET_SURNAME, content

pytestmark = pytest.mark.django_db


@pytest.mark.indexed
def test_public_search_for_a_contact_finds_nothing(client, home_page, secret_contact):
    StandardPageFactory(parent=home_page, title="Relations presse à Zanzibar")
    control = client.get("/recherche/", {"q": "Zanzibar"})
    assert control.context["results"].paginator.count == 1  # the search does search
    for url in ("/recherche/", "/en/search/"):
        for query in (SECRET_SURNAME, SECRET_EMAIL, secret_contact.outlet.name):
            response = client.get(url, {"q": query})
            assert response.status_code == 200
            assert response.context["results"].paginator.count == 0, (url, query)
            assert 'class="search-result"' not in content(response)


def test_the_sitemap_lists_no_contact(client, home_page, secret_contact):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = content(response)
    assert "<loc>" in xml
    assert SECRET_SURNAME not in xml and "press" not in xml


@pytest.mark.parametrize("model", [PressContact, MediaOutlet, PressExport, SuppressedAddress])
def test_the_models_are_neither_pages_nor_indexed_for_search(model):
    assert not issubclass(model, Page)
    assert not issubclass(model, Indexed)


def test_every_press_url_lives_under_the_admin_but_the_journalists_own_record():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if hasattr(pattern, "url_patterns"):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route, pattern

    press_routes = [
        (route, pattern)
        for route, pattern in walk(get_resolver().url_patterns)
        if "press" in route or getattr(pattern.callback, "__module__", "").startswith("press")
    ]
    assert press_routes
    public = [
        (route, getattr(pattern.callback, "view_class", pattern.callback))
        for route, pattern in press_routes
        if not route.startswith("admin/")
    ]
    assert {view for _route, view in public} == {
        views.LinkRequestView,
        views.SelfUpdateView,
        views.ObjectionLinkView,
        views.embargo_page,
        views.embargo_feed,
    }
