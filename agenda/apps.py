from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "agenda"
    verbose_name = _("Agenda")

    def ready(self):
        from wagtail.signals import workflow_approved, workflow_rejected

        from agenda import signals  # noqa: F401
        from agenda.proposals import tell_proposer

        workflow_approved.connect(tell_proposer, dispatch_uid="agenda-proposer-approved")
        workflow_rejected.connect(tell_proposer, dispatch_uid="agenda-proposer-rejected")
