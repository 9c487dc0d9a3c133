"""The contact listing: search, filters, and a number of SQL queries that does not grow with
the number of contacts shown."""

from datetime import timedelta

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from core.models import Territory, Theme
from press.admin_urls import CONTACTS, OUTLETS
from press.models import ContactStatus, OutletKind
from tests.press.conftest import content
from tests.press.factories import MediaOutletFactory, PressContactFactory

pytestmark = pytest.mark.django_db

LIST = reverse(f"{CONTACTS}:list")
LISTING_MAX_QUERIES = 25


def grow_book(count):
    themes = list(Theme.objects.all()[:3])
    territories = list(Territory.objects.all()[:2])
    for n in range(count):
        PressContactFactory(beats=themes[: 1 + n % 3], territories=territories[: 1 + n % 2])


def listing_queries(client, url=LIST):
    reset_queries()  # each request empties the log the context reads
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_the_listing_queries_do_not_grow_with_the_page(
    client, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    grow_book(3)
    listing_queries(client)  # warm the caches (permissions, content types)
    few, response = listing_queries(client)
    assert len(response.context["object_list"]) == 3
    grow_book(57)
    with django_assert_max_num_queries(LISTING_MAX_QUERIES):
        response = client.get(LIST)
    many, response = listing_queries(client)
    assert len(response.context["object_list"]) == 50  # a full page
    assert 5 < few == many


def test_the_outlet_listing_queries_do_not_grow(client, editor, django_assert_max_num_queries):
    client.force_login(editor)
    MediaOutletFactory()
    listing_queries(client, reverse(f"{OUTLETS}:list"))
    few, _response = listing_queries(client, reverse(f"{OUTLETS}:list"))
    for _ in range(30):
        MediaOutletFactory()
    with django_assert_max_num_queries(LISTING_MAX_QUERIES):
        client.get(reverse(f"{OUTLETS}:list"))
    assert 5 < few == listing_queries(client, reverse(f"{OUTLETS}:list"))[0]


@pytest.fixture
def book():
    radio = MediaOutletFactory(name="Radio Écrins FM", kind=OutletKind.RADIO)
    old = timezone.now() - timedelta(days=400)
    ancient = timezone.now() - timedelta(days=1200)
    return {
        "culture": PressContactFactory(
            last_name="Culturelle", beats=[Theme.objects.get(slug="culture")]
        ),
        "radio": PressContactFactory(last_name="Radiophonique", outlet=radio),
        "queyras": PressContactFactory(
            last_name="Queyrassienne",
            territories=[Territory.objects.get(slug="guillestrois-queyras")],
            email="queyras.desk@example.org",
        ),
        "old": PressContactFactory(last_name="Ancienne", last_verified_at=old),
        "never": PressContactFactory(last_name="Jamais", last_verified_at=None),
        "ancient": PressContactFactory(last_name="Oubliée", last_verified_at=ancient),
        "bounced": PressContactFactory(last_name="Rebond", status=ContactStatus.BOUNCED),
    }


def names(client, **params):
    response = client.get(LIST, params)
    return sorted(contact.last_name for contact in response.context["object_list"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"beat": "culture"}, ["Culturelle"]),
        ({"outlet_kind": "radio"}, ["Radiophonique"]),
        ({"territory": "guillestrois-queyras"}, ["Queyrassienne"]),
        ({"status": "bounced"}, ["Rebond"]),
        ({"freshness": "due"}, ["Ancienne", "Jamais", "Oubliée"]),
        ({"freshness": "flagged"}, ["Oubliée"]),
        ({"q": "Écrins fm"}, ["Radiophonique"]),  # the outlet's name
        ({"q": "QUEYRAS.DESK"}, ["Queyrassienne"]),  # the address
        ({"q": "ancien"}, ["Ancienne"]),  # the name
    ],
)
def test_search_and_filters(client, communicator, book, params, expected):
    if "beat" in params:
        params["beat"] = Theme.objects.get(slug=params["beat"]).pk
    if "territory" in params:
        params["territory"] = Territory.objects.get(slug=params["territory"]).pk
    client.force_login(communicator)
    assert names(client, **params) == expected


def test_the_freshness_filter_reads_the_settings(client, communicator, book, settings):
    client.force_login(communicator)
    settings.PRESS_VERIFY_AFTER_DAYS = 1500
    settings.PRESS_RETENTION_DAYS = 300
    assert names(client, freshness="due") == ["Jamais"]
    assert names(client, freshness="flagged") == ["Ancienne", "Oubliée"]


def test_the_listing_shows_status_badges_and_the_to_verify_menu(client, communicator, book):
    client.force_login(communicator)
    html = content(client.get(LIST))
    assert 'class="w-status w-status--primary"' in html  # active
    assert "?freshness=due" in html  # the "To verify" menu item
    assert reverse(f"{CONTACTS}:privacy") in html
