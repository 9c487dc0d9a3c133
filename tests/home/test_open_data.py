"""The open data page and its DCAT catalogue: every dataset, its formats, fields, frequency and
licence, each link answering."""

import pytest

from tests.conftest import la_roue, translate
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(home_page, agenda, directory, locales):
    newsroom = NewsIndexPageFactory(parent=home_page)
    roue = la_roue(directory)
    EventPageFactory(parent=agenda, organisers=[roue])
    NewsPageFactory(parent=newsroom, organisations=[roue])
    for code, slugs in {"en": ("agenda", "directory", "news")}.items():
        for page, slug in zip((agenda, directory, newsroom), slugs, strict=True):
            translate(page, locales[code], slug=slug)
    return agenda, directory, newsroom


def test_the_page_lists_every_dataset_with_links_that_answer(client, sections):
    response = client.get("/donnees-ouvertes/")
    assert response.status_code == 200
    html = response.content.decode()
    for title in ("L’agenda partagé", "L’annuaire des structures", "Actualités et communiqués"):
        assert title in html
    assert "Licence Ouverte 2.0" in html and "<code>offers_room</code>" in html
    links = [part.split('"')[0] for part in html.split('<li><a href="')[1:]]
    data_links = [link for link in links if "/api/" in link or "." in link.rsplit("/", 1)[-1]]
    assert len(data_links) >= 11
    for link in data_links:
        answer = client.get(link.replace("http://testserver", ""))
        assert answer.status_code == 200, link


def test_the_page_is_in_the_visitor_s_language(client, sections):
    html = client.get("/en/open-data/").content.decode()
    assert "The shared agenda" in html and "/en/agenda/events.csv" in html
    assert "lang=en" in html


def test_the_catalogue_is_dcat_json_ld(client, sections):
    response = client.get("/donnees-ouvertes/catalogue.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    catalogue = response.json()
    assert catalogue["@type"] == "dcat:Catalog"
    datasets = {d["dct:identifier"]: d for d in catalogue["dcat:dataset"]}
    assert set(datasets) == {"agenda", "directory", "news"}
    agenda = datasets["agenda"]
    assert agenda["dct:license"]["@id"].startswith("https://www.etalab.gouv.fr/")
    formats = {d["dct:title"]: d["dcat:mediaType"] for d in agenda["dcat:distribution"]}
    assert formats == {
        "CSV": "text/csv",
        "JSON": "application/json",
        "iCalendar": "text/calendar",
        "API": "application/json",
    }


def test_every_page_links_to_the_open_data(client, sections):
    assert 'href="/donnees-ouvertes/"' in client.get("/").content.decode()
