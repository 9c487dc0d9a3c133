import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, Min, OuterRef, Q, Subquery
from django.db.models.functions import Lower
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from agenda import open_data
from agenda.choices import Attendance, Audience, Status
from agenda.dates import PARIS, local_midnight, validate_rrule
from agenda.filters import PLACE_CHOICES_CACHE_KEY, AgendaFilterForm
from agenda.ical.export import single_event_response
from agenda.proposals import propose_view
from agenda.queries import (
    agenda_embed_context,
    dates_in_window,
    event_context,
    feed_response,
    listing_context,
    month_context,
)
from agenda.widgets import DateListWidget, RecurrenceWidget
from core.blocks import RICH_TEXT_FEATURES
from core.models import optional_link, unrestricted
from core.pagecache import forget_content
from directory.permissions import (
    OrganisationScopedPageMixin,
    OrganisationSourceForm,
    ScopedOrganisationsForm,
)
from directory.sources import RemoteSource

# PARIS, local_midnight (agenda/dates.py) and the choices (agenda/choices.py) sit below every
# module of the app; other apps, the tests and the benchmarks still import them from here.


class EventTheme(TaggedItemBase):
    tag = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="events")
    content_object = ParentalKey(
        "agenda.EventPage", on_delete=models.CASCADE, related_name="themed_items"
    )


class PlaceForm(OrganisationSourceForm):
    """A place: its organisation, if any, picked the way a source's is (each organisation
    once; a communicator's own organisations only); a new one records who added it."""

    def save(self, commit=True):
        if self.instance._state.adding and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit)


class Place(index.Indexed, models.Model):
    """A venue of the shared register, chosen by events (and by a date of a series held
    elsewhere) so that the same hall is typed once: its name, address, commune and
    coordinates become the event's."""

    name = models.CharField(_("name"), max_length=160)
    address = models.CharField(_("address"), max_length=255, blank=True)
    commune = models.ForeignKey(
        "core.Commune", verbose_name=_("commune"), on_delete=models.PROTECT, related_name="+"
    )
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, help_text=_("Empty: the centre of the commune.")
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, help_text=_("Empty: the centre of the commune.")
    )
    accessibility = models.TextField(
        _("accessibility of the place"),
        blank=True,
        help_text=_("Step-free access, accessible toilets, hearing loop, parking nearby…"),
    )
    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member whose venue it is, if any."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("commune"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility"),
        FieldPanel("organisation"),
    ]
    base_form_class = PlaceForm

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.AutocompleteField("commune_name"),
        index.FilterField("commune_id"),
    ]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                "commune",
                name="unique_place_name_in_commune",
                violation_error_message=_("This commune already has a place of this name."),
            )
        ]

    def __str__(self):
        return f"{self.name}, {self.commune.name}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(PLACE_CHOICES_CACHE_KEY)
        forget_content()  # the listings' filter forms offer it (kept pages and fragments)
        # its events follow: agenda/signals.py

    def delete(self, *args, **kwargs):
        cache.delete(PLACE_CHOICES_CACHE_KEY)
        forget_content()
        return super().delete(*args, **kwargs)

    @property
    def commune_name(self):
        return self.commune.name

    @property
    def coordinates(self):
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return self.commune.latitude, self.commune.longitude

    def event_fields(self):
        """What an event at this place takes from it."""
        return {
            "venue": self.name,
            "address": self.address,
            "commune_id": self.commune_id,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "place_accessibility": self.accessibility,
        }


class EventPageForm(ScopedOrganisationsForm):
    organisation_field = "organisers"

    def save(self, commit=True):
        page = super().save(commit=commit)
        if page.pk and page.source_withdrawn and not page.live:
            # Someone puts back by hand an event its calendar dropped: the site's own event
            # from now on (no source drops it again), until the calendar lists it again.
            page.source_withdrawn, page.source = False, None
            EventPage.objects.filter(pk=page.pk).update(source_withdrawn=False, source=None)
        return page


# What an imported event takes from its calendar (agenda/importer.py); the importer
# replaces one of them only when the calendar changes it.
SOURCE_FIELDS = (
    "title",
    "summary",
    "description",
    "start",
    "end",
    "all_day",
    "rrule",
    "exdates",
    "rdates",
    "status",
    "venue",
    "commune",
    "latitude",
    "longitude",
    "registration_url",
    "occurrence_changes",
)

# Bookkeeping of the import and of the iCalendar export: the page's, not a revision's. Restoring
# a revision (publishing it, editing it) keeps the current values (see with_content_json).
IMPORT_BOOKKEEPING = (
    "source_id",
    "import_organisation_id",
    "ical_uid",
    "import_hash",
    "import_fields",
    "import_revision_id",
    "source_withdrawn",
    "sequence",
    "schedule_fingerprint",
    "ical_fragment",
)


class SourcePanel(Panel):
    """On an imported event's edit form: where it comes from, which fields the calendar
    gives, and whether the calendar dropped it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "agenda/admin/source_panel.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.source_id)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            names = [name for name in SOURCE_FIELDS if name in (page.import_fields or {})]
            context.update(
                {
                    "source": page.source,
                    "fields": [source_field_label(name) for name in names or SOURCE_FIELDS],
                    "withdrawn": page.source_withdrawn,
                    "live": page.live,
                }
            )
            return context


def source_field_label(name):
    """The label of a field an imported event takes from its calendar."""
    if name == "occurrence_changes":
        return _("moved or cancelled dates")
    return EventPage._meta.get_field(name).verbose_name


class EventPage(OrganisationScopedPageMixin, RoutablePageMixin, Page):
    """An event of the shared agenda: one date, several days, or a recurring series."""

    summary = models.CharField(_("summary"), max_length=300, help_text=_("One sentence."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("For an all-day event, the last day (the time is ignored)."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    rrule = models.CharField(
        _("repeats (RRULE)"),
        max_length=255,
        blank=True,
        help_text=_("iCalendar rule, e.g. FREQ=WEEKLY;BYDAY=WE;COUNT=8"),
    )
    exdates = models.TextField(
        _("dates skipped"), blank=True, help_text=_("Dates of the series skipped, one per line.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Choose the venue in the shared register (or add it there): its name, address, "
            "commune and coordinates replace the fields below."
        ),
    )
    venue = models.CharField(
        _("venue"),
        max_length=160,
        blank=True,
        help_text=_("Only when the place is not in the register."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    commune = models.ForeignKey(
        "core.Commune",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    # The place's own accessibility, copied like its address: the page shows it for free.
    place_accessibility = models.TextField(blank=True, editable=False)
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, default=Attendance.OFFLINE
    )
    online_url = models.URLField(_("online link"), blank=True)
    organisers = ParentalManyToManyField(
        "directory.OrganisationPage", verbose_name=_("organisers"), blank=True, related_name="+"
    )
    themes = ClusterTaggableManager(through=EventTheme, verbose_name=_("themes"), blank=True)
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    free = models.BooleanField(
        _("free"),
        null=True,
        blank=True,
        default=True,
        help_text=_("Unknown when the price is not known (an imported calendar does not say)."),
    )
    price = models.CharField(_("price"), max_length=160, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    image = optional_link("wagtailimages.Image", _("image"))
    image_alt = models.CharField(_("image text alternative"), max_length=200, blank=True)

    rdates = models.TextField(
        _("extra dates"),
        blank=True,
        help_text=_("Dates added to the series, one per line (2026-12-24 or 2026-12-24 18:30)."),
    )

    # Where an imported event comes from (see agenda/importer.py).
    source = models.ForeignKey(
        "agenda.CalendarSource",
        verbose_name=_("imported from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        editable=False,
    )
    import_sequence = models.IntegerField(null=True, blank=True, editable=False)
    import_last_modified = models.DateTimeField(null=True, blank=True, editable=False)
    import_hash = models.CharField(max_length=64, blank=True, editable=False)
    import_revision_id = models.BigIntegerField(null=True, blank=True, editable=False)
    # Identity of an imported event: (organisation, UID), on the organisation's default-language
    # page only (translations do not copy it); a RECURRENCE-ID is an OccurrenceChange of it.
    import_organisation = models.ForeignKey(
        "directory.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # {field: short hash of the value the calendar gave}: what the calendar changed since.
    import_fields = models.JSONField(default=dict, blank=True, editable=False)
    # The calendar dropped the event: it is (or, after review, will be) unpublished.
    source_withdrawn = models.BooleanField(default=False, editable=False)

    # iCalendar identity and state, kept up to date when the event is published.
    ical_uid = models.CharField(_("iCalendar UID"), max_length=255, blank=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    schedule_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    ical_fragment = models.TextField(blank=True, editable=False)

    # Who proposed it through the public form (see agenda/proposals.py).
    proposer_name = models.CharField(_("proposed by"), max_length=120, blank=True)
    proposer_email = models.EmailField(_("proposer's e-mail"), blank=True)

    base_form_class = EventPageForm

    content_panels = [
        *Page.content_panels,
        SourcePanel(heading=_("Imported from a calendar")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")]),
                FieldPanel(
                    "rrule",
                    widget=RecurrenceWidget,
                    heading=_("Repeats"),
                    help_text=_("Choose how the event repeats; the sentence below says it."),
                ),
                FieldPanel(
                    "exdates",
                    widget=DateListWidget(add_label=_("Skip this date")),
                    heading=_("Dates skipped"),
                    help_text=_("Dates of the series when the event does not take place."),
                ),
                FieldPanel(
                    "rdates",
                    widget=DateListWidget(add_label=_("Add this date")),
                    heading=_("Extra dates"),
                    help_text=_("Dates added to the series, at the same time."),
                ),
                InlinePanel("occurrence_changes", label=_("Moved or cancelled dates")),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("place"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("free"), FieldPanel("price")]),
                FieldPanel("registration_url"),
                FieldPanel("accessibility"),
            ],
            heading=_("For whom"),
        ),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldRowPanel(
            [FieldPanel("proposer_name"), FieldPanel("proposer_email")],
            heading=_("Proposed through the public form"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.RelatedFields("commune", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("rrule"),
        SynchronizedField("exdates"),
        SynchronizedField("rdates"),
        SynchronizedField("status"),
        SynchronizedField("place"),
        SynchronizedField("commune"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
    ]

    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []
    # A copy or a translation is not the calendar's event: it never takes its identity.
    exclude_fields_in_copy = [
        "import_organisation",
        "import_fields",
        "import_hash",
        "import_revision_id",
        "source_withdrawn",
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.UniqueConstraint(
                fields=["import_organisation", "ical_uid"], name="unique_imported_event"
            )
        ]

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in IMPORT_BOOKKEEPING:
            setattr(obj, name, getattr(self, name))
        return obj

    def scope_keys(self):
        return set(self.organisers.values_list("translation_key", flat=True))

    def take_place(self):
        """When a place of the register is chosen, the event's venue, address, commune and
        coordinates are the place's (the fields stay for imported events and free entry)."""
        if not self.place_id:
            self.place_accessibility = ""
            return
        try:
            place = self.place
        except Place.DoesNotExist:  # a revision naming a place deleted since
            self.place, self.place_accessibility = None, ""
            return
        for name, value in place.event_fields().items():
            setattr(self, name, value)

    def save(self, *args, **kwargs):
        self.take_place()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.take_place()
        if self.all_day:
            self.start = local_midnight(timezone.localtime(self.start, PARIS).date())
            last = timezone.localtime(self.end or self.start, PARIS).date()
            self.end = local_midnight(last)
            if self.end < self.start:
                raise ValidationError({"end": _("The last day comes before the first.")})
        elif self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        errors = {}
        try:
            self.skipped_dates()
        except ValueError:
            errors["exdates"] = _("Write one date per line, as 2026-12-24.")
        try:
            self.extra_dates()
        except ValueError:
            errors["rdates"] = _("Write one date per line, as 2026-12-24 or 2026-12-24 18:30.")
        if self.rrule:
            try:
                validate_rrule(self.rrule, self.start, self.all_day)
            except ValidationError as error:
                errors.update(error.message_dict)
        if errors:
            raise ValidationError(errors)

    @property
    def uid(self):
        """The iCalendar UID: the importer's, else one derived from the translation key, so
        that it never changes and every language shares it."""
        return self.ical_uid or f"{self.translation_key}@hub-ess-05"

    def extra_dates(self):
        """The RDATE instants of the series (a date alone takes the series' start time)."""
        local_start = timezone.localtime(self.start, PARIS)
        dates = []
        for line in self.rdates.replace(",", "\n").splitlines():
            text = line.strip()
            if not text:
                continue
            if len(text) == 10:
                day = datetime.strptime(text, "%Y-%m-%d").date()
                dates.append(datetime.combine(day, local_start.timetz()))
            else:
                dates.append(datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS))
        return dates

    def skipped_dates(self):
        return [
            datetime.strptime(line.strip(), "%Y-%m-%d").date()
            for line in self.exdates.replace(",", "\n").splitlines()
            if line.strip()
        ]

    @property
    def effective_end(self):
        """The end as an instant, exclusive (the midnight after the last day when all-day)."""
        if self.all_day:
            last = timezone.localtime(self.end or self.start, PARIS).date()
            return local_midnight(last + timedelta(days=1))
        return self.end or self.start + timedelta(hours=1)

    @property
    def coordinates(self):
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        if self.commune_id:
            return self.commune.latitude, self.commune.longitude
        return None

    @property
    def is_cancelled(self):
        return self.status == Status.CANCELLED

    def compute_fingerprint(self):
        """What SEQUENCE follows: date, time, place and status (RFC 5545 §3.8.7.4)."""
        changes = sorted(
            (c.original_start.isoformat(), c.cancelled, str(c.new_start), str(c.new_end))
            + ((c.place_id,) if c.place_id else ())
            for c in self.occurrence_changes.all()
        )
        parts = [
            self.start.isoformat(),
            str(self.end),
            str(self.all_day),
            self.rrule,
            self.exdates,
            self.status,
            self.venue,
            self.address,
            str(self.commune_id),
            self.online_url,
            self.rdates,
            repr(changes),
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    @cached_property
    def organiser_list(self):
        return list(self.organisers.all())

    @cached_property
    def theme_list(self):
        return list(self.themes.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    @path("event.ics/", name="ics")
    def ics(self, request):
        """This one event, for "add to my calendar"."""
        return single_event_response(self, request)


class OccurrenceChange(Orderable):
    """One date of a series moved, cancelled or held elsewhere (RECURRENCE-ID in iCalendar)."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrence_changes")
    original_start = models.DateTimeField(_("date and time in the series"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    new_start = models.DateTimeField(_("moved to"), null=True, blank=True)
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)
    place = models.ForeignKey(
        Place,
        verbose_name=_("held at"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only when this date takes place somewhere else."),
    )

    panels = [
        FieldPanel("original_start"),
        FieldPanel("cancelled"),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("place"),
    ]

    @property
    def start(self):
        """When this date takes place now."""
        return self.new_start or self.original_start


def changed_place(field):
    """A subquery for an Occurrence: `field` of the place its date was moved to, if any."""
    change = OccurrenceChange.objects.filter(
        event_id=OuterRef("event_id"), place__isnull=False, cancelled=False
    ).filter(
        Q(new_start=OuterRef("start")) | Q(new_start__isnull=True, original_start=OuterRef("start"))
    )
    return Subquery(change.values(f"place__{field}")[:1])


def has_occurrence_after(moment):
    """A condition on EventPage: the event has a date that ends after `moment`."""
    return Exists(Occurrence.objects.filter(event=OuterRef("pk"), end__gt=moment))


class OccurrenceQuerySet(models.QuerySet):
    def longest_days(self):
        """How many days the longest stored date covers (an index away, whatever the filter),
        at most a thousand years: a calendar's odd DTSTART in year 1 would otherwise take the
        date arithmetic of the bounds below the calendar's first year."""
        longest = self.model.objects.aggregate(longest=models.Max("days"))["longest"]
        return min(longest or 1, 365_000)

    def not_ended(self, moment):
        """The dates not ended at `moment`, within a range of the start index: `end > moment`
        alone, in start order, reads every past date before the first one that has not ended.
        A date lasts less than one day more than the days it covers (a day of 25 hours)."""
        earliest = moment - timedelta(days=self.longest_days() + 1)
        return self.filter(end__gt=moment, start__gt=earliest)

    def in_agenda(self, agenda):
        """The dates of the published, unrestricted events of `agenda` (the agenda page, plain
        or specific)."""
        return self.filter(
            unrestricted("event_id"),
            event__path__startswith=agenda.path,
            event__depth=agenda.depth + 1,
            event__live=True,
        )

    def for_cards(self):
        """With what the occurrence cards show of their event, and not its heavy fields."""
        return (
            self.select_related("event", "event__commune")
            # the themes as a plain list (event.card_themes): through the taggable manager,
            # each card built two querysets even with the themes prefetched
            .prefetch_related(
                models.Prefetch(
                    "event__themed_items",
                    EventTheme.objects.select_related("tag").order_by("tag__name"),
                    to_attr="card_themes",
                )
            )
            .defer("event__ical_fragment", "event__description", "event__schedule_fingerprint")
            .annotate(
                changed_venue=changed_place("name"),
                changed_commune=changed_place("commune__name"),
            )
        )


class Occurrence(models.Model):
    """One date of a published event, stored so that listings filter and sort in SQL."""

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(db_index=True)
    all_day = models.BooleanField(default=False)
    cancelled = models.BooleanField(default=False)
    # Its first and last days in Paris, stored: the month view groups dates by day in SQL
    # without converting every date's time zone.
    first_date = models.DateField()
    last_date = models.DateField()
    # How many days it covers: the longest (an index away) bounds how far back the listings
    # look for dates not yet ended, and the month view for those that reach into the month.
    days = models.PositiveIntegerField(default=1)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start", "event_id"]
        indexes = [
            models.Index(fields=["end", "start"]),
            models.Index(fields=["first_date", "start"]),
            # The month view's dates over several days (few) without reading the others.
            models.Index(
                fields=["first_date"],
                condition=~Q(last_date=F("first_date")),
                name="agenda_occurrence_several_days",
            ),
            models.Index(fields=["days"], name="agenda_occurrence_days"),
        ]

    def __str__(self):
        return f"{self.event_id} @ {self.start:%Y-%m-%d %H:%M}"

    @classmethod
    def of(cls, event, start, end, all_day=False, cancelled=False):
        """An occurrence of `event` from `start` to `end` (exclusive), its days in Paris set."""
        first_date = timezone.localtime(start, PARIS).date()
        last_date = max(
            first_date, (timezone.localtime(end, PARIS) - timedelta(microseconds=1)).date()
        )
        return cls(
            event=event,
            start=start,
            end=end,
            all_day=all_day,
            cancelled=cancelled,
            first_date=first_date,
            last_date=last_date,
            days=(last_date - first_date).days + 1,
        )

    @property
    def last_day(self):
        """For an all-day occurrence, the last day it covers (inclusive)."""
        return (timezone.localtime(self.end, PARIS) - timedelta(days=1)).date()

    @property
    def is_multi_day(self):
        local_start = timezone.localtime(self.start, PARIS).date()
        if self.all_day:
            return self.last_day > local_start
        return timezone.localtime(self.end, PARIS).date() > local_start


class AgendaDay(models.Model):
    """A day of an agenda as its month view shows it unfiltered: how many dates it holds and
    the first of them (agenda/queries.py: day_summaries), kept by agenda/days.py whenever the
    dates of an event change, so that a month reads its days whatever the agenda's size."""

    agenda = models.ForeignKey("AgendaPage", on_delete=models.CASCADE, related_name="month_days")
    day = models.DateField()
    total = models.PositiveIntegerField()
    # [{"slug", "title", "time", "cancelled"}]: what the grid says of each date it names
    shown = models.JSONField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agenda", "day"], name="agenda_day_unique"),
        ]

    def __str__(self):
        return f"{self.agenda_id} {self.day}: {self.total}"


def events_with_dates(occurrences, form):
    """The events with a date among `occurrences` that `form` (AgendaFilterForm) selects, with
    what their open data and API records show."""
    # EXISTS per event rather than IN (every selected date): a page of the API reads the events
    # in its order and stops, where IN first gathered the whole agenda's dates (24 ms at 10,000).
    dates = dates_in_window(occurrences, form).filter(event=OuterRef("pk"))
    return (
        EventPage.objects.filter(Exists(dates))
        .select_related("commune__territory", "locale")
        .prefetch_related("themes", "organisers")
        .defer("ical_fragment", "import_fields")
    )


class AgendaPage(OrganisationScopedPageMixin, RoutablePageMixin, Page):
    """The shared agenda: upcoming dates filtered by place, theme, organiser and audience; a
    month view; an archive; and the same selections as iCalendar subscriptions."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count_per_parent = 1
    communicators_may_add = True

    PER_PAGE = 20
    # Ten pages (the count reads no more); dates beyond: narrow by dates, a month or filters.
    LISTED_AT_MOST = 10 * PER_PAGE
    FEED_PAST_DAYS = 30

    class Meta:
        verbose_name = _("agenda")

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides=listing_context(self, request))

    @re_path(r"^month/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month(self, request, year, month):
        context = month_context(self, request, int(year), int(month))
        if context is None:
            raise Http404
        return self.render(request, context_overrides=context, template="agenda/agenda_month.html")

    @path("past/", name="past")
    def past(self, request):
        return self.render(request, context_overrides=listing_context(self, request, past=True))

    @path("agenda.ics/", name="ics")
    def ics(self, request):
        return feed_response(self, request)

    @path("embed/", name="embed")
    @xframe_options_exempt
    def embed(self, request):
        """The agenda on a member's site, in an iframe or the <hub-agenda> element (any site
        may frame this route: core.middleware)."""
        context = agenda_embed_context(self, request)
        return self.render(request, context_overrides=context, template="agenda/embed.html")

    @path("events.csv/", name="csv")
    def open_data_csv(self, request):
        return open_data.csv_response(self.open_data(request), request)

    @path("events.json/", name="json")
    def open_data_json(self, request):
        return open_data.json_response(self.open_data(request), request)

    def open_data(self, request):
        """The events with a date that the listing's filters select, in date order."""
        events = events_with_dates(self.occurrences(), self.filter_form(request))
        return events.annotate(first_start=Min("occurrences__start")).order_by("first_start", "id")

    @path("propose/", name="propose")
    def propose(self, request):
        return propose_view(self, request, EventPage)

    def free_slug(self, title):
        """A slug for a new event titled `title`, unused among the agenda's events."""
        base = slugify(title)[:70].strip("-") or "evenement"
        taken = set(
            self.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
        )
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def events(self):
        return EventPage.objects.child_of(self).live().filter(unrestricted())

    def feed_events(self, filters, since):
        """The events a feed of the agenda lists: those matching `filters` (a Q) with a date
        that ends after `since`, and with their VEVENT text."""
        return (
            self.events()
            .filter(filters)
            .filter(has_occurrence_after(since))
            .exclude(ical_fragment="")
            .order_by("pk")
        )

    def occurrences(self):
        """The dates of the agenda's published, unrestricted events."""
        return Occurrence.objects.in_agenda(self)

    def filter_form(self, request):
        """The filters of the agenda's listings and feeds (agenda/filters.py), over its events."""
        return AgendaFilterForm(request.GET or None, event_model=EventPage)


class CalendarSource(RemoteSource):
    """A member's calendar, imported from a URL on a schedule or from uploaded files."""

    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(_("calendar address (iCal)"), max_length=500, blank=True)
    event_count = models.PositiveIntegerField(_("events"), default=0)

    accept = "text/calendar, */*;q=0.5"
    count_field = "event_count"

    class Meta:
        ordering = ["organisation__title", "name"]
        verbose_name = _("calendar source")
        verbose_name_plural = _("calendar sources")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unique_source_name")
        ]

    def __str__(self):
        return f"{self.organisation.title} — {self.name}"

    @property
    def display_name(self):
        return self.name

    @classmethod
    def for_upload(cls, organisation, name):
        """The source of an uploaded file: the organisation's source of that name, or a new
        one, unsaved until an import succeeds (a rejected file leaves nothing behind)."""
        name = (name or "calendar.ics")[:120]
        existing = cls.objects.filter(organisation=organisation, name=name).first()
        return existing or cls(organisation=organisation, name=name)
