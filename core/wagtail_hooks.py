"""The taxonomies in the admin, a commune chooser that finds a commune by its name or postcode,
accents and case aside ("eourres" finds Éourres), in French order; and accessible names for
the typing areas of Wagtail's rich text and tag fields in the editor."""

import re

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Commune, Sector, Territory, Theme
from core.text import fold, in_french_order


def _words(text):
    return " ".join(re.findall(r"\w+", fold(text)))


def communes_matching(communes, query):
    """The communes of `communes` whose name contains `query` (words, accents and case aside:
    "saint bonnet" finds Saint-Bonnet-en-Champsaur) or whose postcode or INSEE code starts
    with it. In Python: a department's few hundred communes need no search index."""
    wanted = _words(query)
    if not wanted:
        return communes
    matching = [
        pk
        for pk, name, postcode, insee in communes.values_list("pk", "name", "postcode", "insee")
        if wanted in _words(name) or postcode.startswith(wanted) or insee.startswith(wanted)
    ]
    return communes.filter(pk__in=matching)


class CommuneSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name or postcode")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = communes_matching(objects, query)
            self.is_searching, self.search_query = True, query
        return objects


class CommuneChooseViewMixin:
    filter_form_class = CommuneSearchForm

    def get_object_list(self):
        return in_french_order(Commune.objects.all(), "name")


class CommuneChooseView(CommuneChooseViewMixin, chooser_views.ChooseView):
    pass


class CommuneChooseResultsView(CommuneChooseViewMixin, chooser_views.ChooseResultsView):
    pass


class CommuneChooserViewSet(chooser_views.SnippetChooserViewSet):
    """The chooser of every commune field (events, organisations): searchable."""

    choose_view_class = CommuneChooseView
    choose_results_view_class = CommuneChooseResultsView


class TerritoryViewSet(SnippetViewSet):
    model = Territory
    icon = "site"
    list_display = ["name", "name_en", "name_it", "order"]
    search_fields = ["name"]


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "home"
    list_display = ["name", "insee", "postcode", "territory"]
    list_filter = ["territory"]
    search_fields = ["name", "insee", "postcode"]
    chooser_viewset_class = CommuneChooserViewSet


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "name_en", "name_it", "slug"]
    search_fields = ["name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "folder-open-inverse"
    list_display = ["name", "name_en", "name_it", "slug"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 900
    items = (TerritoryViewSet, CommuneViewSet, ThemeViewSet, SectorViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("insert_editor_js")
def name_typing_areas():
    return format_html('<script src="{}"></script>', static("js/admin-field-names.js"))
