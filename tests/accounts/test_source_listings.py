"""The admin's listings of calendar sources, member feeds and member news say in words what
their yes/no fields mean ("Synchronised" or "Paused", "Directly" or "After review"), with an
icon, never Python's True and False."""

import re
from html import unescape

from django.urls import reverse
from django.utils import timezone

import pytest

from news.models import MemberNewsItem
from tests.accounts import content
from tests.accounts.conftest import logged_in

pytestmark = pytest.mark.django_db


def rows(response):
    """The listing's rows, as their cells' text."""
    html = response.content.decode()
    html = html[html.index('id="listing-results"') :]
    body = html[html.index("<tbody") : html.index("</tbody>")]
    return [
        [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    ]


def row_of(response, text):
    (row,) = [row for row in rows(response) if any(text in cell for cell in row)]
    return row


@pytest.fixture
def sources(org_a, org_t):
    return {
        "calendar on": content.calendar_source(org_t, name="Agenda direct", publish_directly=True),
        "calendar off": content.calendar_source(
            org_a, name="Agenda en pause", publish_directly=False, active=False
        ),
        "feed on": content.feed_source(org_t, url="https://zinzine.example.org/direct.xml"),
        "feed off": content.feed_source(
            org_a, url="https://la-roue.example.org/pause.xml", active=False
        ),
    }


def test_calendar_sources_say_how_they_publish_and_whether_they_synchronise(editor, sources):
    response = logged_in(editor).get(reverse("wagtailsnippets_agenda_calendarsource:list"))
    html = response.content.decode()
    assert "publish directly" in html.lower() and "synchronisation" in html.lower()
    direct = row_of(response, "Agenda direct")
    paused = row_of(response, "Agenda en pause")
    assert "Directly" in direct and "Synchronised" in direct
    assert "After review" in paused and "Paused" in paused
    for row in (direct, paused):
        assert "True" not in row and "False" not in row


def test_member_feeds_say_the_same(editor, sources):
    response = logged_in(editor).get(reverse("wagtailsnippets_news_feedsource:list"))
    direct = row_of(response, "zinzine.example.org/direct.xml")
    paused = row_of(response, "la-roue.example.org/pause.xml")
    assert "Synchronised" in direct and "Paused" in paused
    assert "After review" in direct  # the feed's own default
    for row in (direct, paused):
        assert "True" not in row and "False" not in row


def test_a_communicator_sees_the_same_words_for_their_sources(communicator_a, sources):
    response = logged_in(communicator_a).get(reverse("wagtailsnippets_agenda_calendarsource:list"))
    (paused,) = rows(response)  # theirs only
    assert "Agenda en pause" in paused[1]
    assert "After review" in paused and "Paused" in paused


def test_member_news_say_whether_they_are_shown(editor, sources):
    for title, approved in [("Nouvelle montrée", True), ("Nouvelle en attente", False)]:
        MemberNewsItem.objects.create(
            source=sources["feed on"],
            entry_id=title,
            title=title,
            link="https://zinzine.example.org/" + str(approved),
            published=timezone.now(),
            approved=approved,
        )
    response = logged_in(editor).get(reverse("wagtailsnippets_news_membernewsitem:list"))
    assert "Shown" in row_of(response, "Nouvelle montrée")
    assert "Awaiting approval" in row_of(response, "Nouvelle en attente")
    for row in rows(response):
        assert "True" not in row and "False" not in row
