from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet

from agenda import admin_views
from agenda.forms import CalendarSourceForm
from agenda.models import AgendaPage, CalendarSource
from agenda.sections import organisation_section
from core.cache import section_page
from directory.sections import HOOK_NAME
from directory.sources import state_columns
from directory.viewsets import OrganisationScopedViewSet


@hooks.register(HOOK_NAME)
def organisation_events(organisation, request):
    return organisation_section(organisation, request)


class CalendarSourceViewSet(OrganisationScopedViewSet):
    model = CalendarSource
    icon = "calendar-alt"
    menu_label = _("Calendar sources")
    add_to_admin_menu = True
    menu_order = 300
    list_display = [
        "name",
        "organisation",
        *state_columns(),
        "last_fetch_at",
        "last_result",
        "last_error",
        "health",
        "event_count",
    ]
    list_filter = ["publish_directly", "active"]
    search_fields = ["name", "url"]
    form_fields = ["organisation", "name", "url", "publish_directly", "active"]

    def get_edit_handler(self):
        """The form fields, in the form that reads webcal:// addresses."""
        panels = [FieldPanel(name) for name in self.form_fields]
        return ObjectList(panels, base_form_class=CalendarSourceForm).bind_to_model(self.model)


register_snippet(CalendarSourceViewSet)


@hooks.register("press_room_feeds")  # news.queries.PRESS_ROOM_FEEDS_HOOK
def agenda_feeds_for_the_press_room(press_room, absolute):
    agenda = section_page(AgendaPage, press_room.locale_id)
    if agenda is None:
        return {}
    ics = absolute(agenda.url + "agenda.ics")
    return {"agenda_ics": ics, "agenda_webcal": "webcal://" + ics.split("://", 1)[1]}


@hooks.register("register_admin_urls")
def calendar_import_urls():
    return [
        path("agenda/import/", admin_views.upload, name="agenda_ical_upload"),
        path("agenda/sources/<int:pk>/sync/", admin_views.sync_now, name="agenda_sync_now"),
    ]


@hooks.register("register_admin_menu_item")
def calendar_import_menu_item():
    return MenuItem(
        _("Import a calendar"), reverse("agenda_ical_upload"), icon_name="upload", order=310
    )


@hooks.register("register_snippet_listing_buttons")
def sync_now_button(snippet, user, next_url=None):
    if isinstance(snippet, CalendarSource) and snippet.url:
        url = reverse("agenda_sync_now", args=[snippet.pk])
        yield ListingButton(
            _("Sync now"),
            url,
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post:prevent",
                "data-w-action-url-value": url,
            },
            priority=5,
        )
