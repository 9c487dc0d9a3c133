"""The agenda's dates: its time zone, local midnight, and repeat rules (RRULE) as RFC 5545
wants them. Pure helpers, below every other module of the app (they import no model).

A repeat rule is stored as its author wrote it (the form, or the producer of an imported
calendar); `normalised_rrule` is the one place that makes its UNTIL agree with the event's start,
as RFC 5545 §3.3.10 requires, before anything reads it (validation, the feeds, the occurrences).
"""

import re
import zoneinfo
from datetime import UTC, date, datetime, time

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from dateutil.rrule import rrulestr
from icalendar.prop import vRecur

PARIS = zoneinfo.ZoneInfo("Europe/Paris")

_UNTIL = re.compile(r"^(\d{8})(?:T(\d{6})(Z?))?$")


def local_midnight(day):
    return datetime.combine(day, time.min, tzinfo=PARIS)


def normalised_rrule(rule, start=None, all_day=False):
    """`rule` (RRULE text, with or without the "RRULE:" prefix) with its UNTIL written as
    RFC 5545 wants it for this start: a DATE for an all-day series, a UTC DATE-TIME otherwise.

    Producers write UNTIL three ways: in UTC (Google, always), as a local (floating) time, or as
    a DATE. A floating UNTIL is read in Europe/Paris, like the event; a DATE UNTIL on a timed
    series means "through that day" (up to 23:59:59 in Paris); a UTC UNTIL on an all-day series
    is the day it falls on in Paris. Anything else in the rule is left as written, and an UNTIL
    that is not a date is left for the validation to refuse."""
    prefix = "RRULE:" if rule[:6].upper() == "RRULE:" else ""
    parts = rule[len(prefix) :].strip().split(";")
    for index, part in enumerate(parts):
        name, _sep, value = part.partition("=")
        if name.strip().upper() != "UNTIL":
            continue
        match = _UNTIL.match(value.strip().upper())
        if match is None:
            break
        day = datetime.strptime(match[1], "%Y%m%d").date()
        if match[2] is None:
            moment = None
        else:
            moment = datetime.combine(day, datetime.strptime(match[2], "%H%M%S").time())
            moment = moment.replace(tzinfo=UTC if match[3] else PARIS)
        if all_day:
            if moment is not None:
                day = moment.astimezone(PARIS).date()
            value = day.strftime("%Y%m%d")
        else:
            if moment is None:
                moment = datetime.combine(day, time(23, 59, 59), tzinfo=PARIS)
            value = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        parts[index] = f"UNTIL={value}"
        break
    return prefix + ";".join(parts)


def validate_rrule(rule, start=None, all_day=False):
    """Raise ValidationError (on the rrule field, in plain words) when `rule` is not a repeat
    rule that both icalendar and dateutil read, for an event that starts at `start`."""
    text = normalised_rrule(rule, start, all_day).removeprefix("RRULE:")
    if all_day or start is None:
        day = timezone.localtime(start, PARIS).date() if start else date(2026, 1, 1)
        dtstart = datetime.combine(day, time.min)
    else:
        dtstart = timezone.localtime(start, PARIS)
    try:
        if "\n" in text or "FREQ" not in vRecur.from_ical(text):
            raise ValueError(text)
        rrulestr(text, dtstart=dtstart)
    except (ValueError, TypeError, KeyError) as error:
        raise ValidationError(
            {
                "rrule": _(
                    "This repeat rule cannot be read. Write it as in iCalendar, for example "
                    "FREQ=WEEKLY;BYDAY=WE;COUNT=8 (every Wednesday, eight times) or "
                    "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20271231 (every first Saturday until the end "
                    "of 2027)."
                )
            }
        ) from error
