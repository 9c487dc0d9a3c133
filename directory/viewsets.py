"""A Wagtail snippet ViewSet whose every view is limited to the user's organisations."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.permissions import OrganisationScopedPolicy, ScopedObjectMixin


class ScopedEditView(ScopedObjectMixin, snippet_views.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    pass


class ScopedInspectView(ScopedObjectMixin, snippet_views.InspectView):
    pass


class ScopedHistoryView(ScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, snippet_views.UsageView):
    pass


class OrganisationScopedViewSet(SnippetViewSet):
    """For models with an `organisation`: editors see all, communicators their own."""

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if getattr(cls, "model", None) is not None:
            register_permission_policy(cls.model, OrganisationScopedPolicy(cls.model))

    def get_queryset(self, request):
        return self.permission_policy.queryset_for(request.user).select_related("organisation")
