from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press book")

    def ready(self):
        from django.db.models.signals import post_delete

        from wagtail.permissions import register_permission_policy

        from press.actions import scrub_log_entries
        from press.models import PressContact, PressExport
        from press.permissions import ReadOnlyPolicy

        post_delete.connect(scrub_log_entries, sender=PressContact, dispatch_uid="press-scrub-log")
        # Before the viewsets register (wagtail_hooks), or Wagtail makes a default policy.
        register_permission_policy(PressExport, ReadOnlyPolicy(PressExport))
