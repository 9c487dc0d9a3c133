from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import SnippetViewSet

from agenda import admin_views
from agenda.forms import CalendarSourceForm
from agenda.models import AgendaPage, CalendarSource, Place, PlaceForm
from agenda.sections import organisation_section
from core.cache import section_page
from directory.permissions import OrganisationScopedPolicy, is_communicator, organisation_keys
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


class PlacePolicy(OrganisationScopedPolicy):
    """Wagtail's model permissions (the editors hold them all), and for communicators: view
    and add every place, change those they added or that belong to one of their
    organisations."""

    communicator_actions = {"add", "change", "view"}

    def serves(self, user, instance):
        return instance.created_by_id == user.pk or (
            instance.organisation_id is not None
            and instance.organisation.translation_key in organisation_keys(user)
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "view" and is_communicator(user):
            return True
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and is_communicator(user):
            return self.model._default_manager.all()
        return super().instances_user_has_any_permission_for(user, actions)

    def scoped_queryset(self, user):
        return self.model._default_manager.filter(own_places(user))


def own_places(user):
    """A condition on Place: added by `user` or belonging to one of their organisations."""
    return Q(created_by=user) | Q(organisation__translation_key__in=organisation_keys(user))


register_permission_policy(Place, PlacePolicy(Place))


class CreationFormForUser:
    """The chooser's "Create" tab builds its form without the user: PlaceForm needs them."""

    def get_creation_form_kwargs(self):
        return {**super().get_creation_form_kwargs(), "for_user": self.request.user}


class PlaceChooserMixin(CreationFormForUser):
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


class PlaceChooseView(PlaceChooserMixin, chooser_views.ChooseView):
    pass


class PlaceChooseResultsView(PlaceChooserMixin, chooser_views.ChooseResultsView):
    pass


class PlaceChooserCreateView(CreationFormForUser, chooser_views.SnippetCreateView):
    pass


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
    edit_view_class = ScopedEditView
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
        path("agenda/embed/", admin_views.embed_code, name="agenda_embed_code"),
    ]


@hooks.register("register_admin_menu_item")
def calendar_import_menu_item():
    return MenuItem(
        _("Import a calendar"), reverse("agenda_ical_upload"), icon_name="upload", order=310
    )


@hooks.register("register_admin_menu_item")
def embed_code_menu_item():
    return MenuItem(
        _("Show the agenda on your site"),
        reverse("agenda_embed_code"),
        icon_name="code",
        order=320,
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
