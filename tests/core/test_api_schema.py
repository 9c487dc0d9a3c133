"""The public API against its own OpenAPI document (schemathesis): for every operation, requests
generated from the document, valid and invalid, never get a 5xx, invalid ones are refused, and
every answer (status, content type, body, headers) is one the document describes."""

import json
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from config.api import api
from core.models import Commune, Theme
from tests.conftest import la_roue
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_connection_per_test():
    """The calls go through the site's WSGI handler, which closes the database connection at
    the end of every request (the test's transaction with it, on PostgreSQL); Django's own
    test client stops that the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def content(agenda, directory, home_page, settings):
    """Some of everything the API lists, and the throttle out of the way."""
    settings.API_RATE = "1000000/m"
    roue = la_roue(directory)
    EventPageFactory(
        parent=agenda,
        themes=[Theme.objects.get(slug="culture")],
        organisers=[roue],
        commune=Commune.objects.get(insee="05023"),
    )
    EventPageFactory(parent=agenda, start=timezone.now() + timedelta(days=40), all_day=True)
    newsroom = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=newsroom, kind="press", organisations=[roue])


# The document the site serves (test_the_document_is_the_one_served), called through the
# site's whole WSGI stack. Loaded at import: Django is set up, the database not yet open.
DOCUMENT = json.loads(json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder))
schema = schemathesis.openapi.from_dict(DOCUMENT)
schema.app = get_wsgi_application()


def test_the_document_is_the_one_served(client):
    assert client.get("/api/v1/openapi.json").json() == DOCUMENT


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_as_its_openapi_document_says(case):
    # Every check but one: a value of the right type may still name no territory, theme or
    # organisation of the site (the document cannot list them: they change with the content),
    # and the API answers it with a documented 400 and the message of the listing's form.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
