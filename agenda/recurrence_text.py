"""Repeat rules in plain words, and the few shapes of rule the admin's recurrence editor shows.

One function, `describe`, writes a rule as people say it ("every Wednesday at 18:30 until
24 June"), in the active language: the event page calls it, and the editor's script fills the
same phrases (`phrases()`) as the form changes. A pure module: it reads no model.

The editor shows the rules calendar apps offer (`Recurrence`): never, every day, every week on
some weekdays, every month on the nth weekday or on a day of the month, every year; an interval;
ending never, on a day or after a number of times. Any other rule (an imported calendar's) is
kept as written and described as far as it goes.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from agenda.dates import PARIS, rule_parts, rule_problem, until_day
from core.calendar_names import day_and_month, day_number, elided, elisions

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The nth weekday of a month the editor offers: first to fifth, and the last.
ORDINALS = (1, 2, 3, 4, 5, -1)
# What the editor reads and writes; WKST is read only when it says Monday, the default.
EDITABLE_PARTS = frozenset({"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL"})


def plural_phrases(n):
    """The phrases that change with a number `n`, by key, for `n` (literal msgids, for
    makemessages). The editor's script gets them for 1 and 2: for the numbers it writes (1 or
    more), French, English and Italian take the singular for 1 only."""
    return {
        "day": ngettext("every %(n)s day", "every %(n)s days", n),
        "week": ngettext("every %(n)s week on %(days)s", "every %(n)s weeks on %(days)s", n),
        "month_nth": ngettext(
            "every %(n)s month on %(nth)s %(weekday)s",
            "every %(n)s months on %(nth)s %(weekday)s",
            n,
        ),
        "month_day": ngettext(
            "every %(n)s month on day %(day)s", "every %(n)s months on day %(day)s", n
        ),
        "year": ngettext("every %(n)s year on %(date)s", "every %(n)s years on %(date)s", n),
        "count": ngettext("%(n)s time", "%(n)s times", n),
    }


@dataclass(frozen=True)
class Recurrence:
    """A rule as the editor shows it. `weekdays` for a weekly rule (none: the start's);
    `nth` and `weekday` for a monthly rule on the nth weekday, else `monthday` (none: the
    start's day); at most one of `until` and `count`."""

    freq: str
    interval: int = 1
    weekdays: tuple = ()
    nth: int | None = None
    weekday: str | None = None
    monthday: int | None = None
    until: date | None = None
    count: int | None = None


def parse_rule(rule):
    """The Recurrence the editor shows for `rule` (text), None for a rule it cannot show (kept
    as written) or that cannot be read."""
    try:
        parts = rule_parts(rule)
    except ValueError:
        return None
    if parts.pop("WKST", "MO").upper() != "MO" or set(parts) - EDITABLE_PARTS:
        return None
    if rule_problem(parts) or parts["FREQ"].upper() not in FREQUENCIES:
        return None
    freq = parts["FREQ"].upper()
    byday = [day.strip().upper() for day in parts.get("BYDAY", "").split(",") if day.strip()]
    monthday = parts.get("BYMONTHDAY")
    fields = {
        "freq": freq,
        "interval": int(parts.get("INTERVAL", 1)),
        "count": int(parts["COUNT"]) if "COUNT" in parts else None,
        "until": until_day(parts["UNTIL"]) if "UNTIL" in parts else None,
    }
    if freq == "WEEKLY" and monthday is None and all(day in WEEKDAYS for day in byday):
        days = tuple(day for day in WEEKDAYS if day in byday)
        return Recurrence(**fields, weekdays=days) if len(days) == len(byday) else None
    if freq == "MONTHLY" and not byday and (monthday is None or monthday.isdigit()):
        if monthday is None or 1 <= int(monthday) <= 31:
            return Recurrence(**fields, monthday=int(monthday) if monthday else None)
        return None
    if freq == "MONTHLY" and len(byday) == 1 and monthday is None:
        nth, day = byday[0][:-2].lstrip("+"), byday[0][-2:]
        if day in WEEKDAYS and nth.lstrip("-").isdigit() and int(nth) in ORDINALS:
            return Recurrence(**fields, nth=int(nth), weekday=day)
        return None
    if freq in ("DAILY", "YEARLY") and not byday and monthday is None:
        return Recurrence(**fields)
    return None


def build_rule(recurrence):
    """The RRULE text of `recurrence` ("" when it does not repeat)."""
    if recurrence is None or not recurrence.freq:
        return ""
    parts = [f"FREQ={recurrence.freq}"]
    if recurrence.interval != 1:
        parts.append(f"INTERVAL={recurrence.interval}")
    if recurrence.freq == "WEEKLY" and recurrence.weekdays:
        parts.append("BYDAY=" + ",".join(recurrence.weekdays))
    if recurrence.freq == "MONTHLY":
        if recurrence.weekday:
            parts.append(f"BYDAY={recurrence.nth or 1}{recurrence.weekday}")
        elif recurrence.monthday:
            parts.append(f"BYMONTHDAY={recurrence.monthday}")
    if recurrence.count is not None:
        parts.append(f"COUNT={recurrence.count}")
    elif recurrence.until is not None:
        parts.append(f"UNTIL={recurrence.until:%Y%m%d}")
    return ";".join(parts)


def phrases():
    """Every phrase `describe` uses, translated in the active language, for the editor's script:
    {key: text}, the plural ones as [singular, plural], the lists by weekday or ordinal."""
    return {
        "daily": _("every day"),
        "weekly": _("every %(days)s"),
        "monthly_nth": _("every month on %(nth)s %(weekday)s"),
        "monthly_day": _("every month on day %(day)s"),
        "yearly": _("every year on %(date)s"),
        "plurals": {key: [one, plural_phrases(2)[key]] for key, one in plural_phrases(1).items()},
        "at": _("at %(time)s"),
        "until": _("until %(date)s"),
        "except": _("except %(dates)s"),
        "also": _("also %(dates)s"),
        "unknown": _("repeats following a custom rule"),
        "and": _("%(list)s and %(last)s"),
        "weekday": dict(zip(WEEKDAYS, _weekday_names(), strict=True)),
        "every_weekday": dict(zip(WEEKDAYS, _every_weekday_names(), strict=True)),
        "ordinal": {str(n): _ordinal(n) for n in ORDINALS},
        "ordinal_sunday": {str(n): _ordinal(n, sunday=True) for n in ORDINALS},
        "day_names": [date_format(date(2001, 1, day), "l") for day in range(1, 8)],
        "months": [date_format(date(2000, month, 1), "F") for month in range(1, 13)],
        "time_format": pgettext("time in a repeat summary (Django date format)", "H:i"),
        "day_format": "j F",
        "day_year_format": "j F Y",
        # What Django's formats do not say (core/calendar_names.py): the 1st with a month
        # ("1er avril", "1º aprile") and alone ("le 1er"), a list's later dates with their
        # article, and the Italian articles elided before 8 and 11 ({"il": "l'", …}).
        "first_with_month": day_and_month(date(2001, 1, 1)).split(" ")[0],
        "first_alone": day_number(1),
        "list_date": pgettext("a date after the first of a list, with its article", "%(date)s"),
        "elisions": elisions(),
    }


def _weekday_names():
    return [
        pgettext("weekday", "Monday"),
        pgettext("weekday", "Tuesday"),
        pgettext("weekday", "Wednesday"),
        pgettext("weekday", "Thursday"),
        pgettext("weekday", "Friday"),
        pgettext("weekday", "Saturday"),
        pgettext("weekday", "Sunday"),
    ]


def _every_weekday_names():
    """The weekdays as they follow "every" ("tous les mercredis", "ogni mercoledì")."""
    return [
        pgettext("weekday after 'every'", "Monday"),
        pgettext("weekday after 'every'", "Tuesday"),
        pgettext("weekday after 'every'", "Wednesday"),
        pgettext("weekday after 'every'", "Thursday"),
        pgettext("weekday after 'every'", "Friday"),
        pgettext("weekday after 'every'", "Saturday"),
        pgettext("weekday after 'every'", "Sunday"),
    ]


def _ordinal(n, sunday=False):
    """ "the second" of "the second Tuesday"; Sunday apart, feminine in Italian."""
    if sunday:
        names = {
            1: pgettext("before Sunday", "the first"),
            2: pgettext("before Sunday", "the second"),
            3: pgettext("before Sunday", "the third"),
            4: pgettext("before Sunday", "the fourth"),
            5: pgettext("before Sunday", "the fifth"),
            -1: pgettext("before Sunday", "the last"),
        }
    else:
        names = {
            1: pgettext("before a weekday", "the first"),
            2: pgettext("before a weekday", "the second"),
            3: pgettext("before a weekday", "the third"),
            4: pgettext("before a weekday", "the fourth"),
            5: pgettext("before a weekday", "the fifth"),
            -1: pgettext("before a weekday", "the last"),
        }
    return names[n]


def _join(items):
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return _("%(list)s and %(last)s") % {"list": ", ".join(items[:-1]), "last": items[-1]}


def _day(day, start_day):
    return day_and_month(day, year=day.year != start_day.year)


def _days(days, start_day):
    """Days of a list, each after the first with its article ("10 juin et le 17 juin"): the
    phrase around the list gives the first one's ("sauf le %(dates)s")."""
    shown = [_day(day, start_day) for day in sorted(days)]
    return _join(
        shown[:1]
        + [
            pgettext("a date after the first of a list, with its article", "%(date)s")
            % {"date": day}
            for day in shown[1:]
        ]
    )


def _rule_phrase(recurrence, start):
    """ "every second Tuesday", "every 2 weeks on Monday and Thursday"…"""
    n = recurrence.interval
    if recurrence.freq == "CUSTOM":
        return _("repeats following a custom rule")
    if recurrence.freq == "DAILY":
        return _("every day") if n == 1 else _plural("day", n)
    if recurrence.freq == "WEEKLY":
        days = recurrence.weekdays or (WEEKDAYS[start.weekday()],)
        if n == 1:
            names = dict(zip(WEEKDAYS, _every_weekday_names(), strict=True))
            return _("every %(days)s") % {"days": _join(names[day] for day in days)}
        names = dict(zip(WEEKDAYS, _weekday_names(), strict=True))
        return _plural("week", n, days=_join(names[day] for day in days))
    if recurrence.freq == "MONTHLY" and recurrence.weekday:
        weekday = recurrence.weekday
        values = {
            "nth": _ordinal(recurrence.nth or 1, sunday=weekday == "SU"),
            "weekday": dict(zip(WEEKDAYS, _weekday_names(), strict=True))[weekday],
        }
        if n == 1:
            return _("every month on %(nth)s %(weekday)s") % values
        return _plural("month_nth", n, **values)
    if recurrence.freq == "MONTHLY":
        day = day_number(recurrence.monthday or start.day)
        return (
            _("every month on day %(day)s") % {"day": day}
            if n == 1
            else _plural("month_day", n, day=day)
        )
    shown = day_and_month(start)
    return (
        _("every year on %(date)s") % {"date": shown} if n == 1 else _plural("year", n, date=shown)
    )


def _plural(key, n, **values):
    return plural_phrases(n)[key] % {"n": n, **values}


def loose_recurrence(rule):
    """What `describe` says of a rule the editor cannot show: its end (a Recurrence with only
    `until` or `count`, its frequency "CUSTOM"), or None when the rule cannot be read."""
    try:
        parts = rule_parts(rule)
    except ValueError:
        return None
    if rule_problem(parts):
        return None
    return Recurrence(
        freq="CUSTOM",
        count=int(parts["COUNT"]) if "COUNT" in parts else None,
        until=until_day(parts["UNTIL"]) if "UNTIL" in parts else None,
    )


def keeps_start_time(rule):
    """Whether every date of `rule` is at the start's time: not for a rule repeating within a
    day (HOURLY…) or choosing its hours or minutes, whose summary must not name one time."""
    try:
        parts = rule_parts(rule)
    except ValueError:
        return False
    times = {"BYHOUR", "BYMINUTE", "BYSECOND"}
    return parts.get("FREQ", "").upper() in FREQUENCIES and not times & set(parts)


def describe(rule, start, all_day=False, skipped=(), extra=()):
    """`rule` (RRULE text) in plain words, for an event starting at `start` (aware), with its
    skipped days and extra dates or datetimes: "every Wednesday at 18:30 until 24 June, except
    10 June". "" without a rule nor extra dates."""
    start = timezone.localtime(start, PARIS)
    recurrence = parse_rule(rule) if rule else None
    if rule and recurrence is None:
        recurrence = loose_recurrence(rule)
        if recurrence is None:
            return _("repeats following a custom rule")
    if recurrence is None and not extra:
        return ""
    text = _rule_phrase(recurrence, start) if recurrence else ""
    if recurrence and not all_day and keeps_start_time(rule):
        time_format = pgettext("time in a repeat summary (Django date format)", "H:i")
        text += " " + _("at %(time)s") % {"time": date_format(start, time_format)}
    if recurrence and recurrence.until:
        text += " " + _("until %(date)s") % {"date": _day(recurrence.until, start)}
    if recurrence and recurrence.count:
        text += ", " + _plural("count", recurrence.count)
    pieces = [text] if text else []
    if skipped:
        pieces.append(_("except %(dates)s") % {"dates": _days(skipped, start)})
    if extra:
        days = [value.date() if isinstance(value, datetime) else value for value in extra]
        pieces.append(_("also %(dates)s") % {"dates": _days(days, start)})
    return elided(", ".join(pieces))
