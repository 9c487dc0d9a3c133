"""The agenda's days as its month view shows them unfiltered (AgendaDay), kept whenever the
dates of an event change (agenda/signals.py): published or published again, taken offline,
deleted, made private or public, moved to another agenda. Each change counts again only the
days that the event's dates covered before or cover now."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Max, Min

from wagtail.models import Page

from agenda.models import AgendaDay, AgendaPage, Occurrence
from agenda.queries import day_summaries
from core.forms import FIRST_DAY, LAST_DAY

# More days than this (a long series, a date over years) are counted again as one range: the
# query that names a set of days passes each day as a parameter.
AT_MOST_LISTED = 500


def days_of(spans):
    """The days (of the month view's years) that dates from `first` to `last` cover, for each
    (first, last) of `spans`."""
    days = set()
    for first, last in spans:
        first, last = max(first, FIRST_DAY), min(last, LAST_DAY)
        days.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return days


def covered_days(event_id):
    """The days that the stored dates of the event cover."""
    return days_of(
        Occurrence.objects.filter(event_id=event_id).values_list("first_date", "last_date")
    )


def agenda_path(page):
    """The tree path of the page's parent (an event's agenda), without reading it."""
    return page.path[: -page.steplen]


def refresh_days(path, days):
    """Count and name again `days` of the agenda at tree `path` from its dates.

    The agenda's row is locked first (PostgreSQL; SQLite has one writer at a time): two
    publications at once would otherwise each count from what it saw before the other's
    commit, and the second one's days would leave out the first one's dates."""
    if not days:
        return
    first, last = min(days), max(days)
    listed = days if len(days) <= AT_MOST_LISTED else None
    with transaction.atomic():
        agenda = AgendaPage.objects.select_for_update().filter(path=path).only("path", "depth")
        agenda = agenda.first()
        if agenda is None:
            return  # a page that is not (or no longer) an agenda
        summaries = day_summaries(Occurrence.objects.in_agenda(agenda), first, last, listed)
        stored = AgendaDay.objects.filter(agenda=agenda)
        if listed is None:
            stored.filter(day__gte=first, day__lte=last).delete()
        else:
            stored.filter(day__in=listed).delete()
        AgendaDay.objects.bulk_create(
            AgendaDay(agenda=agenda, day=day, total=total, shown=shown)
            for day, (total, shown) in summaries.items()
        )


def refresh_event_days(event_id):
    """The days that the dates of the event (a page of any type) cover, counted again."""
    days = covered_days(event_id)
    page = Page.objects.filter(pk=event_id).only("path").first() if days else None
    if page:
        refresh_days(agenda_path(page), days)


def refresh_all_days(agenda):
    """Every day of `agenda` counted again: after dates were stored without publishing (a
    bulk load), or to repair."""
    spans = Occurrence.objects.in_agenda(agenda).aggregate(
        first=Min("first_date"), last=Max("last_date")
    )
    days = AgendaDay.objects.filter(agenda_id=agenda.pk).aggregate(
        first=Min("day"), last=Max("day")
    )
    bounds = [d for d in (*spans.values(), *days.values()) if d]
    if bounds:
        first, last = max(min(bounds), FIRST_DAY), min(max(bounds), LAST_DAY)
        refresh_days(agenda.path, days_of([(first, last)]))
