from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from directory.sections import forget_organisation_choices

        page_published.connect(forget_organisation_choices, dispatch_uid="directory-choices-pub")
        page_unpublished.connect(
            forget_organisation_choices, dispatch_uid="directory-choices-unpub"
        )
