from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from wagtail.models.i18n import LocaleManager

        from core import signals  # noqa: F401
        from core.routing import cached_get_for_language

        # Wagtail reads the active Locale from the database each time a page is localised.
        LocaleManager.get_for_language = cached_get_for_language
