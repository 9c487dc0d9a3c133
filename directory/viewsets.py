"""A Wagtail snippet ViewSet whose every view is limited to the user's organisations."""

from django.utils.functional import classproperty

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.permissions import OrganisationScopedPolicy, ScopedObjectMixin

SCOPED_MODELS = []


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


def _scoped(view):
    return policy_registry.get_by_type(view.model_class).queryset_for(view.request.user)


class ScopedChooseView(chooser_views.ChooseView):
    def get_object_list(self):
        return _scoped(self)


class ScopedChooseResultsView(chooser_views.ChooseResultsView):
    def get_object_list(self):
        return _scoped(self)


class ScopedChosenView(chooser_views.SnippetChosenView):
    def get_object(self, pk):
        return _scoped(self).get(pk=pk)


class ScopedChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _scoped(self).filter(pk__in=pks)


class ScopedChooserViewSet(chooser_views.SnippetChooserViewSet):
    """The snippet chooser lists every instance to any admin user: only the user's here."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class OrganisationScopedViewSet(SnippetViewSet):
    """For models with an `organisation`: editors see all, communicators their own."""

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    chooser_viewset_class = ScopedChooserViewSet

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if getattr(cls, "model", None) is not None:
            register_permission_policy(cls.model, OrganisationScopedPolicy(cls.model))
            SCOPED_MODELS.append(cls.model)

    def get_queryset(self, request):
        return self.permission_policy.queryset_for(request.user).select_related("organisation")

    def get_edit_handler(self):
        """The `form_fields` only: SnippetViewSet ignores them and builds a panel for every
        editable field, the synchronisation's bookkeeping (etag, last result…) included."""
        panels = [FieldPanel(name) for name in self.form_fields]
        return ObjectList(panels).bind_to_model(self.model)


class HideItemsWithNoAccessMixin:
    """Wagtail's bulk-action confirmation names the chosen items the user may not act on, for
    any id in its URL (and `id=all` takes a whole listing): keep only those the user may open,
    so that the page names nothing of another organisation's."""

    def may_open(self, item):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", item
        )

    def get_actionable_objects(self):
        items, extra = super().get_actionable_objects()
        extra["items_with_no_access"] = [
            item for item in extra["items_with_no_access"] if self.may_open(item)
        ]
        return items, extra


class ScopedDeleteBulkAction(HideItemsWithNoAccessMixin, DeleteBulkAction):
    @classproperty
    def models(cls):
        return SCOPED_MODELS
