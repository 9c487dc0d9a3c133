from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press book")

    def ready(self):
        from press import signals  # noqa: F401 (connects the press book's signal handlers)
