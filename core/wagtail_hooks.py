from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Commune, Sector, Territory, Theme


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
