from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.forms import ListingFilterForm
from core.models import Theme
from core.taxonomies import taxonomy_choices
from directory.models import OrganisationPage
from directory.sections import organisation_choices
from news.kinds import Kind


class NewsFilterForm(ListingFilterForm):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("News and press releases")), *Kind.choices]
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes")), *taxonomy_choices(Theme)]
        self.fields["organisation"].choices = [
            ("", _("All organisations")),
            *organisation_choices(),
        ]

    def q(self):
        values = self.cleaned()
        q = Q()
        if "kind" in values:
            q &= Q(kind=values["kind"])
        if "theme" in values:
            q &= Q(themed_items__tag__slug=values["theme"])
        if "organisation" in values:
            keys = OrganisationPage.objects.filter(slug=values["organisation"]).values(
                "translation_key"
            )
            q &= Q(organisations__translation_key__in=keys)
        return q

    def filter(self, news):
        q = self.q()
        return news.filter(q).distinct() if q else news
