"""The agenda as open data: the events the listing's filters select, as CSV and JSON."""

import csv
import io
from datetime import timedelta

from django.utils import timezone

import pytest

from core.models import Commune, Theme
from tests.conftest import la_roue
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(agenda, directory):
    roue = la_roue(directory)
    return {
        "cafe": EventPageFactory(
            parent=agenda,
            title="Café réparation",
            themes=[Theme.objects.get(slug="culture")],
            start=timezone.now().replace(microsecond=0) + timedelta(days=6),
        ),
        "market": EventPageFactory(
            parent=agenda,
            title="=Marché paysan",  # a spreadsheet would run it
            commune=Commune.objects.get(insee="05023"),
            organisers=[roue],
            start=timezone.now().replace(microsecond=0) + timedelta(days=2),
        ),
        "past": EventPageFactory(
            parent=agenda, title="Hier", start=timezone.now() - timedelta(days=3)
        ),
    }


def rows(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_lists_upcoming_events_in_date_order_formula_safe(client, agenda, events):
    found = rows(client.get(agenda.url + "events.csv"))
    assert [r["title"] for r in found] == ["'=Marché paysan", "Café réparation"]
    market = found[0]
    assert market["commune"] == "Briançon" and market["territory"] == "Briançonnais"
    assert market["organisers"] == "La Roue"
    assert market["uid"] == events["market"].uid
    assert market["url"] == events["market"].get_full_url()
    assert found[1]["themes"] == "Culture"


def test_json_follows_the_listing_filters(client, agenda, events):
    data = client.get(agenda.url + "events.json", {"territory": "brianconnais"}).json()
    assert data["count"] == 1 and data["licence"]
    assert [e["title"] for e in data["events"]] == ["=Marché paysan"]  # JSON is not a sheet
    theme = client.get(agenda.url + "events.json", {"theme": "culture"}).json()
    assert [e["title"] for e in theme["events"]] == ["Café réparation"]


def test_the_listing_links_to_its_open_data_with_its_filters(client, agenda, events):
    html = client.get(agenda.url, {"territory": "brianconnais"}).content.decode()
    for name in ("events.csv", "events.json"):
        href = html.split(f'href="{agenda.url}{name}')[1].split('"')[0].replace("&amp;", "&")
        assert href == "?territory=brianconnais"
        assert "Marché paysan" in client.get(agenda.url + name + href).content.decode()
