from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.permissions import is_communicator
from home import communicators


@hooks.register("register_admin_urls")
def communicator_urls():
    return [path("communicators/invite/", communicators.invite, name="home_invite_communicator")]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(communicators.MANAGE_PERMISSION)


@hooks.register("register_admin_menu_item")
def invite_menu_item():
    return EditorMenuItem(
        _("Invite a communicator"),
        reverse("home_invite_communicator"),
        icon_name="user",
        order=850,
    )


@hooks.register("construct_homepage_panels")
def my_organisations_panel(request, panels):
    if is_communicator(request.user):
        panels.insert(0, communicators.MyOrganisationsPanel(request.user))
