"""iCalendar out (RFC 5545). Each event's VEVENT text is rendered once, when the event is
published, and stored in EventPage.ical_fragment; feeds stream those fragments between a
header and a footer, so that a feed of 10,000 events costs one query and no serialisation."""

import hashlib
import html
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag
from django.utils.text import slugify

from wagtail.rich_text import expand_db_html

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vRecur,
    vText,
)

from agenda.choices import Status
from agenda.dates import PARIS, normalised_rrule
from core.sanitize import html_to_text, tidy_text

PRODID = "-//UDESS 05//Hub ESS 05//FR"
REFRESH_INTERVAL = "PT6H"
CRLF = "\r\n"


def _timezone_component():
    """Europe/Paris as calendar apps expect it: one DAYLIGHT and one STANDARD observance, each
    with its yearly RRULE (the EU rule since 1996). icalendar's Timezone.from_tzid lists every
    change in one RDATE, of which ical.js (Thunderbird, Nextcloud) reads only the first."""
    zone = Timezone()
    zone.add("tzid", "Europe/Paris")
    zone.add("x-lic-location", "Europe/Paris")
    for observance, name, offset_from, offset_to, month, hour in (
        (TimezoneDaylight(), "CEST", 1, 2, 3, 2),
        (TimezoneStandard(), "CET", 2, 1, 10, 3),
    ):
        observance.add("tzname", name)
        observance.add("tzoffsetfrom", timedelta(hours=offset_from))
        observance.add("tzoffsetto", timedelta(hours=offset_to))
        observance.add("dtstart", datetime(1996, month, 31 if month == 3 else 27, hour, 0, 0))
        observance.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        zone.add_component(observance)
    return zone


# Text -----------------------------------------------------------------------------------------
# Calendar text is plain text (RFC 5545 TEXT): real characters, line breaks, and links written
# out as "text (https://…)" (core.sanitize.html_to_text). The same conversion reads the HTML that
# Google and Outlook put in DESCRIPTION (agenda/ical/parser.py), so what we publish reads back
# the same.

_HTML_TAG = re.compile(
    r"</?(?:a|b|blockquote|body|br|div|em|font|h[1-6]|head|hr|html|i|iframe|img|li|meta|ol|p|"
    r"pre|script|span|strong|style|table|td|th|tr|u|ul)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});")


def calendar_text(value):
    """The plain text of a calendar's TEXT value that may be HTML (Google writes its
    descriptions in HTML, some producers escape entities only): see core.sanitize.html_to_text."""
    value = str(value or "")
    if _HTML_TAG.search(value):
        return html_to_text(value)
    if _HTML_ENTITY.search(value):
        return tidy_text(html.unescape(value))
    return tidy_text(value)


def rich_text_as_text(value, base_url=None):
    """The plain text of a rich-text field (Wagtail's stored HTML, internal links resolved)."""
    return html_to_text(expand_db_html(value), base_url) if value else ""


def _description(event, url):
    """DESCRIPTION: the summary, the description and the event's address, as paragraphs of
    plain text; agenda/ical/parser.py reads the first line back as the summary."""
    parts = [event.summary or "", rich_text_as_text(event.description, url), url or ""]
    return "\n\n".join(part.strip() for part in parts if part.strip())


def _when(value, all_day):
    local = timezone.localtime(value, PARIS)
    return local.date() if all_day else local


def event_components(event):
    """The VEVENTs of an event: the master (with RRULE / EXDATE) and one per moved or
    cancelled date (RECURRENCE-ID)."""
    master = Event()
    master.add("uid", event.uid)
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    master.add("dtstamp", stamp)
    master.add("last-modified", stamp)
    master.add("sequence", event.sequence)
    summary = event.title
    master.add("summary", summary)
    url = event.full_url
    if url:
        master.add("url", url)
    master.add("description", _description(event, url))
    master.add("dtstart", _when(event.start, event.all_day))
    master.add("dtend", _when(event.effective_end, event.all_day))
    location = _location(event.venue, event.address, event.commune if event.commune_id else None)
    if event.online_url:
        location = f"{location} ({event.online_url})" if location else event.online_url
        master.add("conference", event.online_url, parameters={"value": "URI"})
    if location:
        master.add("location", location)
    coordinates = event.coordinates
    if coordinates:
        master.add("geo", coordinates)
    themes = [theme.label for theme in event.theme_list]
    if themes:
        master.add("categories", themes)
    organisers = event.organiser_list
    if organisers:
        first = organisers[0]
        email = first.email or settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].strip(">")
        organizer = vCalAddress(f"mailto:{email}")
        organizer.params["cn"] = vText(first.title)
        master.add("organizer", organizer)
    status = {Status.CANCELLED: "CANCELLED", Status.POSTPONED: "TENTATIVE"}.get(
        event.status, "CONFIRMED"
    )
    master.add("status", status)
    master.add("transp", "TRANSPARENT" if event.all_day else "OPAQUE")
    components = [master]
    extra = event.extra_dates()
    if extra:
        master.add("rdate", [day if not event.all_day else day.date() for day in extra])
    if event.rrule or extra:
        if event.rrule:
            rule = normalised_rrule(event.rrule, event.start, event.all_day)
            master.add("rrule", vRecur.from_ical(rule.removeprefix("RRULE:")))
        skipped = event.skipped_dates()
        if skipped:
            local_start = timezone.localtime(event.start, PARIS)
            master.add(
                "exdate",
                [
                    day if event.all_day else datetime.combine(day, local_start.timetz())
                    for day in skipped
                ],
            )
        for change in event.occurrence_changes.all():
            components.append(_override(event, master, change, stamp))
    return components


def _location(venue, address, commune):
    """A place as one LOCATION line: venue, address, postcode and commune."""
    town = f"{commune.postcode} {commune.name}" if commune else ""
    return ", ".join(part for part in [venue, address, town] if part)


def _override(event, master, change, stamp):
    override = Event()
    for key in ("uid", "summary", "description", "location", "url", "geo", "organizer"):
        if key in master:
            override[key] = master[key]
    if change.place_id:  # this date only, held elsewhere
        place = change.place
        override.pop("location", None)
        override.add("location", _location(place.name, place.address, place.commune))
        override.pop("geo", None)
        override.add("geo", place.coordinates)
    override.add("dtstamp", stamp)
    override.add("sequence", event.sequence)
    override.add("recurrence-id", _when(change.original_start, event.all_day))
    start = change.new_start or change.original_start
    duration = event.effective_end - event.start
    end = change.new_end or start + duration
    override.add("dtstart", _when(start, event.all_day))
    override.add("dtend", _when(end, event.all_day))
    override.add("status", "CANCELLED" if change.cancelled else master["status"])
    return override


def render_fragment(event):
    """The VEVENT text of an event, as stored and streamed by the feeds."""
    return "".join(c.to_ical().decode("utf-8") for c in event_components(event))


def calendar_header(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH_INTERVAL)
    calendar.add_component(_timezone_component())
    text = calendar.to_ical().decode("utf-8")
    return text.removesuffix("END:VCALENDAR" + CRLF)


def stream_calendar(name, fragments):
    yield calendar_header(name)
    yield from fragments
    yield "END:VCALENDAR" + CRLF


def calendar_response(request, name, fragments, filename, etag_seed, last_modified):
    """A streamed text/calendar response with ETag / Last-Modified, or 304 when the client
    already has this version.

    The 304 is decided here with get_conditional_response (what Django's condition() decorator
    calls) rather than by condition() itself: on a page route (method_decorator) condition()
    hands its ETag and Last-Modified functions the request alone, not the agenda page nor the
    filters the ETag depends on, and it would compute the feed's version once per header."""
    etag = quote_etag(hashlib.sha256(etag_seed.encode()).hexdigest()[:32])
    timestamp = last_modified.timestamp() if last_modified else None
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=int(timestamp) if timestamp else None
    )
    if not_modified is not None:
        return not_modified
    response = StreamingHttpResponse(
        stream_calendar(name, fragments), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag
    if timestamp:
        response["Last-Modified"] = http_date(timestamp)
    response["Cache-Control"] = "public, max-age=900"
    return response


def single_event_response(event, request):
    fragment = event.ical_fragment or render_fragment(event)
    response = HttpResponse(
        "".join(stream_calendar(event.title, [fragment])),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(event.title)}.ics"'
    return response
