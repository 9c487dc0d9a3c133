"""What the agenda's pages show, each in a bounded number of queries.

Below agenda/models.py (whose page routes call it): it reads the app's models through the pages
it is given (`agenda.occurrences()`, `agenda.feed_events()`, `agenda.filter_form()`,
`event.occurrences`)."""

import calendar as calendar_module
from datetime import UTC, date, timedelta
from html import escape
from operator import itemgetter
from urllib.parse import urlencode

from django.db.models import Count, Exists, F, OuterRef, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone, translation
from django.utils.dates import WEEKDAYS
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from agenda.choices import Status
from agenda.dates import PARIS, local_midnight
from agenda.ical.export import calendar_response
from agenda.recurrence_text import describe
from agenda.versions import feed_version
from core.embed import embed_context
from core.forms import FIRST_DAY, LAST_DAY
from core.pagination import CappedPaginator
from directory.models import OrganisationPage


def dates_in_window(occurrences, form, now=None):
    """The dates among `occurrences` that `form` (AgendaFilterForm) selects: its filters, and
    its dates or quick range (upcoming when none)."""
    start, end = form.window(now=now)
    occurrences = occurrences.filter(form.event_filter("event__")).not_ended(start)
    return occurrences.filter(start__lt=end) if end else occurrences


def listing_context(agenda, request, past=False):
    form = agenda.filter_form(request)
    now = timezone.now()
    if past:
        occurrences = agenda.occurrences().filter(form.event_filter("event__"))
        # Begun before now too (as every ended date): a range of the start index, without
        # first reading every date to come.
        occurrences = occurrences.filter(end__lte=now, start__lte=now).order_by("-start", "-id")
    else:
        occurrences = dates_in_window(agenda.occurrences(), form, now)
        # By the start index (SQLite keeps the row id in it): no sort of every upcoming date.
        occurrences = occurrences.order_by("start", "id")
    paginator = CappedPaginator(occurrences.for_cards(), agenda.PER_PAGE, agenda.LISTED_AT_MOST)
    page_obj = paginator.get_page(request.GET.get("page"))
    feed_query = form.feed_query_string()
    today = timezone.localdate()
    return {
        "form": form,
        "page_obj": page_obj,
        "occurrences": list(page_obj.object_list),
        "query_string": form.query_string(),
        "past": past,
        "feed_query": feed_query,
        "this_month": (today.year, today.month),
        **subscribe_links(agenda, request, feed_query),
    }


EMBED_LAYOUTS = ("list", "compact", "cards", "month")


def agenda_embed_context(agenda, request):
    """The agenda as a member's site shows it (agenda/embed.html): the listing's filters, a
    layout, the next `limit` dates (or this month's grid)."""
    form = agenda.filter_form(request)
    limit, context = embed_context(
        agenda,
        request,
        form,
        _("The whole agenda"),
        _("Nothing on for these filters. Try other dates or remove a filter."),
        EMBED_LAYOUTS,
    )
    if context["layout"] == "month":
        today = timezone.localdate()
        link_base = request.build_absolute_uri("/")[:-1]
        month = month_context(agenda, request, today.year, today.month, link_base, embedded=True)
        return {**context, **month}
    dates = dates_in_window(agenda.occurrences(), form).order_by("start", "id")
    return {**context, "entries": list(dates.for_cards()[:limit])}


def subscribe_links(agenda, request, query=""):
    url = request.build_absolute_uri(agenda.url + "agenda.ics")
    if query:
        url = f"{url}?{query}"
    return {"feed_url": url, "webcal_url": "webcal://" + url.split("://", 1)[1]}


SHOWN_PER_DAY = 4  # dates named in a day of the month view; the others are counted


def day_summaries(dates, first, last, days=None):
    """{day: (how many dates, the first SHOWN_PER_DAY of them)} for the days from `first` to
    `last` (only those in the set `days`, if given) that hold any of `dates` (an Occurrence
    queryset). Each date named is a dict of what the month view says of it: `slug`, `title`,
    `time` ("" all day) and `cancelled`. Its cost does not grow with the days' dates: a date
    within one day is read only when it is among the first of its day (the others are counted
    per day in the database); dates over several days, fewer, are read once, in order, and named
    on the days they cover without being copied onto each."""
    dates = dates.filter(last_date__gte=first, first_date__lte=last)
    fields = ("start", "all_day", "cancelled", "event_id", "event__slug", "event__title")
    cancelled = Q(event__status=Status.CANCELLED)
    # Bounded on both sides: `first_date <= last` alone reads every past date (SQLite infers
    # the lower bound from last_date = first_date; PostgreSQL does not).
    one_day = dates.filter(last_date=F("first_date"), first_date__gte=first)
    if days is not None:
        one_day = one_day.filter(first_date__in=days)
    order = (F("start"), F("event_id"))
    by_day = {"partition_by": F("first_date")}
    first_of_day = (
        one_day.annotate(
            rank=Window(RowNumber(), order_by=order, **by_day),
            day_total=Window(Count("id"), **by_day),
        )
        .values(*fields, "first_date", "day_total")
        .annotate(event_cancelled=cancelled)
        .filter(rank__lte=SHOWN_PER_DAY)
        .order_by()  # each day's are sorted below: no sort of the whole month in SQL
    )
    # Unordered: the planner then reads them by the partial index of dates over several days,
    # not every date by start; sorted here, they are few. Those that reach into the month began
    # at most the longest date's length before it: without that bound, every past one is read.
    longest = dates.longest_days()
    in_order = itemgetter("start", "event_id")
    several_days = sorted(
        dates.exclude(last_date=F("first_date"))
        .filter(first_date__gt=first - timedelta(days=longest))
        .values(*fields, "first_date", "last_date")
        .annotate(event_cancelled=cancelled)
        .order_by(),
        key=in_order,
    )
    total = {}
    shown = {}
    for occurrence in first_of_day:
        shown.setdefault(occurrence["first_date"], []).append(occurrence)
        total[occurrence["first_date"]] = occurrence["day_total"]
    # Dates over several days, in order: each day names the first ones that cover it, and counts
    # them all (a running sum of where they begin and end), without spreading each over its days.
    several_days = [
        (occurrence, max(occurrence["first_date"], first), min(occurrence["last_date"], last))
        for occurrence in several_days
    ]
    changes = {}
    for _occurrence, since, until in several_days:
        changes[since] = changes.get(since, 0) + 1
        changes[until + timedelta(days=1)] = changes.get(until + timedelta(days=1), 0) - 1
    covering, named = 0, []
    day = first
    while day <= last:
        if day in changes:  # those that cover the day change only where one begins or ends
            covering += changes[day]
            named = [o for o, since, until in several_days if since <= day <= until]
            named = named[:SHOWN_PER_DAY]
        if covering and (days is None or day in days):
            total[day] = total.get(day, 0) + covering
            shown.setdefault(day, []).extend(named)
        day += timedelta(days=1)

    def said(occurrence):
        start = timezone.localtime(occurrence["start"])
        return {
            "slug": occurrence["event__slug"],
            "title": occurrence["event__title"],
            "time": "" if occurrence["all_day"] else f"{start:%H:%M}",
            "cancelled": occurrence["cancelled"] or occurrence["event_cancelled"],
        }

    def first_ones(day):
        return [said(o) for o in sorted(shown[day], key=in_order)[:SHOWN_PER_DAY]]

    return {day: (count, first_ones(day)) for day, count in total.items()}


def month_context(agenda, request, year, month, link_base="", embedded=False):
    """The month's grid. Unfiltered, its days are read as publishing keeps them
    (agenda/days.py): one row per day, whatever the agenda's size; filtered, they are counted
    and named from the dates (day_summaries)."""
    if not (1 <= month <= 12 and FIRST_DAY.year <= year <= LAST_DAY.year):
        return None
    form = agenda.filter_form(request)
    first = date(year, month, 1)
    last = date(year, month, calendar_module.monthrange(year, month)[1])
    chosen = form.event_filter("event__")
    if chosen:
        summaries = day_summaries(agenda.occurrences().filter(chosen), first, last)
    else:
        summaries = {
            day: (total, shown)
            for day, total, shown in agenda.month_days.filter(
                day__gte=first, day__lte=last
            ).values_list("day", "total", "shown")
        }
    # Each day's list made here, once, with plain string formatting: the grid names up to 124
    # dates and 31 "and N more" links, and the template's loops, filters and URL tag per date
    # (then format_html's lazy-aware escaping) cost more than the rest of the page
    # (agenda/includes/month_table.html shows `day.items`). Every value is escaped.
    agenda_url = agenda.url
    query_string = form.query_string(exclude=("when", "date_from", "date_to"))
    extra = escape(f"&{query_string}" if query_string else "")
    weekdays = [str(WEEKDAYS[i]) for i in range(7)]
    new_tab = ' target="_blank" rel="noopener"' if embedded else ""
    event_base = escape(link_base + agenda_url)
    listing_base = escape(link_base + agenda_url + agenda.reverse_subpage("listing"))
    cancelled_word = f' <span class="visually-hidden">({escape(_("cancelled"))})</span>'

    def item(occurrence):
        time = f"{occurrence['time']} " if occurrence["time"] else ""
        link = (
            f'<a href="{event_base}{escape(occurrence["slug"])}/"{new_tab}>'
            f"{escape(time + occurrence['title'])}</a>"
        )
        if occurrence["cancelled"]:
            return f'<li class="is-cancelled">{link}{cancelled_word}</li>'
        return f"<li>{link}</li>"

    def cell(day):
        total, occurrences = summaries.get(day, (0, []))
        items = [item(occurrence) for occurrence in occurrences]
        more = total - len(occurrences)
        iso = day.isoformat()
        if more:
            label = ngettext("and %(counter)s more", "and %(counter)s more", more)
            items.append(
                f'<li><a href="{listing_base}?date_from={iso}&amp;date_to={iso}{extra}"'
                f"{new_tab}>{escape(label % {'counter': more})}</a></li>"
            )
        return {
            "iso": iso,
            "weekday": weekdays[day.weekday()],
            "number": day.day,
            "items": mark_safe("".join(items)),  # noqa: S308 (each value escaped above)
        }

    weeks = [
        [cell(day) if day.month == month else None for day in week]
        for week in calendar_module.Calendar().monthdatescalendar(year, month)
    ]
    previous_month = (first - timedelta(days=1)).replace(day=1)
    next_month = last + timedelta(days=1)
    return {
        "form": form,
        "month_start": first,
        "weeks": weeks,
        "previous_month": previous_month,
        "next_month": next_month,
        "query_string": query_string,
        "day_names": weekdays,
    }


def feed_response(agenda, request):
    form = agenda.filter_form(request)
    since = local_midnight(timezone.localdate() - timedelta(days=agenda.FEED_PAST_DAYS))
    events = agenda.feed_events(form.event_filter(), since)
    version, changed_at = feed_version()
    name = agenda.title
    if form.feed_query_string():
        name = f"{agenda.title} — {_('selection')}"
    return calendar_response(
        request,
        name=name,
        fragments=(row[0] for row in events.values_list("ical_fragment").iterator()),
        filename="agenda.ics",
        etag_seed=f"{version}|{agenda.pk}|{form.feed_query_string()}|{since.date()}",
        last_modified=changed_at,
    )


def event_context(event, request):
    """The event page: its organisers, its other dates, related events, calendar links."""
    now = timezone.now()
    occurrences = list(event.occurrences.filter(end__gt=now).order_by("start")[:12])
    # A moved date is the occurrence at its new start: say where it comes from, and where it
    # is held when that is not the event's place.
    changes = [
        change
        for change in event.occurrence_changes.select_related("place__commune")
        if not change.cancelled
    ]
    moved_from = {change.new_start: change.original_start for change in changes if change.new_start}
    held_at = {change.start: change.place for change in changes if change.place_id}
    for occurrence in occurrences:
        occurrence.moved_from = moved_from.get(occurrence.start)
        occurrence.place = held_at.get(occurrence.start)
    next_occurrence = (
        occurrences[0] if occurrences else event.occurrences.order_by("-start").first()
    )
    held = getattr(next_occurrence, "place", None)
    related = []
    theme_ids = [theme.id for theme in event.theme_list]
    if theme_ids:
        related = list(
            event.occurrences.model.objects.filter(
                event__path__startswith=event.path[: -event.steplen],
                event__depth=event.depth,
                event__live=True,
                start__gt=now,  # the start index, in order: the first three found end the scan
                cancelled=False,
            )
            # A semi-join: no DISTINCT over every upcoming date of every event of the themes.
            .filter(
                Exists(
                    event.themed_items.model.objects.filter(
                        content_object_id=OuterRef("event_id"), tag_id__in=theme_ids
                    )
                )
            )
            .exclude(event_id=event.id)
            .select_related("event", "event__commune")
            .only(
                "id",
                "start",
                "end",
                "all_day",
                "event__id",
                "event__title",
                "event__url_path",
                "event__commune__name",
                "event__status",
            )
            .order_by("start")[:3]
        )
    point = held.coordinates if held else event.coordinates
    organisers = list(
        OrganisationPage.objects.live()
        .filter(
            locale_id=event.locale_id,
            translation_key__in=event.organisers.values_list("translation_key", flat=True),
        )
        .order_by("title")
        .only("id", "title", "url_path", "email")
    )
    event.__dict__["organiser_list"] = organisers
    return {
        "occurrences": occurrences,
        "next_occurrence": next_occurrence,
        "related": related,
        "map_points": [
            {
                "name": event.title,
                "url": event.url,
                "commune": held.commune.name
                if held
                else event.commune.name
                if event.commune_id
                else "",
                "lat": point[0],
                "lng": point[1],
            }
        ]
        if point
        else [],
        "google_calendar_url": google_calendar_url(event, next_occurrence),
        "structured_data": event_structured_data(event, next_occurrence),
        "agenda_url": event.url.rsplit("/", 2)[0] + "/" if event.url else None,
        "held_at": held,
        "recurrence_summary": describe(
            event.rrule, event.start, event.all_day, event.skipped_dates(), event.extra_dates()
        ),
    }


def where(event, occurrence):
    """(venue, address, commune or None, coordinates or None) of a date of the event: the place
    it is held at when that is not the event's (see event_context), else the event's."""
    held = getattr(occurrence, "place", None)
    if held:
        return held.name, held.address, held.commune, held.coordinates
    commune = event.commune if event.commune_id else None
    return event.venue, event.address, commune, event.coordinates


def location_words(event, occurrence):
    venue, _address, commune, _coordinates = where(event, occurrence)
    return [venue, commune.name if commune else ""]


def google_calendar_url(event, occurrence):
    if occurrence is None:
        return None

    def stamp(value):
        if occurrence.all_day:
            return timezone.localtime(value, PARIS).strftime("%Y%m%d")
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{stamp(occurrence.start)}/{stamp(occurrence.end)}",
        "details": f"{event.summary}\n\n{event.full_url or ''}".strip(),
        "location": ", ".join(p for p in location_words(event, occurrence) if p),
        "ctz": "Europe/Paris",
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def event_structured_data(event, occurrence):
    """schema.org Event, with its status, place, organisers and offer."""
    start = occurrence.start if occurrence else event.start
    end = occurrence.end if occurrence else event.effective_end
    status = {
        Status.CANCELLED: "https://schema.org/EventCancelled",
        Status.POSTPONED: "https://schema.org/EventPostponed",
    }.get(event.status, "https://schema.org/EventScheduled")
    mode = {
        "online": "https://schema.org/OnlineEventAttendanceMode",
        "mixed": "https://schema.org/MixedEventAttendanceMode",
    }.get(event.attendance, "https://schema.org/OfflineEventAttendanceMode")
    locations = []
    venue, address, commune, coordinates = where(event, occurrence)
    if commune:
        place = {
            "@type": "Place",
            "name": venue or commune.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": address,
                "postalCode": commune.postcode,
                "addressLocality": commune.name,
                "addressRegion": "Hautes-Alpes",
                "addressCountry": "FR",
            },
        }
        if coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": coordinates[0],
                "longitude": coordinates[1],
            }
        locations.append(place)
    elif venue:  # an imported place that names no commune of the department
        locations.append({"@type": "Place", "name": venue, "address": venue})
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})

    def iso(value):
        if occurrence is not None and occurrence.all_day or event.all_day:
            return timezone.localtime(value, PARIS).date().isoformat()
        return timezone.localtime(value, PARIS).isoformat()

    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": event.full_url,
        "startDate": iso(start),
        "endDate": iso(end - timedelta(days=1) if event.all_day else end),
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": [
            {"@type": "Organization", "name": o.title, "url": o.full_url}
            for o in event.organiser_list
        ],
        "inLanguage": translation.get_language(),
    }
    if event.free or event.price:
        data["offers"] = {
            "@type": "Offer",
            "price": "0" if event.free else event.price,
            "priceCurrency": "EUR",
            "url": event.registration_url or event.full_url,
            "availability": "https://schema.org/InStock",
        }
    if event.free is not None:  # unknown (an imported calendar says nothing): not said
        data["isAccessibleForFree"] = event.free
    return data
