import pytest

from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


@pytest.fixture
def pages(home_page):
    StandardPageFactory(
        parent=home_page, title="Mutualiser des locaux", intro="Un archipel de lieux partagés."
    )
    StandardPageFactory(parent=home_page, title="Adhérer au réseau", intro="Rejoindre l'UDESS.")


def test_search_finds_pages_of_the_active_language(client, pages, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        response = client.get("/recherche/", {"q": "locaux"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mutualiser des locaux" in html
    assert "Adhérer au réseau" not in html


def test_search_does_not_show_french_pages_in_english(client, pages):
    html = client.get("/en/search/", {"q": "locaux"}).content.decode()
    assert "Mutualiser des locaux" not in html
    assert "0 results" in html


def test_empty_search_shows_the_form_only(client, home_page):
    response = client.get("/recherche/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_out_of_range_result_page_falls_back_to_the_last_page(client, pages):
    response = client.get("/recherche/", {"q": "locaux", "page": "999"})
    assert response.status_code == 200
    assert "Mutualiser des locaux" in response.content.decode()
