from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)

from directory.permissions import is_communicator
from directory.viewsets import HideItemsWithNoAccessMixin, ScopedDeleteBulkAction
from home import communicators, notifications

# (wagtail_hooks modules are all imported once the apps are ready)
notifications.use_site_notifiers()


@hooks.register("register_admin_urls")
def communicator_urls():
    search = communicators.CommunicatorSearchView
    return [
        path("communicators/invite/", communicators.invite, name="home_invite_communicator"),
        path("my-pages/search/", search.as_view(), name="home_page_search"),
        path(
            "my-pages/search/results/",
            search.as_view(results_only=True),
            name="home_page_search_results",
        ),
    ]


@hooks.register("register_admin_viewset")  # after Wagtail's default page viewset (order -1)
def scoped_page_viewset():
    return communicators.ScopedPageViewSet()


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
        panels[:] = [
            communicators.PagesInModerationPanel()
            if panel.name == communicators.PagesInModerationPanel.name
            else panel
            for panel in panels
        ]


def _home_for_communicators(request):
    """Wagtail sends the editor of a page to the explorer once it is published, submitted,
    unpublished or deleted; communicators may not open the explorer (they would land on the
    dashboard with "permission denied"): send them home, unless the request says where to."""
    if is_communicator(request.user) and not get_valid_next_url_from_request(request):
        return redirect("wagtailadmin_home")
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def communicators_home_after_publishing_or_submitting(request, page):
    if request.POST.keys() & {"action-publish", "action-submit"}:
        return _home_for_communicators(request)
    return None


@hooks.register("after_delete_page")
@hooks.register("after_unpublish_page")
def communicators_home_after_removing(request, page):
    return _home_for_communicators(request)


@hooks.register("construct_page_chooser_queryset")
def communicators_choose_no_drafts(pages, request):
    if is_communicator(request.user):
        return communicators.choosable_pages(pages, request.user)
    return pages


@hooks.register("before_move_page")
def refuse_moves_without_permission(request, page, destination):
    """Wagtail's move confirmation shows (on GET) any page to any admin user; its action
    checks the permission only when posted."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


class PageItemsWithNoAccessMixin(HideItemsWithNoAccessMixin):
    def may_open(self, page):
        return page.specific_deferred.permissions_for_user(self.request.user).can_edit()


# After Wagtail's own page actions (order 0), which these replace.
for action in [DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction]:
    hooks.register(
        "register_bulk_action",
        type(action.__name__, (PageItemsWithNoAccessMixin, action), {}),
        order=1,
    )
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)
