from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from agenda import admin_views
from agenda.forms import CalendarSourceForm
from agenda.models import AgendaPage, CalendarSource, EventPage, Place, PlaceForm
from agenda.sections import organisation_section
from agenda.signals import publish_event
from core.cache import section_page
from directory.permissions import is_communicator, organisation_keys
from directory.sections import HOOK_NAME
from directory.sources import state_columns
from directory.viewsets import OrganisationScopedViewSet, ScopedDeleteView, ScopedEditView


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


# Places -------------------------------------------------------------------------------------
# One register for the whole network: every admin user lists and chooses every place;
# communicators add places and change those they added or that belong to one of their
# organisations; deleting one (events keep the words it gave them) is for the editors.

PLACE_FIELDS = ["name", "address", "commune", "latitude", "longitude", "accessibility"]


class PlacePolicy(ModelPermissionPolicy):
    """Wagtail's model permissions (the editors hold them all), and for communicators: view
    and add every place, change their own."""

    def _model_permission(self, user, actions):
        return any(ModelPermissionPolicy.user_has_permission(self, user, a) for a in actions)

    def user_has_permission(self, user, action):
        return self._model_permission(user, [action]) or (
            action in {"add", "change", "view"} and is_communicator(user)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if self._model_permission(user, [action]):
            return True
        if not is_communicator(user):
            return False
        if action == "view":
            return True
        return action == "change" and (
            instance.created_by_id == user.pk
            or instance.organisation_id is not None
            and instance.organisation.translation_key in organisation_keys(user)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        places = self.model._default_manager.all()
        if self._model_permission(user, actions):
            return places
        if not is_communicator(user):
            return places.none()
        if "view" in actions:
            return places
        if "change" in actions:
            return places.filter(own_places(user))
        return places.none()


def own_places(user):
    """A condition on Place: added by `user` or belonging to one of their organisations."""
    return Q(created_by=user) | Q(organisation__translation_key__in=organisation_keys(user))


register_permission_policy(Place, PlacePolicy(Place))


def republish_events_at(place):
    """After a place changed: its published events' iCalendar text (and SEQUENCE) follow."""
    for event in EventPage.objects.filter(place=place, live=True).select_related("commune"):
        publish_event(event)


class PlaceCreateView(snippet_views.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class PlaceEditView(ScopedEditView):
    def save_instance(self):
        place = super().save_instance()
        republish_events_at(place)
        return place


class PlaceChooserMixin:
    """The chooser lists the places of the user's organisations (and those they added)
    first, then the others by name; its "Create" tab adds one without leaving the event."""

    def get_object_list(self):
        places = Place.objects.select_related("commune")
        user = self.request.user
        if self.request.GET.get("q") or not is_communicator(user):
            return places.order_by("name", "pk")
        mine = Case(
            When(own_places(user), then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        return places.annotate(mine=mine).order_by("mine", "name", "pk")

    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "for_user": self.request.user}


class PlaceChooseView(PlaceChooserMixin, chooser_views.ChooseView):
    pass


class PlaceChooseResultsView(PlaceChooserMixin, chooser_views.ChooseResultsView):
    pass


class PlaceChooserCreateView(chooser_views.SnippetCreateView):
    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "for_user": self.request.user}

    def save_form(self, form):
        form.instance.created_by = self.request.user
        return super().save_form(form)


class PlaceCreationForm(PlaceForm):
    class Meta:
        model = Place
        fields = [*PLACE_FIELDS, "organisation"]


class PlaceChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView
    create_view_class = PlaceChooserCreateView
    creation_form_class = PlaceCreationForm
    create_action_label = _("Add this place")
    creation_tab_label = _("New place")


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Places")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["name", "address", "commune", "organisation"]
    list_filter = ["commune"]
    add_view_class = PlaceCreateView
    edit_view_class = PlaceEditView
    delete_view_class = ScopedDeleteView
    chooser_viewset_class = PlaceChooserViewSet

    def get_queryset(self, request):
        return Place.objects.select_related("commune", "organisation")


register_snippet(PlaceViewSet)


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


from agenda import duplication  # noqa: E402, F401  (registers the duplicate action)
