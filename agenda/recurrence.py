"""Occurrences of events: computed with recurring-ical-events from the event's own VEVENTs
(the same ones the iCal feed publishes), stored in Occurrence rows when the event is published.

The repeat rule itself (its UNTIL made to agree with the start, its validation) is read in
agenda/dates.py, below this module and the feeds.
"""

from datetime import date, datetime, timedelta

from django.utils import timezone

import recurring_ical_events
from icalendar import Calendar

from agenda.dates import local_midnight
from agenda.ical.export import event_components

# How far ahead a series is expanded (and how many dates at most): enough for any agenda view.
HORIZON = timedelta(days=550)
MAX_OCCURRENCES = 400


def _aware(value):
    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, date):
        return local_midnight(value)
    raise TypeError(value)


def compute_occurrences(event, now=None):
    """[(start, end, all_day, cancelled)] of a published event, within the horizon."""
    now = now or timezone.now()
    calendar = Calendar()
    for component in event_components(event):
        calendar.add_component(component)
    window_start = min(event.start, now - HORIZON)
    window_end = max(event.effective_end, now) + HORIZON
    occurrences = []
    query = recurring_ical_events.of(calendar, skip_bad_series=True)
    for component in query.between(window_start, window_end):
        start = component.get("DTSTART").dt
        end = component.get("DTEND").dt if component.get("DTEND") else start
        all_day = not isinstance(start, datetime)
        cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
        occurrences.append((_aware(start), _aware(end), all_day, cancelled))
        if len(occurrences) >= MAX_OCCURRENCES:
            break
    return sorted(occurrences)


def refresh_occurrences(event):
    """Replace the stored occurrences of `event` with freshly computed ones (the model of
    `event.occurrences`, the related manager); gives the new ones."""
    occurrence = event.occurrences.model
    occurrence.objects.filter(event=event).delete()
    return occurrence.objects.bulk_create(
        occurrence.of(event, start, end, all_day, cancelled)
        for start, end, all_day, cancelled in compute_occurrences(event)
    )
