"""Fragments kept in the shared cache until the content changes (core.cache.shared_fragment):
an organisation page's sections, the listings' filter forms, the newsroom's months. Kept for
every worker (the default cache: Redis in production), made again as soon as anything public
changes, never kept for free text."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from core.cache import shared_fragment
from core.pagecache import forget_content
from tests.conftest import la_roue
from tests.factories import EventPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_fragment_is_made_once_per_content_version():
    made = []

    def make():
        made.append(1)
        return f"<p>{len(made)}</p>"

    assert shared_fragment("test", 1, make) == "<p>1</p>"
    assert shared_fragment("test", 1, make) == "<p>1</p>" and len(made) == 1
    assert shared_fragment("test", 2, make) == "<p>2</p>"  # another fragment of the kind
    forget_content()
    assert shared_fragment("test", 1, make) == "<p>3</p>"


def test_an_organisation_s_sections_are_read_once_and_follow_a_publish(client, agenda, directory):
    roue = la_roue(directory)
    soon = timezone.now() + timedelta(days=2)
    EventPageFactory(parent=agenda, title="Marché paysan", organisers=[roue], start=soon)
    html, first = get(client, roue.url)
    assert "Marché paysan" in html
    html, again = get(client, roue.url)
    assert "Marché paysan" in html and again <= first - 2  # the sections' queries are gone
    EventPageFactory(parent=agenda, title="Repair café", organisers=[roue], start=soon)
    html, _ = get(client, roue.url)
    assert "Repair café" in html  # a publish moves the version: shown at once


def test_the_filter_form_follows_new_organisations_and_never_keeps_free_text(
    client, agenda, directory
):
    la_roue(directory)
    html, _ = get(client, agenda.url)
    assert ">La Roue</option>" in html
    ludambule = OrganisationPageFactory(parent=directory, title="Ludambule", slug="ludambule")
    ludambule.save_revision().publish()  # as the admin publishes it
    html, _ = get(client, agenda.url)
    assert ">Ludambule</option>" in html
    html, _ = get(client, agenda.url, organisation="ludambule")
    assert '<option value="ludambule" selected>Ludambule</option>' in html
    html, _ = get(client, agenda.url)
    assert '<option value="ludambule" selected>' not in html  # one fragment per choice
    for words in ("vélo", "atelier"):
        html, _ = get(client, agenda.url, q=words)
        assert f'value="{words}"' in html


def test_no_fragment_is_kept_when_the_setting_says_0(settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    made = []
    for _ in range(2):
        shared_fragment("test", 1, lambda: made.append(1) or "x")
    assert len(made) == 2


def test_parameters_that_are_not_filters_make_no_other_filter_form(client, agenda, directory):
    from django.core.cache import cache

    la_roue(directory)
    get(client, agenda.url)
    before = set(cache._cache)  # the test settings' local memory cache
    for n in range(3):
        get(client, agenda.url, utm_source=f"lettre-{n}", page=2)
    assert not {key for key in set(cache._cache) - before if ":filters:" in key}
