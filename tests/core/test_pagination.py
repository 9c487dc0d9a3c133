"""Listings count at most what they can list: the count query stops at the cap, and the page
says when more match and how to reach them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from agenda.models import AgendaPage
from core.models import Commune
from core.pagination import CappedPaginator
from news.models import NewsIndexPage
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_the_count_stops_at_the_cap_and_says_so():
    communes = Commune.objects.order_by("insee")
    total = communes.count()
    assert total > 30
    capped = CappedPaginator(communes, 10, cap=30)
    with CaptureQueriesContext(connection) as queries:
        assert capped.count == 30 and capped.capped and capped.num_pages == 3
    assert len(queries) == 1 and "LIMIT 31" in queries[0]["sql"]
    assert list(capped.get_page(3).object_list) == list(communes[20:30])
    assert capped.get_page(4).number == 3  # beyond the cap: the last page listed
    whole = CappedPaginator(communes, 10, cap=total)
    assert whole.count == total and not whole.capped


def test_an_agenda_with_more_dates_than_it_lists_says_how_to_reach_them(
    client, agenda, monkeypatch
):
    monkeypatch.setattr(AgendaPage, "LISTED_AT_MOST", 2 * AgendaPage.PER_PAGE)
    EventPageFactory(parent=agenda, rrule="FREQ=DAILY;COUNT=60")
    first = client.get("/agenda/").content.decode()
    assert f"Plus de {2 * AgendaPage.PER_PAGE} dates" in first
    last = client.get("/agenda/?page=2").content.decode()
    assert "Page 2 sur 2" in last
    assert "choisissez des dates, un mois ou un filtre" in last
    monkeypatch.setattr(AgendaPage, "LISTED_AT_MOST", 100)
    assert "60 dates" in client.get("/agenda/").content.decode()


def test_a_newsroom_with_more_news_than_it_lists_points_to_its_archive(
    client, home_page, monkeypatch
):
    monkeypatch.setattr(NewsIndexPage, "LISTED_AT_MOST", NewsIndexPage.PER_PAGE)
    newsroom = NewsIndexPageFactory(parent=home_page)
    for _n in range(NewsIndexPage.PER_PAGE + 1):
        NewsPageFactory(parent=newsroom)
    html = client.get(newsroom.url).content.decode()
    assert f"Plus de {NewsIndexPage.PER_PAGE} articles" in html
    assert "choisissez un mois des archives" in html
