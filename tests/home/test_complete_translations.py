"""`complete_translations` gives the events and news published before translations followed
their original the copies they lack, once."""

from io import StringIO

from django.core.management import call_command

from wagtail.signals import page_published

import pytest

from agenda.models import EventPage
from news.models import NewsPage
from tests.conftest import translate
from tests.factories import EventPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("complete_translations", stdout=out)
    return out.getvalue()


def test_old_events_and_news_get_their_missing_translations_once(locales, agenda, home_page):
    for code in ("en", "it"):
        translate(agenda, locales[code])
    newsroom = NewsIndexPageFactory(parent=home_page)
    for code in ("en", "it"):
        translate(newsroom, locales[code])
    receivers = page_published.receivers
    page_published.receivers = []  # published as before translations followed
    try:
        event = EventPageFactory(parent=agenda, title="Atelier vélo")
        news = NewsPageFactory(parent=newsroom, title="La Roue a cent commerces")
    finally:
        page_published.receivers = receivers
        page_published.sender_receivers_cache.clear()
    assert EventPage.objects.filter(translation_key=event.translation_key).count() == 1

    assert run().startswith("4 ")
    for model, page in ((EventPage, event), (NewsPage, news)):
        copies = model.objects.filter(translation_key=page.translation_key, live=True)
        assert {p.locale.language_code for p in copies} == {"fr", "en", "it"}
    assert run().startswith("0 ")
