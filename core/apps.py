from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from core import signals  # noqa: F401
