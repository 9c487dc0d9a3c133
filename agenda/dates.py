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


# The parts of a rule the agenda reads, and the values of the ones it checks in plain words.
RULE_PARTS = frozenset(
    {
        "FREQ",
        "UNTIL",
        "COUNT",
        "INTERVAL",
        "BYSECOND",
        "BYMINUTE",
        "BYHOUR",
        "BYDAY",
        "BYMONTHDAY",
        "BYYEARDAY",
        "BYWEEKNO",
        "BYMONTH",
        "BYSETPOS",
        "WKST",
    }
)
FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")


def rule_parts(rule):
    """{NAME: value} of a rule's text (with or without "RRULE:"), names in capitals; ValueError
    when a part is not NAME=value, is unknown or comes twice."""
    text = rule.strip()
    if text[:6].upper() == "RRULE:":
        text = text[6:]
    parts = {}
    for part in text.split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip().upper(), value.strip()
        if not sep or not value or name not in RULE_PARTS or name in parts:
            raise ValueError(part)
        parts[name] = value
    return parts


def until_day(value):
    """The local day (in Paris) an UNTIL value names: a DATE, a UTC or a floating DATE-TIME;
    ValueError when it is none of them."""
    match = _UNTIL.match(value.strip().upper())
    if match is None:
        raise ValueError(value)
    day = datetime.strptime(match[1], "%Y%m%d").date()
    if match[2] is None:
        return day
    moment = datetime.combine(day, datetime.strptime(match[2], "%H%M%S").time())
    if match[3]:
        return moment.replace(tzinfo=UTC).astimezone(PARIS).date()
    return day


def _positive(value):
    return value.isdigit() and int(value) >= 1


def rule_problem(parts, start_day=None):
    """What is wrong with a rule's parts (of rule_parts), in plain words, or None."""
    if "FREQ" not in parts:
        return _("Choose how often the event repeats (every day, week, month or year).")
    if parts["FREQ"].upper() not in FREQUENCIES:
        return _unreadable()
    if "INTERVAL" in parts and not _positive(parts["INTERVAL"]):
        return _("Repeat every 1 or more: write a whole number, such as 2 for every other week.")
    if "COUNT" in parts and not _positive(parts["COUNT"]):
        return _("The number of times must be a whole number, 1 or more.")
    if "COUNT" in parts and "UNTIL" in parts:
        return _("A series ends either on a date or after a number of times, not both.")
    if "UNTIL" in parts:
        try:
            last = until_day(parts["UNTIL"])
        except ValueError:
            return _("The end date of the repeat is not a date: choose it in the calendar.")
        if start_day and last < start_day:
            return _("The repeat ends before the event starts: choose a later end date.")
    return None


def validate_rrule(rule, start=None, all_day=False):
    """Raise ValidationError (on the rrule field, in plain words) when `rule` is not a repeat
    rule that both icalendar and dateutil read, for an event that starts at `start`."""
    if all_day or start is None:
        day = timezone.localtime(start, PARIS).date() if start else date(2026, 1, 1)
        dtstart = datetime.combine(day, time.min)
    else:
        dtstart = timezone.localtime(start, PARIS)
    try:
        parts = rule_parts(rule)
    except ValueError as error:
        raise ValidationError({"rrule": _unreadable()}) from error
    problem = rule_problem(parts, dtstart.date() if start else None)
    if problem:
        raise ValidationError({"rrule": problem})
    text = normalised_rrule(rule, start, all_day).removeprefix("RRULE:")
    try:
        if "\n" in text or "FREQ" not in vRecur.from_ical(text):
            raise ValueError(text)
        rrulestr(text, dtstart=dtstart)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise ValidationError({"rrule": _unreadable()}) from error


def _unreadable():
    return _(
        "This repeat rule cannot be read. Choose the repeat again in the editor, or write it as "
        "in iCalendar, for example FREQ=WEEKLY;BYDAY=WE;COUNT=8 (every Wednesday, eight times)."
    )
