"""The "Press book" section of the admin: contacts, outlets and the export log (snippet ViewSets
in one group), the pages the section adds (to verify, import, privacy notice), its bulk actions
and its log actions."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.log_actions import LogFormatter
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from press import views
from press.admin_urls import contact_url
from press.bulk_actions import BULK_ACTIONS
from press.exports import EXPORT_HEADINGS
from press.filters import DUE, PressContactFilterSet
from press.forms import PROPOSABLE, PressContactForm, PressMailingForm
from press.models import (
    ContactChange,
    ContactStatus,
    MediaOutlet,
    Pitch,
    PressContact,
    PressExport,
    PressMailing,
    PressToken,
)

# Chooser views ---------------------------------------------------------------------------------


class ChooserPermissionMixin:
    """Wagtail's chooser views only check that the user reaches the admin: here they need a
    permission on the model too, or any admin user could browse the book through them."""

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, views.ANY_PRESS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def guarded(view_class):
    return type(view_class.__name__, (ChooserPermissionMixin, view_class), {})


class PressChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = guarded(chooser_views.ChooseView)
    choose_results_view_class = guarded(chooser_views.ChooseResultsView)
    chosen_view_class = guarded(chooser_views.SnippetChosenView)
    chosen_multiple_view_class = guarded(chooser_views.SnippetChosenMultipleView)
    create_view_class = guarded(chooser_views.SnippetCreateView)


# Contacts --------------------------------------------------------------------------------------


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = _("Contacts")
    menu_order = 100
    copy_view_enabled = False  # a copy would carry the same address
    inspect_view_enabled = True
    index_view_class = views.ContactIndexView
    edit_view_class = views.ContactEditView
    usage_view_class = views.ContactUsageView
    inspect_view_class = views.ContactInspectView
    chooser_viewset_class = PressChooserViewSet
    list_per_page = 50
    list_display = [
        "__str__",
        "outlet_name",
        "role",
        StatusTagColumn(
            "status_label",
            label=_("Status"),
            sort_key="status",
            primary=lambda contact: contact.status == ContactStatus.ACTIVE,
        ),
        "email_display",
        "territory_names",
        "beat_names",
        DateColumn("last_verified_at", label=_("Last verified"), sort_key="last_verified_at"),
    ]
    filterset_class = PressContactFilterSet
    search_fields = ["last_name", "first_name", "email", "secondary_email", "outlet__name"]
    list_export = list(EXPORT_HEADINGS)
    export_headings = EXPORT_HEADINGS
    export_filename = "press-contacts"
    # what a member may propose to change, then where the details come from and who vouched
    inspect_view_fields = [
        *PROPOSABLE,
        "source",
        "lawful_basis",
        "added_by",
        "added_for",
        "created_at",
        "last_verified_at",
        "last_verified_by",
        "self_update_sent_at",
    ]
    edit_handler = ObjectList(
        [
            HelpPanel(template="press/admin/privacy_panel.html"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldPanel("outlet"),
                    FieldPanel("role"),
                ],
                heading=_("Person"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("email"), FieldPanel("secondary_email")]),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("mobile")]),
                    FieldPanel("languages"),
                ],
                heading=_("How to reach them"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("beats", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("territories", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("What and where they cover"),
            ),
            FieldPanel("status"),
            FieldPanel("notes"),
            FieldPanel("contact_preferences"),
            MultiFieldPanel(
                [FieldPanel("source"), FieldPanel("lawful_basis"), FieldPanel("added_for")],
                heading=_("Where the details come from (GDPR)"),
            ),
        ],
        base_form_class=PressContactForm,
    )

    def get_urlpatterns(self):
        delete_kwargs = self.get_delete_view_kwargs()
        return [
            *super().get_urlpatterns(),
            path("verify/<int:pk>/", views.VerifyView.as_view(), name="verify"),
            path("send-link/<int:pk>/", views.SendLinkView.as_view(), name="send_link"),
            path("propose/<int:pk>/", views.ProposeChangeView.as_view(), name="propose"),
            path(
                "object/<int:pk>/",
                self.construct_view(views.ObjectionView, **delete_kwargs),
                name="object",
            ),
            path(
                "erase/<int:pk>/",
                self.construct_view(views.ErasureView, **delete_kwargs),
                name="erase",
            ),
            path("privacy/", views.PrivacyNoticeView.as_view(), name="privacy"),
            path("import/", views.ImportView.as_view(), name="import"),
            path("import/confirm/", views.ImportConfirmView.as_view(), name="import_confirm"),
        ]


# Outlets and the export log --------------------------------------------------------------------


class MediaOutletViewSet(SnippetViewSet):
    model = MediaOutlet
    icon = "site"
    menu_order = 300
    copy_view_enabled = False
    inspect_view_enabled = True
    chooser_viewset_class = PressChooserViewSet
    list_display = ["name", "kind", "website", "email", "phone"]
    list_filter = ["kind", "territories"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("territories", widget=forms.CheckboxSelectMultiple),
    ]


class PressExportViewSet(SnippetViewSet):
    """Read only (see press.permissions.ReadOnlyPolicy); editors see it, communicators do not."""

    model = PressExport
    icon = "download"
    menu_label = _("Export log")
    menu_order = 500
    copy_view_enabled = False
    chooser_viewset_class = PressChooserViewSet
    list_display = [
        DateColumn("created_at", label=_("Exported at"), sort_key="created_at"),
        "username",
        "format",
        "contact_count",
        "filters",
    ]
    list_filter = ["format"]
    search_fields = ["username", "filters"]


class PitchViewSet(SnippetViewSet):
    """The shared contact log: every member of the book logs and reads the pitches; each
    changes their own (press.signals: Wagtail's ownership policy), editors any."""

    model = Pitch
    icon = "mail"
    menu_label = _("Contact log")
    menu_order = 150
    copy_view_enabled = False
    add_view_class = views.PitchCreateView
    edit_view_class = views.PitchEditView
    delete_view_class = views.PitchDeleteView
    chooser_viewset_class = PressChooserViewSet
    list_per_page = 50
    list_display = [
        DateColumn("pitched_on", label=_("date"), sort_key="pitched_on"),
        "contact",
        "subject",
        "result",
        "organisation",
        "by_name",
    ]
    list_filter = ["result"]
    panels = [
        FieldPanel("contact"),
        FieldPanel("subject"),
        FieldRowPanel([FieldPanel("pitched_on"), FieldPanel("result")]),
        FieldPanel("organisation"),
    ]

    def get_queryset(self, request):
        return Pitch.objects.select_related("contact", "organisation", "pitched_by")


class ContactChangeViewSet(SnippetViewSet):
    """Corrections members proposed to contacts they may not change: the editors review them
    (press.permissions.ReviewPolicy)."""

    model = ContactChange
    icon = "edit"
    menu_label = _("Proposed corrections")
    menu_order = 120
    copy_view_enabled = False
    index_view_class = views.ContactChangeIndexView
    edit_view_class = views.ContactChangeEditView
    chooser_viewset_class = PressChooserViewSet
    list_display = [
        "contact",
        "by_name",
        DateColumn("proposed_at", label=_("proposed at"), sort_key="proposed_at"),
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="status",
            primary=lambda change: change.status == "pending",
        ),
    ]
    list_filter = ["status"]

    def get_queryset(self, request):
        return ContactChange.objects.select_related("contact", "proposed_by")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("review/<int:pk>/", views.ReviewChangeView.as_view(), name="review"),
        ]


class PressMailingViewSet(SnippetViewSet):
    """Press releases sent to a segment of the book (press.mailings), by those who hold the
    send permission: the editors, and communicators an administrator trusts with it."""

    model = PressMailing
    icon = "mail"
    menu_label = _("Mailings")
    menu_order = 160
    copy_view_enabled = True  # the same release to another segment
    index_view_class = views.MailingIndexView
    inspect_view_enabled = True
    chooser_viewset_class = PressChooserViewSet
    list_display = [
        "subject",
        DateColumn("created_at", label=_("created at"), sort_key="created_at"),
        DateColumn("queued_at", label=_("send asked at"), sort_key="queued_at"),
        DateColumn("sent_at", label=_("sent at"), sort_key="sent_at"),
        "recipient_count",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("subject"),
            FieldPanel("message"),
            FieldPanel("page"),
            FieldPanel("organisation"),
            MultiFieldPanel(
                [
                    FieldPanel("beats", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("territories", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("outlet_kinds"),
                    FieldPanel("languages"),
                ],
                heading=_("To whom: the journalists who match each criterion chosen"),
            ),
        ],
        base_form_class=PressMailingForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("send/<int:pk>/", views.SendMailingView.as_view(), name="send"),
        ]


class PressTokenViewSet(SnippetViewSet):
    """Journalists' personal accesses to the embargoed press releases (press.embargo)."""

    model = PressToken
    icon = "key"
    menu_label = _("Embargo accesses")
    menu_order = 170
    copy_view_enabled = False
    add_view_class = views.PressTokenCreateView
    chooser_viewset_class = PressChooserViewSet
    list_display = [
        "name",
        "key_start",
        "contact",
        DateColumn("last_used_at", label=_("last used at"), sort_key="last_used_at"),
        "revoked",
    ]
    list_filter = ["revoked"]
    panels = [
        FieldPanel("name"),
        FieldPanel("contact"),
        FieldPanel("beats", widget=forms.CheckboxSelectMultiple),
        FieldPanel("revoked"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, model, actions, **kwargs):
        super().__init__(*args, **kwargs)
        self.model, self.actions = model, actions

    def is_shown(self, request):
        policy = policy_registry.get_by_type(self.model)
        return policy.user_has_any_permission(request.user, self.actions)


class PressBookGroup(SnippetViewSetGroup):
    menu_label = _("Press book")
    menu_icon = "group"
    menu_name = "press-book"
    menu_order = 340
    items = (
        PressContactViewSet,
        ContactChangeViewSet,
        PitchViewSet,
        PressMailingViewSet,
        PressTokenViewSet,
        MediaOutletViewSet,
        PressExportViewSet,
    )

    def get_submenu_items(self):
        contacts = {"model": PressContact}
        return [
            *super().get_submenu_items(),
            PermissionMenuItem(
                _("To verify"),
                f"{contact_url('list')}?freshness={DUE}",
                name="press-to-verify",
                icon_name="check",
                order=200,
                actions=views.ANY_PRESS_PERMISSION,
                **contacts,
            ),
            PermissionMenuItem(
                _("Import a CSV file"),
                contact_url("import"),
                name="press-import",
                icon_name="upload",
                order=400,
                actions=["add"],
                **contacts,
            ),
            PermissionMenuItem(
                _("Privacy notice"),
                contact_url("privacy"),
                name="press-privacy",
                icon_name="help",
                order=600,
                actions=views.ANY_PRESS_PERMISSION,
                **contacts,
            ),
        ]


register_snippet(PressBookGroup)

for bulk_action in BULK_ACTIONS:
    # After Wagtail's own delete action (order 0), so that ours replaces it for these models.
    hooks.register("register_bulk_action", bulk_action, order=1)


# History ---------------------------------------------------------------------------------------


@hooks.register("register_log_actions")
def press_log_actions(actions):
    actions.register_action("press.verify", _("Verify"), _("Marked as still correct"))

    @actions.register_action("press.object")
    class ObjectionFormatter(LogFormatter):
        label = _("Objection")

        def format_message(self, log_entry):
            if (log_entry.data or {}).get("origin"):
                return _("Objection recorded by the journalist, through their link: do not contact")
            return _("Objection recorded: do not contact")

    actions.register_action(
        "press.erase",
        _("Erasure"),
        _("Personal data erased on request; a hash of the addresses is kept"),
    )
    actions.register_action(
        "press.expire",
        _("Retention"),
        _("Erased, unverified for too long; a hash of the addresses is kept"),
    )
    actions.register_action("press.import", _("Import"), _("Imported from a CSV file"))
    actions.register_action(
        "press.self_update",
        _("Update by the journalist"),
        _("Confirmed or corrected by the journalist, through their link"),
    )

    @actions.register_action("press.mailing.send")
    class MailingSentFormatter(LogFormatter):
        label = _("Send")

        def format_message(self, log_entry):
            count = (log_entry.data or {}).get("recipients", 0)
            return _("Sent to %(count)d journalists") % {"count": count}

    @actions.register_action("press.change.approve")
    class ChangeApprovedFormatter(LogFormatter):
        label = _("Correction approved")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Correction proposed by %(name)s applied: %(fields)s") % {
                "name": data.get("proposed_by", "?"),
                "fields": ", ".join(data.get("fields") or []),
            }

    @actions.register_action("press.change.reject")
    class ChangeRejectedFormatter(LogFormatter):
        label = _("Correction rejected")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Correction proposed by %(name)s rejected: %(fields)s") % {
                "name": data.get("proposed_by", "?"),
                "fields": ", ".join(data.get("fields") or []),
            }

    @actions.register_action("press.self_update.sent")
    class LinkSentFormatter(LogFormatter):
        label = _("Self-update link")

        def format_message(self, log_entry):
            origin = (log_entry.data or {}).get("origin")
            if origin == "request":
                return _("Link to update their details sent, at their request from the press room")
            if origin == "member":
                return _("Link to update their details sent by a member")
            return _("Yearly link to update their details sent")

    @actions.register_action("press.status")
    class StatusFormatter(LogFormatter):
        label = _("Change status")

        def format_message(self, log_entry):
            labels = dict(ContactStatus.choices)
            data = log_entry.data or {}
            return _("Status changed from “%(previous)s” to “%(status)s”") % {
                "previous": labels.get(data.get("from"), "?"),
                "status": labels.get(data.get("to"), "?"),
            }

    @actions.register_action("press.import.merge")
    class MergeFormatter(LogFormatter):
        label = _("Import")

        def format_message(self, log_entry):
            fields = (log_entry.data or {}).get("fields") or []
            return _("Completed from a CSV file: %(fields)s") % {"fields": ", ".join(fields)}
