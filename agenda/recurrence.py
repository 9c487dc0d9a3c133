"""Occurrences of events: computed with recurring-ical-events from the event's own VEVENTs
(the same ones the iCal feed publishes), stored in Occurrence rows when the event is published."""

from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

import recurring_ical_events
from dateutil.rrule import rrulestr
from icalendar import Calendar

# How far ahead a series is expanded (and how many dates at most): enough for any agenda view.
HORIZON = timedelta(days=550)
MAX_OCCURRENCES = 400


def validate_rrule(rule):
    """Raise ValidationError when `rule` is not an RRULE that dateutil understands."""
    try:
        rrulestr(rule, dtstart=datetime(2026, 1, 1))
    except (ValueError, TypeError) as error:
        raise ValidationError(
            {"rrule": _("This repeat rule is not valid iCalendar: %(error)s") % {"error": error}}
        ) from error


def _aware(value, end=False):
    from agenda.models import local_midnight

    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, date):
        return local_midnight(value)
    raise TypeError(value)


def compute_occurrences(event, now=None):
    """[(start, end, all_day, cancelled)] of a published event, within the horizon."""
    from agenda.ical.export import event_components

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
    """Replace the stored occurrences of `event` with freshly computed ones."""
    from agenda.models import Occurrence

    Occurrence.objects.filter(event=event).delete()
    Occurrence.objects.bulk_create(
        Occurrence(event=event, start=start, end=end, all_day=all_day, cancelled=cancelled)
        for start, end, all_day, cancelled in compute_occurrences(event)
    )
