"""Admin views of calendar imports: upload a .ics file with a preview before confirming, and
"sync now" for a subscribed source."""

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.permissions import policy_registry

from agenda.ical.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
from core.forms import within_size
from directory.models import OrganisationPage
from directory.permissions import is_communicator, organisations_of, trusted_keys

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
PENDING_SECONDS = 3600


class UploadForm(forms.Form):
    organisation = forms.ModelChoiceField(
        OrganisationPage.objects.filter(locale__language_code="fr").order_by("title"),
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
        if is_communicator(user):
            self.fields["organisation"].queryset = organisations_of(user)

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


def _can_import(user):
    return policy_registry.get_by_type(CalendarSource).user_has_permission(user, "add")


def upload(request):
    """Step 1: upload and preview (a dry run); step 2: confirm the same file."""
    if not _can_import(request.user):
        raise PermissionDenied
    if request.method == "POST" and "token" in request.POST:
        pending = cache.get(f"ical-upload:{request.POST['token']}")
        if pending is None or pending["user"] != request.user.pk:
            messages.error(request, _("This preview has expired; please upload the file again."))
            return redirect("agenda_ical_upload")
        source = CalendarSource.objects.get(pk=pending["source"])
        try:
            report = import_calendar(
                pending["data"], source, publish=pending["publish"], user=request.user
            )
        except CalendarImportError as error:
            messages.error(request, str(error))
            return redirect("agenda_ical_upload")
        cache.delete(f"ical-upload:{request.POST['token']}")
        messages.success(request, _("Import done: %(summary)s") % {"summary": report.summary()})
        return redirect("agenda_ical_upload")
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    context = {"form": form, "report": None}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        source, _created = CalendarSource.objects.get_or_create(
            organisation=form.cleaned_data["organisation"],
            name=(form.cleaned_data["file"].name or "calendar.ics")[:120],
        )
        try:
            report = import_calendar(
                data, source, publish=form.cleaned_data["publish"], dry_run=True
            )
        except CalendarImportError as error:
            form.add_error("file", str(error))
        else:
            token = secrets.token_urlsafe(16)
            cache.set(
                f"ical-upload:{token}",
                {
                    "data": data,
                    "source": source.pk,
                    "publish": form.cleaned_data["publish"],
                    "user": request.user.pk,
                },
                PENDING_SECONDS,
            )
            context.update({"report": report, "token": token, "source": source})
    return TemplateResponse(request, "agenda/admin/upload.html", context)


@require_POST
def sync_now(request, pk):
    from agenda.sync import sync_source

    source = get_object_or_404(CalendarSource, pk=pk)
    policy = policy_registry.get_by_type(CalendarSource)
    if not policy.user_has_permission_for_instance(request.user, "change", source):
        raise PermissionDenied
    report, error = sync_source(source, user=request.user)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, source.last_result)
    return redirect("wagtailsnippets_agenda_calendarsource:list")
