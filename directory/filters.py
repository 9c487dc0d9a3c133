"""The directory's filters: one GET form, kept in the URL, that works with JavaScript off.
Choices come from the cached taxonomies, so the form costs no query. It imports no model of
this app: it filters the organisations it is given."""

from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from core.forms import ListingFilterForm, keywords_query
from core.models import Commune, LegalForm, OfferKind, Sector, Territory, Theme, offer_flag
from core.taxonomies import taxonomy_choices

# What the former yes/no box ("offers to pool") took for yes and no: yes is any kind.
ANY_KIND = {"on", "true", "1"}
NO_KIND = {"", "false", "0"}


class OfferKindsWidget(forms.CheckboxSelectMultiple):
    """A box per kind, that reads the links of the former yes/no box as they meant."""

    def value_from_datadict(self, data, files, name):
        values = super().value_from_datadict(data, files, name)
        values = [values] if isinstance(values, str) else list(values or [])
        if any(str(value).lower() in ANY_KIND for value in values):
            return list(OfferKind.values)
        return [value for value in values if str(value).lower() not in NO_KIND]


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
    # One box per kind, `offers=room&offers=skill`: the organisations that offer any of the
    # kinds ticked (ticking more finds more, like choosing several values of one facet).
    offers = forms.MultipleChoiceField(
        label=_("Offers to pool"),
        choices=OfferKind.choices,
        required=False,
        widget=OfferKindsWidget,
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
            organisations = organisations.filter(offering(values["offers"]))
        if values.get("q"):
            organisations = organisations.filter(
                pk__in=self._search_hits(organisations.model, values["q"])
            )
        return organisations

    def cleaned(self):
        return {name: value for name, value in super().cleaned().items() if value != []}

    def query_string(self, exclude=()):
        """The valid filters as a query string, a kind offered as one `offers=` each."""
        kinds = [] if "offers" in exclude else self.cleaned().get("offers", [])
        others = super().query_string(exclude=(*exclude, "offers"))
        return "&".join(part for part in (others, urlencode({"offers": kinds}, doseq=True)) if part)

    def _search_hits(self, model, query):
        """The ids of the live organisations of the active language that match `query`
        (`model`: the organisation page model, from the queryset being filtered)."""
        hits = model.objects.live().filter(locale=Locale.get_active()).search(keywords_query(query))
        return [hit.pk for hit in hits]


def offering(kinds):
    """The condition on organisations that offer at least one of `kinds` (OfferKind values)."""
    if set(kinds) >= set(OfferKind.values):
        return Q(offers_pooling=True)
    return reduce(or_, (Q(**{offer_flag(kind): True}) for kind in kinds))
