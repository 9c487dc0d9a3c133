"""The press book's public URLs: only the journalists' own record (press.self_update), reached
by a personal link or asked for from the press room. Everything else is in the admin."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from press import views

urlpatterns = [
    path(_("press/my-details/"), views.LinkRequestView.as_view(), name="press_self_update_request"),
    path(
        _("press/my-details/<str:token>/"),
        views.SelfUpdateView.as_view(),
        name="press_self_update",
    ),
    path(_("press/stop/<str:token>/"), views.ObjectionLinkView.as_view(), name="press_objection"),
    path(_("press/embargo/<str:key>/"), views.embargo_page, name="press_embargo"),
    path(_("press/embargo/<str:key>/rss.xml"), views.embargo_feed, name="press_embargo_feed"),
]
