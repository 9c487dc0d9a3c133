from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.models import Communicator


class CommunicatorViewSet(SnippetViewSet):
    """Who publishes for which organisation (editors; invitations go through "Invite")."""

    model = Communicator
    icon = "group"
    menu_label = _("Communicators")
    add_to_admin_menu = True
    menu_order = 840
    list_display = ["user", "organisation", "created_at", "invited_by"]
    list_filter = ["organisation"]
    search_fields = ["user__email", "user__last_name", "organisation__title"]
    form_fields = ["user", "organisation"]


register_snippet(CommunicatorViewSet)
