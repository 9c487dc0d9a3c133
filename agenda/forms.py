"""The agenda's admin forms: uploading a calendar file, and a calendar source."""

import copy
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agenda.sync import calendar_address, is_webcal
from core.fetch import FetchError
from core.forms import within_size
from directory.models import OrganisationPage
from directory.permissions import (
    OrganisationSourceForm,
    is_communicator,
    organisations_of,
    organisations_once,
    trusted_keys,
)
from directory.sections import organisation_choices

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a whole calendar export, most of it past


class UploadForm(forms.Form):
    organisation = forms.ModelChoiceField(
        OrganisationPage.objects.in_default_language().order_by("title"),
        label=gettext_lazy("Organisation"),
    )
    file = forms.FileField(label=gettext_lazy("Calendar file (.ics)"))
    publish = forms.BooleanField(
        label=gettext_lazy("Publish directly (otherwise new events wait for approval)"),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["organisation"].queryset = (
            organisations_of(user, OrganisationPage.objects)
            if is_communicator(user)
            else organisations_once(OrganisationPage.objects)
        )

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        if (
            cleaned.get("publish")
            and organisation is not None
            and is_communicator(self.user)
            and organisation.translation_key not in trusted_keys(self.user)
        ):
            self.add_error(
                "publish",
                _(
                    "Only a trusted organisation's events are published directly; "
                    "yours will wait for an editor's approval."
                ),
            )
        return cleaned

    def clean_file(self):
        return within_size(self.cleaned_data["file"], MAX_UPLOAD_BYTES)


class CalendarSourceForm(OrganisationSourceForm):
    """A calendar source: its address may be given as calendar apps give it (webcal://),
    stored as https:// (http:// when the calendar answers only there)."""

    url = forms.CharField(
        label=gettext_lazy("calendar address (iCal)"),
        max_length=500,
        required=False,
        help_text=gettext_lazy(
            "The address your calendar app gives to share or subscribe to the calendar "
            "(https://… or webcal://…). Leave it empty for a calendar you upload as a file."
        ),
    )

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        if not url:
            return ""
        if is_webcal(url):
            try:
                url = calendar_address(url)
            except FetchError as error:
                raise forms.ValidationError(str(error)) from error
        URLValidator(
            schemes=["http", "https"],
            message=_("Enter the calendar's address: https://…, http://… or webcal://…"),
        )(url)
        return url


class EmbedForm(forms.Form):
    """What a member picks to show the agenda on its own site (agenda/admin_views.embed_code):
    the listing's filters, a layout, a language and how many dates."""

    layout = forms.ChoiceField(
        label=gettext_lazy("Layout"),
        choices=[
            ("list", gettext_lazy("List")),
            ("compact", gettext_lazy("Compact list")),
            ("cards", gettext_lazy("Cards")),
            ("month", gettext_lazy("Month")),
        ],
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"))
    limit = forms.IntegerField(
        label=gettext_lazy("Number of dates"), min_value=1, max_value=50, initial=10
    )
    title = forms.CharField(label=gettext_lazy("Title"), required=False, max_length=120)

    FILTERS = ("organisation", "territory", "theme", "audience", "free", "online")

    def __init__(self, *args, filter_form, languages, **kwargs):
        """`filter_form`: the agenda's AgendaFilterForm, whose filters this form offers."""
        super().__init__(*args, **kwargs)
        filters = {name: copy.deepcopy(filter_form.fields[name]) for name in self.FILTERS}
        self.fields = {**filters, **self.fields}
        self.fields["language"].choices = languages
        # The organisations as the site names them, whatever the admin's language (an
        # organisation has the same slug in every language).
        with translation.override(settings.LANGUAGE_CODE):
            organisations = organisation_choices()
        self.fields["organisation"] = forms.MultipleChoiceField(
            label=filters["organisation"].label,
            help_text=_("None checked: every organisation's events."),
            choices=organisations,
            required=False,
            widget=forms.CheckboxSelectMultiple(attrs={"class": "embed-code-organisations"}),
        )

    def query_string(self):
        """The embed route's query string for the valid choices."""
        data = self.cleaned_data
        params = {name: data[name] for name in self.FILTERS if data.get(name)}
        if params.get("organisation"):
            params["organisation"] = ",".join(params["organisation"])
        params = {name: "on" if value is True else value for name, value in params.items()}
        params.update(layout=data["layout"], limit=data["limit"])
        if data.get("title"):
            params["title"] = data["title"]
        return urlencode(params)
