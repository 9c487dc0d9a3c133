"""Bulk actions of the contact listing. Wagtail's bulk action views check permissions per object
only, and list the objects a user may not act on by name: here nobody without the action's
permission gets past dispatch (a user without press permission must not even see names)."""

from django.core.exceptions import PermissionDenied
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from press import actions
from press.exports import record_export, vcard_response
from press.models import ContactStatus, ExportFormat, MediaOutlet, PressContact, PressExport


class GuardedMixin:
    """Refuse the whole view to users without the action's model-level permission."""

    permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, obj
        )


class ContactBulkAction(GuardedMixin, SnippetBulkAction):
    template_name = "press/admin/bulk_confirm.html"
    confirm_label = None

    @classproperty
    def models(cls):
        return [PressContact]

    @classmethod
    def get_queryset(cls, model, object_ids):
        return list(PressContact.objects.for_listing().filter(pk__in=object_ids))

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "action_title": self.display_name,
            "confirm_label": self.confirm_label,
        }


class VerifyBulkAction(ContactBulkAction):
    display_name = _("Mark verified")
    aria_label = _("Mark the selected contacts as still correct")
    action_type = "verify"
    action_priority = 10
    permission_required = "verify"
    confirm_label = _("Yes, they are still correct")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return actions.mark_verified(objects, kwargs["self"].request.user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d contact marked as verified.",
            "%(count)d contacts marked as verified.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class StatusBulkAction(ContactBulkAction):
    """Moved or bounced, for many contacts at once: the editors' book-keeping (a member changes
    the contacts they added one by one)."""

    permission_required = "change"
    status = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_may_change_any(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return actions.set_status(objects, cls.status, kwargs["self"].request.user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d contact marked “%(status)s”.",
            "%(count)d contacts marked “%(status)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "status": ContactStatus(self.status).label}


class MarkMovedBulkAction(StatusBulkAction):
    display_name = _("Mark moved on")
    aria_label = _("Mark the selected contacts as moved on")
    action_type = "mark-moved"
    action_priority = 20
    status = ContactStatus.MOVED
    confirm_label = _("Yes, they moved on")


class MarkBouncedBulkAction(StatusBulkAction):
    display_name = _("Mark bounced")
    aria_label = _("Mark the selected contacts' addresses as bouncing")
    action_type = "mark-bounced"
    action_priority = 25
    status = ContactStatus.BOUNCED
    confirm_label = _("Yes, their mail bounces")


class VCardBulkAction(ContactBulkAction):
    """Downloads at once (a GET, like the listing's exports): nothing to confirm."""

    display_name = _("Download vCard")
    aria_label = _("Download the selected contacts as vCard")
    action_type = "export-vcard"
    action_priority = 28
    permission_required = "export"
    http_method_names = ["get"]

    def get(self, request, *args, **kwargs):
        contacts = [c for c in self.get_actionable_objects()[0] if not c.is_objected]
        ids = ",".join(str(c.pk) for c in contacts)
        record_export(request.user, ExportFormat.VCARD, len(contacts), f"selection={ids}")
        return vcard_response(contacts, "press-contacts")


class PressDeleteBulkAction(GuardedMixin, DeleteBulkAction):
    """Wagtail's bulk delete, refused outright to users who may not delete."""

    permission_required = "delete"

    @classproperty
    def models(cls):
        return [PressContact, MediaOutlet, PressExport]


BULK_ACTIONS = [
    VerifyBulkAction,
    MarkMovedBulkAction,
    MarkBouncedBulkAction,
    VCardBulkAction,
    PressDeleteBulkAction,
]
