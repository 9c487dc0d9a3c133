"""The press book's wiring, connected in PressConfig.ready(): a deleted contact leaves no
personal data in the admin's history, and exports get their read-only permission policy before
the viewsets register (wagtail_hooks), or Wagtail would make a default one; contacts theirs
(a member changes the contacts they added)."""

from django.db.models.signals import post_delete

from wagtail.permission_policies import OwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from press.actions import scrub_log_entries
from press.models import ContactChange, Pitch, PressContact, PressExport
from press.permissions import ContactPolicy, ReadOnlyPolicy, ReviewPolicy

post_delete.connect(scrub_log_entries, sender=PressContact, dispatch_uid="press-scrub-log")
register_permission_policy(PressExport, ReadOnlyPolicy(PressExport))
register_permission_policy(PressContact, ContactPolicy(PressContact))
register_permission_policy(ContactChange, ReviewPolicy(ContactChange))
# a pitch: logged by any member of the book, changed by its author or an editor
register_permission_policy(Pitch, OwnershipPermissionPolicy(Pitch, owner_field_name="pitched_by"))
