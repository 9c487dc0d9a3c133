"""The agenda in the public read API (/api/v1/, composed in config/api.py): events with every
filter of the listing plus `updated_since`, the events removed since a date (for delta sync),
and the dates (occurrences) in date order. Pages by cursor: no COUNT, whatever the agenda's
size."""

from datetime import datetime
from typing import Literal

from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry
from wagtail.rich_text import expand_db_html

from ninja import Field, Query, Router, Schema

from agenda.choices import Attendance, Audience, Status
from agenda.filters import AgendaFilterForm
from agenda.models import AgendaPage, EventPage, Occurrence, events_with_dates
from agenda.queries import dates_in_window
from core.api import MAX_PER_PAGE, IsoDate, IsoDateTime, LanguageQuery, listing, valid_form
from core.cache import section_page

router = Router(tags=["agenda"])


class EventFilters(LanguageQuery):
    """The agenda listing's filters (the same names and values as in its URLs)."""

    when: Literal["", "today", "weekend", "week", "month"] = ""
    date_from: IsoDate | None = Field(None, description="Dates from this day (2000-01-01 at least)")
    date_to: IsoDate | None = Field(None, description="Dates up to this day (2100-12-31 at most)")
    q: str = Field("", max_length=100, description="Keywords")
    territory: str = Field("", description="A territory's slug")
    commune: str = Field("", description="A commune's INSEE code")
    place: str = Field("", description="A place's id")
    theme: str = Field("", description="A theme's slug")
    organisation: str = Field(
        "", description="An organisation's slug, or several separated by commas (at most 20)"
    )
    audience: Literal["", *Audience.values] = ""
    free: bool = False
    online: bool = False


class EventQuery(EventFilters):
    updated_since: IsoDateTime | None = Field(
        None, description="Only events published or changed at or after this instant"
    )


class ThemeOut(Schema):
    slug: str
    label: str


class OrganiserOut(Schema):
    id: int
    name: str = Field(alias="title")
    url: str

    @staticmethod
    def resolve_url(obj, context):
        return obj.get_full_url(context["request"])


class EventOut(Schema):
    id: int
    uid: str = Field(description="The iCalendar UID, stable across changes")
    url: str
    ics_url: str
    title: str
    summary: str
    description: str = Field(description="HTML")
    start: datetime
    end: datetime | None
    all_day: bool
    rrule: str = Field(description="RFC 5545 recurrence rule, empty for a single date")
    next_start: datetime | None = Field(description="The next date still to come")
    status: Literal[*Status.values]
    venue: str
    address: str
    commune: str | None
    insee: str | None
    territory: str | None
    latitude: float | None
    longitude: float | None
    attendance: Literal[*Attendance.values]
    online_url: str
    audience: Literal[*Audience.values]
    free: bool
    price: str
    registration_url: str
    accessibility: str
    organisers: list[OrganiserOut]
    themes: list[ThemeOut]
    language: str
    updated_at: datetime | None

    @staticmethod
    def resolve_uid(obj):
        return obj.uid

    @staticmethod
    def resolve_url(obj, context):
        return obj.get_full_url(context["request"])

    @staticmethod
    def resolve_ics_url(obj, context):
        return obj.get_full_url(context["request"]) + "event.ics"

    @staticmethod
    def resolve_description(obj):
        return expand_db_html(obj.description)

    @staticmethod
    def resolve_commune(obj):
        return obj.commune.name if obj.commune_id else None

    @staticmethod
    def resolve_insee(obj):
        return obj.commune.insee if obj.commune_id else None

    @staticmethod
    def resolve_territory(obj):
        return obj.commune.territory.label if obj.commune_id else None

    @staticmethod
    def resolve_latitude(obj):
        return obj.coordinates[0] if obj.coordinates else None

    @staticmethod
    def resolve_longitude(obj):
        return obj.coordinates[1] if obj.coordinates else None

    @staticmethod
    def resolve_organisers(obj):
        return obj.organiser_list

    @staticmethod
    def resolve_themes(obj):
        return obj.theme_list

    @staticmethod
    def resolve_language(obj):
        return obj.locale.language_code

    @staticmethod
    def resolve_updated_at(obj):
        return obj.last_published_at


class RemovedOut(Schema):
    id: int = Field(description="The event's id, as the events list gave it")
    removed_at: datetime
    reason: Literal["unpublished", "deleted"]

    @staticmethod
    def resolve_id(obj):
        return obj.page_id

    @staticmethod
    def resolve_removed_at(obj):
        return obj.timestamp

    @staticmethod
    def resolve_reason(obj):
        return "deleted" if obj.action == "wagtail.delete" else "unpublished"


class OccurrenceOut(Schema):
    event_id: int
    title: str
    url: str
    start: datetime
    end: datetime
    all_day: bool
    cancelled: bool
    commune: str | None

    @staticmethod
    def resolve_title(obj):
        return obj.event.title

    @staticmethod
    def resolve_url(obj, context):
        return obj.event.get_full_url(context["request"])

    @staticmethod
    def resolve_cancelled(obj):
        return obj.cancelled or obj.event.status == Status.CANCELLED

    @staticmethod
    def resolve_commune(obj):
        return obj.event.commune.name if obj.event.commune_id else None


def _in_agenda(filters):
    """(the dates of the agenda of the active language, the valid filter form)."""
    form = valid_form(AgendaFilterForm, filters, event_model=EventPage)
    agenda = section_page(AgendaPage, Locale.get_active().id)
    if agenda is None:
        return Occurrence.objects.none(), form
    return Occurrence.objects.in_agenda(agenda), form


@listing(
    router,
    "/events/",
    EventOut,
    summary="Events with a date in the selected range (upcoming by default)",
    ordering=("id",),
)
def events(request, filters: Query[EventQuery]):
    # A subquery per event of the page, not an aggregate over every upcoming date before the
    # LIMIT: with 10,000 events the first page took 185 ms that way.
    upcoming = Occurrence.objects.filter(event=OuterRef("pk"), end__gt=timezone.now())
    found = events_with_dates(*_in_agenda(filters)).annotate(
        next_start=Subquery(upcoming.order_by("start").values("start")[:1])
    )
    if filters.updated_since:
        found = found.filter(last_published_at__gte=filters.updated_since)
    return found


@listing(
    router,
    "/events/removed/",
    RemovedOut,
    summary="Events unpublished or deleted since an instant, in the order they went",
    ordering=("id",),
    page_size=MAX_PER_PAGE,
)
def removed_events(request, since: IsoDateTime, lang: Query[LanguageQuery]):
    live = EventPage.objects.live().values("pk")
    return (
        PageLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(EventPage),
            action__in=("wagtail.unpublish", "wagtail.delete"),
            timestamp__gte=since,
        )
        .exclude(page_id__in=live)
        .only("id", "page_id", "timestamp", "action")
    )


@listing(
    router,
    "/occurrences/",
    OccurrenceOut,
    summary="The dates of the events, in date order (upcoming by default)",
    ordering=("start", "id"),
)
def occurrences(request, filters: Query[EventFilters]):
    return (
        dates_in_window(*_in_agenda(filters))
        .select_related("event", "event__commune", "event__locale")
        .only(
            "id",
            "start",
            "end",
            "all_day",
            "cancelled",
            "event__id",
            "event__title",
            "event__url_path",
            "event__status",
            "event__commune__name",
            "event__locale__language_code",
        )
    )
