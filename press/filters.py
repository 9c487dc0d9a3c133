"""The filters of the contact listing (django-filter, as Wagtail's listings use it)."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from core.models import Territory, Theme
from press.models import ContactStatus, OutletKind, PressContact, retention, verify_after

DUE = "due"
FLAGGED = "flagged"
PITCH_WINDOWS = (7, 14, 30)  # days: "not pitched in the last …"


def duration(delta):
    """ "1 year", "3 years" or "200 days": how the settings read to a person."""
    days = delta.days
    if days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def freshness_choices():
    return [
        (DUE, _("Not verified for %(duration)s") % {"duration": duration(verify_after())}),
        (
            FLAGGED,
            _("Flagged for deletion (unverified for %(duration)s)")
            % {"duration": duration(retention())},
        ),
    ]


class PressContactFilterSet(WagtailFilterSet):
    freshness = django_filters.ChoiceFilter(
        label=_("Freshness"), choices=freshness_choices, method="filter_freshness"
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ContactStatus.choices)
    outlet_kind = django_filters.ChoiceFilter(
        label=_("Outlet kind"), field_name="outlet__kind", choices=OutletKind.choices
    )
    territory = django_filters.ModelChoiceFilter(
        label=_("Territory"), field_name="territories", queryset=Territory.objects.all()
    )
    beat = django_filters.ModelChoiceFilter(
        label=_("Beat"), field_name="beats", queryset=Theme.objects.all()
    )

    not_pitched_within = django_filters.ChoiceFilter(
        label=_("Not pitched in the last"),
        choices=lambda: [(str(days), duration(timedelta(days=days))) for days in PITCH_WINDOWS],
        method="filter_not_pitched",
    )

    class Meta:
        model = PressContact
        fields = []

    def filter_not_pitched(self, queryset, name, value):
        """Hide the contacts some member pitched lately (the shared contact log)."""
        since = timezone.localdate() - timedelta(days=int(value))
        return queryset.exclude(pitches__pitched_on__gte=since)

    def filter_freshness(self, queryset, name, value):
        if value == DUE:
            return queryset.to_verify()
        if value == FLAGGED:
            return queryset.flagged_for_deletion()
        return queryset
