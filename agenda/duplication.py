"""Duplicating an event for its next edition, from the admin.

"Duplicate for a new edition" (in the event's header menu and in the listing's "more" menu)
asks for the new first day and copies the event, as a draft under the same agenda, moved by
as many days: the times stay, the end, the repeat rule's UNTIL and the extra dates move with
it. What belonged to the previous edition stays behind: its skipped, moved and cancelled
dates, a cancelled or postponed status, a proposer's name and address, and above all the
identity of an imported event (its calendar, UID, import bookkeeping): the next
synchronisation of the calendar must not take the copy for the event it imports. The copy is
the event's own from then on (a new translation key, so a new iCalendar UID), and gets its
English and Italian copies when it is published, like any new event (core/translations.py).

Who may: whoever may add an event to that agenda and edit the original (a communicator, their
organisations' events; Wagtail's own "Copy", refused to communicators, would let them pick any
destination and keep the event live)."""

import contextlib
import re
from datetime import UTC, datetime, timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic.edit import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput, Button

from agenda.choices import Status
from agenda.dates import PARIS
from agenda.models import EventPage
from core.calendar_names import day_and_month, elided
from core.translations import original_of

URL_NAME = "agenda_event_duplicate"

# What a new edition does not take from the previous one (besides what EventPage excludes from
# every copy): the import identity and the export's bookkeeping, the previous edition's own
# changes of its dates, a proposer's personal data, and the page's locks and schedule.
LEFT_BEHIND = [
    "source",
    "ical_uid",
    "import_sequence",
    "import_last_modified",
    "sequence",
    "schedule_fingerprint",
    "ical_fragment",
    "occurrence_changes",
    "exdates",
    "proposer_name",
    "proposer_email",
    "locked",
    "locked_at",
    "locked_by",
    "go_live_at",
    "expire_at",
    "expired",
]

_UNTIL = re.compile(r"^(\d{8})(T\d{6})?(Z?)$")


# Dates, moved by whole days in Paris: times of day stay as they were, summer time or not.


def _moved(moment, days):
    local = timezone.localtime(moment, PARIS)
    return datetime.combine(local.date() + timedelta(days=days), local.time(), tzinfo=PARIS)


def _moved_until(value, days):
    match = _UNTIL.match(value.strip().upper())
    if match is None:
        return value  # not a date: left for the validation to point out, as before
    day, clock, utc = match.groups()
    if clock and utc:
        moment = datetime.strptime(day + clock, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return _moved(moment, days).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = datetime.strptime(day, "%Y%m%d").date() + timedelta(days=days)
    return moved.strftime("%Y%m%d") + (clock or "")


def moved_rule(rule, days):
    """`rule` (RRULE text) with its UNTIL `days` later (the rest as written)."""
    parts = rule.split(";")
    for index, part in enumerate(parts):
        name, sep, value = part.partition("=")
        if sep and name.strip().upper().removeprefix("RRULE:") == "UNTIL":
            parts[index] = f"{name}={_moved_until(value, days)}"
    return ";".join(parts)


def moved_dates(text, days):
    """Extra dates (one per line, "2026-12-24" or "2026-12-24 18:30") `days` later."""
    lines = []
    for line in text.replace(",", "\n").splitlines():
        line = line.strip()
        if not line:
            continue
        day = datetime.strptime(line[:10], "%Y-%m-%d").date() + timedelta(days=days)
        lines.append(day.isoformat() + line[10:])
    return "\n".join(lines)


def next_edition_dates(event, first_day):
    """{field: value} of the dates of `event` moved so that it starts on `first_day`."""
    days = (first_day - timezone.localtime(event.start, PARIS).date()).days
    values = {"start": _moved(event.start, days)}
    if event.end:
        values["end"] = _moved(event.end, days)
    if event.rrule:
        values["rrule"] = moved_rule(event.rrule, days)
    if event.rdates:
        # unreadable: kept as written, the edit form says what is wrong
        with contextlib.suppress(ValueError):
            values["rdates"] = moved_dates(event.rdates, days)
    return values


def free_slug(agenda, slug):
    """The first free slug under `agenda` for a copy of the page whose slug is `slug`
    ("atelier-velo-2", not "atelier-velo-2-2" for a copy of a copy)."""
    base = re.sub(r"-\d{1,2}$", "", slug) or slug
    return agenda.free_slug(base)


# Who may, and the copy.


def original(event):
    """The event a duplicate copies: the default-language original of a translation."""
    return original_of(event) or event


def may_duplicate(user, event):
    """Whether `user` may duplicate `event` (its original, for a translation): add an event to
    its agenda and edit it. Cached on the user, by agenda, for listings."""
    event = original(event)
    cache = user.__dict__.setdefault("_may_add_events_under", {})
    parent_path = event.path[: -EventPage.steplen]
    if parent_path not in cache:
        agenda = event.get_parent().specific
        cache[parent_path] = EventPage.can_create_at(agenda) and (
            agenda.permissions_for_user(user).can_add_subpage()
        )
    return cache[parent_path] and event.permissions_for_user(user).can_edit()


def duplicate_event(event, first_day, user):
    """A draft copy of `event` (its latest version, as its editor shows it) starting on
    `first_day`, under the same agenda; see the module's docstring."""
    event = original(event)
    agenda = event.get_parent().specific
    latest = event.get_latest_revision_as_object()
    latest._state.adding = False  # the page's own row, as of its latest revision
    changes = {
        "slug": free_slug(agenda, event.slug),
        "status": Status.SCHEDULED,
        **next_edition_dates(latest, first_day),
    }
    copy = latest.copy(
        to=agenda,
        update_attrs=changes,
        exclude_fields=LEFT_BEHIND,
        copy_revisions=False,
        keep_live=False,
        user=user,
    )
    return EventPage.objects.get(pk=copy.pk)


# The admin: a form, its view, its URL and its buttons.


class DuplicateForm(forms.Form):
    first_day = forms.DateField(label=gettext_lazy("First day of the new edition"))

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        start = timezone.localtime(event.start, PARIS)
        field = self.fields["first_day"]
        field.widget = AdminDateInput(attrs={"autocomplete": "off"})
        if event.all_day:
            field.help_text = _(
                "It now starts on %(day)s. Its other dates move by as many days."
            ) % {"day": date_format(start, "l j F Y")}
        else:
            field.help_text = _(
                "It now starts on %(day)s at %(time)s; the new edition starts at the same time. "
                "Its other dates move by as many days."
            ) % {"day": date_format(start, "l j F Y"), "time": date_format(start, "H:i")}

    def clean_first_day(self):
        day = self.cleaned_data["first_day"]
        if day < timezone.localdate(timezone=PARIS):
            raise forms.ValidationError(
                _("Choose a day from today on: a new edition is in the future.")
            )
        if day.year > 2100:
            raise forms.ValidationError(_("Choose a day before the year 2100."))
        return day


class DuplicateEventView(WagtailAdminTemplateMixin, FormView):
    form_class = DuplicateForm
    template_name = "agenda/admin/duplicate.html"
    page_title = gettext_lazy("Duplicate for a new edition")
    header_icon = "copy"
    breadcrumbs_items = []  # communicators may not open the page explorer

    def dispatch(self, request, pk):
        self.event = original(get_object_or_404(EventPage, pk=pk))
        if not may_duplicate(request.user, self.event):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "event": self.event}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {
            **context,
            "media": context["form"].media,
            "event": self.event,
            "action_url": reverse(URL_NAME, args=[self.event.pk]),
            "cancel_url": reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
        }

    def form_valid(self, form):
        copy = duplicate_event(self.event, form.cleaned_data["first_day"], self.request.user)
        messages.success(
            self.request,
            elided(
                _(
                    "“%(title)s” of %(day)s is ready as a draft: check it, then publish it or "
                    "submit it for review."
                )
                % {
                    "title": copy.title,
                    "day": day_and_month(timezone.localtime(copy.start, PARIS), year=True),
                }
            ),
        )
        return redirect("wagtailadmin_pages:edit", copy.pk)


@hooks.register("register_admin_urls")
def duplicate_url():
    return [path("agenda/events/<int:pk>/duplicate/", DuplicateEventView.as_view(), name=URL_NAME)]


def _button(page, user, priority):
    page = page.specific_deferred
    if isinstance(page, EventPage) and may_duplicate(user, page):
        yield Button(
            _("Duplicate for a new edition"),
            reverse(URL_NAME, args=[original(page).pk]),
            icon_name="copy",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def duplicate_header_button(page, user, view_name, next_url=None):
    yield from _button(page, user, priority=35)


@hooks.register("register_page_listing_more_buttons")
def duplicate_listing_button(page, user, next_url=None):
    yield from _button(page, user, priority=25)
