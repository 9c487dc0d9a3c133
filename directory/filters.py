"""The directory's filters: one GET form, kept in the URL, that works with JavaScript off.
Choices come from the cached taxonomies, so the form costs no query. It imports no model of
this app: it filters the organisations it is given."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from core.forms import ListingFilterForm, keywords_query
from core.models import Commune, LegalForm, Sector, Territory, Theme
from core.taxonomies import taxonomy_choices

# form field -> (taxonomy model, key in URLs, ORM lookup on OrganisationPage)
TAXONOMY_FILTERS = {
    "territory": (Territory, "slug", "territory__slug", _("All territories")),
    "commune": (Commune, "insee", "commune__insee", _("All communes")),
    "sector": (Sector, "slug", "sectors__slug", _("All sectors")),
    "theme": (Theme, "slug", "themed_items__tag__slug", _("All themes")),
}


class DirectoryFilterForm(ListingFilterForm):
    q = forms.CharField(label=_("Keywords"), required=False, max_length=100)
    territory = forms.ChoiceField(label=_("Territory"), required=False)
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    legal_form = forms.ChoiceField(
        choices=[("", _("All legal forms")), *LegalForm.choices],
        required=False,
        label=_("Legal form"),
    )
    offers = forms.BooleanField(
        required=False, label=_("Offers rooms, equipment or skills to pool")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (model, key, _lookup, empty) in TAXONOMY_FILTERS.items():
            self.fields[name].choices = [("", empty), *taxonomy_choices(model, key)]

    def filter(self, organisations):
        values = self.cleaned()
        for name, (_model, _key, lookup, _empty) in TAXONOMY_FILTERS.items():
            if name in values:
                organisations = organisations.filter(**{lookup: values[name]})
        if "legal_form" in values:
            organisations = organisations.filter(legal_form=values["legal_form"])
        if values.get("offers"):
            organisations = organisations.filter(offers_pooling=True)
        if values.get("q"):
            organisations = organisations.filter(
                pk__in=self._search_hits(organisations.model, values["q"])
            )
        return organisations

    def _search_hits(self, model, query):
        """The ids of the live organisations of the active language that match `query`
        (`model`: the organisation page model, from the queryset being filtered)."""
        hits = model.objects.live().filter(locale=Locale.get_active()).search(keywords_query(query))
        return [hit.pk for hit in hits]
