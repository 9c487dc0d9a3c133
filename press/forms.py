"""The contact form of the admin (one contact per address, suppressed addresses refused) and the
CSV import form."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page

from core.forms import within_size
from directory.models import OrganisationPage
from directory.permissions import organisations_once
from press.admin_urls import contact_url
from press.models import (
    ContactStatus,
    Language,
    LawfulBasis,
    OutletKind,
    PressContact,
    SuppressedAddress,
    normalise_email,
)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def organisations():
    """The member organisations, once each (their French pages, the default language)."""
    return organisations_once(OrganisationPage.objects)


def languages_field(label=None):
    return forms.MultipleChoiceField(
        label=label or gettext_lazy("languages"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def list_organisations(form, name):
    """~70 organisations: a plain list reads faster than the page chooser's tree."""
    if name in form.fields:
        form.fields[name].widget = forms.Select()
        form.fields[name].queryset = organisations()


def address_problem(address, exclude_pk=None):
    """Why `address` cannot be given to a new contact (or to contact `exclude_pk`), as a message
    that names the existing contact and links to it; None when it is free."""
    existing = (
        PressContact.objects.with_address(address).exclude(pk=exclude_pk).select_related("outlet")
    ).first()
    if existing is not None:
        url = contact_url("inspect", existing.pk)
        if existing.is_objected:
            return format_html(
                _(
                    'This address belongs to <a href="{url}">{name}</a>, who objected to being '
                    "contacted: it cannot be used again."
                ),
                url=url,
                name=existing,
            )
        return format_html(
            _(
                'This address already belongs to <a href="{url}">{name}</a>{outlet}. Open that '
                "contact and complete it instead of adding a new one."
            ),
            url=url,
            name=existing,
            outlet=f" ({existing.outlet})" if existing.outlet_id else "",
        )
    if SuppressedAddress.is_suppressed(address):
        return _(
            "This address asked not to be contacted (objection or erasure): it cannot be added "
            "to the press book again."
        )
    return None


class PressContactForm(WagtailAdminModelForm):
    languages = languages_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        list_organisations(self, "added_for")
        status = self.fields.get("status")
        if status is not None:
            if self.instance.is_objected:
                # An objection is lifted by nobody through this form.
                status.disabled = True
            else:
                status.choices = [c for c in status.choices if c[0] != ContactStatus.OBJECTED]

    def _clean_address(self, name):
        address = normalise_email(self.cleaned_data.get(name))
        if address and address not in self.instance.addresses:
            problem = address_problem(address, exclude_pk=self.instance.pk)
            if problem:
                raise forms.ValidationError(problem, code="duplicate")
        return address

    def clean_email(self):
        return self._clean_address("email")

    def clean_secondary_email(self):
        return self._clean_address("secondary_email")

    def clean(self):
        cleaned = super().clean()
        email, secondary = cleaned.get("email"), cleaned.get("secondary_email")
        if email and secondary and email == secondary:
            self.add_error("secondary_email", _("The second e-mail repeats the first one."))
        return cleaned

    def save(self, commit=True):
        contact = super().save(commit=False)
        if contact.pk is None:
            # Whoever types a contact in vouches for it today.
            contact.added_by = self.for_user
            contact.last_verified_at = timezone.now()
            contact.last_verified_by = self.for_user
        if commit:
            contact.save()
            self.save_m2m()
        return contact


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Exported from a spreadsheet or a mail client: comma or semicolon separated, UTF-8 "
            "or Windows encoding, with a header line (Nom, Prénom, E-mail, Média, Fonction, "
            "Téléphone, Territoire… or their English names)."
        ),
    )
    source = forms.CharField(
        label=gettext_lazy("Source"),
        max_length=200,
        required=False,
        help_text=gettext_lazy(
            "Where these contacts come from (e.g. “our 2024 press file”); defaults to the file "
            "name. A “Source” column of the file wins over it."
        ),
    )
    lawful_basis = forms.ChoiceField(
        label=gettext_lazy("Lawful basis"),
        choices=LawfulBasis.choices,
        initial=LawfulBasis.LEGITIMATE_INTEREST,
    )
    added_for = forms.ModelChoiceField(
        queryset=OrganisationPage.objects.none(),
        label=gettext_lazy("Added for"),
        required=False,
        help_text=gettext_lazy("The member organisation these contacts are added for."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["added_for"].queryset = organisations()

    def clean_file(self):
        return within_size(self.cleaned_data["file"], MAX_UPLOAD_BYTES)


class SelfUpdateForm(forms.ModelForm):
    """What a journalist corrects from their own link (press.self_update): no main address (the
    link went there), no notes or provenance (the members' own)."""

    languages = languages_field(gettext_lazy("Languages I work in"))

    class Meta:
        model = PressContact
        fields = [
            "first_name",
            "last_name",
            "role",
            "phone",
            "mobile",
            "secondary_email",
            "languages",
            "beats",
            "territories",
            "contact_preferences",
        ]
        widgets = {
            "beats": forms.CheckboxSelectMultiple,
            "territories": forms.CheckboxSelectMultiple,
            "contact_preferences": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "beats": gettext_lazy("Subjects I cover"),
            "territories": gettext_lazy("Territories I cover"),
            "contact_preferences": gettext_lazy("How I prefer to be contacted"),
        }

    def clean_secondary_email(self):
        address = normalise_email(self.cleaned_data.get("secondary_email"))
        if address and address == self.instance.email:
            raise forms.ValidationError(_("The second e-mail repeats the first one."))
        if address and address != self.instance.secondary_email:
            # Unlike the members' form, say nothing of whom an address belongs to.
            taken = PressContact.objects.with_address(address).exclude(pk=self.instance.pk)
            if taken.exists() or SuppressedAddress.is_suppressed(address):
                raise forms.ValidationError(
                    _(
                        "This address cannot be added here. Write to the network if it is "
                        "yours and should be."
                    ),
                    code="unavailable",
                )
        return address


class LinkRequestForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


# What a member may propose to change in a contact another member added (press.changes).
PROPOSABLE = [
    "first_name",
    "last_name",
    "outlet",
    "role",
    "email",
    "secondary_email",
    "phone",
    "mobile",
    "languages",
    "beats",
    "territories",
    "status",
    "notes",
    "contact_preferences",
]


class ContactChangeForm(PressContactForm):
    comment = forms.CharField(
        label=gettext_lazy("Where the new details come from"),
        help_text=gettext_lazy("For the editors: a phone call, their signature, their website…"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    class Meta:
        model = PressContact
        fields = PROPOSABLE
        widgets = {
            "beats": forms.CheckboxSelectMultiple,
            "territories": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 3}),
            "contact_preferences": forms.Textarea(attrs={"rows": 2}),
        }

    def proposed_fields(self):
        return [name for name in self.changed_data if name in PROPOSABLE]

    def clean(self):
        cleaned = super().clean()
        if self.is_bound and not self.proposed_fields() and not self.errors:
            raise forms.ValidationError(_("Nothing was changed: there is nothing to propose."))
        return cleaned

    def save(self, commit=True):
        # an approved change: the contact saved as its own form would, and verified that day
        contact = super().save(commit=False)
        contact.last_verified_at, contact.last_verified_by = timezone.now(), self.for_user
        if commit:
            contact.save()
            self.save_m2m()
        return contact


class PressMailingForm(WagtailAdminModelForm):
    outlet_kinds = forms.MultipleChoiceField(
        label=gettext_lazy("outlet kinds"),
        choices=OutletKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    languages = languages_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        list_organisations(self, "organisation")
        if "page" in self.fields:
            # the newsroom's items of the last year, newest first: a list, not the page tree
            self.fields["page"].widget = forms.Select()
            self.fields["page"].queryset = (
                Page.objects.live()
                .filter(content_type__app_label="news", content_type__model="newspage")
                .filter(first_published_at__gte=timezone.now() - timedelta(days=365))
                .order_by("-first_published_at")
            )

    def save(self, commit=True):
        mailing = super().save(commit=False)
        if mailing.pk is None:
            mailing.created_by = self.for_user
        if commit:
            mailing.save()
            self.save_m2m()
        return mailing
