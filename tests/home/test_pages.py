from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.conftest import translate
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HOME_PAGE_MAX_QUERIES = 15
STANDARD_PAGE_MAX_QUERIES = 18


class TestHomePage:
    @pytest.mark.parametrize(
        ("url", "lang", "heading"),
        [
            ("/", "fr", "L&#x27;économie sociale et solidaire des Hautes-Alpes"),
            ("/en/", "en", "The social economy of the Alps"),
            ("/it/", "it", "L&#x27;economia sociale delle Alpi"),
        ],
    )
    def test_home_page_renders_in_each_language_within_the_query_budget(
        self, client, home_page, django_assert_max_num_queries, url, lang, heading
    ):
        with django_assert_max_num_queries(HOME_PAGE_MAX_QUERIES):
            response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{lang}">' in html
        assert heading in html

    def test_language_switcher_links_to_each_translation_of_the_page(self, client, home_page):
        html = client.get("/").content.decode()
        assert 'href="/en/" hreflang="en" lang="en"' in html
        assert 'href="/it/" hreflang="it" lang="it"' in html
        assert 'href="/" hreflang="fr" lang="fr" aria-current="true"' in html

    def test_hreflang_alternates_name_every_translation(self, client, home_page):
        html = client.get("/en/").content.decode()
        for lang, path in [("fr", "/"), ("en", "/en/"), ("it", "/it/")]:
            assert (
                f'<link rel="alternate" hreflang="{lang}" href="http://testserver{path}">' in html
            )

    def test_skip_link_and_landmarks_are_present(self, client, home_page):
        html = client.get("/").content.decode()
        assert '<a class="skip-link" href="#main">' in html
        for landmark in ("<header", '<main id="main"', "<footer", 'role="search"'):
            assert landmark in html


class TestStandardPage:
    def test_translated_page_switcher_leads_to_the_same_page_in_another_language(
        self, client, home_page, locales
    ):
        page = StandardPageFactory(parent=home_page, title="Le réseau", slug="le-reseau")
        translate(page, locales["en"], title="The network", slug="the-network")
        html = client.get("/le-reseau/").content.decode()
        assert 'href="/en/the-network/" hreflang="en"' in html
        # No Italian translation: the switcher falls back to the Italian home page, and no
        # hreflang alternate claims a translation that does not exist.
        assert 'href="/it/" hreflang="it"' in html
        assert 'hreflang="it" href=' not in html

    def test_standard_page_queries_do_not_grow_with_its_subpages(
        self, client, home_page, django_assert_num_queries
    ):
        forums = StandardPageFactory(parent=home_page, title="Les forums", slug="les-forums")
        StandardPageFactory(parent=forums, title="Forum 2018")
        client.get("/les-forums/")  # warm the site-root-paths cache, as in production
        with CaptureQueriesContext(connection) as few:
            client.get("/les-forums/")
        for year in range(2019, 2031):
            StandardPageFactory(parent=forums, title=f"Forum {year}")
        with django_assert_num_queries(len(few.captured_queries)):
            response = client.get("/les-forums/")
        assert len(few.captured_queries) <= STANDARD_PAGE_MAX_QUERIES
        html = response.content.decode()
        assert html.count('class="card"') == 13
        assert "Forum 2030" in html

    def test_menu_shows_only_pages_marked_for_menus(self, client, home_page):
        StandardPageFactory(parent=home_page, title="Adhérer", show_in_menus=True)
        StandardPageFactory(parent=home_page, title="Mentions légales", show_in_menus=False)
        html = client.get("/").content.decode()
        nav = html.split('aria-label="Menu principal"')[1].split("</nav>")[0]
        assert "Adhérer" in nav
        assert "Mentions légales" not in nav


class TestSiteFiles:
    def test_sitemap_lists_the_pages_of_every_language(self, client, home_page):
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        xml = response.content.decode()
        for loc in ("http://localhost/", "http://localhost/en/", "http://localhost/it/"):
            assert f"<loc>{loc}</loc>" in xml

    def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(self, client):
        response = client.get("/robots.txt")
        assert response["Content-Type"].startswith("text/plain")
        body = response.content.decode()
        assert "Disallow: /admin/" in body
        assert "Sitemap: http://testserver/sitemap.xml" in body

    def test_favicon_redirects_to_the_static_icon(self, client):
        response = client.get("/favicon.ico")
        assert response.status_code == 301
        assert response["Location"].endswith("img/favicon.ico")

    def test_unknown_page_is_a_404_with_the_site_shell(self, client, home_page):
        response = client.get("/cette-page-n-existe-pas/")
        assert response.status_code == 404
        assert "Page introuvable" in response.content.decode()

    def test_server_error_page_renders_without_a_request(self):
        from django.template.loader import render_to_string

        html = render_to_string("500.html")
        assert "<h1>" in html and 'href="/"' in html
