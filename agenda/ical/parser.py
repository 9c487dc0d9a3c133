"""iCalendar in, the reading half: a calendar file (bytes) becomes plain ImportedEvent values,
or CalendarImportError with a message for the member. Nothing here writes to the database;
agenda/ical/importer.py brings the agenda in line with what this reads.

Only plain text comes in (HTML tags stripped, text bounded), links only in http(s); private and
confidential events, and SECONDLY / MINUTELY rules, are refused.
"""

import hashlib
import html
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.utils import timezone
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

import nh3
import x_wr_timezone
from icalendar import Calendar

from agenda.models import PARIS, Status, local_midnight

MAX_TITLE = 255
MAX_SUMMARY = 300
MAX_DESCRIPTION = 5000
MAX_VENUE = 160
MAX_EVENTS = 5000
PAST_HORIZON = timedelta(days=30)
REFUSED_FREQUENCIES = {"SECONDLY", "MINUTELY"}


class CalendarImportError(Exception):
    """The input is not a calendar we can import; nothing was changed."""


@dataclass
class ImportedEvent:
    uid: str
    fields: dict
    changes: list = field(default_factory=list)

    @property
    def digest(self):
        payload = json.dumps([self.fields, self.changes], sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


# Parsing ------------------------------------------------------------------------------------


def parse_calendar(data, now=None):
    """The events of an iCalendar file (bytes), or CalendarImportError with a plain message."""
    now = now or timezone.now()
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig", errors="replace")
    text = data.lstrip("\ufeff").strip()
    if not text.upper().startswith("BEGIN:VCALENDAR"):
        raise CalendarImportError(
            _("This is not an iCalendar file (it should start with BEGIN:VCALENDAR).")
        )
    if "END:VCALENDAR" not in text.upper():
        raise CalendarImportError(_("The calendar file is incomplete (it was cut off)."))
    try:
        calendar = Calendar.from_ical(text)
        calendar = x_wr_timezone.to_standard(calendar)
    except Exception as error:  # icalendar raises ValueError and friends on bad input
        raise CalendarImportError(
            _("The calendar file could not be read: %(error)s") % {"error": error}
        ) from error
    for component in calendar.walk("VEVENT"):
        if component.errors:
            name, problem = component.errors[0]
            raise CalendarImportError(
                _("The calendar file could not be read: %(error)s")
                % {"error": f"{name}: {problem}"}
            )
    masters, overrides = {}, {}
    refused = []
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", "")).strip()[:255]
        if not uid:
            refused.append((str(component.get("SUMMARY", "?"))[:80], _("no UID")))
            continue
        if component.get("RECURRENCE-ID") is not None:
            overrides.setdefault(uid, []).append(component)
        else:
            masters[uid] = component
    if len(masters) > MAX_EVENTS:
        raise CalendarImportError(
            _("This calendar has more than %(max)s events.") % {"max": MAX_EVENTS}
        )
    events = []
    for uid, component in masters.items():
        try:
            imported = _event(uid, component, overrides.get(uid, []), now)
        except _Refused as reason:
            refused.append((str(component.get("SUMMARY", uid))[:80], str(reason)))
            continue
        if imported is not None:
            events.append(imported)
    return events, refused


class _Refused(Exception):
    pass


def _aware(value):
    """A DATE-TIME as an aware datetime; floating times are read in Europe/Paris."""
    if value.tzinfo is None:
        return value.replace(tzinfo=PARIS)
    return value


def _instant(value):
    return _aware(value) if isinstance(value, datetime) else local_midnight(value)


def _clean_text(value, limit):
    """Plain text: tags dropped, entities decoded (the templates escape it again), bounded;
    one line for short fields, paragraphs kept for long ones."""
    if not value:
        return ""
    text = html.unescape(strip_tags(nh3.clean(str(value), tags=set())))
    if limit <= MAX_TITLE:
        return " ".join(text.split())[:limit]
    return text.strip()[:limit]


def _http_url(value):
    url = str(value or "").strip()
    return url[:500] if url.lower().startswith(("http://", "https://")) else ""


def _event(uid, component, overrides, now):
    klass = str(component.get("CLASS", "PUBLIC")).upper()
    if klass in {"PRIVATE", "CONFIDENTIAL"}:
        raise _Refused(_("private event"))
    start_value = component.get("DTSTART")
    if start_value is None:
        raise _Refused(_("no start date"))
    start = start_value.dt
    all_day = not isinstance(start, datetime)
    try:
        end = component.end
    except Exception:  # icalendar raises when neither DTEND nor DURATION can give an end
        end = None
    rrule = component.get("RRULE")
    rule_text = rrule.to_ical().decode() if rrule is not None else ""
    if rrule is not None and str(rrule.get("FREQ", [""])[0]).upper() in REFUSED_FREQUENCIES:
        raise _Refused(_("repeats every second or minute"))
    start_instant = _instant(start)
    if all_day:
        last_day = (end - timedelta(days=1)) if isinstance(end, date) and end > start else start
        end_instant = local_midnight(last_day)
        finishes = local_midnight(last_day + timedelta(days=1))
    else:
        end_instant = _instant(end) if end is not None else start_instant + timedelta(hours=1)
        if end_instant <= start_instant:
            end_instant = start_instant + timedelta(hours=1)
        finishes = end_instant
    if not rule_text and component.get("RDATE") is None and finishes < now - PAST_HORIZON:
        return None  # long over: not worth importing
    description = _clean_text(component.get("DESCRIPTION"), MAX_DESCRIPTION)
    title = _clean_text(component.get("SUMMARY"), MAX_TITLE) or _("Untitled event")
    status = {
        "CANCELLED": Status.CANCELLED,
    }.get(str(component.get("STATUS", "")).upper(), Status.SCHEDULED)
    geo = component.get("GEO")
    url = _http_url(component.get("URL"))
    fields = {
        "title": title,
        "summary": (description.split("\n")[0] or title)[:MAX_SUMMARY],
        "description": "".join(
            f"<p>{escape(part.strip())}</p>" for part in description.split("\n\n") if part.strip()
        ),
        "start": start_instant,
        "end": end_instant,
        "all_day": all_day,
        "rrule": rule_text[:255],
        "exdates": "\n".join(sorted({d.isoformat() for d in _dates(component, "EXDATE")})),
        "rdates": "\n".join(sorted(_rdate_lines(component, all_day))),
        "status": status,
        "venue": _clean_text(component.get("LOCATION"), MAX_VENUE),
        "latitude": float(geo.latitude) if geo is not None else None,
        "longitude": float(geo.longitude) if geo is not None else None,
        "registration_url": url,
    }
    changes = []
    for override in overrides:
        original = _instant(override["RECURRENCE-ID"].dt)
        cancelled = str(override.get("STATUS", "")).upper() == "CANCELLED"
        new_start = _instant(override["DTSTART"].dt) if override.get("DTSTART") else None
        try:
            new_end = _instant(override.end) if override.get("DTSTART") else None
        except Exception:
            new_end = None
        changes.append(
            {
                "original_start": original,
                "cancelled": cancelled,
                "new_start": None if cancelled or new_start == original else new_start,
                "new_end": None if cancelled or new_start == original else new_end,
            }
        )
    changes.sort(key=lambda change: change["original_start"])
    return ImportedEvent(uid=uid, fields=fields, changes=changes)


def _dates(component, name):
    values = component.get(name)
    if values is None:
        return []
    values = values if isinstance(values, list) else [values]
    days = []
    for value in values:
        for item in value.dts:
            moment = item.dt
            days.append(
                timezone.localtime(_aware(moment), PARIS).date()
                if isinstance(moment, datetime)
                else moment
            )
    return days


def _rdate_lines(component, all_day):
    values = component.get("RDATE")
    if values is None:
        return []
    values = values if isinstance(values, list) else [values]
    lines = []
    for value in values:
        for item in value.dts:
            moment = item.dt
            if isinstance(moment, tuple):  # a PERIOD: its start
                moment = moment[0]
            if isinstance(moment, datetime) and not all_day:
                lines.append(timezone.localtime(_aware(moment), PARIS).strftime("%Y-%m-%d %H:%M"))
            else:
                day = moment.date() if isinstance(moment, datetime) else moment
                lines.append(day.isoformat())
    return lines
