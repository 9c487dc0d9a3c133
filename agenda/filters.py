"""The agenda's filters: one GET form, kept in the URL, that works with JavaScript off.

The form filters the events of the model it is given (`event_model`, EventPage: see
AgendaPage.filter_form), so that this module stays below agenda/models.py."""

from datetime import timedelta

from django import forms
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from agenda.choices import Attendance, Audience
from agenda.dates import PARIS, local_midnight
from core.forms import ListingDateField, ListingFilterForm, keywords_query
from core.models import Commune, Territory, Theme
from core.taxonomies import taxonomy_choices
from directory.models import OrganisationPage
from directory.sections import organisation_choices

PLACE_CHOICES_CACHE_KEY = "agenda-place-choices"  # forgotten when a place is saved or deleted

RANGES = [
    ("", _("Upcoming")),
    ("today", _("Today")),
    ("weekend", _("This weekend")),
    ("week", _("This week")),
    ("month", _("This month")),
]


def date_range(when, today=None, now=None):
    """(start, end) instants of a quick range, in Europe/Paris."""
    now = now or timezone.now()
    today = today or timezone.localtime(now, PARIS).date()
    tomorrow = local_midnight(today + timedelta(days=1))
    if when == "today":
        return local_midnight(today), tomorrow
    if when == "weekend":
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:  # on Sunday, this weekend is today
            saturday = today - timedelta(days=1)
        return max(now, local_midnight(saturday)), local_midnight(saturday + timedelta(days=2))
    if when == "week":
        monday = today + timedelta(days=7 - today.weekday())
        return now, local_midnight(monday)
    if when == "month":
        first_next = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return now, local_midnight(first_next)
    return now, None


class OrganisationsField(forms.ChoiceField):
    """One organisation's slug, or several joined by commas (an embed of a few partners'
    events: `?organisation=la-roue,echo-des-ecrins`): each must be a choice; at most
    AT_MOST; cleaned to the slugs once each, in the order given."""

    AT_MOST = 20

    def to_python(self, value):
        slugs = dict.fromkeys(s.strip() for s in super().to_python(value).split(","))
        slugs.pop("", None)
        return ",".join(slugs)

    def validate(self, value):
        forms.Field.validate(self, value)
        slugs = value.split(",") if value else []
        if len(slugs) > self.AT_MOST:
            raise forms.ValidationError(
                _("Choose at most %(count)d organisations."), params={"count": self.AT_MOST}
            )
        for slug in slugs:
            if not self.valid_value(slug):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": slug},
                )


class AgendaFilterForm(ListingFilterForm):
    when = forms.ChoiceField(label=_("When"), choices=RANGES, required=False)
    date_from = ListingDateField(label=_("From"), required=False)
    date_to = ListingDateField(label=_("To"), required=False)
    q = forms.CharField(label=_("Keywords"), required=False, max_length=100)
    territory = forms.ChoiceField(label=_("Territory"), required=False)
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    organisation = OrganisationsField(label=_("Organisation"), required=False)
    audience = forms.ChoiceField(
        label=_("Audience"), required=False, choices=[("", _("All audiences")), *Audience.choices]
    )
    free = forms.BooleanField(label=_("Free"), required=False)
    online = forms.BooleanField(label=_("Online"), required=False)

    def __init__(self, *args, event_model, **kwargs):
        super().__init__(*args, **kwargs)
        self.event_model = event_model
        self.fields["territory"].choices = [
            ("", _("All territories")),
            *taxonomy_choices(Territory),
        ]
        self.fields["commune"].choices = [
            ("", _("All communes")),
            *taxonomy_choices(Commune, "insee"),
        ]
        self.fields["place"].choices = [("", _("All places")), *self.place_choices()]
        self.fields["theme"].choices = [("", _("All themes")), *taxonomy_choices(Theme)]
        organisations = organisation_choices()
        self.fields["organisation"].choices = [
            ("", _("All organisations")),
            *self.chosen_together(organisations),
            *organisations,
        ]

    def chosen_together(self, organisations):
        """The several organisations of the query string as one choice of the drop-down list
        ("La Roue, L'Écho des Écrins"), so that the listing shows what it filters by."""
        chosen = (self.data.get("organisation") or "") if self.is_bound else ""
        if "," not in chosen:
            return []
        names = dict(organisations)
        slugs = [s.strip() for s in chosen.split(",") if s.strip()]
        if not 1 < len(slugs) <= OrganisationsField.AT_MOST or not set(slugs) <= names.keys():
            return []
        return [(chosen, ", ".join(names[slug] for slug in dict.fromkeys(slugs)))]

    def place_choices(self):
        """[(id, "name, commune")] of the register's places, from the cache."""
        choices = cache.get(PLACE_CHOICES_CACHE_KEY)
        if choices is None:
            places = self.event_model._meta.get_field("place").related_model.objects
            choices = [
                (str(pk), f"{name}, {commune}")
                for pk, name, commune in places.order_by("commune__name", "name").values_list(
                    "pk", "name", "commune__name"
                )
            ]
            cache.set(PLACE_CHOICES_CACHE_KEY, choices, timeout=None)
        return choices

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date comes before the start date."))
            data.pop("date_to", None)
        return data

    def window(self, now=None):
        """(start, end) of the selected dates; end None: no upper bound."""
        values = self.cleaned()
        if "date_from" in values or "date_to" in values:
            start = local_midnight(values["date_from"]) if "date_from" in values else None
            end = values.get("date_to")
            return start or (now or timezone.now()), (
                local_midnight(end + timedelta(days=1)) if end else None
            )
        return date_range(values.get("when", ""), now=now)

    def event_filter(self, prefix=""):
        """A Q over EventPage (or, with prefix "event__", over Occurrence) for the filters that
        are about the event rather than its dates."""
        values = self.cleaned()
        q = Q()
        lookups = {
            "territory": "commune__territory__slug",
            "commune": "commune__insee",
            "audience": "audience",
        }
        for name, lookup in lookups.items():
            if name in values:
                q &= Q(**{prefix + lookup: values[name]})
        # Themes and organisers are many-to-many: a subquery keeps one row per date, so the
        # listing needs no DISTINCT (which made SQL sort every matching row).
        if "theme" in values:
            tagged = self.event_model.themes.through.objects.filter(tag__slug=values["theme"])
            q &= Q(**{prefix + "pk__in": tagged.values("content_object_id")})
        if "place" in values:
            # the event's place, or a date of it held there
            changes = self.event_model.occurrence_changes.rel.related_model.objects.filter(
                place_id=values["place"]
            )
            q &= Q(**{prefix + "place_id": values["place"]}) | Q(
                **{prefix + "pk__in": changes.values("event_id")}
            )
        if "organisation" in values:
            slugs = values["organisation"].split(",")
            keys = OrganisationPage.objects.filter(slug__in=slugs).values("translation_key")
            organised = self.event_model.organisers.through.objects.filter(
                organisationpage__translation_key__in=keys
            )
            q &= Q(**{prefix + "pk__in": organised.values("eventpage_id")})
        if values.get("free"):
            q &= Q(**{prefix + "free": True})
        if values.get("online"):
            q &= Q(**{prefix + "attendance__in": [Attendance.ONLINE, Attendance.MIXED]})
        if values.get("q"):
            q &= Q(**{prefix + "pk__in": self._search_hits(values["q"])})
        return q

    def _search_hits(self, query):
        hits = (
            self.event_model.objects.live()
            .filter(locale=Locale.get_active())
            .search(keywords_query(query))
        )
        return [hit.pk for hit in hits]

    def feed_query_string(self):
        """The filters a calendar subscription keeps (dates move on by themselves)."""
        return self.query_string(exclude=("when", "date_from", "date_to", "q"))
