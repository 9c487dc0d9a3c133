"""Content of the accounts tests: organisations' events and news, live or draft, their sources,
and an anonymous visitor's proposal waiting in the moderation workflow."""

from agenda.models import CalendarSource
from news.models import FeedSource
from tests.agenda.conftest import in_days
from tests.factories import EventPageFactory, NewsPageFactory


def _draft(page):
    page.save()  # the organisers / organisations chosen in memory
    page.save_revision()
    return page


def live_event(agenda, org, **fields):
    fields.setdefault("start", in_days(5))
    fields.setdefault("end", fields["start"].replace(hour=23))
    return EventPageFactory(parent=agenda, organisers=[org], **fields)


def draft_event(agenda, org, **fields):
    fields.setdefault("start", in_days(6))
    fields.setdefault("end", fields["start"].replace(hour=23))
    return _draft(
        EventPageFactory(parent=agenda, organisers=[org], live=False, publish=False, **fields)
    )


def live_news(newsroom, org, **fields):
    return NewsPageFactory(parent=newsroom, organisations=[org], **fields)


def draft_news(newsroom, org, **fields):
    return _draft(
        NewsPageFactory(parent=newsroom, organisations=[org], live=False, publish=False, **fields)
    )


def proposal(agenda, **fields):
    """What the public proposal form leaves: a draft with no organiser, the proposer's name and
    e-mail, submitted to the moderation workflow by nobody."""
    fields.setdefault("title", "Fête de la soupe à Réotier")
    fields.setdefault("slug", "fete-de-la-soupe")
    page = _draft(
        EventPageFactory(
            parent=agenda,
            live=False,
            publish=False,
            start=in_days(9),
            end=in_days(9, hour=23),
            proposer_name="Camille",
            proposer_email="camille@example.net",
            **fields,
        )
    )
    page.get_workflow().start(page, None)
    return page


def calendar_source(org, **fields):
    fields.setdefault("name", f"Agenda de {org.title}")
    fields.setdefault("url", f"https://{org.slug}.example.org/agenda.ics")
    return CalendarSource.objects.create(organisation=org, **fields)


def feed_source(org, **fields):
    fields.setdefault("url", f"https://{org.slug}.example.org/feed.xml")
    return FeedSource.objects.create(organisation=org, **fields)
